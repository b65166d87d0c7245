package io.github.huiqi.core.procurement.arrears;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * An overdue payment owed to the enterprise (逾期未支付账款), as a profile holds it (in its {@code arrearsClaims}).
 * <p>
 * In JSON: {@code {"claimId": "A-1", "debtorKind": "PUBLIC_INSTITUTION", "amount": {"amount": 500000,
 * "currency": "CNY"}, "disputed": false}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableArrearsClaim.class)
@JsonDeserialize(as = ImmutableArrearsClaim.class)
public abstract class ArrearsClaim {

  ArrearsClaim() {
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
   * Returns the claim's id, unique among the profile's claims.
   *
   * @return the id
   */
  public abstract String claimId();

  /**
   * Returns who owes the payment.
   *
   * @return the debtor's kind
   */
  public abstract ArrearsDebtorKind debtorKind();

  /**
   * Returns the amount overdue, CNY.
   *
   * @return the amount, positive
   */
  public abstract MonetaryAmount amount();

  /**
   * Returns whether the debtor disputes the claim (有分歧).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> disputed();

  @Value.Check
  void check() {
    Args.notBlank(claimId(), "claimId");
    Args.notNull(debtorKind(), "debtorKind");
    Cny.positiveYuan(amount(), "amount");
    Args.notNullOptional(disputed(), "disputed");
  }

  /**
   * Builds an {@link ArrearsClaim}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} naming the field.
   */
  public static class Builder extends ImmutableArrearsClaim.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
