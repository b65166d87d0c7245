package io.github.huiqi.calculators.financing;

import io.github.huiqi.core.financing.LoanCategory;
import io.github.huiqi.core.financing.RiskCompensationPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;

/** Shared fixtures for the risk-compensation pool tests. */
final class RiskPoolFixtures {

  static final RiskCompensationPoolMeasure POOL = PolicyData.builtIn()
      .getMeasure(RiskCompensationPoolMeasure.SHENZHEN_2023, RiskCompensationPoolMeasure.class);
  static final RiskCompensationPoolCalculator CALCULATOR = RiskCompensationPoolCalculator.DEFAULT;

  private RiskPoolFixtures() {
  }

  /**
   * A GENERAL loan of 1,000,000.00 granted on a date, fully outstanding when classified non-performing a year later,
   * with no exclusion.
   */
  static RiskCompensationClaim.Builder claim(String id, LocalDate granted) {
    return RiskCompensationClaim.builder()
        .loanId(id)
        .category(LoanCategory.GENERAL)
        .principal(Cny.of("1000000.00"))
        .grantDate(granted)
        .firstNonPerformingDate(granted.plusYears(1))
        .principalOutstanding(Cny.of("1000000.00"))
        .noExclusions();
  }

  static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }
}
