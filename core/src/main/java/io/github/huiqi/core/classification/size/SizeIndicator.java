package io.github.huiqi.core.classification.size;

import io.github.huiqi.core.policy.LocalizedText;

/**
 * An indicator of the size standard (工信部联企业〔2011〕300号): X 从业人员, Y 营业收入, Z 资产总额.
 */
public enum SizeIndicator {
  /** X, 从业人员: persons employed at the period's end (期末从业人员), a count. */
  EMPLOYEES("从业人员（X）", "employees (X)", "employees"),
  /** Y, 营业收入: the year's operating revenue, CNY. */
  REVENUE("营业收入（Y）", "operating revenue (Y)", "revenue"),
  /** Z, 资产总额: total assets at the period's end (资产总计), CNY. */
  TOTAL_ASSETS("资产总额（Z）", "total assets (Z)", "totalAssets");

  private final LocalizedText label;
  private final String field;

  SizeIndicator(String zh, String en, String field) {
    this.label = LocalizedText.of(zh, en);
    this.field = field;
  }

  /**
   * Returns the indicator's name, such as 从业人员（X）.
   *
   * @return the name in Chinese and English
   */
  public LocalizedText label() {
    return label;
  }

  /**
   * Returns the field holding the indicator in a request and in a profile year, such as {@code employees}.
   *
   * @return the field name
   */
  public String field() {
    return field;
  }
}
