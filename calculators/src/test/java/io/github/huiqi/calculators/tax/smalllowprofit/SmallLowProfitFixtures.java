package io.github.huiqi.calculators.tax.smalllowprofit;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Shared fixtures for the 小型微利企业 income-tax tests: the built-in measure and short builders.
 */
public final class SmallLowProfitFixtures {

  public static final SmallLowProfitMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
  public static final SmallLowProfitCalculator CALCULATOR = SmallLowProfitCalculator.DEFAULT;

  private SmallLowProfitFixtures() {
  }

  /** A quarter with its employees and assets (yuan text) at start and end. */
  public static OperatingQuarter q(int quarter, int employeesStart, int employeesEnd, String assetsStart,
      String assetsEnd) {
    return new OperatingQuarter(quarter, employeesStart, employeesEnd, Cny.of(assetsStart), Cny.of(assetsEnd));
  }

  /** The quarters from the first to the last, each with the same employees and assets at start and end. */
  public static List<OperatingQuarter> steady(int first, int last, int employees, String assets) {
    List<OperatingQuarter> quarters = new ArrayList<>();
    for (int i = first; i <= last; i++) {
      quarters.add(q(i, employees, employees, assets, assets));
    }
    return quarters;
  }

  /** A full year of a small firm: 100 employees, 10,000,000 of assets, well within the limits. */
  public static List<OperatingQuarter> small() {
    return steady(1, 4, 100, "10000000");
  }

  public static SmallLowProfitRequest year(int taxYear, String taxableIncome) {
    return SmallLowProfitRequest.of(taxYear, Cny.of(taxableIncome), small());
  }

  public static SmallLowProfitRequest year(int taxYear, String taxableIncome, List<OperatingQuarter> quarters) {
    return SmallLowProfitRequest.of(taxYear, Cny.of(taxableIncome), quarters);
  }

  public static BigDecimal due(SmallLowProfitRequest request) {
    return Cny.yuan(CALCULATOR.taxDue(MEASURE, request), "taxDue");
  }

  public static BigDecimal relief(SmallLowProfitRequest request) {
    return Cny.yuan(CALCULATOR.relief(MEASURE, request), "relief");
  }

  public static BigDecimal yuan(String text) {
    return new BigDecimal(text);
  }
}
