package io.github.huiqi.core.internal;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateBounds;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Argument checks that return the value checked and throw {@link InvalidInputException} naming the field.
 * <p>
 * Not part of the public API.
 */
public final class Args {

  /** The largest number of integer digits accepted in a decimal input (10^16 yuan is far beyond any policy). */
  public static final int MAX_INTEGER_DIGITS = 16;
  /** The largest scale accepted in a decimal input; more decimals than this are never meaningful here. */
  public static final int MAX_SCALE = 16;
  /** The ceiling on a rate given as an input fact, in percent: {@link #inputRate(Rate, String)}. */
  public static final int MAX_INPUT_RATE_PERCENT = 100;

  /** The first division of each section A..T of GB/T 4754-2017, then 98, the first number past the last. */
  private static final int[] FIRST_DIVISIONS =
      {1, 6, 13, 44, 47, 51, 53, 61, 63, 66, 70, 71, 73, 76, 80, 83, 84, 86, 91, 97, 98};

  private Args() {
  }

  /**
   * Checks that a value is not null.
   *
   * @param <T>  the type
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null
   */
  public static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new InvalidInputException(field);
    }
    return value;
  }

  /**
   * Checks that an input date is not null and within the accepted range ({@link DateBounds}).
   *
   * @param value  the date
   * @param field  the field name
   * @return the date
   * @throws InvalidInputException if null or outside {@link DateBounds#EARLIEST}..{@link DateBounds#LATEST}
   */
  public static LocalDate date(LocalDate value, String field) {
    return DateBounds.check(value, field);
  }

  /**
   * Checks that an optional input date is not null and, when present, within the accepted range
   * ({@link DateBounds}).
   *
   * @param value  the optional date
   * @param field  the field name
   * @return the optional
   * @throws InvalidInputException if null, or present and outside the range
   */
  public static Optional<LocalDate> date(Optional<LocalDate> value, String field) {
    notNullOptional(value, field).ifPresent(date -> DateBounds.check(date, field));
    return value;
  }

  /**
   * Checks that a rate given as an input fact (a loan's interest rate, a guarantee fee rate, a ratio) is from 0% to
   * {@value #MAX_INPUT_RATE_PERCENT}%: no lawful loan or fee rate comes near it (the courts' ceiling for private
   * lending is four times the one-year LPR), so a larger figure is a mistake, such as a rate per mille or a
   * percentage written as a fraction's hundredfold.
   *
   * @param value  the rate
   * @param field  the field name
   * @return the rate
   * @throws InvalidInputException if null, negative or above {@value #MAX_INPUT_RATE_PERCENT}%
   */
  public static Rate inputRate(Rate value, String field) {
    notNull(value, field);
    if (value.compareTo(Rate.ZERO) < 0 || value.compareTo(Rate.ONE_HUNDRED_PERCENT) > 0) {
      throw new InvalidInputException(InvalidInputException.RATE_RANGE, field, value,
          "must be from 0% to " + MAX_INPUT_RATE_PERCENT + "%", "必须在 0% 至 " + MAX_INPUT_RATE_PERCENT + "% 之间",
          null);
    }
    return value;
  }

  /**
   * Checks that a string is not null or blank.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null or blank
   */
  public static String notBlank(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new InvalidInputException(field, value, "must not be blank");
    }
    return value;
  }

  /**
   * Checks that an optional is not null (it may be empty).
   *
   * @param <T>  the type
   * @param value  the optional
   * @param field  the field name
   * @return the optional
   * @throws InvalidInputException if null
   */
  public static <T> Optional<T> notNullOptional(Optional<T> value, String field) {
    if (value == null) {
      throw new InvalidInputException(field, null, "must be an Optional, possibly empty, not null");
    }
    return value;
  }

  /**
   * Checks that a list and its elements are not null, and returns an unmodifiable copy.
   *
   * @param <T>  the element type
   * @param value  the list
   * @param field  the field name
   * @return an unmodifiable copy
   * @throws InvalidInputException if the list or an element is null
   */
  public static <T> List<T> listCopy(List<T> value, String field) {
    notNull(value, field);
    try {
      // an immutable list without nulls comes back as it is, with no element read
      return List.copyOf(value);
    } catch (NullPointerException ex) {
      for (int i = 0; i < value.size(); i++) {
        if (value.get(i) == null) {
          throw new InvalidInputException(field + "/" + i, null, "must not be null");
        }
      }
      throw ex;
    }
  }

  /**
   * Whether an optional list is absent or already unmodifiable, so that an immutable value holding it owns it: a list
   * {@link List#copyOf} gives back as it is. Call it after the list's elements are checked not null.
   *
   * @param value  the optional list, not null
   * @return true if there is nothing to copy
   */
  public static boolean ownList(Optional<? extends List<?>> value) {
    return value.isEmpty() || List.copyOf(value.get()) == value.get();
  }

  /**
   * Checks that a decimal is within the accepted size: at most {@value #MAX_INTEGER_DIGITS} integer digits and a
   * scale from -{@value #MAX_SCALE} to {@value #MAX_SCALE}. This stops "scale bombs" such as {@code 0e1000000000}
   * before any arithmetic.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null or out of bounds
   */
  public static BigDecimal bounded(BigDecimal value, String field) {
    notNull(value, field);
    int scale = value.scale();
    if (scale > MAX_SCALE || scale < -MAX_SCALE) {
      throw new InvalidInputException(field, abbreviate(value),
          "must have at most " + MAX_SCALE + " decimal places and a moderate exponent");
    }
    if (value.precision() - scale > MAX_INTEGER_DIGITS) {
      throw new InvalidInputException(field, abbreviate(value),
          "must have at most " + MAX_INTEGER_DIGITS + " integer digits");
    }
    return value;
  }

  /**
   * Returns a decimal as it is written in JSON: a negative scale (such as {@code 4.5E+3}) becomes scale 0
   * ({@code 4500}), so that a value read back from its JSON equals the value written.
   *
   * @param value  the value, not null
   * @param field  the field name
   * @return the value with a scale of at least 0
   * @throws InvalidInputException if null
   */
  public static BigDecimal plain(BigDecimal value, String field) {
    notNull(value, field);
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * Checks whether a text is exactly six ASCII digits, such as an administrative division code, without a regular
   * expression (this runs on every request built).
   *
   * @param text  the text, not null
   * @return true if six digits
   */
  public static boolean isSixDigits(String text) {
    if (text.length() != 6) {
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

  /**
   * Checks whether a text is a GB/T 4754-2017 section, division, group or class code (a letter A..T and 0, 2, 3 or 4
   * digits, the first two a division of that section, such as {@code C}, {@code C39}, {@code C391} or {@code C3911},
   * not {@code C99}; the pattern {@code RdExcludedIndustry.INDUSTRY_CODE_PATTERN}), without a regular expression (this
   * runs on every request built).
   *
   * @param text  the text, not null
   * @return true if such a code
   */
  public static boolean isIndustryCode(String text) {
    return isIndustryCodeForm(text) && (text.length() == 1 || sectionOfDivision(text) == text.charAt(0));
  }

  /** Whether a text has the form of a code: a letter A..T and 0, 2, 3 or 4 digits, whatever its division. */
  private static boolean isIndustryCodeForm(String text) {
    int length = text.length();
    if (length == 0 || length == 2 || length > 5 || text.charAt(0) < 'A' || text.charAt(0) > 'T') {
      return false;
    }
    for (int i = 1; i < length; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /**
   * The section of the division a code of the form names (its first two digits): GB/T 4754-2017 numbers the
   * divisions 01 to 97 across the sections A 01–05, B 06–12, C 13–43, D 44–46, E 47–50, F 51–52, G 53–60, H 61–62,
   * I 63–65, J 66–69, K 70, L 71–72, M 73–75, N 76–79, O 80–82, P 83, Q 84–85, R 86–90, S 91–96 and T 97; '?' for
   * 00 and 98, 99, which are no division.
   */
  private static char sectionOfDivision(String code) {
    int division = (code.charAt(1) - '0') * 10 + code.charAt(2) - '0';
    for (int i = 0; i < FIRST_DIVISIONS.length - 1; i++) {
      if (division >= FIRST_DIVISIONS[i] && division < FIRST_DIVISIONS[i + 1]) {
        return (char) ('A' + i);
      }
    }
    return '?';
  }

  /**
   * Checks that a text is a GB/T 4754-2017 code ({@link #isIndustryCode}): of the form, and naming a division of
   * its own section (C39 is, C99 and T99 are not: no division 99; A33 is not: division 33 is in section C).
   *
   * @param code  the text, not null
   * @param field  the field's name, for the error
   * @return the code
   * @throws InvalidInputException if it is not such a code, naming the field and the text
   */
  public static String industryCode(String code, String field) {
    if (!isIndustryCodeForm(code)) {
      throw new InvalidInputException(field, code,
          "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3484");
    }
    if (code.length() > 1) {
      char section = sectionOfDivision(code);
      if (section != code.charAt(0)) {
        String division = code.substring(1, 3);
        throw new InvalidInputException(InvalidInputException.INVALID, field, code, section == '?'
            ? "names no GB/T 4754-2017 division: there is no division " + division
            : "names no GB/T 4754-2017 division: division " + division + " is in section " + section + ", not "
                + code.charAt(0), section == '?' ? "不是 GB/T 4754-2017 的行业代码：没有大类 " + division
            : "不是 GB/T 4754-2017 的行业代码：大类 " + division + " 属于门类 " + section + "，不属于门类 " + code.charAt(0),
            null);
      }
    }
    return code;
  }

  /**
   * Checks whether a text is lower-case words and digits joined by single hyphens (the pattern
   * {@code [a-z0-9]+(-[a-z0-9]+)*}, such as an event or tier code), without a regular expression (this runs as the
   * built-in data loads).
   *
   * @param text  the text, not null
   * @return true if such a code
   */
  public static boolean isHyphenatedWords(String text) {
    boolean afterHyphen = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '-') {
        if (afterHyphen) {
          return false;
        }
        afterHyphen = true;
      } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
        afterHyphen = false;
      } else {
        return false;
      }
    }
    return !afterHyphen;
  }

  /**
   * Checks whether a text is an identifier of 1 to 64 ASCII letters of one case, digits and hyphens, not starting with
   * a hyphen (the pattern {@code [a-z0-9][a-z0-9-]{0,63}}, or {@code [A-Z0-9][A-Z0-9-]{0,63}} in upper case), without
   * a regular expression (this runs as the built-in data loads).
   *
   * @param text  the text, not null
   * @param upperCase  whether the letters are upper case rather than lower case
   * @return true if such an identifier
   */
  public static boolean isHyphenatedId(String text, boolean upperCase) {
    if (text.isEmpty() || text.length() > 64) {
      return false;
    }
    char first = upperCase ? 'A' : 'a';
    char last = upperCase ? 'Z' : 'z';
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean letterOrDigit = (c >= first && c <= last) || (c >= '0' && c <= '9');
      if (!letterOrDigit && (i == 0 || c != '-')) {
        return false;
      }
    }
    return true;
  }

  /**
   * Checks whether a text is a GB/T 4754-2017 section or division code (a letter A..T, optionally two digits; the
   * pattern {@code [A-T]([0-9]{2})?}), without a regular expression.
   *
   * @param text  the text, not null
   * @return true if such a code
   */
  public static boolean isSectionOrDivision(String text) {
    return (text.length() == 1 || text.length() == 3) && isIndustryCode(text);
  }

  /**
   * Checks whether a text is a percentage as {@code Rate.parse} reads it (the pattern
   * {@code -?[0-9]{1,18}(\.[0-9]{1,16})?%}), without a regular expression (this runs as the built-in data loads).
   *
   * @param text  the text, not null
   * @return true if such a percentage
   */
  public static boolean isPercent(String text) {
    int end = text.length() - 1;
    if (end < 1 || text.charAt(end) != '%') {
      return false;
    }
    int i = text.charAt(0) == '-' ? 1 : 0;
    int integerDigits = digitsFrom(text, i, end);
    if (integerDigits < 1 || integerDigits > 18) {
      return false;
    }
    i += integerDigits;
    if (i == end) {
      return true;
    }
    if (text.charAt(i) != '.') {
      return false;
    }
    int decimals = digitsFrom(text, i + 1, end);
    return decimals >= 1 && decimals <= 16 && i + 1 + decimals == end;
  }

  private static int digitsFrom(String text, int from, int end) {
    int i = from;
    while (i < end && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      i++;
    }
    return i - from;
  }

  /**
   * Checks that a decimal is bounded and strictly positive.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null, out of bounds, zero or negative
   */
  public static BigDecimal positive(BigDecimal value, String field) {
    bounded(value, field);
    if (value.signum() <= 0) {
      throw new InvalidInputException(field, value.toPlainString(), "must be positive");
    }
    return value;
  }

  /**
   * Checks that a decimal is bounded and zero or positive.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null, out of bounds or negative
   */
  public static BigDecimal notNegative(BigDecimal value, String field) {
    bounded(value, field);
    if (value.signum() < 0) {
      throw new InvalidInputException(field, value.toPlainString(), "must not be negative");
    }
    return value;
  }

  /**
   * Checks that a computed decimal (a sum or product of inputs, which may exceed an input's
   * {@value #MAX_INTEGER_DIGITS} integer digits) is not null and zero or positive.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null or negative
   */
  public static BigDecimal notNegativeComputed(BigDecimal value, String field) {
    notNull(value, field);
    if (value.signum() < 0) {
      throw new InvalidInputException(field, value.toPlainString(), "must not be negative");
    }
    return value;
  }

  /**
   * Checks that a computed decimal is not null and strictly positive.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if null, zero or negative
   */
  public static BigDecimal positiveComputed(BigDecimal value, String field) {
    notNull(value, field);
    if (value.signum() <= 0) {
      throw new InvalidInputException(field, value.toPlainString(), "must be positive");
    }
    return value;
  }

  /**
   * Checks that an int is zero or positive.
   *
   * @param value  the value
   * @param field  the field name
   * @return the value
   * @throws InvalidInputException if negative
   */
  public static int notNegative(int value, String field) {
    if (value < 0) {
      throw new InvalidInputException(field, value, "must not be negative");
    }
    return value;
  }

  /**
   * Checks that one date is not after another.
   *
   * @param first  the earlier date, not null
   * @param second  the later date, not null
   * @param firstField  the name of the first field
   * @param secondField  the name of the second field, the one reported
   * @throws InvalidInputException if {@code second} is before {@code first}
   */
  public static void inOrder(LocalDate first, LocalDate second, String firstField, String secondField) {
    notNull(first, firstField);
    notNull(second, secondField);
    if (second.isBefore(first)) {
      throw InvalidInputException.outOfOrder(secondField, second, firstField, first);
    }
  }

  private static String abbreviate(BigDecimal value) {
    // toString, never toPlainString: the plain form of 1e1000000000 is a billion characters.
    return value.toString();
  }
}
