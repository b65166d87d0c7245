package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.EvaluationRun;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Explanation;

/**
 * Evaluates an award ({@link AwardMeasure}) for an enterprise profile: a payment to the firm.
 * <p>
 * The request is {@link AwardRequest#from(EnterpriseProfile)}: the profile's qualifications, {@code grantEvents} and
 * {@code size} under the same names, so every missing fact ({@code /littleGiant/since}, {@code /grantEvents},
 * {@code /grantEvents/1/rank}, {@code /size} for a measure for 中小企业) is already a profile pointer; the engine fills
 * the size of a profile that gives only its figures before the request is built. The outcome carries the
 * calculator's verdict and amount (exact, {@code upTo} a ceiling, or {@code atLeast} a floor; the calculator applies
 * the measure's 中小企业 condition), the missing facts even when a tier is already earned, the ceiling as the
 * binding limit when a tier's "最高X万元" sets the upper end (the highest tier's, or the only one summed; its clause),
 * the range's width as fixed by the authority when every tier is a ceiling (no fact decides the figure within it),
 * and the met consequences as its detail (in both forms); the explaining form adds the reasons, the notes (how the
 * figure is fixed, the combination rule used, a draft's status) and the cited steps. A draft measure's outcome
 * carries {@link io.github.huiqi.core.policy.DocumentStatus#DRAFT} and is never counted in a total.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class AwardEvaluator implements MeasureEvaluator<AwardMeasure> {

  /** The evaluator. */
  public static final AwardEvaluator DEFAULT = new AwardEvaluator();

  private AwardEvaluator() {
  }

  @Override
  public Class<AwardMeasure> measureType() {
    return AwardMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(AwardMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    // one request for every award measure of the run: each builds the same one from the profile
    AwardRequest request = context.run().shared(EvaluationRun.profileKey(profile, "award-request"),
        AwardRequest.class, () -> AwardRequest.from(profile));
    AwardCalculator.Evaluation e = AwardCalculator.DEFAULT.evaluate(measure, request, explain);
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM)
        .verdict(e.verdict()).amount(e.amount()).addAllMissingFacts(e.missingFacts()).detail(e.detail());
    e.bindingLimit().ifPresent(builder::bindingLimit);
    e.widthFixedByAuthority().ifPresent(width -> builder.widthFixedByAuthority(Cny.of(width)));
    if (explain) {
      builder.addAllReasons(e.eligibility().reasons()).addAllNotes(e.notes())
          .explanation(new Explanation(e.steps()));
    }
    return context.finish(builder);
  }
}
