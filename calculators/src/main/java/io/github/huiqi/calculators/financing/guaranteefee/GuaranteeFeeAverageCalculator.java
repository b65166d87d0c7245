package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageWeighting;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Calculates a guarantor's average guarantee fee rate over a period and tests it against a ceiling, such as
 * 沪企服办〔2023〕1号 第十五条: "政府性融资担保机构平均担保费率保持1%（含）以下".
 * <p>
 * Each guarantee counts for its days in force within the measure's period (2023), from the later of its start and the
 * period's first day (counted) to the earlier of its end and the day after the period's last day (not counted). With
 * the default weighting by amount and time,
 * <pre>
 *   average = Σ(amount × annual rate × days) ÷ Σ(amount × days)
 * </pre>
 * which is total fee income over total annualised guaranteed amount (the day basis cancels). The average is kept as
 * an exact fraction; the test {@code average ≤ ceiling} is exact and inclusive; the value shown is rounded half-up to
 * six decimals of a percent for display only. Fee income is each guarantee's {@code amount × rate × days ÷ basis}
 * rounded half-up to the fen once, summed.
 * <p>
 * The plain forms {@link #averageFeeRate} and {@link #isWithinCeiling} return one figure; the explaining form
 * {@link #explainAverageFeeRate} returns the verdict on the guarantor, the average, the test, the fee income, each
 * guarantee's part and an explanation citing each clause.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * GuaranteeFeeAverageMeasure measure = data.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
 * // the request: read from JSON here, or built in Java
 * GuaranteeFeeAverageRequest request = HuiqiJson.read(requestJson, GuaranteeFeeAverageRequest.class);
 * boolean within = GuaranteeFeeAverageCalculator.DEFAULT.isWithinCeiling(measure, request);
 * GuaranteeFeeAverageResult explained = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class GuaranteeFeeAverageCalculator {

  /** The calculator. */
  public static final GuaranteeFeeAverageCalculator DEFAULT = new GuaranteeFeeAverageCalculator();

  private static final Citation DISPLAY_ROUNDING = Citation.libraryDefault("decisions register §4.3 item 22",
      "the average is compared with the ceiling exactly; the value shown is rounded half-up to 8 decimals of the "
          + "fraction (6 decimals of a percent) for display only");
  private static final MoneyRounding DISPLAY =
      new MoneyRounding(GuaranteeFeeAverageRate.DISPLAY_SCALE, RoundingMode.HALF_UP);

  private GuaranteeFeeAverageCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the average annual fee rate of the book within the measure's period.
   *
   * @param measure  the measure, such as the built-in {@link GuaranteeFeeAverageMeasure#SHANGHAI_2023}
   * @param request  the guarantor's book
   * @return the exact average
   * @throws InvalidInputException if an argument is null or no guarantee is in force within the period
   */
  public GuaranteeFeeAverageRate averageFeeRate(GuaranteeFeeAverageMeasure measure,
      GuaranteeFeeAverageRequest request) {
    return evaluate(measure, request, false).average;
  }

  /**
   * Checks whether the book's average fee rate is at most the measure's ceiling, exactly and inclusively.
   *
   * @param measure  the measure
   * @param request  the guarantor's book
   * @return true if the average does not exceed the ceiling
   * @throws InvalidInputException if an argument is null or no guarantee is in force within the period
   */
  public boolean isWithinCeiling(GuaranteeFeeAverageMeasure measure, GuaranteeFeeAverageRequest request) {
    return evaluate(measure, request, false).average.isAtMost(measure.averageFeeCeiling().value());
  }

  /**
   * Calculates the average fee rate with the test, the fee income, each guarantee's part and the explanation.
   *
   * @param measure  the measure
   * @param request  the guarantor's book
   * @return the explained result
   * @throws InvalidInputException if an argument is null or no guarantee is in force within the period
   */
  public GuaranteeFeeAverageResult explainAverageFeeRate(GuaranteeFeeAverageMeasure measure,
      GuaranteeFeeAverageRequest request) {
    Evaluation e = evaluate(measure, request, true);
    Rate ceiling = measure.averageFeeCeiling().value();
    GuaranteeFeeAverageResult result = new GuaranteeFeeAverageResult(measure.id(), measure.documentStatus(),
        e.eligibility, e.weighting, e.average, ceiling, e.average.isAtMost(ceiling), Cny.of(e.feeIncome), e.parts,
        new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("financing.guarantee-fee-average.average-fee-rate", List.of(measure), request,
        Optional.empty(), result));
  }

  /**
   * Calculates the average fee rate from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link GuaranteeFeeAverageRequest} as JSON
   * @return a {@link GuaranteeFeeAverageResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer of the culprit
   */
  public String explainAverageFeeRateJson(GuaranteeFeeAverageMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    GuaranteeFeeAverageRequest request = HuiqiJson.read(requestJson, GuaranteeFeeAverageRequest.class);
    return HuiqiJson.write(explainAverageFeeRate(measure, request));
  }

  //-------------------------------------------------------------------------
  /** Both forms' one evaluation; package-private so that the family's evaluator can run the plain form. */
  Evaluation evaluate(GuaranteeFeeAverageMeasure measure, GuaranteeFeeAverageRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    GuaranteeFeeAverageOptions options = request.effectiveOptions();
    GuaranteeFeeAverageWeighting weighting = options.weighting().orElse(measure.weighting().value());
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    MoneyRounding rounding = measure.rounding().value();
    DateRange period = measure.policyPeriod().value();
    LocalDate periodStart = period.start();
    LocalDate periodEnd = period.end().orElseThrow().plusDays(1);
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("平均担保费率的加权方式", "weighting of the average"),
        weighting.name(), options.weighting().isPresent(), measure.weighting().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("在保时间的计算基础", "day count of time in force"),
        dayCount.code(), options.dayCount().isPresent(), measure.dayCount().citation()));

    TracedCondition guarantor = TracedCondition.of(request.governmentGuarantor(), Boolean::booleanValue,
        "/governmentGuarantor", "government-guarantor",
        () -> LocalizedText.of("担保机构为政府性融资担保机构", "guarantor is a government financing guarantor"),
        measure.averageFeeCeiling().citation());
    // The verdict's reasons are built only when explaining: the plain forms need the average alone.
    Eligibility eligibility = TracedCondition.decide(List.of(guarantor), steps).eligibility();

    BigDecimal numerator = BigDecimal.ZERO;
    BigDecimal denominator = BigDecimal.ZERO;
    BigDecimal feeIncome = BigDecimal.ZERO;
    List<GuaranteeFeeInPeriod> parts = new ArrayList<>();
    for (GuaranteeFeeRecord guarantee : request.guarantees()) {
      LocalDate from = guarantee.start().isAfter(periodStart) ? guarantee.start() : periodStart;
      LocalDate until = guarantee.end().isBefore(periodEnd) ? guarantee.end() : periodEnd;
      if (!until.isAfter(from)) {
        parts.add(new GuaranteeFeeInPeriod(guarantee.guaranteeId(), Optional.empty(), Optional.empty(),
            new YearFraction(0, dayCount == DayCount.ACT_365F ? 365 : 360), Cny.of(BigDecimal.ZERO)));
        steps.add(() -> new ConditionStep(LocalizedText.of("担保 " + guarantee.guaranteeId() + " 在 " + period
            + " 内在保", "guarantee " + guarantee.guaranteeId() + " in force within " + period),
            ConditionOutcome.NOT_MET, guarantee.start() + " → " + guarantee.end() + ": not counted",
            measure.policyPeriod().citation()));
        continue;
      }
      BigDecimal amount = Cny.positiveYuan(guarantee.guaranteedAmount(), "guaranteedAmount");
      Rate rate = guarantee.annualFeeRate();
      YearFraction time = dayCount.yearFraction(from, until);
      BigDecimal weight = amount.multiply(BigDecimal.valueOf(time.days()));
      BigDecimal fee = time.applyTo(rate.applyTo(amount), rounding);
      if (weighting == GuaranteeFeeAverageWeighting.AMOUNT_TIME) {
        numerator = numerator.add(rate.applyTo(weight));
        denominator = denominator.add(weight);
      } else {
        numerator = numerator.add(rate.fraction());
        denominator = denominator.add(BigDecimal.ONE);
      }
      feeIncome = feeIncome.add(fee);
      parts.add(new GuaranteeFeeInPeriod(guarantee.guaranteeId(), Optional.of(from), Optional.of(until), time,
          Cny.of(fee)));
      steps.add(() -> new PeriodStep(LocalizedText.of("担保 " + guarantee.guaranteeId() + " 在保期间",
          "guarantee " + guarantee.guaranteeId() + " in force"), from, until, dayCount, time,
          measure.policyPeriod().citation()));
      steps.add(() -> new CalculationStep(LocalizedText.of("担保 " + guarantee.guaranteeId() + " 担保费收入",
          "fee income of guarantee " + guarantee.guaranteeId()), amount.toPlainString() + " × " + rate + " × "
          + time, fee, measure.rounding().citation()));
    }
    if (denominator.signum() == 0) {
      throw new InvalidInputException("/guarantees", request.guarantees().size() + " guarantee(s)",
          "must hold at least one guarantee in force within " + period);
    }
    GuaranteeFeeAverageRate average = GuaranteeFeeAverageRate.of(numerator, denominator);
    BigDecimal num = numerator;
    BigDecimal den = denominator;
    steps.add(() -> new CalculationStep(LocalizedText.of("平均担保费率（精确分数）", "average fee rate (exact fraction)"),
        weighting == GuaranteeFeeAverageWeighting.AMOUNT_TIME ? "Σ(amount × rate × days) ÷ Σ(amount × days) = "
            + num.toPlainString() + " ÷ " + den.toPlainString()
            : "Σ rate ÷ n = " + num.toPlainString() + " ÷ " + den.toPlainString(),
        num.divide(den, 16, RoundingMode.HALF_UP), measure.weighting().citation(), true));
    steps.add(() -> RoundingStep.ofRates(num.divide(den, 16, RoundingMode.HALF_UP), average.rounded().fraction(),
        DISPLAY, DISPLAY_ROUNDING));
    Rate ceiling = measure.averageFeeCeiling().value();
    boolean within = average.isAtMost(ceiling);
    steps.add(() -> new ConditionStep(LocalizedText.of("平均担保费率不高于 " + ceiling + "（含）",
        "average fee rate at most " + ceiling + " (inclusive)"),
        within ? ConditionOutcome.MET : ConditionOutcome.NOT_MET,
        "exact: " + num.toPlainString() + (within ? " ≤ " : " > ") + ceiling + " × " + den.toPlainString(),
        measure.averageFeeCeiling().citation()));
    return new Evaluation(eligibility, weighting, average, feeIncome, parts, steps);
  }

  record Evaluation(
      Eligibility eligibility, // null in the plain form
      GuaranteeFeeAverageWeighting weighting,
      GuaranteeFeeAverageRate average,
      BigDecimal feeIncome,
      List<GuaranteeFeeInPeriod> parts,
      StepTrace steps) {
  }
}
