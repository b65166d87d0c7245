package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import java.util.List;

/**
 * The least R&amp;D extra deduction a profile's tax year is sure to get whatever its unknown facts turn out to be
 * ({@link RdEvaluator#leastDeduction}), and the facts that, not known, keep it at zero although the year's expensed
 * R&amp;D is known (an industry not known, which could be on the negative list; a kind not known in a year only some
 * kinds get the deduction).
 *
 * @param deduction  the least deduction in yuan, not negative
 * @param undecided  the profile pointers of those facts, such as {@code /industryCode}; empty when none
 */
public record RdLeastDeduction(BigDecimal deduction, List<String> undecided) {

  /** No deduction is sure and no fact decides it (the year's expensed R&amp;D itself is not known). */
  static final RdLeastDeduction NONE = new RdLeastDeduction(BigDecimal.ZERO, List.of());

  /**
   * Creates the value.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument or a pointer is null
   */
  public RdLeastDeduction {
    Args.notNull(deduction, "deduction");
    Args.notNull(undecided, "undecided");
    undecided = Args.listCopy(undecided, "undecided");
  }
}
