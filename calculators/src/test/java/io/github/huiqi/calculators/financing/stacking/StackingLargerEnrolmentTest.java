package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Under {@link StackingPrecedence#LARGER}, the loan whose choice moves the tech-SME claim across its enrolment's dates
 * (decisions register §4.6 item 100): the firm keeps the larger in all, through the typed {@link StackingCalculator},
 * the engine typed and its {@code evaluateJson}.
 * <p>
 * The firm (that of EngineCalculatorOracleBlindAuditTest's sz6c): a small 深圳市南山区 (440305) maker of C3484 goods,
 * a first-time borrower (深工信〔2023〕26号 第5条), enrolled as a 科技型中小企业 from 2023-06-01 with nothing yet
 * received from the programme; evaluated on 2023-12-31. L1: 2,000,000 drawn 2023-02-01 at 4% from a Shenzhen bank,
 * the first drawdown of its first contract; L2: 1,000,000 drawn 2023-01-03 at 5%, not the first drawdown; neither
 * subsidised elsewhere. I1 on L1: 20,444.44 accrued 2023-05-01 → 2023-08-01, paid 2023-08-01; I2 on L2 accrued
 * 2023-01-03 → 2023-04-03, paid 2023-04-05 (12,500.00 unless a test says otherwise). Worked by hand:
 * <ul>
 *   <li>第5条 on L1: 2023-02-01 → 2023-08-01 (at most 6 months) = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾),
 *       ACT/360: 2,000,000 × 2% × 181 / 360 = 20,111.111… → 20,111.11 (half-up once, register §4.5 item 35); L2 is
 *       not the first drawdown of the first contract ("首次获得贷款"): nothing.
 *   <li>第13条 (2020 办法 第十四条（一）, 2023 interest at min(70% + 30 pp, 80%) = 80%): I1 20,444.44 × 80% =
 *       16,355.552 → 16,355.55; I2 12,500 × 80% = 10,000.00.
 *   <li>The enrolment counts for a claim whose span it reaches (§1.2 card 000-13): I2 alone (2023-01-03 .. 2023-04-05)
 *       ends before 2023-06-01 and misses it; I1 with or without I2 (to 2023-08-01) reaches it.
 *   <li>One municipal interest subsidy per loan (2022 首贷 rules "同一笔贷款只能享受一次贴息政策", §1.7, §4.1 item 10).
 *       L1 to the first-loan subsidy: the tech-SME claim kept is I2, which misses the enrolment (item 100): 20,111.11
 *       + 0.00 = 20,111.11 in all. L1 to the tech-SME subsidy: its claim I1 + I2 reaches it: 0.00 + 16,355.55 +
 *       10,000.00 = 26,355.55 in all. LARGER (the larger to the enterprise, item 10) gives the firm the larger whole
 *       assignment: 26,355.55; so does FIRST_CLAIMED with no claim recorded, where the larger decides too
 *       (item 72: "with neither claimed, the larger"; sz6c). A claim recorded on L1 keeps it for the subsidy claimed.
 * </ul>
 */
class StackingLargerEnrolmentTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String FLAG_FALSE = "\"subsidisedUnderAnotherMunicipalScheme\": false";

  private static String cny(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  private static String loan(String id, String principal, String drawn, String matures, String rate,
      boolean firstDrawdown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + cny(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"" + rate
        + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown
        + ", \"forProductionOrOperation\": true, " + FLAG_FALSE + "}";
  }

  private static String interest(String id, String loan, String from, String to, String paid, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loan + "\", \"accrualStart\": \"" + from
        + "\", \"accrualEnd\": \"" + to + "\", \"paymentDate\": \"" + paid + "\", \"interestPaid\": " + cny(amount)
        + "}";
  }

  /** The firm with I2 of the given amount; {@code l2Flag}, L2's subsidisedUnderAnotherMunicipalScheme member. */
  static String profile(String i2, String l2Flag) {
    String l2 = loan("L2", "1000000", "2023-01-03", "2023-06-04", "5%", false);
    l2 = l2Flag.isEmpty() ? l2.replace(", " + FLAG_FALSE, "") : l2.replace(FLAG_FALSE, l2Flag);
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"2023-06-01\"},"
        + " \"techSmeSubsidyReceived\": " + cny("0") + ", \"loans\": ["
        + loan("L1", "2000000", "2023-02-01", "2024-02-01", "4%", true) + ", " + l2 + "], \"interestPayments\": ["
        + interest("I1", "L1", "2023-05-01", "2023-08-01", "2023-08-01", "20444.44") + ", "
        + interest("I2", "L2", "2023-01-03", "2023-04-03", "2023-04-05", i2) + "], \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": [], \"hires\": [], \"grantEvents\": []}";
  }

  static String profile(String i2) {
    return profile(i2, FLAG_FALSE);
  }

  /** The two outcomes through the engine: typed (plain and explained) and evaluateJson, which must agree. */
  private static List<MeasureOutcome> engine(String profileJson, StackingPrecedence precedence) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementEngine engine = EntitlementEngine.builtIn()
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(precedence));
    EntitlementReport plain = engine.evaluate(profile, AS_OF);
    EntitlementReport explained = engine.explain(profile, AS_OF);
    JsonNode json = EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + FIRST_LOAN + "\", \""
        + TECH_SME + "\"], \"options\": {\"interestSubsidyPrecedence\": \"" + precedence + "\"}, \"profile\": "
        + profileJson + "}");
    MeasureOutcome first = plain.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    MeasureOutcome tech = plain.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    for (MeasureOutcome outcome : List.of(first, tech)) {
      MeasureOutcome other = explained.outcome(outcome.measure()).orElseThrow();
      assertThat(other.verdict()).isEqualTo(outcome.verdict());
      assertThat(other.amount()).isEqualTo(outcome.amount());
      JsonNode node = EngineJson.outcome(json, outcome.measure().value());
      assertThat(node.at("/verdict").asText()).isEqualTo(outcome.verdict().name());
      assertThat(EngineJson.least(node)).isEqualByComparingTo(Cny.yuan(outcome.amount().minimum(), "minimum"));
    }
    return List.of(first, tech);
  }

  private static void exactly(MeasureOutcome outcome, String yuan) {
    assertThat(outcome.verdict()).as(outcome.measure().value()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).as(outcome.measure().value()).isEqualTo(OutcomeAmount.exactly(Cny.of(yuan)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_typedCalculator_theLargerPerLoan_andTheLoanLeftToTheTechSmeSubsidy() {
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure firstMeasure = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    TechSmeMeasure techMeasure = data.getMeasure(TechSmeMeasure.SHENZHEN_2023);
    EnterpriseProfile profile = HuiqiJson.read(profile("12500.00"), EnterpriseProfile.class);
    // the whole claim (I1 + I2, to 2023-08-01) reaches the enrolment: the request reads it as held (card 000-13)
    TechSmeRequest items = TechSmeRequest.from(profile);
    assertThat(items.enterprise().enrolledTechSme()).contains(true);
    StackingRequest held = StackingRequest.builder().enterprise(items.enterprise()).loans(profile.loans().orElseThrow())
        .interest(items.interest()).programmeTotalReceived(items.programmeTotalReceived())
        .options(StackingOptions.DEFAULTS.withPrecedence(StackingPrecedence.LARGER)).build();
    // the request has no enrolment dates: per loan, L1 to the larger, 20,111.11 > 16,355.55; L2 the tech-SME
    // subsidy's alone, 10,000.00; 30,111.11, the figure item 100 then corrects in the engine (the claim kept, I2,
    // misses the enrolment)
    StackingResult perLoan = StackingCalculator.DEFAULT.explainTotalSubsidy(firstMeasure, techMeasure, held);
    assertThat(perLoan.loans().get(0).applies()).contains(StackingScheme.FIRST_LOAN);
    assertThat(perLoan.firstLoanTotal()).isEqualTo(Cny.of("20111.11"));
    assertThat(perLoan.techSmeTotal()).isEqualTo(Cny.of("10000.00"));
    assertThat(perLoan.total()).isEqualTo(Cny.of("30111.11"));
    // the enrolment not held (I2 alone misses it): 20,111.11 + 0.00
    StackingRequest notHeld = StackingRequest.builder().from(held)
        .enterprise(EnterpriseFacts.builder().from(items.enterprise()).enrolledTechSme(false).build()).build();
    assertThat(StackingCalculator.DEFAULT.totalSubsidy(firstMeasure, techMeasure, notHeld))
        .isEqualTo(Cny.of("20111.11"));
    // L1 left to the tech-SME subsidy (the engine's other way): 0.00 + 16,355.55 + 10,000.00 = 26,355.55, the
    // ground still LARGER, its words saying why
    StackingResult left = StackingCalculator.DEFAULT.evaluate(firstMeasure, techMeasure, held, true,
        UnaryOperator.identity(), Set.of("L1"));
    assertThat(left.loans().get(0).applies()).contains(StackingScheme.TECH_SME);
    assertThat(left.loans().get(0).ground()).isEqualTo(StackingGround.LARGER);
    assertThat(left.loans().get(0).explanation().en()).contains("left to the tech-SME subsidy")
        .contains("first-loan 20111.11 / tech-SME 16355.55");
    assertThat(left.loans().get(0).explanation().zh()).contains("留给科技型中小企业贴息");
    assertThat(left.firstLoan()).isEqualTo(Optional.empty());
    assertThat(left.techSmeTotal()).isEqualTo(Cny.of("26355.55"));
    assertThat(left.total()).isEqualTo(Cny.of("26355.55"));
  }

  @Test
  void test_engine_larger_theLoanLeftToTheTechSmeSubsidy_theFirmsLargerInAll() {
    // 26,355.55 (L1 to 第13条) > 20,111.11 (L1 to 第5条): 第5条 0.00, still eligible (item 10: the side left with
    // nothing stays eligible at 0.00), 第13条 26,355.55
    List<MeasureOutcome> larger = engine(profile("12500.00"), StackingPrecedence.LARGER);
    exactly(larger.get(0), "0.00");
    exactly(larger.get(1), "26355.55");
    assertThat(larger.get(1).notes().toString()).contains("left to the tech-SME subsidy");
    // FIRST_CLAIMED, no claim recorded: the larger decides there too (item 72), so the same: 0.00 and 26,355.55
    List<MeasureOutcome> firstClaimed = engine(profile("12500.00"), StackingPrecedence.FIRST_CLAIMED);
    exactly(firstClaimed.get(0), "0.00");
    exactly(firstClaimed.get(1), "26355.55");
    // under FIRST_CLAIMED the firm's choice is the claim it records (item 72): 第13条 claimed first on L1 keeps it
    // (it pays 16,355.55 there), its claim I1 + I2 reaches the enrolment: 0.00 and 26,355.55
    String claimed = profile("12500.00").replace("\"firstDrawdownOfFirstContract\": true",
        "\"firstDrawdownOfFirstContract\": true, \"interestSubsidyClaimedFirst\": \"TECH_SME\"");
    List<MeasureOutcome> techClaimed = engine(claimed, StackingPrecedence.FIRST_CLAIMED);
    exactly(techClaimed.get(0), "0.00");
    exactly(techClaimed.get(1), "26355.55");
    // 第5条 claimed first on L1 (it pays 20,111.11 there) keeps it, though the firm gets less in all: the claim
    // kept (I2, to 2023-04-05) misses the enrolment (item 100): 20,111.11 and 0.00
    String firstLoanClaimed = profile("12500.00").replace("\"firstDrawdownOfFirstContract\": true",
        "\"firstDrawdownOfFirstContract\": true, \"interestSubsidyClaimedFirst\": \"FIRST_LOAN\"");
    List<MeasureOutcome> firstLoanKept = engine(firstLoanClaimed, StackingPrecedence.FIRST_CLAIMED);
    exactly(firstLoanKept.get(0), "20111.11");
    assertThat(firstLoanKept.get(1).amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_engine_larger_theFirstLoanSubsidyStillLarger_noFlip() {
    // I2 3,000.00: 80% = 2,400.00; L1 left to 第13条: 16,355.55 + 2,400.00 = 18,755.55 < 20,111.11: L1 stays with
    // 第5条, and the claim kept (I2) misses the enrolment: 第5条 20,111.11, 第13条 0.00 (item 100)
    // the same under FIRST_CLAIMED with no claim recorded (the larger decides, item 72)
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      List<MeasureOutcome> larger = engine(profile("3000.00"), precedence);
      exactly(larger.get(0), "20111.11");
      assertThat(larger.get(1).amount()).as(precedence.name()).isEqualTo(OutcomeAmount.ZERO);
    }
  }

  @Test
  void test_engine_larger_aTieInAll_theFirstLoanSubsidy() {
    // I2 4,694.45: 80% = 3,755.56; 16,355.55 + 3,755.56 = 20,111.11, a tie with 第5条's 20,111.11: the larger's own
    // choice stands, the first-loan subsidy on a tie (item 10): 20,111.11 and 0.00
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      List<MeasureOutcome> larger = engine(profile("4694.45"), precedence);
      exactly(larger.get(0), "20111.11");
      assertThat(larger.get(1).amount()).as(precedence.name()).isEqualTo(OutcomeAmount.ZERO);
    }
  }

  @Test
  void test_engine_larger_L2sFlagNotGiven_bothWaysAsARange() {
    // L2's subsidisedUnderAnotherMunicipalScheme not given. Not subsidised elsewhere: as above, L1 to 第13条, 0.00 and
    // 26,355.55. Subsidised elsewhere: L2 takes neither (§4.1 item 10), L1 to 第13条 gives 16,355.55 (I1 alone,
    // 2023-05-01 .. 2023-08-01, reaches the enrolment) < 20,111.11: L1 to 第5条, 20,111.11 and 0.00. The engine cannot
    // know which: each outcome over both ways, 第5条 0.00 – 20,111.11, 第13条 0.00 – 26,355.55, both undetermined
    // (an eligible outcome whose least is zero, item 42), naming the flag (too wide, never too narrow, item 96)
    List<MeasureOutcome> open = engine(profile("12500.00", ""), StackingPrecedence.LARGER);
    for (MeasureOutcome outcome : open) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.missingFacts()).contains("/loans/1/subsidisedUnderAnotherMunicipalScheme");
    }
    assertThat(open.get(0).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("20111.11")));
    assertThat(open.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("26355.55")));
    assertThat(open.get(0).notes().toString()).contains("which way gives the firm more in all waits on facts");
    // each completion within the ranges
    List<MeasureOutcome> notElsewhere = engine(profile("12500.00"), StackingPrecedence.LARGER);
    exactly(notElsewhere.get(0), "0.00");
    exactly(notElsewhere.get(1), "26355.55");
    List<MeasureOutcome> elsewhere = engine(profile("12500.00", "\"subsidisedUnderAnotherMunicipalScheme\": true"),
        StackingPrecedence.LARGER);
    exactly(elsewhere.get(0), "20111.11");
    assertThat(elsewhere.get(1).amount()).isEqualTo(OutcomeAmount.ZERO);
    // FIRST_CLAIMED, no claim recorded: the larger decides (item 72), the same ranges
    List<MeasureOutcome> firstClaimed = engine(profile("12500.00", ""), StackingPrecedence.FIRST_CLAIMED);
    assertThat(firstClaimed.get(0).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("20111.11")));
    assertThat(firstClaimed.get(1).amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("26355.55")));
  }

  @Test
  void test_engine_item100sFirstExample_unchangedUnderLarger() {
    // register §4.6 item 100's first example (sz6b): no first-time borrower, L0 subsidised elsewhere (interest
    // 2023-09-29 .. 2023-12-30), L1's 12,500.00 of 2023-01-03 .. 2023-04-05; enrolled from 2023-12-24: the claim kept
    // (I1) misses it, 0.00, under LARGER too (no loan the first-loan subsidy took to leave)
    String json = profile("12500.00").replace("\"firstTimeBorrower\": true", "\"firstTimeBorrower\": false")
        .replace("\"since\": \"2023-06-01\"", "\"since\": \"2023-12-24\"")
        .replace(loan("L1", "2000000", "2023-02-01", "2024-02-01", "4%", true),
            loan("L1", "3000000", "2023-09-29", "2024-09-29", "4%", false)
                .replace(FLAG_FALSE, "\"subsidisedUnderAnotherMunicipalScheme\": true"))
        .replace(interest("I1", "L1", "2023-05-01", "2023-08-01", "2023-08-01", "20444.44"),
            interest("I1", "L1", "2023-09-29", "2023-12-29", "2023-12-30", "30333.33"));
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      List<MeasureOutcome> outcomes = engine(json, precedence);
      assertThat(outcomes.get(1).amount()).as(precedence.name()).isEqualTo(OutcomeAmount.ZERO);
      // 第5条: not a first-time borrower
      assertThat(outcomes.get(0).verdict()).as(precedence.name()).isEqualTo(Verdict.INELIGIBLE);
    }
  }
}
