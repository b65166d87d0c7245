package io.github.huiqi.core.financing.riskpool;

/**
 * A category of pool loan for the base compensation ratio of a risk-compensation pool (风险补偿资金池).
 * <p>
 * The Shenzhen pool's per-category base-ratio table was not retrieved (decisions register §4.2 item 11): the sources
 * give "总体按30%" (2019) and "最高给予50%" (since 2020), and name the categories the 2024 rules favour (科创企业贷款,
 * 首贷, 知识产权贷, 绿色信贷) and the borrowers added in 2020 (小微企业主, 个体工商户). These categories key the
 * measure's table; a category without its own entry uses {@link #GENERAL}'s ratio.
 * <p>
 * In JSON the category is its constant name, such as {@code "FIRST_LOAN"}; any other string is bad input.
 */
public enum RiskPoolLoanCategory {
  /** An ordinary loan to a small, medium or micro enterprise (中小微企业贷款), the pool's overall ratio. */
  GENERAL,
  /** A first loan (首贷): the borrower's first bank loan. */
  FIRST_LOAN,
  /** An unsecured credit loan (信用贷款). */
  CREDIT,
  /** A loan to a science and technology enterprise (科创企业贷款). */
  TECH_ENTERPRISE,
  /** An intellectual-property pledge loan (知识产权质押贷款). */
  INTELLECTUAL_PROPERTY,
  /** A green loan (绿色信贷). */
  GREEN,
  /** A business loan to an individual business (个体工商户经营性贷款). */
  INDIVIDUAL_BUSINESS,
  /** A business loan to a small or micro enterprise's owner (小微企业主经营性贷款). */
  SMALL_MICRO_BUSINESS_OWNER
}
