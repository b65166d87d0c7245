package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.time.DayCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the guarantee-fee options, worked by hand and run through the plain, explaining, JSON and book forms:
 * the reduction a guarantor grants and the re-guarantee reduction (深工信〔2023〕26号 第6条 "担保费率最高减免40%、且不高于
 * 1%…可适当减收再担保费", register §1.2 card 000-6, §4.3 items 18 and 19), the fee period's day count (§4.3 item 21),
 * and the benchmark of the 专精特新 draft's cap ("担保费率不高于国家当期银行贷款基准利率的二分之一", §4.3 item 20).
 */
class GuaranteeFeeOptionsBlindAuditTest {

  private static final GuaranteeFeeReductionMeasure REDUCTION = PolicyData.builtIn().measures().stream()
      .filter(GuaranteeFeeReductionMeasure.class::isInstance).map(GuaranteeFeeReductionMeasure.class::cast)
      .findFirst().orElseThrow();
  private static final GuaranteeFeeBenchmarkCapMeasure CAP = PolicyData.builtIn().measures().stream()
      .filter(GuaranteeFeeBenchmarkCapMeasure.class::isInstance).map(GuaranteeFeeBenchmarkCapMeasure.class::cast)
      .findFirst().orElseThrow();
  private static final GuaranteeFeeReductionCalculator FEES = GuaranteeFeeReductionCalculator.DEFAULT;
  private static final GuaranteeFeeBenchmarkCapCalculator CAPS = GuaranteeFeeBenchmarkCapCalculator.DEFAULT;

  /** A small borrower, a government guarantor, 1,000,000 guaranteed 2023-03-01 → 2024-03-01: 12 months, 366 days. */
  private static GuaranteeFeeReductionRequest guarantee(String standard) {
    return GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse(standard),
        LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1));
  }

  private static void assertFee(GuaranteeFeeReductionRequest request, String rate, String fee, boolean ceiling) {
    assertThat(FEES.feeRate(REDUCTION, request)).isEqualTo(Rate.parse(rate));
    assertThat(FEES.fee(REDUCTION, request)).isEqualTo(Cny.of(fee));
    GuaranteeFeeReductionResult explained = FEES.explainFee(REDUCTION, request);
    GuaranteeFeeReductionResult json = HuiqiJson.read(FEES.explainFeeJson(REDUCTION, HuiqiJson.write(request)),
        GuaranteeFeeReductionResult.class);
    for (GuaranteeFeeReductionResult result : List.of(explained, json)) {
      assertThat(result.reducedFeeRate()).isEqualTo(Rate.parse(rate));
      assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of(fee)));
      assertThat(result.ceilingBinding()).as("ceiling binding").isEqualTo(ceiling);
    }
    List<BookItem> items = BookCalculators.guaranteeFeeReduction(REDUCTION).results(List.of(request).stream())
        .toList();
    assertThat(items.get(0).amount()).contains(AmountRange.exactly(Cny.of(fee)));
    assertThat(items.get(0).rate()).contains(Rate.parse(rate));
  }

  @Test
  void reduction_theCeilingBindsOnlyUnderASmallerReduction() {
    // default, the maximum 40%: 1.5% × 60% = 0.9% ≤ 1%; 1,000,000 × 0.9% × 12/12 = 9,000.00
    assertFee(guarantee("1.5%"), "0.9%", "9000.00", false);
    // 20%: 1.5% × 80% = 1.2% > 1%: the 1% ceiling binds (item 18: min(standard × (1 − r), 1%)): 10,000.00
    GuaranteeFeeReductionOptions twenty = GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.parse("20%"));
    assertFee(guarantee("1.5%").withOptions(twenty), "1%", "10000.00", true);
    // 1.25% × 80% = 1% exactly: it reaches the ceiling's figure, uncut; 10,000.00
    assertFee(guarantee("1.25%").withOptions(twenty), "1%", "10000.00", false);
    // 0%: 1.5%, the ceiling 1% binds: 10,000.00
    assertFee(guarantee("1.5%").withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.parse("0%"))),
        "1%", "10000.00", true);
  }

  @Test
  void dayCount_actualDaysOfALeapYear() {
    // ACT/360: 2023-03-01 → 2024-03-01 is 366 days: 1,000,000 × 0.9% × 366/360 = 9,150.00
    assertFee(guarantee("1.5%").withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(DayCount.ACT_360)),
        "0.9%", "9150.00", false);
    // ACT/365F: 9,000 × 366/365 = 9,024.657… → 9,024.66
    assertFee(guarantee("1.5%").withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(DayCount.ACT_365F)),
        "0.9%", "9024.66", false);
    // the standard fee under ACT/360: 1,000,000 × 1.5% × 366/360 = 15,250.00
    assertThat(FEES.explainFee(REDUCTION, guarantee("1.5%").withOptions(GuaranteeFeeReductionOptions.DEFAULTS
        .withDayCount(DayCount.ACT_360))).standardFee()).isEqualTo(Cny.of("15250.00"));
  }

  @Test
  void reGuaranteeReduction() {
    GuaranteeFeeReductionRequest request = GuaranteeFeeReductionRequest.builder().from(guarantee("1.5%"))
        .standardReGuaranteeFeeRate(Rate.parse("0.5%")).build();
    // default no reduction (item 19): 1,000,000 × 0.5% × 12/12 = 5,000.00
    GuaranteeFeeReGuarantee none = FEES.explainFee(REDUCTION, request).reGuarantee().orElseThrow();
    assertThat(none.fee()).isEqualTo(Cny.of("5000.00"));
    // 50%: 0.25%, 2,500.00; with ACT/360, 1,000,000 × 0.25% × 366/360 = 2,541.666… → 2,541.67
    GuaranteeFeeReductionOptions half = GuaranteeFeeReductionOptions.DEFAULTS
        .withReGuaranteeReduction(Rate.parse("50%"));
    for (GuaranteeFeeReductionResult result : List.of(FEES.explainFee(REDUCTION, request.withOptions(half)),
        HuiqiJson.read(FEES.explainFeeJson(REDUCTION, HuiqiJson.write(request.withOptions(half))),
            GuaranteeFeeReductionResult.class))) {
      assertThat(result.reGuarantee().orElseThrow().rate()).isEqualTo(Rate.parse("0.25%"));
      assertThat(result.reGuarantee().orElseThrow().fee()).isEqualTo(Cny.of("2500.00"));
      // the guarantee fee itself is unchanged: 9,000.00
      assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of("9000.00")));
    }
    assertThat(FEES.explainFee(REDUCTION, request.withOptions(half.withDayCount(DayCount.ACT_360))).reGuarantee()
        .orElseThrow().fee()).isEqualTo(Cny.of("2541.67"));
  }

  @Test
  void reduction_outOfRange_isATypedErrorOnEveryPath() {
    // 最高减免40%: a reduction above the measure's maximum is refused, naming it
    GuaranteeFeeReductionRequest request = guarantee("1.5%").withOptions(GuaranteeFeeReductionOptions.DEFAULTS
        .withReduction(Rate.parse("41%")));
    assertThatThrownBy(() -> FEES.fee(REDUCTION, request)).isInstanceOfSatisfying(InvalidInputException.class,
        e -> assertThat(e.field()).contains("reduction"));
    String json = HuiqiJson.write(request);
    assertThatThrownBy(() -> FEES.explainFeeJson(REDUCTION, json)).isInstanceOfSatisfying(
        InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/options/reduction"));
    assertThat(BookCalculators.guaranteeFeeReduction(REDUCTION).results(List.of(request).stream()).toList().get(0)
        .failure()).hasValueSatisfying(failure -> assertThat(failure.field()).contains("reduction"));
    // beyond 100% or negative: refused by the options themselves, in JSON too
    assertThatThrownBy(() -> FEES.explainFeeJson(REDUCTION, json.replace("\"41%\"", "\"101%\"")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/reduction"));
    assertThatThrownBy(() -> FEES.explainFeeJson(REDUCTION, json.replace("\"41%\"", "\"-1%\"")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/reduction"));
    assertThatThrownBy(() -> FEES.explainFeeJson(REDUCTION, json.replace("\"41%\"", "0.2")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/reduction"));
  }

  //-------------------------------------------------------------------------
  /**
   * A 专精特新 firm's loan with a government guarantor: 5,000,000 from two days after the contract for one year (≤ 1
   * year; 366 days, across 2024-02-29).
   */
  private static GuaranteeFeeBenchmarkCapRequest loan(LocalDate contract, String proposed) {
    return GuaranteeFeeBenchmarkCapRequest.builder().specialisedAndInnovative(true).governmentGuarantor(true)
        .contractDate(contract).loanStart(contract.plusDays(2)).maturity(contract.plusDays(2).plusYears(1))
        .proposedFeeRate(Rate.parse(proposed)).guaranteedPrincipal(Cny.of("5000000")).build();
  }

  private static void assertCap(GuaranteeFeeBenchmarkCapRequest request, String cap, boolean within, String fee) {
    assertThat(CAPS.feeRateCap(CAP, request)).contains(Rate.parse(cap));
    GuaranteeFeeBenchmarkCapResult explained = CAPS.explainFeeRateCap(CAP, request);
    GuaranteeFeeBenchmarkCapResult json = HuiqiJson.read(CAPS.explainFeeRateCapJson(CAP, HuiqiJson.write(request)),
        GuaranteeFeeBenchmarkCapResult.class);
    for (GuaranteeFeeBenchmarkCapResult result : List.of(explained, json)) {
      assertThat(result.feeRateCap()).contains(Rate.parse(cap));
      assertThat(result.proposedWithinCap()).contains(within);
      assertThat(result.maximumFee()).contains(Cny.of(fee));
    }
    // the book: the cap as the rate, the fee at the cap as the amount
    BookItem item = BookCalculators.guaranteeFeeCap(CAP).results(List.of(request).stream()).toList().get(0);
    assertThat(item.rate()).contains(Rate.parse(cap));
    assertThat(item.amount()).contains(AmountRange.exactly(Cny.of(fee)));
  }

  private static GuaranteeFeeBenchmarkCapOptions benchmark(GuaranteeFeeBenchmarkBasis basis) {
    return GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withBenchmark(basis);
  }

  @Test
  void benchmark_pbocOrLpr() {
    LocalDate may = LocalDate.of(2023, 5, 10);
    // default PBoC benchmark ≤ 1 year 4.35% (since 2015-10-24): cap 2.175%; 2% within; 5,000,000 × 2.175% = 108,750.00
    assertCap(loan(may, "2%"), "2.175%", true, "108750.00");
    // LPR_1Y on 2023-05-10: 3.65% (from 2022-08-22): cap 1.825%; 2% above it; 91,250.00
    assertCap(loan(may, "2%").withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)), "1.825%", false,
        "91250.00");
    // exactly at the cap (不高于): within; one hundredth of a point above: not
    assertCap(loan(may, "1.825%").withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)), "1.825%", true,
        "91250.00");
    assertCap(loan(may, "1.835%").withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)), "1.825%", false,
        "91250.00");
    // LPR_5Y 4.30%: cap 2.15%; 107,500.00
    assertCap(loan(may, "2%").withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_5Y)), "2.15%", true,
        "107500.00");
    // the LPR of 2023-06-20 (1Y 3.55%): a contract of 06-20 reads it, one of 06-19 still 3.65%
    assertCap(loan(LocalDate.of(2023, 6, 19), "2%").withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)),
        "1.825%", false, "91250.00");
    assertCap(loan(LocalDate.of(2023, 6, 20), "1.775%")
        .withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)), "1.775%", true, "88750.00");
    // ACT/360 for the fee at the PBoC cap: 2023-05-12 → 2024-05-12 is 366 days: 108,750 × 366/360 = 110,562.50
    assertCap(loan(may, "2%").withOptions(GuaranteeFeeBenchmarkCapOptions.DEFAULTS.withDayCount(DayCount.ACT_360)),
        "2.175%", true, "110562.50");
  }

  @Test
  void badBenchmarkInJson_isATypedErrorNamingTheOption() {
    String json = HuiqiJson.write(loan(LocalDate.of(2023, 5, 10), "2%")
        .withOptions(benchmark(GuaranteeFeeBenchmarkBasis.LPR_1Y)));
    for (String bad : new String[] {"\"LPR1Y\"", "\"lpr_1y\"", "1", "\"PBOC\""}) {
      assertThatThrownBy(() -> CAPS.explainFeeRateCapJson(CAP, json.replace("\"LPR_1Y\"", bad))).as(bad)
          .isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo("/options/benchmark"));
    }
  }

  //-------------------------------------------------------------------------
  private static final GuaranteeFeeAverageMeasure AVERAGE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);

  /** G1 9,000,000 at 0.8% for all of 2023, G2 1,000,000 at the given rate from 2023-01-01 to the given end. */
  private static GuaranteeFeeAverageRequest book(String g2Rate, LocalDate g2End) {
    return GuaranteeFeeAverageRequest.builder().governmentGuarantor(true).guarantees(List.of(
        GuaranteeFeeRecord.of("G1", Cny.of("9000000"), Rate.parse("0.8%"), LocalDate.of(2023, 1, 1),
            LocalDate.of(2024, 1, 1)),
        GuaranteeFeeRecord.of("G2", Cny.of("1000000"), Rate.parse(g2Rate), LocalDate.of(2023, 1, 1), g2End)))
        .build();
  }

  private static void assertAverage(GuaranteeFeeAverageRequest request, String rounded, boolean within,
      String feeIncome) {
    GuaranteeFeeAverageCalculator calculator = GuaranteeFeeAverageCalculator.DEFAULT;
    assertThat(calculator.isWithinCeiling(AVERAGE, request)).isEqualTo(within);
    for (GuaranteeFeeAverageResult result : List.of(calculator.explainAverageFeeRate(AVERAGE, request),
        HuiqiJson.read(calculator.explainAverageFeeRateJson(AVERAGE, HuiqiJson.write(request)),
            GuaranteeFeeAverageResult.class))) {
      if (rounded != null) {
        assertThat(result.averageFeeRate().rounded()).isEqualTo(Rate.parse(rounded));
      }
      assertThat(result.withinCeiling()).isEqualTo(within);
      assertThat(result.feeIncome()).isEqualTo(Cny.of(feeIncome));
    }
  }

  @Test
  void average_byCountOrByAmountAndTime() {
    LocalDate yearEnd = LocalDate.of(2024, 1, 1);
    GuaranteeFeeAverageOptions count = GuaranteeFeeAverageOptions.DEFAULTS
        .withWeighting(GuaranteeFeeAverageWeighting.COUNT);
    // 沪企服办〔2023〕1号 第十五条 "平均担保费率保持1%（含）以下"; fee income 72,000.00 + 20,000.00 = 92,000.00
    // amount × time (the default): 92,000 ÷ 10,000,000 = 0.92%, within
    assertAverage(book("2%", yearEnd), "0.92%", true, "92000.00");
    // by count: (0.8% + 2%) ÷ 2 = 1.4%, above the ceiling: the verdict turns
    assertAverage(book("2%", yearEnd).withOptions(count), "1.4%", false, "92000.00");
    // G2 at 1.2%: by count (0.8% + 1.2%) ÷ 2 = 1% exactly, within (含); by amount 84,000 ÷ 10,000,000 = 0.84%
    assertAverage(book("1.2%", yearEnd).withOptions(count), "1%", true, "84000.00");
    assertAverage(book("1.2%", yearEnd), "0.84%", true, "84000.00");
    // G2 to 2023-03-01: whole months (the default) 2/12: 1,000,000 × 2% ÷ 6 = 3,333.33; 72,000.00 + 3,333.33
    assertAverage(book("2%", LocalDate.of(2023, 3, 1)), null, true, "75333.33");
    // ACT/360: G1 9,000,000 × 0.8% × 365/360 = 73,000.00; G2 1,000,000 × 2% × 59/360 = 3,277.777… → 3,277.78
    assertAverage(book("2%", LocalDate.of(2023, 3, 1)).withOptions(GuaranteeFeeAverageOptions.DEFAULTS
        .withDayCount(DayCount.ACT_360)), null, true, "76277.78");
    assertThatThrownBy(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE,
        HuiqiJson.write(book("2%", yearEnd).withOptions(count)).replace("\"COUNT\"", "\"MEAN\"")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/weighting"));
  }
}
