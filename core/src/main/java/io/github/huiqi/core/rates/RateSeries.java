package io.github.huiqi.core.rates;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.NoRateOnDateException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import java.time.LocalDate;
import java.util.List;

/**
 * A dated rate series, such as the 1-year LPR: each rate applies from its date until the next one.
 * <p>
 * The rate on a date is the point with the latest {@code validFrom} on or before it. The LPR's rule is
 * "以上LPR在下一次发布LPR之前有效"; the PBoC benchmark has not changed since 2015-10-24. A date before the first point has
 * no rate and is an error, never a guess.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the series identifier
 * @param name  the series name
 * @param points  the points, strictly increasing by date, at least one
 */
public record RateSeries(RateSeriesId id, LocalizedText name, List<RatePoint> points) {

  /**
   * Creates a series.
   *
   * @throws InvalidInputException if a field is null, there are no points, or the dates do not increase
   */
  public RateSeries {
    Args.notNull(id, "id");
    Args.notNull(name, "name");
    points = Args.listCopy(points, "points");
    if (points.isEmpty()) {
      throw new InvalidInputException("points", "[]", "must hold at least one rate");
    }
    for (int i = 1; i < points.size(); i++) {
      if (!points.get(i).validFrom().isAfter(points.get(i - 1).validFrom())) {
        throw new InvalidInputException("points/" + i + "/validFrom", points.get(i).validFrom(),
            "must be after the previous point's " + points.get(i - 1).validFrom());
      }
    }
  }

  /**
   * Finds the point in force on a date.
   *
   * @param date  the date
   * @return the point with the latest {@code validFrom} not after the date
   * @throws NoRateOnDateException if the date is before the series starts
   * @throws InvalidInputException if the date is null
   */
  public RatePoint pointOn(LocalDate date) {
    Args.notNull(date, "date");
    int low = 0;
    int high = points.size() - 1;
    if (date.isBefore(points.get(0).validFrom())) {
      throw new NoRateOnDateException(id.value(), date, points.get(0).validFrom());
    }
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (points.get(mid).validFrom().isAfter(date)) {
        high = mid - 1;
      } else {
        low = mid;
      }
    }
    return points.get(low);
  }

  /**
   * Returns the rate in force on a date.
   *
   * @param date  the date
   * @return the rate
   * @throws NoRateOnDateException if the date is before the series starts
   */
  public Rate rateOn(LocalDate date) {
    return pointOn(date).rate();
  }
}
