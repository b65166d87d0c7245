package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What one loan saves under the guarantee-fee reduction, read against the rate its guarantor actually charges
 * (decisions register §1.2 card 000-6).
 * <p>
 * 第6条 "担保费率最高减免40%、且不高于1%" bounds what the guarantor charges; the firm saves the fee at the standard rate
 * less the fee it is charged. So, with the measure's fee {@code m} (the standard rate cut by the maximum, at most the
 * ceiling) and the standard fee {@code s}:
 * <ul>
 *   <li>the rate charged not given: the entitlement {@code s − m} (the measure's maximum, as before);
 *   <li>a fee charged {@code a} above {@code m}: what the firm actually saves, {@code max(0, s − a)}, the entitlement
 *       being more (the guarantor does not grant all the measure allows);
 *   <li>a fee charged at or below {@code m}: {@code s − m}, the measure's own saving; a guarantor charging less
 *       grants more than this measure provides, and that part is not the measure's.
 * </ul>
 * Each fee is the calculator's, over the same term, day count and rounding.
 *
 * @param saved  the fee saved, in yuan
 * @param entitlement  the most the measure allows, {@code s − m}, in yuan
 * @param chargedFee  the fee at the rate charged, in yuan, when that rate is given
 * @param measureBinds  whether the measure's fee sets the saving (the rate charged is not given, or at most the
 *     measure's), so that its binding limit, if any, holds
 */
record GuaranteeFeeActualSaving(BigDecimal saved, BigDecimal entitlement, Optional<BigDecimal> chargedFee,
    boolean measureBinds) {

  /** The citation of the reading. */
  static final Citation READING = Citation.libraryDefault("decisions register §1.2 card 000-6",
      "the firm saves the fee at the standard rate less the fee at the rate its guarantor charges, when that rate is "
          + "given: at most the measure's saving (a lower rate grants more than the measure provides) and at least "
          + "zero; without it the measure's maximum is used");

  /**
   * Reads one loan's saving.
   *
   * @param measure  the measure, for its rounding
   * @param e  the calculator's evaluation of the loan at its standard rate
   * @param charged  the annual rate the guarantor charges, if given
   * @param principal  the guaranteed principal, in yuan
   * @return the saving
   */
  static GuaranteeFeeActualSaving of(GuaranteeFeeReductionMeasure measure,
      GuaranteeFeeReductionCalculator.Evaluation e, Optional<Rate> charged, BigDecimal principal) {
    BigDecimal entitlement = e.standardFee().subtract(e.reducedFee());
    if (charged.isEmpty()) {
      return new GuaranteeFeeActualSaving(entitlement, entitlement, Optional.empty(), true);
    }
    BigDecimal chargedFee = e.period().applyTo(charged.get().applyTo(principal), measure.rounding().value());
    if (chargedFee.compareTo(e.reducedFee()) <= 0) {
      return new GuaranteeFeeActualSaving(entitlement, entitlement, Optional.of(chargedFee), true);
    }
    BigDecimal saved = e.standardFee().subtract(chargedFee);
    return new GuaranteeFeeActualSaving(saved.signum() < 0 ? BigDecimal.ZERO.setScale(2) : saved, entitlement,
        Optional.of(chargedFee), false);
  }
}
