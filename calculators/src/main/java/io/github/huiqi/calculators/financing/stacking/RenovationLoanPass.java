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
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One renovation outcome against the first-loan and tech-SME outcomes of its jurisdiction (-1 when absent), each
 * counted or not, for {@link RenovationLoanStackingRule}, whose class Javadoc states the whole rule.
 */
final class RenovationLoanPass {

  private final List<MeasureOutcome> outcomes;
  private final EnterpriseProfile profile;
  private final EvaluationContext context;
  private final Catalog catalog;
  private final boolean explain;
  private final int renovation;
  private final int first;
  private final int tech;
  private final boolean firstCounted;
  private final boolean techCounted;
  /** The first-loan and tech-SME outcomes as the rule found them (null when absent). */
  private final MeasureOutcome firstBefore;
  private final MeasureOutcome techBefore;
  /** The loans the renovation subsidy keeps: read as subsidised elsewhere by the first-loan and tech-SME side. */
  private final Set<String> keptByRenovation = new LinkedHashSet<>();
  /** The loans the first-loan and tech-SME side keeps: their payments left out of the renovation subsidy. */
  private final Set<String> keptByOthers = new LinkedHashSet<>();
  /** The loans left open so far: both sides keep them, each least lowered to its least without all of them. */
  private final Set<String> open = new LinkedHashSet<>();
  /** What the pass says of each loan, and the reasons and notes it writes. */
  private final RenovationLoanNotes notes;

  RenovationLoanPass(List<MeasureOutcome> outcomes, EnterpriseProfile profile, EvaluationContext context,
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
    this.firstBefore = first >= 0 ? outcomes.get(first) : null;
    this.techBefore = tech >= 0 ? outcomes.get(tech) : null;
    this.notes = new RenovationLoanNotes(explain, open);
  }

  void run() {
    Set<String> held = new LinkedHashSet<>();
    profile.loans().orElse(List.of()).forEach(loan -> held.add(loan.loanId()));
    Set<String> named = new LinkedHashSet<>();
    List<String> unnamed = new ArrayList<>();
    List<String> unheld = new ArrayList<>();
    for (RenovationProject project : profile.renovationProjects().orElse(List.of())) {
      for (RenovationInterestPayment payment : project.interestPayments()) {
        String ref = project.projectId() + "/" + payment.paymentId();
        if (payment.loanId().isEmpty()) {
          unnamed.add(ref);
        } else if (!held.contains(payment.loanId().get())) {
          unheld.add(ref + " (" + payment.loanId().get() + ")");
        } else {
          named.add(payment.loanId().get());
        }
      }
    }
    boolean compared = false;
    int left = named.size();
    for (String loan : named) {
      compared |= compare(loan, --left == 0);
    }
    if (compared) {
      Reason note = notes.note();
      outcomes.set(renovation, outcomes.get(renovation).withNote(note));
      if (first >= 0 && !outcomes.get(first).equals(firstBefore)) {
        outcomes.set(first, outcomes.get(first).withNote(note));
      }
      if (tech >= 0 && !outcomes.get(tech).equals(techBefore)) {
        outcomes.set(tech, outcomes.get(tech).withNote(note));
      }
    }
    if (!unnamed.isEmpty() || !unheld.isEmpty()) {
      outcomes.set(renovation, outcomes.get(renovation).withNote(RenovationLoanNotes.notChecked(unnamed, unheld)));
    }
  }

  /**
   * Compares the two sides on one loan and sets the outcomes accordingly.
   *
   * @param last  whether no loan is compared after it
   * @return whether both sides pay on the loan (the comparison is noted)
   */
  private boolean compare(String loan, boolean last) {
    Set<String> flagged = new LinkedHashSet<>(keptByRenovation);
    flagged.add(loan);
    List<MeasureOutcome> othersWithout = others(flagged);
    Set<String> left = new LinkedHashSet<>(keptByOthers);
    left.add(loan);
    MeasureOutcome renovationNow = outcomes.get(renovation);
    MeasureOutcome renovationWithout = evaluate(renovation, withoutPayments(left));
    MeasureOutcome firstNow = firstCounted ? outcomes.get(first) : null;
    MeasureOutcome techNow = techCounted ? outcomes.get(tech) : null;
    Range othersNow = Range.sum(firstNow, techNow);
    Range othersLess = Range.sum(firstCounted ? othersWithout.get(0) : null,
        techCounted ? othersWithout.get(1) : null);
    Range othersOn = othersNow.less(othersLess);
    Range renovationOn = Range.of(renovationNow).less(Range.of(renovationWithout));
    if (othersOn.isNothing() || renovationOn.isNothing()) {
      return false;
    }
    // at one figure each, with and without the loan: the two amounts on it are known and can be compared
    boolean known = othersNow.isExact() && othersLess.isExact() && Range.of(renovationNow).isExact()
        && Range.of(renovationWithout).isExact();
    if (known) {
      Optional<StackingScheme> claim = claimStanding(loan, othersWithout);
      if (claim.isPresent()) {
        // the subsidy claimed first pays on the loan: the claim stands against the renovation subsidy, even where
        // that would pay more (decisions register §4.6 item 72)
        keepForOthers(loan, renovationWithout);
        boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
        notes.say("贷款 " + loan + " 已先申请" + (firstLoan ? "首贷贴息" : "科技型中小企业贴息") + "（"
            + othersOn.least.toPlainString() + " 元），同一笔贷款不得重复享受，技术改造贷款贴息（"
            + renovationOn.least.toPlainString() + " 元）不计该贷款的利息",
            "loan " + loan + " was claimed first under the " + (firstLoan ? "first-loan" : "tech-SME")
            + " subsidy (" + othersOn.least.toPlainString() + " CNY), and takes no second subsidy: the renovation "
            + "interest subsidy (" + renovationOn.least.toPlainString() + " CNY) leaves its interest out");
        return true;
      }
      if (renovationOn.least.compareTo(othersOn.least) > 0) {
        keepForRenovation(loan, othersWithout);
        notes.say("贷款 " + loan + " 适用技术改造贷款贴息（" + renovationOn.least.toPlainString() + " 元，大于首贷或科技型中小企业"
            + "贴息的 " + othersOn.least.toPlainString() + " 元），首贷及科技型中小企业贴息不计该贷款",
            "loan " + loan + " takes the renovation interest subsidy (" + renovationOn.least.toPlainString()
            + " CNY, more than the first-loan or tech-SME subsidy's " + othersOn.least.toPlainString()
            + " CNY); the first-loan and tech-SME subsidies leave it out");
      } else {
        keepForOthers(loan, renovationWithout);
        notes.say("贷款 " + loan + " 适用首贷或科技型中小企业贴息（" + othersOn.least.toPlainString() + " 元，不少于技术改造"
            + "贷款贴息的 " + renovationOn.least.toPlainString() + " 元），技术改造贷款贴息不计该贷款的利息",
            "loan " + loan + " takes the first-loan or tech-SME subsidy (" + othersOn.least.toPlainString()
            + " CNY, not less than the renovation interest subsidy's " + renovationOn.least.toPlainString()
            + " CNY); the renovation interest subsidy leaves its interest out");
      }
      return true;
    }
    if (decidedOver(loan, last, othersWithout, renovationWithout, othersNow, othersLess, Range.of(renovationNow),
        Range.of(renovationWithout))) {
      return true;
    }
    // open on the loan: both keep it with their ranges, each least lowered to its least without the loan and
    // without every loan left open before it (either may go to the other side whichever way the facts fall)
    open.add(loan);
    Set<String> flaggedOpen = new LinkedHashSet<>(keptByRenovation);
    flaggedOpen.addAll(open);
    List<MeasureOutcome> othersWithoutOpen = others(flaggedOpen);
    Set<String> leftOpen = new LinkedHashSet<>(keptByOthers);
    leftOpen.addAll(open);
    MeasureOutcome renovationWithoutOpen = evaluate(renovation, withoutPayments(leftOpen));
    List<String> othersFacts = new ArrayList<>();
    for (MeasureOutcome outcome : new MeasureOutcome[] {firstNow, techNow}) {
      if (outcome != null) {
        othersFacts.addAll(outcome.missingFacts());
      }
    }
    outcomes.set(renovation, notes.opened(renovationNow, lowered(renovationNow, renovationWithoutOpen, othersFacts)));
    if (firstNow != null) {
      outcomes.set(first, notes.opened(firstNow, lowered(firstNow, othersWithoutOpen.get(0),
          renovationNow.missingFacts())));
    }
    if (techNow != null) {
      outcomes.set(tech, notes.opened(techNow, lowered(techNow, othersWithoutOpen.get(1),
          renovationNow.missingFacts())));
    }
    notes.say("贷款 " + loan + " 的贴息金额未定，无法比较：两项均保留该贷款，其下限为不计该贷款（及此前未定的贷款）时的下限",
        "loan " + loan + ": an amount on it is open, so the two cannot be compared: both keep it, each least "
        + "lowered to its least without the loan (and the loans left open before it)");
    return true;
  }

  /**
   * Decides a loan whose amounts on it are open when every completion of the open facts gives it to one side: one
   * side's least on the loan above the other's most on it, or the first-loan and tech-SME side's least on it no
   * less than the renovation subsidy's most (they keep a tie), as decisions register §4.6 item 96 reads item 43.
   * Each side's least on the loan is its least with it less its most without it, its most on the loan its most with
   * it less its least without it (the first-loan and tech-SME side's the two outcomes' sums), the outcomes without
   * the loan worked out also without the loans left open before it, so that the bounds hold whichever way those
   * fall. Under {@code FIRST_CLAIMED} a claim recorded on the loan keeps it for the subsidy claimed when that
   * subsidy surely pays on it; while that subsidy may or may not pay on it, only the first-loan and tech-SME side
   * can be decided (item 72). Where one side may pay nothing on the loan, the loan would be left as it is (nothing
   * changes), not given to the other; the outcomes' amounts are then the same, but what the caps leave for a loan
   * compared after it is not, so such a loan is decided only when it is the last compared.
   *
   * @param last  whether no loan is compared after it
   * @return whether the loan was decided and the outcomes set
   */
  private boolean decidedOver(String loan, boolean last, List<MeasureOutcome> othersWithout,
      MeasureOutcome renovationWithout, Range othersNow, Range othersLess, Range renovationNow,
      Range renovationLess) {
    BigDecimal othersLeastWithout = othersLess.least;
    BigDecimal renovationLeastWithout = renovationLess.least;
    if (!open.isEmpty()) {
      // a loan left open before may go either way: the outcomes without this loan and without it bound the least
      Set<String> flaggedOpen = new LinkedHashSet<>(keptByRenovation);
      flaggedOpen.addAll(open);
      flaggedOpen.add(loan);
      List<MeasureOutcome> pair = others(flaggedOpen);
      othersLeastWithout = othersLeastWithout.min(Range.sum(firstCounted ? pair.get(0) : null,
          techCounted ? pair.get(1) : null).least);
      Set<String> leftOpen = new LinkedHashSet<>(keptByOthers);
      leftOpen.addAll(open);
      leftOpen.add(loan);
      renovationLeastWithout = renovationLeastWithout.min(Range.of(evaluate(renovation,
          withoutPayments(leftOpen))).least);
    }
    BigDecimal othersLeastOn = othersLess.most == null ? null : othersNow.least.subtract(othersLess.most);
    BigDecimal othersMostOn = othersNow.most == null ? null : othersNow.most.subtract(othersLeastWithout);
    BigDecimal renovationLeastOn = renovationLess.most == null ? null
        : renovationNow.least.subtract(renovationLess.most);
    BigDecimal renovationMostOn = renovationNow.most == null ? null
        : renovationNow.most.subtract(renovationLeastWithout);
    // a side sure to pay on the loan whatever the facts: the loan changes hands in every completion
    boolean othersPay = othersLeastOn != null && othersLeastOn.signum() > 0;
    boolean renovationPays = renovationLeastOn != null && renovationLeastOn.signum() > 0;
    boolean renovationMayKeep = true;
    Optional<StackingScheme> claim = claimRecorded(loan);
    if (claim.isPresent()) {
      boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
      Range with = Range.of(outcomes.get(firstLoan ? first : tech));
      Range without = Range.of(othersWithout.get(firstLoan ? 0 : 1));
      if (without.most != null && with.least.subtract(without.most).signum() > 0 && (renovationPays || last)) {
        // the subsidy claimed first surely pays on the loan: the claim stands (decisions register §4.6 item 72)
        keepForOthers(loan, renovationWithout);
        notes.say("贷款 " + loan + " 已先申请" + (firstLoan ? "首贷贴息" : "科技型中小企业贴息")
            + "，无论未提供的信息如何均在该贷款上有贴息，同一笔贷款不得重复享受，技术改造贷款贴息不计该贷款的利息",
            "loan " + loan + " was claimed first under the " + (firstLoan ? "first-loan" : "tech-SME")
            + " subsidy, which pays on it whatever the facts not given, and takes no second subsidy: the renovation "
            + "interest subsidy leaves its interest out");
        return true;
      }
      // the claimed subsidy may pay on the loan or not: the renovation subsidy cannot be sure to keep it
      renovationMayKeep = false;
    }
    if (renovationMayKeep && renovationLeastOn != null && othersMostOn != null
        && renovationLeastOn.compareTo(othersMostOn) > 0 && (othersPay || last)) {
      keepForRenovation(loan, othersWithout);
      notes.say("贷款 " + loan + " 适用技术改造贷款贴息：无论未提供的信息如何，其在该贷款上至少 " + renovationLeastOn.toPlainString()
          + " 元，大于首贷与科技型中小企业贴息在该贷款上至多合计的 " + othersMostOn.toPlainString()
          + " 元，首贷及科技型中小企业贴息不计该贷款",
          "loan " + loan + " takes the renovation interest subsidy: whatever the facts not given, it pays at least "
          + renovationLeastOn.toPlainString() + " CNY on it, more than the most the first-loan and tech-SME "
          + "subsidies can pay on it together, " + othersMostOn.toPlainString() + " CNY; the first-loan and tech-SME "
          + "subsidies leave it out");
      return true;
    }
    if (othersPay && renovationMostOn != null && othersLeastOn.compareTo(renovationMostOn) >= 0
        && (renovationPays || last)) {
      keepForOthers(loan, renovationWithout);
      notes.say("贷款 " + loan + " 适用首贷或科技型中小企业贴息：无论未提供的信息如何，两项在该贷款上"
          + "合计至少 " + othersLeastOn.toPlainString() + " 元，不少于技术改造贷款贴息至多的 " + renovationMostOn.toPlainString()
          + " 元，技术改造贷款贴息不计该贷款的利息",
          "loan " + loan + " takes the first-loan or tech-SME subsidy: whatever the facts not given, they pay at "
          + "least " + othersLeastOn.toPlainString() + " CNY on it together, not less than the renovation interest "
          + "subsidy's most of " + renovationMostOn.toPlainString() + " CNY; the renovation interest subsidy leaves "
          + "its interest out");
      return true;
    }
    return false;
  }

  /**
   * Gives the loan to the renovation subsidy: the first-loan and tech-SME outcomes become their outcomes with it
   * read as subsidised elsewhere, each least lowered, while loans are left open before it, to its least without
   * them too, as those loans may go either way (too wide, never too narrow: decisions register §4.6 item 43).
   */
  private void keepForRenovation(String loan, List<MeasureOutcome> othersWithout) {
    keptByRenovation.add(loan);
    if (open.isEmpty()) {
      setOthers(othersWithout);
      return;
    }
    Set<String> flaggedOpen = new LinkedHashSet<>(keptByRenovation);
    flaggedOpen.addAll(open);
    List<MeasureOutcome> pair = others(flaggedOpen);
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
  private void keepForOthers(String loan, MeasureOutcome renovationWithout) {
    keptByOthers.add(loan);
    if (open.isEmpty()) {
      outcomes.set(renovation, renovationWithout);
      return;
    }
    Set<String> leftOpen = new LinkedHashSet<>(keptByOthers);
    leftOpen.addAll(open);
    List<String> facts = new ArrayList<>();
    for (int position : new int[] {firstCounted ? first : -1, techCounted ? tech : -1}) {
      if (position >= 0) {
        facts.addAll(outcomes.get(position).missingFacts());
      }
    }
    outcomes.set(renovation, notes.opened(renovationWithout, lowered(renovationWithout,
        evaluate(renovation, withoutPayments(leftOpen)), facts)));
  }

  /**
   * The subsidy the loan records as claimed first under the precedence {@code FIRST_CLAIMED}, when that subsidy's
   * outcome is counted; else empty.
   */
  private Optional<StackingScheme> claimRecorded(String loan) {
    if (context.options().interestSubsidyPrecedence() != StackingPrecedence.FIRST_CLAIMED) {
      return Optional.empty();
    }
    Optional<StackingScheme> claim = profile.loans().orElse(List.of()).stream()
        .filter(held -> held.loanId().equals(loan)).findFirst().flatMap(LoanFacts::interestSubsidyClaimedFirst);
    return claim.filter(scheme -> scheme == StackingScheme.FIRST_LOAN ? firstCounted : techCounted);
  }

  /**
   * The subsidy the loan records as claimed first, when the precedence is {@code FIRST_CLAIMED} and that subsidy
   * pays on the loan (its outcome at one figure, more with the loan than without it); else empty, and the larger
   * keeps the loan (decisions register §4.6 items 43 and 72). Under {@code LARGER} the claim is not read.
   */
  private Optional<StackingScheme> claimStanding(String loan, List<MeasureOutcome> othersWithout) {
    if (context.options().interestSubsidyPrecedence() != StackingPrecedence.FIRST_CLAIMED) {
      return Optional.empty();
    }
    Optional<StackingScheme> claim = profile.loans().orElse(List.of()).stream()
        .filter(held -> held.loanId().equals(loan)).findFirst().flatMap(LoanFacts::interestSubsidyClaimedFirst);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
    if (firstLoan ? !firstCounted : !techCounted) {
      return Optional.empty();
    }
    Range with = Range.of(outcomes.get(firstLoan ? first : tech));
    Range without = Range.of(othersWithout.get(firstLoan ? 0 : 1));
    Range on = with.less(without);
    return with.isExact() && without.isExact() && on.least.signum() > 0 ? claim : Optional.empty();
  }

  private void setOthers(List<MeasureOutcome> without) {
    if (firstCounted) {
      outcomes.set(first, without.get(0));
    }
    if (techCounted) {
      outcomes.set(tech, without.get(1));
    }
  }

  /** The first-loan and tech-SME outcomes with the loans read as subsidised elsewhere, stacked again. */
  private List<MeasureOutcome> others(Set<String> flagged) {
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
  private MeasureOutcome evaluate(int position, EnterpriseProfile changed) {
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

  private EnterpriseProfile withoutPayments(Set<String> loans) {
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
   * another rule having opened it): whether it keeps what it may pay on the loan waits on them as well.
   */
  private static MeasureOutcome lowered(MeasureOutcome now, MeasureOutcome without, List<String> facts) {
    BigDecimal least = Cny.yuan(now.amount().minimum(), "minimum")
        .min(Cny.yuan(without.amount().minimum(), "minimum"));
    Optional<BigDecimal> most = now.amount().maximum().map(max -> Cny.yuan(max, "maximum"));
    OutcomeAmount amount = most.map(max -> max.compareTo(least) == 0 ? OutcomeAmount.exactly(Cny.of(least))
        : OutcomeAmount.between(Cny.of(least), Cny.of(max))).orElseGet(() -> OutcomeAmount.atLeast(Cny.of(least)));
    MeasureOutcome.Builder builder = now.toBuilder().amount(amount);
    boolean widened = least.compareTo(Cny.yuan(now.amount().minimum(), "minimum")) < 0;
    Optional<BigDecimal> mostWithout = without.amount().maximum().map(max -> Cny.yuan(max, "maximum"));
    boolean paysOnLoan = most.isEmpty() ? mostWithout.isPresent()
        : mostWithout.isPresent() && most.get().compareTo(mostWithout.get()) > 0;
    if ((widened || paysOnLoan) && now.verdict() != Verdict.INELIGIBLE) {
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
  private record Range(BigDecimal least, BigDecimal most) {

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

    boolean isNothing() {
      return least.signum() == 0 && most != null && most.signum() == 0;
    }

    boolean isExact() {
      return most != null && least.compareTo(most) == 0;
    }
  }
}
