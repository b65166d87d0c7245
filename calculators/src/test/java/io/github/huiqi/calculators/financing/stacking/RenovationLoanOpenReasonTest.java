package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The reasons of an eligible outcome that one municipal interest subsidy per loan between the renovation interest
 * subsidy (小升规方案 第十条) and the first-loan and tech-SME subsidies (深工信〔2023〕26号 第5条 and 第13条) turns
 * undetermined, its least lowered to zero while a loan's choice is open ({@link RenovationLoanStackingRule}, decisions
 * register §4.6 items 42, 43 and 67): explained, one reason, the rule's code citing the rule as its note does, saying
 * which loans' choice is open and naming the facts it waits on, in place of the conditions its evaluator found met,
 * which an undetermined outcome does not list; the plain form has no reasons, as every outcome. Through the engine
 * typed and {@code evaluateJson}, the verdicts, amounts and missing facts the same in both forms.
 * <p>
 * The firm is {@link RenovationStackingFirm}'s; the profiles and the figures are those of
 * {@link RenovationLoanStackingRuleTest} (one loan, the renovation project's acceptance not known) and
 * {@link RenovationLoanSeveralOpenTest} (two loans, the firm's first-time borrowing not known).
 */
class RenovationLoanOpenReasonTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static final String L1 = """
      {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
       "maturityDate": "2024-02-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  private static final String L2 = """
      {"loanId": "L2", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
       "maturityDate": "2024-05-31", "annualInterestRate": "4%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  /** A renovation payment on the loan for 2023-02-01 → 2024-02-01, of the interest given. */
  private static String payment(String id, String paid, String loanId) {
    return """
        {"paymentId": "%s", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-02-01",
         "interestUntil": "2024-02-01", "interestPaid": {"amount": %s, "currency": "CNY"}, "loanId": "%s"}"""
        .formatted(id, paid, loanId);
  }

  /** The request on the date: the firm's first-time borrowing, loans, tech-SME interest, R1's eligibility, payments. */
  private static String request(String asOf, String firstTime, String loans, String interest, String eligible,
      String payments) {
    return "{\"asOf\": \"" + asOf + "\", \"profile\": {" + RenovationStackingFirm.FACTS + firstTime + """
          "loans": [%s], "interestPayments": [%s], "guaranteeFeePayments": [], "insurancePremiumPayments": [],
          "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
            "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, %s"subsidyStart": "2023-01-01",
            "interestPayments": [%s]}]}}""".formatted(loans, interest, eligible, payments);
  }

  /** One loan L1, the renovation project's acceptance not given, 40,000 of its interest on L1; 2023-09-30. */
  private static final String ONE_OPEN = request("2023-09-30", "\"firstTimeBorrower\": true, ", L1, "", "",
      payment("P1", "40000", "L1"));

  /** Two loans, the first-time borrowing not given, 4,000 and 6,000 of renovation interest on L1, L2; 2023-12-31. */
  private static final String TWO_OPEN = request("2023-12-31", "", L1 + ", " + L2, """
      {"paymentId": "I2", "loanId": "L2", "accrualStart": "2023-01-01", "accrualEnd": "2023-04-01",
       "paymentDate": "2023-04-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}""",
      "\"eligibleProject\": true, ", payment("P1", "4000", "L1") + ", " + payment("P2", "6000", "L2"));

  /**
   * The measure's outcome, plain and explained, through the engine typed and {@code evaluateJson} (the same): the
   * explained outcome's verdict, amount, binding limit and missing facts are the plain one's; the plain one has no
   * reasons.
   */
  private static MeasureOutcome explained(String json, String measure) {
    EntitlementRequest request = HuiqiJson.read(json, EntitlementRequest.class);
    MeasureOutcome plain = outcome(ENGINE.evaluate(request), measure);
    MeasureOutcome traced = outcome(ENGINE.evaluate(request.withExplain(true)), measure);
    EntitlementReport read = HuiqiJson.read(ENGINE.evaluateJson(json.replaceFirst("^\\{", "{\"explain\": true, ")),
        EntitlementReport.class);
    assertThat(outcome(read, measure)).isEqualTo(traced);
    assertThat(plain.reasons()).isEmpty();
    assertThat(traced.verdict()).isEqualTo(plain.verdict());
    assertThat(traced.amount()).isEqualTo(plain.amount());
    assertThat(traced.bindingLimit()).isEqualTo(plain.bindingLimit());
    assertThat(traced.missingFacts()).isEqualTo(plain.missingFacts());
    return traced;
  }

  private static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcome(MeasureId.of(measure)).orElseThrow();
  }

  /** The outcome's one reason: the rule's code, citing the rule as its note does (register §4.6 item 43). */
  private static Reason openedReason(MeasureOutcome traced) {
    assertThat(traced.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(traced.reasons()).hasSize(1);
    Reason reason = traced.reasons().get(0);
    assertThat(reason.code()).isEqualTo(RenovationLoanStackingRule.CODE);
    Reason note = traced.notes().stream().filter(n -> n.code().equals(RenovationLoanStackingRule.CODE)).findFirst()
        .orElseThrow();
    assertThat(reason.citation()).isEqualTo(note.citation()).isEqualTo(RenovationLoanStackingRule.LARGER_KEEPS);
    return reason;
  }

  @Test
  void test_renovationOpenOnTheLoan_theFirstLoanOutcomeUndetermined_itsReasonSaysTheChoiceIsOpen() {
    // 第5条 on L1: 1,000,000 × 2% × 181 / 360 = 10,055.56, eligible alone; R1's acceptance not given, so 第十条 is
    // 0.00 … 50% × 40,000 = 20,000.00, open on L1: both keep L1, the first-loan least lowered to its least without
    // L1, 0.00 (register §4.6 items 43 and 67), so it is undetermined 0.00 – 10,055.56, naming R1's missing fact
    MeasureOutcome first = explained(ONE_OPEN, FIRST_LOAN);
    assertThat(Cny.yuan(first.amount().minimum(), "minimum")).isEqualByComparingTo("0.00");
    assertThat(Cny.yuan(first.amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("10055.56");
    assertThat(first.missingFacts()).containsExactly("/renovationProjects/0/eligibleProject");
    Reason reason = openedReason(first);
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan: whether loan L1 takes the "
        + "renovation interest subsidy or the first-loan or tech-SME subsidy is still open, and this one may then pay "
        + "nothing; it waits on facts not given: /renovationProjects/0/eligibleProject");
    assertThat(reason.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息：贷款 L1 适用技术改造贷款贴息还是首贷或"
        + "科技型中小企业贴息尚未确定，本项可能无资助，取决于未提供的信息：/renovationProjects/0/eligibleProject");
    // the renovation outcome is undetermined by its own evaluator (R1's acceptance): its reasons stay its own
    assertThat(explained(ONE_OPEN, RENOVATION).reasons()).isNotEmpty().extracting(Reason::code)
        .doesNotContain(RenovationLoanStackingRule.CODE);
  }

  @Test
  void test_twoLoansOpen_theRenovationOutcomeUndetermined_itsReasonNamesBothLoans() {
    // 第十条 on R1: 50% × 4,000 = 2,000.00 on L1 and 50% × 6,000 = 3,000.00 on L2, eligible alone at 5,000.00. L1
    // open (第5条 0 – 10,055.56, the first-time borrowing not given): least 3,000.00 without L1; L2 then open too:
    // least 0.00 without both (register §4.6 item 67), so it is undetermined 0.00 – 5,000.00, naming the fact
    MeasureOutcome renovation = explained(TWO_OPEN, RENOVATION);
    assertThat(Cny.yuan(renovation.amount().minimum(), "minimum")).isEqualByComparingTo("0.00");
    assertThat(Cny.yuan(renovation.amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("5000.00");
    assertThat(renovation.missingFacts()).containsExactly("/firstTimeBorrower");
    Reason reason = openedReason(renovation);
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan: whether loans L1, L2 take "
        + "the renovation interest subsidy or the first-loan or tech-SME subsidy is still open, and this one may then "
        + "pay nothing; it waits on facts not given: /firstTimeBorrower");
    // Chinese enumerates with 、 (the joint limit's reason already writes 贷款 SZ-1、SZ-2); ", " before 2026-12-06
    assertThat(reason.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息：贷款 L1、L2 适用技术改造贷款贴息还是"
        + "首贷或科技型中小企业贴息尚未确定，本项可能无资助，取决于未提供的信息：/firstTimeBorrower");
    // the first-loan outcome is undetermined by its own evaluator (the first-time borrowing): its reasons stay its own
    assertThat(explained(TWO_OPEN, FIRST_LOAN).reasons()).isNotEmpty().extracting(Reason::code)
        .doesNotContain(RenovationLoanStackingRule.CODE);
    // 第13条 on L2: 80% × 10,000 = 8,000.00, eligible alone; without both open loans nothing is left: 0.00 –
    // 8,000.00 (too wide, never too narrow: register §4.6 item 67), undetermined by the rule: the same one reason
    MeasureOutcome tech = explained(TWO_OPEN, TECH_SME);
    assertThat(Cny.yuan(tech.amount().minimum(), "minimum")).isEqualByComparingTo("0.00");
    assertThat(Cny.yuan(tech.amount().maximum().orElseThrow(), "maximum")).isEqualByComparingTo("8000.00");
    assertThat(openedReason(tech)).isEqualTo(reason);
  }
}
