package io.github.huiqi.calculators.employment.hiring;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;

/**
 * Evaluates a one-off hiring subsidy ({@link HiringMeasure}, such as 沪企服办〔2023〕1号 第十九条) for an enterprise
 * profile: a payment to the firm.
 * <p>
 * The profile's {@code hires} are the request ({@link HiringRequest#from}); each hire's conditions are traced and
 * its missing facts named, such as {@code /hires/1/contractEnd}. The amount is exact (2,000 per eligible hire) when
 * every hire is decided, otherwise the range up to what the undetermined hires would add. Hires not known:
 * undetermined, naming {@code /hires}, with no upper bound. No hire: ineligible, zero. That the employer is in the
 * city is the catalogue's enterprise-region condition (its listing), not this evaluator's.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HiringEvaluator implements MeasureEvaluator<HiringMeasure> {

  /** The evaluator. */
  public static final HiringEvaluator DEFAULT = new HiringEvaluator();

  private static final LocalizedText HIRES = LocalizedText.of("招用人员", "hires");

  private HiringEvaluator() {
  }

  @Override
  public Class<HiringMeasure> measureType() {
    return HiringMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(HiringMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    Optional<HiringRequest> request = HiringRequest.from(profile);
    if (request.isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/hires", OutcomeAmount.atLeast(Cny.ZERO), HIRES,
          measure.amountPerHire().citation());
    }
    if (request.get().hires().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/hires", HIRES, measure.amountPerHire().citation());
    }
    HiringCalculator.Evaluation e = HiringCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    Verdict verdict = e.decision().verdict();
    builder.verdict(verdict).addAllMissingFacts(e.missing());
    builder.amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : e.undetermined() == 0 ? OutcomeAmount.exactly(Cny.of(e.minimum()))
        : OutcomeAmount.between(Cny.of(e.minimum()), Cny.of(e.maximum())));
    if (explain) {
      builder.addAllReasons(e.decision().eligibility().reasons()).explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }
}
