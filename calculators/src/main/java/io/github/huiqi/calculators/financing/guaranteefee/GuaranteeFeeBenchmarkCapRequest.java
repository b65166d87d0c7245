package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request for the benchmark-tied guarantee-fee cap on one guaranteed loan, such as the Shenzhen 专精特新 draft's
 * "担保费率不高于国家当期银行贷款基准利率的二分之一".
 * <p>
 * In JSON: <pre>
 * {"specialisedAndInnovative": true, "governmentGuarantor": true, "contractDate": "2023-05-10",
 *  "loanStart": "2023-05-12", "maturity": "2024-05-12", "proposedFeeRate": "2%",
 *  "guaranteedPrincipal": {"amount": 5000000, "currency": "CNY"}, "options": {"benchmark": "LPR_1Y"}}
 * </pre>
 * The two facts and {@code proposedFeeRate}, {@code guaranteedPrincipal} and {@code options} may be omitted.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeBenchmarkCapRequest.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeBenchmarkCapRequest.class)
public abstract class GuaranteeFeeBenchmarkCapRequest {

  GuaranteeFeeBenchmarkCapRequest() {
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
   * Returns whether the borrower is a 专精特新 enterprise (including 小巨人), if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> specialisedAndInnovative();

  /**
   * Returns whether the guarantor is a government financing guarantor or re-guarantor, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> governmentGuarantor();

  /**
   * Returns the loan contract's date, on which the benchmark is read ("当期").
   *
   * @return the contract date
   */
  public abstract LocalDate contractDate();

  /**
   * Returns the loan's start (drawdown), not before the contract date.
   *
   * @return the loan start
   */
  public abstract LocalDate loanStart();

  /**
   * Returns the loan's maturity, after the start; the term from the start sets the bracket.
   *
   * @return the maturity
   */
  public abstract LocalDate maturity();

  /**
   * Returns the annual fee rate the guarantor proposes, 0% to 100%, to test against the cap, if any.
   *
   * @return the proposed fee rate, if any
   */
  public abstract Optional<Rate> proposedFeeRate();

  /**
   * Returns the guaranteed principal, positive, CNY, to price the maximum fee, if any.
   *
   * @return the guaranteed principal, if any
   */
  public abstract Optional<MonetaryAmount> guaranteedPrincipal();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<GuaranteeFeeBenchmarkCapOptions> options();

  /**
   * Obtains a request for a qualifying loan (a 专精特新 borrower, a government guarantor) with no proposed rate or
   * principal and the default options.
   *
   * @param contractDate  the contract date
   * @param loanStart  the loan's start
   * @param maturity  the loan's maturity
   * @return the request
   */
  public static GuaranteeFeeBenchmarkCapRequest of(LocalDate contractDate, LocalDate loanStart, LocalDate maturity) {
    return builder().specialisedAndInnovative(true).governmentGuarantor(true).contractDate(contractDate)
        .loanStart(loanStart).maturity(maturity).build();
  }

  /**
   * Returns a copy with a proposed fee rate and a guaranteed principal.
   *
   * @param rate  the proposed annual fee rate
   * @param principal  the guaranteed principal
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapRequest withProposal(Rate rate, MonetaryAmount principal) {
    return builder().from(this).proposedFeeRate(Args.notNull(rate, "proposedFeeRate"))
        .guaranteedPrincipal(Args.notNull(principal, "guaranteedPrincipal")).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapRequest withOptions(GuaranteeFeeBenchmarkCapOptions newOptions) {
    return builder().from(this).options(Args.notNull(newOptions, "options")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeBenchmarkCapOptions effectiveOptions() {
    return options().orElse(GuaranteeFeeBenchmarkCapOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    Optional<Boolean> specialisedAndInnovative = specialisedAndInnovative();
    Optional<Boolean> governmentGuarantor = governmentGuarantor();
    LocalDate contractDate = contractDate();
    LocalDate loanStart = loanStart();
    LocalDate maturity = maturity();
    Optional<Rate> proposedFeeRate = proposedFeeRate();
    Optional<MonetaryAmount> guaranteedPrincipal = guaranteedPrincipal();
    Optional<GuaranteeFeeBenchmarkCapOptions> options = options();
    Args.notNullOptional(specialisedAndInnovative, "specialisedAndInnovative");
    Args.notNullOptional(governmentGuarantor, "governmentGuarantor");
    Args.date(contractDate, "contractDate");
    Args.date(loanStart, "loanStart");
    Args.date(maturity, "maturity");
    Args.inOrder(contractDate, loanStart, "contractDate", "loanStart");
    if (!maturity.isAfter(loanStart)) {
      throw InvalidInputException.notAfter("maturity", maturity, "loanStart", loanStart);
    }
    Args.notNullOptional(proposedFeeRate, "proposedFeeRate");
    proposedFeeRate.ifPresent(rate -> GuaranteeFeeReductionOptions.requireRatio(rate, "proposedFeeRate"));
    Args.notNullOptional(guaranteedPrincipal, "guaranteedPrincipal");
    guaranteedPrincipal.ifPresent(amount -> Cny.positiveYuan(amount, "guaranteedPrincipal"));
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link GuaranteeFeeBenchmarkCapRequest}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link InvalidInputException} if a required date is missing or out of order, a rate is out of range, or
   * the principal is not positive CNY; naming the field.
   */
  public static class Builder extends ImmutableGuaranteeFeeBenchmarkCapRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
