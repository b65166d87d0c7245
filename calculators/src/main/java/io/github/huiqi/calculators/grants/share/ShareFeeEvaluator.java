package io.github.huiqi.calculators.grants.share;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;

/**
 * Evaluates a fee charged at a share of its standard ({@link ShareFeeMeasure}, such as the Shenzhen 专精特新 draft
 * 第十二条: "按50%比例收取服务费用") for an enterprise profile: the fee saved, {@link AmountKind#FEE_SAVED}.
 * <p>
 * The arithmetic is {@link ShareCalculator}'s on {@link ShareFeeMeasure#asShare()}: for each listed platform's
 * service in the profile's {@code grantEvents} (its {@code amount} the standard fee) while the enterprise holds the
 * 专精特新 recognition on the service's date, the standard fee less the fee charged, the charged share of it rounded
 * half-up to the fen (decisions register §4.6 item 51: the fee charged and the fee saved add up to the
 * standard). Missing facts name the profile ({@code /grantEvents}, {@code /grantEvents/0/amount},
 * {@code /specialisedAndInnovative}). A draft's outcome carries
 * {@link io.github.huiqi.core.policy.DocumentStatus#DRAFT}, says so in its notes and never counts in a total.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ShareFeeEvaluator implements MeasureEvaluator<ShareFeeMeasure> {

  /** The evaluator. */
  public static final ShareFeeEvaluator DEFAULT = new ShareFeeEvaluator();

  private ShareFeeEvaluator() {
  }

  @Override
  public Class<ShareFeeMeasure> measureType() {
    return ShareFeeMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.FEE_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(ShareFeeMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    ShareCalculator.Evaluation e = ShareCalculator.DEFAULT.evaluateFee(measure,
        ShareEvaluator.sharedRequest(profile, context), explain);
    return ShareEvaluator.outcome(e, context, AmountKind.FEE_SAVED, explain);
  }
}
