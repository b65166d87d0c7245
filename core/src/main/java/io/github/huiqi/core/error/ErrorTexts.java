package io.github.huiqi.core.error;

import java.util.List;

/**
 * The texts of errors: codes recognised from the English problem phrases the library uses, their Chinese
 * counterparts, and how a rejected value is quoted.
 */
final class ErrorTexts {

  /** English phrase prefix, code, Chinese phrase (the rest of the English phrase is appended after the Chinese). */
  private static final List<String[]> PHRASES = List.of(
      new String[] {"is required", InvalidInputException.REQUIRED, "为必填项"},
      new String[] {"must not be null", InvalidInputException.REQUIRED, "不得为 null"},
      new String[] {"must be an Optional, possibly empty, not null", InvalidInputException.REQUIRED,
          "必须为 Optional（可以为空），不得为 null"},
      new String[] {"must not be blank", InvalidInputException.BLANK, "不得为空白"},
      new String[] {"must be positive", InvalidInputException.NOT_POSITIVE, "必须大于零"},
      new String[] {"must not be negative", InvalidInputException.NEGATIVE, "不得为负数"},
      new String[] {"must be in CNY", InvalidInputException.NOT_CNY, "必须以人民币（CNY）计"},
      new String[] {"must be CNY", InvalidInputException.NOT_CNY, "必须为 CNY"},
      new String[] {"must not be before ", InvalidInputException.OUT_OF_ORDER, "不得早于 "},
      new String[] {"must be after ", InvalidInputException.OUT_OF_ORDER, "必须晚于 "},
      new String[] {"must have at most ", InvalidInputException.NUMBER_BOUNDS, "位数过多：至多 "},
      new String[] {"must be unique in ", InvalidInputException.DUPLICATE, "必须唯一，范围："},
      // the same repeat said without its list ("must be unique", "must be unique across packs; ..."): the same code
      new String[] {"must be unique", InvalidInputException.DUPLICATE, "必须唯一 "},
      // and said as "must not repeat" (a tier's code, an industry of a size standard): the same code
      new String[] {"must not repeat", InvalidInputException.DUPLICATE, "必须唯一，不得重复 "},
      new String[] {"is not a known property", InvalidInputException.UNKNOWN_PROPERTY, "不是已知的字段"},
      new String[] {"must be a plain decimal", InvalidInputException.WRONG_TYPE, "必须为普通小数，例如 1234.56"},
      new String[] {"must be from ", InvalidInputException.INVALID, "必须在此范围内："},
      new String[] {"must be at most ", InvalidInputException.INVALID, "不得大于 "},
      new String[] {"must be at least ", InvalidInputException.INVALID, "不得小于 "},
      new String[] {"must be a percentage", InvalidInputException.WRONG_TYPE, "必须为百分数，例如 \"2%\""},
      new String[] {"must be a six-digit administrative division code", InvalidInputException.INVALID,
          "必须为六位行政区划代码"},
      new String[] {"must not be empty", InvalidInputException.REQUIRED, "不得为空"});

  private ErrorTexts() {
  }

  /** Returns the code for an English problem phrase: a precise one where the phrase is known. */
  static String codeOf(String problem) {
    String[] known = find(problem);
    return known == null ? InvalidInputException.INVALID : known[1];
  }

  /** Returns a Chinese rendering of an English problem phrase; the English is kept where no phrase is known. */
  static String problemZh(String problem) {
    if (problem == null) {
      return "不符合要求";
    }
    String[] known = find(problem);
    if (known == null) {
      return "不符合要求（" + problem + "）";
    }
    String rest = problem.substring(known[0].length()).trim();
    if (known[0].equals("must be from ")) {
      // "must be from 30% to 70% (…)": the range's "to" in Chinese, whatever follows it
      rest = rest.replaceFirst(" to ", " 至 ");
    }
    return rest.isEmpty() ? known[2].stripTrailing() : known[2] + rest;
  }

  /** Returns the Chinese word for a kind of identifier. */
  static String kindZh(String kind) {
    return switch (kind) {
      case "measure" -> "措施";
      case "document" -> "政策文件";
      case "rate series" -> "利率序列";
      case "policy pack" -> "政策包";
      default -> kind;
    };
  }

  /** Quotes a value for an English message, abbreviated to 80 characters; "missing" for null. */
  static String describe(Object value) {
    return value == null ? "missing" : "'" + abbreviate(String.valueOf(value)) + "'";
  }

  /** Quotes a value for a Chinese message, abbreviated to 80 characters; "缺失" for null. */
  static String describeZh(Object value) {
    return value == null ? "缺失" : "“" + abbreviate(String.valueOf(value)) + "”";
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }

  private static String[] find(String problem) {
    if (problem == null) {
      return null;
    }
    for (String[] phrase : PHRASES) {
      if (problem.startsWith(phrase[0])) {
        return phrase;
      }
    }
    return null;
  }
}
