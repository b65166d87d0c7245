package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Shared fixtures for the firm-year tests: the built-in measures and short builders.
 */
public final class FirmYearFixtures {

  public static final FirmYearMeasures MEASURES = FirmYearMeasures.builtIn();
  public static final FirmYearCalculator CALCULATOR = FirmYearCalculator.DEFAULT;

  private FirmYearFixtures() {
  }

  /** A quarterly VAT filing of 2023 with sales excluding VAT, in yuan as text. */
  public static VatRequest quarter(int year, int quarter, String sales) {
    return VatRequest.of(VatFilingPeriod.ofQuarter(year, quarter), Cny.of(sales),
        VatSalesBasis.EXCLUDING_VAT);
  }

  /** A monthly VAT filing with sales excluding VAT. */
  public static VatRequest month(int year, int month, String sales) {
    return VatRequest.of(VatFilingPeriod.ofMonth(year, month), Cny.of(sales),
        VatSalesBasis.EXCLUDING_VAT);
  }

  /** A whole year with the same employees at every quarter's start and end, and 10,000,000 of assets. */
  public static List<OperatingQuarter> staff(int employees) {
    return SmallLowProfitFixtures.steady(1, 4, employees, "10000000");
  }

  /** A manufacturer's R&D: personnel costs only (so no other-costs cap binds), every kind flag known. */
  public static RdRequest rd(int year, String personnel) {
    return RdRequest.of(year, RdFixtures.costs(personnel, "0", "0", "0", "0", "0"))
        .withIndustryCode(RdFixtures.MANUFACTURE).withKinds(RdEnterpriseKind.MANUFACTURING);
  }

  /** A 2023 firm in a non-restricted industry with 100 employees, no VAT periods, and the R&D given (or none). */
  public static FirmYearRequest firm(String incomeBeforeRd, String rdPersonnel) {
    return firm(incomeBeforeRd, rdPersonnel, staff(100), List.of());
  }

  public static FirmYearRequest firm(String incomeBeforeRd, String rdPersonnel, List<OperatingQuarter> quarters,
      List<VatRequest> vat) {
    return FirmYearRequest.builder().taxYear(2023).vatPeriods(vat)
        .incomeTax(FirmYearIncomeTax.of(Cny.of(incomeBeforeRd), quarters))
        .rd(Optional.ofNullable(rdPersonnel).map(p -> rd(2023, p))).build();
  }

  public static BigDecimal yuan(Object amount) {
    if (amount instanceof AmountRange range) {
      if (!range.isExact()) {
        throw new AssertionError("expected an exact amount but was " + range);
      }
      return Cny.yuan(range.minimum(), "amount");
    }
    return Cny.yuan((javax.money.MonetaryAmount) amount, "amount");
  }

  public static BigDecimal min(AmountRange range) {
    return Cny.yuan(range.minimum(), "minimum");
  }

  public static BigDecimal max(AmountRange range) {
    return Cny.yuan(range.maximum(), "maximum");
  }

  public static BigDecimal saved(FirmYearResult result, FirmYearRelief relief) {
    return yuan(result.outcome(relief).saved());
  }
}
