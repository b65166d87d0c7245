package io.github.huiqi.calculators.employment.insurance;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Eligibility;
import javax.money.MonetaryAmount;

/**
 * One deferral's late fee and whether it is waived.
 * <p>
 * {@code lateDays} counts from the day after the due date through the repayment day (through the deadline while the
 * repayment date is not known); {@code fee} is the deferred amount × the daily rate × those days, rounded half-up to
 * the fen: the fee waived when eligible, the most it could be while undetermined.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param deferralId  the deferral's id
 * @param eligibility  the verdict, reasons and missing facts
 * @param lateDays  the days the fee runs, not negative
 * @param fee  the statutory late fee, CNY at the fen's scale
 */
public record InsuranceWaiver(String deferralId, Eligibility eligibility, long lateDays, MonetaryAmount fee) {

  /**
   * Creates a waiver.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the days negative
   */
  public InsuranceWaiver {
    Args.notBlank(deferralId, "deferralId");
    Args.notNull(eligibility, "eligibility");
    if (lateDays < 0) {
      throw new InvalidInputException("lateDays", lateDays, "must not be negative");
    }
    Args.notNull(fee, "fee");
  }
}
