package io.github.huiqi.calculators.grants.share;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Explanation;

/**
 * Evaluates a share of a base ({@link ShareMeasure}) for an enterprise profile: a payment to the firm.
 * <p>
 * The request is {@link ShareRequest#from(EnterpriseProfile)}: the profile's qualifications, {@code grantEvents} and
 * {@code size} under the same names, so every missing fact ({@code /grantEvents}, {@code /grantEvents/0/amount},
 * {@code /highTech}, {@code /size} for a measure for 中小企业) is already a profile pointer; the engine fills the size
 * of a profile that gives only its figures before the request is built. The outcome carries the calculator's
 * verdict, amount (exact, or {@code upTo} the share when the authority fixes the figure; the calculator applies the
 * measure's 中小企业 condition), the cap when it bound and the missing facts even when an event already earns a share;
 * the explaining form adds the reasons, the notes and the cited steps.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ShareEvaluator implements MeasureEvaluator<ShareMeasure> {

  /** The evaluator. */
  public static final ShareEvaluator DEFAULT = new ShareEvaluator();

  private ShareEvaluator() {
  }

  @Override
  public Class<ShareMeasure> measureType() {
    return ShareMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(ShareMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    ShareCalculator.Evaluation e = ShareCalculator.DEFAULT.evaluate(measure, sharedRequest(profile, context),
        explain);
    return outcome(e, context, AmountKind.PAYMENT_TO_FIRM, explain);
  }

  /**
   * The share request of a run's enterprise, built from the profile once a run and shared by every share measure.
   *
   * @param profile  the enterprise
   * @param context  the measure's context, whose run keeps the request
   * @return the request
   */
  static ShareRequest sharedRequest(EnterpriseProfile profile, EvaluationContext context) {
    return context.run().shared(EvaluationRun.profileKey(profile, "share-request"), ShareRequest.class,
        () -> ShareRequest.from(profile));
  }

  /** The outcome of a share's evaluation, whatever kind of money it is (a payment, or a fee saved). */
  static MeasureOutcome outcome(ShareCalculator.Evaluation e, EvaluationContext context, AmountKind kind,
      boolean explain) {
    MeasureOutcome.Builder builder = context.startOutcome(kind).verdict(e.verdict()).amount(e.amount())
        .addAllMissingFacts(e.missingFacts()).bindingLimit(e.bindingLimit());
    e.widthFixedByAuthority().ifPresent(width -> builder.widthFixedByAuthority(Cny.of(width)));
    if (explain) {
      builder.addAllReasons(e.eligibility().reasons()).addAllNotes(e.notes())
          .explanation(new Explanation(e.steps()));
    }
    return context.finish(builder);
  }
}
