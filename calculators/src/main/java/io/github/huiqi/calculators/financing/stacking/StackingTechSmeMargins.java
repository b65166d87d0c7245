package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the tech-SME subsidy pays more, at its most, with a loan's interest in its claim than without it, beside the
 * loans it has taken so far and every fee and premium (register §4.6 item 133): one tech-SME calculation a loan
 * compared, made only where a cap cuts the claim of every loan.
 */
final class StackingTechSmeMargins {

  private final TechSmeMeasure measure;
  private final StackingRequest request;
  private final StackingOptions options;
  private final Set<String> taken = new HashSet<>();
  /** The subsidy's most on the loans taken so far. */
  private BigDecimal before;
  /** The most with the loan last asked about, kept for {@link #take} when that loan is taken. */
  private BigDecimal lastWith;
  private String lastLoan;

  StackingTechSmeMargins(TechSmeMeasure measure, StackingRequest request, StackingOptions options) {
    this.measure = measure;
    this.request = request;
    this.options = options;
    this.before = most(claimOf(Set.of()));
  }

  /** What the subsidy pays more with the loan than without it, at least 0.00; none worked out for no amount. */
  BigDecimal withLoan(String loanId, BigDecimal amount) {
    if (amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    Set<String> with = new HashSet<>(taken);
    with.add(loanId);
    lastWith = most(claimOf(with));
    lastLoan = loanId;
    return lastWith.subtract(before).max(BigDecimal.ZERO);
  }

  /** The loan taken by the subsidy: the next loan's margin is worked out beside it. */
  void take(String loanId) {
    taken.add(loanId);
    before = loanId.equals(lastLoan) ? lastWith : most(claimOf(taken));
  }

  private List<TechSmeInterestItem> claimOf(Set<String> loans) {
    List<TechSmeInterestItem> claim = new ArrayList<>();
    for (TechSmeInterestItem item : request.interest()) {
      if (loans.contains(item.loanId())) {
        claim.add(item);
      }
    }
    return claim;
  }

  private BigDecimal most(List<TechSmeInterestItem> claim) {
    return StackingCalculator.techSme(measure, request, claim, options)
        .map(r -> Cny.yuan(r.amount().maximum(), "techSmeTotal")).orElse(BigDecimal.ZERO);
  }
}
