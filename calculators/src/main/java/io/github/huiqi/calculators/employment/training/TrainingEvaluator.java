package io.github.huiqi.calculators.employment.training;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;

/**
 * Evaluates the entrepreneur-training organiser subsidy ({@link TrainingMeasure}, the Shenzhen 专精特新 draft
 * 第十四条) for an enterprise profile that organised sessions: a payment to the firm, {@link OutcomeAmount#upTo}
 * Σ trainees × min(20,000, cost), a ceiling ("最高") within which the authority fixes the figure, so that width is
 * the outcome's {@code widthFixedByAuthority} (decisions register §4.4 item 29). The document is a draft: the outcome
 * says so (never counted in a total) and the explaining form notes it. Sessions not known: undetermined, naming
 * {@code /trainingSessions}. None: ineligible.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class TrainingEvaluator implements MeasureEvaluator<TrainingMeasure> {

  /** The evaluator. */
  public static final TrainingEvaluator DEFAULT = new TrainingEvaluator();

  private static final LocalizedText SESSIONS = LocalizedText.of("承办的培训", "training sessions organised");

  private TrainingEvaluator() {
  }

  @Override
  public Class<TrainingMeasure> measureType() {
    return TrainingMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(TrainingMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    if (explain && measure.documentStatus() == DocumentStatus.DRAFT) {
      ProfileLists.draftNote(builder, measure.programmeRule());
    }
    Optional<TrainingRequest> request = TrainingRequest.from(profile);
    if (request.isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/trainingSessions", OutcomeAmount.atLeast(Cny.ZERO),
          SESSIONS, measure.programmeRule());
    }
    if (request.get().trainingSessions().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/trainingSessions", SESSIONS, measure.programmeRule());
    }
    TrainingCalculator.Evaluation e = TrainingCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    Verdict verdict = e.decision().verdict();
    builder.verdict(verdict).addAllMissingFacts(e.missing())
        .amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(e.possible())));
    if (e.binding() != null && verdict != Verdict.INELIGIBLE) {
      builder.bindingLimit(e.binding());
    }
    if (verdict != Verdict.INELIGIBLE) {
      // "每人每次最高2万元": the authority fixes the figure within the ceiling, so no fact decides the range (decisions
      // register §4.4 item 29), which a "yes" to every missing fact leaves open from zero
      builder.widthFixedByAuthority(Cny.of(e.possible()));
    }
    if (explain) {
      builder.addAllReasons(e.decision().eligibility().reasons()).explanation(new Explanation(e.steps().list()));
    }
    return context.finish(builder);
  }
}
