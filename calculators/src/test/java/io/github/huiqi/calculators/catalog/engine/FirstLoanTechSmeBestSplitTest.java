package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.financing.stacking.StackingInterestSubsidyRule;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split of the loans both the first-loan subsidy (深工信〔2023〕26号 第5条) and the tech-SME subsidy (第13条) take that
 * pays the firm most in all (decisions register §4.6 item 151), on the fact-drop hunt's financing seed 31 firm 86
 * (FinancingFactDropPropertyTest biased) with L4 for production, reduced to the two loans that matter: L2 (not a
 * first drawdown, only 第13条 takes it) folded into what the programme already paid. Through the engine typed plain
 * and explained and {@link EntitlementEngine#evaluateJson}, and typed under LARGER; no claim recorded.
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业 since 2023-01-31, evaluated on 2023-12-31. Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L3 1,965,000 drawn 2023-01-21 → 07-21 = 181 days, 1,965,000 ×
 *       2% × 181/360 = 19,759.166… → 19,759.17; L4 2,800,000 drawn 2023-02-08 → 08-08 = 181 days, 2,800,000 × 2% ×
 *       181/360 = 28,155.555… → 28,155.56.</li>
 *   <li>第13条 (80% of 2023 interest; the 2020 办法 第十四条（四）'s 3,000,000 over the programme): the hunt firm's
 *       2,903,319 received and L2's 80% × 35,065.35 = 28,052.28 leave 3,000,000 − 2,903,319 − 28,052.28 =
 *       68,628.72, so 2,931,371.28 received here. I3 41,625.99 (the hunt's three payments), 80% = 33,300.79; I4
 *       75,304.45 (its two), 80% = 60,243.56.</li>
 *   <li>One at a time in drawdown order (§4.1 item 10): L3 33,300.79 > 19,759.17, to 第13条, 68,628.72 − 33,300.79
 *       = 35,327.93 left; L4 35,327.93 > 28,155.56, to 第13条: 0.00 + 68,628.72 = 68,628.72 in all.</li>
 *   <li>Every split: L3 to 第5条 and L4 to 第13条 19,759.17 + 60,243.56 = 80,002.73; L3 to 第13条 and L4 to 第5条
 *       33,300.79 + 28,155.56 = 61,456.35; both to 第5条 19,759.17 + 28,155.56 = 47,914.73; both to 第13条
 *       68,628.72. The firm takes 80,002.73: 第5条 19,759.17, 第13条 60,243.56 (the hunt firm: 19,759.17 + L1's
 *       26,596.94 = 46,356.11 and 28,052.28 + 60,243.56 = 88,295.84, 134,651.95 where item 134 left 123,277.94).</li>
 * </ul>
 */
class FirstLoanTechSmeBestSplitTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  @Test
  void test_theComparisonPaysLess_theFirmTakesTheSplitThatPaysMost() {
    String profile = profile("41625.99");
    // 19,759.17 + 60,243.56 = 80,002.73 against the comparison's 0.00 + 68,628.72
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, "19759.17", "60243.56");
    assertLargerAgrees(profile, "80002.73");
    MeasureOutcome explained = EngineJsonOutcomes.threeWays(profile, AS_OF, FirstLoanTechSmePair.FIRST_LOAN).get(1);
    assertThat(note(explained)).contains("loan L3: the first-loan subsidy applies (both qualify: compared one at a "
        + "time the loans did not give the firm most in all, so the split that does; first-loan 19759.17 / tech-SME "
        + "33300.79)", "loan L4: the tech-SME subsidy applies (both qualify: compared one at a time the loans did "
        + "not give the firm most in all, so the split that does; first-loan 28155.56 / tech-SME 60243.56)");
  }

  @Test
  void test_theComparisonAlreadyPaysMost_itStandsWithItsWords() {
    // I3 24,698.96: 80% = 19,759.168 → 19,759.17, a tie 第5条 keeps (§4.1 item 10): L3 to 第5条, L4 to 第13条 on the
    // whole 68,628.72, 60,243.56: 80,002.73, the most of every split (both to 第13条 min(19,759.17 + 60,243.56,
    // 68,628.72) = 68,628.72; L3 to 第13条 and L4 to 第5条 19,759.17 + 28,155.56 = 47,914.73)
    String profile = profile("24698.96");
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, "19759.17", "60243.56");
    assertLargerAgrees(profile, "80002.73");
    MeasureOutcome explained = EngineJsonOutcomes.threeWays(profile, AS_OF, FirstLoanTechSmePair.FIRST_LOAN).get(1);
    assertThat(note(explained)).contains("loan L3: the first-loan subsidy applies (both qualify, neither claimed: "
        + "the larger").doesNotContain("split");
  }

  @Test
  void test_oneFenMoreInterest_theTotalNoLongerFalls() {
    // I3 24,698.97: 80% = 19,759.176 → 19,759.18 > 19,759.17: one at a time L3 to 第13条, 68,628.72 − 19,759.18 =
    // 48,869.54 left > 28,155.56, L4 to 第13条 too: 68,628.72 in all, 11,374.01 less than with 0.01 less interest
    // (before 2026-12-07 the engine paid that); the split L3 to 第5条, L4 to 第13条 pays 80,002.73, which it takes
    String profile = profile("24698.97");
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, "19759.17", "60243.56");
    assertLargerAgrees(profile, "80002.73");
  }

  @Test
  void test_aClaimRecordedOnALoanBothTake_theComparisonStandsUnderFirstClaimed() {
    // the tech-SME subsidy claimed first on L3 keeps it under FIRST_CLAIMED (register §4.6 item 72): L3 to 第13条,
    // 33,300.79, L4 on the 35,327.93 left > 28,155.56, to 第13条: 0.00 + 68,628.72; LARGER reads no claim and takes
    // the split that pays most, 80,002.73
    String profile = profile("41625.99").replaceFirst("\"guaranteed\": false",
        "\"guaranteed\": false, \"interestSubsidyClaimedFirst\": \"TECH_SME\"");
    assertThat(profile).containsOnlyOnce("interestSubsidyClaimedFirst");
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, "0.00", "68628.72");
    assertLargerAgrees(profile, "80002.73");
  }

  /** LARGER takes the larger whatever is claimed: the least in reach it gives. */
  private static void assertLargerAgrees(String profile, String inAll) {
    EnterpriseProfile read = FirstLoanTechSmePair.read(profile);
    EntitlementReport larger = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(read, AS_OF)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER)));
    assertThat(larger.totals().inReach().minimum()).isEqualTo(Cny.of(inAll));
  }

  /** The one-interest-subsidy-per-loan note's English words. */
  private static String note(MeasureOutcome outcome) {
    List<Reason> notes = outcome.notes().stream()
        .filter(reason -> reason.code().equals(StackingInterestSubsidyRule.CODE)).toList();
    assertThat(notes).hasSize(1);
    return notes.get(0).message().en();
  }

  /** The reduced firm, with I3 as given. */
  private static String profile(String interestOnL3) {
    return FirstLoanTechSmePair.firm("2023-01-31", "2931371.28",
        FirstLoanTechSmePair.loan("L3", "1965000", "2023-01-21", true) + ", "
            + FirstLoanTechSmePair.loan("L4", "2800000", "2023-02-08", true),
        FirstLoanTechSmePair.interest("I3", "L3", "2023-01-21", "2023-10-19", interestOnL3) + ", "
            + FirstLoanTechSmePair.interest("I4", "L4", "2023-02-08", "2023-10-01", "75304.45"), "");
  }
}
