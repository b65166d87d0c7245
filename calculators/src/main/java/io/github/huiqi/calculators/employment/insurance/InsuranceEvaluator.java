package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * Evaluates the late-fee waiver on deferred social-insurance contributions ({@link InsuranceMeasure}, such as
 * 深工信〔2023〕26号 第2条) for an enterprise profile: a fee saved.
 * <p>
 * The profile's {@code insuranceDeferrals} are the request ({@link InsuranceRequest#from}). The amount is the late fee
 * waived, exact when every deferral is decided, otherwise the range up to the fees of repayments on the deadline;
 * missing facts are named per deferral, such as {@code /insuranceDeferrals/0/repaidDate}, while they leave the
 * verdict or the amount open (an eligible exact fee, the deferrals left undecided each waiving nothing, names none).
 * Deferrals not known: undetermined, naming {@code /insuranceDeferrals}, with no upper bound. None: ineligible, zero.
 * The explaining form notes the day-count rule, a documented default.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class InsuranceEvaluator implements MeasureEvaluator<InsuranceMeasure> {

  /** The evaluator. */
  public static final InsuranceEvaluator DEFAULT = new InsuranceEvaluator();

  private static final LocalizedText DEFERRALS = LocalizedText.of("缓缴的社会保险费", "deferred social-insurance "
      + "contributions");

  private InsuranceEvaluator() {
  }

  @Override
  public Class<InsuranceMeasure> measureType() {
    return InsuranceMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.FEE_SAVED;
  }

  @Override
  public MeasureOutcome evaluate(InsuranceMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.FEE_SAVED);
    Optional<InsuranceRequest> request = InsuranceRequest.from(profile);
    if (request.isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/insuranceDeferrals", OutcomeAmount.atLeast(Cny.ZERO),
          DEFERRALS, measure.repaymentDeadline().citation());
    }
    if (request.get().insuranceDeferrals().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/insuranceDeferrals", DEFERRALS,
          measure.repaymentDeadline().citation());
    }
    InsuranceCalculator.Evaluation e = InsuranceCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    Verdict verdict = e.decision().verdict();
    // an eligible fee the facts not given cannot move is open by none of them: each deferral they leave undecided
    // waives a fee of zero either way (repaid by its due date), so naming them would ask for nothing
    // (MeasureOutcome#missingFacts: the facts whose absence leaves the verdict or the amount open)
    boolean settled = verdict == Verdict.ELIGIBLE && e.minimum().compareTo(e.maximum()) == 0;
    builder.verdict(verdict).addAllMissingFacts(settled ? List.of() : e.missing());
    builder.amount(verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : e.minimum().compareTo(e.maximum()) == 0 ? OutcomeAmount.exactly(Cny.of(e.minimum()))
        : OutcomeAmount.between(Cny.of(e.minimum()), Cny.of(e.maximum())));
    if (explain) {
      builder.addAllReasons(e.decision().eligibility().reasons()).explanation(new Explanation(e.steps().list()));
      builder.addNotes(new Reason("late-fee-day-count", LocalizedText.of("滞纳金天数自应缴之日次日起算至补缴之日（含）",
          "late days run from the day after the due date through the repayment day"), measure.dayCountRule()));
    }
    return context.finish(builder);
  }
}
