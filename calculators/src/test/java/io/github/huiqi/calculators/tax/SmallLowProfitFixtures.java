package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.SmallLowProfitEnterpriseMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared fixtures for the 小型微利企业 income-tax tests: the built-in measure and short builders.
 */
final class SmallLowProfitFixtures {

  static final SmallLowProfitEnterpriseMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(SmallLowProfitEnterpriseMeasure.SHENZHEN_2023, SmallLowProfitEnterpriseMeasure.class);
  static final SmallLowProfitEnterpriseCalculator CALCULATOR = SmallLowProfitEnterpriseCalculator.DEFAULT;

  private SmallLowProfitFixtures() {
  }

  /** A quarter with its employees and assets (yuan text) at start and end. */
  static OperatingQuarter q(int quarter, int employeesStart, int employeesEnd, String assetsStart, String assetsEnd) {
    return new OperatingQuarter(quarter, employeesStart, employeesEnd, Cny.of(assetsStart), Cny.of(assetsEnd));
  }

  /** The quarters from the first to the last, each with the same employees and assets at start and end. */
  static List<OperatingQuarter> steady(int first, int last, int employees, String assets) {
    List<OperatingQuarter> quarters = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      quarters.add(q(i, employees, employees, assets, assets));
    }
    return quarters;
  }

  /** A full year of a small firm: 100 employees, 10,000,000 of assets, well within the limits. */
  static List<OperatingQuarter> small() {
    return steady(1, 4, 100, "10000000");
  }

  static SmallLowProfitTaxRequest year(int taxYear, String taxableIncome) {
    return SmallLowProfitTaxRequest.of(taxYear, Cny.of(taxableIncome), small());
  }

  static SmallLowProfitTaxRequest year(int taxYear, String taxableIncome, List<OperatingQuarter> quarters) {
    return SmallLowProfitTaxRequest.of(taxYear, Cny.of(taxableIncome), quarters);
  }

  static BigDecimal due(SmallLowProfitTaxRequest request) {
    return Cny.yuan(CALCULATOR.taxDue(MEASURE, request), "taxDue");
  }

  static BigDecimal relief(SmallLowProfitTaxRequest request) {
    return Cny.yuan(CALCULATOR.relief(MEASURE, request), "relief");
  }

  static BigDecimal yuan(String text) {
    return new BigDecimal(text);
  }
}
