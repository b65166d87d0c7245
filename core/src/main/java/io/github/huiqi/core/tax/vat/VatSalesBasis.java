package io.github.huiqi.core.tax.vat;

/**
 * Whether the sales a small-scale taxpayer reports include VAT (含税) or not (不含税).
 * <p>
 * VAT-inclusive sales are converted at the levy rate in force before the threshold test and the tax:
 * sales = gross ÷ (1 + levy rate), rounded half-up to the fen once.
 */
public enum VatSalesBasis {
  /** The sales exclude VAT (不含税销售额): used as given. */
  EXCLUDING_VAT,
  /** The sales include VAT (含税销售额): converted at the levy rate. */
  INCLUDING_VAT
}
