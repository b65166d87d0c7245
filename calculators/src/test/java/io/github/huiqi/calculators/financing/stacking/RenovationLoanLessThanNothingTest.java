package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.allowsEach;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.run;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.run3;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A loan the first-loan and tech-SME subsidies (深工信〔2023〕26号 第5条, 第13条) together pay less than nothing on: their
 * sum is larger with the loan read as subsidised elsewhere, for the loan's interest keeps the tech-SME claim from the
 * way that reaches its enrolment (register §4.6 item 100). One municipal interest subsidy per loan (2022 深圳 首贷 rules
 * "同一笔贷款只能享受一次贴息政策", register §1.7, §4.6 item 43) then gives the loan to the renovation interest subsidy
 * (小升规方案 第十条 "按实际支付利息的50%"), which pays more on it. While a fact not given leaves the pair's amounts
 * open, a pair whose most with the loan is no more than its least without it pays nothing or less on it; only the same
 * figure with and without the loan is nothing, and less than nothing is compared like any other amount (register §4.6
 * item 112). Found by the biased fact-drop hunt (seed 11, firm 59, /loans/3/subsidisedUnderAnotherMunicipalScheme
 * dropped): the tech-SME subsidy read eligible at 0.00 exactly where the complete firm gets 500,000.00. A renovation
 * subsidy that may pay nothing on the loan is not sure to take it, and an outcome left open on the loan runs up to its
 * most without it (register §4.6 item 118): the project's acceptance not given. Evaluated on
 * 2023-12-31 through the engine typed and {@code evaluateJson}, plain and explained
 * ({@link StackingCombinationsBlindAuditTest#run}), under the default precedence and under LARGER (no claim is
 * recorded, so both read the larger: register §4.6 item 72).
 * <p>
 * The firm (the hunt's, as drawn): a first-time borrower in 宝安区, enrolled as a 科技型中小企业 from 2023-09-19 to
 * 2023-11-03, 2,500,000 already received of the programme's 3,000,000 (第13条 has 500,000.00 left). L1 (11,643,000,
 * 2022-07-22, neither a first drawdown nor for production or operation: neither 第5条 nor 第13条 pays on it) with
 * interest of 2022 and its guarantee fee; L2 (11,722,000 drawn 2023-01-25, a first drawdown: 第5条 2023-01-25 →
 * 2023-07-25 = 181 days, 11,722,000 × 2% × 181/360 = 117,871.22) with 431,421.69 of interest; L3 (16,752,000,
 * 2022-08-26, not a first drawdown: 第13条 only) with 542,779.31 of interest up to 2023-05-18; L4 (16,800,000 drawn
 * 2023-03-25, a first drawdown: 第5条 2023-03-25 → 2023-09-25 = 184 days, 16,800,000 × 2% × 184/360 = 171,733.33),
 * whose subsidy elsewhere is the fact dropped. R1 pays 9,699.00 of interest on L1 and 57,247.00 naming no loan:
 * 第十条 50% × 66,946.00 = 33,473.00, of which 50% × 9,699.00 = 4,849.50 on L1.
 */
class RenovationLoanLessThanNothingTest {

  private static final String LARGER = "\"interestSubsidyPrecedence\": \"LARGER\"";
  private static final String L4_ELSEWHERE = "/loans/3/subsidisedUnderAnotherMunicipalScheme";
  private static final String ACCEPTED = "/renovationProjects/0/eligibleProject";

  /**
   * A loan of the hunt's firm, for a year from its drawdown: id, principal, drawdown, rate, first drawdown, for
   * production or operation, the member on its subsidy elsewhere (with its comma) and its guarantee.
   */
  private static String loan(String id, long principal, String drawdown, String rate, boolean first,
      boolean production, String elsewhere, String guarantee) {
    String maturity = (Integer.parseInt(drawdown.substring(0, 4)) + 1) + drawdown.substring(4);
    return """
        {"loanId": "%s", "principal": {"amount": %d, "currency": "CNY"}, "drawdownDate": "%s",
         "maturityDate": "%s", "annualInterestRate": "%s", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": %b, "forProductionOrOperation": %b, %s "vehicleOrRealEstatePurchase": false,
         %s}""".formatted(id, principal, drawdown, maturity, rate, first,
        production, elsewhere, guarantee);
  }

  /** A guarantee by a government guarantor in the region at 1% (the standard 2%), the fee paid given. */
  private static String guarantee(long fee) {
    return """
        "guaranteed": true, "guarantee": {"governmentGuarantor": true, "policyFund": false, "guarantorInRegion": true,
         "reGuaranteed": false, "standardFeeRate": "2%%", "feeRate": "1%%",
         "feePaid": {"amount": %d, "currency": "CNY"}}""".formatted(fee);
  }

  /** An interest payment on a loan. */
  private static String interest(String id, String loan, String start, String end, String paid, String amount) {
    return """
        {"paymentId": "%s", "loanId": "%s", "accrualStart": "%s", "accrualEnd": "%s", "paymentDate": "%s",
         "interestPaid": {"amount": %s, "currency": "CNY"}}""".formatted(id, loan, start, end, paid, amount);
  }

  /**
   * The hunt's firm.
   *
   * @param l4  L4's {@code subsidisedUnderAnotherMunicipalScheme} member with its comma, or empty (not given)
   * @param l1  whether L1 is read as subsidised elsewhere (the pair's outcome without L1)
   * @param project  whether R1 is listed (without it, the pair as the renovation stacking finds it)
   */
  static String firm(String l4, boolean l1, boolean project) {
    return firm(l4, l1, project ? "\"eligibleProject\": true," : null);
  }

  /**
   * The hunt's firm, R1 listed with its acceptance member given (with its comma; empty: not given), or not listed
   * ({@code null}).
   */
  static String firm(String l4, boolean l1, String acceptance) {
    boolean project = acceptance != null;
    String loans = String.join(", ",
        loan("L1", 11_643_000, "2022-07-22", "3.41%", false, false,
            "\"subsidisedUnderAnotherMunicipalScheme\": " + l1 + ",", guarantee(118_047)),
        loan("L2", 11_722_000, "2023-01-25", "3.64%", true, true,
            "\"subsidisedUnderAnotherMunicipalScheme\": false,", "\"guaranteed\": false"),
        loan("L3", 16_752_000, "2022-08-26", "5.06%", false, true,
            "\"subsidisedUnderAnotherMunicipalScheme\": false,", guarantee(169_846)),
        loan("L4", 16_800_000, "2023-03-25", "4.11%", true, true, l4, guarantee(170_800)));
    String interest = String.join(", ",
        interest("I-L1-0", "L1", "2022-07-22", "2022-08-22", "2022-08-24", "34188.38"),
        interest("I-L1-1", "L1", "2022-08-22", "2022-12-05", "2022-12-06", "115799.34"),
        interest("I-L2-0", "L2", "2023-01-25", "2023-07-08", "2023-07-09", "194376.81"),
        interest("I-L2-1", "L2", "2023-07-08", "2023-09-28", "2023-09-30", "97188.40"),
        interest("I-L2-2", "L2", "2023-09-28", "2024-01-24", "2024-01-24", "139856.48"),
        interest("I-L3-0", "L3", "2022-08-26", "2023-01-29", "2023-01-29", "367315.52"),
        interest("I-L3-1", "L3", "2023-01-29", "2023-05-17", "2023-05-18", "175463.79"));
    String r1 = !project ? "" : """
        {"projectId": "R1", "category": "EQUIPMENT_UPGRADE", "eligibleInvestment": {"amount": 23000000,
         "currency": "CNY"}, "totalInvestment": {"amount": 23000000, "currency": "CNY"},
         "fixedAssetInvestment": {"amount": 20700000, "currency": "CNY"},
         "equipmentInvestment": {"amount": 18400000, "currency": "CNY"}, %s
         "subsidyStart": "2023-01-01", "interestPayments": [
          {"paymentId": "RP-0", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-04-06",
           "interestUntil": "2023-07-24", "interestPaid": {"amount": 9699, "currency": "CNY"}, "loanId": "L1"},
          {"paymentId": "RP-1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-03-14",
           "interestUntil": "2023-12-26", "interestPaid": {"amount": 57247, "currency": "CNY"}}]}"""
        .formatted(acceptance);
    return """
        {"registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
         "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
         "size": "SMALL", "smallScaleTaxpayer": false, "onSeriousDishonestyList": false, "firstTimeBorrower": true,
         "techSme": {"held": true, "since": "2023-09-19", "until": "2023-11-03"},
         "techSmeSubsidyReceived": {"amount": 2500000, "currency": "CNY"},
         "years": [%s, %s],
         "loans": [%s], "interestPayments": [%s],
         "guaranteeFeePayments": [{"paymentId": "G-L1", "paymentDate": "2022-07-22",
           "amountPaid": {"amount": 118047, "currency": "CNY"}}],
         "insurancePremiumPayments": [{"paymentId": "P-L2", "paymentDate": "2023-01-25",
           "amountPaid": {"amount": 3399, "currency": "CNY"}}],
         "renovationProjects": [%s]}""".formatted(year(2022), year(2023), loans, interest, r1);
  }

  private static String year(int year) {
    return """
        {"year": %d, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
          "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false}""".formatted(year);
  }

  @ParameterizedTest(name = "options [{0}]")
  @ValueSource(strings = {"", LARGER})
  void test_thePairGetsMoreWithoutTheLoan_itPaysLessThanNothingOnIt(String options) {
    // the pair as the renovation stacking finds it (no R1), L4 not subsidised elsewhere: L2 and L4 to 第5条,
    // 117,871.22 + 171,733.33 = 289,604.55, capped at 200,000.00; the claim 第13条 keeps (L1's and L3's interest, the
    // last paid 2023-05-18) ends before the enrolment of 2023-09-19: 0.00 (register §1.2 card 000-13, §4.6 item 100)
    String no = "\"subsidisedUnderAnotherMunicipalScheme\": false,";
    EntitlementReport with = run3(firm(no, false, false), options);
    assertAmount(outcome(with, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(with, TECH_SME), Verdict.ELIGIBLE, "0.00", "0.00");
    // L1 read as subsidised elsewhere: the firm leaves L2 to 第13条, whose claim reaches the enrolment only with it
    // (item 100); 第5条 keeps L4, 171,733.33; 第13条 on L2's and L3's 974,201.00 of interest reaches the 500,000.00
    // left. The pair gets 671,733.33 without L1 against 200,000.00 with it: 200,000.00 − 671,733.33 = −471,733.33
    EntitlementReport without = run3(firm(no, true, false), options);
    assertAmount(outcome(without, FIRST_LOAN), Verdict.ELIGIBLE, "171733.33", "171733.33");
    assertAmount(outcome(without, TECH_SME), Verdict.ELIGIBLE, "500000.00", "500000.00");
    // with R1: it pays 4,849.50 on L1, more than −471,733.33: R1 keeps L1 (item 43), the pair its outcome without L1
    EntitlementReport complete = run3(firm(no, false, true), options);
    assertAmount(outcome(complete, RENOVATION), Verdict.ELIGIBLE, "33473.00", "33473.00");
    assertAmount(outcome(complete, FIRST_LOAN), Verdict.ELIGIBLE, "171733.33", "171733.33");
    assertAmount(outcome(complete, TECH_SME), Verdict.ELIGIBLE, "500000.00", "500000.00");
  }

  @ParameterizedTest(name = "options [{0}]")
  @ValueSource(strings = {"", LARGER})
  void test_theFlagOfAnotherLoanNotGiven_theLoanStillGoesToTheRenovationSubsidy(String options) {
    // L4 subsidised elsewhere: 第5条 on L2 alone, 117,871.22, 第13条 0.00 with L1 (its claim as above); without L1
    // the firm leaves L2 to 第13条, 500,000.00, and 第5条 has nothing: the pair pays 117,871.22 − 500,000.00 =
    // −382,128.78 on L1, R1 keeps it: 第5条 eligible at 0.00 (register §4.1 item 10), 第13条 500,000.00
    EntitlementReport elsewhere = run3(firm("\"subsidisedUnderAnotherMunicipalScheme\": true,", false, true),
        options);
    assertAmount(outcome(elsewhere, FIRST_LOAN), Verdict.ELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(elsewhere, TECH_SME), Verdict.ELIGIBLE, "500000.00", "500000.00");
    assertAmount(outcome(elsewhere, RENOVATION), Verdict.ELIGIBLE, "33473.00", "33473.00");
    EntitlementReport complete = run3(firm("\"subsidisedUnderAnotherMunicipalScheme\": false,", false, true),
        options);
    // not given: with L1 the pair is 117,871.22 – 200,000.00 (第5条) + 0.00 (第13条), without L1 第13条 reads from
    // its least over the ways (item 100) to its 500,000.00 left, above 200,000.00. Its most with L1 no more than its
    // least without it, the pair was read as paying nothing on L1 and L1 left as it is: 第13条 eligible at 0.00
    // exactly, where either completion gives 500,000.00 (a reading of 2026-12-06, register §4.6 item 112). Less than
    // nothing is compared: R1's least on L1, 4,849.50, is above the pair's most on it (negative), so R1 keeps L1
    // whatever L4's flag (item 96, the last loan compared), and the pair is its outcome without L1
    EntitlementReport open = run3(firm("", false, true), options);
    assertAmount(outcome(open, RENOVATION), Verdict.ELIGIBLE, "33473.00", "33473.00");
    MeasureOutcome tech = outcome(open, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(Cny.yuan(tech.amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("500000.00");
    assertThat(tech.missingFacts()).containsExactly(L4_ELSEWHERE);
    // the pair's outcome without L1, L4's flag not given: the same outcomes the pass gave
    EntitlementReport withoutL1 = run3(firm("", true, false), options);
    assertThat(tech.amount()).isEqualTo(outcome(withoutL1, TECH_SME).amount());
    // 第5条: 0.00 (L4 elsewhere, L2 to 第13条) to the 200,000.00 cap, its verdict waiting on the flag
    assertAmount(outcome(open, FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "200000.00");
    assertThat(outcome(open, FIRST_LOAN).missingFacts()).containsExactly(L4_ELSEWHERE);
    allowsEach(open, complete);
    allowsEach(open, elsewhere);
  }

  @ParameterizedTest(name = "options [{0}]")
  @ValueSource(strings = {"", LARGER})
  void test_theRenovationSubsidyMayPayNothing_theLoanIsOpenAndThePairRunsToItsMostWithoutIt(String options) {
    String no = "\"subsidisedUnderAnotherMunicipalScheme\": false,";
    // accepted: the complete firm above, R1 keeps L1: 第5条 171,733.33, 第13条 500,000.00, R1 33,473.00
    EntitlementReport accepted = run3(firm(no, false, "\"eligibleProject\": true,"), options);
    assertAmount(outcome(accepted, FIRST_LOAN), Verdict.ELIGIBLE, "171733.33", "171733.33");
    assertAmount(outcome(accepted, TECH_SME), Verdict.ELIGIBLE, "500000.00", "500000.00");
    assertAmount(outcome(accepted, RENOVATION), Verdict.ELIGIBLE, "33473.00", "33473.00");
    // not accepted: R1 ineligible at 0.00, no loan to weigh; the pair with L1: 第5条 200,000.00, 第13条 0.00
    EntitlementReport refused = run3(firm(no, false, "\"eligibleProject\": false,"), options);
    assertAmount(outcome(refused, RENOVATION), Verdict.INELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(refused, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(refused, TECH_SME), Verdict.ELIGIBLE, "0.00", "0.00");
    // not given: R1 0.00 – 33,473.00, and without L1's payment 0.00 – 28,623.50 (50% × 57,247.00): its least on L1,
    // 0.00 − 28,623.50, is above the pair's most on it, 200,000.00 − 671,733.33 = −471,733.33, so L1 was given to R1
    // (register §4.6 item 96) and the pair read 171,733.33 and 500,000.00 exactly, where a project not accepted
    // leaves 200,000.00 and 0.00. R1 may pay nothing on L1, and L1 is then left with the pair, which gets more
    // without it: L1 is open (register §4.6 item 118). Each outcome runs from the lesser to the greater of its
    // amounts with and without L1: 第5条 171,733.33 – 200,000.00, eligible; 第13条 0.00 – 500,000.00, undetermined;
    // each naming the acceptance
    EntitlementReport open = run3(firm(no, false, ""), options);
    MeasureOutcome renovation = outcome(open, RENOVATION);
    assertAmount(renovation, Verdict.UNDETERMINED, "0.00", "33473.00");
    assertThat(renovation.missingFacts()).containsExactly(ACCEPTED);
    MeasureOutcome first = outcome(open, FIRST_LOAN);
    assertAmount(first, Verdict.ELIGIBLE, "171733.33", "200000.00");
    assertThat(first.missingFacts()).containsExactly(ACCEPTED);
    MeasureOutcome tech = outcome(open, TECH_SME);
    assertAmount(tech, Verdict.UNDETERMINED, "0.00", "500000.00");
    assertThat(tech.missingFacts()).containsExactly(ACCEPTED);
    allowsEach(open, accepted);
    allowsEach(open, refused);
  }
}
