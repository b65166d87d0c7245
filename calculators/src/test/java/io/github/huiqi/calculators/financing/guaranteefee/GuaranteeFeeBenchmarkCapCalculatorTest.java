package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link GuaranteeFeeBenchmarkCapCalculator} against the Shenzhen 专精特新 draft 第五条: "担保费率不高于国家当期银行贷款
 * 基准利率的二分之一", with the PBoC benchmark (4.35% / 4.75% / 4.90%) and the LPR table of domain reference §2.9.
 */
public class GuaranteeFeeBenchmarkCapCalculatorTest {

  private static final GuaranteeFeeBenchmarkCapMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final GuaranteeFeeBenchmarkCapCalculator SUT = GuaranteeFeeBenchmarkCapCalculator.DEFAULT;
  private static final LocalDate CONTRACT = LocalDate.of(2023, 5, 10);
  private static final LocalDate START = LocalDate.of(2023, 5, 12);

  private static GuaranteeFeeBenchmarkCapRequest loan(LocalDate maturity) {
    return GuaranteeFeeBenchmarkCapRequest.of(CONTRACT, START, maturity);
  }

  private static GuaranteeFeeBenchmarkCapRequest lpr(GuaranteeFeeBenchmarkBasis basis, LocalDate contract) {
    return GuaranteeFeeBenchmarkCapRequest.of(contract, contract, contract.plusYears(1))
        .withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withBenchmark(basis));
  }

  @Test
  void test_builtInMeasure_isDraft() {
    assertThat(MEASURE.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(MEASURE.capRatio().value()).isEqualTo(Rate.parse("50%"));
    assertThat(MEASURE.benchmark().value()).isEqualTo(GuaranteeFeeBenchmarkBasis.PBOC_BENCHMARK_BY_TERM);
  }

  @Test
  void test_cap_pbocBenchmarkByTermBracket() {
    // 第五条 with the PBoC benchmark: ≤1 year 4.35% × ½ = 2.175%
    GuaranteeFeeBenchmarkCapResult oneYear = SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 12)));
    assertThat(oneYear.termBracket()).isEqualTo(GuaranteeFeeTermBracket.UP_TO_1Y);
    assertThat(oneYear.benchmarkRate()).contains(Rate.parse("4.35%"));
    assertThat(oneYear.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(oneYear.benchmarkValidFrom()).contains(LocalDate.of(2015, 10, 24));
    // one day over a year: 1–5 years, 4.75% × ½ = 2.375%
    GuaranteeFeeBenchmarkCapResult overOne = SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 13)));
    assertThat(overOne.termBracket()).isEqualTo(GuaranteeFeeTermBracket.OVER_1Y_TO_5Y);
    assertThat(overOne.feeRateCap()).contains(Rate.parse("2.375%"));
    // exactly five years: still 1–5 years ("含五年"), 2.375%
    assertThat(SUT.feeRateCap(MEASURE, loan(LocalDate.of(2028, 5, 12)))).contains(Rate.parse("2.375%"));
    // one day over five years: 4.90% × ½ = 2.45%
    assertThat(SUT.feeRateCap(MEASURE, loan(LocalDate.of(2028, 5, 13)))).contains(Rate.parse("2.45%"));
  }

  @Test
  void test_cap_benchmarkReadOnTheContractDate() {
    // a host's measure valid from 2015-01-01 (the built-in one starts on 2019-08-20, register §4.6 item 86), so that
    // the benchmark's own change on 2015-10-24 is read
    GuaranteeFeeBenchmarkCapMeasure host = GuaranteeFeeBenchmarkCapValidityTest.validFrom(LocalDate.of(2015, 1, 1));
    // 2015-10-23: the 2015-08-26 benchmark 4.60% applies; × ½ = 2.30%
    GuaranteeFeeBenchmarkCapRequest before = GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2015, 10, 23),
        LocalDate.of(2015, 10, 26), LocalDate.of(2016, 10, 26));
    assertThat(SUT.feeRateCap(host, before)).contains(Rate.parse("2.3%"));
    // 2015-10-24: 4.35% from that day; × ½ = 2.175%
    GuaranteeFeeBenchmarkCapRequest on = GuaranteeFeeBenchmarkCapRequest.of(LocalDate.of(2015, 10, 24),
        LocalDate.of(2015, 10, 26), LocalDate.of(2016, 10, 26));
    assertThat(SUT.feeRateCap(host, on)).contains(Rate.parse("2.175%"));
  }

  @Test
  void test_cap_lprOptions() {
    // 1-year LPR on 2023-05-10: 3.65% (from 2022-08-22); × ½ = 1.825%
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, lpr(GuaranteeFeeBenchmarkBasis.LPR_1Y,
        CONTRACT));
    assertThat(result.benchmarkSeries()).isEqualTo(RateSeriesId.LPR_1Y);
    assertThat(result.feeRateCap()).contains(Rate.parse("1.825%"));
    // 2023-06-19, the day before the 2023-06-20 cut: still 3.65% → 1.825%; on 2023-06-20: 3.55% → 1.775%
    assertThat(SUT.feeRateCap(MEASURE, lpr(GuaranteeFeeBenchmarkBasis.LPR_1Y, LocalDate.of(2023, 6, 19))))
        .contains(Rate.parse("1.825%"));
    assertThat(SUT.feeRateCap(MEASURE, lpr(GuaranteeFeeBenchmarkBasis.LPR_1Y, LocalDate.of(2023, 6, 20))))
        .contains(Rate.parse("1.775%"));
    // 5-year LPR on 2023-05-10: 4.30% (from 2022-08-22); × ½ = 2.15%
    assertThat(SUT.feeRateCap(MEASURE, lpr(GuaranteeFeeBenchmarkBasis.LPR_5Y, CONTRACT))).contains(Rate.parse("2.15%"));
  }

  @Test
  void test_proposedRate_inclusiveCapAndMaximumFee() {
    GuaranteeFeeBenchmarkCapRequest atCap = loan(LocalDate.of(2024, 5, 12))
        .withProposal(Rate.parse("2.175%"), Cny.of("5000000"));
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, atCap);
    // "不高于": 2.175% at the cap of 2.175% is within
    assertThat(result.proposedWithinCap()).contains(true);
    // 2023-05-12 → 2024-05-12 = 12 whole months (366 days, 2024-02-29 inside): an annual cap, so under the
    // guarantee-fee convention 年费率 × 月 ÷ 12 (decisions register §4.3 item 21) a whole year costs exactly the cap:
    // 5,000,000 × 2.175% × 12/12 = 108,750.00 (ACT/360 gave 366/360 of it, 110,562.50)
    assertThat(result.maximumFee()).contains(Cny.of("108750.00"));
    GuaranteeFeeBenchmarkCapRequest above = loan(LocalDate.of(2024, 5, 12))
        .withProposal(Rate.parse("2.1751%"), Cny.of("5000000"));
    assertThat(SUT.explainFeeRateCap(MEASURE, above).proposedWithinCap()).contains(false);
    assertThat(SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 12))).proposedWithinCap()).isEmpty();
  }

  @Test
  void test_explanation_everyStepInOrder_withTheFeeAtTheCap() {
    // 第五条, a 专精特新 borrower and a government guarantor, contract 2023-05-10, one year from 2023-05-12, 2.2%
    // proposed on 5,000,000: the draft's status, the benchmark default, the two conditions, the ≤1-year bracket, the
    // PBoC 4.35% benchmark, the cap 4.35% × 50% = 2.175%, the proposal above it, the fee's day count and term
    // (12 whole months), the fee at the cap 5,000,000 × 2.175% × 12/12 = 108,750 and its rounding to 108,750.00
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 12))
        .withProposal(Rate.parse("2.2%"), Cny.of("5000000")));
    assertThat(result.explanation().steps()).extracting(step -> step.getClass().getSimpleName()).containsExactly(
        "InputStep", "DefaultUsedStep", "ConditionStep", "ConditionStep", "InputStep", "InputStep",
        "CalculationStep", "ConditionStep", "DefaultUsedStep", "PeriodStep", "CalculationStep", "RoundingStep");
    assertThat(((InputStep) result.explanation().steps().get(4)).value())
        .startsWith("UP_TO_1Y").contains("2023-05-12 → 2024-05-12");
    assertThat(((InputStep) result.explanation().steps().get(5)).value()).contains("4.35%").contains("2015-10-24");
    // the proposal's condition: 2.2% is above the cap, not met, and its detail says so
    assertThat(detailsOf(result.explanation(), "proposed fee rate")).containsExactly("2.2% > 2.175%");
    assertThat(result.maximumFee()).contains(Cny.of("108750.00"));
    // within the cap, the same condition is met with "≤"
    GuaranteeFeeBenchmarkCapResult within = SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 12))
        .withProposal(Rate.parse("2%"), Cny.of("5000000")));
    assertThat(detailsOf(within.explanation(), "proposed fee rate")).containsExactly("2% ≤ 2.175%");
    // a borrower known not to be 专精特新: the measure does not apply, and a conclusion closes the explanation
    GuaranteeFeeBenchmarkCapRequest notZjtx = GuaranteeFeeBenchmarkCapRequest.builder()
        .specialisedAndInnovative(false).governmentGuarantor(true).contractDate(CONTRACT).loanStart(START)
        .maturity(LocalDate.of(2024, 5, 12)).build();
    List<io.github.huiqi.core.result.ExplanationStep> steps = SUT.explainFeeRateCap(MEASURE, notZjtx).explanation()
        .steps();
    assertThat(((InputStep) steps.get(steps.size() - 1)).name().en()).contains("does not apply");
  }

  @Test
  void test_receipt_issuedUnlessOmitted_andTheDayCountOption() {
    GuaranteeFeeBenchmarkCapRequest request = loan(LocalDate.of(2024, 5, 12))
        .withProposal(Rate.parse("2%"), Cny.of("5000000"));
    assertThat(SUT.explainFeeRateCap(MEASURE, request, ReceiptChoice.ISSUE).explanation().receipt()).isPresent();
    assertThat(SUT.explainFeeRateCap(MEASURE, request, ReceiptChoice.OMIT).explanation().receipt()).isEmpty();
    // ACT/365F chosen: 5,000,000 × 2.175% × 366/365 = 108,750 × 366/365 = 109,047.945… → 109,047.95
    GuaranteeFeeBenchmarkCapResult act365 = SUT.explainFeeRateCap(MEASURE, request.withOptions(
        GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withDayCount(DayCount.ACT_365F)));
    assertThat(act365.maximumFee()).contains(Cny.of("109047.95"));
  }

  @Test
  void test_proposedRate_from0To100Percent() {
    // a fee rate is a ratio of the guaranteed amount: outside 0%..100% it is a typing error, named
    for (String rate : new String[] {"-0.01%", "100.01%"}) {
      assertThatThrownBy(() -> loan(LocalDate.of(2024, 5, 12)).withProposal(Rate.parse(rate), Cny.of("1000")))
          .isInstanceOfSatisfying(InvalidInputException.class,
              ex -> assertThat(ex.field()).isEqualTo("proposedFeeRate"));
    }
    assertThat(loan(LocalDate.of(2024, 5, 12)).withProposal(Rate.parse("100%"), Cny.of("1000")).proposedFeeRate())
        .contains(Rate.parse("100%"));
  }

  @Test
  void test_draft_statusCarriedAndExplained() {
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, loan(LocalDate.of(2024, 5, 12)));
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(result.indicativeOnly()).isTrue();
    InputStep first = (InputStep) result.explanation().steps().get(0);
    // the status's code as the value, what it means in each reader's language (the value once held both:
    // "DRAFT — 征求意见稿，不具约束力，所有数字仅供参考 / a draft for comment, …")
    assertThat(first.value()).isEqualTo("DRAFT");
    assertThat(first.render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("输入：文件状态：征求意见稿，不具约束力，所有数字仅供参考 = DRAFT");
    assertThat(first.render(Locale.ENGLISH))
        .isEqualTo("Input: document status: a draft for comment, not binding: every figure is indicative only = DRAFT");
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("仅供参考").contains("第五条");
  }

  @Test
  void test_eligibility() {
    GuaranteeFeeBenchmarkCapRequest unknown = GuaranteeFeeBenchmarkCapRequest.builder().governmentGuarantor(true)
        .contractDate(CONTRACT).loanStart(START).maturity(LocalDate.of(2024, 5, 12)).build();
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/specialisedAndInnovative");
    assertThatThrownBy(() -> SUT.feeRateCap(MEASURE, unknown)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/specialisedAndInnovative"));
    GuaranteeFeeBenchmarkCapRequest notZjtx = GuaranteeFeeBenchmarkCapRequest.builder().specialisedAndInnovative(false)
        .governmentGuarantor(true).contractDate(CONTRACT).loanStart(START).maturity(LocalDate.of(2024, 5, 12)).build();
    assertThat(SUT.feeRateCap(MEASURE, notZjtx)).isEmpty();
    assertThat(SUT.explainFeeRateCap(MEASURE, notZjtx).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-specialised-and-innovative");
  }

  @Test
  void test_ineligible_theConclusionInTheReadersLanguage() {
    // not 专精特新: the draft 第五条 does not apply, the cap is shown for reference, said in Chinese to a Chinese reader
    // (the step once read "输入：结论 = the measure does not apply to this loan; the cap is shown for reference")
    GuaranteeFeeBenchmarkCapRequest notZjtx = GuaranteeFeeBenchmarkCapRequest.builder().specialisedAndInnovative(false)
        .governmentGuarantor(true).contractDate(CONTRACT).loanStart(START).maturity(LocalDate.of(2024, 5, 12)).build();
    Explanation explanation = SUT.explainFeeRateCap(MEASURE, notZjtx).explanation();
    assertThat(explanation.render(Locale.SIMPLIFIED_CHINESE))
        .contains("输入：结论：本措施不适用于该笔贷款，所示上限仅供参考 = INELIGIBLE\n")
        .doesNotContain("does not apply");
    assertThat(explanation.render(Locale.ENGLISH))
        .contains("Input: conclusion: the measure does not apply to this loan; the cap is shown for reference");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheField() {
    assertThatThrownBy(() -> GuaranteeFeeBenchmarkCapRequest.of(START, CONTRACT, LocalDate.of(2024, 5, 12)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("loanStart"));
    assertThatThrownBy(() -> GuaranteeFeeBenchmarkCapRequest.of(CONTRACT, START, START))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("maturity"));
    assertThatThrownBy(() -> GuaranteeFeeBenchmarkCapRequest.of(null, START, LocalDate.of(2024, 5, 12)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("contractDate"));
    assertThatThrownBy(() -> loan(LocalDate.of(2024, 5, 12)).withProposal(Rate.parse("1%"), Cny.of("-100")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteedPrincipal"));
    // the LPR starts on 2019-08-20: under a host's measure valid from 2015-01-01 a contract the day before has no
    // LPR (under the built-in one, valid from 2019-08-20, it is outside the measure: the validity test)
    GuaranteeFeeBenchmarkCapMeasure host = GuaranteeFeeBenchmarkCapValidityTest.validFrom(LocalDate.of(2015, 1, 1));
    assertThatThrownBy(() -> SUT.feeRateCap(host, lpr(GuaranteeFeeBenchmarkBasis.LPR_1Y, LocalDate.of(2019, 8, 19))))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/contractDate");
          assertThat(ex.value()).isEqualTo("2019-08-19");
        });
  }

  @Test
  void test_badJson_namesThePointer() {
    String json = "{\"specialisedAndInnovative\":true,\"governmentGuarantor\":true,"
        + "\"contractDate\":\"2023-05-10\",\"loanStart\":\"2023-05-12\"}";
    assertThatThrownBy(() -> SUT.explainFeeRateCapJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/maturity"));
  }

  @Test
  void test_json_roundTripsAndInOut() {
    GuaranteeFeeBenchmarkCapRequest req = loan(LocalDate.of(2024, 5, 12)).withProposal(Rate.parse("2%"),
        Cny.of("5000000"))
        .withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withBenchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y));
    assertThat(HuiqiJson.read(HuiqiJson.write(req), GuaranteeFeeBenchmarkCapRequest.class)).isEqualTo(req);
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, req);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), GuaranteeFeeBenchmarkCapResult.class)).isEqualTo(result);
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURE), GuaranteeFeeBenchmarkCapMeasure.class)).isEqualTo(MEASURE);
    GuaranteeFeeBenchmarkCapResult viaJson = HuiqiJson.read(SUT.explainFeeRateCapJson(MEASURE, HuiqiJson.write(req)),
        GuaranteeFeeBenchmarkCapResult.class);
    // 1-year LPR 3.65% × ½ = 1.825%; 2% > 1.825%: not within
    assertThat(viaJson.feeRateCap()).contains(Rate.parse("1.825%"));
    assertThat(viaJson.proposedWithinCap()).contains(false);
    assertThat(viaJson.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
  }

  //-------------------------------------------------------------------------
  public static GuaranteeFeeBenchmarkCapRequest randomLoan(Random random) {
    LocalDate contract = Generators.date(random, LocalDate.of(2019, 8, 20), LocalDate.of(2025, 12, 31));
    LocalDate start = contract.plusDays(random.nextInt(30));
    LocalDate maturity = start.plusDays(1 + random.nextInt(3000));
    GuaranteeFeeBenchmarkBasis basis = GuaranteeFeeBenchmarkBasis.values()[random.nextInt(3)];
    return GuaranteeFeeBenchmarkCapRequest.of(contract, start, maturity)
        .withProposal(Rate.parse(Generators.percent(random, 0, 400)), Cny.of(Generators.yuan(random, 1, 30_000_000)))
        .withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withBenchmark(basis));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_capIsHalfTheBenchmarkAndTestConsistent(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeBenchmarkCapRequest req = randomLoan(random);
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, req);
    // cap × 2 = benchmark, exactly
    assertThat(result.feeRateCap().orElseThrow().fraction().multiply(BigDecimal.valueOf(2)))
        .isEqualByComparingTo(result.benchmarkRate().orElseThrow().fraction());
    // within ⇔ 2 × proposed ≤ benchmark (an independent form of proposed ≤ benchmark ÷ 2)
    boolean expected = req.proposedFeeRate().orElseThrow().fraction().multiply(BigDecimal.valueOf(2))
        .compareTo(result.benchmarkRate().orElseThrow().fraction()) <= 0;
    assertThat(result.proposedWithinCap()).contains(expected);
    // the maximum fee grows with the principal
    GuaranteeFeeBenchmarkCapRequest bigger = req.withProposal(req.proposedFeeRate().orElseThrow(),
        Cny.of(Cny.yuan(req.guaranteedPrincipal().orElseThrow(), "p").add(Generators.yuan(random, 0, 1_000_000))));
    assertThat(SUT.explainFeeRateCap(MEASURE, bigger).maximumFee().orElseThrow())
        .isGreaterThanOrEqualTo(result.maximumFee().orElseThrow());
  }

  @Test
  @Tag("threads")
  void test_concurrent_sameAsSequential() throws Exception {
    Random random = new Random(11L);
    List<GuaranteeFeeBenchmarkCapRequest> inputs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      inputs.add(randomLoan(random));
    }
    List<GuaranteeFeeBenchmarkCapResult> sequential = new ArrayList<>();
    for (GuaranteeFeeBenchmarkCapRequest req : inputs) {
      sequential.add(SUT.explainFeeRateCap(MEASURE, req));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<GuaranteeFeeBenchmarkCapResult>> futures = new ArrayList<>();
      for (GuaranteeFeeBenchmarkCapRequest req : inputs) {
        futures.add(pool.submit(() -> SUT.explainFeeRateCap(MEASURE, req)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_maximumFee_overOneToFiveYears() {
    // draft 第五条, a two-year loan: 1–5 years, 4.75% × ½ = 2.375%; 2023-05-12 → 2025-05-12 = 24 whole months
    // (731 days); 5,000,000 × 2.375% = 118,750 a year × 24/12 = 237,500.00, exactly two years at the cap (ACT/360
    // gave 731/360 of a year, 241,128.47)
    GuaranteeFeeBenchmarkCapRequest twoYears = loan(LocalDate.of(2025, 5, 12)).withProposal(Rate.parse("2.375%"),
        Cny.of("5000000"));
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, twoYears);
    assertThat(result.feeRateCap()).contains(Rate.parse("2.375%"));
    assertThat(result.maximumFee()).contains(Cny.of("237500.00"));
    assertThat(result.proposedWithinCap()).contains(true);
    assertThat(result.indicativeOnly()).isTrue();
  }

  @Test
  void test_eligibility_unknownOrCommercialGuarantor() {
    GuaranteeFeeBenchmarkCapRequest unknown = GuaranteeFeeBenchmarkCapRequest.builder().specialisedAndInnovative(true)
        .contractDate(CONTRACT).loanStart(START).maturity(LocalDate.of(2024, 5, 12)).build();
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/governmentGuarantor");
    // the cap is still reported, and the draft status with it: 4.35% × ½ = 2.175%
    assertThat(result.feeRateCap()).contains(Rate.parse("2.175%"));
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    GuaranteeFeeBenchmarkCapRequest commercial = GuaranteeFeeBenchmarkCapRequest.builder()
        .specialisedAndInnovative(true).governmentGuarantor(false).contractDate(CONTRACT).loanStart(START)
        .maturity(LocalDate.of(2024, 5, 12)).build();
    GuaranteeFeeBenchmarkCapResult notGovernment = SUT.explainFeeRateCap(MEASURE, commercial);
    assertThat(notGovernment.eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-government-guarantor");
    assertThat(notGovernment.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(SUT.feeRateCap(MEASURE, commercial)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_draftOnEveryResultWholeFenAndMonotoneInProposal(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeBenchmarkCapRequest req = randomLoan(random);
    GuaranteeFeeBenchmarkCapResult result = SUT.explainFeeRateCap(MEASURE, req);
    // every result carries the draft status, and the explanation opens with it
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(((InputStep) result.explanation().steps().get(0)).value()).startsWith("DRAFT");
    // the maximum fee is whole fen
    assertThat(Cny.yuan(result.maximumFee().orElseThrow(), "fee").stripTrailingZeros().scale())
        .isLessThanOrEqualTo(2);
    // a lower proposed rate than one within the cap is within too
    if (result.proposedWithinCap().orElseThrow()) {
      Rate lower = Rate.ofFraction(req.proposedFeeRate().orElseThrow().fraction()
          .multiply(BigDecimal.valueOf(random.nextInt(101), 2)));
      assertThat(SUT.explainFeeRateCap(MEASURE, req.withProposal(lower, req.guaranteedPrincipal().orElseThrow()))
          .proposedWithinCap()).contains(true);
    }
    // the plain form agrees with the explaining form
    assertThat(SUT.feeRateCap(MEASURE, req)).contains(result.feeRateCap().orElseThrow());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_zjtxGuarantorAndTheProposedRate() {
    LocalDate oneYear = LocalDate.of(2024, 5, 12);
    // 专精特新 and a government guarantor, no proposal: two conditions, both met
    assertOutcomes(SUT.explainFeeRateCap(MEASURE, loan(oneYear)).explanation(), MET, MET);
    // a proposal at the cap 4.35% × ½ = 2.175% is met ("不高于"); 2.176% is not
    GuaranteeFeeBenchmarkCapResult atCap = SUT.explainFeeRateCap(MEASURE, loan(oneYear)
        .withProposal(Rate.parse("2.175%"), Cny.of("5000000")));
    assertOutcomes(atCap.explanation(), MET, MET, MET);
    assertThat(detailsOf(atCap.explanation(), "proposed fee rate")).containsExactly("2.175% ≤ 2.175%");
    GuaranteeFeeBenchmarkCapResult above = SUT.explainFeeRateCap(MEASURE, loan(oneYear)
        .withProposal(Rate.parse("2.176%"), Cny.of("5000000")));
    assertOutcomes(above.explanation(), MET, MET, NOT_MET);
    assertThat(detailsOf(above.explanation(), "proposed fee rate")).containsExactly("2.176% > 2.175%");
    // not 专精特新; the guarantor unknown; the 专精特新 status unknown
    GuaranteeFeeBenchmarkCapRequest.Builder base = GuaranteeFeeBenchmarkCapRequest.builder().contractDate(CONTRACT)
        .loanStart(START).maturity(oneYear);
    assertOutcomes(SUT.explainFeeRateCap(MEASURE, base.specialisedAndInnovative(false).governmentGuarantor(true)
        .build()).explanation(), NOT_MET, MET);
    assertOutcomes(SUT.explainFeeRateCap(MEASURE, GuaranteeFeeBenchmarkCapRequest.builder().contractDate(CONTRACT)
        .loanStart(START).maturity(oneYear).specialisedAndInnovative(true).build()).explanation(), MET, UNKNOWN);
    assertOutcomes(SUT.explainFeeRateCap(MEASURE, GuaranteeFeeBenchmarkCapRequest.builder().contractDate(CONTRACT)
        .loanStart(START).maturity(oneYear).governmentGuarantor(false).build()).explanation(), UNKNOWN, NOT_MET);
  }
}
