package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An amount that is exact, or a range where the authority fixes the figure between a floor and a cap
 * ("最高20万元" is zero to 200,000; "不低于10万元" has a floor).
 * <p>
 * Both ends are CNY and inclusive; an exact amount has equal ends.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimum  the least amount, inclusive
 * @param maximum  the most amount, inclusive, not less than the minimum
 */
public record AmountRange(MonetaryAmount minimum, MonetaryAmount maximum) {

  /**
   * Creates a range.
   *
   * @throws InvalidInputException if an end is null, not CNY, or the maximum is below the minimum
   */
  public AmountRange {
    Cny.yuan(minimum, "minimum");
    Cny.yuan(maximum, "maximum");
    if (maximum.isLessThan(minimum)) {
      // the minimum named too: either end may be the one mistyped
      throw InvalidInputException.conflict("maximum", maximum, "minimum", minimum, "must not be less than", "不得小于");
    }
  }

  /**
   * Obtains an exact amount.
   *
   * @param amount  the amount
   * @return the range with equal ends
   */
  public static AmountRange exactly(MonetaryAmount amount) {
    Args.notNull(amount, "amount");
    return new AmountRange(amount, amount);
  }

  /**
   * Returns the amount when it is exact (the ends are equal).
   *
   * @return the amount, empty for a range
   */
  @JsonIgnore
  public Optional<MonetaryAmount> exact() {
    return isExact() ? Optional.of(minimum) : Optional.empty();
  }

  /**
   * Checks whether the amount is exact.
   *
   * @return true if the ends are equal
   */
  @JsonIgnore
  public boolean isExact() {
    return minimum.isEqualTo(maximum);
  }
}
