package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.NoRateOnDateException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that the Shenzhen 专精特新 draft's guarantee-fee cap (第五条 "担保费率不高于国家当期银行贷款基准利率的二分之一") applies
 * only to loans contracted within its parameters' validity, from 2019-08-20 (the pack's note: the LPR reform, so that
 * both benchmark readings are defined), on every path: plain, explaining, JSON, engine and book (decisions register
 * §4.6 item 86). A loan contracted on 2019-08-19 is ineligible with {@code event-outside-validity} and gets no cap;
 * one contracted on 2019-08-20 gets half the benchmark of that day.
 */
class GuaranteeFeeBenchmarkCapValidityTest {

  private static final GuaranteeFeeBenchmarkCapMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final MeasureId ID = GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT.id();
  private static final GuaranteeFeeBenchmarkCapCalculator SUT = GuaranteeFeeBenchmarkCapCalculator.DEFAULT;
  private static final LocalDate DAY_BEFORE = LocalDate.of(2019, 8, 19);
  private static final LocalDate FIRST_DAY = LocalDate.of(2019, 8, 20);
  private static final LocalDate DRAWDOWN = LocalDate.of(2019, 8, 22);
  private static final LocalDate MATURITY = LocalDate.of(2020, 8, 22);
  private static final String OUTSIDE = "event-outside-validity";

  /**
   * The built-in measure with every parameter's validity starting on a date instead, as a host's pack may set it.
   *
   * @param start  the first day of validity
   * @return the measure
   */
  static GuaranteeFeeBenchmarkCapMeasure validFrom(LocalDate start) {
    DateRange validity = DateRange.startingOn(start);
    return new GuaranteeFeeBenchmarkCapMeasure(MEASURE.id(), MEASURE.clause(), MEASURE.documentStatus(),
        MEASURE.title(), from(MEASURE.capRatio(), validity), from(MEASURE.benchmark(), validity),
        from(MEASURE.dayCount(), validity), from(MEASURE.rounding(), validity));
  }

  private static <T> Parameter<T> from(Parameter<T> parameter, DateRange validity) {
    return Parameter.of(parameter.value(), parameter.citation(), validity);
  }

  /** A qualifying loan of 1,000,000 contracted on a date, drawn 2019-08-22, due 2020-08-22, proposed at 2%. */
  private static GuaranteeFeeBenchmarkCapRequest request(LocalDate contract) {
    return GuaranteeFeeBenchmarkCapRequest.of(contract, DRAWDOWN, MATURITY).withProposal(Rate.parse("2%"),
        Cny.of("1000000"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_validity_builtInParametersStartOn20190820() {
    // the pack's four parameters are valid from 2019-08-20, open-ended
    for (Parameter<?> parameter : List.of(MEASURE.capRatio(), MEASURE.benchmark(), MEASURE.dayCount(),
        MEASURE.rounding())) {
      assertThat(parameter.validity()).isEqualTo(DateRange.startingOn(FIRST_DAY));
    }
  }

  @Test
  void test_calculator_firstDayOfValidity_halfTheBenchmark() {
    // 2019-08-20, a term of exactly one year (≤1 year bracket): PBoC 4.35% (from 2015-10-24) × ½ = 2.175%;
    // 1,000,000 × 2.175% × 12 whole months ÷ 12 = 21,750.00; 2% ≤ 2.175%: within
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, request(FIRST_DAY));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.benchmarkRate()).contains(Rate.parse("4.35%"));
    assertThat(result.benchmarkValidFrom()).contains(LocalDate.of(2015, 10, 24));
    assertThat(result.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(result.proposedWithinCap()).contains(true);
    assertThat(result.maximumFee()).contains(Cny.of("21750.00"));
    assertThat(SUT.feeRateCap(MEASURE, request(FIRST_DAY))).contains(Rate.parse("2.175%"));
    // the LPR readings are defined from that day: 1-year 4.25% × ½ = 2.125%, 5-year 4.85% × ½ = 2.425%
    assertThat(SUT.feeRateCap(MEASURE, request(FIRST_DAY).withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS
        .withBenchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)))).contains(Rate.parse("2.125%"));
    assertThat(SUT.feeRateCap(MEASURE, request(FIRST_DAY).withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS
        .withBenchmark(GuaranteeFeeBenchmarkBasis.LPR_5Y)))).contains(Rate.parse("2.425%"));
  }

  @Test
  void test_calculator_dayBeforeValidity_noCap() {
    // 2019-08-19 is before the parameters' validity (2019-08-20..): the measure does not apply, nothing is read
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, request(DAY_BEFORE));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly(OUTSIDE);
    assertThat(result.eligibility().reasons().get(0).citation()).isEqualTo(MEASURE.capRatio().citation());
    assertThat(detailsOf(result.explanation(), "validity")).containsExactly("contractDate = 2019-08-19");
    assertThat(result.benchmarkRate()).isEmpty();
    assertThat(result.benchmarkValidFrom()).isEmpty();
    assertThat(result.feeRateCap()).isEmpty();
    assertThat(result.proposedWithinCap()).isEmpty();
    assertThat(result.maximumFee()).isEmpty();
    // still the draft's result: the status travels with it
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(SUT.feeRateCap(MEASURE, request(DAY_BEFORE))).isEmpty();
    // under the 1-year LPR, not announced before 2019-08-20: outside the measure, not a missing rate
    assertThat(SUT.feeRateCap(MEASURE, request(DAY_BEFORE).withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS
        .withBenchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)))).isEmpty();
    // a 2015 contract, when the benchmark was 4.35% too: no cap (it was 2.175% before the validity was tested)
    assertThat(SUT.feeRateCap(MEASURE, GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2015, 11, 2),
        LocalDate.of(2015, 11, 2), LocalDate.of(2016, 11, 2)))).isEmpty();
  }

  @Test
  void test_calculator_dayBeforeValidity_decidesWhateverTheFacts() {
    // the borrower's recognition not given: the date alone rules the loan out, so the plain form names no fact
    GuaranteeFeeBenchmarkCapRequest unknown = GuaranteeFeeBenchmarkCapRequest.builder().governmentGuarantor(true)
        .contractDate(DAY_BEFORE).loanStart(DRAWDOWN).maturity(MATURITY).build();
    assertThat(SUT.feeRateCap(MEASURE, unknown)).isEmpty();
    assertThat(SUT.explainFeeRateCap(MEASURE, unknown).eligibility().missingFacts()).isEmpty();
  }

  @Test
  void test_calculator_hostMeasureValidEarlier_capsEarlierLoans() {
    // a host's pack valid from 2019-01-01: the 2019-08-19 loan is within it, 4.35% × ½ = 2.175%
    assertThat(SUT.feeRateCap(validFrom(LocalDate.of(2019, 1, 1)), request(DAY_BEFORE)))
        .contains(Rate.parse("2.175%"));
  }

  @Test
  void test_calculator_eachParameterApplied_isTested() {
    // a host's pack whose rounding is valid only from 2020-01-01: a loan contracted 2019-09-02 is capped (4.35% × ½ =
    // 2.175%) while no fee is priced, but a priced one would apply the rounding outside its validity: ineligible,
    // citing the rounding
    GuaranteeFeeBenchmarkCapMeasure host = new GuaranteeFeeBenchmarkCapMeasure(MEASURE.id(), MEASURE.clause(),
        MEASURE.documentStatus(), MEASURE.title(), MEASURE.capRatio(), MEASURE.benchmark(), MEASURE.dayCount(),
        from(MEASURE.rounding(), DateRange.startingOn(LocalDate.of(2020, 1, 1))));
    LocalDate contract = LocalDate.of(2019, 9, 2);
    GuaranteeFeeBenchmarkCapRequest unpriced = GuaranteeFeeBenchmarkCapRequest.of(contract, DRAWDOWN.plusDays(14),
        MATURITY.plusDays(14));
    assertThat(SUT.feeRateCap(host, unpriced)).contains(Rate.parse("2.175%"));
    GuaranteeFeeBenchmarkCapResult priced = SUT.explainFeeRateCap(host, unpriced.withProposal(Rate.parse("2%"),
        Cny.of("1000000")));
    assertThat(priced.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(priced.eligibility().reasons().get(0).code()).isEqualTo(OUTSIDE);
    assertThat(priced.eligibility().reasons().get(0).citation()).isEqualTo(MEASURE.rounding().citation());
    assertThat(priced.maximumFee()).isEmpty();
  }

  @Test
  void test_json_dayBeforeValidity_noCapMember() throws Exception {
    JsonNode before = new ObjectMapper().readTree(SUT.explainFeeRateCapJson(MEASURE, HuiqiJson.write(
        request(DAY_BEFORE))));
    assertThat(before.at("/eligibility/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(before.at("/eligibility/reasons/0/code").asText()).isEqualTo(OUTSIDE);
    assertThat(before.has("feeRateCap")).isFalse();
    assertThat(before.has("benchmarkRate")).isFalse();
    assertThat(before.has("maximumFee")).isFalse();
    assertThat(before.at("/documentStatus").asText()).isEqualTo("DRAFT");
    JsonNode first = new ObjectMapper().readTree(SUT.explainFeeRateCapJson(MEASURE, HuiqiJson.write(
        request(FIRST_DAY))));
    assertThat(first.at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
    // 4.35% × ½ = 2.175%; 21,750.00 as above
    assertThat(Rate.parse(first.at("/feeRateCap").asText())).isEqualTo(Rate.parse("2.175%"));
    assertThat(first.at("/maximumFee/amount").decimalValue()).isEqualByComparingTo("21750.00");
    GuaranteeFeeBenchmarkCapResult read = HuiqiJson.read(SUT.explainFeeRateCapJson(MEASURE,
        HuiqiJson.write(request(DAY_BEFORE))), GuaranteeFeeBenchmarkCapResult.class);
    assertThat(read.feeRateCap()).isEmpty();
    assertThat(read.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  private static LoanGuarantee government() {
    return LoanGuarantee.builder().governmentGuarantor(true).feeRate(Rate.parse("2%")).build();
  }

  private static EnterpriseProfile zjtx(LoanFacts... loans) {
    return EnterpriseProfile.builder().registrationRegionCode("440305").size(EnterpriseSize.SMALL)
        .specialisedAndInnovative(Qualification.held(true)).loans(List.of(loans)).build();
  }

  private static LoanFacts loanOn(String id, LocalDate contract) {
    return loan(id, "1000000", DRAWDOWN, MATURITY).contractDate(contract).guarantee(government()).build();
  }

  @Test
  void test_engine_loanBeforeValidity_addsNothing() {
    // OLD contracted 2019-08-19 (outside), NEW on 2019-08-20: 1,000,000 × 2.175% × 12/12 = 21,750.00, NEW's alone
    MeasureOutcome both = both(ID, zjtx(loanOn("OLD", DAY_BEFORE), loanOn("NEW", FIRST_DAY)), FIRST_DAY);
    assertThat(both.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(both.amount()).isEqualTo(exactly("21750.00"));
    assertThat(both.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    // OLD alone: ineligible at 0.00, the reason the date outside the validity
    MeasureOutcome old = both(ID, zjtx(loanOn("OLD", DAY_BEFORE)), FIRST_DAY);
    assertThat(old.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(old.amount()).isEqualTo(exactly("0.00"));
    assertThat(old.missingFacts()).isEmpty();
    assertThat(old.reasons()).extracting(Reason::code).contains(OUTSIDE);
    // no contract date given: the drawdown date stands for it (register §4.3 item 20); drawn 2019-08-19, outside
    LoanFacts drawn = loan("D", "1000000", DAY_BEFORE, MATURITY).guarantee(government()).build();
    assertThat(both(ID, zjtx(drawn), FIRST_DAY).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_engine_hostPackValidEarlier_noBenchmarkIsBadInput() throws Exception {
    // a host's copy of the pack valid from 2010-01-01: a contract on 2015-06-27, before the PBoC series (from
    // 2015-06-28), is within the measure but has no benchmark: bad input naming the loan's contract date
    ObjectMapper mapper = new ObjectMapper();
    String document = "sz-gxj-zjtx-host-2010";
    String pack = HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-zjtx-32-draft.json"))
        .replace("sz-gxj-zjtx-32-draft", document).replace("2019-08-20", "2010-01-01");
    EntitlementEngine engine = EntitlementEngine.of(Catalog.of(PolicyData.builtIn()
        .withPack(PolicyPacks.read(pack, "host")), MeasureRegistry.BUILT_IN));
    String request = "{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
        + " \"specialisedAndInnovative\": {\"held\": true}, \"loans\": [{\"loanId\": \"E\", \"principal\":"
        + " {\"amount\": 1000000, \"currency\": \"CNY\"}, \"contractDate\": \"2015-06-27\", \"drawdownDate\":"
        + " \"2015-07-01\", \"maturityDate\": \"2016-07-01\", \"annualInterestRate\": \"4%\", \"guaranteed\":"
        + " true, \"guarantee\": {\"governmentGuarantor\": true, \"feeRate\": \"1%\"}}]}, \"asOf\":"
        + " \"2023-06-30\", \"measures\": [\"" + document + ".guarantee-fee-cap\"]}";
    JsonNode report = mapper.readTree(engine.evaluateJson(request));
    assertThat(report.at("/failures/0/code").asText()).as(report.toString()).isEqualTo(NoRateOnDateException.CODE);
    assertThat(report.at("/failures/0/field").asText()).as(report.toString()).isEqualTo("/loans/0/contractDate");
    // no contract date given, drawn on 2015-06-27: the drawdown date is named
    JsonNode drawn = mapper.readTree(engine.evaluateJson(request.replace("\"contractDate\": \"2015-06-27\", "
        + "\"drawdownDate\": \"2015-07-01\", \"maturityDate\": \"2016-07-01\"",
        "\"drawdownDate\": \"2015-06-27\", \"maturityDate\": \"2016-06-27\"")));
    assertThat(drawn.at("/failures/0/field").asText()).as(drawn.toString()).isEqualTo("/loans/0/drawdownDate");
    // the built-in draft: the same loan is outside the measure, ineligible at 0.00, no failure
    JsonNode builtIn = mapper.readTree(EntitlementEngine.of(Catalog.of(PolicyData.builtIn(),
        MeasureRegistry.BUILT_IN)).evaluateJson(request.replace(document, "sz-gxj-zjtx-32-draft")));
    assertThat(builtIn.at("/failures").size()).as(builtIn.toString()).isZero();
    assertThat(builtIn.at("/outcomes/0/verdict").asText()).as(builtIn.toString()).isEqualTo("INELIGIBLE");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_book_dayBeforeAndFirstDay_bothSayDraft() {
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.guaranteeFeeCap(MEASURE).run(Arrays.asList(request(DAY_BEFORE),
        request(FIRST_DAY)), items::add);
    // 2019-08-19: outside the validity, no rate, no amount
    BookItem before = items.get(0);
    assertThat(before.verdict()).contains(Verdict.INELIGIBLE);
    assertThat(before.reasonCode()).contains(OUTSIDE);
    assertThat(before.rate()).isEmpty();
    assertThat(before.amount()).isEmpty();
    // 2019-08-20: 2.175%, 21,750.00
    BookItem first = items.get(1);
    assertThat(first.verdict()).contains(Verdict.ELIGIBLE);
    assertThat(first.rate()).contains(Rate.parse("2.175%"));
    assertThat(first.amount()).contains(AmountRange.exactly(Cny.of("21750.00")));
    // the draft's status on each item and in the totals
    assertThat(items).allSatisfy(item -> assertThat(item.documentStatus()).contains(DocumentStatus.DRAFT));
    assertThat(totals.documentStatus()).contains(DocumentStatus.DRAFT);
    assertThat(totals.eligible()).isEqualTo(1);
    assertThat(totals.ineligible()).isEqualTo(1);
    assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("21750.00")));
    assertThat(totals.indicativeOnly()).isTrue();
  }
}
