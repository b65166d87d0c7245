package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.RenovationLoanSides.Range;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The split of the loans the renovation interest payments name that gives the firm most in all, for
 * {@link RenovationLoanPass} (decisions register §4.6 item 147): the pass compares the loans one at a time, each
 * against what the other loans leave at its turn, so with two or more loans it can end on a split that pays the firm
 * less than another, and a raise of one input can make it pick the worse one. Where every split is known (each side
 * at one figure, no loan left open, no claim recorded under {@code FIRST_CLAIMED}) and the loans are at most
 * {@value #BUDGET}, each loan going either to the renovation interest subsidy (小升规方案 第十条) or to the first-loan
 * and tech-SME subsidies (深工信〔2023〕26号 第5条, 第13条), the firm takes the split that pays most in all, as it
 * would choose (item 43's ground); ties go to the split that leaves the first-loan and tech-SME subsidies the most
 * (item 43's tie), then to the one that gives the renovation subsidy fewer loans, then by loan id. The pass's own split
 * stands when it already pays that most. Otherwise (a split open, more loans) the pass stands as it is.
 * <p>
 * One per pass: it sets the pass's outcomes in place.
 */
final class RenovationLoanBestSplit {

  /** The most loans whose splits are all worked out (2^8 = 256 splits). */
  static final int BUDGET = 8;

  private final RenovationLoanSides sides;

  RenovationLoanBestSplit(RenovationLoanSides sides) {
    this.sides = sides;
  }

  /**
   * Gives the loans the split that pays the firm most in all, when every split is known and that most is above what
   * the pass's split pays.
   *
   * @param named  the loans the renovation interest payments name, of the profile
   * @return whether the outcomes were changed
   */
  boolean apply(Set<String> named) {
    if (named.size() < 2 || named.size() > BUDGET || !sides.open.isEmpty()) {
      return false;
    }
    List<String> loans = new ArrayList<>(named);
    loans.sort(null);
    for (String loan : loans) {
      if (sides.claimRecorded(loan).isPresent()) {
        return false;
      }
    }
    BigDecimal[] now = totals(sides.outcomes.get(sides.renovation),
        sides.firstCounted ? sides.outcomes.get(sides.first) : null,
        sides.techCounted ? sides.outcomes.get(sides.tech) : null);
    if (now == null) {
      return false;
    }
    BigDecimal[] best = null;
    int bestMask = -1;
    List<MeasureOutcome> bestOthers = null;
    MeasureOutcome bestRenovation = null;
    for (int mask = 0; mask < 1 << loans.size(); mask++) {
      Set<String> toRenovation = new LinkedHashSet<>();
      Set<String> toOthers = new LinkedHashSet<>();
      for (int i = 0; i < loans.size(); i++) {
        ((mask >> i & 1) == 1 ? toRenovation : toOthers).add(loans.get(i));
      }
      List<MeasureOutcome> others = sides.others(toRenovation);
      MeasureOutcome renovation = sides.evaluate(sides.renovation, sides.withoutPayments(toOthers));
      BigDecimal[] split = totals(renovation, countedFirst(others.get(0)), countedTech(others.get(1)));
      if (split == null) {
        return false;
      }
      if (best == null || better(split, mask, best, bestMask)) {
        best = split;
        bestMask = mask;
        bestOthers = others;
        bestRenovation = renovation;
      }
    }
    if (best[0].compareTo(now[0]) <= 0) {
      return false;
    }
    give(loans, bestMask, bestOthers, bestRenovation, best[0]);
    return true;
  }

  private MeasureOutcome countedFirst(MeasureOutcome outcome) {
    return sides.firstCounted ? outcome : null;
  }

  private MeasureOutcome countedTech(MeasureOutcome outcome) {
    return sides.techCounted ? outcome : null;
  }

  /** The split's total and the first-loan and tech-SME side's part of it; null when either is not at one figure. */
  private static BigDecimal[] totals(MeasureOutcome renovation, MeasureOutcome first, MeasureOutcome tech) {
    Range others = Range.sum(first, tech);
    Range own = Range.of(renovation);
    if (!others.isExact() || !own.isExact()) {
      return null;
    }
    return new BigDecimal[] {others.least().add(own.least()), others.least()};
  }

  /** More in all; on a tie more to the first-loan and tech-SME side, then fewer loans to 第十条, then loan id. */
  private static boolean better(BigDecimal[] split, int mask, BigDecimal[] best, int bestMask) {
    int total = split[0].compareTo(best[0]);
    if (total != 0) {
      return total > 0;
    }
    int others = split[1].compareTo(best[1]);
    if (others != 0) {
      return others > 0;
    }
    return Integer.bitCount(mask) < Integer.bitCount(bestMask);
  }

  private void give(List<String> loans, int mask, List<MeasureOutcome> others, MeasureOutcome renovation,
      BigDecimal total) {
    sides.keptByRenovation.clear();
    sides.keptByOthers.clear();
    List<String> toRenovation = new ArrayList<>();
    List<String> toOthers = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      boolean renovationKeeps = (mask >> i & 1) == 1;
      (renovationKeeps ? sides.keptByRenovation : sides.keptByOthers).add(loans.get(i));
      (renovationKeeps ? toRenovation : toOthers).add(loans.get(i));
    }
    sides.outcomes.set(sides.renovation, renovation);
    if (sides.firstCounted) {
      sides.outcomes.set(sides.first, others.get(0));
    }
    if (sides.techCounted) {
      sides.outcomes.set(sides.tech, others.get(1));
    }
    String none = "—";
    sides.notes.restart();
    sides.notes.say("按贷款逐笔比较的结果并非对企业最有利，改取合计最多的分配（" + total.toPlainString() + " 元）：贷款 "
        + (toRenovation.isEmpty() ? none : String.join("、", toRenovation)) + " 适用技术改造贷款贴息，贷款 "
        + (toOthers.isEmpty() ? none : String.join("、", toOthers)) + " 适用首贷或科技型中小企业贴息",
        "the loans compared one at a time did not give the firm most in all; it takes the split that does ("
        + total.toPlainString() + " CNY): loans " + (toRenovation.isEmpty() ? none : String.join(", ", toRenovation))
        + " to the renovation interest subsidy, loans " + (toOthers.isEmpty() ? none : String.join(", ", toOthers))
        + " to the first-loan or tech-SME subsidy");
  }
}
