package io.github.huiqi.calculators.procurement.reservation;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * Checks a government works project's SME reservation, a buyer-side rule: 深工信〔2023〕26号 第9条 / 沪企服办〔2023〕1号
 * 第十一条 ("预留份额阶段性提高至40%以上") with 财库〔2022〕19号.
 * <pre>
 *   budget ≤ 4,000,000  → reserved = budget (wholly for SMEs);
 *   budget > 4,000,000  → reserved ≥ 40% × budget,
 * </pre>
 * both limits included, compared unrounded: a 4,000,000.00 project must be wholly reserved; a 4,000,000.01 one needs
 * 1,600,000.004, so 1,600,000.00 falls short and 1,600,000.01 meets it.
 * <p>
 * Usage:
 * <pre>{@code
 * ReservationMeasure measure = PolicyData.builtIn().getMeasure(ReservationMeasure.SHENZHEN_2023);
 * boolean ok = ReservationCalculator.DEFAULT.meetsRule(measure, new ReservationRequest(budget, reserved));
 * ReservationResult explained = ReservationCalculator.DEFAULT.explainMeetsRule(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class ReservationCalculator {

  /** The calculator. */
  public static final ReservationCalculator DEFAULT = new ReservationCalculator();

  private ReservationCalculator() {
  }

  /**
   * Checks whether the project's reservation meets the rule: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link ReservationMeasure#SHENZHEN_2023}
   * @param request  the project
   * @return true if it meets the rule
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public boolean meetsRule(ReservationMeasure measure, ReservationRequest request) {
    return evaluate(measure, request, new StepTrace(false)).meetsRule();
  }

  /**
   * Checks the project's reservation, with the least it must reserve and the explanation.
   *
   * @param measure  the measure
   * @param request  the project
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public ReservationResult explainMeetsRule(ReservationMeasure measure, ReservationRequest request) {
    ReservationResult result = evaluate(measure, request, new StepTrace(true));
    return result.withReceipt(
        CalculatorReceipts.issue("procurement.reservation.meets-rule", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Checks a project from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link ReservationRequest} as JSON
   * @return a {@link ReservationResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainMeetsRuleJson(ReservationMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMeetsRule(measure, HuiqiJson.read(requestJson, ReservationRequest.class)));
  }

  private static ReservationResult evaluate(ReservationMeasure measure, ReservationRequest request, StepTrace steps) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    BigDecimal budget = Cny.positiveYuan(request.budget(), "budget");
    BigDecimal reserved = Cny.notNegativeYuan(request.reservedForSmes(), "reservedForSmes");
    BigDecimal limit = Cny.positiveYuan(measure.fullReservationLimit().value(), "fullReservationLimit");
    Rate share = measure.minimumShare().value();
    boolean whole = budget.compareTo(limit) <= 0;
    BigDecimal exact = whole ? budget : share.applyTo(budget);
    boolean meets = reserved.compareTo(exact) >= 0;
    BigDecimal required = exact.setScale(2, RoundingMode.CEILING);
    Citation cite = whole ? measure.fullReservationLimit().citation() : measure.minimumShare().citation();
    steps.add(() -> new InputStep(LocalizedText.of("采购预算 / 预留中小企业份额", "budget / reserved for SMEs"),
        budget.toPlainString() + " / " + reserved.toPlainString()));
    steps.add(() -> new ConditionStep(whole
        ? LocalizedText.of("预算不超过 " + limit.toPlainString() + " 元：全部预留给中小企业", "budget at most "
            + limit.toPlainString() + ": reserved wholly for SMEs")
        : LocalizedText.of("预算超过 " + limit.toPlainString() + " 元：预留份额不低于 " + share, "budget above "
            + limit.toPlainString() + ": at least " + share + " reserved"),
        meets ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, reserved.toPlainString() + " vs "
            + exact.toPlainString(), cite));
    return new ReservationResult(measure.id(), measure.documentStatus(), whole, Cny.of(required), meets,
        new Explanation(steps.list()));
  }
}
