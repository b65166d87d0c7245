package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.interest;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The tech-SME enrolment (深工信〔2023〕26号 第13条 "入库科技型中小企业") of a claim whose only payment within the
 * enrolment's dates is on a loan whose {@code subsidisedUnderAnotherMunicipalScheme} is not given (decisions register
 * §4.6 item 109): subsidised elsewhere, the loan takes neither municipal interest subsidy (§4.1 item 10), its
 * interest is no part of the claim, and the claim left misses the enrolment (§4.6 item 100), so the tech-SME subsidy
 * pays nothing. Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree; found
 * by the fact-drop hunt with firms whose enrolment starts inside their interest periods.
 * <p>
 * The firm: a 深圳市宝安区 small maker enrolled as a 科技型中小企业 from 2023-06-01 (no end), nothing received from the
 * programme, its fee and premium lists given empty; evaluated on 2023-12-31. L1: 1,000,000 drawn 2022-12-01 at 4%,
 * not subsidised elsewhere; L2: 500,000 drawn 2023-05-01 at 4%, its flag as each test gives it; neither the first
 * drawdown of a first contract. I1 on L1: 10,000.00 accrued 2023-01-01 → 2023-04-01, paid 2023-04-01; I2 on L2:
 * 5,000.00 accrued 2023-05-01 → 2023-08-01, paid 2023-08-01. Worked by hand:
 * <ul>
 *   <li>第13条 as TechSmeCalculator models it: 2023 interest at the 2020 办法's base 50% plus 30 points, at most 80%:
 *       I1 10,000.00 × 80% = 8,000.00; I2 5,000.00 × 80% = 4,000.00; far from the yearly 1,000,000 and the programme's
 *       3,000,000.
 *   <li>The enrolment counts for a claim whose span it reaches (§1.2 card 000-13): I1 and I2 run 2023-01-01 →
 *       2023-08-01, reaching 2023-06-01; I1 alone ends 2023-04-01, before it.
 *   <li>L2 not subsidised elsewhere: 8,000.00 + 4,000.00 = 12,000.00. Subsidised elsewhere: the claim is I1 alone,
 *       outside the enrolment: 0.00 (eligible at 0.00, item 100 keeping the measure's own verdict).
 * </ul>
 * So with the flag not given the tech-SME subsidy is 0.00 – 12,000.00, undetermined (item 42), naming the flag. Before
 * 2026-12-06 it read eligible 8,000.00 – 12,000.00: its least left I2 out but still counted I1 as enrolled, though
 * only I2 brings the claim within the enrolment. The last test works the most of a claim that a fee list not given
 * may bring within the enrolment (the same item).
 */
class StackingFlagOpenEnrolmentTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String loan(String id, String principal, String drawdown, String maturity, boolean firstDrawdown,
      String flag) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawdown
        + "\", \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\": "
        + "\"440300\", \"firstDrawdownOfFirstContract\": " + firstDrawdown + ", \"forProductionOrOperation\": true, "
        + "\"vehicleOrRealEstatePurchase\": false, " + flag + "\"guaranteed\": false}";
  }

  /**
   * The firm, L2's flag as given ("" for not given); with {@code firstLoan}, a first-time borrower with L0 too (below).
   */
  static String profile(String l2Flag, boolean firstLoan) {
    String flag = l2Flag.isEmpty() ? "" : "\"subsidisedUnderAnotherMunicipalScheme\": " + l2Flag + ", ";
    String notElsewhere = "\"subsidisedUnderAnotherMunicipalScheme\": false, ";
    String loans = loan("L1", "1000000", "2022-12-01", "2023-12-01", false, notElsewhere) + ", "
        + loan("L2", "500000", "2023-05-01", "2024-05-01", false, flag);
    String payments = interest("I1", "L1", "2023-01-01", "2023-04-01", "10000.00") + ", "
        + interest("I2", "L2", "2023-05-01", "2023-08-01", "5000.00");
    if (firstLoan) {
      loans = loan("L0", "1000000", "2023-02-01", "2024-02-01", true, notElsewhere) + ", " + loans;
      payments = interest("I0", "L0", "2023-02-01", "2023-03-01", "3000.00") + ", " + payments;
    }
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, \"firstTimeBorrower\": " + firstLoan
        + ", \"techSme\": {\"held\": true, \"since\": \"2023-06-01\"}, \"techSmeSubsidyReceived\": " + money("0")
        + ", \"loans\": [" + loans + "], \"interestPayments\": [" + payments + "], \"guaranteeFeePayments\": [],"
        + " \"insurancePremiumPayments\": [], \"renovationProjects\": []}";
  }

  /**
   * The firm of {@link #test_noStacking_feeListNotGiven_theMostKeepsTheClaimEnrolled}, its fee list as given ("" for
   * not given).
   */
  static String feesProfile(String feeList) {
    String notElsewhere = "\"subsidisedUnderAnotherMunicipalScheme\": false, ";
    String guaranteed = loan("L1", "1000000", "2022-12-01", "2023-12-01", false, notElsewhere).replace(
        "\"guaranteed\": false}", "\"guaranteed\": true, \"guarantee\": {\"feePaid\": " + money("4000") + "}}");
    String loans = guaranteed + ", " + loan("L2", "500000", "2022-12-01", "2023-12-01", false,
        "\"subsidisedUnderAnotherMunicipalScheme\": true, ");
    String payments = interest("I1", "L1", "2023-01-01", "2023-02-01", "10000.00") + ", "
        + interest("I2", "L2", "2023-03-01", "2023-04-01", "5000.00");
    return profile("", false).replaceFirst("\"since\": \"2023-06-01\"", "\"since\": \"2023-03-01\"")
        .replaceFirst("\"loans\": \\[.*\\], \"guaranteeFeePayments\": \\[\\],", "\"loans\": [" + loans
            + "], \"interestPayments\": [" + payments + "]," + (feeList.isEmpty() ? ""
                : " \"guaranteeFeePayments\": [" + feeList + "],"));
  }

  /** The report of the two measures on the three paths, which must agree. */
  private static EntitlementReport report(String profileJson, StackingPrecedence precedence) {
    StackingJointReports.ThreePaths paths = StackingJointReports.pairOnThreePaths(profileJson, AS_OF, precedence);
    JsonNode tech = EngineJson.outcome(paths.json(), TECH_SME);
    assertThat(EngineJson.most(tech)).isEqualByComparingTo(Cny.yuan(paths.plain().outcome(MeasureId.of(TECH_SME))
        .orElseThrow().amount().maximum().orElseThrow(), "maximum"));
    return paths.plain();
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_noStacking_eachCompletion() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      // not subsidised elsewhere: I1 and I2 reach the enrolment, 8,000.00 + 4,000.00 = 12,000.00
      assertThat(outcome(report(profile("false", false), precedence), TECH_SME).amount())
          .isEqualTo(OutcomeAmount.exactly(Cny.of("12000.00")));
      // subsidised elsewhere: I1 alone ends 2023-04-01, before the enrolment: 0.00, eligible
      MeasureOutcome elsewhere = outcome(report(profile("true", false), precedence), TECH_SME);
      assertThat(elsewhere.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(elsewhere.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    }
  }

  @Test
  void test_noStacking_flagNotGiven_fromZero() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(profile("", false), precedence);
      // not a first-time borrower: 第5条 ineligible, so the stacking does not run
      assertThat(outcome(report, FIRST_LOAN).verdict()).isEqualTo(Verdict.INELIGIBLE);
      MeasureOutcome tech = outcome(report, TECH_SME);
      // 0.00 (L2 subsidised elsewhere) or 12,000.00; before: eligible 8,000.00 – 12,000.00, excluding 0.00
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "12000.00");
      assertThat(tech.missingFacts()).containsExactly("/loans/1/subsidisedUnderAnotherMunicipalScheme");
      assertRange(report.totals().inReach(), "0.00", "12000.00");
    }
  }

  /**
   * With the stacking running: the firm a first-time borrower with L0 too, 1,000,000 drawn 2023-02-01 at 4%, the first
   * drawdown of its first contract, I0 of 3,000.00 accrued 2023-02-01 → 2023-03-01. 第5条 on L0: 2023-02-01 →
   * 2023-08-01 = 181 days (the six months' term, 算头不算尾), 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56;
   * 第13条 on L0: 3,000.00 × 80% = 2,400.00; the larger, 第5条, takes L0 (no claim recorded). The tech-SME claim is
   * then I1 and I2 (12,000.00, as above), or, L2 subsidised elsewhere, I1 alone, which misses the enrolment: 0.00;
   * leaving L0 to 第13条 does not help (I0 and I1 end by 2023-04-01). The pair: 22,055.56 or 10,055.56.
   */
  @Test
  void test_stacking_flagNotGiven_fromZero() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport yes = report(profile("true", true), precedence);
      assertThat(outcome(yes, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(yes, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      EntitlementReport no = report(profile("false", true), precedence);
      assertThat(outcome(no, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(no, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("12000.00")));

      EntitlementReport open = report(profile("", true), precedence);
      MeasureOutcome first = outcome(open, FIRST_LOAN);
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(first.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      MeasureOutcome tech = outcome(open, TECH_SME);
      // before: eligible 8,000.00 – 12,000.00, excluding the 0.00 of L2 subsidised elsewhere
      assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(tech.amount(), "0.00", "12000.00");
      assertThat(tech.missingFacts()).containsExactly("/loans/2/subsidisedUnderAnotherMunicipalScheme");
      // 10,055.56 + 0.00 to 10,055.56 + 12,000.00
      assertRange(open.totals().inReach(), "10055.56", "22055.56");
    }
  }

  /**
   * A claim whose known payments miss the enrolment once a loan subsidised elsewhere is left out, beside a fee list
   * not given: the firm above enrolled from 2023-03-01, not a first-time borrower; L1 of 1,000,000 guaranteed, its fee
   * paid 4,000.00, I1 of 10,000.00 accrued 2023-01-01 → 2023-02-01; L2 of 500,000 subsidised elsewhere, I2 of
   * 5,000.00 accrued 2023-03-01 → 2023-04-01 (no part of the claim, §4.1 item 10). With G1, the 4,000.00 fee on L1
   * paid 2023-03-15, the claim (I1 and G1) runs 2023-01-01 → 2023-03-15 and reaches the enrolment: 80% × 10,000.00 +
   * 50% × 4,000.00 (2020 办法 第十四条（三）) = 8,000.00 + 2,000.00 = 10,000.00. With the fee list not given, a fee within
   * the enrolment's dates would bring I1 within them, as the evaluator reads an absent list (§1.2 card 000-13): the
   * most is I1 as enrolled plus what the list can hold on L1's known fee, 8,000.00 + 2,000.00 and 0.01 for each
   * instalment the fee can be paid in (register §4.6 item 121: L1's term December 2022 to December 2023, 13
   * calendar months, and one when the guarantee is given: 14, 0.14) = 10,000.14; the list may hold nothing, the
   * least 0.00. Before 2026-12-06 the most read I1 as outside the enrolment: 0.00 – 2,000.00,
   * excluding the 10,000.00 the fee makes.
   */
  @Test
  void test_noStacking_feeListNotGiven_theMostKeepsTheClaimEnrolled() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      String fee = "{\"paymentId\": \"G1\", \"paymentDate\": \"2023-03-15\", \"amountPaid\": " + money("4000")
          + "}";
      assertThat(outcome(report(feesProfile(fee), precedence), TECH_SME).amount())
          .isEqualTo(OutcomeAmount.exactly(Cny.of("10000.00")));
      MeasureOutcome open = outcome(report(feesProfile(""), precedence), TECH_SME);
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(open.amount(), "0.00", "10000.14");
      assertThat(open.missingFacts()).containsExactly("/guaranteeFeePayments");
    }
  }
}
