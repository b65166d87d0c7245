package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import javax.money.MonetaryAmount;

/**
 * The tax amortisation of one R&amp;D intangible asset in a tax year under the super deduction.
 * <p>
 * Each amount is computed from the exact figures and rounded once (half-up to the fen by default):
 * <pre>
 *   amortisationBase       = cost × baseRate
 *   yearAmortisation       = cost × baseRate × monthsInYear ÷ amortisationMonths
 *   yearExtraAmortisation  = cost × (baseRate − 100%) × monthsInYear ÷ amortisationMonths
 * </pre>
 * This class is immutable and thread-safe.
 *
 * @param cost  the intangible's cost, CNY
 * @param baseRate  the amortisation base rate applied, such as 200%; 100% when the enterprise gets no super deduction
 * @param amortisationMonths  the amortisation period applied, months (the default when none was given)
 * @param monthsInYear  the months amortised in the tax year
 * @param amortisationBase  the cost amortised over the whole period, CNY, rounded
 * @param yearAmortisation  the tax year's amortisation deducted, CNY, rounded
 * @param yearExtraAmortisation  the part of it over 100% of cost: the extra deduction it gives, CNY, rounded
 */
public record RdIntangibleDeduction(
    MonetaryAmount cost,
    Rate baseRate,
    int amortisationMonths,
    int monthsInYear,
    MonetaryAmount amortisationBase,
    MonetaryAmount yearAmortisation,
    MonetaryAmount yearExtraAmortisation) {

  /**
   * Creates the figures.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public RdIntangibleDeduction {
    Cny.notNegativeComputed(cost, "cost");
    Args.notNull(baseRate, "baseRate");
    Args.notNegative(amortisationMonths, "amortisationMonths");
    Args.notNegative(monthsInYear, "monthsInYear");
    Cny.notNegativeComputed(amortisationBase, "amortisationBase");
    Cny.notNegativeComputed(yearAmortisation, "yearAmortisation");
    Cny.notNegativeComputed(yearExtraAmortisation, "yearExtraAmortisation");
  }
}
