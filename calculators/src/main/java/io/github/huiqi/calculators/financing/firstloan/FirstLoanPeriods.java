package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.YearFraction;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The arithmetic of an annualised first-loan subsidy on principal, shared by the first-loan calculators: the
 * subsidised period and the amount. Not part of the public API.
 */
final class FirstLoanPeriods {

  private FirstLoanPeriods() {
  }

  /**
   * Returns the end of the subsidised period, not counted (算头不算尾): the earlier of the end of use and the drawdown
   * plus the term.
   *
   * @param drawdown  the drawdown date, the first day subsidised
   * @param endOfUse  the end of use (repayment or maturity), not counted
   * @param termMonths  the longest term in calendar months
   * @return the end of the period, not counted
   */
  static LocalDate subsidisedUntil(LocalDate drawdown, LocalDate endOfUse, int termMonths) {
    LocalDate termEnd = drawdown.plusMonths(termMonths);
    return endOfUse.isBefore(termEnd) ? endOfUse : termEnd;
  }

  /**
   * Returns principal × annual rate × year fraction, divided last and rounded once.
   *
   * @param principal  the principal in yuan
   * @param annualRate  the annualised subsidy rate
   * @param fraction  the period as a fraction of a year
   * @param rounding  the rounding
   * @return the subsidy in yuan
   */
  static BigDecimal subsidy(BigDecimal principal, Rate annualRate, YearFraction fraction, MoneyRounding rounding) {
    return fraction.applyTo(annualRate.applyTo(principal), rounding);
  }
}
