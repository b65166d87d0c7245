package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.q;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.steady;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.util.Locale;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked quarterly prepayments under the cumulative method (domain reference §2.12: eligibility on the figures
 * to date; §4.5 item 30: a negative difference carried to the annual settlement by default).
 */
class SmallLowProfitPrepaymentTest {

  private static SmallLowProfitPrepaymentRequest request(int through, String income, String prepaid) {
    return SmallLowProfitPrepaymentRequest.of(2023, through, Cny.of(income), steady(1, through, 100, "10000000"),
        Cny.of(prepaid));
  }

  private static BigDecimal payable(SmallLowProfitPrepaymentRequest request) {
    return Cny.yuan(CALCULATOR.prepaymentPayable(MEASURE, request), "payable");
  }

  @Test
  void test_positivePrepayments_quarterByQuarter() {
    // Q1 2023: 400,000 to date × 5% (2023年第6号) = 20,000; nothing prepaid → 20,000
    assertThat(payable(request(1, "400000", "0"))).isEqualByComparingTo("20000.00");
    // Q2: 1,200,000 to date → 50,000 + 200,000 × 5% = 60,000; less 20,000 prepaid → 40,000
    assertThat(payable(request(2, "1200000", "20000"))).isEqualByComparingTo("40000.00");
    // Q4: 3,200,000 to date exceeds 3,000,000 → 800,000 at 25%; less 60,000 → 740,000
    SmallLowProfitPrepaymentResult q4 = CALCULATOR.explainPrepaymentPayable(MEASURE, request(4, "3200000", "60000"));
    assertThat(q4.toDate().eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(Cny.yuan(q4.payable().maximum(), "payable")).isEqualByComparingTo("740000.00");
    assertThat(Cny.yuan(q4.creditCarried().maximum(), "credit")).isEqualByComparingTo("0");
  }

  @Test
  void test_negativeDifference_defaultCarriesTheCredit() {
    // Q3: income to date falls to 800,000 → 40,000; 60,000 prepaid → −20,000: nothing to pay, 20,000 carried
    SmallLowProfitPrepaymentResult result = CALCULATOR.explainPrepaymentPayable(MEASURE, request(3, "800000", "60000"));
    assertThat(result.negativePrepayment()).isEqualTo(SmallLowProfitNegativePrepayment.CARRY_TO_ANNUAL_SETTLEMENT);
    assertThat(Cny.yuan(result.payable().maximum(), "payable")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(result.creditCarried().maximum(), "credit")).isEqualByComparingTo("20000.00");
  }

  @Test
  void test_negativeDifference_refundOption() {
    SmallLowProfitPrepaymentRequest request = request(3, "800000", "60000")
        .withOptions(SmallLowProfitOptions.DEFAULTS.withNegativePrepayment(SmallLowProfitNegativePrepayment.REFUND));
    // 40,000 − 60,000 = −20,000 reported as a refund
    assertThat(payable(request)).isEqualByComparingTo("-20000.00");
    SmallLowProfitPrepaymentResult result = CALCULATOR.explainPrepaymentPayable(MEASURE, request);
    assertThat(Cny.yuan(result.creditCarried().maximum(), "credit")).isEqualByComparingTo("0");
  }

  @Test
  void test_averagesToDate_oneQuarterAboveTheLimit() {
    // Q1 (280+280)/2 = 280, Q2 (300+320)/2 = 310; to date (280 + 310) ÷ 2 = 295 ≤ 300 → eligible
    List<OperatingQuarter> quarters = List.of(q(1, 280, 280, "1", "1"), q(2, 300, 320, "1", "1"));
    SmallLowProfitPrepaymentRequest request = SmallLowProfitPrepaymentRequest.of(2023, 2, Cny.of("600000"),
        quarters, Cny.of("10000"));
    // 600,000 × 5% = 30,000; less 10,000 → 20,000
    assertThat(payable(request)).isEqualByComparingTo("20000.00");
    // Q1 alone above: (320+320)/2 = 320 → not eligible for Q1: 200,000 × 25% = 50,000
    SmallLowProfitPrepaymentRequest first = SmallLowProfitPrepaymentRequest.of(2023, 1, Cny.of("200000"),
        List.of(q(1, 320, 320, "1", "1")), Cny.of("0"));
    assertThat(payable(first)).isEqualByComparingTo("50000.00");
  }

  @Test
  void test_midYearStarter_prepaysOnItsOwnQuarters() {
    // started in Q3: Q3 (0 + 200)/2 = 100 → 100 ÷ 1; 300,000 × 5% = 15,000
    SmallLowProfitPrepaymentRequest request = SmallLowProfitPrepaymentRequest.of(2023, 3, Cny.of("300000"),
        List.of(q(3, 0, 200, "0", "8000000")), Cny.of("0"));
    assertThat(payable(request)).isEqualByComparingTo("15000.00");
  }

  //-------------------------------------------------------------------------
  // The prepayment's own steps, after the year-to-date evaluation: the tax already prepaid, the difference, the
  // treatment of a negative difference (only when there is one), and the amount payable.

  private static List<ExplanationStep> prepaymentSteps(SmallLowProfitPrepaymentRequest request) {
    List<ExplanationStep> steps = CALCULATOR.explainPrepaymentPayable(MEASURE, request).toDate().explanation().steps();
    int from = 0;
    for (int i = 0; i < steps.size(); i++) {
      if (steps.get(i) instanceof InputStep input && input.name().en().equals("tax already prepaid this year")) {
        from = i;
      }
    }
    return steps.subList(from, steps.size());
  }

  private static String formula(ExplanationStep step) {
    return ((CalculationStep) step).formula();
  }

  @Test
  void test_explanation_positiveDifference() {
    // Q2: 60,000 due to date − 20,000 prepaid = 40,000 payable; no negative difference to treat
    List<ExplanationStep> steps = prepaymentSteps(request(2, "1200000", "20000"));
    assertThat(steps).hasSize(3);
    assertThat(((InputStep) steps.get(0)).value()).isEqualTo("20000.00");
    assertThat(formula(steps.get(1))).isEqualTo("60000.00 − 20000.00");
    assertThat(((CalculationStep) steps.get(1)).result()).isEqualByComparingTo("40000.00");
    assertThat(formula(steps.get(2))).isEqualTo("max(difference, 0); the excess 0.00 waits for the annual settlement");
    assertThat(((CalculationStep) steps.get(2)).result()).isEqualByComparingTo("40000.00");
  }

  @Test
  void test_explanation_zeroDifference_noTreatmentStep() {
    // 60,000 due − 60,000 prepaid = 0: nothing payable, nothing carried, and no negative difference to treat
    SmallLowProfitPrepaymentRequest request = request(2, "1200000", "60000");
    assertThat(prepaymentSteps(request)).hasSize(3).noneMatch(DefaultUsedStep.class::isInstance);
    assertThat(payable(request)).isEqualByComparingTo("0");
  }

  @Test
  void test_explanation_negativeDifference_treatmentStated() {
    // Q3: 40,000 − 60,000 = −20,000: carried to the annual settlement by default (domain reference §4.5 item 30)
    List<ExplanationStep> carried = prepaymentSteps(request(3, "800000", "60000"));
    assertThat(carried).hasSize(4);
    DefaultUsedStep treatment = (DefaultUsedStep) carried.get(2);
    assertThat(treatment.value()).isEqualTo("CARRY_TO_ANNUAL_SETTLEMENT");
    assertThat(treatment.overridden()).isFalse();
    assertThat(formula(carried.get(3)))
        .isEqualTo("max(difference, 0); the excess 20000.00 waits for the annual settlement");
    // the refund option: the difference itself, negative
    List<ExplanationStep> refunded = prepaymentSteps(request(3, "800000", "60000").withOptions(
        SmallLowProfitOptions.DEFAULTS.withNegativePrepayment(SmallLowProfitNegativePrepayment.REFUND)));
    assertThat(((DefaultUsedStep) refunded.get(2)).value()).isEqualTo("REFUND");
    assertThat(((DefaultUsedStep) refunded.get(2)).overridden()).isTrue();
    assertThat(formula(refunded.get(3))).isEqualTo("difference, negative = refund");
  }

  @Test
  void test_explanation_undeterminedDifferenceShownAsARange() {
    // no quarters: the averages unknown, the tax due to date from 1,200,000 relieved (50,000 + 200,000 × 5% =
    // 60,000) to standard (1,200,000 × 25% = 300,000); less 20,000 prepaid
    SmallLowProfitPrepaymentRequest request = SmallLowProfitPrepaymentRequest.of(2023, 2, Cny.of("1200000"),
        List.of(), Cny.of("20000"));
    List<ExplanationStep> steps = prepaymentSteps(request);
    assertThat(formula(steps.get(1))).isEqualTo("[60000.00, 300000.00] − 20000.00");
    SmallLowProfitPrepaymentResult result = CALCULATOR.explainPrepaymentPayable(MEASURE, request);
    assertThat(Cny.yuan(result.payable().minimum(), "min")).isEqualByComparingTo("40000.00");
    assertThat(Cny.yuan(result.payable().maximum(), "max")).isEqualByComparingTo("280000.00");
    assertThat(result.toDate().explanation().render(Locale.ENGLISH)).contains("[60000.00, 300000.00]");
  }
}
