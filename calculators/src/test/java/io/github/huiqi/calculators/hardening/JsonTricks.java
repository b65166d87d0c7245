package io.github.huiqi.calculators.hardening;

import java.util.List;

/**
 * The values the corpus puts where another stood: patterns a regular-expression lookup would match, date and number
 * notations a lenient reader would accept, extreme values, control and look-alike characters.
 */
final class JsonTricks {

  private JsonTricks() {
  }

  /** Strings that must never be read as CNY (the currency was once matched as a regular expression). */
  static final List<String> CURRENCY = List.of("(.?)".repeat(100) + "Z", "(.?)".repeat(200) + "Z", "C.Y", "CN.",
      "[C]NY", "(CNY)", "^CNY$", ".NY", "\\QCNY\\E", "CNY|CNY", "[", "+", "cny", " CNY", "CNY ", "ＣＮＹ", "USD", "",
      ".*", "C\u0000NY");

  /** Date notations other than an ISO {@code yyyy-MM-dd} string in range: each must be rejected. */
  static final List<String> DATE = List.of("2023-01-15T00:00:00", " 2023-01-15", "2023-01-15 ", "+999999999-12-31",
      "+999999999-12-29", "-999999999-01-01", "2200-01-01", "1900-01-01", "2023-1-15", "20230115", "2023/01/15",
      "2023-02-29", "2023-13-01", "2023-01-15Z", "２０２３-01-15", "");

  /** Any string, for any string field: patterns, formats, injections, look-alikes and control characters. */
  static final List<String> STRING = List.of("(.?)".repeat(100) + "Z", "C.Y", "[C]NY", "^CNY$", "\\QCNY\\E", "[",
      "+", "*", "a{1000000}", "(a+)+$", "SMALL ", " SMALL", "small", "Small", "SMALL\u0000", "", " ", "\t",
      "\u0000", "\u202e440305", "44030５", "999999", "000000", "'; DROP TABLE loans; --", "%s%n%x", "${jndi:ldap://x}",
      "<script>", "..\\..\\etc\\passwd", "\uD83D\uDE00", "\uDBFF", "null", "true", "0", "-1", "NaN", "Infinity",
      "1e400", "0e1000000000", "100", "1.005", "365%", "-1%", "1e3%", "2 %", "%", "101%", "0.5%", "x".repeat(9_999));

  /** Rates written in ways that are out of range or malformed. */
  static final List<String> RATE = List.of("365%", "-1%", "1e3%", "2 %", "%", "101%", "100%", "0%", "0.0000001%",
      "1e-400%", "1%%", "１%", "NaN%", "2", "0.02", "-0%");

  /** Numbers written as JSON numbers: extreme, negative, below the fen, beyond every bound. */
  static final List<String> NUMBER = List.of("1e1000000000", "0e1000000000", "1e-1000000000", "-1", "1.005",
      "1e400", "99999999999999999999", "-0.01", "1e16", "0", "-0", "0.001", "1.5", "2147483648", "-2147483649",
      "9223372036854775808", "1E+2", "1" + "0".repeat(39), "0." + "0".repeat(37) + "1");

  /** Dates written as something other than a string. */
  static final List<String> NON_STRING_DATE = List.of("[2023,1,15]", "[]", "{}", "20230115", "1673740800000",
      "{\"year\": 2023, \"month\": 1, \"day\": 15}", "true");
}
