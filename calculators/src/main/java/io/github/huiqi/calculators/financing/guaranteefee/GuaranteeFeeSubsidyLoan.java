package io.github.huiqi.calculators.financing.guaranteefee;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A guaranteed bank loan claimed for a guarantee-fee subsidy: the loan, its rates and the guarantee fee actually paid.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableGuaranteeFeeSubsidyLoan.class)
@JsonDeserialize(as = ImmutableGuaranteeFeeSubsidyLoan.class)
public abstract class GuaranteeFeeSubsidyLoan {

  GuaranteeFeeSubsidyLoan() {
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
   * Returns the loan's identifier, unique within a request.
   *
   * @return the loan id
   */
  public abstract String loanId();

  /**
   * Returns the loan's principal, positive, CNY.
   *
   * @return the principal
   */
  public abstract MonetaryAmount principal();

  /**
   * Returns the disbursement date.
   *
   * @return the drawdown date
   */
  public abstract LocalDate drawdownDate();

  /**
   * Returns the loan's annual interest rate (银行同期贷款利率), above 0% and at most 100%.
   *
   * @return the annual interest rate
   */
  public abstract Rate annualInterestRate();

  /**
   * Returns the guarantee's annual fee rate, 0% to 100%.
   *
   * @return the guarantee fee rate
   */
  public abstract Rate guaranteeFeeRate();

  /**
   * Returns the guarantee fee actually paid (实际发生的担保费), zero or positive, CNY.
   *
   * @return the guarantee fee paid
   */
  public abstract MonetaryAmount guaranteeFeePaid();

  /**
   * Returns whether the guarantor is a financing-guarantee company of the measure's region, if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> guarantorInRegion();

  /**
   * Returns whether the loan finances a vehicle or real-estate purchase (excluded), if known.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> vehicleOrRealEstatePurchase();

  /**
   * Obtains a loan with every fact known and favourable: a guarantor in the region, an eligible purpose.
   *
   * @param loanId  the id
   * @param principal  the principal
   * @param drawdownDate  the disbursement date
   * @param annualInterestRate  the loan's annual rate
   * @param guaranteeFeeRate  the guarantee's annual fee rate
   * @param guaranteeFeePaid  the fee actually paid
   * @return the loan
   */
  public static GuaranteeFeeSubsidyLoan of(String loanId, MonetaryAmount principal, LocalDate drawdownDate,
      Rate annualInterestRate, Rate guaranteeFeeRate, MonetaryAmount guaranteeFeePaid) {
    return builder().loanId(loanId).principal(principal).drawdownDate(drawdownDate)
        .annualInterestRate(annualInterestRate).guaranteeFeeRate(guaranteeFeeRate).guaranteeFeePaid(guaranteeFeePaid)
        .guarantorInRegion(true).vehicleOrRealEstatePurchase(false).build();
  }

  @Value.Check
  void check() {
    String loanId = loanId();
    MonetaryAmount principal = principal();
    LocalDate drawdownDate = drawdownDate();
    Rate annualInterestRate = annualInterestRate();
    Rate guaranteeFeeRate = guaranteeFeeRate();
    MonetaryAmount guaranteeFeePaid = guaranteeFeePaid();
    Optional<Boolean> guarantorInRegion = guarantorInRegion();
    Optional<Boolean> vehicleOrRealEstatePurchase = vehicleOrRealEstatePurchase();
    Args.notBlank(loanId, "loanId");
    Cny.positiveYuan(principal, "principal");
    Args.date(drawdownDate, "drawdownDate");
    Args.notNull(annualInterestRate, "annualInterestRate");
    GuaranteeFeeReductionOptions.requireRatio(annualInterestRate, "annualInterestRate");
    if (annualInterestRate.compareTo(Rate.ZERO) == 0) {
      throw new InvalidInputException("annualInterestRate", annualInterestRate, "must be above 0%");
    }
    Args.notNull(guaranteeFeeRate, "guaranteeFeeRate");
    GuaranteeFeeReductionOptions.requireRatio(guaranteeFeeRate, "guaranteeFeeRate");
    Cny.notNegativeYuan(guaranteeFeePaid, "guaranteeFeePaid");
    Args.notNullOptional(guarantorInRegion, "guarantorInRegion");
    Args.notNullOptional(vehicleOrRealEstatePurchase, "vehicleOrRealEstatePurchase");
  }

  /**
   * Builds a {@link GuaranteeFeeSubsidyLoan}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a required field is missing or out of range, naming it.
   */
  public static class Builder extends ImmutableGuaranteeFeeSubsidyLoan.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
