package io.github.huiqi.core.tax.vat;

/**
 * How often a VAT taxpayer files: monthly or quarterly (按月 / 按季申报).
 * <p>
 * A small-scale taxpayer elects its filing period, and the election holds for a tax year (国家税务总局公告2019年第4号);
 * the exemption threshold depends on it (100,000 a month or 300,000 a quarter in 2023–2027).
 */
public enum VatFilingFrequency {
  /** Filing each calendar month (按月申报). */
  MONTHLY,
  /** Filing each calendar quarter (按季申报). */
  QUARTERLY
}
