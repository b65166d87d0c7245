package io.github.huiqi.calculators.grants.internal;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A range of yuan from a minimum to a maximum, or with no upper bound: what a grant may be worth while the authority
 * fixes the figure or a fact is missing. Not part of the public API.
 *
 * @param minimum  the least, not negative
 * @param maximum  the most; empty for no upper bound
 */
public record GrantRange(BigDecimal minimum, Optional<BigDecimal> maximum) {

  /** Nothing. */
  public static final GrantRange ZERO = exactly(BigDecimal.ZERO);

  /**
   * Obtains an exact amount.
   *
   * @param amount  the amount
   * @return the range
   */
  public static GrantRange exactly(BigDecimal amount) {
    return new GrantRange(amount, Optional.of(amount));
  }

  /**
   * Obtains the range from zero to a ceiling.
   *
   * @param maximum  the ceiling
   * @return the range
   */
  public static GrantRange upTo(BigDecimal maximum) {
    return new GrantRange(BigDecimal.ZERO, Optional.of(maximum));
  }

  /**
   * Obtains the range from a floor, with no upper bound.
   *
   * @param minimum  the floor
   * @return the range
   */
  public static GrantRange atLeast(BigDecimal minimum) {
    return new GrantRange(minimum, Optional.empty());
  }

  /**
   * Returns this range widened down to zero: what an award may be while one of its conditions is unknown.
   *
   * @return the range from zero to this maximum
   */
  public GrantRange fromZero() {
    return new GrantRange(BigDecimal.ZERO, maximum);
  }

  /**
   * Adds two ranges.
   *
   * @param other  the other range
   * @return the sum
   */
  public GrantRange plus(GrantRange other) {
    Optional<BigDecimal> max = maximum.isPresent() && other.maximum.isPresent()
        ? Optional.of(maximum.get().add(other.maximum.get())) : Optional.empty();
    return new GrantRange(minimum.add(other.minimum), max);
  }

  /**
   * Returns the range of the larger of two amounts, one from each range.
   *
   * @param other  the other range
   * @return [max of minimums, max of maximums]
   */
  public GrantRange highest(GrantRange other) {
    Optional<BigDecimal> max = maximum.isPresent() && other.maximum.isPresent()
        ? Optional.of(maximum.get().max(other.maximum.get())) : Optional.empty();
    return new GrantRange(minimum.max(other.minimum), max);
  }

  /**
   * Returns the range as an outcome's amount, in CNY.
   *
   * @return the amount
   */
  public OutcomeAmount toOutcome() {
    return maximum.map(max -> OutcomeAmount.between(Cny.of(minimum), Cny.of(max)))
        .orElseGet(() -> OutcomeAmount.atLeast(Cny.of(minimum)));
  }
}
