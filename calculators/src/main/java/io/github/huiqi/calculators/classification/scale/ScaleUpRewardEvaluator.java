package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.SmallMicroIndustrial;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates the 小升规 reward ({@link ScaleUpRewardMeasure}, 小升规方案 第四条) for an enterprise profile: a payment to
 * the firm of up to 200,000, {@link OutcomeAmount#upTo} the ceiling when eligible or undetermined (the authority fixes
 * the figure; the ceiling is the binding limit, citing 第四条), zero when ineligible.
 * <p>
 * The request is {@link ScaleUpRewardRequest#from}: the profile's {@code industryCode} and, year by year,
 * {@code aboveScale} and {@code revenue}. Missing facts are profile pointers: {@code /industryCode},
 * {@code /years/i/aboveScale}, {@code /years/i/revenue}, and {@code /years} when the years are not known or a year
 * the rule needs (the one before entry, the one after) is not in the profile; the explaining form gives the conditions
 * not decided as its reasons, the first entry among them when the years are not known. The year of first entry, once
 * found, is the outcome's detail in both forms.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScaleUpRewardEvaluator implements MeasureEvaluator<ScaleUpRewardMeasure> {

  /** The evaluator. */
  public static final ScaleUpRewardEvaluator DEFAULT = new ScaleUpRewardEvaluator();

  private static final LocalizedText CEILING_NAME = LocalizedText.of("首次纳入规上工业企业库奖励上限",
      "ceiling of the reward for a first entry into the above-scale industry database");

  private ScaleUpRewardEvaluator() {
  }

  @Override
  public Class<ScaleUpRewardMeasure> measureType() {
    return ScaleUpRewardMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(ScaleUpRewardMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    OutcomeAmount upTo = OutcomeAmount.upTo(Cny.of(Cny.yuan(measure.maximumReward().value(), "maximumReward")));
    if (profile.years().isEmpty() && profile.industryCode().isPresent()
        && !SmallMicroIndustrial.isIndustrial(profile.industryCode().get())) {
      return context.finish(notIndustrial(measure, builder, explain));
    }
    StepTrace steps = new StepTrace(explain);
    // years not known: the first entry is not known either, named as /years (no year to point into)
    ScaleUpRewardCalculator.Evaluation evaluation = profile.years().isEmpty()
        ? ScaleUpRewardCalculator.DEFAULT.evaluateWithoutYears(measure, profile.industryCode(), steps)
        : ScaleUpRewardCalculator.DEFAULT.evaluate(measure, ScaleUpRewardRequest.from(profile), steps);
    Verdict verdict = evaluation.decision().verdict();
    List<String> missing = new ArrayList<>(evaluation.decision().missingFacts().size());
    for (String fact : evaluation.decision().missingFacts()) {
      String pointer = fact.startsWith("/history") ? "/years" + fact.substring("/history".length()) : fact;
      if (!missing.contains(pointer)) {
        missing.add(pointer);
      }
    }
    builder.verdict(verdict).amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : upTo)
        .addAllMissingFacts(missing);
    if (verdict != Verdict.INELIGIBLE) {
      // the range's upper end is the clause's ceiling ("最高20万元"), which the authority fixes the figure within
      builder.bindingLimit(new BindingLimit("reward-ceiling", CEILING_NAME, measure.maximumReward().value(),
          measure.maximumReward().citation())).widthFixedByAuthority(upTo.width().orElseThrow());
    }
    // the entry year is part of the answer, in both forms
    evaluation.entryYear().ifPresent(year -> builder.detail(LocalizedText.of(year + "年首次纳入规上工业企业库",
        "first entered the above-scale industry database in " + year)));
    if (explain) {
      builder.addAllReasons(evaluation.decision().eligibility().reasons())
          .explanation(new Explanation(steps.list()));
    }
    return context.finish(builder);
  }

  private static MeasureOutcome.Builder notIndustrial(ScaleUpRewardMeasure measure, MeasureOutcome.Builder builder,
      boolean explain) {
    if (explain) {
      builder.addReasons(new Reason("not-industrial-enterprise", LocalizedText.of("非工业企业（GB/T 4754-2017 门类 B、C、D）",
          "not an industrial enterprise (GB/T 4754-2017 sections B, C, D)"), measure.firstEntry()));
    }
    return builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
  }
}
