package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.io.PrintStream;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * A Shenzhen small-scale VAT taxpayer (a quarterly filer) checks the VAT relief of 深工信〔2023〕26号 第1条 on the
 * built-in policy data: a quarter within the 300,000 exemption threshold, a quarter above it taxed at 1% on the whole
 * sales, the amount saved against the standard 3% rate, and the JSON a platform would receive.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class VatExample {

  private VatExample() {
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
   * @return the explained result of the second quarter
   */
  public static VatResult run(PrintStream out) {
    // 1. The measure, from the built-in policy data (a host may load its own pack instead).
    VatMeasure measure = PolicyData.builtIn()
        .getMeasure(VatMeasure.SHENZHEN_2023);
    VatCalculator calculator = VatCalculator.DEFAULT;

    // 2. First quarter of 2023: 280,000 of sales excluding VAT, within the 300,000 quarterly threshold.
    VatRequest q1 = VatRequest.of(VatFilingPeriod.ofQuarter(2023, 1), Cny.of("280000"),
        VatSalesBasis.EXCLUDING_VAT);
    MonetaryAmount q1Vat = calculator.vatDue(measure, q1);
    out.println("2023-Q1 应纳增值税 / VAT due: " + q1Vat);

    // 3. Second quarter: 353,500 of VAT-inclusive sales, 350,000 excluding VAT at the 1% levy rate; above the
    //    threshold, so the whole 350,000 is taxed at 1%, and the explaining form also gives the amount saved.
    VatRequest q2 = VatRequest.of(VatFilingPeriod.ofQuarter(2023, 2), Cny.of("353500"),
        VatSalesBasis.INCLUDING_VAT).withTaxpayerRegionCode("440305");
    VatResult result = calculator.explainVatDue(measure, q2);
    out.println("2023-Q2 应纳增值税 / VAT due: " + result.vatDue().maximum()
        + "; 少缴 / saved against 3%: " + result.amountSaved().maximum());
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));
    out.println(result.explanation().render(Locale.ENGLISH));

    // 4. The same result as JSON, as a platform would receive it.
    out.println(HuiqiJson.write(result));
    return result;
  }
}
