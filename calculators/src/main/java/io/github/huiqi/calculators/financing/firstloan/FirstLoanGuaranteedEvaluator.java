package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntUnaryOperator;

/**
 * Evaluates a guaranteed first-loan interest subsidy such as Shanghai's (沪企服办〔2023〕1号 第十五条) for an enterprise
 * profile.
 * <p>
 * The request is {@link FirstLoanGuaranteedRequest#from(EnterpriseProfile, int)}: the profile's enterprise facts and
 * all its loans, in order, each with its {@code firstInclusiveFinanceLoan} and, as {@code guaranteedByPolicyFund}, its
 * {@code guarantee.policyFund} (an absent guarantee or fact is not known, named {@code /loans/i/guarantee/policyFund},
 * after {@code /loans/i/guaranteed} when that is not given either: decisions register §4.6 item 69).
 * {@link FirstLoanGuaranteedCalculator} decides each loan and applies the per-enterprise cap (200,000 built in). The
 * outcome is a {@link io.github.huiqi.core.outcome.AmountKind#PAYMENT_TO_FIRM} with the same rules as
 * {@link FirstLoanEvaluator}'s: eligible if any loan is, exact or a range within the cap, undetermined naming the
 * profile's missing facts ({@code /size}, {@code /loans/0/lenderRegionCode},
 * {@code /loans/0/firstInclusiveFinanceLoan}, ...), undetermined up to the cap naming {@code /loans} when the loans
 * are not known, ineligible when they are known to be none.
 * <p>
 * <b>The subsidy term is a library default.</b> The source states no term and no retrieved rule supplies one (decisions
 * register §4.1 item 5), but the calculator needs one. {@link #DEFAULT} applies
 * {@value #DEFAULT_SUBSIDY_TERM_MONTHS} months from each drawdown: option (a) of §4.1 item 5, the contractual term up
 * to twelve months, a low-confidence reading. A host that knows the authority's term registers
 * {@link #withSubsidyTermMonths(int)} instead. The explaining form says which term was used, in a note.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class FirstLoanGuaranteedEvaluator implements MeasureEvaluator<FirstLoanGuaranteedMeasure> {

  /**
   * The subsidy term applied when the host chooses none, in months from each drawdown: 12 (decisions register
   * §4.1 item 5, option (a): the whole contractual term up to twelve months; the source states no term).
   */
  public static final int DEFAULT_SUBSIDY_TERM_MONTHS = 12;

  /** The evaluator, with the library's default term of {@value #DEFAULT_SUBSIDY_TERM_MONTHS} months. */
  public static final FirstLoanGuaranteedEvaluator DEFAULT =
      new FirstLoanGuaranteedEvaluator(DEFAULT_SUBSIDY_TERM_MONTHS, true);

  private static final Citation TERM_DEFAULT = new Citation(Provenance.LIBRARY_DEFAULT, "huiqi",
      "decisions register §4.1", Optional.of("5"), Optional.empty(), Optional.of("沪企服办〔2023〕1号 第十五条 states the "
          + "2% rate and the 200,000 cap but no subsidy term, and no retrieved rule supplies one; default option (a): "
          + "the contractual term up to 12 months from the drawdown, a low-confidence reading that a host replaces "
          + "with FirstLoanGuaranteedEvaluator.withSubsidyTermMonths"));
  /** The enterprise's pointers as the profile's; the loans' are added per loan. */
  private static final ProfilePointers ENTERPRISE_ONLY = pointers(0);

  private final int subsidyTermMonths;
  private final boolean libraryDefault;

  private FirstLoanGuaranteedEvaluator(int subsidyTermMonths, boolean libraryDefault) {
    this.subsidyTermMonths = subsidyTermMonths;
    this.libraryDefault = libraryDefault;
  }

  /**
   * Obtains an evaluator applying a host's subsidy term, for a host that knows the term the authority applies.
   *
   * @param months  the subsidised term in months from each drawdown, 1 to
   *     {@value FirstLoanGuaranteedRequest#MAX_TERM_MONTHS}
   * @return the evaluator
   * @throws InvalidInputException naming {@code subsidyTermMonths} if the term is out of range
   */
  public static FirstLoanGuaranteedEvaluator withSubsidyTermMonths(int months) {
    if (months < 1 || months > FirstLoanGuaranteedRequest.MAX_TERM_MONTHS) {
      throw new InvalidInputException("subsidyTermMonths", months,
          "must be from 1 to " + FirstLoanGuaranteedRequest.MAX_TERM_MONTHS + " months");
    }
    return new FirstLoanGuaranteedEvaluator(months, false);
  }

  /**
   * Returns the subsidy term this evaluator applies.
   *
   * @return the term in months from each drawdown; {@value #DEFAULT_SUBSIDY_TERM_MONTHS} for {@link #DEFAULT}
   */
  public int subsidyTermMonths() {
    return subsidyTermMonths;
  }

  @Override
  public Class<FirstLoanGuaranteedMeasure> measureType() {
    return FirstLoanGuaranteedMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(FirstLoanGuaranteedMeasure measure, EnterpriseProfile profile,
      EvaluationContext context, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    FirstLoanGuaranteedCalculator calculator = FirstLoanGuaranteedCalculator.DEFAULT;
    if (profile.loans().map(List::isEmpty).orElse(true)) {
      StepTrace steps = new StepTrace(explain);
      TracedCondition.Decision firm = TracedCondition.decide(
          List.of(FirstLoanGuaranteedCalculator.sizeCondition(measure, profile.enterpriseFacts())), steps);
      return FirstLoanOutcomes.withoutLoans(context, firm, profile.loans().isPresent(), measure.capPerEnterprise(),
          measure.firstLoanWindow().citation(), ENTERPRISE_ONLY, steps);
    }
    int loanCount = profile.loans().get().size();
    FirstLoanGuaranteedRequest request;
    try {
      request = FirstLoanGuaranteedRequest.from(profile, subsidyTermMonths);
    } catch (InvalidInputException ex) {
      throw FirstLoanOutcomes.relocate(ex, pointers(loanCount));
    }
    FirstLoanGuaranteedCalculator.Evaluation evaluation = calculator.evaluate(measure, request, explain);
    return askGuaranteed(FirstLoanOutcomes.computed(context, evaluation.decisions(), evaluation.allocation().total(),
        evaluation.allocation().possible(), measure.capPerEnterprise(), evaluation.allocation().topBinding(),
        () -> pointers(loanCount), explain ? new Explanation(evaluation.steps().list()) : null,
        explain ? notes(measure, profile.loans().get(), evaluation.decisions()) : List.of()), profile.loans().get());
  }

  /**
   * The outcome with, before a loan's {@code /loans/i/guarantee/policyFund}, its {@code /loans/i/guaranteed} when
   * neither that nor the guarantee is given: either decides (a loan known to have no guarantee is not the policy
   * fund's), and a firm whose loan has no guarantee has no guarantor to name (decisions register §4.6 item 69), as the
   * guarantee-fee measures ask it.
   */
  private static MeasureOutcome askGuaranteed(MeasureOutcome outcome, List<LoanFacts> loans) {
    List<String> facts = outcome.missingFacts();
    List<String> asked = new ArrayList<>(facts.size() + 1);
    for (String fact : facts) {
      for (int i = 0; i < loans.size(); i++) {
        LoanFacts loan = loans.get(i);
        if (fact.equals("/loans/" + i + "/guarantee/policyFund") && loan.guaranteed().isEmpty()
            && loan.guarantee().isEmpty() && !facts.contains("/loans/" + i + "/guaranteed")) {
          asked.add("/loans/" + i + "/guaranteed");
        }
      }
      asked.add(fact);
    }
    return asked.size() == facts.size() ? outcome : outcome.toBuilder().missingFacts(asked).build();
  }

  /** The explaining form's notes: the term used and, where a counted loan's guarantee fee is given, the fee's part. */
  private List<Reason> notes(FirstLoanGuaranteedMeasure measure, List<LoanFacts> loans,
      List<TracedCondition.Decision> decisions) {
    List<Reason> notes = new ArrayList<>(2);
    notes.add(termNote(measure));
    FirstLoanGuaranteedFeeHint.of(measure, loans, decisions).ifPresent(notes::add);
    return notes;
  }

  private Reason termNote(FirstLoanGuaranteedMeasure measure) {
    if (libraryDefault) {
      return new Reason("subsidy-term", LocalizedText.of("原文未规定贴息期限：按库默认值，自放款日起最长 " + subsidyTermMonths
          + " 个月（合同期限内）计", "the source states no subsidy term: the library default applies, at most "
          + subsidyTermMonths + " months from each drawdown (within the contractual term)"), TERM_DEFAULT);
    }
    return new Reason("subsidy-term", LocalizedText.of("原文未规定贴息期限：按调用方设定，自放款日起最长 " + subsidyTermMonths
        + " 个月计", "the source states no subsidy term: the host's term applies, at most " + subsidyTermMonths
        + " months from each drawdown"), measure.subsidyTerm());
  }

  /**
   * The request's pointers as the profile's: {@code /enterprise/x} is {@code /x}; a loan's {@code /loans/i/loan/x}
   * is {@code /loans/i/x} and its {@code /loans/i/guaranteedByPolicyFund} is {@code /loans/i/guarantee/policyFund}.
   */
  static ProfilePointers pointers(int loanCount) {
    ProfilePointers.Builder builder = ProfilePointers.builder()
        .exact("/enterprise/enrolledTechSme", "/techSme")
        .prefix("/enterprise/", "/");
    for (int i = 0; i < loanCount; i++) {
      String at = "/loans/" + i;
      builder.exact(at + "/guaranteedByPolicyFund", at + "/guarantee/policyFund").prefix(at + "/loan/", at + "/");
    }
    return builder.list("/loans/", "/loans/", IntUnaryOperator.identity()).build();
  }
}
