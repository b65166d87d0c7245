package io.github.huiqi.core.financing.riskpool;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;

/**
 * A temporary uplift of a risk-compensation ratio for loans granted in a window, such as "2023年1月1日至3月31日新增贷款
 * （展期视同新增）的风险损失补偿比例提高30个百分点".
 * <p>
 * The uplift is in percentage points: {@code 30%} adds 30 points, so a 50% base becomes 80% before any ceiling.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param grantWindow  the dates the loan must be granted (or extended) in, inclusive; closed
 * @param uplift  the percentage points added to the base ratio, from 0% to 100%
 */
public record RiskPoolUpliftWindow(DateRange grantWindow, Rate uplift) {

  /**
   * Creates an uplift window.
   *
   * @throws InvalidInputException if a field is null, the window open-ended, or the uplift outside 0%..100%
   */
  public RiskPoolUpliftWindow {
    Args.notNull(grantWindow, "grantWindow");
    if (grantWindow.isOpenEnded()) {
      throw new InvalidInputException("grantWindow/end", null, "must be set: the window is closed");
    }
    Args.notNull(uplift, "uplift");
    if (uplift.compareTo(Rate.ZERO) < 0 || uplift.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("uplift", uplift, "must be from 0% to 100%");
    }
  }

  /**
   * Obtains an uplift window.
   *
   * @param grantWindow  the grant window, closed
   * @param uplift  the percentage points added
   * @return the window
   */
  public static RiskPoolUpliftWindow of(DateRange grantWindow, Rate uplift) {
    return new RiskPoolUpliftWindow(grantWindow, uplift);
  }
}
