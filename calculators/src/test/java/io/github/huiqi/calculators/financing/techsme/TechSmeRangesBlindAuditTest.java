package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Blind QA audit of the ranges of the Shenzhen 科技型中小企业 贴息贴保 (深工信〔2023〕26号 第13条 with the 2020 办法
 * 第十四条): interest 50% (70% for a first-time borrower) + 30 points in 2023, at most 80%; premium 50%, at most
 * 500,000 a year; guarantee fee 50%, at most 300,000 a year; all items at most 1,000,000 a year and 3,000,000 over
 * the programme. A payment list absent is unknown, an empty list is none (decisions register §0.3, §4.6 item 42).
 * Every figure is worked by hand beside its assertion, then run through the typed calculator (plain, explaining,
 * JSON), the book, and the engine (typed and evaluateJson), which must agree.
 */
class TechSmeRangesBlindAuditTest {

  private static final String TECH = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final TechSmeMeasure MEASURE = TechSmeFixtures.MEASURE;

  //-------------------------------------------------------------------------
  // the typed calculator and the book: the ranges a fact opens (the lists are always given there)

  private static final LocalDate Y2023 = LocalDate.of(2023, 1, 1);
  private static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

  /** An enrolled tech SME whose first-time borrowing is not given. */
  private static EnterpriseFacts firmBorrowingOpen() {
    return EnterpriseFacts.builder().registrationRegionCode("440305").enrolledTechSme(true).build();
  }

  private static TechSmeRequest request(EnterpriseFacts firm, String interest2023, String fees, String premiums) {
    return TechSmeRequest.builder().enterprise(firm)
        .interest(List.of(TechSmeFixtures.interest("I1", Y2023, Y2024, interest2023)))
        .guaranteeFees(fees == null ? List.of() : List.of(TechSmeFixtures.fee("G1", LocalDate.of(2023, 5, 1), fees)))
        .insurancePremiums(premiums == null ? List.of()
            : List.of(TechSmeFixtures.fee("P1", LocalDate.of(2023, 6, 1), premiums)))
        .programmeTotalReceived(Cny.of("0")).build();
  }

  private static void assertCalculator(TechSmeRequest request, String min, String max, List<String> capCodes) {
    TechSmeResult explained = TechSmeFixtures.CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(explained.amount()).isEqualTo(new AmountRange(Cny.of(min), Cny.of(max)));
    assertThat(explained.bindingLimits()).extracting(BindingLimit::code).containsExactlyElementsOf(capCodes);
    // the JSON form: the same amount
    JsonNode json = tree(TechSmeFixtures.CALCULATOR.explainSubsidyJson(MEASURE,
        HuiqiJson.write(request, JsonOutput.COMPACT)));
    assertThat(json.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(min);
    assertThat(json.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(max);
    if (min.equals(max)) {
      // the plain form: the same fen
      assertThat(TechSmeFixtures.CALCULATOR.subsidy(MEASURE, request)).isEqualTo(Cny.of(min));
    } else {
      assertThatThrownBy(() -> TechSmeFixtures.CALCULATOR.subsidy(MEASURE, request))
          .isInstanceOf(MissingFactsException.class);
    }
  }

  @Test
  void calculator_firstTimeBorrowingOpen_2023Interest_exact() {
    // 2023 interest 10,000: min(50% + 30, 80%) = min(70% + 30, 80%) = 80% (第13条), so the open first-time
    // borrowing decides nothing: 10,000 × 80% = 8,000.00 exactly, no cap cut it
    assertCalculator(request(firmBorrowingOpen(), "10000", null, null), "8000.00", "8000.00", List.of());
  }

  @Test
  void calculator_firstTimeBorrowingOpen_2022Interest_range() {
    // 2022 interest 10,000 (2022-03-01 → 2022-06-01, paid then): the base ratios of 第十四条（一）, 50% or 70%:
    // 5,000.00 – 7,000.00, no cap at its top (register §4.6 item 88 (c))
    TechSmeRequest request = TechSmeRequest.builder().enterprise(firmBorrowingOpen())
        .interest(List.of(TechSmeFixtures.interest("I1", LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 1),
            "10000")))
        .programmeTotalReceived(Cny.of("0")).build();
    assertCalculator(request, "5000.00", "7000.00", List.of());
    assertThat(TechSmeFixtures.CALCULATOR.explainSubsidy(MEASURE, request).eligibility().missingFacts())
        .containsExactly("/enterprise/firstTimeBorrower");
  }

  @Test
  void calculator_feeAndPremiumCapsBothCut_thenTheYearlyCap() {
    // fees 700,000 × 50% = 350,000 → 300,000 (第十四条（三）); premiums 1,200,000 × 50% = 600,000 → 500,000
    // (（二）); interest 10,000 × 80% = 8,000: 808,000.00 under the yearly 1,000,000 (（四）)
    assertCalculator(request(TechSmeFixtures.firm().build(), "10000", "700000", "1200000"), "808000.00",
        "808000.00", List.of("guarantee-fee-cap-per-year", "insurance-premium-cap-per-year"));
    // interest 300,000 × 80% = 240,000: 240,000 + 300,000 + 500,000 = 1,040,000 → the yearly 1,000,000.00
    assertCalculator(request(TechSmeFixtures.firm().build(), "300000", "700000", "1200000"), "1000000.00",
        "1000000.00", List.of("guarantee-fee-cap-per-year", "insurance-premium-cap-per-year",
            "cap-per-enterprise-per-year"));
  }

  @Test
  void book_sameFiguresAsTheCalculator() {
    List<TechSmeRequest> book = List.of(request(firmBorrowingOpen(), "10000", null, null),
        request(TechSmeFixtures.firm().build(), "10000", "700000", "1200000"),
        request(TechSmeFixtures.firm().build(), "300000", "700000", "1200000"));
    List<BookItem> items = new ArrayList<>();
    BookCalculators.techSme(MEASURE).run(book, items::add);
    // as worked above: 8,000.00; 808,000.00; 1,000,000.00
    List<String> expected = List.of("8000.00", "808000.00", "1000000.00");
    for (int i = 0; i < expected.size(); i++) {
      assertThat(items.get(i).verdict()).contains(Verdict.ELIGIBLE);
      assertThat(items.get(i).amount()).contains(AmountRange.exactly(Cny.of(expected.get(i))));
    }
  }

  //-------------------------------------------------------------------------
  // the engine over a profile: the lists absent

  /**
   * An enrolled Shenzhen firm, not a first-time borrower unless {@code first} says otherwise, with loan L1 of
   * {@code principal} drawn 2023-02-01, maturing 2024-02-01 at 4%, the loan's own fields {@code loanExtra}, and the
   * fields {@code lists} (the payment lists and what the programme already paid, each absent unless given).
   */
  private static String profile(String first, String principal, String loanExtra, String lists) {
    return "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"firstTimeBorrower\": " + first + ","
        + " \"techSme\": {\"held\": true, \"since\": \"2021-01-01\", \"until\": \"2026-12-31\"},"
        + " \"renovationProjects\": [], \"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": " + principal
        + ", \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\","
        + " \"annualInterestRate\": \"4%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false" + loanExtra + "}]" + lists + "}";
  }

  /** 2023 interest on L1, accrued 2023-02-01 → 2023-05-01 and paid then. */
  private static String interest(String amount) {
    return ", \"interestPayments\": [{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"2023-02-01\","
        + " \"accrualEnd\": \"2023-05-01\", \"paymentDate\": \"2023-05-01\", \"interestPaid\": {\"amount\": " + amount
        + ", \"currency\": \"CNY\"}}]";
  }

  private static final String RECEIVED_NONE = ", \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}";
  private static final String NO_FEES = ", \"guaranteeFeePayments\": []";
  private static final String NO_PREMIUMS = ", \"insurancePremiumPayments\": []";

  /** The outcome of a measure through the typed engine and evaluateJson, which must agree; the typed one. */
  private static MeasureOutcome outcome(String profileJson, String measure) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    MeasureOutcome typed = EntitlementEngine.builtIn().evaluate(profile, AS_OF).outcome(
        io.github.huiqi.core.policy.MeasureId.of(measure)).orElseThrow();
    JsonNode json = EngineJson.outcome(EngineJson.report("{\"profile\": " + profileJson + ", \"asOf\": \"" + AS_OF
        + "\"}"), measure);
    assertThat(json.at("/verdict").asText()).isEqualTo(typed.verdict().name());
    assertThat(json.at("/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo(Cny.yuan(typed.amount().minimum(), "minimum"));
    assertThat(json.at("/amount/maximum/amount").decimalValue())
        .isEqualByComparingTo(Cny.yuan(typed.amount().maximum().orElseThrow(), "maximum"));
    assertThat(json.at("/bindingLimit/code").asText("")).isEqualTo(typed.bindingLimit().map(BindingLimit::code)
        .orElse(""));
    List<String> missing = new ArrayList<>();
    json.at("/missingFacts").forEach(node -> missing.add(node.asText()));
    assertThat(missing).isEqualTo(typed.missingFacts());
    return typed;
  }

  private static void assertOutcome(MeasureOutcome outcome, Verdict verdict, String min, String max,
      String capCode, String capLimit, String... missing) {
    assertThat(outcome.verdict()).isEqualTo(verdict);
    assertThat(outcome.amount().minimum()).isEqualTo(Cny.of(min));
    assertThat(outcome.amount().maximum()).contains(Cny.of(max));
    assertThat(outcome.bindingLimit().map(BindingLimit::code)).isEqualTo(Optional.ofNullable(capCode));
    if (capLimit != null) {
      assertThat(outcome.bindingLimit().map(BindingLimit::limit)).contains(Cny.of(capLimit));
    }
    assertThat(outcome.missingFacts()).containsExactly(missing);
  }

  @Test
  void engine_everyListGiven_exact() {
    // 2023 interest 10,000 × 80% = 8,000.00 (第13条); the fee and premium lists known empty: nothing more
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000") + NO_FEES + NO_PREMIUMS
        + RECEIVED_NONE), TECH), Verdict.ELIGIBLE, "8000.00", "8000.00", null, null);
  }

  @Test
  void engine_feesAbsent_theFeeCap() {
    // L1's guarantee not given: the fee list is bounded by its cap alone (register §4.1 item 8b): 8,000.00 +
    // 300,000 (第十四条（三）) = 308,000.00; eligible (a known item qualifies: §4.6 item 42), the fee cap at the top
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000") + NO_PREMIUMS + RECEIVED_NONE), TECH),
        Verdict.ELIGIBLE, "8000.00", "308000.00", "guarantee-fee-cap-per-year", "300000",
        "/guaranteeFeePayments");
  }

  @Test
  void engine_premiumsAbsent_thePremiumCap() {
    // 8,000.00 + 500,000 (第十四条（二）) = 508,000.00, the premium cap at the top
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000") + NO_FEES + RECEIVED_NONE), TECH),
        Verdict.ELIGIBLE, "8000.00", "508000.00", "insurance-premium-cap-per-year", "500000",
        "/insurancePremiumPayments");
  }

  @Test
  void engine_feesAndPremiumsAbsent_bothKindCapsUnderTheYearlyCap() {
    // lead 1: 8,000.00 + 300,000 + 500,000 = 808,000.00 < 1,000,000 (（四）). Both kind caps set the top; one limit
    // is named, the last in the calculator's order, as the favourable completion's exact 808,000.00 names it
    // (calculator_feeAndPremiumCapsBothCut_thenTheYearlyCap; register §4.6 items 88, 92)
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000") + RECEIVED_NONE), TECH),
        Verdict.ELIGIBLE, "8000.00", "808000.00", "insurance-premium-cap-per-year", "500000",
        "/guaranteeFeePayments", "/insurancePremiumPayments");
  }

  @Test
  void engine_feesAndPremiumsKnown_bothKindCapsCut_theSameLimitAsTheRange() {
    // the favourable completion of the range above, given: fees 700,000 × 50% = 350,000 → 300,000 (（三）),
    // premiums 1,200,000 × 50% = 600,000 → 500,000 (（二）), + 8,000.00 = 808,000.00 exactly; both kind caps cut it
    // and the outcome names the last, the premium cap, as the range does (register §4.6 item 92)
    String lists = interest("10000") + RECEIVED_NONE + ", \"guaranteeFeePayments\": [{\"paymentId\": \"G1\","
        + " \"paymentDate\": \"2023-05-01\", \"amountPaid\": {\"amount\": 700000, \"currency\": \"CNY\"}}],"
        + " \"insurancePremiumPayments\": [{\"paymentId\": \"P1\", \"paymentDate\": \"2023-06-01\","
        + " \"amountPaid\": {\"amount\": 1200000, \"currency\": \"CNY\"}}]";
    assertOutcome(outcome(profile("false", "1000000", "", lists), TECH), Verdict.ELIGIBLE, "808000.00", "808000.00",
        "insurance-premium-cap-per-year", "500000");
  }

  @Test
  void engine_feesAndPremiumsAbsent_theYearlyCapSetsTheTop() {
    // L1 of 10,000,000; 2023 interest 300,000 × 80% = 240,000.00; + 300,000 + 500,000 = 1,040,000 → 1,000,000.00,
    // the yearly cap (（四）), not the premium cap
    assertOutcome(outcome(profile("false", "10000000", "", interest("300000") + RECEIVED_NONE), TECH),
        Verdict.ELIGIBLE, "240000.00", "1000000.00", "cap-per-enterprise-per-year", "1000000",
        "/guaranteeFeePayments", "/insurancePremiumPayments");
  }

  @Test
  void engine_feesAndPremiumsAbsent_theProgrammeCapSetsTheTop() {
    // 2,500,000 already received: 3,000,000 − 2,500,000 = 500,000 left (（四）); 808,000 → 500,000.00
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000")
        + ", \"techSmeSubsidyReceived\": {\"amount\": 2500000, \"currency\": \"CNY\"}"), TECH),
        Verdict.ELIGIBLE, "8000.00", "500000.00", "cap-per-enterprise-over-programme", "500000",
        "/guaranteeFeePayments", "/insurancePremiumPayments");
  }

  @Test
  void engine_feesAndPremiumsAbsent_receivedNotGiven_fromZero() {
    // what the programme paid not given: its 3,000,000 may be spent, so from 0 (register §4.1 item 8); the top is
    // the favourable 808,000.00; what was received changes only the amount: eligible (§4.6 item 42)
    assertOutcome(outcome(profile("false", "1000000", "", interest("10000")), TECH),
        Verdict.ELIGIBLE, "0.00", "808000.00", "insurance-premium-cap-per-year", "500000",
        "/guaranteeFeePayments", "/insurancePremiumPayments", "/techSmeSubsidyReceived");
  }

  @Test
  void engine_feesAndPremiumsAbsent_loanNotGuaranteed_onlyThePremiums() {
    // L1 known not guaranteed: the fee list can hold nothing (§4.1 item 8b); 8,000.00 + 500,000 = 508,000.00
    assertOutcome(outcome(profile("false", "1000000", ", \"guaranteed\": false", interest("10000")
        + RECEIVED_NONE), TECH), Verdict.ELIGIBLE, "8000.00", "508000.00", "insurance-premium-cap-per-year",
        "500000", "/guaranteeFeePayments", "/insurancePremiumPayments");
  }

  @Test
  void engine_feesAndPremiumsAbsent_feesBoundedByTheLoan() {
    // L1 guaranteed, 20,000 of fee paid: the fee list holds at most 20,000, × 50% = 10,000.00 (§4.1 item 8b), and
    // a fen for each instalment the fee can be paid in (§4.6 item 121: February 2023 to February 2024, 13 calendar
    // months, and one when the guarantee is given): 10,000.14; 8,000.00 + 10,000.14 + 500,000 = 518,000.14, the
    // premium cap cutting its part of the top
    assertOutcome(outcome(profile("false", "1000000", ", \"guaranteed\": true, \"guarantee\": {\"feePaid\":"
        + " {\"amount\": 20000, \"currency\": \"CNY\"}}", interest("10000") + RECEIVED_NONE), TECH),
        Verdict.ELIGIBLE, "8000.00", "518000.14", "insurance-premium-cap-per-year", "500000",
        "/guaranteeFeePayments", "/insurancePremiumPayments");
  }

  /** The built-in sample's first loan alone: 3,000,000 drawn 2023-02-10 to 2024-02-10 at 3.65%, 30,000 of fee. */
  private static String sampleFirstLoanOnly(String first) {
    return "{\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
        + (first == null ? "" : " \"firstTimeBorrower\": " + first + ",")
        + " \"techSme\": {\"held\": true, \"since\": \"2022-05-10\"}, \"renovationProjects\": []" + RECEIVED_NONE
        + ", \"loans\": [{\"loanId\": \"SZ-2023-000123\", \"principal\": {\"amount\": 3000000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-02-10\", \"maturityDate\": \"2024-02-10\", \"annualInterestRate\": \"3.65%\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guarantee\": {\"governmentGuarantor\": true,"
        + " \"guarantorInRegion\": true, \"reGuaranteed\": false, \"standardFeeRate\": \"2%\", \"feeRate\": \"1%\","
        + " \"feePaid\": {\"amount\": 30000, \"currency\": \"CNY\"}}}]}";
  }

  @Test
  void engine_lead2_firstLoanOnly_everyListAbsent_onlyTheInterestOf2023TakesThe30Points() {
    // lead 2, a first-time borrower. The loan's interest over its use, 2023-02-10 → 2024-02-10 (365 days, more
    // than 12 whole months' 360): 3,000,000 × 3.65% × 365 ÷ 360 = 111,020.83; of which 2023-02-10 → 2024-01-01,
    // 325 days, arises in 2023: 3,000,000 × 3.65% × 325 ÷ 360 = 98,854.17, at 80% (第13条) = 79,083.33; the 40
    // days of 2024, 12,166.67, only at the 70% of 第十四条（一）= 8,516.67: 87,600.00 (was 80% × 111,020.83 =
    // 88,816.67), and a fen for each payment the loan can hold (register §4.6 item 120: one a calendar month,
    // February 2023 to February 2024, 13, and a final one): 87,600.00 + 14 × 0.01 = 87,600.14. Fees: the loan's
    // 30,000 paid × 50% = 15,000.00 (（三）, §4.1 item 8b), and a fen for each of the 14 instalments the fee can be
    // paid in (§4.6 item 121: one a calendar month of the same term and one when the guarantee is given): 15,000.14;
    // premiums up to 500,000 (（二）): 87,600.14 + 15,000.14 + 500,000.00 = 602,600.28 < 1,000,000 a year <
    // 3,000,000 over the programme (（四）); the premium cap cuts its
    // part of the top. No item known: undetermined from 0 (§4.6 item 42)
    assertOutcome(outcome(sampleFirstLoanOnly("true"), TECH), Verdict.UNDETERMINED, "0.00", "602600.28",
        "insurance-premium-cap-per-year", "500000", "/interestPayments", "/guaranteeFeePayments",
        "/insurancePremiumPayments");
    // 第5条 on the same loan: at most 3,000,000 × 2% × 181 ÷ 360 = 30,166.67 (the interest not given, the loan
    // stays with it: register §4.6 item 74; this profile leaves the firm's other 第5条 facts open)
    assertThat(outcome(sampleFirstLoanOnly("true"), FIRST_LOAN).amount().maximum()).contains(Cny.of("30166.67"));
  }

  @Test
  void engine_lead2_notAFirstTimeBorrower_theRestAt50Percent() {
    // the same loan, an ordinary borrower: 80% × 98,854.17 + 50% × 12,166.67 = 79,083.33 + 6,083.33 =
    // 85,166.67 (85,166.666… rounded up); + 14 payments × 0.01 (register §4.6 item 120) = 85,166.81; + 15,000.14
    // (15,000.00 and 14 instalments × 0.01, register §4.6 item 121) + 500,000.00 = 600,166.95
    assertOutcome(outcome(sampleFirstLoanOnly("false"), TECH), Verdict.UNDETERMINED, "0.00", "600166.95",
        "insurance-premium-cap-per-year", "500000", "/interestPayments", "/guaranteeFeePayments",
        "/insurancePremiumPayments");
  }

  @Test
  void engine_lead2_borrowingNotGiven_theLargerBaseRatio() {
    // first-time borrowing not given: the larger of 87,600.14 (70%) and 85,166.81 (50%), each with its 14 × 0.01
    // (register §4.6 item 120): 87,600.14 + 15,000.14 (§4.6 item 121) + 500,000.00 = 602,600.28, and the fact is
    // named (it decides the 2024 interest's ratio)
    MeasureOutcome outcome = outcome(sampleFirstLoanOnly(null), TECH);
    assertThat(outcome.amount().maximum()).contains(Cny.of("602600.28"));
    assertThat(outcome.amount().minimum()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void engine_nextQuestions_shareTheWidth() {
    // 8,000.00 – 808,000.00, width 800,000.00, decided by the two absent lists: the amounts decided add up to it
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(HuiqiJson.read(profile("false", "1000000", "",
        interest("10000") + RECEIVED_NONE), EnterpriseProfile.class), AS_OF);
    BigDecimal sum = BigDecimal.ZERO;
    for (NextQuestion question : report.nextQuestions()) {
      if (question.measures().contains(io.github.huiqi.core.policy.MeasureId.of(TECH))) {
        sum = sum.add(Cny.yuan(question.amountDecided(), "amountDecided"));
      }
    }
    assertThat(sum).isGreaterThanOrEqualTo(new BigDecimal("800000.00"));
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

}
