package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;

/**
 * Shared fixtures for the small-scale VAT tests: the built-in measure and short request builders.
 */
public final class VatFixtures {

  public static final VatMeasure MEASURE =
      PolicyData.builtIn().getMeasure(VatMeasure.SHENZHEN_2023);
  public static final VatCalculator CALCULATOR = VatCalculator.DEFAULT;
  /** A Shenzhen district (南山区): outside Hubei. */
  public static final String SHENZHEN = "440305";
  /** Wuhan (武汉市): inside Hubei. */
  public static final String WUHAN = "420100";

  private VatFixtures() {
  }

  public static VatFilingPeriod month(int year, int month) {
    return VatFilingPeriod.ofMonth(year, month);
  }

  public static VatFilingPeriod quarter(int year, int quarter) {
    return VatFilingPeriod.ofQuarter(year, quarter);
  }

  /** Sales excluding VAT, region Shenzhen (so every period is determined). */
  public static VatRequest excluding(VatFilingPeriod period, String sales) {
    return VatRequest.of(period, Cny.of(sales), VatSalesBasis.EXCLUDING_VAT)
        .withTaxpayerRegionCode(SHENZHEN);
  }

  /** Sales including VAT, region Shenzhen. */
  public static VatRequest including(VatFilingPeriod period, String sales) {
    return VatRequest.of(period, Cny.of(sales), VatSalesBasis.INCLUDING_VAT)
        .withTaxpayerRegionCode(SHENZHEN);
  }

  public static BigDecimal due(VatRequest request) {
    return Cny.yuan(CALCULATOR.vatDue(MEASURE, request), "vatDue");
  }

  public static BigDecimal saved(VatRequest request) {
    return Cny.yuan(CALCULATOR.amountSaved(MEASURE, request), "amountSaved");
  }

  public static BigDecimal yuan(String text) {
    return new BigDecimal(text);
  }
}
