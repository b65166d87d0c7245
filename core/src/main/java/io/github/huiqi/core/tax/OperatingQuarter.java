package io.github.huiqi.core.tax;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * One quarter an enterprise operated in a tax year, with its employees and total assets at the quarter's start and
 * end, as the 小型微利企业 test averages them.
 * <p>
 * The tax bureau's method (财政部 税务总局公告2022年第13号 第二条): a quarter's average is
 * (start + end) ÷ 2, and the year's (or the year to date's) figure is the mean of the quarters' averages over the
 * quarters operated. For a firm that starts or stops within a quarter, "start" is the value on the day it started
 * (decisions register §4.5 item 31). Employees include 劳务派遣 workers and are a whole count.
 * <p>
 * In JSON: {@code {"quarter": 2, "employeesAtStart": 280, "employeesAtEnd": 320,
 * "totalAssetsAtStart": {"amount": 40000000, "currency": "CNY"}, "totalAssetsAtEnd": {...}}}; a fraction for a
 * headcount, such as {@code 12.5}, is rejected naming its JSON Pointer.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param quarter  the quarter of the tax year, 1 to 4
 * @param employeesAtStart  the number of employees at the quarter's start (季初), not negative
 * @param employeesAtEnd  the number of employees at the quarter's end (季末), not negative
 * @param totalAssetsAtStart  the total assets at the quarter's start, CNY, not negative
 * @param totalAssetsAtEnd  the total assets at the quarter's end, CNY, not negative
 */
public record OperatingQuarter(
    @JsonProperty(value = "quarter", required = true) int quarter,
    @JsonProperty(value = "employeesAtStart", required = true) int employeesAtStart,
    @JsonProperty(value = "employeesAtEnd", required = true) int employeesAtEnd,
    MonetaryAmount totalAssetsAtStart,
    MonetaryAmount totalAssetsAtEnd) {

  /**
   * Creates a quarter.
   *
   * @throws InvalidInputException if the quarter is outside 1..4, a count is negative, or an amount is missing,
   *     negative or not CNY; naming the field
   */
  public OperatingQuarter {
    if (quarter < 1 || quarter > 4) {
      throw new InvalidInputException("quarter", quarter, "must be from 1 to 4");
    }
    Args.notNegative(employeesAtStart, "employeesAtStart");
    Args.notNegative(employeesAtEnd, "employeesAtEnd");
    Cny.notNegativeYuan(totalAssetsAtStart, "totalAssetsAtStart");
    Cny.notNegativeYuan(totalAssetsAtEnd, "totalAssetsAtEnd");
  }
}
