package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.techsme.TechSmeOptions;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * Choices for stacking the municipal interest subsidies: the precedence, and each calculator's own options.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param precedence  which subsidy applies on a loan that qualifies for both; default
 *     {@link StackingPrecedence#FIRST_CLAIMED}
 * @param firstLoan  the first-loan calculator's options; default its documented defaults
 * @param techSme  the tech-SME calculator's options; default its documented defaults
 */
public record StackingOptions(
    Optional<StackingPrecedence> precedence,
    Optional<FirstLoanOptions> firstLoan,
    Optional<TechSmeOptions> techSme) {

  /** No overrides: every documented default applies. */
  public static final StackingOptions DEFAULTS =
      new StackingOptions(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public StackingOptions {
    Args.notNullOptional(precedence, "precedence");
    Args.notNullOptional(firstLoan, "firstLoan");
    Args.notNullOptional(techSme, "techSme");
  }

  /**
   * Returns a copy with a precedence chosen.
   *
   * @param chosen  the precedence
   * @return the copy
   */
  public StackingOptions withPrecedence(StackingPrecedence chosen) {
    return new StackingOptions(Optional.of(Args.notNull(chosen, "precedence")), firstLoan, techSme);
  }
}
