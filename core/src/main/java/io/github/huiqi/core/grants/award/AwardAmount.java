package io.github.huiqi.core.grants.award;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * An award tier's figure and how it binds: {@code {"bound": "UP_TO", "value": {"amount": 300000, "currency": "CNY"}}}
 * for "最高给予30万元奖励".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param bound  exactly, at most or at least
 * @param value  the figure, CNY, positive
 */
public record AwardAmount(AwardBound bound, MonetaryAmount value) {

  /**
   * Creates a figure.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the value is not positive
   */
  public AwardAmount {
    Args.notNull(bound, "bound");
    Cny.positiveYuan(value, "value");
  }
}
