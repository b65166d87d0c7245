package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Rates in explanations are written as percentages ("2% × (1 − 40%) = 1.2%", never "= 0.012"), while the steps hold
 * them as exact fractions; a step that is not a rate reads and writes as before (no {@code rate} property).
 */
class RateStepTest {

  private static final Citation CITED = Citation.sourceText("深工信〔2023〕26号", "第6条", "且不高于1%");
  private static final LocalizedText NAME = LocalizedText.of("减免后费率", "rate after the reduction");

  @Test
  void test_calculation_rateIsWrittenAsAPercentage() {
    // 2% × (1 − 40%) = 2% × 60% = 1.2%, held as the fraction 0.012
    CalculationStep step = CalculationStep.ofRate(NAME, "2% × (1 − 40%)", Rate.parse("2%").reducedBy(
        Rate.parse("40%")), CITED);
    assertThat(step.result()).isEqualByComparingTo("0.012");
    assertThat(step.rate()).isTrue();
    assertThat(step.render(Locale.ENGLISH)).contains("= 2% × (1 − 40%) = 1.2% [").doesNotContain("0.012");
    assertThat(step.render(Locale.SIMPLIFIED_CHINESE)).contains("= 1.2% [");
  }

  @Test
  void test_calculation_amountIsWrittenAsBefore() {
    CalculationStep step = new CalculationStep(NAME, "1000000 × 1% × 360/360", new BigDecimal("10000.00"), CITED);
    assertThat(step.rate()).isFalse();
    assertThat(step.render(Locale.ENGLISH)).endsWith("= 10000.00 [" + CITED.label() + "]");
  }

  @Test
  void test_cap_ratesAreWrittenAsPercentages() {
    // 1.2% capped at 1%: binding
    CapStep step = CapStep.ofRates(LocalizedText.of("担保费率不高于 1%", "fee rate at most 1%"), Rate.parse("1%"),
        Rate.parse("1.2%"), Rate.parse("1%"), CITED);
    assertThat(step.isBinding()).isTrue();
    assertThat(step.render(Locale.ENGLISH)).contains("fee rate at most 1% 1%; 1.2% → 1% (binding)");
    assertThat(step.render(Locale.SIMPLIFIED_CHINESE)).contains("1%；1.2% → 1%（封顶生效）");
  }

  @Test
  void test_rounding_rateScaleIsCountedInDecimalsOfThePercentage() {
    // 0.0123456789 rounded half-up to 8 decimals of the fraction is 0.01234568, six decimals of the percentage
    MoneyRounding eight = new MoneyRounding(8, RoundingMode.HALF_UP);
    RoundingStep step = RoundingStep.ofRates(new BigDecimal("0.0123456789"), new BigDecimal("0.01234568"), eight,
        CITED);
    assertThat(step.render(Locale.ENGLISH))
        .contains("1.23456789% → 1.234568% (HALF_UP, 6 decimals of the percentage)");
    assertThat(step.render(Locale.SIMPLIFIED_CHINESE)).contains("1.23456789% → 1.234568%（HALF_UP，保留百分数的 6 位小数）[");
  }

  @Test
  void test_period_wholeMonthsShowsTheMonthsAndOddDays() {
    // 2023-01-15 → 2024-02-20: 13 whole months (to 2024-02-15) + 5 days = (30 × 13 + 5)/360 = 395/360
    LocalDate start = LocalDate.of(2023, 1, 15);
    LocalDate end = LocalDate.of(2024, 2, 20);
    PeriodStep step = new PeriodStep(LocalizedText.of("担保期间", "guarantee period"), start, end,
        DayCount.WHOLE_MONTHS, DayCount.WHOLE_MONTHS.yearFraction(start, end), CITED);
    assertThat(step.yearFraction()).isEqualTo(new YearFraction(395, 360));
    assertThat(step.render(Locale.ENGLISH)).contains("= 401 days, WHOLE-MONTHS (13 whole months + 5 days) → 395/360");
    assertThat(step.render(Locale.SIMPLIFIED_CHINESE)).contains("（13 个整月 + 5 天） → 395/360");
  }

  @Test
  void test_json_rateStepsSayRateAndReadBack() {
    Explanation explanation = new Explanation(List.of(
        CalculationStep.ofRate(NAME, "2% × (1 − 40%)", Rate.parse("1.2%"), CITED),
        CapStep.ofRates(NAME, Rate.parse("1%"), Rate.parse("1.2%"), Rate.parse("1%"), CITED),
        RoundingStep.ofRates(new BigDecimal("0.0123456789"), new BigDecimal("0.01234568"),
            new MoneyRounding(8, RoundingMode.HALF_UP), CITED),
        new CalculationStep(NAME, "10000 × 1", new BigDecimal("10000"), CITED)));
    String json = HuiqiJson.write(explanation);
    // three rate steps say so; the amount step has no "rate" property at all
    assertThat(json.split("\"rate\" ?: ?true", -1)).hasSize(4);
    assertThat(json).doesNotContain("\"rate\" : false").doesNotContain("\"rate\":false");
    assertThat(HuiqiJson.read(json, Explanation.class)).isEqualTo(explanation);
  }

  @Test
  void test_json_stepWithoutRateReadsAsNotARate() {
    String json = "{\"steps\":[{\"step\":\"calculation\",\"name\":{\"zh\":\"贴息\",\"en\":\"subsidy\"},"
        + "\"formula\":\"1000000 × 2% × 181/360\",\"result\":10055.5555555556,\"citation\":"
        + HuiqiJson.write(CITED) + "}]}";
    Explanation read = HuiqiJson.read(json, Explanation.class);
    assertThat(read.stepsOf(CalculationStep.class)).singleElement()
        .satisfies(step -> assertThat(step.rate()).isFalse());
  }
}
