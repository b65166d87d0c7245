package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdFormLine;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.io.PrintStream;
import java.util.Locale;

/**
 * A Shenzhen 科技型中小企业 that manufactures electronic equipment works out its 2023 R&amp;D super deduction (深工信〔2023〕
 * 26号 第1条 and the national instruments behind it) on the built-in policy data: the 10% cap on other related costs,
 * the extra deduction on expensed R&amp;D, a patent formed by R&amp;D and amortised from June, the lines of the
 * return's schedule A107012, and the JSON a platform would receive. The total is the amount by which its taxable
 * income falls before the 小型微利企业 test.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class RdExample {

  private RdExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out  where to print
   * @return the explained result
   */
  public static RdResult run(PrintStream out) {
    // 1. The measure, from the built-in policy data (a host may load its own pack instead).
    RdMeasure measure = PolicyData.builtIn()
        .getMeasure(RdMeasure.SHENZHEN_2023);
    RdCalculator calculator = RdCalculator.DEFAULT;

    // 2. The firm's 2023 R&D expensed in the year, by the six categories, and a patent it formed (cost 800,000,
    //    ready for use in June: 7 months amortised in 2023, over the default 10 years).
    RdExpensedCosts costs = new RdExpensedCosts(Cny.of("1200000"), Cny.of("500000"), Cny.of("150000"),
        Cny.of("50000"), Cny.of("100000"), Cny.of("300000"));
    RdRequest request = RdRequest.of(2023, costs)
        .withIndustryCode("C3990")
        .withKinds(RdEnterpriseKind.TECH_SME, RdEnterpriseKind.MANUFACTURING)
        .withIntangible(RdIntangibleAsset.builder().cost(Cny.of("800000")).monthsInYear(7).yearFormed(2023).build());

    // 3. The plain form: the one number a tax computation needs.
    out.println("2023 研发费用加计扣除总额 / total extra deduction: " + calculator.extraDeduction(measure, request));

    // 4. The explaining form: every figure with its clause.
    RdResult result = calculator.explainExtraDeduction(measure, request);
    out.println("其他相关费用限额 / other-costs cap: " + result.otherCostsCap()
        + "; 可加计扣除的费用化研发费用 / eligible base: " + result.eligibleExpensedBase());
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));

    // 5. The lines of 《研发费用加计扣除优惠明细表》 (A107012) as a tax accountant files them, each with its rule.
    for (RdFormLine line : result.formLines()) {
      out.println("A107012 第" + line.line() + "行 " + line.name().zh() + " / " + line.name().en() + ": "
          + line.amount() + "  (" + line.citation().label() + ")");
    }
    out.println();

    // 6. The same result as JSON, as a platform would receive it.
    out.println(HuiqiJson.write(result));
    return result;
  }
}
