package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.RdEnterpriseKind;
import io.github.huiqi.core.tax.RdSuperDeductionMeasure;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Shared fixtures for the R&D super-deduction tests: the built-in measure and short request builders.
 */
final class RdSuperDeductionFixtures {

  static final RdSuperDeductionMeasure MEASURE =
      PolicyData.builtIn().getMeasure(RdSuperDeductionMeasure.SHENZHEN_2023, RdSuperDeductionMeasure.class);
  static final RdSuperDeductionCalculator CALCULATOR = RdSuperDeductionCalculator.DEFAULT;
  /** 软件开发 (I6510): not on the negative list. */
  static final String SOFTWARE = "I6510";
  /** 其他未列明制造业 (C4190): not on the negative list. */
  static final String MANUFACTURE = "C4190";

  private RdSuperDeductionFixtures() {
  }

  /** Costs by category, in yuan as text: personnel, direct inputs, depreciation, amortisation, design, other. */
  static RdExpensedCosts costs(String personnel, String direct, String depreciation, String amortisation,
      String design, String other) {
    return new RdExpensedCosts(Cny.of(personnel), Cny.of(direct), Cny.of(depreciation), Cny.of(amortisation),
        Cny.of(design), Cny.of(other));
  }

  /**
   * The standard costs: five categories 600,000 + 200,000 + 100,000 + 50,000 + 50,000 = 1,000,000 and other related
   * costs 80,000, within the cap 1,000,000 × 10% ÷ 90% = 111,111.11; eligible base 1,080,000.
   */
  static RdExpensedCosts standardCosts() {
    return costs("600000", "200000", "100000", "50000", "50000", "80000");
  }

  /** A request with the industry known and every kind flag known: true for the kinds given. */
  static RdSuperDeductionRequest firm(int year, String industry, RdEnterpriseKind... kinds) {
    return RdSuperDeductionRequest.of(year, standardCosts()).withIndustryCode(industry).withKinds(kinds);
  }

  /** The same firm with other costs. */
  static RdSuperDeductionRequest firm(int year, RdExpensedCosts costs, String industry, RdEnterpriseKind... kinds) {
    return RdSuperDeductionRequest.of(year, costs).withIndustryCode(industry).withKinds(kinds);
  }

  static RdIntangibleAsset intangible(String cost, Integer periodMonths, int monthsInYear) {
    return new RdIntangibleAsset(Cny.of(cost), Optional.ofNullable(periodMonths), monthsInYear, Optional.empty());
  }

  static BigDecimal extra(RdSuperDeductionRequest request) {
    return Cny.yuan(CALCULATOR.extraDeduction(MEASURE, request), "extraDeduction");
  }
}
