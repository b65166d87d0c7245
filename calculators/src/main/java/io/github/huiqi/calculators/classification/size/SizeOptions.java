package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;

/**
 * The choices no source settles when a profile is classified: which year's figures count.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param figuresYear  the year whose figures classify the firm; default {@link SizeFiguresYear#PRIOR_YEAR}
 */
public record SizeOptions(SizeFiguresYear figuresYear) {

  /** The defaults: the prior full year's figures. */
  public static final SizeOptions DEFAULTS = new SizeOptions(SizeFiguresYear.PRIOR_YEAR);

  /** The citation of the default year choice. */
  public static final Citation FIGURES_YEAR_DEFAULT = Citation.libraryDefault("decisions register §4.6 item 36",
      "no source says which year's figures classify a firm: the prior full year's revenue with its period-end "
          + "employees and total assets, as the statistics bureau classifies on annual data; configurable");

  /**
   * Creates options.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the year choice is null
   */
  public SizeOptions {
    Args.notNull(figuresYear, "figuresYear");
  }

  /**
   * Checks whether these are the defaults.
   *
   * @return true if every choice is the default
   */
  public boolean isDefault() {
    return figuresYear == SizeFiguresYear.PRIOR_YEAR;
  }
}
