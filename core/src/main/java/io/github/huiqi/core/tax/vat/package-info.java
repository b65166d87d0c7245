/**
 * The small-scale taxpayer VAT relief model, {@link io.github.huiqi.core.tax.vat.VatMeasure}, its regimes by
 * period, the filing periods ({@link io.github.huiqi.core.tax.vat.VatFilingPeriod}) and a profile's period sales
 * ({@link io.github.huiqi.core.tax.vat.VatPeriodSales}).
 */
package io.github.huiqi.core.tax.vat;
