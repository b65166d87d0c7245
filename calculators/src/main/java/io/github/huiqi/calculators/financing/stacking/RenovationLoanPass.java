package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.RenovationLoanSides.Range;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import java.math.BigDecimal;
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
 * is left as it is, and compared again, in that order, once a comparison after it gives or opens a loan (decisions
 * register §4.6 item 130), and the loans still left as they are at the end go one to a side where each side pays on
 * them together, each filling a cap the others would fill (item 153); one both pay on at one figure each goes to the larger, the first-loan and tech-SME subsidies
 * keeping a tie, unless under {@code FIRST_CLAIMED} the loan records the first-loan or tech-SME subsidy as claimed
 * first and that subsidy pays on it (decisions register §4.6 items 43 and 72); a loan open on its amounts goes to the
 * side every completion of the facts not given sends it to ({@link RenovationLoanOpenChoice}, item 96), else both keep
 * it with their ranges (items 67 and 95); where every split of the loans is known, the split that pays the firm most
 * in all replaces the pass's own when that pays less ({@link RenovationLoanBestSplit}, item 147). Payments that name
 * no loan, or a loan the profile does not hold, leave the outcomes as they are and are named in a note.
 * <p>
 * Its parts, each in its own class: {@link RenovationLoanSides} works the two sides out again and gives a loan to one;
 * {@link RenovationLoanOpenChoice} decides an open loan; {@link RenovationLoanNotes} writes what the pass says. One per
 * renovation outcome: it sets the rule's copy of the outcomes in place.
 */
final class RenovationLoanPass {

  /** The two sides' outcomes worked out again, the loans each keeps and what the pass says. */
  private final RenovationLoanSides sides;
  /** The first-loan and tech-SME outcomes as the rule found them (null when absent). */
  private final MeasureOutcome firstBefore;
  private final MeasureOutcome techBefore;
  /** Decides a loan open on its amounts when every completion of the facts not given sends it one way. */
  private final RenovationLoanOpenChoice choice;

  RenovationLoanPass(RenovationLoanSides sides) {
    this.sides = sides;
    this.firstBefore = sides.first >= 0 ? sides.outcomes.get(sides.first) : null;
    this.techBefore = sides.tech >= 0 ? sides.outcomes.get(sides.tech) : null;
    this.choice = new RenovationLoanOpenChoice(sides);
  }

  void run() {
    List<MeasureOutcome> outcomes = sides.outcomes;
    int renovation = sides.renovation;
    Set<String> held = new LinkedHashSet<>();
    sides.profile.loans().orElse(List.of()).forEach(loan -> held.add(loan.loanId()));
    Set<String> named = new LinkedHashSet<>();
    List<String> unnamed = new ArrayList<>();
    List<String> unheld = new ArrayList<>();
    for (RenovationProject project : sides.profile.renovationProjects().orElse(List.of())) {
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
    List<String> round = new ArrayList<>(named);
    // each loan compared in the order the payments first name it; then, while a comparison changed the outcomes after
    // a loan was left as it is, the loans left as they are are compared again, in that order, since what either side
    // pays on them may have changed (a loan given or left open is not compared again: each round gives or opens one
    // or ends the pass; decisions register §4.6 item 130)
    while (!round.isEmpty()) {
      List<String> leftAsTheyAre = new ArrayList<>();
      boolean changedAfterOneLeft = false;
      for (int index = 0; index < round.size(); index++) {
        // last only when no comparison can follow: none after it in the round, none left as it is to compare again
        boolean last = index == round.size() - 1 && leftAsTheyAre.isEmpty();
        if (compare(round.get(index), last)) {
          compared = true;
          changedAfterOneLeft |= !leftAsTheyAre.isEmpty();
        } else {
          leftAsTheyAre.add(round.get(index));
        }
      }
      round = changedAfterOneLeft ? leftAsTheyAre : List.of();
    }
    // a loan left as it is stays in both sides' claims: harmless where one side pays nothing on the loans left
    // together, but where each pays on them (each loan paying nothing more only because the others fill a cap), both
    // would count their interest; each is then given to one side (decisions register §4.6 item 153)
    compared |= settleLeft(named);
    // the loans compared one at a time may end on a split that pays the firm less than another: where every split is
    // known, the firm takes the one that pays most in all (decisions register §4.6 item 147)
    compared |= new RenovationLoanBestSplit(sides).apply(named);
    if (compared) {
      Reason note = sides.notes.note();
      outcomes.set(renovation, outcomes.get(renovation).withNote(note));
      if (sides.first >= 0 && !outcomes.get(sides.first).equals(firstBefore)) {
        outcomes.set(sides.first, outcomes.get(sides.first).withNote(note));
      }
      if (sides.tech >= 0 && !outcomes.get(sides.tech).equals(techBefore)) {
        outcomes.set(sides.tech, outcomes.get(sides.tech).withNote(note));
      }
    }
    if (!unnamed.isEmpty() || !unheld.isEmpty()) {
      outcomes.set(renovation, outcomes.get(renovation).withNote(RenovationLoanNotes.notChecked(unnamed, unheld)));
    }
  }

  /**
   * Gives each loan still left as it is to one side, in the order the payments name them, where both sides' amounts
   * are at one figure and each side pays on those loans together: the renovation subsidy's amount without them is
   * below its amount with them, and so is the first-loan and tech-SME side's. Each loan then goes to the side that
   * pays more on it at its turn, the claim recorded first standing and the first-loan and tech-SME side keeping a tie
   * as in {@link #compare}, though one side pays nothing more on it: that side loses nothing by it, and the loans after
   * it are compared on the claims without it (decisions register §4.6 item 153). Where one side pays nothing on the
   * loans left together, they stay as they are: the outcomes are then those of giving them all to the other side.
   *
   * @param named  the loans the renovation interest payments name, of the profile
   * @return whether a loan was given
   */
  private boolean settleLeft(Set<String> named) {
    Set<String> left = new LinkedHashSet<>(named);
    left.removeAll(sides.keptByRenovation);
    left.removeAll(sides.keptByOthers);
    if (left.isEmpty() || !sides.open.isEmpty()) {
      return false;
    }
    Set<String> flagged = new LinkedHashSet<>(sides.keptByRenovation);
    flagged.addAll(left);
    List<MeasureOutcome> othersWithout = sides.others(flagged);
    Set<String> withoutPayments = new LinkedHashSet<>(sides.keptByOthers);
    withoutPayments.addAll(left);
    Range renovationNow = Range.of(sides.outcomes.get(sides.renovation));
    Range renovationLess = Range.of(sides.evaluate(sides.renovation, sides.withoutPayments(withoutPayments)));
    Range othersNow = Range.sum(sides.firstCounted ? sides.outcomes.get(sides.first) : null,
        sides.techCounted ? sides.outcomes.get(sides.tech) : null);
    Range othersLess = Range.sum(sides.firstCounted ? othersWithout.get(0) : null,
        sides.techCounted ? othersWithout.get(1) : null);
    if (!renovationNow.isExact() || !renovationLess.isExact() || !othersNow.isExact() || !othersLess.isExact()
        || renovationNow.less(renovationLess).isNothing() || othersNow.less(othersLess).isNothing()) {
      return false;
    }
    boolean given = false;
    List<String> loans = new ArrayList<>(left);
    for (int index = 0; index < loans.size(); index++) {
      given |= compare(loans.get(index), index == loans.size() - 1, true);
    }
    return given;
  }

  /**
   * Compares the two sides on one loan and sets the outcomes accordingly; a loan either side pays nothing on is left
   * as it is.
   *
   * @param last  whether no loan is compared after it
   * @return whether both sides pay on the loan (the comparison is noted)
   */
  private boolean compare(String loan, boolean last) {
    return compare(loan, last, false);
  }

  /**
   * Compares the two sides on one loan and sets the outcomes accordingly.
   *
   * @param last  whether no loan is compared after it
   * @param settling  whether the loan, left as it is, must go to one side ({@link #settleLeft}): at one figure each, a
   *     side that pays nothing on it loses it to the other, rather than both keeping it
   * @return whether the loan was given or left open (the comparison is noted)
   */
  private boolean compare(String loan, boolean last, boolean settling) {
    List<MeasureOutcome> outcomes = sides.outcomes;
    int renovation = sides.renovation;
    boolean firstCounted = sides.firstCounted;
    boolean techCounted = sides.techCounted;
    Set<String> flagged = new LinkedHashSet<>(sides.keptByRenovation);
    flagged.add(loan);
    List<MeasureOutcome> othersWithout = sides.others(flagged);
    Set<String> left = new LinkedHashSet<>(sides.keptByOthers);
    left.add(loan);
    MeasureOutcome renovationNow = outcomes.get(renovation);
    MeasureOutcome renovationWithout = sides.evaluate(renovation, sides.withoutPayments(left));
    MeasureOutcome firstNow = firstCounted ? outcomes.get(sides.first) : null;
    MeasureOutcome techNow = techCounted ? outcomes.get(sides.tech) : null;
    Range othersNow = Range.sum(firstNow, techNow);
    Range othersLess = Range.sum(firstCounted ? othersWithout.get(0) : null,
        techCounted ? othersWithout.get(1) : null);
    Range othersOn = othersNow.less(othersLess);
    Range renovationOn = Range.of(renovationNow).less(Range.of(renovationWithout));
    // at one figure each, with and without the loan: the two amounts on it are known and can be compared
    boolean known = othersNow.isExact() && othersLess.isExact() && Range.of(renovationNow).isExact()
        && Range.of(renovationWithout).isExact();
    // a side pays nothing on the loan in every completion of the facts not given only when the renovation subsidy's
    // most with the loan is no more than its least without it (without the loans left open before it too, which may go
    // either way), or the first-loan and tech-SME side's amounts with and without it are one and the same figure: the
    // ranges' differences, least less least and most less most, may both be zero while a completion pays on the loan
    // (decisions register §4.6 item 112)
    boolean nothing = known ? othersOn.isNothing() || renovationOn.isNothing()
        : surelyNothing(loan, othersNow, othersLess, Range.of(renovationNow), Range.of(renovationWithout));
    if (nothing && !(settling && known)) {
      return false;
    }
    if (known) {
      Optional<StackingScheme> claim = claimStanding(loan, othersWithout);
      if (claim.isPresent()) {
        // the subsidy claimed first pays on the loan: the claim stands against the renovation subsidy, even where
        // that would pay more (decisions register §4.6 item 72)
        sides.keepForOthers(loan, renovationWithout);
        boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
        sides.notes.say("贷款 " + loan + " 已先申请" + (firstLoan ? "首贷贴息" : "科技型中小企业贴息") + "（"
            + othersOn.least().toPlainString() + " 元），同一笔贷款不得重复享受，技术改造贷款贴息（"
            + renovationOn.least().toPlainString() + " 元）不计该贷款的利息",
            "loan " + loan + " was claimed first under the " + (firstLoan ? "first-loan" : "tech-SME")
            + " subsidy (" + othersOn.least().toPlainString() + " CNY), and takes no second subsidy: the renovation "
            + "interest subsidy (" + renovationOn.least().toPlainString() + " CNY) leaves its interest out");
        return true;
      }
      if (renovationOn.least().compareTo(othersOn.least()) > 0) {
        sides.keepForRenovation(loan, othersWithout);
        sides.notes.say("贷款 " + loan + " 适用技术改造贷款贴息（" + renovationOn.least().toPlainString() + " 元，大于首贷或科技型中小企业"
            + "贴息的 " + othersOn.least().toPlainString() + " 元），首贷及科技型中小企业贴息不计该贷款",
            "loan " + loan + " takes the renovation interest subsidy (" + renovationOn.least().toPlainString()
            + " CNY, more than the first-loan or tech-SME subsidy's " + othersOn.least().toPlainString()
            + " CNY); the first-loan and tech-SME subsidies leave it out");
      } else {
        sides.keepForOthers(loan, renovationWithout);
        sides.notes.say("贷款 " + loan + " 适用首贷或科技型中小企业贴息（" + othersOn.least().toPlainString() + " 元，不少于技术改造"
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
    sides.open.add(loan);
    List<MeasureOutcome> othersWithoutOpen = sides.othersWithoutOpen();
    MeasureOutcome renovationWithoutOpen = sides.renovationWithoutOpen();
    // the facts each side's amount on the loan waits on: those its outcomes with and without the loan name (an
    // outcome may name nothing with the loan, its cap spent, and a fact without it: decisions register §4.6 item 112)
    List<String> othersFacts = new ArrayList<>();
    for (MeasureOutcome outcome : new MeasureOutcome[] {firstNow, techNow,
        firstCounted ? othersWithout.get(0) : null, techCounted ? othersWithout.get(1) : null}) {
      if (outcome != null) {
        othersFacts.addAll(outcome.missingFacts());
      }
    }
    List<String> renovationFacts = new ArrayList<>(renovationNow.missingFacts());
    renovationFacts.addAll(renovationWithout.missingFacts());
    // each side names the other's facts; where the other names none, the choice waits on its own side's alone
    List<String> forRenovation = othersFacts.isEmpty() ? renovationFacts : othersFacts;
    List<String> forOthers = renovationFacts.isEmpty() ? othersFacts : renovationFacts;
    outcomes.set(renovation, sides.notes.opened(renovationNow, RenovationLoanSides.lowered(renovationNow,
        renovationWithoutOpen, forRenovation)));
    if (firstNow != null) {
      outcomes.set(sides.first, sides.notes.opened(firstNow, RenovationLoanSides.lowered(firstNow,
          othersWithoutOpen.get(0), forOthers)));
    }
    if (techNow != null) {
      outcomes.set(sides.tech, sides.notes.opened(techNow, RenovationLoanSides.lowered(techNow,
          othersWithoutOpen.get(1), forOthers)));
    }
    sides.notes.say("贷款 " + loan + " 的贴息金额未定，无法比较：两项均保留该贷款，其下限为不计该贷款（及此前未定的贷款）时的下限",
        "loan " + loan + ": an amount on it is open, so the two cannot be compared: both keep it, each least "
        + "lowered to its least without the loan (and the loans left open before it)");
    return true;
  }

  /**
   * Whether either side pays nothing on the loan whatever the facts not given (decisions register §4.6 item 112). The
   * renovation subsidy pays nothing when its most with the loan is no more than its least without it, that least
   * lowered, while loans are left open before it, to its least without them as well (they may go either way): its
   * amount without a loan's payments is never more than with them. The first-loan and tech-SME side's sum can be
   * more without the loan (a claim that reaches the tech-SME enrolment's dates only without the loan's interest), so
   * its most with the loan no more than its least without it says only that it pays nothing or less on the loan, and
   * a completion where it pays less is compared like any other (the renovation subsidy, paying more, keeps the loan):
   * that side pays nothing only when its amounts with and without the loan are one and the same figure, no loan left
   * open before it.
   */
  private boolean surelyNothing(String loan, Range othersNow, Range othersLess, Range renovationNow,
      Range renovationLess) {
    BigDecimal renovationLeast = renovationLess.least();
    if (!sides.open.isEmpty()) {
      renovationLeast = renovationLeast.min(Range.of(sides.renovationWithoutOpen(loan)).least());
    }
    boolean othersNothing = sides.open.isEmpty() && othersNow.isExact() && othersLess.isExact()
        && othersNow.less(othersLess).isNothing();
    return othersNothing || renovationNow.surelyNothingBeyond(renovationLeast);
  }

  /**
   * The subsidy the loan records as claimed first, when the precedence is {@code FIRST_CLAIMED} and that subsidy
   * pays on the loan (its outcome at one figure, more with the loan than without it); else empty, and the larger
   * keeps the loan (decisions register §4.6 items 43 and 72). Under {@code LARGER} the claim is not read.
   */
  private Optional<StackingScheme> claimStanding(String loan, List<MeasureOutcome> othersWithout) {
    Optional<StackingScheme> claim = sides.claimRecorded(loan);
    if (claim.isEmpty()) {
      return Optional.empty();
    }
    boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
    Range with = Range.of(sides.outcomes.get(firstLoan ? sides.first : sides.tech));
    Range without = Range.of(othersWithout.get(firstLoan ? 0 : 1));
    Range on = with.less(without);
    return with.isExact() && without.isExact() && on.least().signum() > 0 ? claim : Optional.empty();
  }
}
