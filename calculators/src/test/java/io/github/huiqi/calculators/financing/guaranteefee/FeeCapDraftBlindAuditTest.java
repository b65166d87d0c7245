package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A blind QA audit of the Shenzhen 专精特新 draft's guarantee-fee cap (《深圳市关于促进专精特新企业高质量发展的若干措施》
 * (征求意见稿) 第五条: "鼓励政府性融资担保及再担保机构加大对专精特新企业融资担保支持力度,担保费率不高于国家当期银行贷款基准利率的
 * 二分之一") and of the document status on the small/micro guarantee-fee subsidy's books. Every figure is worked by hand
 * from the clause, the PBoC benchmark table (银发〔2015〕325号: ≤1y 4.35%, 1–5y 4.75%, >5y 4.90% from 2015-10-24) and
 * the LPR table the library cites (全国银行间同业拆借中心 LPR 公告, reference domain §2.9), with the readings of the
 * decisions register: §4.3 item 20 (the benchmark: PBoC by term, read on the contract date; the 专精特新 recognition
 * tested on it), item 21 (fee = rate × (whole months ÷ 12 + odd days ÷ 360)), §4.5 item 35 (half-up to the fen once),
 * §4.6 item 86 (a contract before 2019-08-20 is outside the measure) and item 76 (the book items' amounts agree with
 * the engine's). Each case runs through the plain, explaining and JSON forms, the engine and the books.
 */
class FeeCapDraftBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeBenchmarkCapMeasure CAP =
      DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final MeasureId CAP_ID = GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT.id();
  private static final GuaranteeFeeBenchmarkCapCalculator SUT = GuaranteeFeeBenchmarkCapCalculator.DEFAULT;
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String OUTSIDE = "event-outside-validity";

  /** A request; a null fact is not given. */
  private static GuaranteeFeeBenchmarkCapRequest request(String contract, String start, String maturity, Boolean zjtx,
      Boolean government, String proposed, String principal) {
    GuaranteeFeeBenchmarkCapRequest.Builder b = GuaranteeFeeBenchmarkCapRequest.builder();
    b.contractDate(LocalDate.parse(contract)).loanStart(LocalDate.parse(start)).maturity(LocalDate.parse(maturity));
    if (zjtx != null) {
      b.specialisedAndInnovative(zjtx);
    }
    if (government != null) {
      b.governmentGuarantor(government);
    }
    if (proposed != null) {
      b.proposedFeeRate(Rate.parse(proposed));
    }
    if (principal != null) {
      b.guaranteedPrincipal(Cny.of(principal));
    }
    return b.build();
  }

  /** A qualifying request (专精特新, government guarantor). */
  private static GuaranteeFeeBenchmarkCapRequest qualifying(String contract, String start, String maturity,
      String proposed, String principal) {
    return request(contract, start, maturity, true, true, proposed, principal);
  }

  private static GuaranteeFeeBenchmarkCapRequest lpr(GuaranteeFeeBenchmarkCapRequest request,
      GuaranteeFeeBenchmarkBasis basis) {
    return request.withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withBenchmark(basis));
  }

  /**
   * The explaining form, checked against the plain and the JSON forms: the same verdict, cap and fee, the draft's
   * status on each.
   */
  private static GuaranteeFeeBenchmarkCapResult explain(GuaranteeFeeBenchmarkCapRequest request) throws Exception {
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(CAP, request);
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(result.indicativeOnly()).isTrue();
    // the explanation's first step says the document is a draft for comment, in each language
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("征求意见稿");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("draft");
    // the plain form: the cap when eligible, none when ineligible, the facts named when undetermined
    switch (result.eligibility().verdict()) {
      case ELIGIBLE -> assertThat(SUT.feeRateCap(CAP, request)).isEqualTo(result.feeRateCap());
      case INELIGIBLE -> assertThat(SUT.feeRateCap(CAP, request)).isEmpty();
      default -> assertThatThrownBy(() -> SUT.feeRateCap(CAP, request)).isInstanceOf(MissingFactsException.class)
          .satisfies(ex -> assertThat(((MissingFactsException) ex).missingFacts())
              .isEqualTo(result.eligibility().missingFacts()));
    }
    // the JSON form
    JsonNode json = MAPPER.readTree(SUT.explainFeeRateCapJson(CAP, HuiqiJson.write(request)));
    assertThat(json.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(json.at("/eligibility/verdict").asText()).isEqualTo(result.eligibility().verdict().name());
    assertThat(json.has("feeRateCap")).isEqualTo(result.feeRateCap().isPresent());
    assertThat(json.has("benchmarkRate")).isEqualTo(result.benchmarkRate().isPresent());
    assertThat(json.has("benchmarkValidFrom")).isEqualTo(result.benchmarkValidFrom().isPresent());
    result.feeRateCap().ifPresent(cap -> assertThat(Rate.parse(json.at("/feeRateCap").asText())).isEqualTo(cap));
    result.maximumFee().ifPresent(fee -> assertThat(json.at("/maximumFee/amount").decimalValue())
        .isEqualByComparingTo(Cny.yuan(fee, "fee")));
    GuaranteeFeeBenchmarkCapResult read = HuiqiJson.read(SUT.explainFeeRateCapJson(CAP, HuiqiJson.write(request)),
        GuaranteeFeeBenchmarkCapResult.class);
    assertThat(read.feeRateCap()).isEqualTo(result.feeRateCap());
    assertThat(read.benchmarkRate()).isEqualTo(result.benchmarkRate());
    assertThat(read.benchmarkValidFrom()).isEqualTo(result.benchmarkValidFrom());
    assertThat(read.maximumFee()).isEqualTo(result.maximumFee());
    assertThat(read.eligibility().missingFacts()).isEqualTo(result.eligibility().missingFacts());
    return result;
  }

  private static List<String> reasonCodes(GuaranteeFeeBenchmarkCapResult result) {
    return result.eligibility().reasons().stream().map(Reason::code).toList();
  }

  //-------------------------------------------------------------------------
  // the contract date's boundary: the pack's validity from 2019-08-20 (register §4.6 item 86)
  @Test
  void test_contractDate_20190819_outsideWhateverTheFacts() throws Exception {
    // 2019-08-19 is the day before the validity: ineligible, event-outside-validity on /contractDate, nothing read
    for (Boolean zjtx : new Boolean[] {true, false, null}) {
      GuaranteeFeeBenchmarkCapResult result = explain(request("2019-08-19", "2019-08-20", "2020-08-20", zjtx, true,
          "1%", "500000"));
      assertThat(result.eligibility().verdict()).as("zjtx %s", zjtx).isEqualTo(Verdict.INELIGIBLE);
      assertThat(reasonCodes(result)).contains(OUTSIDE);
      // the date alone decides: nothing is asked
      assertThat(result.eligibility().missingFacts()).isEmpty();
      assertThat(result.benchmarkRate()).isEmpty();
      assertThat(result.benchmarkValidFrom()).isEmpty();
      assertThat(result.feeRateCap()).isEmpty();
      assertThat(result.proposedWithinCap()).isEmpty();
      assertThat(result.maximumFee()).isEmpty();
    }
    // under either LPR option too (no LPR was published before 2019-08-20, but the date is outside the measure
    // before it is a missing rate): ineligible, no cap
    for (GuaranteeFeeBenchmarkBasis basis : GuaranteeFeeBenchmarkBasis.values()) {
      GuaranteeFeeBenchmarkCapResult result = explain(lpr(qualifying("2019-08-19", "2019-08-20", "2020-08-20", null,
          null), basis));
      assertThat(result.eligibility().verdict()).as(basis.name()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.feeRateCap()).isEmpty();
    }
  }

  @Test
  void test_contractDate_20190820_atTheCap_inclusive() throws Exception {
    // 2019-08-20 → 2020-08-20 is one year exactly: ≤1 year bracket (一年以内含一年), PBoC 4.35% from 2015-10-24;
    // cap 4.35% × ½ = 2.175%; proposed 2.175%: "不高于" is inclusive, within. Fee at the cap on 500,000 over 12 whole
    // months: 500,000 × 2.175% × 12/12 = 10,875.00
    GuaranteeFeeBenchmarkCapResult at = explain(qualifying("2019-08-20", "2019-08-20", "2020-08-20", "2.175%",
        "500000"));
    assertThat(at.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(at.termBracket()).isEqualTo(GuaranteeFeeTermBracket.UP_TO_1Y);
    assertThat(at.benchmarkRate()).contains(Rate.parse("4.35%"));
    assertThat(at.benchmarkValidFrom()).contains(LocalDate.of(2015, 10, 24));
    assertThat(at.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(at.proposedWithinCap()).contains(true);
    assertThat(at.maximumFee()).contains(Cny.of("10875.00"));
    // 2.1751% is above the cap by 0.0001 pp: not within; the cap and the fee at it unchanged, the loan still capped
    GuaranteeFeeBenchmarkCapResult above = explain(qualifying("2019-08-20", "2019-08-20", "2020-08-20", "2.1751%",
        "500000"));
    assertThat(above.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(above.proposedWithinCap()).contains(false);
    assertThat(above.maximumFee()).contains(Cny.of("10875.00"));
    // 1% well below: within
    assertThat(explain(qualifying("2019-08-20", "2019-08-20", "2020-08-20", "1%", null)).proposedWithinCap())
        .contains(true);
    // no proposal, no principal: the cap alone
    GuaranteeFeeBenchmarkCapResult bare = explain(qualifying("2019-08-20", "2019-08-20", "2020-08-20", null, null));
    assertThat(bare.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(bare.proposedWithinCap()).isEmpty();
    assertThat(bare.maximumFee()).isEmpty();
  }

  //-------------------------------------------------------------------------
  // the term brackets of the PBoC benchmark (≤1y, 1–5y inclusive, >5y)
  @Test
  void test_termBrackets_eachBoundary() throws Exception {
    // 2023-03-15 → 2024-03-15: exactly one year, ≤1y: 4.35% × ½ = 2.175%; 1,000,000 × 2.175% × 12/12 = 21,750.00
    GuaranteeFeeBenchmarkCapResult oneYear = explain(qualifying("2023-03-10", "2023-03-15", "2024-03-15", null,
        "1000000"));
    assertThat(oneYear.termBracket()).isEqualTo(GuaranteeFeeTermBracket.UP_TO_1Y);
    assertThat(oneYear.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(oneYear.maximumFee()).contains(Cny.of("21750.00"));
    // → 2024-03-16: a year and a day, 1–5y: 4.75% × ½ = 2.375%; 12 months + 1 day = 361/360;
    // 1,000,000 × 2.375% × 361/360 = 23,815.972… → 23,815.97
    GuaranteeFeeBenchmarkCapResult yearAndDay = explain(qualifying("2023-03-10", "2023-03-15", "2024-03-16", null,
        "1000000"));
    assertThat(yearAndDay.termBracket()).isEqualTo(GuaranteeFeeTermBracket.OVER_1Y_TO_5Y);
    assertThat(yearAndDay.benchmarkRate()).contains(Rate.parse("4.75%"));
    assertThat(yearAndDay.feeRateCap()).contains(Rate.parse("2.375%"));
    assertThat(yearAndDay.maximumFee()).contains(Cny.of("23815.97"));
    // → 2028-03-15: five years exactly, still 1–5y (一至五年含五年): 1,000,000 × 2.375% × 60/12 = 118,750.00
    GuaranteeFeeBenchmarkCapResult fiveYears = explain(qualifying("2023-03-10", "2023-03-15", "2028-03-15", null,
        "1000000"));
    assertThat(fiveYears.termBracket()).isEqualTo(GuaranteeFeeTermBracket.OVER_1Y_TO_5Y);
    assertThat(fiveYears.maximumFee()).contains(Cny.of("118750.00"));
    // → 2028-03-16: over five years: 4.90% × ½ = 2.45%; 60 months + 1 day = 1,801/360;
    // 1,000,000 × 2.45% × 1801/360 = 122,568.0555… → 122,568.06
    GuaranteeFeeBenchmarkCapResult overFive = explain(qualifying("2023-03-10", "2023-03-15", "2028-03-16", null,
        "1000000"));
    assertThat(overFive.termBracket()).isEqualTo(GuaranteeFeeTermBracket.OVER_5Y);
    assertThat(overFive.benchmarkRate()).contains(Rate.parse("4.90%"));
    assertThat(overFive.feeRateCap()).contains(Rate.parse("2.45%"));
    assertThat(overFive.maximumFee()).contains(Cny.of("122568.06"));
  }

  @Test
  void test_fee_wholeMonthsAndOddDays_roundedOnce() throws Exception {
    // 2023-01-31 → 2023-08-15: whole months from 01-31: +6 = 07-31 ≤ 08-15, +7 = 08-31 > it: 6; odd days 07-31 →
    // 08-15 = 15; 6/12 + 15/360 = 195/360. 1,234,567.89 × 2.175% × 195/360 = 14,544.75295… → 14,544.75 (half-up once)
    assertThat(explain(qualifying("2023-01-20", "2023-01-31", "2023-08-15", null, "1234567.89")).maximumFee())
        .contains(Cny.of("14544.75"));
    // 2023-01-31 → 2023-02-28: the PBoC month rolls back to the month's end: one whole month, no odd day;
    // 800,000 × 2.175% × 1/12 = 1,450.00
    assertThat(explain(qualifying("2023-01-20", "2023-01-31", "2023-02-28", null, "800000")).maximumFee())
        .contains(Cny.of("1450.00"));
    // 2023-01-15 → 2023-07-30: 6 months + 15 days; 1,000,000 × 2.175% × 195/360 = 11,781.25
    assertThat(explain(qualifying("2023-01-10", "2023-01-15", "2023-07-30", null, "1000000")).maximumFee())
        .contains(Cny.of("11781.25"));
  }

  //-------------------------------------------------------------------------
  // the LPR options on each change day of the table (reference domain §2.9; the pack cn-reference-rates)
  @Test
  void test_lpr1y_eachChangeDayAndTheDayBefore() throws Exception {
    // {change day, 1-year LPR from it, 1-year LPR the day before}: cap = LPR × ½
    String[][] table = {
        {"2019-09-20", "4.20%", "4.25%"}, {"2019-11-20", "4.15%", "4.20%"}, {"2020-02-20", "4.05%", "4.15%"},
        {"2020-04-20", "3.85%", "4.05%"}, {"2021-12-20", "3.80%", "3.85%"}, {"2022-01-20", "3.70%", "3.80%"},
        {"2022-08-22", "3.65%", "3.70%"}, {"2023-06-20", "3.55%", "3.65%"}, {"2023-08-21", "3.45%", "3.55%"},
        {"2024-07-22", "3.35%", "3.45%"}, {"2024-10-21", "3.10%", "3.35%"}, {"2025-05-20", "3.00%", "3.10%"}};
    for (String[] row : table) {
      LocalDate day = LocalDate.parse(row[0]);
      Rate on = Rate.parse(row[1]);
      Rate before = Rate.parse(row[2]);
      GuaranteeFeeBenchmarkCapResult onDay = explain(lpr(qualifying(row[0], row[0], day.plusYears(1).toString(),
          null, null), GuaranteeFeeBenchmarkBasis.LPR_1Y));
      assertThat(onDay.benchmarkRate()).as(row[0]).contains(on);
      assertThat(onDay.benchmarkValidFrom()).as(row[0]).contains(day);
      assertThat(onDay.feeRateCap()).as(row[0]).contains(Rate.ofFraction(on.fraction().divide(BigDecimal.valueOf(2))));
      String eve = day.minusDays(1).toString();
      GuaranteeFeeBenchmarkCapResult dayBefore = explain(lpr(qualifying(eve, eve, day.plusYears(1).toString(), null,
          null), GuaranteeFeeBenchmarkBasis.LPR_1Y));
      assertThat(dayBefore.benchmarkRate()).as(eve).contains(before);
      assertThat(dayBefore.feeRateCap()).as(eve)
          .contains(Rate.ofFraction(before.fraction().divide(BigDecimal.valueOf(2))));
    }
    // two by hand, written out: 2022-08-22: 3.65% × ½ = 1.825%; 2024-10-21: 3.10% × ½ = 1.55%
    assertThat(explain(lpr(qualifying("2022-08-22", "2022-08-22", "2023-08-22", null, null),
        GuaranteeFeeBenchmarkBasis.LPR_1Y)).feeRateCap()).contains(Rate.parse("1.825%"));
    assertThat(explain(lpr(qualifying("2024-10-21", "2024-10-21", "2025-10-21", null, null),
        GuaranteeFeeBenchmarkBasis.LPR_1Y)).feeRateCap()).contains(Rate.parse("1.55%"));
    // 2019-08-20, the first announcement: 4.25% × ½ = 2.125%, valid from that day
    GuaranteeFeeBenchmarkCapResult first = explain(lpr(qualifying("2019-08-20", "2019-08-20", "2020-08-20", null,
        "1000000"), GuaranteeFeeBenchmarkBasis.LPR_1Y));
    assertThat(first.feeRateCap()).contains(Rate.parse("2.125%"));
    assertThat(first.benchmarkValidFrom()).contains(LocalDate.of(2019, 8, 20));
    // 1,000,000 × 2.125% × 12/12 = 21,250.00
    assertThat(first.maximumFee()).contains(Cny.of("21250.00"));
  }

  @Test
  void test_lpr5y_changeDays() throws Exception {
    // {day, 5-year LPR}: 2019-08-20 4.85%; 2019-11-19 still 4.85% (2019-09-20 republished 4.85%); 2019-11-20 4.80%;
    // 2022-05-19 4.60%; 2022-05-20 4.45%; 2024-02-20 3.95%; 2025-05-20 3.50%
    String[][] table = {{"2019-08-20", "4.85%", "2.425%"}, {"2019-11-19", "4.85%", "2.425%"},
        {"2019-11-20", "4.80%", "2.40%"}, {"2022-05-19", "4.60%", "2.30%"}, {"2022-05-20", "4.45%", "2.225%"},
        {"2024-02-19", "4.20%", "2.10%"}, {"2024-02-20", "3.95%", "1.975%"}, {"2025-05-20", "3.50%", "1.75%"}};
    for (String[] row : table) {
      GuaranteeFeeBenchmarkCapResult result = explain(lpr(qualifying(row[0], row[0], "2030-01-01", null, null),
          GuaranteeFeeBenchmarkBasis.LPR_5Y));
      assertThat(result.benchmarkRate()).as(row[0]).contains(Rate.parse(row[1]));
      assertThat(result.feeRateCap()).as(row[0]).contains(Rate.parse(row[2]));
    }
  }

  @Test
  void test_pboc_unchangedAcrossTheLprChangeDays() throws Exception {
    // the default reading: the PBoC benchmark has not changed since 2015-10-24, so a ≤1y loan is capped at 2.175% on
    // each side of an LPR change day (2024-10-20/21)
    for (String day : new String[] {"2024-10-20", "2024-10-21"}) {
      GuaranteeFeeBenchmarkCapResult result = explain(qualifying(day, day, "2025-04-20", null, null));
      assertThat(result.feeRateCap()).as(day).contains(Rate.parse("2.175%"));
      assertThat(result.benchmarkValidFrom()).as(day).contains(LocalDate.of(2015, 10, 24));
    }
  }

  //-------------------------------------------------------------------------
  // the borrower and the guarantor: known, not, unknown
  @Test
  void test_facts_knownNotAndUnknown() throws Exception {
    // not 专精特新: "对专精特新企业": ineligible; the cap is shown for reference (2.175%), the clause cited
    GuaranteeFeeBenchmarkCapResult notZjtx = explain(request("2023-03-10", "2023-03-15", "2024-03-15", false, true,
        "2%", "1000000"));
    assertThat(notZjtx.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(reasonCodes(notZjtx)).contains("not-specialised-and-innovative");
    assertThat(notZjtx.eligibility().missingFacts()).isEmpty();
    assertThat(notZjtx.feeRateCap()).contains(Rate.parse("2.175%"));
    // not a government guarantor: "鼓励政府性融资担保及再担保机构": ineligible
    GuaranteeFeeBenchmarkCapResult notGov = explain(request("2023-03-10", "2023-03-15", "2024-03-15", true, false,
        "2%", "1000000"));
    assertThat(notGov.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(reasonCodes(notGov)).contains("not-government-guarantor");
    // the recognition not given: undetermined, naming it; the cap still the figure the loan would get
    GuaranteeFeeBenchmarkCapResult unknownZjtx = explain(request("2023-03-10", "2023-03-15", "2024-03-15", null,
        true, "2%", "1000000"));
    assertThat(unknownZjtx.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknownZjtx.eligibility().missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(unknownZjtx.feeRateCap()).contains(Rate.parse("2.175%"));
    // the guarantor not given: undetermined, naming it
    GuaranteeFeeBenchmarkCapResult unknownGov = explain(request("2023-03-10", "2023-03-15", "2024-03-15", true,
        null, "2%", "1000000"));
    assertThat(unknownGov.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknownGov.eligibility().missingFacts()).containsExactly("/governmentGuarantor");
    // neither: both named
    assertThat(explain(request("2023-03-10", "2023-03-15", "2024-03-15", null, null, null, null)).eligibility()
        .missingFacts()).containsExactlyInAnyOrder("/specialisedAndInnovative", "/governmentGuarantor");
    // one known to fail decides: not 专精特新, the guarantor not given: ineligible, nothing asked
    GuaranteeFeeBenchmarkCapResult decided = explain(request("2023-03-10", "2023-03-15", "2024-03-15", false, null,
        null, null));
    assertThat(decided.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(decided.eligibility().missingFacts()).isEmpty();
  }

  //-------------------------------------------------------------------------
  // the engine over a profile: the recognition on the contract date, the guarantor, the draft status
  private static LoanFacts loan(String id, String contract, String drawdown, String maturity, LoanGuarantee g) {
    LoanFacts.Builder b = LoanFacts.builder().loanId(id).principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.parse(drawdown)).maturityDate(LocalDate.parse(maturity))
        .annualInterestRate(Rate.parse("4%"));
    if (contract != null) {
      b.contractDate(LocalDate.parse(contract));
    }
    if (g != null) {
      b.guaranteed(true).guarantee(g);
    }
    return b.build();
  }

  private static LoanGuarantee government(String fee) {
    return LoanGuarantee.builder().governmentGuarantor(true).feeRate(Rate.parse(fee)).build();
  }

  private static EnterpriseProfile firm(Qualification zjtx, Qualification littleGiant, LoanFacts... loans) {
    EnterpriseProfile.Builder b = EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).loans(List.of(loans));
    if (zjtx != null) {
      b.specialisedAndInnovative(zjtx);
    }
    if (littleGiant != null) {
      b.littleGiant(littleGiant);
    }
    return b.build();
  }

  private static Qualification since(String date) {
    return Qualification.builder().held(true).since(LocalDate.parse(date)).build();
  }

  private static Qualification until(String date) {
    return Qualification.builder().held(true).until(LocalDate.parse(date)).build();
  }

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static void assertDraft(MeasureOutcome outcome) {
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    // a draft never counts in a total
    assertThat(outcome.countedInTotal()).isFalse();
  }

  @Test
  void test_engine_recognitionOnTheContractDate() {
    // recognised from 2023-03-01; the loan drawn 2023-03-01, due 2024-03-01 (≤1y, 2.175%), 1,000,000, government
    // guarantor at 2%: contracted 2023-02-28, the day before: not a 专精特新企业 then, ineligible 0.00, nothing asked
    MeasureOutcome before = both(CAP_ID, firm(since("2023-03-01"), null, loan("L", "2023-02-28", "2023-03-01",
        "2024-03-01", government("2%"))), AS_OF);
    assertThat(before.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.amount()).isEqualTo(exactly("0.00"));
    assertThat(before.missingFacts()).isEmpty();
    assertDraft(before);
    // contracted 2023-03-01, the day recognised: 1,000,000 × 2.175% × 12/12 = 21,750.00, exact
    MeasureOutcome on = both(CAP_ID, firm(since("2023-03-01"), null, loan("L", "2023-03-01", "2023-03-01",
        "2024-03-01", government("2%"))), AS_OF);
    assertThat(on.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(on.amount()).isEqualTo(exactly("21750.00"));
    assertDraft(on);
    // held until 2023-03-01 (the last day, inclusive), contracted that day: still one, 21,750.00 whatever the
    // evaluation date (2023-06-30, after the recognition ended)
    MeasureOutcome lastDay = both(CAP_ID, firm(until("2023-03-01"), null, loan("L", "2023-03-01", "2023-03-01",
        "2024-03-01", government("2%"))), AS_OF);
    assertThat(lastDay.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(lastDay.amount()).isEqualTo(exactly("21750.00"));
    // held until 2023-02-28, contracted 2023-03-01, the 小巨人 recognition not given (register §4.6 item 59): it may
    // still run, so it is asked: undetermined, 0 – 21,750.00
    MeasureOutcome lapsed = both(CAP_ID, firm(until("2023-02-28"), null, loan("L", "2023-03-01", "2023-03-01",
        "2024-03-01", government("2%"))), AS_OF);
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    assertThat(lapsed.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("21750.00")));
    // ... and stated not held: ineligible
    MeasureOutcome noGiant = both(CAP_ID, firm(until("2023-02-28"), Qualification.held(false), loan("L",
        "2023-03-01", "2023-03-01", "2024-03-01", government("2%"))), AS_OF);
    assertThat(noGiant.verdict()).isEqualTo(Verdict.INELIGIBLE);
    // a 小巨人 held on the day qualifies as the draft's scope says (专精特新企业 含 小巨人): 21,750.00
    MeasureOutcome giant = both(CAP_ID, firm(until("2023-02-28"), Qualification.held(true), loan("L",
        "2023-03-01", "2023-03-01", "2024-03-01", government("2%"))), AS_OF);
    assertThat(giant.amount()).isEqualTo(exactly("21750.00"));
    // the recognition not given at all: undetermined 0 – 21,750.00, naming it
    MeasureOutcome unknown = both(CAP_ID, firm(null, null, loan("L", "2023-03-01", "2023-03-01", "2024-03-01",
        government("2%"))), AS_OF);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("21750.00")));
  }

  @Test
  void test_engine_guarantorAndContractDateFacts() {
    // the guarantor not said government or not: 0 – 21,750.00 naming it
    LoanGuarantee open = LoanGuarantee.builder().feeRate(Rate.parse("2%")).build();
    MeasureOutcome unknownGov = both(CAP_ID, firm(Qualification.held(true), null, loan("L", "2023-03-01",
        "2023-03-01", "2024-03-01", open)), AS_OF);
    assertThat(unknownGov.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknownGov.missingFacts()).containsExactly("/loans/0/guarantee/governmentGuarantor");
    assertThat(unknownGov.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("21750.00")));
    // a commercial guarantor: ineligible, 0.00
    LoanGuarantee commercial = LoanGuarantee.builder().governmentGuarantor(false).feeRate(Rate.parse("2%")).build();
    MeasureOutcome notGov = both(CAP_ID, firm(Qualification.held(true), null, loan("L", "2023-03-01", "2023-03-01",
        "2024-03-01", commercial)), AS_OF);
    assertThat(notGov.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(notGov.amount()).isEqualTo(exactly("0.00"));
    // a proposed fee above the cap (2.5% > 2.175%) leaves the ceiling where it is: 21,750.00
    MeasureOutcome above = both(CAP_ID, firm(Qualification.held(true), null, loan("L", "2023-03-01", "2023-03-01",
        "2024-03-01", government("2.5%"))), AS_OF);
    assertThat(above.amount()).isEqualTo(exactly("21750.00"));
    // the contract date not given: the drawdown date stands for it (register §4.3 item 20): drawn 2019-08-19,
    // outside (ineligible, event-outside-validity); drawn 2019-08-20, within: 2019-08-20 → 2020-08-20, 21,750.00
    MeasureOutcome drawnBefore = both(CAP_ID, firm(Qualification.held(true), null, loan("D", null, "2019-08-19",
        "2020-08-19", government("2%"))), AS_OF);
    assertThat(drawnBefore.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(drawnBefore.reasons()).extracting(Reason::code).contains(OUTSIDE);
    MeasureOutcome drawnFirst = both(CAP_ID, firm(Qualification.held(true), null, loan("D", null, "2019-08-20",
        "2020-08-20", government("2%"))), AS_OF);
    assertThat(drawnFirst.amount()).isEqualTo(exactly("21750.00"));
    assertThat(drawnFirst.notes()).extracting(Reason::code).contains("contract-date-from-drawdown");
    // two loans: OLD contracted 2019-08-19 (outside, adds nothing), NEW 2023-03-01 → 2024-03-01: the sum is NEW's
    // alone, 1,000,000 × 2.175% × 12/12 = 21,750.00
    MeasureOutcome mixed = both(CAP_ID, firm(Qualification.held(true), null,
        loan("OLD", "2019-08-19", "2019-08-20", "2020-08-20", government("2%")),
        loan("NEW", "2023-03-01", "2023-03-01", "2024-03-01", government("2%"))), AS_OF);
    assertThat(mixed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(mixed.amount()).isEqualTo(exactly("21750.00"));
  }

  @Test
  void test_engine_aLoanKnownUnguaranteed_orItsGuaranteeNotGiven() {
    // "政府性融资担保及再担保机构": a loan known to have no guarantee (guaranteed false) has no government guarantor:
    // ineligible, 0.00, nothing asked
    LoanFacts unguaranteed = LoanFacts.builder().loanId("U").principal(Cny.of("1000000"))
        .contractDate(LocalDate.of(2023, 3, 1)).drawdownDate(LocalDate.of(2023, 3, 1))
        .maturityDate(LocalDate.of(2024, 3, 1)).annualInterestRate(Rate.parse("4%")).guaranteed(false).build();
    MeasureOutcome none = both(CAP_ID, firm(Qualification.held(true), null, unguaranteed), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(exactly("0.00"));
    assertThat(none.missingFacts()).isEmpty();
    assertDraft(none);
    // neither guaranteed nor the guarantee given: 0 – 21,750.00 (1,000,000 × 2.175% × 12/12), asking first whether it
    // is guaranteed (register §4.6 item 69)
    LoanFacts silent = LoanFacts.builder().from(unguaranteed).guaranteed(Optional.empty()).build();
    MeasureOutcome open = both(CAP_ID, firm(Qualification.held(true), null, silent), AS_OF);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("21750.00")));
    assertThat(open.missingFacts()).containsExactly("/loans/0/guaranteed");
    // no loans given, the firm stating it holds no recognition (and no 小巨人 one): ineligible whatever its loans
    MeasureOutcome noLoans = both(CAP_ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).specialisedAndInnovative(Qualification.held(false)).build(), AS_OF);
    assertThat(noLoans.verdict()).isEqualTo(Verdict.INELIGIBLE);
    // no loans given, recognised: open, naming the loans
    MeasureOutcome loansOpen = both(CAP_ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .size(EnterpriseSize.SMALL).specialisedAndInnovative(Qualification.held(true)).build(), AS_OF);
    assertThat(loansOpen.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(loansOpen.missingFacts()).contains("/loans");
    assertDraft(loansOpen);
  }

  @Test
  void test_engineJson_draftStatusAndPointers() throws Exception {
    // the engine's JSON entry point: a loan contracted 2019-08-19 and one 2023-03-01 whose guarantor is not said
    String request = "{\"profile\": {\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\","
        + " \"specialisedAndInnovative\": {\"held\": true}, \"loans\": ["
        + "{\"loanId\": \"OLD\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"contractDate\":"
        + " \"2019-08-19\", \"drawdownDate\": \"2019-08-20\", \"maturityDate\": \"2020-08-20\", \"annualInterestRate\":"
        + " \"4%\", \"guaranteed\": true, \"guarantee\": {\"governmentGuarantor\": true, \"feeRate\": \"1%\"}},"
        + "{\"loanId\": \"NEW\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"contractDate\":"
        + " \"2023-03-01\", \"drawdownDate\": \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\":"
        + " \"4%\", \"guaranteed\": true, \"guarantee\": {\"feeRate\": \"1%\"}}]},"
        + " \"asOf\": \"2023-06-30\", \"measures\": [\"" + CAP_ID + "\"]}";
    JsonNode report = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request));
    JsonNode outcome = report.at("/outcomes/0");
    assertThat(outcome.at("/documentStatus").asText()).isEqualTo("DRAFT");
    assertThat(outcome.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    // OLD adds nothing; NEW 0 – 1,000,000 × 2.175% × 12/12 = 21,750.00, naming its guarantor
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("21750.00");
    assertThat(outcome.at("/missingFacts").toString()).isEqualTo("[\"/loans/1/guarantee/governmentGuarantor\"]");
    // the draft counts in no total: nothing in reach
    assertThat(outcome.at("/countedInTotal").asBoolean()).isFalse();
    // explained, with NEW's guarantor said to be a government one: OLD ineligible (event-outside-validity, its
    // contract date 2019-08-19 in the step), NEW 21,750.00 exact; the outcome eligible at 21,750.00
    JsonNode explained = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.replace(
        "\"measures\"", "\"explain\": true, \"measures\"").replace("{\"feeRate\": \"1%\"}",
        "{\"governmentGuarantor\": true, \"feeRate\": \"1%\"}")));
    assertThat(explained.at("/outcomes/0/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(explained.at("/outcomes/0/amount/minimum/amount").decimalValue()).isEqualByComparingTo("21750.00");
    assertThat(explained.at("/outcomes/0/amount/maximum/amount").decimalValue()).isEqualByComparingTo("21750.00");
    assertThat(explained.at("/outcomes/0/explanation").toString()).contains("contractDate = 2019-08-19");
    // OLD alone: ineligible at 0.00, the reason event-outside-validity
    JsonNode old = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.replace(
        "\"measures\"", "\"explain\": true, \"measures\"").replaceAll(",\\{\"loanId\": \"NEW\".*\\}\\]\\},",
        "]},")));
    assertThat(old.at("/outcomes/0/verdict").asText()).as(old.toString()).isEqualTo("INELIGIBLE");
    assertThat(old.at("/outcomes/0/reasons/0/code").asText()).isEqualTo(OUTSIDE);
    assertThat(old.at("/outcomes/0/documentStatus").asText()).isEqualTo("DRAFT");
  }

  //-------------------------------------------------------------------------
  // the books
  @Test
  void test_capBook_itemsAndTotals_sayDraft_andAgreeWithTheEngine() throws Exception {
    List<GuaranteeFeeBenchmarkCapRequest> book = List.of(
        // 1: outside (2019-08-19): ineligible, no rate, no amount
        qualifying("2019-08-19", "2019-08-20", "2020-08-20", "2%", "1000000"),
        // 2: 2019-08-20 at the cap: 2.175%, 500,000 × 2.175% = 10,875.00
        qualifying("2019-08-20", "2019-08-20", "2020-08-20", "2.175%", "500000"),
        // 3: the recognition not given: undetermined, the loan's cap 2.175%; as the engine reads it (register §4.6
        // item 76: the book items' amounts agree with the engine's), 0 – 1,000,000 × 2.175% = 0 – 21,750.00
        request("2023-03-10", "2023-03-15", "2024-03-15", null, true, "2%", "1000000"),
        // 4: not 专精特新: ineligible, no rate, no amount
        request("2023-03-10", "2023-03-15", "2024-03-15", false, true, "2%", "1000000"));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.guaranteeFeeCap(CAP).run(book, items::add);
    assertThat(items.get(0).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(0).reasonCode()).contains(OUTSIDE);
    assertThat(items.get(0).rate()).isEmpty();
    assertThat(items.get(0).amount()).isEmpty();
    assertThat(items.get(1).verdict()).contains(Verdict.ELIGIBLE);
    assertThat(items.get(1).rate()).contains(Rate.parse("2.175%"));
    assertThat(items.get(1).amount()).contains(AmountRange.exactly(Cny.of("10875.00")));
    assertThat(items.get(2).verdict()).contains(Verdict.UNDETERMINED);
    assertThat(items.get(2).missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThat(items.get(2).amount()).contains(new AmountRange(Cny.ZERO, Cny.of("21750.00")));
    assertThat(items.get(3).verdict()).contains(Verdict.INELIGIBLE);
    assertThat(items.get(3).amount()).isEmpty();
    assertThat(items).allSatisfy(item -> {
      assertThat(item.documentStatus()).contains(DocumentStatus.DRAFT);
      assertThat(item.indicativeOnly()).isTrue();
    });
    assertThat(BookCalculators.guaranteeFeeCap(CAP).documentStatus()).contains(DocumentStatus.DRAFT);
    // totals: 4 items, 1 eligible, 2 ineligible, 1 undetermined; 10,875.00 + (0 – 21,750.00) = 10,875.00 – 32,625.00
    assertThat(totals.items()).isEqualTo(4);
    assertThat(totals.eligible()).isEqualTo(1);
    assertThat(totals.ineligible()).isEqualTo(2);
    assertThat(totals.undetermined()).isEqualTo(1);
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("10875.00"), Cny.of("32625.00")));
    assertThat(totals.documentStatus()).contains(DocumentStatus.DRAFT);
    assertThat(totals.indicativeOnly()).isTrue();

    // NDJSON: every line and the totals line say "documentStatus":"DRAFT"
    StringBuilder file = new StringBuilder();
    for (GuaranteeFeeBenchmarkCapRequest r : book) {
      file.append(HuiqiJson.codec().with(io.github.huiqi.core.json.JsonOutput.COMPACT).write(r)).append('\n');
    }
    StringWriter out = new StringWriter();
    BookTotals written = BookNdjson.items(BookSource.ndjson(new StringReader(file.toString()),
        GuaranteeFeeBenchmarkCapRequest.class, r -> Optional.empty()), BookCalculators.guaranteeFeeCap(CAP), out,
        HuiqiJson.codec());
    assertThat(written).isEqualTo(totals);
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(5);
    for (String line : lines) {
      assertThat(MAPPER.readTree(line).findValue("documentStatus").asText()).as(line).isEqualTo("DRAFT");
    }
    JsonNode undetermined = MAPPER.readTree(lines[2]);
    assertThat(undetermined.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(undetermined.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("21750.00");
    JsonNode last = MAPPER.readTree(lines[4]).at("/totals");
    assertThat(last.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("10875.00");
    assertThat(last.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("32625.00");
    assertThat(last.at("/documentStatus").asText()).isEqualTo("DRAFT");
  }

  @Test
  void test_subsidyBook_saysInformational() throws Exception {
    // the small/micro guarantee-fee subsidy (2021 reply letter 二, the 2017 guide: 30% of the fee paid, loans
    // ≤3,000,000, fee rate ≤ 50% of the loan rate, ≤300,000 a year): a descriptive text, INFORMATIONAL
    GuaranteeFeeSubsidyMeasure subsidy = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    assertThat(subsidy.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    // E1: 2,000,000 at 3.8%, fee 1.9% = exactly 50% of 3.8% (不高于, inclusive), 38,000.00 paid: 30% = 11,400.00
    GuaranteeFeeSubsidyRequest e1 = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023,
        List.of(GuaranteeFeeSubsidyLoan.of("A", Cny.of("2000000"), LocalDate.of(2023, 4, 10), Rate.parse("3.8%"),
            Rate.parse("1.9%"), Cny.of("38000"))));
    // E2: the fee 1.91% > 1.9%: the loan does not qualify, 0.00
    GuaranteeFeeSubsidyRequest e2 = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023,
        List.of(GuaranteeFeeSubsidyLoan.of("B", Cny.of("2000000"), LocalDate.of(2023, 4, 10), Rate.parse("3.8%"),
            Rate.parse("1.91%"), Cny.of("38200"))));
    // E3: 3,000,000 exactly (≤300万 inclusive), 4% and 2%, 60,000 paid: 18,000.00; with a second loan of 3,000,000.01
    // (above the cap on principal, out) beside it: still 18,000.00
    GuaranteeFeeSubsidyRequest e3 = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.MICRO, "440305", 2023, List.of(
        GuaranteeFeeSubsidyLoan.of("C", Cny.of("3000000"), LocalDate.of(2023, 5, 1), Rate.parse("4%"),
            Rate.parse("2%"), Cny.of("60000")),
        GuaranteeFeeSubsidyLoan.of("D", Cny.of("3000000.01"), LocalDate.of(2023, 5, 1), Rate.parse("4%"),
            Rate.parse("2%"), Cny.of("60000"))));
    List<BookItem> items = new ArrayList<>();
    BookTotals totals = BookCalculators.guaranteeFeeSubsidy(subsidy).run(List.of(e1, e2, e3), items::add);
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of("11400.00")));
    assertThat(items.get(1).amount()).contains(AmountRange.exactly(Cny.of("0.00")));
    assertThat(items.get(2).amount()).contains(AmountRange.exactly(Cny.of("18000.00")));
    assertThat(items).allSatisfy(item -> {
      assertThat(item.documentStatus()).contains(DocumentStatus.INFORMATIONAL);
      // informational is not a draft: not flagged indicative
      assertThat(item.indicativeOnly()).isFalse();
    });
    // 11,400.00 + 0.00 + 18,000.00 = 29,400.00
    assertThat(totals.amount()).isEqualTo(AmountRange.exactly(Cny.of("29400.00")));
    assertThat(totals.documentStatus()).contains(DocumentStatus.INFORMATIONAL);
    assertThat(totals.indicativeOnly()).isFalse();
    assertThat(BookCalculators.guaranteeFeeSubsidy(subsidy).documentStatus()).contains(DocumentStatus.INFORMATIONAL);
    // NDJSON: each line and the totals line
    StringBuilder file = new StringBuilder();
    for (GuaranteeFeeSubsidyRequest r : List.of(e1, e2, e3)) {
      file.append(HuiqiJson.codec().with(io.github.huiqi.core.json.JsonOutput.COMPACT).write(r)).append('\n');
    }
    StringWriter out = new StringWriter();
    BookNdjson.items(BookSource.ndjson(new StringReader(file.toString()), GuaranteeFeeSubsidyRequest.class,
        r -> Optional.empty()), BookCalculators.guaranteeFeeSubsidy(subsidy), out, HuiqiJson.codec());
    String[] lines = out.toString().split("\n");
    assertThat(lines).hasSize(4);
    for (String line : lines) {
      assertThat(MAPPER.readTree(line).findValue("documentStatus").asText()).as(line).isEqualTo("INFORMATIONAL");
    }
    assertThat(MAPPER.readTree(lines[3]).at("/totals/amount/minimum/amount").decimalValue())
        .isEqualByComparingTo("29400.00");
    // a line that does not bind (a drawdown date 2023-02-30) fails naming its field, and says the status too
    StringWriter bad = new StringWriter();
    BookTotals badTotals = BookNdjson.items(BookSource.ndjson(new StringReader(file + "{\"subsidyYear\": 2023,"
        + " \"loans\": [{\"loanId\": \"X\", \"drawdownDate\": \"2023-02-30\"}]}\n"),
        GuaranteeFeeSubsidyRequest.class, r -> Optional.empty()), BookCalculators.guaranteeFeeSubsidy(subsidy), bad,
        HuiqiJson.codec());
    assertThat(badTotals.failed()).isEqualTo(1);
    assertThat(badTotals.amount()).isEqualTo(AmountRange.exactly(Cny.of("29400.00")));
    String failedLine = bad.toString().split("\n")[3];
    assertThat(failedLine).contains("\"failure\"").contains("\"documentStatus\":\"INFORMATIONAL\"");
    // an empty book still says the status in its totals
    StringWriter empty = new StringWriter();
    BookTotals none = BookNdjson.items(BookSource.ndjson(new StringReader(""), GuaranteeFeeSubsidyRequest.class,
        r -> Optional.empty()), BookCalculators.guaranteeFeeSubsidy(subsidy), empty, HuiqiJson.codec());
    assertThat(none.documentStatus()).contains(DocumentStatus.INFORMATIONAL);
    assertThat(empty.toString()).contains("\"documentStatus\":\"INFORMATIONAL\"");
  }
}
