package io.github.huiqi.core.tax.rd;

/**
 * Whom R&amp;D was entrusted to (委托研发), which decides how much of its price counts toward the super deduction.
 * <p>
 * Built-in rules: a domestic entity or individual, 80% of the price (财税〔2015〕119号 第二条); an overseas entity, 80%
 * of the price but at most two thirds of the domestic qualifying R&amp;D, from 2018 (财税〔2018〕64号 第一条; nothing
 * before, 119号 第二条); an overseas individual, nothing (64号).
 */
public enum RdEntrusteeKind {
  /** An entity or individual in China (委托境内机构或个人), related to the enterprise or not. */
  DOMESTIC,
  /** An entity outside China (委托境外机构), including Hong Kong, Macao and Taiwan. */
  OVERSEAS_ENTITY,
  /** An individual outside China (委托境外个人): a foreign national, or of Hong Kong, Macao or Taiwan. */
  OVERSEAS_INDIVIDUAL
}
