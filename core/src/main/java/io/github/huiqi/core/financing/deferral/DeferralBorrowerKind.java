package io.github.huiqi.core.financing.deferral;

/**
 * Who borrowed a business loan: an enterprise, an individual business (个体工商户), or a small or micro enterprise's
 * owner (小微企业主).
 * <p>
 * Measures such as 深工信〔2023〕26号 第7条 cover "小微企业贷款（含个体工商户和小微企业主经营性贷款）": for an enterprise
 * the size class decides, for the other two the loan must be for business (经营性).
 */
public enum DeferralBorrowerKind {
  /** An enterprise, classified by size under 工信部联企业〔2011〕300号. */
  ENTERPRISE,
  /** An individual business (个体工商户). */
  INDIVIDUAL_BUSINESS,
  /** The owner of a small or micro enterprise (小微企业主), borrowing in person. */
  SMALL_MICRO_BUSINESS_OWNER
}
