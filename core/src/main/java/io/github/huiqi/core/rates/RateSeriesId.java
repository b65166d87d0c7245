package io.github.huiqi.core.rates;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;

/**
 * The identifier of a dated rate series, such as {@code CN-LPR-1Y}.
 * <p>
 * The built-in series are named by the constants below. This class is immutable and thread-safe.
 *
 * @param value  the identifier, upper-case letters, digits and hyphens
 */
public record RateSeriesId(String value) {

  /** The 1-year Loan Prime Rate (1年期LPR), published from 2019-08-20. */
  public static final RateSeriesId LPR_1Y = new RateSeriesId("CN-LPR-1Y");
  /** The over-5-year Loan Prime Rate (5年期以上LPR), published from 2019-08-20. */
  public static final RateSeriesId LPR_5Y = new RateSeriesId("CN-LPR-5Y");
  /** The PBoC benchmark lending rate for terms up to one year (贷款基准利率, 一年以内含一年). */
  public static final RateSeriesId PBOC_BENCHMARK_UP_TO_1Y = new RateSeriesId("CN-PBOC-BENCHMARK-LE1Y");
  /** The PBoC benchmark lending rate for terms over one and up to five years (一至五年含五年). */
  public static final RateSeriesId PBOC_BENCHMARK_1Y_TO_5Y = new RateSeriesId("CN-PBOC-BENCHMARK-1Y5Y");
  /** The PBoC benchmark lending rate for terms over five years (五年以上). */
  public static final RateSeriesId PBOC_BENCHMARK_OVER_5Y = new RateSeriesId("CN-PBOC-BENCHMARK-GT5Y");

  /**
   * Creates an identifier.
   *
   * @throws InvalidInputException if null or malformed
   */
  public RateSeriesId {
    Args.notNull(value, "rateSeriesId");
    if (!Args.isHyphenatedId(value, true)) {
      throw new InvalidInputException("rateSeriesId", value, "must be upper-case letters, digits and hyphens");
    }
  }

  /**
   * Obtains an identifier.
   *
   * @param value  the identifier text
   * @return the identifier
   */
  public static RateSeriesId of(String value) {
    return new RateSeriesId(value);
  }

  @Override
  public String toString() {
    return value;
  }

  // equals and hashCode as the record's own, written out: the generated ones are bootstrapped on first use, which a
  // cold start of the built-in data pays for
  @Override
  public boolean equals(Object other) {
    return this == other || other instanceof RateSeriesId id && value.equals(id.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
