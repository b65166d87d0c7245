package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * A small Shenzhen manufacturer checks its 2023 小型微利企业 income-tax relief (restated by 深工信〔2023〕26号 第1条) on the
 * built-in policy data: the second-quarter prepayment under the cumulative method, then the annual tax, the relief
 * against the standard 25% and the JSON a platform would receive.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class SmallLowProfitExample {

  private SmallLowProfitExample() {
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
   * @return the explained annual result
   */
  public static SmallLowProfitResult run(PrintStream out) {
    // 1. The measure, from the built-in policy data (a host may load its own pack instead).
    SmallLowProfitMeasure measure = PolicyData.builtIn()
        .getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    SmallLowProfitCalculator calculator = SmallLowProfitCalculator.DEFAULT;

    // 2. The quarters of 2023: employees at each quarter's start and end, total assets likewise.
    List<OperatingQuarter> quarters = List.of(
        new OperatingQuarter(1, 120, 130, Cny.of("30000000"), Cny.of("32000000")),
        new OperatingQuarter(2, 130, 150, Cny.of("32000000"), Cny.of("36000000")),
        new OperatingQuarter(3, 150, 160, Cny.of("36000000"), Cny.of("38000000")),
        new OperatingQuarter(4, 160, 150, Cny.of("38000000"), Cny.of("35000000")));

    // 3. Second-quarter prepayment: 1,300,000 of taxable income to date, 20,000 prepaid for the first quarter.
    SmallLowProfitPrepaymentRequest q2 = SmallLowProfitPrepaymentRequest.of(2023, 2, Cny.of("1300000"),
        quarters.subList(0, 2), Cny.of("20000"));
    SmallLowProfitPrepaymentResult prepayment = calculator.explainPrepaymentPayable(measure, q2);
    out.println("2023-Q2 本期应补(退)所得税额 / payable this quarter: " + prepayment.payable().maximum());

    // 4. The annual settlement: 2,400,000 of taxable income for the year.
    SmallLowProfitRequest year = SmallLowProfitRequest.of(2023, Cny.of("2400000"), quarters);
    SmallLowProfitResult result = calculator.explainTaxDue(measure, year);
    out.println("2023 应纳所得税额 / tax due: " + result.taxDue().maximum()
        + "; 减免所得税额 / relief: " + result.relief().maximum());
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));

    // 5. The same result as JSON, as a platform would receive it.
    out.println(HuiqiJson.write(result));
    return result;
  }
}
