package io.github.huiqi.calculators.financing.internal;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.List;
import java.util.Locale;

/**
 * The size classes a measure admits, as a reader reads them in a condition's text: {@code 小型、微型} and
 * {@code small or micro}, never a list's {@code [SMALL, MICRO]}. Not part of the public API.
 */
public final class SizeNames {

  private SizeNames() {
  }

  /**
   * Names size classes in both languages, in the order given.
   *
   * @param sizes  the classes, such as a measure's eligible borrower sizes
   * @return the names: Chinese joined by 、, English by commas and a last "or"
   */
  public static LocalizedText of(List<EnterpriseSize> sizes) {
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < sizes.size(); i++) {
      zh.append(i == 0 ? "" : "、").append(zh(sizes.get(i)));
      en.append(i == 0 ? "" : i == sizes.size() - 1 ? " or " : ", ").append(en(sizes.get(i)));
    }
    return LocalizedText.of(zh.toString(), en.toString());
  }

  private static String zh(EnterpriseSize size) {
    switch (size) {
      case LARGE:
        return "大型";
      case MEDIUM:
        return "中型";
      case SMALL:
        return "小型";
      default:
        return "微型";
    }
  }

  private static String en(EnterpriseSize size) {
    return size.name().toLowerCase(Locale.ROOT);
  }
}
