package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Explanation;
import java.util.ArrayList;
import java.util.List;

/**
 * Evaluates a first-loan (首贷户) interest subsidy such as Shenzhen's (深工信〔2023〕26号 第5条) for an enterprise profile.
 * <p>
 * The request is {@link FirstLoanRequest#from(EnterpriseProfile)}: the profile's enterprise facts and all its loans,
 * in order, with the measure's default options; {@link FirstLoanCalculator} decides each loan and applies the
 * per-enterprise cap (200,000 built in, from the measure's {@code capPerEnterprise}). The outcome is a
 * {@link io.github.huiqi.core.outcome.AmountKind#PAYMENT_TO_FIRM}:
 * <ul>
 *   <li>eligible if any loan is, with the exact amount when every loan is decided; otherwise a range from what the
 *       eligible loans earn to what the undetermined ones would add, within the cap, naming their missing facts;
 *   <li>undetermined when no loan is eligible and some depend on missing facts, such as
 *       {@code /firstTimeBorrower} or {@code /loans/0/lenderRegionCode} (the profile's pointers, the request's
 *       {@code /enterprise/x} being the profile's {@code /x});
 *   <li>when the profile's loans are not known: undetermined up to the cap, naming {@code /loans} (ineligible if an
 *       enterprise condition is known to fail); when they are known to be none: ineligible, with reason
 *       {@code no-loans}.
 * </ul>
 * The binding limit is the cap when it reduced the amount. The explaining form adds the reasons and the
 * calculator's cited steps; the plain form of loans that leave nothing open is decided by the calculator's plain form,
 * on the profile's own loans, without building the request or the conditions.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FirstLoanEvaluator implements MeasureEvaluator<FirstLoanMeasure> {

  /** The evaluator. */
  public static final FirstLoanEvaluator DEFAULT = new FirstLoanEvaluator();

  /** The request's pointers as the profile's: loans keep their index and field; the enterprise's are top-level. */
  private static final ProfilePointers POINTERS = ProfilePointers.builder()
      .exact("/enterprise/enrolledTechSme", "/techSme")
      .prefix("/enterprise/", "/")
      .prefix("/loans/", "/loans/")
      .build();

  private FirstLoanEvaluator() {
  }

  @Override
  public Class<FirstLoanMeasure> measureType() {
    return FirstLoanMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(FirstLoanMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    FirstLoanCalculator calculator = FirstLoanCalculator.DEFAULT;
    if (profile.loans().map(List::isEmpty).orElse(true)) {
      StepTrace steps = new StepTrace(explain);
      TracedCondition.Decision firm = TracedCondition.decide(
          calculator.enterpriseConditions(measure, profile.enterpriseFacts()), steps);
      return FirstLoanOutcomes.withoutLoans(context, firm, profile.loans().isPresent(), measure.capPerEnterprise(),
          measure.firstLoanWindow().citation(), POINTERS, steps);
    }
    if (!explain) {
      // the profile's loans, known and not empty here, are already valid as a request's (EnterpriseProfile checks
      // that their ids are unique), so the plain form decides them without building the request
      FirstLoanPlainForm.Decided decided = FirstLoanPlainForm.decided(measure, profile.enterpriseFacts(),
          profile.loans().get(), FirstLoanOptions.DEFAULTS);
      if (decided != null) {
        return FirstLoanOutcomes.decided(context, decided, measure.capPerEnterprise());
      }
    }
    FirstLoanRequest request;
    try {
      request = FirstLoanRequest.from(profile);
    } catch (InvalidInputException ex) {
      throw FirstLoanOutcomes.relocate(ex, POINTERS);
    }
    FirstLoanCalculator.Evaluation evaluation = calculator.evaluate(measure, request, explain);
    List<TracedCondition.Decision> loans = new ArrayList<>(evaluation.parts.size());
    evaluation.parts.forEach(part -> loans.add(part.decision));
    return FirstLoanOutcomes.computed(context, loans, evaluation.total, evaluation.possible,
        measure.capPerEnterprise(), evaluation.capBinding, () -> POINTERS,
        explain ? new Explanation(evaluation.steps.list()) : null, List.of());
  }
}
