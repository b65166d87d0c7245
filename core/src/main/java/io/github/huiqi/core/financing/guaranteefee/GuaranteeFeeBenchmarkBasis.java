package io.github.huiqi.core.financing.guaranteefee;

/**
 * Which published rate stands for "国家当期银行贷款基准利率" (the national current bank lending benchmark rate) in a fee
 * cap such as the Shenzhen 专精特新 draft's "担保费率不高于国家当期银行贷款基准利率的二分之一" (decisions register §4.3 item 20).
 * <p>
 * The rate is the one in force on the loan contract's date. The PBoC benchmark is the literal "贷款基准利率" and the library
 * default; post-2020 drafting often means the LPR, offered as the alternatives.
 */
public enum GuaranteeFeeBenchmarkBasis {
  /**
   * The PBoC benchmark lending rate for the loan's term bracket: up to one year inclusive, over one to five years
   * inclusive, over five years (4.35% / 4.75% / 4.90% since 2015-10-24). The library default.
   */
  PBOC_BENCHMARK_BY_TERM,
  /** The 1-year Loan Prime Rate, whatever the loan's term. */
  LPR_1Y,
  /** The over-5-year Loan Prime Rate, whatever the loan's term. */
  LPR_5Y
}
