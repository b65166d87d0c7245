package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTax;
import io.github.huiqi.calculators.tax.firmyear.FirmYearMeasures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRelief;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.io.PrintStream;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * A small Shenzhen machine-parts manufacturer works out its 2023 tax reliefs together (深工信〔2023〕26号 第1条 and the
 * national instruments behind it) on the built-in policy data: small-scale VAT filed quarterly, the R&amp;D super
 * deduction, and the 小型微利企业 income-tax relief on the taxable income after that deduction.
 * <p>
 * Its taxable income before the R&amp;D extra deduction is 3,400,000, above the 3,000,000 limit; the 500,000 extra
 * deduction brings it to 2,900,000, within the limit, so the relief applies. Taking the test before the deduction
 * would lose that relief: the example shows what the order is worth.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class FirmYearExample {

  private FirmYearExample() {
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
  public static FirmYearResult run(PrintStream out) {
    // 1. The three measures, from the built-in policy data (a host may load its own pack instead).
    FirmYearMeasures measures = FirmYearMeasures.builtIn();
    FirmYearCalculator calculator = FirmYearCalculator.DEFAULT;

    // 2. The firm's 2023 figures: four quarterly VAT filings (sales excluding VAT) ...
    List<VatRequest> vat = List.of(quarter(1, "300000"), quarter(2, "1200000"), quarter(3, "280000"),
        quarter(4, "1500000"));
    //    ... its employees and total assets at each quarter's start and end ...
    List<OperatingQuarter> quarters = List.of(
        new OperatingQuarter(1, 80, 90, Cny.of("12000000"), Cny.of("14000000")),
        new OperatingQuarter(2, 90, 110, Cny.of("14000000"), Cny.of("16000000")),
        new OperatingQuarter(3, 110, 120, Cny.of("16000000"), Cny.of("18000000")),
        new OperatingQuarter(4, 120, 100, Cny.of("18000000"), Cny.of("20000000")));
    //    ... its taxable income before the R&D extra deduction, and 500,000 of R&D expensed in the year.
    RdExpensedCosts costs = new RdExpensedCosts(Cny.of("300000"), Cny.of("150000"), Cny.of("50000"), Cny.ZERO,
        Cny.ZERO, Cny.ZERO);
    RdRequest rd = RdRequest.of(2023, costs).withIndustryCode("C3484")
        .withKinds(RdEnterpriseKind.MANUFACTURING);
    FirmYearRequest request = FirmYearRequest.of(2023, vat,
        FirmYearIncomeTax.of(Cny.of("3400000"), quarters), rd);

    // 3. The plain form: the one number.
    out.println("2023 三项税收优惠合计少缴税额 / total saved: " + yuan(calculator.totalSaved(measures, request)));

    // 4. The explaining form: each relief's saving, the figures between them, and every step with its clause.
    FirmYearResult result = calculator.explainTotalSaved(measures, request);
    out.println("增值税少缴 / VAT saved: " + yuan(result.vatSaved()));
    out.println("研发费用加计扣除额 / R&D extra deduction: " + yuan(result.extraDeduction())
        + "; 应纳税所得额 / taxable income: " + yuan(result.taxableIncomeBeforeRd()) + " → "
        + yuan(result.taxableIncomeAfterRd()));
    out.println("企业所得税少缴 / income tax saved: " + yuan(result.incomeTaxSaved()) + " = 研发费用加计扣除 / R&D "
        + yuan(result.outcome(FirmYearRelief.RD_SUPER_DEDUCTION).saved()) + " + 小型微利企业减免 / relief "
        + yuan(result.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).saved()));
    out.println("合计 / total saved: " + yuan(result.totalSaved()));

    // 5. Why the order matters: the 小型微利企业 test on the income before the deduction fails (3,400,000 > 3,000,000).
    SmallLowProfitResult wrongOrder = SmallLowProfitCalculator.DEFAULT.explainTaxDue(measures.incomeTax(),
        SmallLowProfitRequest.of(2023, request.incomeTax().taxableIncomeBeforeRd(), quarters));
    out.println("若先判定小型微利企业（错误顺序）/ test before the deduction (wrong order): "
        + wrongOrder.eligibility().verdict() + ", 减免 / relief " + yuan(wrongOrder.relief()));
    out.println();
    out.println(result.explanation().render(Locale.SIMPLIFIED_CHINESE));

    // 6. The request as JSON, as a platform would send it to explainTotalSavedJson.
    out.println(HuiqiJson.write(request));
    return result;
  }

  private static VatRequest quarter(int quarter, String sales) {
    return VatRequest.of(VatFilingPeriod.ofQuarter(2023, quarter), Cny.of(sales),
        VatSalesBasis.EXCLUDING_VAT);
  }

  private static String yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount").setScale(2, RoundingMode.UNNECESSARY).toPlainString();
  }

  private static String yuan(AmountRange range) {
    return range.isExact() ? yuan(range.minimum()) : "[" + yuan(range.minimum()) + ", " + yuan(range.maximum()) + "]";
  }
}
