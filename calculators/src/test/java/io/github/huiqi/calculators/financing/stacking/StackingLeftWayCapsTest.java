package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.assertRange;
import static io.github.huiqi.calculators.financing.stacking.StackingJointReports.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingJson.money;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A loan's first-drawdown flag not given, where the firm's larger in all (decisions register §4.6 item 100) may go
 * either way and the tech-SME caps (深工信〔2023〕26号 第13条; 2020 办法 第十四条（四）) bind only in the way that leaves a
 * loan to the tech-SME subsidy (register §4.6 item 115). Through the engine typed (plain and explained) and its
 * {@code evaluateJson}, which must agree, under both precedences (no claim recorded).
 * <p>
 * The firm (found by a seeded fact-drop hunt): a 深圳市南山区 first-time borrower enrolled as a 科技型中小企业 from
 * 2023-07-12 to 2024-02-19, 2,961,920 already received, evaluated on 2023-06-30. Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L3 3,173,000 drawn 2023-01-03 → 07-03 = 181 days,
 *       3,173,000 × 2% × 181/360 = 31,906.28; L2 2,716,000 drawn 2023-02-19 → 08-19 = 181 days, 27,310.89 (if the
 *       first drawdown of its first contract); L1 2,908,000 drawn 2023-02-20 → 08-20 = 181 days, 29,241.56.
 *   <li>第13条: 3,000,000 − 2,961,920 = 38,080.00 left of the programme cap; the fees' 50% × 29,483 = 14,741.50 and
 *       50% × 13,655 = 6,827.50 (21,569.00) take it first, 16,511.00 left for interest; I-L2-0 80% × 35,751.61 =
 *       28,601.29; I-L3 and I-L1 80% of theirs, each above 16,511.00.
 *   <li>The enrolment reaches a claim whose last day is on or after 2023-07-12: the fees (paid 02-19, 02-20) and
 *       I-L2-0 (accrued to 07-01, paid 07-03) alone miss it; I-L3-1 (paid 11-15) or I-L1-0 (paid 07-20) bring it in.
 *   <li>L2 not a first drawdown: in drawdown order L3 31,906.28 > 16,511.00 goes to 第5条, L2 (only 第13条) spends the
 *       16,511.00, L1 29,241.56 > 0.00 goes to 第5条: the claim misses, 61,147.84 in all. Leaving L3 (its I-L3-1
 *       reaches): 16,511.00 on L3, nothing left for L2 or L1, L1 to 第5条: 29,241.56 + 38,080.00 = 67,321.56. L1
 *       cannot be left: the caps leave the tech-SME subsidy nothing on it (drawn after L2), so it pays nothing there.
 *   <li>L2 a first drawdown: L3, L2 (27,310.89 > 16,511.00) and L1 all to 第5条, the claim (fees only) misses.
 *       Leaving L1: 31,906.28 + 27,310.89 = 59,217.17 + 38,080.00 = 97,297.17; leaving L3: 29,241.56 + 27,310.89 =
 *       56,552.45 + 38,080.00 = 94,632.45. The firm leaves L1: 59,217.17 and 38,080.00.
 * </ul>
 * So with L2's flag not given the first-loan subsidy is 29,241.56 – 88,458.73 (31,906.28 + 27,310.89 + 29,241.56
 * within the 200,000 cap); before 2026-12-06 it read 31,906.28 – 88,458.73, its least above the 29,241.56 the firm
 * with L2 not a first drawdown gets: the completions were skipped, the way the first-loan subsidy takes every loan
 * (the claim missing the enrolment) binding no tech-SME cap.
 */
class StackingLeftWayCapsTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** A loan from a 深圳 bank for production, not subsidised elsewhere; {@code first} its first-drawdown member. */
  private static String loan(String id, String principal, String drawn, String matures, String rate, String first,
      String guarantee) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"" + drawn
        + "\", \"maturityDate\": \"" + matures + "\", \"annualInterestRate\": \"" + rate + "\", \"lenderRegionCode\":"
        + " \"440300\", " + first + "\"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false, " + guarantee
        + "}";
  }

  /** A government guarantee at 1% (standard 2%) with its fee paid. */
  private static String guarantee(String fee) {
    return "\"guaranteed\": true, \"guarantee\": {\"governmentGuarantor\": true, \"policyFund\": false,"
        + " \"guarantorInRegion\": true, \"reGuaranteed\": false, \"standardFeeRate\": \"2%\", \"feeRate\": \"1%\","
        + " \"feePaid\": " + money(fee) + "}";
  }

  private static String interest(String id, String loanId, String start, String end, String paidOn, String paid) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loanId + "\", \"accrualStart\": \"" + start
        + "\", \"accrualEnd\": \"" + end + "\", \"paymentDate\": \"" + paidOn + "\", \"interestPaid\": " + money(paid)
        + "}";
  }

  private static String fee(String id, String paidOn, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"paymentDate\": \"" + paidOn + "\", \"amountPaid\": " + money(amount)
        + "}";
  }

  /** The firm, L2's first-drawdown member as given (a JSON member ending ", ", or "" for not given). */
  static String profile(String secondFirst) {
    String yes = "\"firstDrawdownOfFirstContract\": true, ";
    String year = "\"revenue\": " + money("15000000.00") + ", \"employees\": 80, \"totalAssets\": "
        + money("20000000.00") + ", \"aboveScale\": false}";
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"smallScaleTaxpayer\": false, \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSme\": {\"held\": true, \"since\": \"2023-07-12\", \"until\":"
        + " \"2024-02-19\"}, \"techSmeSubsidyReceived\": " + money("2961920.00") + ", \"years\": [{\"year\": 2022, "
        + year + ", {\"year\": 2023, " + year + "], \"loans\": ["
        + loan("L1", "2908000.00", "2023-02-20", "2024-02-20", "3.19%", yes, guarantee("29483.00")) + ", "
        + loan("L2", "2716000.00", "2023-02-19", "2023-08-19", "3.59%", secondFirst, guarantee("13655.00")) + ", "
        + loan("L3", "3173000.00", "2023-01-03", "2024-01-03", "5.48%", yes, "\"guaranteed\": false")
        + "], \"interestPayments\": ["
        + interest("I-L1-0", "L1", "2023-02-20", "2023-07-19", "2023-07-20", "38394.49") + ", "
        + interest("I-L1-1", "L1", "2023-07-19", "2023-10-15", "2023-10-16", "18594.27") + ", "
        + interest("I-L1-2", "L1", "2023-10-15", "2024-02-20", "2024-02-22", "32983.18") + ", "
        + interest("I-L2-0", "L2", "2023-02-19", "2023-07-01", "2023-07-03", "35751.61") + ", "
        + interest("I-L3-0", "L3", "2023-01-03", "2023-06-28", "2023-06-29", "85008.20") + ", "
        + interest("I-L3-1", "L3", "2023-06-28", "2023-11-15", "2023-11-15", "67620.16")
        + "], \"guaranteeFeePayments\": [" + fee("G-L1", "2023-02-20", "29483.00") + ", "
        + fee("G-L2", "2023-02-19", "13655.00") + "], \"insurancePremiumPayments\": []}";
  }

  private static EntitlementReport report(String profile, StackingPrecedence precedence) {
    return StackingJointReports.pairOnThreePaths(profile, AS_OF, precedence).plain();
  }

  @Test
  void test_eachFlag() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport notFirst = report(profile("\"firstDrawdownOfFirstContract\": false, "), precedence);
      // L3 left to 第13条 (its I-L3-1 reaches the enrolment), L1 to 第5条: 2,908,000 × 2% × 181/360 = 29,241.56
      assertThat(outcome(notFirst, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("29241.56")));
      // 第13条: 3,000,000 − 2,961,920 = 38,080.00 left, reached (fees 21,569.00 + interest above 16,511.00)
      assertThat(outcome(notFirst, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("38080.00")));
      EntitlementReport first = report(profile("\"firstDrawdownOfFirstContract\": true, "), precedence);
      // L1 left to 第13条: L3 31,906.28 + L2 2,716,000 × 2% × 181/360 = 27,310.89 = 59,217.17
      assertThat(outcome(first, FIRST_LOAN).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("59217.17")));
      assertThat(outcome(first, TECH_SME).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("38080.00")));
    }
  }

  @Test
  void test_flagNotGiven_theLeastCoversTheWayWithoutIt() {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      EntitlementReport report = report(profile(""), precedence);
      MeasureOutcome first = outcome(report, FIRST_LOAN);
      // 29,241.56 (L2 not a first drawdown) or 59,217.17; at most 31,906.28 + 27,310.89 + 29,241.56 = 88,458.73.
      // Before: 31,906.28 – 88,458.73
      assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertRange(first.amount(), "29241.56", "88458.73");
      assertThat(first.missingFacts()).containsExactly("/loans/1/firstDrawdownOfFirstContract");
      // 38,080.00 either way; 0.00 while the stacking with the flag open may leave the claim outside the enrolment
      MeasureOutcome tech = outcome(report, TECH_SME);
      assertRange(tech.amount(), "0.00", "38080.00");
      assertThat(tech.missingFacts()).containsExactly("/loans/1/firstDrawdownOfFirstContract");
      // the pair over the two completions, each the firm's way: 29,241.56 + 38,080.00 = 67,321.56 to
      // 59,217.17 + 38,080.00 = 97,297.17
      assertThat(report.jointLimits()).hasSize(1);
      assertThat(Cny.yuan(report.jointLimits().get(0).minimum(), "minimum")).isEqualByComparingTo("67321.56");
      assertThat(Cny.yuan(report.jointLimits().get(0).maximum(), "maximum")).isEqualByComparingTo("97297.17");
    }
  }
}
