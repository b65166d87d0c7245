package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.Locale;

/**
 * A short text in simplified Chinese and English, such as a measure's title or a reason's message.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param zh  the text in simplified Chinese (zh-CN)
 * @param en  the text in English
 */
public record LocalizedText(String zh, String en) {

  /**
   * Creates a text.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if either text is null or blank
   */
  public LocalizedText {
    Args.notBlank(zh, "zh");
    Args.notBlank(en, "en");
  }

  /**
   * Obtains a text.
   *
   * @param zh  the Chinese text
   * @param en  the English text
   * @return the text
   */
  public static LocalizedText of(String zh, String en) {
    return new LocalizedText(zh, en);
  }

  /**
   * Returns the text for a locale: Chinese for any {@code zh} locale, English otherwise.
   *
   * @param locale  the locale
   * @return the text
   */
  public String in(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? zh : en;
  }
}
