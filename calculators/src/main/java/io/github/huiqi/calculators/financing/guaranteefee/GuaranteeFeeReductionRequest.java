package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A request to price one guarantee under a guarantee-fee reduction: the borrower's size, the guarantor, the
 * guaranteed principal, the guarantor's standard fee rate and the guarantee period.
 * <p>
 * In JSON: <pre>
 * {"borrowerSize": "SMALL", "governmentGuarantor": true,
 *  "guaranteedPrincipal": {"amount": 1000000, "currency": "CNY"}, "standardFeeRate": "1.5%",
 *  "guaranteeStart": "2023-03-01", "guaranteeEnd": "2024-03-01",
 *  "standardReGuaranteeFeeRate": "0.5%", "options": {"reduction": "30%"}}
 * </pre>
 * {@code borrowerSize}, {@code governmentGuarantor}, {@code standardReGuaranteeFeeRate} and {@code options} may be
 * omitted; an omitted fact is unknown, and a result that depends on it is undetermined, naming it as a JSON Pointer
 * such as {@code /borrowerSize}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param borrowerSize  the borrower's size class under 工信部联企业〔2011〕300号, if known
 * @param governmentGuarantor  whether the guarantor is a government financing guarantor (政府性融资担保机构), if known
 * @param guaranteedPrincipal  the guaranteed principal, positive, CNY
 * @param standardFeeRate  the guarantor's standard annual fee rate before the reduction, above 0% and at most 100%
 * @param guaranteeStart  the first day of the guarantee, counted
 * @param guaranteeEnd  the end of the guarantee, not counted (算头不算尾), after the start
 * @param standardReGuaranteeFeeRate  the re-guarantor's standard annual fee rate, 0% to 100%, if re-guaranteed
 * @param options  the options; empty for the defaults
 */
public record GuaranteeFeeReductionRequest(
    Optional<EnterpriseSize> borrowerSize,
    Optional<Boolean> governmentGuarantor,
    MonetaryAmount guaranteedPrincipal,
    Rate standardFeeRate,
    LocalDate guaranteeStart,
    LocalDate guaranteeEnd,
    Optional<Rate> standardReGuaranteeFeeRate,
    Optional<GuaranteeFeeReductionOptions> options) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a required field is missing, the principal is not positive CNY, a rate is out
   *     of range, or the end is not after the start; naming the field
   */
  public GuaranteeFeeReductionRequest {
    Args.notNullOptional(borrowerSize, "borrowerSize");
    Args.notNullOptional(governmentGuarantor, "governmentGuarantor");
    Cny.positiveYuan(guaranteedPrincipal, "guaranteedPrincipal");
    Args.notNull(standardFeeRate, "standardFeeRate");
    GuaranteeFeeReductionOptions.requireRatio(standardFeeRate, "standardFeeRate");
    if (standardFeeRate.compareTo(Rate.ZERO) == 0) {
      throw new InvalidInputException("standardFeeRate", standardFeeRate, "must be above 0%");
    }
    Args.date(guaranteeStart, "guaranteeStart");
    Args.date(guaranteeEnd, "guaranteeEnd");
    if (!guaranteeEnd.isAfter(guaranteeStart)) {
      throw new InvalidInputException("guaranteeEnd", guaranteeEnd, "must be after guaranteeStart " + guaranteeStart);
    }
    Args.notNullOptional(standardReGuaranteeFeeRate, "standardReGuaranteeFeeRate");
    standardReGuaranteeFeeRate.ifPresent(r -> GuaranteeFeeReductionOptions.requireRatio(r, "standardReGuaranteeFeeRate"));
    Args.notNullOptional(options, "options");
  }

  /**
   * Obtains a request with every fact known, no re-guarantee and the default options.
   *
   * @param borrowerSize  the borrower's size class
   * @param governmentGuarantor  whether the guarantor is a government financing guarantor
   * @param guaranteedPrincipal  the guaranteed principal
   * @param standardFeeRate  the standard annual fee rate
   * @param guaranteeStart  the first day, counted
   * @param guaranteeEnd  the end, not counted
   * @return the request
   */
  public static GuaranteeFeeReductionRequest of(EnterpriseSize borrowerSize, boolean governmentGuarantor,
      MonetaryAmount guaranteedPrincipal, Rate standardFeeRate, LocalDate guaranteeStart, LocalDate guaranteeEnd) {
    return new GuaranteeFeeReductionRequest(Optional.of(Args.notNull(borrowerSize, "borrowerSize")),
        Optional.of(governmentGuarantor), guaranteedPrincipal, standardFeeRate, guaranteeStart, guaranteeEnd,
        Optional.empty(), Optional.empty());
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeReductionRequest withOptions(GuaranteeFeeReductionOptions newOptions) {
    return new GuaranteeFeeReductionRequest(borrowerSize, governmentGuarantor, guaranteedPrincipal, standardFeeRate,
        guaranteeStart, guaranteeEnd, standardReGuaranteeFeeRate,
        Optional.of(Args.notNull(newOptions, "options")));
  }

  /**
   * Returns a copy with a re-guarantee at a standard rate.
   *
   * @param rate  the re-guarantor's standard annual fee rate
   * @return the copy
   */
  public GuaranteeFeeReductionRequest withStandardReGuaranteeFeeRate(Rate rate) {
    return new GuaranteeFeeReductionRequest(borrowerSize, governmentGuarantor, guaranteedPrincipal, standardFeeRate,
        guaranteeStart, guaranteeEnd, Optional.of(Args.notNull(rate, "standardReGuaranteeFeeRate")), options);
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeReductionOptions effectiveOptions() {
    return options.orElse(GuaranteeFeeReductionOptions.DEFAULTS);
  }
}
