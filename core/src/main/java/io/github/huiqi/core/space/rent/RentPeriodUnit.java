package io.github.huiqi.core.space.rent;

/**
 * The period a rent subsidy "per square metre" is paid for, where the source does not say (decisions register
 * §4.4 item 28).
 */
public enum RentPeriodUnit {
  /** Per square metre per month. */
  MONTH,
  /** Per square metre per year. */
  YEAR
}
