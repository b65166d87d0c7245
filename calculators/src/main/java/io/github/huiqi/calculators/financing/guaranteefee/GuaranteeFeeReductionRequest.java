package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseSize;
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
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableGuaranteeFeeReductionRequest.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeReductionRequest.class)
public abstract class GuaranteeFeeReductionRequest {

  GuaranteeFeeReductionRequest() {
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
   * Returns the borrower's size class under 工信部联企业〔2011〕300号, if known.
   *
   * @return the borrower size, if known
   */
  public abstract Optional<EnterpriseSize> borrowerSize();

  /**
   * Returns whether the guarantor is a government financing guarantor (政府性融资担保机构), if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> governmentGuarantor();

  /**
   * Returns the guaranteed principal, positive, CNY.
   *
   * @return the guaranteed principal
   */
  public abstract MonetaryAmount guaranteedPrincipal();

  /**
   * Returns the guarantor's standard annual fee rate before the reduction, from 0% (a fee-free guarantee, which has
   * nothing to reduce) to 100%.
   *
   * @return the standard fee rate
   */
  public abstract Rate standardFeeRate();

  /**
   * Returns the first day of the guarantee, counted.
   *
   * @return the guarantee start
   */
  public abstract LocalDate guaranteeStart();

  /**
   * Returns the end of the guarantee, not counted (算头不算尾), after the start.
   *
   * @return the guarantee end
   */
  public abstract LocalDate guaranteeEnd();

  /**
   * Returns the re-guarantor's standard annual fee rate, 0% to 100%, if re-guaranteed.
   *
   * @return the re-guarantor's standard fee rate, if re-guaranteed
   */
  public abstract Optional<Rate> standardReGuaranteeFeeRate();

  /**
   * Returns the options; empty for the defaults.
   *
   * @return the options, if given
   */
  public abstract Optional<GuaranteeFeeReductionOptions> options();

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
    return builder().borrowerSize(Args.notNull(borrowerSize, "borrowerSize")).governmentGuarantor(governmentGuarantor)
        .guaranteedPrincipal(guaranteedPrincipal).standardFeeRate(standardFeeRate).guaranteeStart(guaranteeStart)
        .guaranteeEnd(guaranteeEnd).build();
  }

  /**
   * Returns a copy with options.
   *
   * @param newOptions  the options
   * @return the copy
   */
  public GuaranteeFeeReductionRequest withOptions(GuaranteeFeeReductionOptions newOptions) {
    return builder().from(this).options(Args.notNull(newOptions, "options")).build();
  }

  /**
   * Returns a copy with a re-guarantee at a standard rate.
   *
   * @param rate  the re-guarantor's standard annual fee rate
   * @return the copy
   */
  public GuaranteeFeeReductionRequest withStandardReGuaranteeFeeRate(Rate rate) {
    return builder().from(this).standardReGuaranteeFeeRate(Args.notNull(rate, "standardReGuaranteeFeeRate")).build();
  }

  /**
   * Returns the options, or the defaults when none were given.
   *
   * @return the options
   */
  public GuaranteeFeeReductionOptions effectiveOptions() {
    return options().orElse(GuaranteeFeeReductionOptions.DEFAULTS);
  }

  @Value.Check
  void check() {
    Optional<EnterpriseSize> borrowerSize = borrowerSize();
    Optional<Boolean> governmentGuarantor = governmentGuarantor();
    MonetaryAmount guaranteedPrincipal = guaranteedPrincipal();
    Rate standardFeeRate = standardFeeRate();
    LocalDate guaranteeStart = guaranteeStart();
    LocalDate guaranteeEnd = guaranteeEnd();
    Optional<Rate> standardReGuaranteeFeeRate = standardReGuaranteeFeeRate();
    Optional<GuaranteeFeeReductionOptions> options = options();
    Args.notNullOptional(borrowerSize, "borrowerSize");
    Args.notNullOptional(governmentGuarantor, "governmentGuarantor");
    Cny.positiveYuan(guaranteedPrincipal, "guaranteedPrincipal");
    Args.notNull(standardFeeRate, "standardFeeRate");
    GuaranteeFeeReductionOptions.requireRatio(standardFeeRate, "standardFeeRate");
    Args.date(guaranteeStart, "guaranteeStart");
    Args.date(guaranteeEnd, "guaranteeEnd");
    if (!guaranteeEnd.isAfter(guaranteeStart)) {
      throw InvalidInputException.notAfter("guaranteeEnd", guaranteeEnd, "guaranteeStart", guaranteeStart);
    }
    Args.notNullOptional(standardReGuaranteeFeeRate, "standardReGuaranteeFeeRate");
    standardReGuaranteeFeeRate.ifPresent(
        r -> GuaranteeFeeReductionOptions.requireRatio(r, "standardReGuaranteeFeeRate"));
    Args.notNullOptional(options, "options");
  }

  /**
   * Builds a {@link GuaranteeFeeReductionRequest}. Each setter returns this builder; {@code build()} validates,
   * throwing {@link InvalidInputException} if a required field is missing, the principal is not positive CNY, a rate is
   * out of range, or the end is not after the start; naming the field.
   */
  public static class Builder extends ImmutableGuaranteeFeeReductionRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
