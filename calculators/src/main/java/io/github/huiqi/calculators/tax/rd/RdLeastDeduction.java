package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.math.BigDecimal;
import java.util.List;

/**
 * The least R&amp;D extra deduction a profile's tax year is sure to get whatever its unknown facts turn out to be
 * ({@link RdEvaluator#leastDeduction}), and the facts that, not known, keep it at zero although the year's expensed
 * R&amp;D is known (an industry not known, which could be on the negative list; a kind not known in a year only some
 * kinds get the deduction); with the most the known R&amp;D can give at the best rate a kind not known allows, and
 * those kinds, which can only raise it (such as {@code /icOrMachineTool} in 2023: 120% against 100%).
 *
 * @param deduction  the least deduction in yuan, not negative
 * @param undecided  the profile pointers of the facts that keep it at zero, such as {@code /industryCode}; empty when
 *     none
 * @param most  the deduction in yuan at the best rate the kinds not known allow, its intangibles read as none; not
 *     less than {@code deduction}
 * @param raising  the profile pointers of the kinds not known that raise the deduction from {@code deduction} to
 *     {@code most}, such as {@code /icOrMachineTool}; empty when {@code most} is {@code deduction}
 */
public record RdLeastDeduction(BigDecimal deduction, List<String> undecided, BigDecimal most, List<String> raising) {

  /** No deduction is sure and no fact decides it (the year's expensed R&amp;D itself is not known). */
  static final RdLeastDeduction NONE = new RdLeastDeduction(BigDecimal.ZERO, List.of());

  /**
   * Creates the value.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument or a pointer is null, or {@code most} is
   *     less than {@code deduction}
   */
  public RdLeastDeduction {
    Args.notNull(deduction, "deduction");
    Args.notNull(undecided, "undecided");
    Args.notNull(most, "most");
    Args.notNull(raising, "raising");
    undecided = Args.listCopy(undecided, "undecided");
    raising = Args.listCopy(raising, "raising");
    if (most.compareTo(deduction) < 0) {
      throw new InvalidInputException("most", most.toPlainString(), "must not be less than the deduction "
          + deduction.toPlainString());
    }
  }

  /**
   * Creates the value with no kind left to raise it: the most is the least.
   *
   * @param deduction  the least deduction in yuan, not negative
   * @param undecided  the profile pointers of the facts that keep it at zero; empty when none
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument or a pointer is null
   */
  public RdLeastDeduction(BigDecimal deduction, List<String> undecided) {
    this(deduction, undecided, deduction, List.of());
  }
}
