package io.github.huiqi.core.enterprise;

/**
 * The legal form of a business, as far as the measures distinguish it.
 */
public enum LegalForm {
  /** An enterprise (企业): a company or another registered enterprise, classified by size. */
  ENTERPRISE,
  /** An individual business (个体工商户). */
  INDIVIDUAL_BUSINESS
}
