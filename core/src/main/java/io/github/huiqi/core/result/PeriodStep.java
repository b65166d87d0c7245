package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.time.DayCount;
import io.github.huiqi.core.time.YearFraction;
import java.time.LocalDate;
import java.util.Locale;

/**
 * A period counted: from a start date (counted) to an end date (not counted), under a day count.
 *
 * @param name  what the period is, such as "subsidised period"
 * @param start  the first day, counted
 * @param end  the end, not counted (算头不算尾)
 * @param dayCount  the day count
 * @param yearFraction  the exact year fraction
 * @param citation  the clause or default that sets the period
 */
public record PeriodStep(
    LocalizedText name,
    LocalDate start,
    LocalDate end,
    DayCount dayCount,
    YearFraction yearFraction,
    Citation citation) implements ExplanationStep {

  /**
   * Creates the step.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public PeriodStep {
    Args.notNull(name, "name");
    Args.inOrder(start, end, "start", "end");
    Args.notNull(dayCount, "dayCount");
    Args.notNull(yearFraction, "yearFraction");
    Args.notNull(citation, "citation");
  }

  @Override
  public String render(Locale locale) {
    boolean zh = ExplanationStep.isChinese(locale);
    long days = DayCount.days(start, end);
    String months = "";
    if (dayCount == DayCount.WHOLE_MONTHS) {
      long whole = DayCount.wholeMonths(start, end);
      long odd = DayCount.days(start.plusMonths(whole), end);
      months = zh ? "（" + whole + " 个整月 + " + odd + " 天）" : " (" + whole + " whole months + " + odd + " days)";
    }
    return (zh ? "期间：" : "Period: ") + name.in(locale) + " " + start + (zh ? " 至 " : " to ") + end
        + (zh ? "（算头不算尾）" : " (start counted, end not)") + " = " + days + (zh ? " 天，" : " days, ")
        + (zh ? dayCount.chineseName() : dayCount.code()) + months + " → " + yearFraction + " ["
        + citation.label(locale) + "]";
  }
}
