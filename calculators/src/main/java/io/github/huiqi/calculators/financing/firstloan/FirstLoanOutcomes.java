package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * The outcome of a first-loan subsidy, shared by {@link FirstLoanEvaluator} and {@link FirstLoanGuaranteedEvaluator}.
 * <p>
 * Over loans: the verdict is the loans' combined verdict (eligible if any loan is); the amount is exact when every
 * loan is decided, otherwise from what the eligible loans earn to what the undetermined ones would add, within the
 * per-enterprise cap; the missing facts are those of the undetermined loans, named only when they leave the verdict
 * or the amount open. Without loans: a profile whose loans are not known is undetermined up to the cap, naming
 * {@code /loans}; one known to have none is ineligible.
 * <p>
 * The binding limit is the per-enterprise cap ("单户企业贴息金额最高20万元") when it reduced an exact amount, and when it
 * is an open amount's upper end: the loans not known, or the undetermined loans reaching the cap (decisions register
 * §4.6 item 88); none when the range stops below it. Not part of the public API.
 */
final class FirstLoanOutcomes {

  private FirstLoanOutcomes() {
  }

  /**
   * The outcome of a profile with no loans to evaluate: its loans not known, or known to be none.
   *
   * @param context  the context
   * @param firm  the enterprise conditions' decision, with its eligibility when explaining
   * @param loansKnown  whether the profile's loans are known (then known to be none)
   * @param cap  the per-enterprise cap, the most an undetermined enterprise could receive
   * @param clause  the clause that asks for a loan, cited by the reason
   * @param pointers  the profile pointers of the enterprise facts
   * @param steps  the enterprise conditions' steps; enabled when explaining, which adds the reasons and steps
   * @return the outcome
   */
  static MeasureOutcome withoutLoans(EvaluationContext context, TracedCondition.Decision firm, boolean loansKnown,
      Parameter<MonetaryAmount> cap, Citation clause, ProfilePointers pointers, StepTrace steps) {
    boolean explain = steps.enabled();
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    List<Reason> reasons = new ArrayList<>();
    if (firm.verdict() == Verdict.INELIGIBLE || loansKnown) {
      builder.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO);
      if (explain) {
        reasons.addAll(firm.verdict() == Verdict.INELIGIBLE ? firm.eligibility().reasons() : List.of());
        if (loansKnown) {
          reasons.add(new Reason("no-loans", LocalizedText.of("企业没有贷款（贷款清单已知为空）",
              "the enterprise has no loans (its loan list is known to be empty)"), clause));
        }
      }
    } else {
      List<String> missing = new ArrayList<>(pointers.toProfile(firm.missingFacts()));
      missing.add("/loans");
      builder.verdict(Verdict.UNDETERMINED).amount(OutcomeAmount.upTo(Cny.of(Cny.positiveYuan(cap.value(),
          "capPerEnterprise")))).addAllMissingFacts(missing);
      // the cap is the amount's upper end: the binding limit (decisions register §4.6 item 88)
      bind(builder, cap, true);
      if (explain) {
        reasons.addAll(firm.verdict() == Verdict.UNDETERMINED ? firm.eligibility().reasons() : List.of());
        reasons.add(new Reason("loans-not-known", LocalizedText.of("未提供企业贷款信息，贴息最高为单户上限",
            "the enterprise's loans are not given: at most the cap per enterprise"), cap.citation()));
      }
    }
    if (explain) {
      builder.addAllReasons(reasons).explanation(new Explanation(steps.list()));
    }
    return context.finish(builder);
  }

  /**
   * The outcome of a calculator's evaluation over the profile's loans.
   *
   * @param context  the context
   * @param loans  each loan's decision, in request order
   * @param total  what the eligible loans receive together, within the cap, in yuan
   * @param possible  what eligible and undetermined loans would receive together, within the cap, in yuan
   * @param cap  the per-enterprise cap, for the binding limit
   * @param capBinding  whether the cap reduced the total, or the upper end of an open amount (one that only reaches
   *     the cap's figure is not reduced: decisions register §4.6 items 88 and 92)
   * @param pointers  the profile pointers of the request's, built only when a fact is missing
   * @param explanation  the steps, when explaining; null in the plain form
   * @param notes  the notes on defaults used, when explaining
   * @return the outcome
   */
  static MeasureOutcome computed(EvaluationContext context, List<TracedCondition.Decision> loans, BigDecimal total,
      BigDecimal possible, Parameter<MonetaryAmount> cap, boolean capBinding, Supplier<ProfilePointers> pointers,
      Explanation explanation, List<Reason> notes) {
    TracedCondition.Decision combined = EnterpriseCap.combine(loans);
    Verdict verdict = combined.verdict();
    boolean exact = total.compareTo(possible) == 0;
    MeasureOutcome.Builder builder = start(context, verdict, exact ? Cny.of(total) : null, total, possible);
    if (verdict == Verdict.UNDETERMINED || verdict == Verdict.ELIGIBLE && !exact) {
      LinkedHashSet<String> missing = new LinkedHashSet<>();
      for (TracedCondition.Decision loan : loans) {
        if (loan.verdict() == Verdict.UNDETERMINED) {
          missing.addAll(loan.missingFacts());
        }
      }
      builder.addAllMissingFacts(pointers.get().toProfile(List.copyOf(missing)));
    }
    // the cap binds when it reduced the total, or cut an open amount's upper end (register §4.6 items 88, 92)
    bind(builder, cap, capBinding && verdict != Verdict.INELIGIBLE);
    if (explanation != null) {
      builder.addAllReasons(combined.eligibility().reasons()).addAllNotes(notes).explanation(explanation);
    }
    return context.finish(builder);
  }

  /**
   * The plain outcome of loans every one of which is decided, or whose undecided ones change nothing
   * ({@link FirstLoanPlainForm#decided}): no missing fact to name, no reasons, no steps.
   *
   * @param context  the context
   * @param decided  the enterprise's verdict, eligible or ineligible, its total and whether the cap bound
   * @param cap  the per-enterprise cap, for the binding limit
   * @return the outcome, the same as {@link #computed}'s plain form on the same loans
   */
  static MeasureOutcome decided(EvaluationContext context, FirstLoanPlainForm.Decided decided,
      Parameter<MonetaryAmount> cap) {
    MonetaryAmount total = Cny.of(decided.total());
    MeasureOutcome.Builder builder = start(context, decided.verdict(), total, decided.total(), decided.total());
    bind(builder, cap, decided.capBinding());
    return context.finish(builder);
  }

  private static MeasureOutcome.Builder start(EvaluationContext context, Verdict verdict, MonetaryAmount exact,
      BigDecimal total, BigDecimal possible) {
    OutcomeAmount amount = verdict == Verdict.INELIGIBLE ? OutcomeAmount.ZERO
        : exact != null ? OutcomeAmount.exactly(exact) : OutcomeAmount.between(Cny.of(total), Cny.of(possible));
    return context.startOutcome(AmountKind.PAYMENT_TO_FIRM).verdict(verdict).amount(amount);
  }

  private static void bind(MeasureOutcome.Builder builder, Parameter<MonetaryAmount> cap, boolean binding) {
    if (binding) {
      builder.bindingLimit(new BindingLimit("cap-per-enterprise", FirstLoanCalculator.CAP_NAME, cap.value(),
          cap.citation()));
    }
  }

  /**
   * Renames the field of a request's bad input as the profile's.
   *
   * @param ex  the exception, naming a field of the request such as {@code loans/1/loanId}
   * @param pointers  the profile pointers
   * @return the exception naming the profile's field, such as {@code /loans/1/loanId}
   */
  static InvalidInputException relocate(InvalidInputException ex, ProfilePointers pointers) {
    String field = ex.field().startsWith("/") ? ex.field() : "/" + ex.field();
    boolean mapped = field.startsWith("/loans/") || field.startsWith("/enterprise/");
    return ex.withField(mapped ? pointers.toProfile(field) : field);
  }

}
