package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.FIRST_LOAN;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.RENOVATION;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.TECH_SME;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertAmount;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.assertTotal;
import static io.github.huiqi.calculators.financing.stacking.StackingCombinationsBlindAuditTest.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One municipal interest subsidy per loan (2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策", register §1.7) between
 * the renovation interest subsidy (小升规方案 第十条, 50% of the interest paid) and the first-loan and tech-SME subsidies
 * (深工信〔2023〕26号 第5条, 第13条), whatever the order of the renovation payments: a loan left as it is at its turn
 * (either side paying nothing on it) is compared again once another loan changes hands (decisions register §4.6
 * item 130). Worked by hand, on 2023-06-30, through the engine typed, plain and explained, and {@code evaluateJson},
 * each payment order.
 * <p>
 * The firm is EntitlementOrderInvariancePropertyTest's financing seed 3 firm 41: a 宝安区 first-time borrower,
 * enrolled as a 科技型中小企业 from 2023-07-06, 2,980,000 already received from the programme. 第5条 (2023 Q1 first
 * drawdowns, 2% × days/360 over at most 6 months, 200,000 a firm, allocated in drawdown order, register §4.6 item
 * 52): L4 19,919,000 drawn 2023-02-02, 2023-02-02 → 2023-08-02 = 181 days, × 2% × 181/360 = 200,296.61 → the cap,
 * 200,000.00; L1 18,629,000 drawn 2023-03-04 (190,429.78 alone) then gets nothing; L3 (drawn 2022-09-11) is no first
 * loan. 第13条 on the interest: I-L3-2, 91,080.48 paid 2023-04-12, and I-L1-1, 361,795.88 accrued 2023-08-26 →
 * 2024-01-27; the programme has 3,000,000 − 2,980,000 = 20,000.00 left, allocated in payment order. With L3's
 * interest in the claim, I-L3-2 takes the 20,000.00, 第13条 can pay nothing on L1 (the first-loan subsidy keeps it,
 * paying nothing on it) and the claim left, I-L3-2 alone, ends before the enrolment: 0.00 (register §4.6 item 100).
 * Without L3's interest (L3 to the renovation subsidy, read as subsidised elsewhere): 80% × 361,795.88 = 289,436.70 on
 * L1, capped at 20,000.00, which beats 第5条's nothing on L1. The project R1 pays interest on L1 (RP-0) and L3 (RP-1):
 * 第十条 50% of each, within its 5,000,000 cap.
 */
class RenovationLoanPassOrderTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String FIRM = """
      {"registrationRegionCode": "440306", "independentLegalPerson": true, "onSeriousDishonestyList": false,
       "firstTimeBorrower": true, "techSme": {"held": true, "since": "2023-07-06"},
       "techSmeSubsidyReceived": {"amount": 2980000.00, "currency": "CNY"},
       "loans": [
        {"loanId": "L1", "principal": {"amount": 18629000.00, "currency": "CNY"}, "drawdownDate": "2023-03-04",
         "maturityDate": "2024-03-04", "annualInterestRate": "4.54%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false},
        {"loanId": "L3", "principal": {"amount": 15681000.00, "currency": "CNY"}, "drawdownDate": "2022-09-11",
         "maturityDate": "2023-04-11", "annualInterestRate": "5.10%", "subsidisedUnderAnotherMunicipalScheme": false},
        {"loanId": "L4", "principal": {"amount": 19919000.00, "currency": "CNY"}, "drawdownDate": "2023-02-02",
         "maturityDate": "2024-02-02", "annualInterestRate": "3.66%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false}],
       "interestPayments": [
        {"paymentId": "I-L1-1", "loanId": "L1", "accrualStart": "2023-08-26", "accrualEnd": "2024-01-27",
         "paymentDate": "2024-01-28", "interestPaid": {"amount": 361795.88, "currency": "CNY"}},
        {"paymentId": "I-L3-2", "loanId": "L3", "accrualStart": "2023-03-01", "accrualEnd": "2023-04-11",
         "paymentDate": "2023-04-12", "interestPaid": {"amount": 91080.48, "currency": "CNY"}}],
       "guaranteeFeePayments": [], "insurancePremiumPayments": [],
       "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
        "eligibleInvestment": {"amount": 9000000.00, "currency": "CNY"}, "eligibleProject": true,
        "subsidyStart": "2023-01-01", "interestPayments": [PAYMENTS]}]}""";

  private static final String RP0 = """
      {"paymentId": "RP-0", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-03-23",
       "interestUntil": "2024-01-15", "interestPaid": {"amount": %s, "currency": "CNY"}, "loanId": "L1"}""";

  private static final String RP1 = """
      {"paymentId": "RP-1", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-05-31",
       "interestUntil": "2023-09-11", "interestPaid": {"amount": 56669.00, "currency": "CNY"}, "loanId": "L3"}""";

  /** The firm with {@code paidOnL1} of renovation interest on L1, RP-0 (L1) listed first or RP-1 (L3) first. */
  private static String firm(String paidOnL1, boolean l1First) {
    String rp0 = RP0.formatted(paidOnL1);
    return FIRM.replace("PAYMENTS", l1First ? rp0 + ", " + RP1 : RP1 + ", " + rp0);
  }

  /**
   * The three interest subsidies on 2023-06-30 through the engine typed, plain and explained, and {@code
   * evaluateJson}, checked to agree; the explained report returned.
   */
  private static EntitlementReport run(String profile) {
    return runOn(profile, FIRST_LOAN, TECH_SME, RENOVATION);
  }

  /**
   * Measures on 2023-06-30 through the engine typed, plain and explained, and {@code evaluateJson}, checked to agree;
   * the explained report returned (shared with {@link RenovationLoanBestSplitTest}).
   */
  static EntitlementReport runOn(String profile, String... measures) {
    String json = "{\"asOf\": \"2023-06-30\", \"measures\": [\"" + String.join("\", \"", measures)
        + "\"], \"profile\": " + profile + "}";
    EntitlementRequest request = HuiqiJson.read(json, EntitlementRequest.class);
    EntitlementReport plain = ENGINE.evaluate(request);
    EntitlementReport explained = ENGINE.evaluate(request.withExplain(true));
    EntitlementReport viaJson = HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class);
    assertThat(viaJson.outcomes()).isEqualTo(plain.outcomes());
    assertThat(viaJson.totals()).isEqualTo(plain.totals());
    assertThat(explained.totals()).isEqualTo(plain.totals());
    for (MeasureOutcome outcome : plain.outcomes()) {
      MeasureOutcome traced = explained.outcome(outcome.measure()).orElseThrow();
      assertThat(traced.verdict()).as(outcome.measure().value()).isEqualTo(outcome.verdict());
      assertThat(traced.amount()).as(outcome.measure().value()).isEqualTo(outcome.amount());
      assertThat(traced.countedInTotal()).as(outcome.measure().value()).isEqualTo(outcome.countedInTotal());
      assertThat(traced.missingFacts()).as(outcome.measure().value()).isEqualTo(outcome.missingFacts());
    }
    return explained;
  }

  /** The renovation rule's note on an outcome, in English (shared with {@link RenovationLoanBestSplitTest}). */
  static String note(MeasureOutcome outcome) {
    return outcome.notes().stream().filter(n -> n.code().equals(RenovationLoanStackingRule.CODE))
        .map(Reason::message).map(m -> m.en()).findFirst().orElseThrow();
  }

  @ParameterizedTest(name = "RP-0 on L1 listed first: {0}")
  @ValueSource(booleans = {true, false})
  void test_theFoundFirm_eitherOrder_L3ToTheRenovationSubsidyAndL1ToTheTechSmeSubsidy(boolean l1First) {
    // RP-0 25,572.00 on L1: 第十条 50% = 12,786.00; RP-1 56,669.00 on L3: 28,334.50; both: 82,241.00 × 50% = 41,120.50.
    // L3: the pair pays 200,000.00 + 0.00 with it and 200,000.00 + 20,000.00 without it (L3's interest out of the
    // claim), −20,000.00 on it, against the renovation subsidy's 41,120.50 − 12,786.00 = 28,334.50: L3 to 第十条.
    // L1 (compared again when listed first, where the pair paid 0.00 on it beside L3's interest): the pair 220,000.00
    // with it, 200,000.00 without it, 20,000.00 on it, against 41,120.50 − 28,334.50 = 12,786.00: L1 stays with
    // 第13条 (item 43: the larger). Before 2026-12-07, listed first, L1 kept both: 第十条 41,120.50, total 261,120.50
    EntitlementReport r = run(firm("25572.00", l1First));
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "28334.50", "28334.50");
    // 200,000.00 + 20,000.00 + 28,334.50 = 248,334.50
    assertTotal(r, "248334.50", "248334.50");
    // the pass says the same whichever payment is listed first: L3 to 第十条, then L1 to 第13条
    assertThat(note(outcome(r, RENOVATION))).endsWith("loan L3 takes the renovation interest subsidy (28334.50 CNY, "
        + "more than the first-loan or tech-SME subsidy's -20000.00 CNY); the first-loan and tech-SME subsidies leave "
        + "it out; loan L1 takes the first-loan or tech-SME subsidy (20000.00 CNY, not less than the renovation "
        + "interest subsidy's 12786.00 CNY); the renovation interest subsidy leaves its interest out");
    assertThat(note(outcome(r, TECH_SME))).isEqualTo(note(outcome(r, RENOVATION)));
  }

  @ParameterizedTest(name = "RP-0 on L1 listed first: {0}")
  @ValueSource(booleans = {true, false})
  void test_theRenovationSubsidyAFenAboveOnL1_keepsBothLoans_theTechSmeSubsidyNothing(boolean l1First) {
    // RP-0 40,002.00 on L1: 第十条 20,001.00; with RP-1's 28,334.50, 48,335.50. L3 to 第十条 as above (48,335.50 −
    // 20,001.00 = 28,334.50 against −20,000.00). L1: 20,001.00 against the pair's 20,000.00 on it, more: L1 to 第十条
    // too, and 第13条 is worked out without L1 and L3, no interest left to pay on: eligible (enrolled) at 0.00
    EntitlementReport r = run(firm("40002.00", l1First));
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "48335.50", "48335.50");
    // 200,000.00 + 0.00 + 48,335.50 = 248,335.50 (before 2026-12-07, RP-0 listed first: 20,000.00 more, L1 twice)
    assertTotal(r, "248335.50", "248335.50");
    assertThat(note(outcome(r, RENOVATION))).contains("loan L1 takes the renovation interest subsidy (20001.00 CNY, "
        + "more than the first-loan or tech-SME subsidy's 20000.00 CNY)");
  }

  @ParameterizedTest(name = "RP-0 on L1 listed first: {0}")
  @ValueSource(booleans = {true, false})
  void test_theRenovationSubsidyTiesOnL1_theTechSmeSubsidyKeepsIt(boolean l1First) {
    // RP-0 40,000.00 on L1: 第十条 20,000.00, a tie with the pair's 20,000.00 on L1, which the first-loan and
    // tech-SME subsidies keep (register §4.6 item 43): 第十条 48,334.50 − 20,000.00 = 28,334.50
    EntitlementReport r = run(firm("40000.00", l1First));
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "28334.50", "28334.50");
    // 200,000.00 + 20,000.00 + 28,334.50 = 248,334.50
    assertTotal(r, "248334.50", "248334.50");
  }

  @ParameterizedTest(name = "RP-0 on L1 listed first: {0}")
  @ValueSource(booleans = {true, false})
  void test_theWholeCatalogueAsJson_theSameThreeOutcomes(boolean l1First) {
    // every measure evaluated (no measures asked): the three interest subsidies as above, and the total in reach at
    // least their 248,334.50 (the other measures undetermined from 0.00)
    String json = "{\"asOf\": \"2023-06-30\", \"profile\": " + firm("25572.00", l1First) + "}";
    EntitlementReport r = HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class);
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "200000.00", "200000.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "20000.00", "20000.00");
    assertAmount(outcome(r, RENOVATION), Verdict.ELIGIBLE, "28334.50", "28334.50");
    assertThat(Cny.yuan(r.totals().inReach().minimum(), "minimum")).isEqualByComparingTo("248334.50");
    for (String measure : List.of(FIRST_LOAN, TECH_SME, RENOVATION)) {
      assertThat(outcome(r, measure).countedInTotal()).as(measure).isTrue();
    }
  }
}
