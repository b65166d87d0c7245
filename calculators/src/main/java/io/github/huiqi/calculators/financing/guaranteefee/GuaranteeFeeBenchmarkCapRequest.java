package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

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
 *
 * @param specialisedAndInnovative  whether the borrower is a 专精特新 enterprise (including 小巨人), if known
 * @param governmentGuarantor  whether the guarantor is a government financing guarantor or re-guarantor, if known
 * @param contractDate  the loan contract's date, on which the benchmark is read ("当期")
 * @param loanStart  the loan's start (drawdown), not before the contract date
 * @param maturity  the loan's maturity, after the start; the term from the start sets the bracket
 * @param proposedFeeRate  the annual fee rate the guarantor proposes, 0% to 100%, to test against the cap, if any
 * @param guaranteedPrincipal  the guaranteed principal, positive, CNY, to price the maximum fee, if any
 * @param options  the options; empty for the defaults
 */
public record GuaranteeFeeBenchmarkCapRequest(
    Optional<Boolean> specialisedAndInnovative,
    Optional<Boolean> governmentGuarantor,
    LocalDate contractDate,
    LocalDate loanStart,
    LocalDate maturity,
    Optional<Rate> proposedFeeRate,
    Optional<MonetaryAmount> guaranteedPrincipal,
    Optional<GuaranteeFeeBenchmarkCapOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a required date is missing or out of order, a rate is out of range, or the
   *     principal is not positive CNY; naming the field
   */
  public GuaranteeFeeBenchmarkCapRequest {
    Args.notNullOptional(specialisedAndInnovative, "specialisedAndInnovative");
    Args.notNullOptional(governmentGuarantor, "governmentGuarantor");
    Args.date(contractDate, "contractDate");
    Args.date(loanStart, "loanStart");
    Args.date(maturity, "maturity");
    Args.inOrder(contractDate, loanStart, "contractDate", "loanStart");
    if (!maturity.isAfter(loanStart)) {
      throw new InvalidInputException("maturity", maturity, "must be after loanStart " + loanStart);
    }
    Args.notNullOptional(proposedFeeRate, "proposedFeeRate");
    proposedFeeRate.ifPresent(rate -> GuaranteeFeeReductionOptions.requireRatio(rate, "proposedFeeRate"));
    Args.notNullOptional(guaranteedPrincipal, "guaranteedPrincipal");
    guaranteedPrincipal.ifPresent(amount -> Cny.positiveYuan(amount, "guaranteedPrincipal"));
    Args.notNullOptional(options, "options");
  }

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
    return new GuaranteeFeeBenchmarkCapRequest(Optional.of(true), Optional.of(true), contractDate, loanStart, maturity,
        Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with a proposed fee rate and a guaranteed principal.
   *
   * @param rate  the proposed annual fee rate
   * @param principal  the guaranteed principal
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapRequest withProposal(Rate rate, MonetaryAmount principal) {
    return new GuaranteeFeeBenchmarkCapRequest(specialisedAndInnovative, governmentGuarantor, contractDate, loanStart,
        maturity, Optional.of(Args.notNull(rate, "proposedFeeRate")),
        Optional.of(Args.notNull(principal, "guaranteedPrincipal")), options);
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeBenchmarkCapRequest withOptions(GuaranteeFeeBenchmarkCapOptions newOptions) {
    return new GuaranteeFeeBenchmarkCapRequest(specialisedAndInnovative, governmentGuarantor, contractDate, loanStart,
        maturity, proposedFeeRate, guaranteedPrincipal, Optional.of(Args.notNull(newOptions, "options")));
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeBenchmarkCapOptions effectiveOptions() {
    return options.orElse(GuaranteeFeeBenchmarkCapOptions.DEFAULTS);
  }
}
