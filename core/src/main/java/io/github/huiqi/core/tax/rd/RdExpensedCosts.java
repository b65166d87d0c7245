package io.github.huiqi.core.tax.rd;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * R&amp;D costs by the six categories of 财税〔2015〕119号 第一条（一）: a tax year's costs expensed in the year
 * (未形成无形资产计入当期损益) that are not itemised by project, or one project's costs ({@link RdProject#costs()}), or
 * the grant-funded part of them ({@link RdProject#grantFunded()}).
 * <p>
 * Costs not itemised by project are one pool: from 2021 the other-costs limit is computed over all projects anyway
 * (国家税务总局公告2021年第28号 第二条); for 2016–2020, when the limit was each project's own, the pool is treated as one
 * project (give {@link RdProject}s for each its own limit).
 * <p>
 * In JSON: {@code {"personnel": {"amount": 600000, "currency": "CNY"}, "directInputs": …, "depreciation": …,
 * "intangibleAmortisation": …, "newProductDesign": …, "otherRelated": …}}, every field required.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param personnel  人员人工费用, CNY, not negative
 * @param directInputs  直接投入费用, CNY, not negative
 * @param depreciation  折旧费用, CNY, not negative
 * @param intangibleAmortisation  无形资产摊销 (of intangibles used in R&amp;D), CNY, not negative
 * @param newProductDesign  新产品设计费、新工艺规程制定费、新药研制的临床试验费、勘探开发技术的现场试验费, CNY, not negative
 * @param otherRelated  其他相关费用, as incurred before the 10% cap, CNY, not negative
 */
public record RdExpensedCosts(
    MonetaryAmount personnel,
    MonetaryAmount directInputs,
    MonetaryAmount depreciation,
    MonetaryAmount intangibleAmortisation,
    MonetaryAmount newProductDesign,
    MonetaryAmount otherRelated) {

  /** No expensed R&amp;D. */
  public static final RdExpensedCosts NONE = new RdExpensedCosts(Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO,
      Cny.ZERO);

  /**
   * Creates the costs.
   *
   * @throws InvalidInputException if an amount is null, negative, not CNY or out of bounds, naming the field
   */
  public RdExpensedCosts {
    Cny.notNegativeYuan(personnel, "personnel");
    Cny.notNegativeYuan(directInputs, "directInputs");
    Cny.notNegativeYuan(depreciation, "depreciation");
    Cny.notNegativeYuan(intangibleAmortisation, "intangibleAmortisation");
    Cny.notNegativeYuan(newProductDesign, "newProductDesign");
    Cny.notNegativeYuan(otherRelated, "otherRelated");
  }

  /**
   * Returns the sum of the five categories other than {@code otherRelated}, the base of the other-costs cap.
   *
   * @return the sum in yuan, exact
   */
  public BigDecimal otherFiveYuan() {
    return Cny.yuan(personnel, "personnel").add(Cny.yuan(directInputs, "directInputs"))
        .add(Cny.yuan(depreciation, "depreciation")).add(Cny.yuan(intangibleAmortisation, "intangibleAmortisation"))
        .add(Cny.yuan(newProductDesign, "newProductDesign"));
  }

  /**
   * Returns the other related costs as incurred, in yuan.
   *
   * @return the amount, exact
   */
  public BigDecimal otherRelatedYuan() {
    return Cny.yuan(otherRelated, "otherRelated");
  }
}
