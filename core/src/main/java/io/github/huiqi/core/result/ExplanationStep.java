package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.util.Locale;

/**
 * One step of an explanation: an input taken, a condition checked, a period counted, a calculation, a cap, a
 * rounding, or a default used where no source settles a question.
 * <p>
 * Steps are typed, so a host can read their fields, and each renders itself as one line in zh-CN or en, ending with
 * the clause it cites. In JSON the kind is the {@code step} property.
 * <p>
 * All implementations are immutable and thread-safe.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "step")
@JsonSubTypes({
    @JsonSubTypes.Type(value = InputStep.class, name = "input"),
    @JsonSubTypes.Type(value = ConditionStep.class, name = "condition"),
    @JsonSubTypes.Type(value = PeriodStep.class, name = "period"),
    @JsonSubTypes.Type(value = CalculationStep.class, name = "calculation"),
    @JsonSubTypes.Type(value = CapStep.class, name = "cap"),
    @JsonSubTypes.Type(value = RoundingStep.class, name = "rounding"),
    @JsonSubTypes.Type(value = DefaultUsedStep.class, name = "default"),
})
public sealed interface ExplanationStep
    permits InputStep, ConditionStep, PeriodStep, CalculationStep, CapStep, RoundingStep, DefaultUsedStep {

  /**
   * Renders the step as one line of text.
   *
   * @param locale  the locale: any {@code zh} locale gives Chinese, any other English
   * @return the line
   */
  String render(Locale locale);

  /**
   * Checks whether a locale asks for Chinese.
   *
   * @param locale  the locale
   * @return true for a {@code zh} locale
   */
  static boolean isChinese(Locale locale) {
    return "zh".equals(locale.getLanguage());
  }
}
