package io.github.huiqi.core.tax.rd;

/**
 * The kind of enterprise a row of the R&amp;D super-deduction table applies to (研发费用加计扣除的适用主体).
 * <p>
 * An enterprise may be of several kinds at once (a 科技型中小企业 that is also a manufacturer); every enterprise not in
 * the negative list is of kind {@link #ALL_ELIGIBLE}.
 */
public enum RdEnterpriseKind {
  /** Every enterprise whose industry is not on the negative list (财税〔2015〕119号 第四条). */
  ALL_ELIGIBLE,
  /** A 科技型中小企业 enrolled (评价入库) for the tax year (国科发政〔2017〕115号). */
  TECH_SME,
  /** A manufacturing enterprise (制造业企业: 制造业 income at least 50% of total income, 2021年第13号). */
  MANUFACTURING,
  /** An integrated-circuit or 工业母机 enterprise within 财政部 税务总局公告2023年第44号. */
  IC_OR_MACHINE_TOOL
}
