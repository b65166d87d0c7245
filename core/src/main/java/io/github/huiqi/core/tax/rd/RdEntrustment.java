package io.github.huiqi.core.tax.rd;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * R&amp;D the enterprise entrusted to others (委托研发) in the tax year and expensed: whom to and the price paid.
 * <p>
 * In JSON: {@code {"entrustee": "OVERSEAS_ENTITY", "price": {"amount": 500000, "currency": "CNY"},
 * "relatedParty": false}}; {@code entrustee} and {@code price} are required. The price is the amount actually paid
 * (实际发生额), which must follow the arm's-length principle (独立交易原则); when the entrustee is a related party, it
 * must give the enterprise the breakdown of the project's costs (受托方应向委托方提供研发项目费用支出明细情况,
 * 财税〔2015〕119号 第二条 and 财税〔2018〕64号 第一条, paraphrase): the amount counted is the same, and the result says
 * so.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRdEntrustment.class)
@JsonDeserialize(as = ImmutableRdEntrustment.class)
public abstract class RdEntrustment {

  RdEntrustment() {
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
   * Returns whom the R&amp;D was entrusted to.
   *
   * @return the kind of entrustee
   */
  public abstract RdEntrusteeKind entrustee();

  /**
   * Returns the price paid to the entrustee in the tax year (实际发生额), CNY.
   *
   * @return the price, not negative
   */
  public abstract MonetaryAmount price();

  /**
   * Returns whether the entrustee is a related party of the enterprise (存在关联关系).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> relatedParty();

  @Value.Check
  void check() {
    Args.notNull(entrustee(), "entrustee");
    Cny.notNegativeYuan(price(), "price");
    Args.notNullOptional(relatedParty(), "relatedParty");
  }

  /**
   * Builds an {@link RdEntrustment}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableRdEntrustment.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
