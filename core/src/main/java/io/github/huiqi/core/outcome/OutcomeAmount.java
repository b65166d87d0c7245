package io.github.huiqi.core.outcome;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An outcome's amount in CNY: exact, a range, or a range with no upper bound.
 * <p>
 * A ceiling such as "最高20万元" is a range from 0 ({@code upTo(200000)}); a floor such as "不低于10万元" is a range with
 * no upper bound ({@code atLeast(100000)}); an amount whose facts are unknown and whose measure has no cap is
 * {@code atLeast(0)}. In JSON {@code {"minimum": {...}, "maximum": {...}}}, the maximum absent when unbounded. Both
 * ends are at the fen's scale.
 * <p>
 * This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class OutcomeAmount {

  /** Exactly zero. */
  public static final OutcomeAmount ZERO = exactly(Cny.ZERO);

  private final MonetaryAmount minimum;
  private final Optional<MonetaryAmount> maximum;

  private OutcomeAmount(MonetaryAmount minimum, Optional<MonetaryAmount> maximum) {
    this.minimum = fen(Cny.notNegativeComputed(minimum, "minimum"));
    this.maximum = Args.notNullOptional(maximum, "maximum").map(max -> fen(Cny.notNegativeComputed(max, "maximum")));
    if (this.maximum.isPresent() && this.maximum.get().isLessThan(this.minimum)) {
      throw InvalidInputException.conflict("maximum", this.maximum.get(), "minimum", this.minimum,
          "must not be less than", "不得小于");
    }
  }

  @JsonCreator
  static OutcomeAmount fromJson(@JsonProperty(value = "minimum", required = true) MonetaryAmount minimum,
      @JsonProperty("maximum") MonetaryAmount maximum) {
    return new OutcomeAmount(minimum, Optional.ofNullable(maximum));
  }

  /**
   * Obtains an exact amount.
   *
   * @param amount  the amount, CNY, not negative
   * @return the amount
   * @throws InvalidInputException if null, not CNY or negative
   */
  public static OutcomeAmount exactly(MonetaryAmount amount) {
    return new OutcomeAmount(amount, Optional.of(Args.notNull(amount, "amount")));
  }

  /**
   * Obtains a range, both ends included.
   *
   * @param minimum  the least amount
   * @param maximum  the most amount, not below the minimum
   * @return the range
   * @throws InvalidInputException if an end is null, not CNY or negative, or the ends are reversed
   */
  public static OutcomeAmount between(MonetaryAmount minimum, MonetaryAmount maximum) {
    return new OutcomeAmount(minimum, Optional.of(Args.notNull(maximum, "maximum")));
  }

  /**
   * Obtains a ceiling: from zero up to a cap ("最高…").
   *
   * @param maximum  the cap
   * @return the range from zero
   */
  public static OutcomeAmount upTo(MonetaryAmount maximum) {
    return between(Cny.ZERO, maximum);
  }

  /**
   * Obtains a floor with no upper bound ("不低于…").
   *
   * @param minimum  the floor
   * @return the unbounded range
   */
  public static OutcomeAmount atLeast(MonetaryAmount minimum) {
    return new OutcomeAmount(minimum, Optional.empty());
  }

  /**
   * Obtains the amount of a calculator's result range.
   *
   * @param range  the range
   * @return the same range
   */
  public static OutcomeAmount of(AmountRange range) {
    Args.notNull(range, "range");
    return between(range.minimum(), range.maximum());
  }

  /**
   * Returns the least amount.
   *
   * @return the minimum, CNY at the fen's scale
   */
  @JsonProperty
  public MonetaryAmount minimum() {
    return minimum;
  }

  /**
   * Returns the most amount.
   *
   * @return the maximum, empty when the range has no upper bound
   */
  @JsonProperty
  public Optional<MonetaryAmount> maximum() {
    return maximum;
  }

  /**
   * Returns the amount when it is determined.
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
   * @return true if both ends are equal
   */
  @JsonIgnore
  public boolean isExact() {
    return maximum.isPresent() && maximum.get().isEqualTo(minimum);
  }

  /**
   * Checks whether the range has an upper bound.
   *
   * @return true if bounded
   */
  @JsonIgnore
  public boolean isBounded() {
    return maximum.isPresent();
  }

  /**
   * Returns the width of the range: how much is still open.
   *
   * @return maximum − minimum, empty when unbounded
   */
  @JsonIgnore
  public Optional<MonetaryAmount> width() {
    return maximum.map(max -> max.subtract(minimum));
  }

  /**
   * Returns the sum of two amounts: minimum plus minimum, maximum plus maximum (unbounded if either is).
   *
   * @param other  the other amount
   * @return the sum
   */
  public OutcomeAmount plus(OutcomeAmount other) {
    Args.notNull(other, "other");
    Optional<MonetaryAmount> max = maximum.isPresent() && other.maximum.isPresent()
        ? Optional.of(maximum.get().add(other.maximum.get()))
        : Optional.empty();
    return new OutcomeAmount(minimum.add(other.minimum), max);
  }

  private static MonetaryAmount fen(BigDecimal yuan) {
    return Cny.of(yuan.setScale(Math.max(2, yuan.scale()), java.math.RoundingMode.UNNECESSARY));
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof OutcomeAmount)) {
      return false;
    }
    OutcomeAmount other = (OutcomeAmount) obj;
    if (this == other) {
      return true;
    }
    return minimum.isEqualTo(other.minimum) && maximum.isPresent() == other.maximum.isPresent()
        && (maximum.isEmpty() || maximum.get().isEqualTo(other.maximum.get()));
  }

  @Override
  public int hashCode() {
    return Objects.hash(minimum.getNumber().numberValue(BigDecimal.class).stripTrailingZeros(),
        maximum.map(max -> max.getNumber().numberValue(BigDecimal.class).stripTrailingZeros()));
  }

  @Override
  public String toString() {
    if (isExact()) {
      return minimum.toString();
    }
    return minimum + " .. " + maximum.map(Object::toString).orElse("(no upper bound)");
  }
}
