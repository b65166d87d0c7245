package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.classification.size.SizeProfileStep;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The two sides one {@link RenovationLoanPass} weighs a loan between, for {@link RenovationLoanStackingRule} (one
 * municipal interest subsidy per loan, decisions register §1.7): the renovation interest outcome on one side, the
 * first-loan and tech-SME outcomes of its jurisdiction on the other. It keeps the loans given to each side and those
 * left open so far; works each side out again on the profile changed (loans read as subsidised elsewhere, the
 * first-loan and tech-SME outcomes then stacked again by {@link StackingInterestSubsidyRule}; renovation payments on
 * loans left out), as the engine evaluates them; gives a loan to one side, the other side's outcome then its outcome
 * without it, each least lowered, while loans are left open before it, to its least without them as well (too wide,
 * never too narrow: decisions register §4.6 items 43 and 67); and lowers an outcome kept with its range, naming the
 * facts the open choice waits on (§4.6 items 42 and 95). {@link Range} holds an amount's least and most.
 * <p>
 * One per pass: it sets the pass's outcomes in place.
 */
final class RenovationLoanSides {

  final List<MeasureOutcome> outcomes;
  final EnterpriseProfile profile;
  final EvaluationContext context;
  private final Catalog catalog;
  private final boolean explain;
  final int renovation;
  final int first;
  final int tech;
  final boolean firstCounted;
  final boolean techCounted;
  /** The loans the renovation subsidy keeps: read as subsidised elsewhere by the first-loan and tech-SME side. */
  final Set<String> keptByRenovation = new LinkedHashSet<>();
  /** The loans the first-loan and tech-SME side keeps: their payments left out of the renovation subsidy. */
  final Set<String> keptByOthers = new LinkedHashSet<>();
  /** The loans left open so far: both sides keep them, each least lowered to its least without all of them. */
  final Set<String> open = new LinkedHashSet<>();
  /** What the pass says of each loan, and the reasons and notes it writes. */
  final RenovationLoanNotes notes;

  RenovationLoanSides(List<MeasureOutcome> outcomes, EnterpriseProfile profile, EvaluationContext context,
      Catalog catalog, boolean explain, int renovation, int first, boolean firstCounted, int tech,
      boolean techCounted) {
    this.outcomes = outcomes;
    this.profile = profile;
    this.context = context;
    this.catalog = catalog;
    this.explain = explain;
    this.renovation = renovation;
    this.first = first;
    this.tech = tech;
    this.firstCounted = firstCounted;
    this.techCounted = techCounted;
    this.notes = new RenovationLoanNotes(explain, open);
  }

  /**
   * Gives the loan to the renovation subsidy: the first-loan and tech-SME outcomes become their outcomes with it
   * read as subsidised elsewhere, each least lowered, while loans are left open before it, to its least without
   * them too, as those loans may go either way (too wide, never too narrow: decisions register §4.6 item 43).
   */
  void keepForRenovation(String loan, List<MeasureOutcome> othersWithout) {
    keptByRenovation.add(loan);
    if (open.isEmpty()) {
      setOthers(othersWithout);
      return;
    }
    List<MeasureOutcome> pair = othersWithoutOpen();
    List<String> facts = outcomes.get(renovation).missingFacts();
    if (firstCounted) {
      outcomes.set(first, notes.opened(othersWithout.get(0), lowered(othersWithout.get(0), pair.get(0), facts)));
    }
    if (techCounted) {
      outcomes.set(tech, notes.opened(othersWithout.get(1), lowered(othersWithout.get(1), pair.get(1), facts)));
    }
  }

  /**
   * Gives the loan to the first-loan and tech-SME subsidies: the renovation outcome becomes its outcome without the
   * loan's payments, its least lowered, while loans are left open before it, to its least without theirs too.
   */
  void keepForOthers(String loan, MeasureOutcome renovationWithout) {
    keptByOthers.add(loan);
    if (open.isEmpty()) {
      outcomes.set(renovation, renovationWithout);
      return;
    }
    List<String> facts = new ArrayList<>();
    for (int position : new int[] {firstCounted ? first : -1, techCounted ? tech : -1}) {
      if (position >= 0) {
        facts.addAll(outcomes.get(position).missingFacts());
      }
    }
    outcomes.set(renovation, notes.opened(renovationWithout, lowered(renovationWithout, renovationWithoutOpen(),
        facts)));
  }

  private void setOthers(List<MeasureOutcome> without) {
    if (firstCounted) {
      outcomes.set(first, without.get(0));
    }
    if (techCounted) {
      outcomes.set(tech, without.get(1));
    }
  }

  /**
   * The first-loan and tech-SME outcomes with the loans the renovation subsidy keeps, those left open so far and the
   * loans given read as subsidised elsewhere, stacked again: what that side keeps whichever way the open loans fall.
   */
  List<MeasureOutcome> othersWithoutOpen(String... loans) {
    Set<String> flagged = new LinkedHashSet<>(keptByRenovation);
    flagged.addAll(open);
    flagged.addAll(List.of(loans));
    return others(flagged);
  }

  /**
   * The renovation outcome without its payments on the loans the other side keeps, those left open so far and the
   * loans given: what the renovation subsidy keeps whichever way the open loans fall.
   */
  MeasureOutcome renovationWithoutOpen(String... loans) {
    Set<String> left = new LinkedHashSet<>(keptByOthers);
    left.addAll(open);
    left.addAll(List.of(loans));
    return evaluate(renovation, withoutPayments(left));
  }

  /**
   * The subsidy the loan records as claimed first ({@code interestSubsidyClaimedFirst}) under the precedence
   * {@code FIRST_CLAIMED}, when that subsidy's outcome is counted; else empty (under {@code LARGER} the claim is not
   * read: decisions register §4.6 item 72).
   */
  Optional<StackingScheme> claimRecorded(String loan) {
    if (context.options().interestSubsidyPrecedence() != StackingPrecedence.FIRST_CLAIMED) {
      return Optional.empty();
    }
    Optional<StackingScheme> claim = profile.loans().orElse(List.of()).stream()
        .filter(held -> held.loanId().equals(loan)).findFirst().flatMap(LoanFacts::interestSubsidyClaimedFirst);
    return claim.filter(scheme -> scheme == StackingScheme.FIRST_LOAN ? firstCounted : techCounted);
  }

  /** The first-loan and tech-SME outcomes with the loans read as subsidised elsewhere, stacked again. */
  List<MeasureOutcome> others(Set<String> flagged) {
    EnterpriseProfile changed = withFlags(flagged);
    List<MeasureOutcome> pair = new ArrayList<>(2);
    pair.add(first >= 0 ? evaluate(first, changed) : null);
    pair.add(tech >= 0 ? evaluate(tech, changed) : null);
    if (first >= 0 && tech >= 0) {
      List<MeasureOutcome> stacked = StackingInterestSubsidyRule.DEFAULT.apply(List.of(pair.get(0), pair.get(1)),
          changed, context, catalog, explain);
      pair.set(0, stacked.get(0));
      pair.set(1, stacked.get(1));
    }
    return pair;
  }

  /** One measure's outcome on a changed profile, as the engine evaluates it. */
  MeasureOutcome evaluate(int position, EnterpriseProfile changed) {
    Catalog.Entry entry = catalog.get(outcomes.get(position).measure());
    EvaluationContext own = new EvaluationContext(context.asOf(), context.data(), context.options(), entry);
    return SizeProfileStep.of(changed, context.data(), context.asOf()).evaluate(entry, changed, own, explain);
  }

  private EnterpriseProfile withFlags(Set<String> flagged) {
    List<LoanFacts> loans = new ArrayList<>();
    for (LoanFacts loan : profile.loans().orElse(List.of())) {
      loans.add(flagged.contains(loan.loanId())
          ? LoanFacts.builder().from(loan).subsidisedUnderAnotherMunicipalScheme(true).build() : loan);
    }
    return EnterpriseProfile.builder().from(profile).loans(loans).build();
  }

  EnterpriseProfile withoutPayments(Set<String> loans) {
    List<RenovationProject> projects = new ArrayList<>();
    for (RenovationProject project : profile.renovationProjects().orElse(List.of())) {
      List<RenovationInterestPayment> kept = new ArrayList<>();
      for (RenovationInterestPayment payment : project.interestPayments()) {
        if (payment.loanId().isEmpty() || !loans.contains(payment.loanId().get())) {
          kept.add(payment);
        }
      }
      projects.add(RenovationProject.builder().from(project).interestPayments(kept).build());
    }
    return EnterpriseProfile.builder().from(profile).renovationProjects(projects).build();
  }

  /**
   * An outcome kept with its range, its least lowered to its least without the loan; an eligible outcome whose
   * least is then zero is undetermined, naming the facts that leave the loan's choice open. An outcome whose most
   * counts the loan names them too when its least was already no higher than without the loan (such as zero,
   * another rule having opened it): whether it keeps what it may pay on the loan waits on them as well. An eligible
   * outcome whose outcome without the loan is ineligible is undetermined too, its verdict waiting on the loan's
   * choice (decisions register §4.6 item 112). An outcome whose most without the loan is above its most with it (the
   * first-loan and tech-SME subsidies may get more without the loan) runs up to that most, naming the facts as an
   * outcome whose least is lowered (item 118).
   */
  static MeasureOutcome lowered(MeasureOutcome now, MeasureOutcome without, List<String> facts) {
    BigDecimal least = Cny.yuan(now.amount().minimum(), "minimum")
        .min(Cny.yuan(without.amount().minimum(), "minimum"));
    Optional<BigDecimal> mostNow = now.amount().maximum().map(max -> Cny.yuan(max, "maximum"));
    Optional<BigDecimal> mostWithout = without.amount().maximum().map(max -> Cny.yuan(max, "maximum"));
    // the first-loan and tech-SME subsidies may get more without the loan (a claim that reaches the tech-SME
    // enrolment only without its interest): the most is then raised to the most without it (register §4.6 item 118)
    boolean raised = mostNow.isPresent() && mostWithout.isPresent() && mostWithout.get().compareTo(mostNow.get()) > 0;
    Optional<BigDecimal> most = raised ? mostWithout : mostNow;
    OutcomeAmount amount = most.map(max -> max.compareTo(least) == 0 ? OutcomeAmount.exactly(Cny.of(least))
        : OutcomeAmount.between(Cny.of(least), Cny.of(max))).orElseGet(() -> OutcomeAmount.atLeast(Cny.of(least)));
    MeasureOutcome.Builder builder = now.toBuilder().amount(amount);
    boolean widened = raised || least.compareTo(Cny.yuan(now.amount().minimum(), "minimum")) < 0;
    boolean paysOnLoan = mostNow.isEmpty() ? mostWithout.isPresent()
        : mostWithout.isPresent() && mostNow.get().compareTo(mostWithout.get()) > 0;
    // eligible with the loan and ineligible without it (item 43's last bullet: the side that loses every loan is
    // worked out again, ineligible at 0.00): the verdict itself waits on the loan's choice (decisions register §4.6
    // item 112)
    boolean verdictOpen = now.verdict() == Verdict.ELIGIBLE && without.verdict() == Verdict.INELIGIBLE;
    if ((widened || paysOnLoan || verdictOpen) && now.verdict() != Verdict.INELIGIBLE) {
      // the range the loan's open choice adds is decided by the other side's facts: named whether the least falls
      // to zero (undetermined), stays above it (eligible with a range, decisions register §4.6 item 42) or was
      // already there, the loan's part of the most then kept or lost as they fall
      LinkedHashSet<String> missing = new LinkedHashSet<>(now.missingFacts());
      missing.addAll(facts.isEmpty() ? without.missingFacts() : facts);
      if (!missing.isEmpty()) {
        builder.missingFacts(List.copyOf(missing));
        if (now.verdict() == Verdict.ELIGIBLE && least.signum() == 0) {
          builder.verdict(Verdict.UNDETERMINED);
        }
      }
    }
    return builder.build();
  }

  /** An amount's least and most in yuan; the most null when unbounded. */
  record Range(BigDecimal least, BigDecimal most) {

    static Range of(MeasureOutcome outcome) {
      return new Range(Cny.yuan(outcome.amount().minimum(), "minimum"),
          outcome.amount().maximum().map(max -> Cny.yuan(max, "maximum")).orElse(null));
    }

    static Range sum(MeasureOutcome one, MeasureOutcome other) {
      Range total = new Range(BigDecimal.ZERO, BigDecimal.ZERO);
      for (MeasureOutcome outcome : new MeasureOutcome[] {one, other}) {
        if (outcome != null) {
          Range range = of(outcome);
          total = new Range(total.least.add(range.least),
              total.most == null || range.most == null ? null : total.most.add(range.most));
        }
      }
      return total;
    }

    /** What this range holds beyond another: least less least, most less most (unbounded when either is). */
    Range less(Range other) {
      return new Range(least.subtract(other.least), most == null || other.most == null ? null
          : most.subtract(other.most));
    }

    /**
     * Whether this range (an outcome with a loan) holds nothing beyond the least of the outcome without it whatever
     * the facts not given: its most no more than that least (decisions register §4.6 item 112).
     */
    boolean surelyNothingBeyond(BigDecimal leastWithout) {
      return most != null && most.compareTo(leastWithout) <= 0;
    }

    boolean isNothing() {
      return least.signum() == 0 && most != null && most.signum() == 0;
    }

    boolean isExact() {
      return most != null && least.compareTo(most) == 0;
    }
  }
}
