package io.github.huiqi.core.financing.renovation;

/**
 * The category of a technical-renovation project, which selects its grant tier.
 * <p>
 * Source: the Shenzhen tech-renovation operating rules in force around 2022-2023 (decisions register §4.4 item 26):
 * 智能化改造 is graded by the GB/T 39116-2020 智能制造能力成熟度 level the project reaches; 技术装备升级换代改造 has one rate.
 */
public enum RenovationCategory {
  /** 智能化改造: intelligent-manufacturing renovation, tiered by the GB/T 39116 maturity level reached. */
  INTELLIGENT,
  /** 技术装备升级换代改造: technical equipment upgrade, one rate. */
  EQUIPMENT_UPGRADE
}
