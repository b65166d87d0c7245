package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdEntrustment;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.rd.RdProject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * Shared fixtures for the R&D super-deduction tests: the built-in measure and short request builders.
 */
public final class RdFixtures {

  public static final RdMeasure MEASURE =
      PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023);
  public static final RdCalculator CALCULATOR = RdCalculator.DEFAULT;
  /** 软件开发 (I6510): not on the negative list. */
  public static final String SOFTWARE = "I6510";
  /** 其他未列明制造业 (C4190): not on the negative list. */
  public static final String MANUFACTURE = "C4190";

  private RdFixtures() {
  }

  /** Costs by category, in yuan as text: personnel, direct inputs, depreciation, amortisation, design, other. */
  public static RdExpensedCosts costs(String personnel, String direct, String depreciation, String amortisation,
      String design, String other) {
    return new RdExpensedCosts(Cny.of(personnel), Cny.of(direct), Cny.of(depreciation), Cny.of(amortisation),
        Cny.of(design), Cny.of(other));
  }

  /**
   * The standard costs: five categories 600,000 + 200,000 + 100,000 + 50,000 + 50,000 = 1,000,000 and other related
   * costs 80,000, within the cap 1,000,000 × 10% ÷ 90% = 111,111.11; eligible base 1,080,000.
   */
  public static RdExpensedCosts standardCosts() {
    return costs("600000", "200000", "100000", "50000", "50000", "80000");
  }

  /** A request with the industry known and every kind flag known: true for the kinds given. */
  public static RdRequest firm(int year, String industry, RdEnterpriseKind... kinds) {
    return RdRequest.of(year, standardCosts()).withIndustryCode(industry).withKinds(kinds);
  }

  /** The same firm with other costs. */
  public static RdRequest firm(int year, RdExpensedCosts costs, String industry, RdEnterpriseKind... kinds) {
    return RdRequest.of(year, costs).withIndustryCode(industry).withKinds(kinds);
  }

  public static RdIntangibleAsset intangible(String cost, Integer periodMonths, int monthsInYear) {
    return RdIntangibleAsset.builder().cost(Cny.of(cost)).amortisationMonths(Optional.ofNullable(periodMonths))
        .monthsInYear(monthsInYear).build();
  }

  /** An expensed project with personnel costs (the first five categories) and other related costs only. */
  public static RdProject expensed(String name, String personnel, String other) {
    return RdProject.builder().name(name).costs(costs(personnel, "0", "0", "0", "0", other)).capitalised(false)
        .build();
  }

  /** An entrustment at a price, not a related party. */
  public static RdEntrustment entrusted(RdEntrusteeKind entrustee, String price) {
    return RdEntrustment.builder().entrustee(entrustee).price(Cny.of(price)).relatedParty(false).build();
  }

  /** A request of a year with no unitemised costs, a known industry and kinds. */
  public static RdRequest projects(int year, String industry, RdEnterpriseKind... kinds) {
    return RdRequest.of(year, RdExpensedCosts.NONE).withIndustryCode(industry).withKinds(kinds);
  }

  /** The amount of a line of A107012 in a result, in yuan. */
  public static BigDecimal line(RdResult result, int line) {
    return Cny.yuan(result.findFormLine(line).orElseThrow().amount(), "line " + line);
  }

  public static BigDecimal extra(RdRequest request) {
    return Cny.yuan(CALCULATOR.extraDeduction(MEASURE, request), "extraDeduction");
  }
}
