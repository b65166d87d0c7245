package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import javax.money.MonetaryAmount;

/**
 * One guarantee in a guarantor's book: its amount, annual fee rate and the dates it is in force.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param guaranteeId  the guarantor's identifier, unique within a request
 * @param guaranteedAmount  the guaranteed amount, positive, CNY
 * @param annualFeeRate  the annual fee rate charged, 0% to 100%
 * @param start  the first day in force, counted
 * @param end  the end, not counted (算头不算尾), after the start
 */
public record GuaranteeFeeRecord(
    String guaranteeId,
    MonetaryAmount guaranteedAmount,
    Rate annualFeeRate,
    LocalDate start,
    LocalDate end) {

  /**
   * Creates a record.
   *
   * @throws InvalidInputException if a field is missing or out of range, or the end is not after the start
   */
  public GuaranteeFeeRecord {
    Args.notBlank(guaranteeId, "guaranteeId");
    Cny.positiveYuan(guaranteedAmount, "guaranteedAmount");
    Args.notNull(annualFeeRate, "annualFeeRate");
    GuaranteeFeeReductionOptions.requireRatio(annualFeeRate, "annualFeeRate");
    Args.date(start, "start");
    Args.date(end, "end");
    if (!end.isAfter(start)) {
      throw InvalidInputException.notAfter("end", end, "start", start);
    }
  }

  /**
   * Obtains a record.
   *
   * @param guaranteeId  the guarantor's identifier
   * @param guaranteedAmount  the guaranteed amount, positive, CNY
   * @param annualFeeRate  the annual fee rate, 0% to 100%
   * @param start  the first day in force, counted
   * @param end  the end, not counted, after the start
   * @return the record
   * @throws InvalidInputException if a field is missing or out of range, or the end is not after the start
   */
  public static GuaranteeFeeRecord of(String guaranteeId, MonetaryAmount guaranteedAmount, Rate annualFeeRate,
      LocalDate start, LocalDate end) {
    return new GuaranteeFeeRecord(guaranteeId, guaranteedAmount, annualFeeRate, start, end);
  }
}
