package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A loan that has become non-performing (不良): when, and what is outstanding. The lender claims risk compensation
 * on it from a pool.
 * <p>
 * In JSON, as a loan's {@code nonPerforming}: {@code {"since": "2023-09-30", "principalOutstanding": {"amount":
 * 800000, "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableNonPerformance.class)
@JsonDeserialize(as = ImmutableNonPerformance.class)
public abstract class NonPerformance {

  NonPerformance() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the day the loan was first classified non-performing (次级, 可疑 or 损失).
   *
   * @return the date
   */
  public abstract LocalDate since();

  /**
   * Returns the principal outstanding on that day, CNY.
   *
   * @return the amount, not negative
   */
  public abstract MonetaryAmount principalOutstanding();

  /**
   * Returns the interest accrued and unpaid on that day, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> accruedInterest();

  /**
   * Returns what the lender has recovered since, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> recoveries();

  @Value.Check
  void check() {
    Args.date(since(), "since");
    Cny.notNegativeYuan(principalOutstanding(), "principalOutstanding");
    Args.notNullOptional(accruedInterest(), "accruedInterest")
        .ifPresent(a -> Cny.notNegativeYuan(a, "accruedInterest"));
    Args.notNullOptional(recoveries(), "recoveries").ifPresent(a -> Cny.notNegativeYuan(a, "recoveries"));
  }

  /**
   * Builds a {@link NonPerformance}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableNonPerformance.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
