package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The first-loan subsidy's least (深工信〔2023〕26号 第5条) when a loan the tech-SME subsidy (第13条) took as the larger
 * is opened to it because an absent fee or premium list may spend the tech-SME caps first (decisions register §4.6
 * item 110): the opened loan then takes part of the first-loan subsidy's "单户企业贴息金额最高20万元", allocated in
 * drawdown order, and a loan drawn after it that the first-loan subsidy took may be left too little of the cap and
 * go to the tech-SME subsidy, costing the first-loan subsidy all it paid there (decisions register §4.6 item 114).
 * <p>
 * The loans decided before an opened loan keep their share of the cap and their comparison with the tech-SME
 * subsidy (whose caps an absent list only spends) in every completion of the list; in a completion where the
 * earliest loan to go over is an opened loan, the first-loan subsidy is sure of what it pays on the loans before it
 * and of what the cap then leaves of the opened loan's amount (nothing counted on a loan whose choice or verdict is
 * open on other facts), the loans after it perhaps pushed out; where none goes over, of all it took. The least is
 * the least of these. Too wide, never too narrow. Amounts in yuan, at the fen as the stacking gives them; nothing
 * is rounded here. Holds no state.
 */
final class StackingPushedOut {

  private StackingPushedOut() {
  }

  /**
   * The first-loan subsidy's least once the loans {@code opened} to it may take its cap first, or empty when no loan
   * it took can be pushed out: none is decided after an opened loan, or its cap cannot bind (what it pays with every
   * opened loan's amount added stays within the cap).
   *
   * @param firstMeasure  the first-loan measure, whose cap per enterprise couples the loans
   * @param stacked  the stacking as the facts given decide it
   * @param loans  the profile's loans, for their drawdown dates
   * @param opened  the ids of the loans opened to the first-loan subsidy
   * @return the least, in yuan
   */
  static Optional<BigDecimal> firstLeast(FirstLoanMeasure firstMeasure, StackingResult stacked, List<LoanFacts> loans,
      List<String> opened) {
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    Map<String, LocalDate> drawn = new HashMap<>();
    loans.forEach(loan -> drawn.putIfAbsent(loan.loanId(), loan.drawdownDate()));
    List<StackingLoanDecision> decisions = new ArrayList<>(stacked.loans());
    List<StackingLoanDecision> order = new ArrayList<>(decisions);
    // the order the stacking decides the loans in and allocates the first-loan cap in: drawdown, then as listed
    order.sort(Comparator.comparing((StackingLoanDecision d) -> drawn.getOrDefault(d.loanId(), LocalDate.MIN))
        .thenComparing(decisions::indexOf));
    BigDecimal cap = Cny.positiveYuan(firstMeasure.capPerEnterprise().value(), "capPerEnterprise");
    BigDecimal paidAll = BigDecimal.ZERO;
    BigDecimal openedMost = BigDecimal.ZERO;
    // what the loans before pay for sure (their own verdict eligible), and what they may take of the cap
    BigDecimal before = BigDecimal.ZERO;
    BigDecimal taken = BigDecimal.ZERO;
    // the least over the completions in which a loan opened takes the first-loan subsidy, the earlier ones not
    BigDecimal least = null;
    boolean pushable = false;
    for (StackingLoanDecision loan : order) {
      boolean open = opened.contains(loan.loanId()) || loan.ground() == StackingGround.UNDETERMINED;
      if (open) {
        // it takes what the cap leaves after the loans before it, all of its amount when it surely qualifies; a
        // loan whose choice is open on other facts, or whose own verdict is open, is counted at nothing
        BigDecimal candidate = Cny.yuan(loan.firstLoanCandidate(), "candidate");
        BigDecimal takes = opened.contains(loan.loanId()) && loan.firstLoanVerdict() == Verdict.ELIGIBLE
            ? candidate.min(cap.subtract(taken).max(BigDecimal.ZERO)) : BigDecimal.ZERO;
        least = least == null ? before.add(takes) : least.min(before.add(takes));
        openedMost = openedMost.add(candidate);
      } else if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        BigDecimal paid = Cny.yuan(loan.paid(), "paid");
        paidAll = paidAll.add(paid);
        if (least != null) {
          pushable = true;
        } else {
          taken = taken.add(paid);
          before = loan.firstLoanVerdict() == Verdict.ELIGIBLE ? before.add(paid) : before;
        }
      }
    }
    if (!pushable || paidAll.add(openedMost).compareTo(cap) <= 0) {
      return Optional.empty();
    }
    return Optional.of(least);
  }
}
