package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.rates.RateSeriesId;
import java.time.LocalDate;

/**
 * The term brackets of the PBoC benchmark lending rates (贷款基准利率): up to one year inclusive (一年以内含一年), over one
 * to five years inclusive (一至五年含五年), over five years (五年以上).
 * <p>
 * A loan's term runs from its start to its maturity; it is within one year when the maturity is not after the start
 * plus one calendar year (2023-03-01 → 2024-03-01 is one year), and likewise for five years.
 */
public enum GuaranteeFeeTermBracket {
  /** Up to one year, inclusive: 4.35% since 2015-10-24. */
  UP_TO_1Y(RateSeriesId.PBOC_BENCHMARK_UP_TO_1Y),
  /** Over one and up to five years, inclusive: 4.75% since 2015-10-24. */
  OVER_1Y_TO_5Y(RateSeriesId.PBOC_BENCHMARK_1Y_TO_5Y),
  /** Over five years: 4.90% since 2015-10-24. */
  OVER_5Y(RateSeriesId.PBOC_BENCHMARK_OVER_5Y);

  private final RateSeriesId benchmarkSeries;

  GuaranteeFeeTermBracket(RateSeriesId benchmarkSeries) {
    this.benchmarkSeries = benchmarkSeries;
  }

  /**
   * Returns the PBoC benchmark rate series for this bracket.
   *
   * @return the series id
   */
  public RateSeriesId benchmarkSeries() {
    return benchmarkSeries;
  }

  /**
   * Obtains the bracket of a loan's term.
   *
   * @param start  the loan's start, not null
   * @param maturity  the loan's maturity, after the start
   * @return the bracket
   * @throws io.github.huiqi.core.error.InvalidInputException if a date is null or the maturity is before the start
   */
  public static GuaranteeFeeTermBracket of(LocalDate start, LocalDate maturity) {
    Args.inOrder(start, maturity, "start", "maturity");
    if (!maturity.isAfter(start.plusYears(1))) {
      return UP_TO_1Y;
    }
    if (!maturity.isAfter(start.plusYears(5))) {
      return OVER_1Y_TO_5Y;
    }
    return OVER_5Y;
  }
}
