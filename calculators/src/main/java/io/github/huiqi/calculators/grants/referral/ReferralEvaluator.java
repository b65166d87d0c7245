package io.github.huiqi.calculators.grants.referral;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;

/**
 * Evaluates a measure with no figure of its own ({@link ReferralMeasure}) for an enterprise profile: a non-monetary
 * outcome whose detail (in both forms) says the source gives no number and names the measures that carry the
 * figures; the verdict is {@link ReferralCalculator}'s, the required qualification tested on the evaluation date and,
 * for a measure of small and micro industrial firms (the 小升规 plan's), the profile's {@code industryCode} and
 * {@code size} (the entitlement engine derives the size from the figures when it is not given).
 * The explaining form adds the reasons, a note naming each measure referred to, a draft's status and the steps.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReferralEvaluator implements MeasureEvaluator<ReferralMeasure> {

  /** The evaluator. */
  public static final ReferralEvaluator DEFAULT = new ReferralEvaluator();

  private ReferralEvaluator() {
  }

  @Override
  public Class<ReferralMeasure> measureType() {
    return ReferralMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(ReferralMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    // one request for every referral measure of the run
    ReferralRequest request = context.run().shared(EvaluationRun.profileKey(profile, "referral-request"),
        ReferralRequest.class, () -> ReferralRequest.from(profile, context.asOf()));
    ReferralCalculator.Evaluation e = ReferralCalculator.DEFAULT.evaluate(measure, request, explain);
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY)
        .verdict(e.verdict())
        .amount(OutcomeAmount.ZERO)
        .addAllMissingFacts(e.missingFacts())
        .detail(ReferralCalculator.detail(measure.refersTo().value()));
    if (explain) {
      if (measure.documentStatus() == DocumentStatus.DRAFT) {
        builder.addNotes(new Reason("draft", LocalizedText.of("征求意见稿，不具约束力", "a draft for comment, not binding"),
            measure.noFigure()));
      }
      measure.refersTo().value().forEach(id -> builder.addNotes(new Reason("refers-to", LocalizedText.of(
          "金额见：" + title(context, id, true), "figures in: " + title(context, id, false)),
          measure.refersTo().citation())));
      builder.addAllReasons(e.eligibility().reasons()).explanation(new Explanation(e.steps()));
    }
    return context.finish(builder);
  }

  private static String title(EvaluationContext context, MeasureId id, boolean zh) {
    return context.data().findMeasure(id)
        .map(m -> zh ? m.title().zh() + "（" + id + "）" : m.title().en() + " (" + id + ")")
        .orElse(id.value());
  }
}
