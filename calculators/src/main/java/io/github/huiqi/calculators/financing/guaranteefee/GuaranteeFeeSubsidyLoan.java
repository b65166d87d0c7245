package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A guaranteed bank loan claimed for a guarantee-fee subsidy: the loan, its rates and the guarantee fee actually paid.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param loanId  the loan's identifier, unique within a request
 * @param principal  the loan's principal, positive, CNY
 * @param drawdownDate  the disbursement date
 * @param annualInterestRate  the loan's annual interest rate (银行同期贷款利率), above 0% and at most 100%
 * @param guaranteeFeeRate  the guarantee's annual fee rate, 0% to 100%
 * @param guaranteeFeePaid  the guarantee fee actually paid (实际发生的担保费), zero or positive, CNY
 * @param guarantorInRegion  whether the guarantor is a financing-guarantee company of the measure's region, if known
 * @param vehicleOrRealEstatePurchase  whether the loan finances a vehicle or real-estate purchase (excluded), if known
 */
public record GuaranteeFeeSubsidyLoan(
    String loanId,
    MonetaryAmount principal,
    LocalDate drawdownDate,
    Rate annualInterestRate,
    Rate guaranteeFeeRate,
    MonetaryAmount guaranteeFeePaid,
    Optional<Boolean> guarantorInRegion,
    Optional<Boolean> vehicleOrRealEstatePurchase) {

  /**
   * Creates a loan.
   *
   * @throws InvalidInputException if a required field is missing or out of range, naming it
   */
  public GuaranteeFeeSubsidyLoan {
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
    return new GuaranteeFeeSubsidyLoan(loanId, principal, drawdownDate, annualInterestRate, guaranteeFeeRate,
        guaranteeFeePaid, Optional.of(true), Optional.of(false));
  }
}
