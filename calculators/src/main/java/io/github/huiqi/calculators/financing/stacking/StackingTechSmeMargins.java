package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the tech-SME subsidy pays more, at its most, with a loan's interest in its claim than without it, beside the
 * loans it has taken so far and every fee and premium (register §4.6 item 133): one tech-SME calculation a loan
 * compared, made only where a cap cuts the claim of every loan. The loans drawn later that only the tech-SME subsidy
 * takes are counted beside them once the claim is sure to reach the enrolment's dates without the loan compared
 * (§4.6 item 134, {@link #countSure}).
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

  /**
   * What the subsidy pays more with the loan than without it, at least 0.00; none worked out for no amount. A loan
   * already counted ({@link #countSure}) is measured against the claim without it.
   */
  BigDecimal withLoan(String loanId, BigDecimal amount) {
    if (amount.signum() <= 0) {
      return BigDecimal.ZERO;
    }
    if (taken.contains(loanId)) {
      Set<String> without = new HashSet<>(taken);
      without.remove(loanId);
      lastLoan = null;
      return before.subtract(most(claimOf(without))).max(BigDecimal.ZERO);
    }
    Set<String> with = new HashSet<>(taken);
    with.add(loanId);
    lastWith = most(claimOf(with));
    lastLoan = loanId;
    return lastWith.subtract(before).max(BigDecimal.ZERO);
  }

  /**
   * What the subsidy would pay more with the loan beside {@code extra} too, loans drawn later that only the tech-SME
   * subsidy may take once a fact not given is known (register §4.6 item 134), where the claim with them reaches the
   * enrolment's dates; empty where it does not (they would not be counted). Two tech-SME calculations; the margins'
   * state is left as it is.
   */
  Optional<BigDecimal> withLoanBeside(String loanId, BigDecimal amount, Set<String> extra,
      StackingEnrolmentSpan span) {
    Set<String> beside = new HashSet<>(taken);
    beside.addAll(extra);
    beside.remove(loanId);
    if (!span.reachedBy(beside, request.interest(), request.guaranteeFees(), request.insurancePremiums())) {
      return Optional.empty();
    }
    if (amount.signum() <= 0) {
      return Optional.of(BigDecimal.ZERO);
    }
    Set<String> with = new HashSet<>(beside);
    with.add(loanId);
    return Optional.of(most(claimOf(with)).subtract(most(claimOf(beside))).max(BigDecimal.ZERO));
  }

  /** The loan taken by the subsidy: the next loan's margin is worked out beside it. */
  void take(String loanId) {
    if (!taken.add(loanId)) {
      return;
    }
    before = loanId.equals(lastLoan) ? lastWith : most(claimOf(taken));
  }

  /**
   * Counts {@code later}, loans drawn after the loan about to be compared that only the tech-SME subsidy takes, in the
   * claim the margins are worked out beside, where the claim of those loans and the loans taken so far (with every fee
   * and premium) reaches the enrolment's dates: they are then paid on whatever the comparisons decide (register §4.6
   * item 134). One tech-SME calculation when they are counted, none otherwise.
   *
   * @return whether they were counted
   */
  boolean countSure(Set<String> later, StackingEnrolmentSpan span) {
    if (taken.containsAll(later)) {
      return true;
    }
    Set<String> claim = new HashSet<>(taken);
    claim.addAll(later);
    if (!span.reachedBy(claim, request.interest(), request.guaranteeFees(), request.insurancePremiums())) {
      return false;
    }
    taken.addAll(later);
    before = most(claimOf(taken));
    lastLoan = null;
    return true;
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
