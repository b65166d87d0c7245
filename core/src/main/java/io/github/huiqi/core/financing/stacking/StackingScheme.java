package io.github.huiqi.core.financing.stacking;

/**
 * The Shenzhen municipal interest subsidies that cannot both be paid on the same loan ("同一笔贷款只能享受一次贴息政策，
 * 不重复享受市直其他部门财政贴息", 2022 首贷 implementing rules; decisions register §1.7).
 */
public enum StackingScheme {
  /** The first-loan (首贷户) interest subsidy, 深工信〔2023〕26号 第5条. */
  FIRST_LOAN,
  /** The tech-SME interest subsidy, 深工信〔2023〕26号 第13条 over the 2020 贴息贴保办法. */
  TECH_SME
}
