package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.SmallMicroIndustrial;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Decides membership of the 小升规 cultivation pool (Shenzhen 小升规方案 第四条: "以全市上一年度营业收入1000至2000万元的
 * 小微工业企业为对象，建立'小升规'企业培育库"): an industrial firm (GB/T 4754-2017 sections B, C, D), small or micro,
 * whose prior-year revenue is at least 10,000,000 and below 20,000,000. Every condition is reported; an unknown fact
 * makes the result undetermined, naming it, unless another condition fails.
 * <p>
 * The plain form {@link #isMember} returns the answer; the explaining form {@link #explainMembership} the verdict,
 * reasons and cited steps:
 * <pre>{@code
 * ScaleUpPoolMeasure measure = PolicyData.builtIn().getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
 * ScaleUpPoolRequest request = ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
 *     .priorYearRevenue(Cny.of("15000000")).build();
 * boolean member = ScaleUpPoolCalculator.DEFAULT.isMember(measure, request);                  // true
 * ScaleUpPoolResult explained = ScaleUpPoolCalculator.DEFAULT.explainMembership(measure, request);
 * }</pre>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ScaleUpPoolCalculator {

  /** The calculator. */
  public static final ScaleUpPoolCalculator DEFAULT = new ScaleUpPoolCalculator();

  private ScaleUpPoolCalculator() {
  }

  /**
   * Decides membership: the fast form, which builds no explanation.
   *
   * @param measure  the measure, such as the built-in {@link ScaleUpPoolMeasure#SHENZHEN_2022}
   * @param request  the firm's facts
   * @return true for a member
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the answer depends on facts the request does not give
   */
  public boolean isMember(ScaleUpPoolMeasure measure, ScaleUpPoolRequest request) {
    TracedCondition.Decision decision = evaluate(measure, request, new StepTrace(false));
    if (decision.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(decision.missingFacts());
    }
    return decision.verdict() == Verdict.ELIGIBLE;
  }

  /**
   * Decides membership with the verdict, reasons and explanation.
   *
   * @param measure  the measure
   * @param request  the firm's facts
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ScaleUpPoolResult explainMembership(ScaleUpPoolMeasure measure, ScaleUpPoolRequest request) {
    StepTrace steps = new StepTrace(true);
    TracedCondition.Decision decision = evaluate(measure, request, steps);
    ScaleUpPoolResult result = new ScaleUpPoolResult(measure.id(), measure.documentStatus(), decision.eligibility(),
        new Explanation(steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("classification.scale-up-pool.membership", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Decides membership from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link ScaleUpPoolRequest} as JSON
   * @return a {@link ScaleUpPoolResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /priorYearRevenue} for a negative amount)
   */
  public String explainMembershipJson(ScaleUpPoolMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMembership(measure, HuiqiJson.read(requestJson, ScaleUpPoolRequest.class)));
  }

  /** Decides the conditions: the one path of both forms and of the evaluator. */
  TracedCondition.Decision evaluate(ScaleUpPoolMeasure measure, ScaleUpPoolRequest request, StepTrace steps) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    BigDecimal minimum = Cny.yuan(measure.minimumRevenue().value(), "minimumRevenue");
    BigDecimal below = Cny.yuan(measure.revenueBelow().value(), "revenueBelow");
    Optional<BigDecimal> revenue = request.priorYearRevenue().map(a -> Cny.yuan(a, "priorYearRevenue"));
    List<TracedCondition> conditions = List.of(
        SmallMicroIndustrial.industrial(request.industryCode(), measure.smallMicroIndustrial()),
        SmallMicroIndustrial.smallOrMicro(request.size(), measure.smallMicroIndustrial()),
        TracedCondition.of(revenue, r -> r.compareTo(minimum) >= 0, "/priorYearRevenue",
            "prior-year-revenue-at-least-minimum", () -> LocalizedText.of("上一年度营业收入不低于 "
                + minimum.toPlainString() + " 元", "prior-year revenue at least CNY " + minimum.toPlainString()),
            measure.minimumRevenue().citation()),
        TracedCondition.of(revenue, r -> r.compareTo(below) < 0, "/priorYearRevenue",
            "prior-year-revenue-below-scale", () -> LocalizedText.of("上一年度营业收入低于 " + below.toPlainString()
                + " 元", "prior-year revenue below CNY " + below.toPlainString()), measure.revenueBelow().citation()));
    return TracedCondition.decide(conditions, steps);
  }
}
