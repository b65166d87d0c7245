package io.github.huiqi.calculators.financing.renovation;

import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.List;

/**
 * Shared fixtures for the Shenzhen technical-renovation tests (小升规方案 第十条): the built-in measures, interest
 * payments and a grant request meeting every condition.
 */
public final class RenovationFixtures {

  public static final RenovationInterestMeasure INTEREST = PolicyData.builtIn().getMeasure(
      RenovationInterestMeasure.SHENZHEN_2022);
  public static final RenovationGrantMeasure GRANT = PolicyData.builtIn().getMeasure(
      RenovationGrantMeasure.SHENZHEN_2022);
  public static final RenovationInterestCalculator CALCULATOR =
      RenovationInterestCalculator.DEFAULT;
  /** The project's subsidised years start 2023-01-01: three years are 2023-01-01..2025-12-31. */
  public static final LocalDate START = LocalDate.of(2023, 1, 1);

  private RenovationFixtures() {
  }

  public static RenovationInterestPayment loanInterest(String id, LocalDate from, LocalDate until, String paid) {
    return RenovationInterestPayment.of(id, RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, from, until,
        Cny.of(paid));
  }

  public static RenovationInterestPayment leaseInterest(String id, LocalDate from, LocalDate until, String paid) {
    return RenovationInterestPayment.of(id, RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE, from, until,
        Cny.of(paid));
  }

  public static RenovationInterestRequest interestRequest(RenovationInterestPayment... payments) {
    return RenovationInterestRequest.of(START, List.of(payments));
  }

  /**
   * An intelligent renovation at level 3: eligible investment 10,000,000 of a 12,000,000 total, fixed assets
   * 9,600,000 (exactly 80%), equipment 6,720,000 (exactly 70% of fixed assets).
   */
  public static RenovationGrantRequest grantRequest() {
    return RenovationGrantRequest.of(RenovationCategory.INTELLIGENT, 3, Cny.of("10000000"), Cny.of("12000000"),
        Cny.of("9600000"), Cny.of("6720000"));
  }
}
