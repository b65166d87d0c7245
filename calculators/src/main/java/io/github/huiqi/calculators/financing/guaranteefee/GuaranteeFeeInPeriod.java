package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.time.YearFraction;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One guarantee's part in a guarantor's average fee: the days it was in force within the period and its fee income
 * for them.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param guaranteeId  the guarantee's id
 * @param from  the first day in force within the period, if any
 * @param until  the end of that time, not counted, if any
 * @param time  the time in force within the period as an exact year fraction; 0 days if none
 * @param feeIncome  {@code amount × annual rate × time}, rounded once by the measure's rule; zero if none
 */
public record GuaranteeFeeInPeriod(
    String guaranteeId,
    Optional<LocalDate> from,
    Optional<LocalDate> until,
    YearFraction time,
    MonetaryAmount feeIncome) {

  /**
   * Creates the part.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the income negative or not CNY
   */
  public GuaranteeFeeInPeriod {
    Args.notBlank(guaranteeId, "guaranteeId");
    Args.notNullOptional(from, "from");
    Args.notNullOptional(until, "until");
    Args.notNull(time, "time");
    Cny.notNegativeComputed(feeIncome, "feeIncome");
  }

  /**
   * Checks whether the guarantee was in force for at least one day of the period.
   *
   * @return true if in force within the period
   */
  public boolean inPeriod() {
    return time.days() > 0;
  }
}
