package io.github.huiqi.calculators.grants.award;

import io.github.huiqi.core.grants.award.AwardCombination;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * The choices no source settles for an award, each defaulting to the measure's pack.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param combination  how tiers combine when more than one is earned; empty for the measure's
 *     {@code combination} parameter (the highest one alone for every built-in measure, decisions register §4.4 item 25)
 */
public record AwardOptions(Optional<AwardCombination> combination) {

  /** The defaults: everything as the measure's pack says. */
  public static final AwardOptions DEFAULTS = new AwardOptions(Optional.empty());

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public AwardOptions {
    combination = combination == null ? Optional.empty() : combination;
  }

  /**
   * Obtains options with a combination rule.
   *
   * @param combination  the rule
   * @return the options
   */
  public static AwardOptions combining(AwardCombination combination) {
    return new AwardOptions(Optional.of(Args.notNull(combination, "combination")));
  }
}
