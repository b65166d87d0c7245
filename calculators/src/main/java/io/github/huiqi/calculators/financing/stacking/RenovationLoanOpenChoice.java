package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.RenovationLoanSides.Range;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A loan the renovation interest subsidy and the first-loan and tech-SME subsidies may both pay on, one of them open
 * on it (a range), decided for {@link RenovationLoanStackingRule} when every completion of the facts not given sends
 * it the same way (decisions register §4.6 item 96, reading item 43): one side's least on the loan above the other's
 * most on it, or the first-loan and tech-SME side's least on it no less than the renovation subsidy's most (they keep
 * a tie); under {@code FIRST_CLAIMED} a claim recorded on the loan keeps it for the subsidy claimed when that subsidy
 * surely pays on it (item 72). A loan so decided is given to its side by {@link RenovationLoanSides}; one not decided
 * is left open by {@link RenovationLoanPass}, both sides keeping it with their ranges.
 * <p>
 * One per pass: it reads and changes the pass's outcomes and loans through the pass's {@link RenovationLoanSides}.
 */
final class RenovationLoanOpenChoice {

  /** The pass's two sides, whose outcomes, loans and notes it reads and changes. */
  private final RenovationLoanSides sides;

  RenovationLoanOpenChoice(RenovationLoanSides sides) {
    this.sides = sides;
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
   * compared after it is not, so such a loan is decided only when it is the last compared (none after it, and no loan
   * left as it is before it to compare again: decisions register §4.6 item 130). That holds for the
   * first-loan and tech-SME side paying nothing; the renovation subsidy must be sure to pay on a loan it is given,
   * for the other side's sum may be more without the loan, its amounts then not the same (item 118).
   *
   * @param last  whether no loan is compared after it
   * @return whether the loan was decided and the outcomes set
   */
  boolean decidedOver(String loan, boolean last, List<MeasureOutcome> othersWithout,
      MeasureOutcome renovationWithout, Range othersNow, Range othersLess, Range renovationNow,
      Range renovationLess) {
    BigDecimal othersLeastWithout = othersLess.least();
    BigDecimal renovationLeastWithout = renovationLess.least();
    if (!sides.open.isEmpty()) {
      // a loan left open before may go either way: the outcomes without this loan and without it bound the least
      List<MeasureOutcome> pair = sides.othersWithoutOpen(loan);
      othersLeastWithout = othersLeastWithout.min(Range.sum(sides.firstCounted ? pair.get(0) : null,
          sides.techCounted ? pair.get(1) : null).least());
      renovationLeastWithout = renovationLeastWithout.min(Range.of(sides.renovationWithoutOpen(loan)).least());
    }
    BigDecimal othersLeastOn = othersLess.most() == null ? null : othersNow.least().subtract(othersLess.most());
    BigDecimal othersMostOn = othersNow.most() == null ? null : othersNow.most().subtract(othersLeastWithout);
    BigDecimal renovationLeastOn = renovationLess.most() == null ? null
        : renovationNow.least().subtract(renovationLess.most());
    BigDecimal renovationMostOn = renovationNow.most() == null ? null
        : renovationNow.most().subtract(renovationLeastWithout);
    // a side sure to pay on the loan whatever the facts: the loan changes hands in every completion
    boolean othersPay = othersLeastOn != null && othersLeastOn.signum() > 0;
    boolean renovationPays = renovationLeastOn != null && renovationLeastOn.signum() > 0;
    boolean renovationMayKeep = true;
    Optional<StackingScheme> claim = sides.claimRecorded(loan);
    if (claim.isPresent()) {
      boolean firstLoan = claim.get() == StackingScheme.FIRST_LOAN;
      Range with = Range.of(sides.outcomes.get(firstLoan ? sides.first : sides.tech));
      Range without = Range.of(othersWithout.get(firstLoan ? 0 : 1));
      if (without.most() != null && with.least().subtract(without.most()).signum() > 0 && (renovationPays || last)) {
        // the subsidy claimed first surely pays on the loan: the claim stands (decisions register §4.6 item 72)
        sides.keepForOthers(loan, renovationWithout);
        sides.notes.say("贷款 " + loan + " 已先申请" + (firstLoan ? "首贷贴息" : "科技型中小企业贴息")
            + "，无论未提供的信息如何均在该贷款上有贴息，同一笔贷款不得重复享受，技术改造贷款贴息不计该贷款的利息",
            "loan " + loan + " was claimed first under the " + (firstLoan ? "first-loan" : "tech-SME")
            + " subsidy, which pays on it whatever the facts not given, and takes no second subsidy: the renovation "
            + "interest subsidy leaves its interest out");
        return true;
      }
      // the claimed subsidy may pay on the loan or not: the renovation subsidy cannot be sure to keep it
      renovationMayKeep = false;
    }
    // the renovation subsidy sure to pay on the loan too: where it may pay nothing the loan is left as it is, and the
    // first-loan and tech-SME side, which may get more without the loan, keeps its outcome with it (register §4.6
    // item 118)
    if (renovationMayKeep && renovationLeastOn != null && othersMostOn != null && renovationLeastOn.signum() > 0
        && renovationLeastOn.compareTo(othersMostOn) > 0 && (othersPay || last)) {
      sides.keepForRenovation(loan, othersWithout);
      sides.notes.say("贷款 " + loan + " 适用技术改造贷款贴息：无论未提供的信息如何，其在该贷款上至少 " + renovationLeastOn.toPlainString()
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
      sides.keepForOthers(loan, renovationWithout);
      sides.notes.say("贷款 " + loan + " 适用首贷或科技型中小企业贴息：无论未提供的信息如何，两项在该贷款上"
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
}
