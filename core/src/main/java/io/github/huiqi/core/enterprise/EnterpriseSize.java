package io.github.huiqi.core.enterprise;

/**
 * An enterprise's size class (企业划型) under 工信部联企业〔2011〕300号.
 */
public enum EnterpriseSize {
  /** 大型企业. */
  LARGE,
  /** 中型企业. */
  MEDIUM,
  /** 小型企业. */
  SMALL,
  /** 微型企业. */
  MICRO;

  /**
   * Checks whether this size is small or micro (小微企业).
   *
   * @return true for {@link #SMALL} and {@link #MICRO}
   */
  public boolean isSmallOrMicro() {
    return this == SMALL || this == MICRO;
  }
}
