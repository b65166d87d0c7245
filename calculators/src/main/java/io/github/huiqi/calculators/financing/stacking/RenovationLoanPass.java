package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.financing.stacking.RenovationLoanSides.Range;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * One renovation outcome against the first-loan and tech-SME outcomes of its jurisdiction (-1 when absent), each
 * counted or not, for {@link RenovationLoanStackingRule}, whose class Javadoc states the whole rule (one municipal
 * interest subsidy per loan, decisions register §1.7): the loans the renovation interest payments name, taken in the
 * order the projects first name them, each compared on what either side pays on it. A loan either side pays nothing on
 * is left as it is; one both pay on at one figure each goes to the larger, the first-loan and tech-SME subsidies
 * keeping a tie, unless under {@code FIRST_CLAIMED} the loan records the first-loan or tech-SME subsidy as claimed
 * first and that subsidy pays on it (decisions register §4.6 items 43 and 72); a loan open on its amounts goes to the
 * side every completion of the facts not given sends it to ({@link RenovationLoanOpenChoice}, item 96), else both keep
 * it with their ranges (items 67 and 95). Payments that name no loan, or a loan the profile does not hold, leave the
 * outcomes as they are and are named in a note.
 * <p>
 * Its parts, each in its own class: {@link RenovationLoanSides} works the two sides out again and gives a loan to one;
 * {@link RenovationLoanOpenChoice} decides an open loan; {@link RenovationLoanNotes} writes what the pass says. One per
 * renovation outcome: it sets the rule's copy of the outcomes in place.
 */
final class RenovationLoanPass {

  private final List<MeasureOutcome> outcomes;
  private final EnterpriseProfile profile;
  private final EvaluationContext context;
  private final int renovation;
  private final int first;
  private final int tech;
  private final boolean firstCounted;
  private final boolean techCounted;
  /** The first-loan and tech-SME outcomes as the rule found them (null when absent). */
  private final MeasureOutcome firstBefore;
  private final MeasureOutcome techBefore;
  /** The two sides' outcomes worked out again, and the loans each keeps. */
  private final RenovationLoanSides sides;
  /** The sides' sets: the loans the renovation subsidy keeps, the first-loan and tech-SME side keeps, left open. */
  private final Set<String> keptByRenovation;
  private final Set<String> keptByOthers;
  private final Set<String> open;
  /** What the pass says of each loan, and the reasons and notes it writes (the sides'). */
  private final RenovationLoanNotes notes;
  /** Decides a loan open on its amounts when every completion of the facts not given sends it one way. */
  private final RenovationLoanOpenChoice choice;

  RenovationLoanPass(List<MeasureOutcome> outcomes, EnterpriseProfile profile, EvaluationContext context,
      Catalog catalog, boolean explain, int renovation, int first, boolean firstCounted, int tech,
      boolean techCounted) {
    this.outcomes = outcomes;
    this.profile = profile;
    this.context = context;
    this.renovation = renovation;
    this.first = first;
    this.tech = tech;
    this.firstCounted = firstCounted;
    this.techCounted = techCounted;
    this.firstBefore = first >= 0 ? outcomes.get(first) : null;
    this.techBefore = tech >= 0 ? outcomes.get(tech) : null;
    this.sides = new RenovationLoanSides(outcomes, profile, context, catalog, explain, renovation, first, firstCounted,
        tech, techCounted);
    this.keptByRenovation = sides.keptByRenovation;
    this.keptByOthers = sides.keptByOthers;
    this.open = sides.open;
    this.notes = sides.notes;
    this.choice = new RenovationLoanOpenChoice(sides);
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
    List<MeasureOutcome> othersWithout = sides.others(flagged);
    Set<String> left = new LinkedHashSet<>(keptByOthers);
    left.add(loan);
    MeasureOutcome renovationNow = outcomes.get(renovation);
    MeasureOutcome renovationWithout = sides.evaluate(renovation, sides.withoutPayments(left));
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
        sides.keepForOthers(loan, renovationWithout);
        boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
        notes.say("贷款 " + loan + " 已先申请" + (firstLoan ? "首贷贴息" : "科技型中小企业贴息") + "（"
            + othersOn.least().toPlainString() + " 元），同一笔贷款不得重复享受，技术改造贷款贴息（"
            + renovationOn.least().toPlainString() + " 元）不计该贷款的利息",
            "loan " + loan + " was claimed first under the " + (firstLoan ? "first-loan" : "tech-SME")
            + " subsidy (" + othersOn.least().toPlainString() + " CNY), and takes no second subsidy: the renovation "
            + "interest subsidy (" + renovationOn.least().toPlainString() + " CNY) leaves its interest out");
        return true;
      }
      if (renovationOn.least().compareTo(othersOn.least()) > 0) {
        sides.keepForRenovation(loan, othersWithout);
        notes.say("贷款 " + loan + " 适用技术改造贷款贴息（" + renovationOn.least().toPlainString() + " 元，大于首贷或科技型中小企业"
            + "贴息的 " + othersOn.least().toPlainString() + " 元），首贷及科技型中小企业贴息不计该贷款",
            "loan " + loan + " takes the renovation interest subsidy (" + renovationOn.least().toPlainString()
            + " CNY, more than the first-loan or tech-SME subsidy's " + othersOn.least().toPlainString()
            + " CNY); the first-loan and tech-SME subsidies leave it out");
      } else {
        sides.keepForOthers(loan, renovationWithout);
        notes.say("贷款 " + loan + " 适用首贷或科技型中小企业贴息（" + othersOn.least().toPlainString() + " 元，不少于技术改造"
            + "贷款贴息的 " + renovationOn.least().toPlainString() + " 元），技术改造贷款贴息不计该贷款的利息",
            "loan " + loan + " takes the first-loan or tech-SME subsidy (" + othersOn.least().toPlainString()
            + " CNY, not less than the renovation interest subsidy's " + renovationOn.least().toPlainString()
            + " CNY); the renovation interest subsidy leaves its interest out");
      }
      return true;
    }
    if (choice.decidedOver(loan, last, othersWithout, renovationWithout, othersNow, othersLess,
        Range.of(renovationNow), Range.of(renovationWithout))) {
      return true;
    }
    // open on the loan: both keep it with their ranges, each least lowered to its least without the loan and
    // without every loan left open before it (either may go to the other side whichever way the facts fall)
    open.add(loan);
    Set<String> flaggedOpen = new LinkedHashSet<>(keptByRenovation);
    flaggedOpen.addAll(open);
    List<MeasureOutcome> othersWithoutOpen = sides.others(flaggedOpen);
    Set<String> leftOpen = new LinkedHashSet<>(keptByOthers);
    leftOpen.addAll(open);
    MeasureOutcome renovationWithoutOpen = sides.evaluate(renovation, sides.withoutPayments(leftOpen));
    List<String> othersFacts = new ArrayList<>();
    for (MeasureOutcome outcome : new MeasureOutcome[] {firstNow, techNow}) {
      if (outcome != null) {
        othersFacts.addAll(outcome.missingFacts());
      }
    }
    outcomes.set(renovation, notes.opened(renovationNow, RenovationLoanSides.lowered(renovationNow,
        renovationWithoutOpen, othersFacts)));
    if (firstNow != null) {
      outcomes.set(first, notes.opened(firstNow, RenovationLoanSides.lowered(firstNow, othersWithoutOpen.get(0),
          renovationNow.missingFacts())));
    }
    if (techNow != null) {
      outcomes.set(tech, notes.opened(techNow, RenovationLoanSides.lowered(techNow, othersWithoutOpen.get(1),
          renovationNow.missingFacts())));
    }
    notes.say("贷款 " + loan + " 的贴息金额未定，无法比较：两项均保留该贷款，其下限为不计该贷款（及此前未定的贷款）时的下限",
        "loan " + loan + ": an amount on it is open, so the two cannot be compared: both keep it, each least "
        + "lowered to its least without the loan (and the loans left open before it)");
    return true;
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
    return with.isExact() && without.isExact() && on.least().signum() > 0 ? claim : Optional.empty();
  }

}
