package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A loan the tech-SME subsidy (深工信〔2023〕26号 第13条) takes from the first-loan subsidy (第5条) as the larger while the
 * guarantee-fee list is not given and the programme cap nearly spent (decisions register §4.6 item 110): the fees'
 * items take the cap first, so a fee list may leave too little of it for the loan, which the first-loan subsidy then
 * takes. Through the engine typed (plain and explained) and its {@code evaluateJson}, which must agree, under both
 * precedences (no claim recorded); found by the fact-drop hunt over FinancingFactDropPropertyTest's generator.
 * <p>
 * The firm: a 深圳市南山区 first-time borrower enrolled as a 科技型中小企业 (no dates), 2,985,000 already received (15,000
 * left of the programme's 3,000,000, 2020 办法 第十四条（四）), its premium list given empty; evaluated on 2023-12-31. L1:
 * 1,000,000 drawn 2023-01-15 at 3.65%, the first drawdown of its first contract, its guarantee not given; I1 of
 * 18,000.00 accrued 2023-01-15 → 2023-07-15. Worked by hand:
 * <ul>
 *   <li>第5条 on L1: 2023-01-15 → 2023-07-15 = 181 days, 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56.
 *   <li>第13条 on I1 (2023 interest): 80% × 18,000.00 = 14,400.00, within the 15,000.00 left.
 *   <li>No fee: L1 to the larger, 第13条: first-loan 0.00, tech-SME 14,400.00.
 *   <li>A fee of 20,000.00 paid 2023-03-01: 50% = 10,000.00 (第十四条（三）), taking the cap first; 5,000.00 left for L1,
 *       less than 10,055.56, so 第5条 takes L1: first-loan 10,055.56, tech-SME 10,000.00.
 * </ul>
 * So with the fee list not given the first-loan subsidy is 0.00 – 10,055.56 and the tech-SME subsidy up to 15,000.00
 * from 0.00 (its least lowered by L1's 14,400.00: too wide, never too narrow), both naming the list. Before
 * 2026-12-06 the first-loan subsidy read 0.00 exactly and the tech-SME subsidy 14,400.00 – 15,000.00.
 */
class StackingAbsentFeesCapTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /** The firm, its fee list as given (a JSON member ending ",", or "" for not given). */
  static String profile(String fees) {
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"industryCode\": \"C3484\", \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true}, \"techSmeSubsidyReceived\": "
        + money("2985000") + ", \"loans\": [{\"loanId\": \"L1\", \"principal\": " + money("1000000")
        + ", \"drawdownDate\": \"2023-01-15\", \"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"3.65%\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\":"
        + " true, \"subsidisedUnderAnotherMunicipalScheme\": false}], \"interestPayments\": [{\"paymentId\": \"I1\","
        + " \"loanId\": \"L1\", \"accrualStart\": \"2023-01-15\", \"accrualEnd\": \"2023-07-15\", \"paymentDate\":"
        + " \"2023-07-15\", \"interestPaid\": " + money("18000.00") + "}], " + fees
        + " \"insurancePremiumPayments\": []}";
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  @Test
  void test_eachFeeList() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport none = StackingJointReports.pairOnThreePaths(profile("\"guaranteeFeePayments\": [],"), AS_OF,
          precedence).plain();
      assertThat(outcome(none, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      assertThat(outcome(none, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("14400.00")));
      EntitlementReport fee = StackingJointReports.pairOnThreePaths(profile("\"guaranteeFeePayments\": [{\"paymentId\":"
          + " \"G1\", \"paymentDate\": \"2023-03-01\", \"amountPaid\": " + money("20000") + "}],"), AS_OF, precedence)
          .plain();
      assertThat(outcome(fee, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10055.56")));
      assertThat(outcome(fee, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10000.00")));
    }
  }

  @Test
  void test_feeListNotGiven_theLoanMayBeTheFirstLoanSubsidys() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = StackingJointReports.pairOnThreePaths(profile(""), AS_OF, precedence).plain();
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      // 0.00 (no fee) or 10,055.56 (the fee of 20,000.00); before: 0.00 exactly
      assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertRange(first.amount(), "0.00", "10055.56");
      assertThat(first.missingFacts()).containsExactly("/guaranteeFeePayments");
      // 14,400.00, 10,000.00 or up to the 15,000.00 left; before: 14,400.00 – 15,000.00
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertRange(tech.amount(), "0.00", "15000.00");
      assertThat(tech.missingFacts()).contains("/guaranteeFeePayments");
      assertThat(report.jointLimits()).isEmpty();
    }
  }
}
