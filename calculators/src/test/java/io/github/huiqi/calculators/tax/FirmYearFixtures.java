package io.github.huiqi.calculators.tax;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.RdEnterpriseKind;
import io.github.huiqi.core.tax.VatFilingPeriod;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Shared fixtures for the firm-year tests: the built-in measures and short builders.
 */
final class FirmYearFixtures {

  static final FirmYearTaxMeasures MEASURES = FirmYearTaxMeasures.builtIn();
  static final FirmYearTaxCalculator CALCULATOR = FirmYearTaxCalculator.DEFAULT;

  private FirmYearFixtures() {
  }

  /** A quarterly VAT filing of 2023 with sales excluding VAT, in yuan as text. */
  static SmallScaleVatRequest quarter(int year, int quarter, String sales) {
    return SmallScaleVatRequest.of(VatFilingPeriod.ofQuarter(year, quarter), Cny.of(sales),
        SmallScaleVatSalesBasis.EXCLUDING_VAT);
  }

  /** A monthly VAT filing with sales excluding VAT. */
  static SmallScaleVatRequest month(int year, int month, String sales) {
    return SmallScaleVatRequest.of(VatFilingPeriod.ofMonth(year, month), Cny.of(sales),
        SmallScaleVatSalesBasis.EXCLUDING_VAT);
  }

  /** A whole year with the same employees at every quarter's start and end, and 10,000,000 of assets. */
  static List<OperatingQuarter> staff(int employees) {
    return SmallLowProfitFixtures.steady(1, 4, employees, "10000000");
  }

  /** A manufacturer's R&D: personnel costs only (so no other-costs cap binds), every kind flag known. */
  static RdSuperDeductionRequest rd(int year, String personnel) {
    return RdSuperDeductionRequest.of(year, RdSuperDeductionFixtures.costs(personnel, "0", "0", "0", "0", "0"))
        .withIndustryCode(RdSuperDeductionFixtures.MANUFACTURE).withKinds(RdEnterpriseKind.MANUFACTURING);
  }

  /** A 2023 firm in a non-restricted industry with 100 employees, no VAT periods, and the R&D given (or none). */
  static FirmYearTaxRequest firm(String incomeBeforeRd, String rdPersonnel) {
    return firm(incomeBeforeRd, rdPersonnel, staff(100), List.of());
  }

  static FirmYearTaxRequest firm(String incomeBeforeRd, String rdPersonnel, List<OperatingQuarter> quarters,
      List<SmallScaleVatRequest> vat) {
    return new FirmYearTaxRequest(2023, vat, FirmYearIncomeTax.of(Cny.of(incomeBeforeRd), quarters),
        Optional.ofNullable(rdPersonnel).map(p -> rd(2023, p)));
  }

  static BigDecimal yuan(Object amount) {
    if (amount instanceof AmountRange range) {
      if (!range.isExact()) {
        throw new AssertionError("expected an exact amount but was " + range);
      }
      return Cny.yuan(range.minimum(), "amount");
    }
    return Cny.yuan((javax.money.MonetaryAmount) amount, "amount");
  }

  static BigDecimal min(AmountRange range) {
    return Cny.yuan(range.minimum(), "minimum");
  }

  static BigDecimal max(AmountRange range) {
    return Cny.yuan(range.maximum(), "maximum");
  }

  static BigDecimal saved(FirmYearTaxResult result, FirmYearRelief relief) {
    return yuan(result.outcome(relief).saved());
  }
}
