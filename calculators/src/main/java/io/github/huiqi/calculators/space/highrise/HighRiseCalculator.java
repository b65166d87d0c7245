package io.github.huiqi.calculators.space.highrise;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Tests a 工业上楼 project's average rent against the ceiling of 深工信〔2023〕26号 第3条 ("平均租金价格不高于35元/月/
 * 平方米"): a programme-level average, not a per-lease cap.
 * <pre>
 *   average = Σ monthly rent ÷ Σ area;  within the ceiling when Σ monthly rent ≤ 35 × Σ area,
 * </pre>
 * compared exactly (35.00 meets it, 35.01 does not); one lease above 35 does not fail a project whose average is
 * within. The average is reported rounded half-up to the fen. A lease without its monthly rent is named as
 * {@code /leases/i/monthlyRent}. This is the buyer's and the programme's check (the landlord's, the district's);
 * the evaluator applies it, for information, to a firm's own 工业上楼 leases.
 * <p>
 * Usage:
 * <pre>{@code
 * HighRiseMeasure measure = PolicyData.builtIn().getMeasure(HighRiseMeasure.SHENZHEN_2023);
 * boolean ok = HighRiseCalculator.DEFAULT.withinCeiling(measure, new HighRiseRequest(projectLeases));
 * HighRiseResult explained = HighRiseCalculator.DEFAULT.explainAverageRent(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class HighRiseCalculator {

  /** The calculator. */
  public static final HighRiseCalculator DEFAULT = new HighRiseCalculator();

  private HighRiseCalculator() {
  }

  /**
   * Tests whether the project's average rent is within the ceiling: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link HighRiseMeasure#SHENZHEN_2023}
   * @param request  the project's leases
   * @return true if the average is at most the ceiling
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if a lease's monthly rent is missing
   */
  public boolean withinCeiling(HighRiseMeasure measure, HighRiseRequest request) {
    return evaluate(measure, request, false).within;
  }

  /**
   * Calculates the project's average rent against the ceiling, with the explanation.
   *
   * @param measure  the measure
   * @param request  the project's leases
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if a lease's monthly rent is missing
   */
  public HighRiseResult explainAverageRent(HighRiseMeasure measure, HighRiseRequest request) {
    Evaluation e = evaluate(measure, request, true);
    HighRiseResult result = new HighRiseResult(measure.id(), measure.documentStatus(), e.area, Cny.of(e.rent),
        Cny.of(e.average), measure.averageRentCeiling().value(), e.within, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("space.high-rise.average-rent", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Tests a project from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link HighRiseRequest} as JSON
   * @return a {@link HighRiseResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainAverageRentJson(HighRiseMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainAverageRent(measure, HuiqiJson.read(requestJson, HighRiseRequest.class)));
  }

  //-------------------------------------------------------------------------
  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(HighRiseMeasure measure, HighRiseRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    List<String> missing = new ArrayList<>();
    BigDecimal area = BigDecimal.ZERO;
    BigDecimal rent = BigDecimal.ZERO;
    for (int i = 0; i < request.leases().size(); i++) {
      RentLease lease = request.leases().get(i);
      if (lease.monthlyRent().isEmpty()) {
        missing.add("/leases/" + i + "/monthlyRent");
        continue;
      }
      area = area.add(lease.area());
      rent = rent.add(Cny.notNegativeYuan(lease.monthlyRent().get(), "/leases/" + i + "/monthlyRent"));
    }
    if (!missing.isEmpty()) {
      throw new MissingFactsException(missing);
    }
    BigDecimal ceiling = Cny.positiveYuan(measure.averageRentCeiling().value(), "averageRentCeiling");
    boolean within = rent.compareTo(ceiling.multiply(area)) <= 0;
    MoneyRounding rounding = measure.rounding().value();
    // rounded once from the exact quotient: a 34-digit quotient rounded again can cross a half fen
    BigDecimal average = rent.divide(area, rounding.scale(), rounding.mode());
    // shown without trailing zeros: 1200 and 1200.000 square metres are the same area, and read the same
    String totalArea = area.signum() == 0 ? "0" : area.stripTrailingZeros().toPlainString();
    BigDecimal totalRent = rent;
    steps.add(() -> new CalculationStep(LocalizedText.of("面积加权平均租金（元/月/平方米）", "area-weighted average rent "
        + "(CNY per m² per month)"), totalRent.toPlainString() + " ÷ " + totalArea + " m²", average,
        measure.averageRule()));
    steps.add(() -> new ConditionStep(LocalizedText.of("平均租金不高于 " + ceiling.toPlainString() + " 元/月/平方米",
        "average rent at most " + ceiling.toPlainString() + " CNY per m² per month"), within
        ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, totalRent.toPlainString() + " vs " + ceiling
        .toPlainString() + " × " + totalArea + " (compared unrounded)",
        measure.averageRentCeiling().citation()));
    return new Evaluation(area, rent, average, within, steps);
  }

  /** The totals, the rounded average, the test and the steps. */
  record Evaluation(BigDecimal area, BigDecimal rent, BigDecimal average, boolean within, StepTrace steps) {
  }
}
