package io.github.huiqi.core.financing.renovation;

/**
 * How a technical-renovation project is financed, for its interest subsidy (小升规方案 第十条: "采用银行固定资产贷款或融资租赁
 * 方式开展技术改造的项目"). Only these two kinds earn the subsidy; any other value in JSON is rejected, naming the field.
 */
public enum RenovationFinancingKind {
  /** 银行固定资产贷款: a fixed-asset bank loan for the project. */
  BANK_FIXED_ASSET_LOAN,
  /** 融资租赁: an equipment finance lease for the project (its interest or lease-interest component). */
  EQUIPMENT_FINANCE_LEASE
}
