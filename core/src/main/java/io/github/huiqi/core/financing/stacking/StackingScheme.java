package io.github.huiqi.core.financing.stacking;

/**
 * The Shenzhen municipal interest subsidies that cannot both be paid on the same loan ("同一笔贷款只能享受一次贴息政策，
 * 不重复享受市直其他部门财政贴息", 2022 深圳 首贷 implementing rules; decisions register §1.7).
 * <p>
 * The one list of them, read in two places: the subsidy a profile records as already claimed (first) on a loan
 * ({@code LoanFacts.interestSubsidyClaimedFirst}) and the stacking calculator's claims and decisions
 * ({@code StackingClaim}, {@code StackingLoanDecision.applies}). Under the engine's default precedence
 * {@code FIRST_CLAIMED} (decisions register §4.1 item 10) the subsidy already claimed on a loan keeps it, even where
 * the other would pay more; under {@code LARGER} the claim is not read (decisions register §4.6 item 72).
 * <p>
 * In JSON a scheme is its constant name, such as {@code "TECH_SME"}; any other string is bad input.
 */
public enum StackingScheme {
  /** The first-loan (首贷户) interest subsidy, 深工信〔2023〕26号 第5条. */
  FIRST_LOAN,
  /** The tech-SME (科技型中小企业) interest subsidy, 深工信〔2023〕26号 第13条 over the 2020 贴息贴保办法. */
  TECH_SME
}
