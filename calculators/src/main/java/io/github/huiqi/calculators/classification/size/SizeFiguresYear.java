package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import java.time.LocalDate;

/**
 * Which year's figures classify a firm on an evaluation date. No source settles it (decisions register §4.6 item 36):
 * the default is the prior full year ({@link #PRIOR_YEAR}): its revenue, and its period-end employees and assets.
 */
public enum SizeFiguresYear {
  /** The year before the evaluation date's year: the last full year (the default). */
  PRIOR_YEAR(LocalizedText.of("上一个完整年度", "the prior full year")),
  /** The evaluation date's own year, for a caller whose figures for it are final or projected. */
  EVALUATION_YEAR(LocalizedText.of("评估日所在年度", "the evaluation date's year"));

  private final LocalizedText label;

  SizeFiguresYear(LocalizedText label) {
    this.label = label;
  }

  /**
   * Returns the year whose figures are read on a date.
   *
   * @param asOf  the evaluation date
   * @return the year
   * @throws io.github.huiqi.core.error.InvalidInputException if the date is null
   */
  public int yearFor(LocalDate asOf) {
    int year = Args.notNull(asOf, "asOf").getYear();
    return this == PRIOR_YEAR ? year - 1 : year;
  }

  /**
   * Returns the choice's name.
   *
   * @return the name in Chinese and English
   */
  public LocalizedText label() {
    return label;
  }
}
