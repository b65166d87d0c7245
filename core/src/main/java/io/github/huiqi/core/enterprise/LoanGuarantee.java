package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * The guarantee behind a loan: who guarantees it and at what fee. Every fact is optional; absent means not known.
 * <p>
 * In JSON, as a loan's {@code guarantee}: {@code {"governmentGuarantor": true, "guarantorInRegion": true,
 * "standardFeeRate": "2%", "feeRate": "1%", "feePaid": {"amount": 10000, "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableLoanGuarantee.class)
@JsonDeserialize(as = ImmutableLoanGuarantee.class)
public abstract class LoanGuarantee {

  LoanGuarantee() {
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
   * Returns whether the guarantor is a government financing-guarantee institution (政府性融资担保机构).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> governmentGuarantor();

  /**
   * Returns whether the guarantee is given through a municipal policy guarantee fund, such as Shanghai's
   * 市中小微企业政策性融资担保基金 (市担保中心).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> policyFund();

  /**
   * Returns whether the guarantor is registered in the measure's region (for a subsidy of fees paid to guarantors
   * of that region).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> guarantorInRegion();

  /**
   * Returns whether the guarantee is re-guaranteed by a government re-guarantee institution (再担保).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> reGuaranteed();

  /**
   * Returns the guarantor's standard annual fee rate for such a guarantee, before any policy reduction.
   *
   * @return the rate, if known
   */
  public abstract Optional<Rate> standardFeeRate();

  /**
   * Returns the annual fee rate charged (or proposed).
   *
   * @return the rate, if known
   */
  public abstract Optional<Rate> feeRate();

  /**
   * Returns the guarantee fee actually paid on the loan, CNY.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> feePaid();

  @Value.Check
  void check() {
    Args.notNullOptional(governmentGuarantor(), "governmentGuarantor");
    Args.notNullOptional(policyFund(), "policyFund");
    Args.notNullOptional(guarantorInRegion(), "guarantorInRegion");
    Args.notNullOptional(reGuaranteed(), "reGuaranteed");
    checkRate(standardFeeRate(), "standardFeeRate");
    checkRate(feeRate(), "feeRate");
    Args.notNullOptional(feePaid(), "feePaid").ifPresent(paid -> Cny.notNegativeYuan(paid, "feePaid"));
  }

  private static void checkRate(Optional<Rate> rate, String field) {
    Args.notNullOptional(rate, field).ifPresent(value -> Args.inputRate(value, field));
  }

  /**
   * Builds a {@link LoanGuarantee}. Each setter returns this builder; {@code build()} validates.
   */
  public static class Builder extends ImmutableLoanGuarantee.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
