package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;

/**
 * A choice no source settles, and the value used: the library's documented default or the caller's option.
 *
 * @param option  the question, such as "day count for the pro-rata period"
 * @param value  the value used, such as "ACT/360" ({@link #render} in Chinese reads the library's shared English
 *     forms of it in Chinese)
 * @param overridden  true if the caller chose the value, false if the documented default was used
 * @param citation  where the default is documented ({@link #render} in Chinese reads a register entry's label, and
 *     the notes the library ships, in Chinese)
 */
public record DefaultUsedStep(LocalizedText option, String value, boolean overridden, Citation citation)
    implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public DefaultUsedStep {
    Args.notNull(option, "option");
    Args.notNull(value, "value");
    Args.notNull(citation, "citation");
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    String how = overridden ? (zh ? "调用方选择" : "chosen by the caller")
        : (zh ? "库默认值，无来源规定" : "library default (no source settles it)");
    if (zh) {
      return "选项：" + option.in(locale) + " = " + StepTextZh.of(value) + "（" + how + "）["
          + CitationTextZh.label(citation) + citation.note().map(n -> "：" + CitationTextZh.note(n).orElse(n)).orElse("")
          + "]";
    }
    return "Option: " + option.in(locale) + " = " + value + " (" + how + ") [" + citation.label()
        + citation.note().map(n -> ": " + n).orElse("") + "]";
  }
}
