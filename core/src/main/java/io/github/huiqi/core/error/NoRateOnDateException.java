package io.github.huiqi.core.error;

import java.time.LocalDate;

/**
 * A rate series has no rate on a date: the date is before the series' first published point.
 * <p>
 * Code {@value #CODE}. The {@linkplain #value() value} is the date asked for; {@link #seriesId()} and
 * {@link #firstDate()} say which series and where it starts. The field is empty unless the caller relocated the error
 * onto the input date that caused it (see {@link #at(String)}).
 */
public class NoRateOnDateException extends HuiqiException {

  /** The code of every no-rate-on-date error. */
  public static final String CODE = "lookup.no-rate-on-date";

  private static final long serialVersionUID = 1L;

  private final String seriesId;
  private final LocalDate date;
  private final LocalDate firstDate;

  /**
   * Creates an exception.
   *
   * @param seriesId  the series' identifier, such as {@code LPR_1Y}
   * @param date  the date asked for
   * @param firstDate  the series' first date
   */
  public NoRateOnDateException(String seriesId, LocalDate date, LocalDate firstDate) {
    this("", seriesId, date, firstDate, null);
  }

  private NoRateOnDateException(String field, String seriesId, LocalDate date, LocalDate firstDate,
      Throwable cause) {
    super(CODE, field, String.valueOf(date),
        (field.isEmpty() ? "" : "Invalid input '" + field + "': ") + "rate series '" + seriesId + "' has no rate on "
            + date + "; it starts on " + firstDate,
        (field.isEmpty() ? "" : "输入字段“" + field + "”无效：") + "利率序列“" + seriesId + "”在 " + date
            + " 没有利率；该序列始于 " + firstDate, cause);
    this.seriesId = seriesId;
    this.date = date;
    this.firstDate = firstDate;
  }

  /**
   * Returns a copy naming the input field whose date was looked up, such as {@code /contractDate}.
   *
   * @param field  the field
   * @return the relocated exception
   */
  public NoRateOnDateException at(String field) {
    return new NoRateOnDateException(field == null ? "" : field, seriesId, date, firstDate, this);
  }

  /**
   * Returns the series' identifier.
   *
   * @return the identifier
   */
  public String seriesId() {
    return seriesId;
  }

  /**
   * Returns the date asked for.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Returns the first date with a rate in the series.
   *
   * @return the date
   */
  public LocalDate firstDate() {
    return firstDate;
  }
}
