package io.github.huiqi.calculators.employment.training;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ItemsTotalStep;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates the subsidy to the organiser of 专精特新 entrepreneur training, under the Shenzhen 专精特新 draft 第十四条:
 * "对实施培训项目的承办机构，按参与企业人次，给予每人每次最高2万元补贴".
 * <pre>
 *   maximum = Σ over the programme's sessions of trainees × min(20,000, cost per trainee),
 * </pre>
 * the subsidy being the range [0, maximum]. A session whose programme is not known names
 * {@code /trainingSessions/i/specialisedProgramme}.
 * <p>
 * Usage:
 * <pre>{@code
 * TrainingMeasure measure = PolicyData.builtIn().getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
 * MonetaryAmount upTo = TrainingCalculator.DEFAULT.maximumSubsidy(measure, new TrainingRequest(sessions));
 * TrainingResult explained = TrainingCalculator.DEFAULT.explainMaximumSubsidy(measure, request);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class TrainingCalculator {

  /** The calculator. */
  public static final TrainingCalculator DEFAULT = new TrainingCalculator();

  static final LocalizedText CAP_NAME = LocalizedText.of("每人每次补贴上限", "cap per trainee per session");

  private TrainingCalculator() {
  }

  /**
   * Calculates the most the subsidy can be: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link TrainingMeasure#SHENZHEN_DRAFT}
   * @param request  the sessions
   * @return the maximum, CNY at the fen's scale
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the maximum depends on a session whose programme is not known, naming it (a
   *     session of no trainee or no cost adds nothing either way, and leaves the maximum determined)
   */
  public MonetaryAmount maximumSubsidy(TrainingMeasure measure, TrainingRequest request) {
    Evaluation e = evaluate(measure, request, false);
    if (e.maximum.compareTo(e.possible) != 0) {
      throw new MissingFactsException(e.missing);
    }
    return Cny.of(e.maximum);
  }

  /**
   * Calculates the subsidy's range with the verdict, the binding cap and the explanation.
   *
   * @param measure  the measure
   * @param request  the sessions
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public TrainingResult explainMaximumSubsidy(TrainingMeasure measure, TrainingRequest request) {
    Evaluation e = evaluate(measure, request, true);
    TrainingResult result = new TrainingResult(measure.id(), measure.documentStatus(), e.decision.eligibility(),
        new AmountRange(Cny.ZERO, Cny.of(e.possible)), e.missing, Optional.ofNullable(e.binding),
        new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("employment.training.maximum-subsidy", List.of(measure), request, Optional.empty(),
        result));
  }

  /**
   * Calculates the subsidy from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link TrainingRequest} as JSON
   * @return a {@link TrainingResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainMaximumSubsidyJson(TrainingMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainMaximumSubsidy(measure, HuiqiJson.read(requestJson, TrainingRequest.class)));
  }

  /** The one path of both forms and of the evaluator. */
  Evaluation evaluate(TrainingMeasure measure, TrainingRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    BigDecimal cap = Cny.positiveYuan(measure.capPerTraineeSession().value(), "capPerTraineeSession");
    BigDecimal maximum = BigDecimal.ZERO.setScale(2);
    BigDecimal possible = maximum;
    boolean binds = false;
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    // the facts of open sessions that add nothing either way (no trainee, no cost)
    List<String> decideNoMoney = new ArrayList<>();
    List<BigDecimal> eligible = new ArrayList<>();
    for (int i = 0; i < request.trainingSessions().size(); i++) {
      TrainingSession session = request.trainingSessions().get(i);
      String at = "/trainingSessions/" + i;
      TracedCondition.Decision decision = TracedCondition.decide(List.of(TracedCondition.of(
          session.specialisedProgramme(), Boolean::booleanValue, at + "/specialisedProgramme",
          "specialised-programme", () -> LocalizedText.of("专精特新企业家培训项目（承办机构）",
              "a 专精特新 entrepreneur training session the firm organised"), measure.programmeRule())), steps);
      decisions.add(decision);
      missing.addAll(decision.missingFacts());
      if (decision.verdict() == Verdict.INELIGIBLE) {
        continue;
      }
      BigDecimal cost = Cny.notNegativeYuan(session.costPerTrainee(), at + "/costPerTrainee");
      BigDecimal per = cost.min(cap);
      BigDecimal amount = per.multiply(BigDecimal.valueOf(session.trainees())).setScale(2);
      binds |= cost.compareTo(cap) > 0 && session.trainees() > 0;
      possible = possible.add(amount);
      if (decision.verdict() == Verdict.UNDETERMINED && amount.signum() == 0) {
        decideNoMoney.addAll(decision.missingFacts());
      }
      if (decision.verdict() == Verdict.ELIGIBLE) {
        maximum = maximum.add(amount);
        eligible.add(amount);
      }
      steps.add(() -> new CalculationStep(LocalizedText.of("参与企业人次 × min（上限，人均费用）", "trainees × min(cap, "
          + "cost per trainee)"), session.trainees() + " × min(" + cap.toPlainString() + ", " + cost.toPlainString()
          + ")", amount, measure.capPerTraineeSession().citation()));
    }
    if (explain) {
      // the eligible sessions in all: the ceiling the outcome states (最高, so its least is zero)
      ItemsTotalStep.of(LocalizedText.of("各次培训补贴上限合计（符合条件的各次培训）", "the sessions' ceilings in all "
          + "(the eligible sessions)"), eligible, measure.capPerTraineeSession().citation())
          .ifPresent(step -> steps.add(() -> step));
    }
    TracedCondition.Decision combined = decisions.isEmpty() ? new TracedCondition.Decision(Verdict.INELIGIBLE,
        List.of(), explain ? new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-training-sessions",
            LocalizedText.of("没有承办的培训", "no session organised"), measure.programmeRule())), List.of()) : null)
        : EnterpriseCap.combine(decisions);
    if (combined.verdict() == Verdict.ELIGIBLE) {
      // another session already makes the organiser eligible: a session that adds nothing either way decides
      // nothing, and is not asked about (decisions register §4.6 item 45), as the plain form already read it
      missing.removeAll(decideNoMoney);
    }
    BindingLimit binding = binds ? new BindingLimit("cap-per-trainee-session", CAP_NAME,
        measure.capPerTraineeSession().value(), measure.capPerTraineeSession().citation()) : null;
    return new Evaluation(combined, maximum, possible, List.copyOf(missing), binding, steps);
  }

  /** The verdict, the eligible and the possible maximum, the missing facts, the cap when binding, and the steps. */
  record Evaluation(TracedCondition.Decision decision, BigDecimal maximum, BigDecimal possible, List<String> missing,
      BindingLimit binding, StepTrace steps) {
  }
}
