package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.tax.SmallScaleVatMeasure;
import io.github.huiqi.core.tax.VatFilingPeriod;
import java.math.BigDecimal;

/**
 * Shared fixtures for the small-scale VAT tests: the built-in measure and short request builders.
 */
final class SmallScaleVatFixtures {

  static final SmallScaleVatMeasure MEASURE =
      PolicyData.builtIn().getMeasure(SmallScaleVatMeasure.SHENZHEN_2023, SmallScaleVatMeasure.class);
  static final SmallScaleVatCalculator CALCULATOR = SmallScaleVatCalculator.DEFAULT;
  /** A Shenzhen district (南山区): outside Hubei. */
  static final String SHENZHEN = "440305";
  /** Wuhan (武汉市): inside Hubei. */
  static final String WUHAN = "420100";

  private SmallScaleVatFixtures() {
  }

  static VatFilingPeriod month(int year, int month) {
    return VatFilingPeriod.ofMonth(year, month);
  }

  static VatFilingPeriod quarter(int year, int quarter) {
    return VatFilingPeriod.ofQuarter(year, quarter);
  }

  /** Sales excluding VAT, region Shenzhen (so every period is determined). */
  static SmallScaleVatRequest excluding(VatFilingPeriod period, String sales) {
    return SmallScaleVatRequest.of(period, Cny.of(sales), SmallScaleVatSalesBasis.EXCLUDING_VAT)
        .withTaxpayerRegionCode(SHENZHEN);
  }

  /** Sales including VAT, region Shenzhen. */
  static SmallScaleVatRequest including(VatFilingPeriod period, String sales) {
    return SmallScaleVatRequest.of(period, Cny.of(sales), SmallScaleVatSalesBasis.INCLUDING_VAT)
        .withTaxpayerRegionCode(SHENZHEN);
  }

  static BigDecimal due(SmallScaleVatRequest request) {
    return Cny.yuan(CALCULATOR.vatDue(MEASURE, request), "vatDue");
  }

  static BigDecimal saved(SmallScaleVatRequest request) {
    return Cny.yuan(CALCULATOR.amountSaved(MEASURE, request), "amountSaved");
  }

  static BigDecimal yuan(String text) {
    return new BigDecimal(text);
  }
}
