package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * A jurisdiction that issues or applies a policy, identified by its administrative division code (行政区划代码).
 * <p>
 * Shenzhen is {@code 440300}, Shanghai {@code 310000}, the nation {@code 100000}. A place is within a jurisdiction
 * when its code starts with the jurisdiction's significant prefix: {@code 440305} (南山区) is within Shenzhen.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param level  the level of government
 * @param code  the six-digit administrative division code
 * @param name  the name in Chinese, such as 深圳市
 */
public record Jurisdiction(JurisdictionLevel level, String code, String name) {

  /** The People's Republic of China (national). */
  public static final Jurisdiction CHINA = new Jurisdiction(JurisdictionLevel.NATIONAL, "100000", "中华人民共和国");
  /** Shenzhen (深圳市), a sub-provincial city. */
  public static final Jurisdiction SHENZHEN = new Jurisdiction(JurisdictionLevel.CITY, "440300", "深圳市");
  /** Shanghai (上海市), a municipality. */
  public static final Jurisdiction SHANGHAI = new Jurisdiction(JurisdictionLevel.PROVINCIAL, "310000", "上海市");

  /**
   * Creates a jurisdiction.
   *
   * @throws InvalidInputException if a field is null or the code is not six digits
   */
  public Jurisdiction {
    Args.notNull(level, "level");
    Args.notNull(code, "code");
    Args.notBlank(name, "name");
    if (!isDivisionCode(code)) {
      throw new InvalidInputException("code", code, "must be a six-digit administrative division code");
    }
  }

  /**
   * Checks whether a place, given by its administrative division code, lies within this jurisdiction.
   *
   * @param placeCode  a six-digit administrative division code, such as {@code 440305}
   * @return true if the place is within this jurisdiction
   */
  public boolean contains(String placeCode) {
    if (placeCode == null || placeCode.length() != 6) {
      return false;
    }
    // one pass (the engine asks for every measure): each character a digit, the prefix's the same as the code's
    int prefix = prefixLength();
    for (int i = 0; i < 6; i++) {
      char c = placeCode.charAt(i);
      if (c < '0' || c > '9' || i < prefix && c != code.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the prefix every place code within this jurisdiction starts with: the code without its trailing
   * {@code "00"} pairs ({@code 440300} → {@code 4403}, {@code 310000} → {@code 31}), or the empty string for the
   * national level, which contains every place.
   *
   * @return the prefix
   */
  public String prefix() {
    return code.substring(0, prefixLength());
  }

  /**
   * Checks whether a place code names a wider area that holds this jurisdiction, such as 深圳市 {@code 440300} for
   * 光明区 {@code 440311}: an enterprise registered under it may or may not lie within this jurisdiction.
   *
   * @param placeCode  a six-digit administrative division code
   * @return true if the code, without its trailing {@code "00"} pairs, is shorter than {@link #prefix()} and starts it
   */
  public boolean isHeldBy(String placeCode) {
    if (!isDivisionCode(placeCode)) {
      return false;
    }
    int end = significantLength(placeCode);
    return end < prefixLength() && code.regionMatches(0, placeCode, 0, end);
  }

  /** The length of {@link #prefix()}, worked out without making the string (the engine asks for every measure). */
  private int prefixLength() {
    return level == JurisdictionLevel.NATIONAL ? 0 : significantLength(code);
  }

  /** The length of a six-digit code without its trailing {@code "00"} pairs: 6, 4, 2 or 0. */
  private static int significantLength(String placeCode) {
    return placeCode.charAt(5) != '0' || placeCode.charAt(4) != '0' ? 6
        : placeCode.charAt(3) != '0' || placeCode.charAt(2) != '0' ? 4
        : placeCode.charAt(1) != '0' || placeCode.charAt(0) != '0' ? 2 : 0;
  }

  private static boolean isDivisionCode(String text) {
    if (text == null || text.length() != 6) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
