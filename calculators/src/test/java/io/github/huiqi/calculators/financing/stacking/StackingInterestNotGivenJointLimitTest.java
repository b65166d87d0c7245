package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The first-loan and tech-SME pair's joint limit while the interest paid is not given (decisions register §4.6 item
 * 74's left-over): one municipal interest subsidy per loan ("同一笔贷款只能享受一次贴息政策", 2022 深圳 首贷 rules,
 * register §1.7, §4.1 item 10), through the engine typed and {@code evaluateJson}.
 * <p>
 * The firm is {@link RenovationStackingFirm}'s: a first-time borrower enrolled as a 科技型中小企业 (2022-01-01 ..
 * 2025-12-31), nothing received from the tech-SME programme. Its loan L1: 1,000,000 drawn 2023-02-01 at 4%, the first
 * drawdown of its first contract, maturing 2024-02-01. Its interest payments are not given (fees and premiums given
 * empty). Evaluated on 2023-09-30.
 * <ul>
 *   <li>深工信〔2023〕26号 第5条: 2023-02-01 → 2023-08-01, 181 days (算头不算尾), 1,000,000 × 2% × 181 / 360 =
 *       10,055.555… → 10,055.56;
 *   <li>第13条 on the interest an absent list can hold (register §4.1 item 8b, §4.6 item 97): L1's whole interest the
 *       larger of 1,000,000 × 4% × 365 / 360 = 40,555.56 and 12 months ÷ 12 × 40,000; that of 2023 (2023-02-01 →
 *       2024-01-01, 334 days) 1,000,000 × 4% × 334 / 360 = 37,111.11 (11 whole months: 36,666.67, less); a first-time
 *       borrower's 70% + 30 points = 80% (the 80% ceiling) on 2023's and 70% on the rest: (80% × 40,000 × 334 + 70% ×
 *       40,000 × 31) / 360 = (10,688,000 + 868,000) / 360 = 32,100.00; and a fen for each payment L1's period of use
 *       can hold (register §4.6 item 120: one a calendar month, February 2023 to February 2024, 13, and a final one),
 *       14 × 0.01 = 0.14: 32,100.14. The tech-SME outcome: 0.00 – 32,100.14.
 * </ul>
 * Before this fix the total in reach added the two: 10,055.56 + 0.00 – 10,055.56 + 32,100.00 = 42,155.56, counting
 * L1 in both maxima though it takes one subsidy. Neither cap can bind (10,055.56 ≤ 200,000, 第5条 "单户企业贴息金额最高
 * 20万元"; 32,100.14 below the yearly 1,000,000 and the programme's 3,000,000, 2020 办法 第十四条（四）), so the pair
 * is at most the two maxima less L1's lesser subsidy: 10,055.56 + 32,100.14 − min(10,055.56, 32,100.14) = 32,100.14,
 * the larger of the two on L1; at least the two minima, 10,055.56 + 0.00 (with no claim the firm keeps the larger on
 * L1, never less than 第5条's 10,055.56).
 */
class StackingInterestNotGivenJointLimitTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  /** The profile, L1's claim member a fragment beginning with a comma (or empty), the facts edited by the caller. */
  private static String profile(String facts, String claim) {
    return "{" + facts + """
        "firstTimeBorrower": true, "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
         "drawdownDate": "2023-02-01", "maturityDate": "2024-02-01", "annualInterestRate": "4%%",
         "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false,
         "guaranteed": false%s}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": [], "renovationProjects": []}""".formatted(claim);
  }

  private static String profile(String claim) {
    return profile(RenovationStackingFirm.FACTS, claim);
  }

  private static JsonNode json(String profile, String precedence) {
    return EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
        + "\"], \"options\": {\"interestSubsidyPrecedence\": \"" + precedence + "\"}, \"profile\": " + profile + "}");
  }

  private static EntitlementReport typed(String profile, StackingPrecedence precedence) {
    EnterpriseProfile read = HuiqiJson.read(profile, EnterpriseProfile.class);
    return EntitlementEngine.builtIn().withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(precedence))
        .evaluate(EntitlementRequest.of(read, AS_OF)
            .withMeasures(List.of(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME))));
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static void range(OutcomeAmount amount, String least, String most) {
    assertThat(yuan(amount.minimum())).isEqualByComparingTo(least);
    assertThat(yuan(amount.maximum().orElseThrow())).isEqualByComparingTo(most);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_noClaim_thePairCountsL1Once_typed() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = typed(profile(""), precedence);
      // the outcomes as before (item 74: no claim, or LARGER, keeps the first-loan outcome as it is)
      assertThat(report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow().amount())
          .isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      // 32,100.00 + 14 payments × 0.01 = 32,100.14 (register §4.6 item 120)
      range(report.outcome(MeasureId.of(TECH_SME)).orElseThrow().amount(), "0.00", "32100.14");
      // the joint limit: 10,055.56 + 0.00 – 10,055.56 + 32,100.14 − 10,055.56 = 32,100.14, on L1
      assertThat(report.jointLimits()).as(precedence.name()).hasSize(1);
      JointLimit limit = report.jointLimits().get(0);
      assertThat(limit.loanIds()).containsExactly("L1");
      assertThat(limit.measures()).containsExactly(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME));
      assertThat(yuan(limit.minimum())).isEqualByComparingTo("10055.56");
      assertThat(yuan(limit.maximum())).isEqualByComparingTo("32100.14");
      assertThat(limit.reason().code()).isEqualTo(StackingInterestSubsidyRule.JOINT_CODE);
      assertThat(limit.reason().message().en()).contains("/interestPayments");
      // in reach 10,055.56 – 32,100.14 (was 10,055.56 – 42,155.56); the interest list decides the whole width,
      // 32,100.14 − 10,055.56 = 22,044.58
      range(report.totals().inReach(), "10055.56", "32100.14");
      assertThat(report.nextQuestions()).hasSize(1);
      assertThat(report.nextQuestions().get(0).fact()).isEqualTo("/interestPayments");
      assertThat(yuan(report.nextQuestions().get(0).amountDecided())).isEqualByComparingTo("22044.58");
    }
  }

  @Test
  void test_noClaim_thePairCountsL1Once_json() {
    JsonNode report = json(profile(""), "FIRST_CLAIMED");
    assertThat(least(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(most(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(least(outcome(report, TECH_SME))).isEqualByComparingTo("0.00");
    // 32,100.00 + 14 payments × 0.01 = 32,100.14 (register §4.6 item 120)
    assertThat(most(outcome(report, TECH_SME))).isEqualByComparingTo("32100.14");
    assertThat(report.at("/jointLimits/0/loanIds/0").asText()).isEqualTo("L1");
    assertThat(report.at("/jointLimits/0/minimum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    // 10,055.56 + 32,100.14 − min(10,055.56, 32,100.14) = 32,100.14
    assertThat(report.at("/jointLimits/0/maximum/amount").decimalValue()).isEqualByComparingTo("32100.14");
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("10055.56");
    assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo("32100.14");
    assertThat(report.at("/nextQuestions/0/fact").asText()).isEqualTo("/interestPayments");
    // 32,100.14 − 10,055.56 = 22,044.58
    assertThat(report.at("/nextQuestions/0/amountDecided/amount").decimalValue()).isEqualByComparingTo("22044.58");
    assertThat(report.at("/nextQuestions/1").isMissingNode()).isTrue();
  }

  @Test
  void test_techSmeClaimed_firstClaimed_fromTheTwoMinima() {
    // TECH_SME claimed on L1 under FIRST_CLAIMED (item 74's first point): 第5条 0.00 – 10,055.56 (the claim keeps L1
    // if 第13条 pays anything on it). L1 still takes one subsidy: at most the larger, 32,100.00 + 14 payments × 0.01
    // = 32,100.14 (register §4.6 item 120); at least the two minima, 0.00 (a small interest on L1 keeps it with
    // 第13条 at 80% of it)
    EntitlementReport report = typed(profile(", \"interestSubsidyClaimedFirst\": \"TECH_SME\""),
        StackingPrecedence.FIRST_CLAIMED);
    range(report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow().amount(), "0.00", "10055.56");
    range(report.outcome(MeasureId.of(TECH_SME)).orElseThrow().amount(), "0.00", "32100.14");
    assertThat(report.jointLimits()).hasSize(1);
    assertThat(yuan(report.jointLimits().get(0).minimum())).isEqualByComparingTo("0.00");
    assertThat(yuan(report.jointLimits().get(0).maximum())).isEqualByComparingTo("32100.14");
    range(report.totals().inReach(), "0.00", "32100.14");
    // both outcomes name /interestPayments: it decides the whole 32,100.14
    assertThat(report.nextQuestions()).hasSize(1);
    assertThat(yuan(report.nextQuestions().get(0).amountDecided())).isEqualByComparingTo("32100.14");
  }

  @Test
  void test_aCapCanBind_theTwoRangesAdded() {
    // 2,990,000 already received of the programme's 3,000,000 (2020 办法 第十四条（四）): 10,000.00 left, below the
    // 32,100.14 the absent list can add (32,100.00 and 14 payments × 0.01, register §4.6 item 120), so the tech-SME
    // cap binds and L1's choice moves what it leaves (item 50): no joint limit, the two ranges added: 10,055.56 +
    // 0.00 – 10,055.56 + 10,000.00 = 20,055.56 (too wide, never too narrow)
    String facts = RenovationStackingFirm.FACTS.replace(
        "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}",
        "\"techSmeSubsidyReceived\": {\"amount\": 2990000, \"currency\": \"CNY\"}");
    assertThat(facts).isNotEqualTo(RenovationStackingFirm.FACTS);
    EntitlementReport report = typed(profile(facts, ""), StackingPrecedence.FIRST_CLAIMED);
    range(report.outcome(MeasureId.of(TECH_SME)).orElseThrow().amount(), "0.00", "10000.00");
    assertThat(report.jointLimits()).isEmpty();
    range(report.totals().inReach(), "10055.56", "20055.56");
  }

  @Test
  void test_interestGiven_noLimitFromThisReading() {
    // the interest given empty (none paid): 第13条 pays no interest, the first-loan subsidy keeps L1, nothing counted
    // twice: no joint limit, in reach 10,055.56
    String profile = profile("").replace("\"guaranteeFeePayments\"",
        "\"interestPayments\": [], \"guaranteeFeePayments\"");
    EntitlementReport report = typed(profile, StackingPrecedence.FIRST_CLAIMED);
    assertThat(report.jointLimits()).isEmpty();
    range(report.totals().inReach(), "10055.56", "10055.56");
    assertThat(List.copyOf(report.nextQuestions())).isEmpty();
  }

  @Test
  void test_techSmeClaimed_besideAnotherLoan_noPaymentAtAll_isEvaluated() {
    // TECH_SME claimed on L1 beside a second loan L2 (500,000 drawn 2023-03-01, not the first drawdown of the first
    // contract: ineligible for 第5条), the interest not given and the fees and premiums given empty. Before, the
    // first-loan least without L1 was worked out on the tech-SME request's enterprise facts, which a profile holding
    // no payment cannot build, and the whole evaluation failed naming /interestPayments ("must hold at least one
    // item"). Now, on the profile's own enterprise facts: the first-loan least without L1 is L2's, 0.00 (L2
    // ineligible), its most L1's 10,055.56 (1,000,000 × 2% × 181 / 360), undetermined, naming /interestPayments
    String l2 = ", {\"loanId\": \"L2\", \"principal\": {\"amount\": 500000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\", "
        + "\"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false, "
        + "\"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false, "
        + "\"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}]";
    String profile = profile(", \"interestSubsidyClaimedFirst\": \"TECH_SME\"").replace("\"TECH_SME\"}],",
        "\"TECH_SME\"}" + l2 + ",");
    assertThat(profile).contains("\"L2\"");
    EntitlementReport report = typed(profile, StackingPrecedence.FIRST_CLAIMED);
    assertThat(report.complete()).isTrue();
    range(report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow().amount(), "0.00", "10055.56");
    assertThat(report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow().missingFacts()).contains("/interestPayments");
    assertThat(yuan(report.outcome(MeasureId.of(TECH_SME)).orElseThrow().amount().minimum()))
        .isEqualByComparingTo("0.00");
  }
}
