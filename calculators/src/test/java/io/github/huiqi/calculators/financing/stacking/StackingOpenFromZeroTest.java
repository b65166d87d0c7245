package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The verdict of an outcome that one municipal interest subsidy per loan (2022 深圳 首贷 rules "同一笔贷款只能享受一次
 * 贴息政策", decisions register §4.1 item 10) leaves as an open range from zero while no loan's choice is open: the
 * loans it counted went to the other subsidy, and a fact already named (an absent payment list, a loan's own facts)
 * decides whether it pays anything, a condition, so it is undetermined, as its own evaluator reads the firm without
 * those loans (decisions register §4.6 items 42 and 90); one left at a single figure stays eligible (item 45), one sure
 * of a positive least stays eligible with the range (item 42). Through the engine typed and {@code evaluateJson}, the
 * plain and explaining forms agreeing.
 * <p>
 * The firm (as {@link StackingTechSmeTopCapTest}'s): a 南山区 small manufacturer enrolled as a 科技型中小企业 since
 * 2022-05-10, a first-time borrower, evaluated on 2023-06-30. SZ-1: 3,000,000 at 3.65%, drawn 2023-02-10 from a
 * Shenzhen bank, the first drawdown of its first contract, guaranteed with neither its fee paid nor its fee rate
 * given. Its first-loan subsidy (深工信〔2023〕26号 第5条 "给予2%的贴息补助…贴息期限不超过6个月"): 2023-02-10 →
 * 2023-08-10 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾), ACT/360 (register §4.1 item 1): 3,000,000 × 2%
 * × 181 / 360 = 30,166.666… → 30,166.67 (half-up), below the 200,000 cap. Its 27,000 of interest accrued
 * 2023-02-10 → 2023-05-10 (all in 2023), under the tech-SME subsidy (第13条 "提高30个百分点，最高可按照实际支付利息的
 * 80%", a first-time borrower's 50% + 30 points): 27,000 × 80% = 21,600.00. 30,166.67 > 21,600.00: SZ-1 goes to the
 * larger, the first-loan subsidy (neither claimed, register §4.1 item 10), and the tech-SME subsidy keeps none of its
 * interest.
 */
class StackingOpenFromZeroTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RECEIVED_NOTHING =
      "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},";

  private static final String SZ1 = "{\"loanId\": \"SZ-1\", \"principal\": {\"amount\": 3000000, \"currency\":"
      + " \"CNY\"}, \"drawdownDate\": \"2023-02-10\", \"maturityDate\": \"2024-02-10\","
      + " \"annualInterestRate\": \"3.65%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
      + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
      + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": true}";

  /** SZ-1's 2023 interest, the amount given. */
  private static String i1(String paid) {
    return "{\"paymentId\": \"I-1\", \"loanId\": \"SZ-1\", \"accrualStart\": \"2023-02-10\", \"accrualEnd\":"
        + " \"2023-05-10\", \"paymentDate\": \"2023-05-10\", \"interestPaid\": {\"amount\": " + paid + ","
        + " \"currency\": \"CNY\"}}";
  }

  /** The request for the two measures on 2023-06-30: the received amount, the lists, the loans and the interest. */
  private static String request(String received, String lists, String loans, String interest) {
    return "{\"asOf\": \"2023-06-30\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"], \"profile\": {"
        + "\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\":"
        + " false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, \"techSme\": {\"held\": true, \"since\":"
        + " \"2022-05-10\"}, \"firstTimeBorrower\": true, " + received + " " + lists + " \"loans\": [" + loans
        + "], \"interestPayments\": [" + interest + "]}}";
  }

  /**
   * The report, typed and through {@code evaluateJson} (the same report), plain and explained (the same verdicts,
   * amounts, binding limits and missing facts, totals and next questions).
   */
  private static EntitlementReport report(String json) {
    EntitlementRequest request = HuiqiJson.read(json, EntitlementRequest.class);
    EntitlementReport typed = ENGINE.evaluate(request);
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class)).isEqualTo(typed);
    EntitlementReport explained = ENGINE.evaluate(request.withExplain(true));
    for (MeasureOutcome plain : typed.outcomes()) {
      MeasureOutcome traced = explained.outcome(plain.measure()).orElseThrow();
      assertThat(traced.verdict()).as(plain.measure().value()).isEqualTo(plain.verdict());
      assertThat(traced.amount()).as(plain.measure().value()).isEqualTo(plain.amount());
      assertThat(traced.bindingLimit()).as(plain.measure().value()).isEqualTo(plain.bindingLimit());
      assertThat(traced.missingFacts()).as(plain.measure().value()).isEqualTo(plain.missingFacts());
    }
    assertThat(explained.totals()).isEqualTo(typed.totals());
    assertThat(explained.nextQuestions()).isEqualTo(typed.nextQuestions());
    return typed;
  }

  private static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcome(MeasureId.of(measure)).orElseThrow();
  }

  private static void assertAmount(OutcomeAmount amount, String least, String most) {
    assertThat(Cny.yuan(amount.minimum(), "minimum")).isEqualByComparingTo(least);
    assertThat(Cny.yuan(amount.maximum().orElseThrow(), "maximum")).isEqualByComparingTo(most);
  }

  /** The measure's outcome in the explaining form, through the engine typed; {@code evaluateJson} gives its reasons. */
  private static MeasureOutcome explained(String json, String measure) {
    MeasureOutcome typed = outcome(ENGINE.evaluate(HuiqiJson.read(json, EntitlementRequest.class).withExplain(true)),
        measure);
    EntitlementReport read = HuiqiJson.read(ENGINE.evaluateJson(json.replaceFirst("^\\{", "{\"explain\": true, ")),
        EntitlementReport.class);
    assertThat(outcome(read, measure).reasons()).isEqualTo(typed.reasons());
    return typed;
  }

  /**
   * The one reason of an outcome the rule turned undetermined, explained: the rule's code, citing the rule as its note
   * does (the first-loan measure's implementing rules, "同一笔贷款只能享受一次贴息政策", register §1.7), naming the
   * facts in both languages; the plain form has no reasons, as every outcome.
   */
  private static Reason openedReason(MeasureOutcome plain, MeasureOutcome traced) {
    assertThat(plain.reasons()).isEmpty();
    assertThat(traced.reasons()).hasSize(1);
    Reason reason = traced.reasons().get(0);
    assertThat(reason.code()).isEqualTo(StackingInterestSubsidyRule.CODE);
    Reason note = traced.notes().stream().filter(n -> n.code().equals(StackingInterestSubsidyRule.CODE)).findFirst()
        .orElseThrow();
    assertThat(reason.citation()).isEqualTo(note.citation());
    assertThat(reason.citation().quote().orElseThrow()).contains("同一笔贷款只能享受一次贴息政策");
    assertThat(reason.message().zh()).startsWith("同一笔贷款只能享受一次市级贴息");
    assertThat(reason.message().en()).startsWith("one municipal interest subsidy per loan");
    return reason;
  }

  private static boolean stackingNoted(MeasureOutcome outcome) {
    return outcome.notes().stream().map(Reason::code).anyMatch(StackingInterestSubsidyRule.CODE::equals);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_feeListNotGiven_theLoanGoesToTheFirstLoanSubsidy_techSmeUndeterminedFromZero_asItsEvaluatorAlone() {
    // the fees not given, the premiums known (none): the fee list may be empty (the firm then claims nothing under
    // 第13条 once SZ-1 went to 第5条) or hold up to its yearly cap, 300,000 (2020 办法 第十四条（三）; SZ-1's fee not
    // given, so the loans do not bound it: register §4.1 item 8b), within the yearly 1,000,000 and the programme's
    // 3,000,000 − 0: 0.00 – 300,000.00, whether it pays anything left to the list, a condition (register §4.6 items
    // 42 and 90): undetermined, naming the list, the fee cap its upper end (item 88 (b))
    EntitlementReport stacked = report(request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],", SZ1,
        i1("27000")));
    MeasureOutcome first = outcome(stacked, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertAmount(first.amount(), "30166.67", "30166.67");
    assertThat(first.missingFacts()).isEmpty();
    MeasureOutcome tech = outcome(stacked, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertAmount(tech.amount(), "0.00", "300000.00");
    assertThat(tech.missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(tech.bindingLimit().orElseThrow().code()).isEqualTo("guarantee-fee-cap-per-year");
    assertThat(stackingNoted(tech)).isTrue();
    // no loan open between the two: no joint limit; the total in reach 30,166.67 + 0.00 = 30,166.67 to 30,166.67 +
    // 300,000.00 = 330,166.67, the fee list deciding its whole width, 300,000.00
    assertThat(stacked.jointLimits()).isEmpty();
    assertAmount(stacked.totals().inReach(), "30166.67", "330166.67");
    NextQuestion question = stacked.nextQuestions().get(0);
    assertThat(stacked.nextQuestions()).hasSize(1);
    assertThat(question.fact()).isEqualTo("/guaranteeFeePayments");
    assertThat(Cny.yuan(question.amountDecided(), "amountDecided")).isEqualByComparingTo("300000.00");
    // the tech-SME evaluator alone, the interest known to be none (the stacking then has no loan to share: the
    // outcome is the evaluator's own): no item known, the fee list absent, undetermined at the same range, naming the
    // same fact and cap (TechSmeEvaluator, register §4.6 item 42: "the firm paid nothing" is possible)
    MeasureOutcome alone = outcome(report(request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],", SZ1, "")),
        TECH_SME);
    assertThat(stackingNoted(alone)).isFalse();
    assertThat(tech.verdict()).isEqualTo(alone.verdict());
    assertThat(tech.amount()).isEqualTo(alone.amount());
    assertThat(tech.missingFacts()).isEqualTo(alone.missingFacts());
    assertThat(tech.bindingLimit()).isEqualTo(alone.bindingLimit());
    // explained: its one reason says what is open, the fee list, in place of the conditions its evaluator found met
    // (enrolled, ...), which an undetermined outcome does not list; the evaluator alone gives the list's own reason
    String json = request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],", SZ1, i1("27000"));
    MeasureOutcome traced = explained(json, TECH_SME);
    Reason reason = openedReason(tech, traced);
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan leaves this subsidy nothing "
        + "certain: whether it pays anything waits on facts not given: /guaranteeFeePayments");
    assertThat(reason.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息：本项已无确定可获的贷款贴息，"
        + "是否获得资助取决于未提供的信息：/guaranteeFeePayments");
    assertThat(explained(request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],", SZ1, ""), TECH_SME)
        .reasons()).extracting(Reason::code).containsExactly("guarantee-fees-not-known");
    // the first-loan outcome, eligible, keeps its evaluator's reasons, the conditions met, none of the rule's
    assertThat(explained(json, FIRST_LOAN).reasons()).isNotEmpty().extracting(Reason::code)
        .doesNotContain(StackingInterestSubsidyRule.CODE);
  }

  @Test
  void test_receivedNotGivenToo_stillUndetermined_bothFactsNamed() {
    // what the programme already paid not given: it changes the amount only (register §4.6 item 42), but the least
    // before that widening is already 0.00 (SZ-1 went to 第5条), so the fee list still decides whether anything is
    // paid: undetermined 0.00 – 300,000.00 (3,000,000 − nothing received in the favourable case), naming both; the
    // first-loan subsidy keeps SZ-1 (the tech-SME subsidy never took it, so a spent cap reopens nothing)
    EntitlementReport stacked = report(request("", "\"insurancePremiumPayments\": [],", SZ1, i1("27000")));
    MeasureOutcome tech = outcome(stacked, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertAmount(tech.amount(), "0.00", "300000.00");
    assertThat(tech.missingFacts()).containsExactlyInAnyOrder("/guaranteeFeePayments", "/techSmeSubsidyReceived");
    // its reason names both facts, as the outcome does
    Reason reason = openedReason(tech, explained(request("", "\"insurancePremiumPayments\": [],", SZ1, i1("27000")),
        TECH_SME));
    assertThat(reason.message().en()).contains("nothing certain").contains("/guaranteeFeePayments")
        .contains("/techSmeSubsidyReceived");
    MeasureOutcome first = outcome(stacked, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertAmount(first.amount(), "30166.67", "30166.67");
  }

  @Test
  void test_everyListKnown_theTechSmeOutcomeAtOneFigure_staysEligibleAtZero() {
    // the fees and premiums known (none): SZ-1 to 第5条 leaves the tech-SME subsidy exactly 0.00, which stays
    // eligible and names nothing (register §4.6 item 45; item 43: this rule keeps each outcome's verdict at one
    // figure); the total 30,166.67 exactly, no question
    EntitlementReport stacked = report(request(RECEIVED_NOTHING,
        "\"insurancePremiumPayments\": [], \"guaranteeFeePayments\": [],", SZ1, i1("27000")));
    MeasureOutcome tech = outcome(stacked, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(tech.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of(BigDecimal.ZERO)));
    assertThat(tech.missingFacts()).isEmpty();
    assertAmount(stacked.totals().inReach(), "30166.67", "30166.67");
    assertThat(stacked.nextQuestions()).isEmpty();
  }

  @Test
  void test_anotherLoanKeptForSure_theTechSmeOutcomeStaysEligibleWithTheRange() {
    // L2: 1,000,000 drawn 2022-06-01, not a first drawdown (never 第5条's), not guaranteed; 10,000 of interest
    // accrued 2023-01-01 → 2023-04-01: 第13条 80% × 10,000 = 8,000.00, the tech-SME subsidy's whatever the fees are.
    // SZ-1 to 第5条 as above; the fee list adds up to 300,000: 8,000.00 – 308,000.00, sure of something, eligible
    // with the range (register §4.6 item 42), the fee cap its upper end (item 88's "8,000.00 – 308,000.00")
    String l2 = "{\"loanId\": \"L2\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2022-06-01\", \"maturityDate\": \"2023-05-31\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\":"
        + " \"440300\", \"firstDrawdownOfFirstContract\": false, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": false}";
    String p2 = "{\"paymentId\": \"P2\", \"loanId\": \"L2\", \"accrualStart\": \"2023-01-01\", \"accrualEnd\":"
        + " \"2023-04-01\", \"paymentDate\": \"2023-04-01\", \"interestPaid\": {\"amount\": 10000, \"currency\":"
        + " \"CNY\"}}";
    EntitlementReport stacked = report(request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],",
        SZ1 + ", " + l2, i1("27000") + ", " + p2));
    MeasureOutcome tech = outcome(stacked, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertAmount(tech.amount(), "8000.00", "308000.00");
    assertThat(tech.missingFacts()).containsExactly("/guaranteeFeePayments");
    assertThat(tech.bindingLimit().orElseThrow().code()).isEqualTo("guarantee-fee-cap-per-year");
    assertAmount(outcome(stacked, FIRST_LOAN).amount(), "30166.67", "30166.67");
    // still eligible: its reasons stay its evaluator's, the conditions met, with none of the rule's
    assertThat(explained(request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [],", SZ1 + ", " + l2,
        i1("27000") + ", " + p2), TECH_SME).reasons()).isNotEmpty().extracting(Reason::code)
        .doesNotContain(StackingInterestSubsidyRule.CODE);
  }

  @Test
  void test_firstLoanSide_itsSureLoanToTheTechSmeSubsidy_anotherLoanOpenOnItsOwnFact_undeterminedFromZero() {
    // SZ-1 not guaranteed, its 40,000 of interest: 第13条 40,000 × 80% = 32,000.00 > 30,166.67, so SZ-1 goes to the
    // tech-SME subsidy. SZ-2: 500,000 at 4% drawn 2023-03-01 (in 第5条's 2023年1-3月), no interest paid, whether it is
    // the first drawdown of the first contract not given: 2023-03-01 → 2023-09-01 = 31 + 30 + 31 + 30 + 31 + 31 = 184
    // days, 500,000 × 2% × 184 / 360 = 5,111.111… → 5,111.11 if it is, nothing if not. The first-loan subsidy keeps
    // only SZ-2, whose own fact decides whether it pays anything: 0.00 – 5,111.11, undetermined (register §4.6 items
    // 42 and 90), as its evaluator reads the firm with SZ-1 subsidised elsewhere
    String sz1 = SZ1.replace("\"guaranteed\": true", "\"guaranteed\": false");
    String sz2 = "{\"loanId\": \"SZ-2\", \"principal\": {\"amount\": 500000, \"currency\": \"CNY\"}, \"drawdownDate\":"
        + " \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\", \"lenderRegionCode\":"
        + " \"440300\", \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}";
    String lists = "\"insurancePremiumPayments\": [], \"guaranteeFeePayments\": [],";
    EntitlementReport stacked = report(request(RECEIVED_NOTHING, lists, sz1 + ", " + sz2, i1("40000")));
    MeasureOutcome first = outcome(stacked, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertAmount(first.amount(), "0.00", "5111.11");
    assertThat(first.missingFacts()).containsExactly("/loans/1/firstDrawdownOfFirstContract");
    MeasureOutcome tech = outcome(stacked, TECH_SME);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertAmount(tech.amount(), "32000.00", "32000.00");
    // the total 32,000.00 to 32,000.00 + 5,111.11 = 37,111.11; SZ-2's fact decides 5,111.11
    assertAmount(stacked.totals().inReach(), "32000.00", "37111.11");
    assertThat(stacked.nextQuestions().get(0).fact()).isEqualTo("/loans/1/firstDrawdownOfFirstContract");
    assertThat(Cny.yuan(stacked.nextQuestions().get(0).amountDecided(), "amountDecided"))
        .isEqualByComparingTo("5111.11");
    // the first-loan evaluator with SZ-1 subsidised elsewhere (no loan then shared: SZ-1 takes neither): the same
    MeasureOutcome alone = outcome(report(request(RECEIVED_NOTHING, lists, sz1.replace(
        "\"subsidisedUnderAnotherMunicipalScheme\": false", "\"subsidisedUnderAnotherMunicipalScheme\": true") + ", "
        + sz2, i1("40000"))), FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(alone.verdict());
    assertThat(first.amount()).isEqualTo(alone.amount());
    assertThat(first.missingFacts()).isEqualTo(alone.missingFacts());
    // explained: its one reason, nothing certain left, SZ-2's fact open
    Reason reason = openedReason(first, explained(request(RECEIVED_NOTHING, lists, sz1 + ", " + sz2, i1("40000")),
        FIRST_LOAN));
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan leaves this subsidy nothing "
        + "certain: whether it pays anything waits on facts not given: /loans/1/firstDrawdownOfFirstContract");
  }

  @Test
  void test_aLoansChoiceOpen_theFirstLoanOutcomeUndetermined_itsReasonSaysTheChoiceIsOpen() {
    // SZ-1 records the tech-SME subsidy as claimed first (register §4.1 item 10, item 72), its interest not given:
    // under FIRST_CLAIMED the claim keeps SZ-1 if 第13条 pays anything on its interest (item 73), which the absent
    // list leaves open, so the first-loan subsidy's least leaves SZ-1 out: 0.00 – 30,166.67 (第5条 as above),
    // undetermined, naming /interestPayments (register §4.6 items 42 and 74)
    String claimed = SZ1.replace("\"guaranteed\": true", "\"guaranteed\": false, "
        + "\"interestSubsidyClaimedFirst\": \"TECH_SME\"");
    String json = request(RECEIVED_NOTHING, "\"insurancePremiumPayments\": [], \"guaranteeFeePayments\": [],",
        claimed, "").replace(", \"interestPayments\": []", "");
    EntitlementReport stacked = report(json);
    MeasureOutcome first = outcome(stacked, FIRST_LOAN);
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertAmount(first.amount(), "0.00", "30166.67");
    assertThat(first.missingFacts()).containsExactly("/interestPayments");
    Reason reason = openedReason(first, explained(json, FIRST_LOAN));
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan: which subsidy a loan takes "
        + "is still open, and this one may then pay nothing; it waits on facts not given: /interestPayments");
    assertThat(reason.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息：贷款适用哪项贴息尚未确定，本项可能无资助，"
        + "取决于未提供的信息：/interestPayments");
  }
}
