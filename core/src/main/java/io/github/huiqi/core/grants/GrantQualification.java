package io.github.huiqi.core.grants;

/**
 * A qualification of the enterprise profile that a grant's trigger reads, by the profile's name for it.
 * <p>
 * In a pack, the enum name: {@code "newlyRecognised": "LITTLE_GIANT"}.
 */
public enum GrantQualification {
  /** 科技型中小企业 (评价入库): the profile's {@code techSme}. */
  TECH_SME("techSme", "科技型中小企业", "technology-based SME"),
  /** 专精特新中小企业: the profile's {@code specialisedAndInnovative}. */
  SPECIALISED_AND_INNOVATIVE("specialisedAndInnovative", "专精特新中小企业", "specialised and innovative SME"),
  /** 专精特新"小巨人"企业: the profile's {@code littleGiant}. */
  LITTLE_GIANT("littleGiant", "专精特新“小巨人”企业", "specialised and innovative 'little giant'"),
  /** 高新技术企业: the profile's {@code highTech}. */
  HIGH_TECH("highTech", "高新技术企业", "high and new technology enterprise");

  private final String profileField;
  private final String zh;
  private final String en;

  GrantQualification(String profileField, String zh, String en) {
    this.profileField = profileField;
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the profile's name for the qualification, such as {@code littleGiant}.
   *
   * @return the field name, the first segment of its JSON Pointer
   */
  public String profileField() {
    return profileField;
  }

  /**
   * Returns the qualification's Chinese name.
   *
   * @return the name, such as 高新技术企业
   */
  public String zh() {
    return zh;
  }

  /**
   * Returns the qualification's English name.
   *
   * @return the name
   */
  public String en() {
    return en;
  }
}
