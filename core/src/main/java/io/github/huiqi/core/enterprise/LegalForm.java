package io.github.huiqi.core.enterprise;

/**
 * The legal form of a business, as far as the measures distinguish it.
 * <p>
 * Every form but {@link #ENTERPRISE} is never a legal person, and pays no enterprise income tax, so the 小型微利企业
 * relief and the R&amp;D extra deduction (深工信〔2023〕26号 第1条), both reliefs of that tax, give it nothing. The size
 * classes (工信部联企业〔2011〕300号) apply to every form alike.
 */
public enum LegalForm {
  /** An enterprise (企业): a company or another registered enterprise, classified by size. */
  ENTERPRISE,
  /**
   * An individual business (个体工商户): a natural person in business (《民法典》第五十四条), taxed under 个人所得税法
   * 第二条.
   */
  INDIVIDUAL_BUSINESS,
  /**
   * A sole proprietorship (个人独资企业): an unincorporated organisation (非法人组织, 《民法典》第一百零二条), outside
   * the enterprise income tax law (《企业所得税法》第一条第二款: 个人独资企业、合伙企业不适用本法).
   */
  SOLE_PROPRIETORSHIP,
  /**
   * A partnership (合伙企业): an unincorporated organisation (非法人组织, 《民法典》第一百零二条), outside the
   * enterprise income tax law (《企业所得税法》第一条第二款).
   */
  PARTNERSHIP;

  /**
   * Tells whether the form can be a legal person: only an {@link #ENTERPRISE} can (whether it is, the profile's
   * {@code independentLegalPerson} says).
   *
   * @return false for every form that never is
   */
  public boolean canBeLegalPerson() {
    return this == ENTERPRISE;
  }

  /**
   * Tells whether the form pays enterprise income tax (《企业所得税法》第一条).
   *
   * @return true for an {@link #ENTERPRISE} only
   */
  public boolean paysEnterpriseIncomeTax() {
    return this == ENTERPRISE;
  }
}
