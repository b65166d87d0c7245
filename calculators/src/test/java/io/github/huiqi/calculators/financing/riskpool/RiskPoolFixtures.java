package io.github.huiqi.calculators.financing.riskpool;

import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;

/** Shared fixtures for the risk-compensation pool tests. */
public final class RiskPoolFixtures {

  public static final RiskPoolMeasure POOL = PolicyData.builtIn()
      .getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  public static final RiskPoolCalculator CALCULATOR = RiskPoolCalculator.DEFAULT;

  private RiskPoolFixtures() {
  }

  /**
   * A GENERAL loan of 1,000,000.00 granted on a date, fully outstanding when classified non-performing a year later,
   * with no exclusion.
   */
  public static RiskPoolClaim.Builder claim(String id, LocalDate granted) {
    return RiskPoolClaim.builder()
        .loanId(id)
        .category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000.00"))
        .grantDate(granted)
        .firstNonPerformingDate(granted.plusYears(1))
        .principalOutstanding(Cny.of("1000000.00"))
        .noExclusions();
  }

  public static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
