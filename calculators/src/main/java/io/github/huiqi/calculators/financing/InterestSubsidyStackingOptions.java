package io.github.huiqi.calculators.financing;

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
public record InterestSubsidyStackingOptions(
    Optional<StackingPrecedence> precedence,
    Optional<FirstLoanSubsidyOptions> firstLoan,
    Optional<TechSmeSubsidyOptions> techSme) {

  /** No overrides: every documented default applies. */
  public static final InterestSubsidyStackingOptions DEFAULTS =
      new InterestSubsidyStackingOptions(Optional.empty(), Optional.empty(), Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if an option is null rather than empty
   */
  public InterestSubsidyStackingOptions {
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
  public InterestSubsidyStackingOptions withPrecedence(StackingPrecedence chosen) {
    return new InterestSubsidyStackingOptions(Optional.of(Args.notNull(chosen, "precedence")), firstLoan, techSme);
  }
}
