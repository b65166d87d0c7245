package io.github.huiqi.calculators.financing.guaranteefee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An independent oracle for the LPR option of the Shenzhen 专精特新 draft's cap (第五条 "担保费率不高于国家当期银行贷款基准利率的
 * 二分之一", the benchmark read as the 1-year or over-5-year LPR in force on the contract date): written from the
 * external instrument, not from the library's rate pack.
 * <p>
 * The table is the 全国银行间同业拆借中心 贷款市场报价利率(LPR) announcements, published on the 20th of each month (the next
 * working day when the 20th is not one) and effective that day, "以上LPR在下一次发布LPR之前有效". Only the announcements
 * that changed a rate are listed: a month that repeated the previous rate changes nothing in force. The series starts
 * with the first announcement under the reform, 2019-08-20 (中国人民银行公告〔2019〕第15号); before it there is no LPR.
 * The table ends with the announcement of 2025-05-20, the last change the library's table covers; after it the last
 * rate stays in force.
 */
final class GuaranteeFeeLprOracle {

  /** 专精特新 draft 第五条: "不高于…基准利率的二分之一". */
  static final BigDecimal SHARE = new BigDecimal("0.5");

  /** One announcement that changed a rate: effective from the date, in percent. */
  record Change(LocalDate from, BigDecimal percent) {
    static Change of(int year, int month, int day, String percent) {
      return new Change(LocalDate.of(year, month, day), new BigDecimal(percent));
    }
  }

  /** The 1-year LPR's changes (全国银行间同业拆借中心 LPR 公告 of each date). */
  static final List<Change> LPR_1Y = List.of(
      Change.of(2019, 8, 20, "4.25"),   // first announcement under the reform
      Change.of(2019, 9, 20, "4.20"),
      Change.of(2019, 11, 20, "4.15"),  // 2019-10-21 repeated 4.20
      Change.of(2020, 2, 20, "4.05"),
      Change.of(2020, 4, 20, "3.85"),
      Change.of(2021, 12, 20, "3.80"),  // unchanged from 2020-05 to 2021-11
      Change.of(2022, 1, 20, "3.70"),
      Change.of(2022, 8, 22, "3.65"),   // 2022-08-20 a Saturday; 2022-05-20 repeated 3.70
      Change.of(2023, 6, 20, "3.55"),
      Change.of(2023, 8, 21, "3.45"),   // 2023-08-20 a Sunday
      Change.of(2024, 7, 22, "3.35"),   // 2024-07-20 a Saturday; 2024-02-20 repeated 3.45
      Change.of(2024, 10, 21, "3.10"),  // 2024-10-20 a Sunday
      Change.of(2025, 5, 20, "3.00"));

  /** The over-5-year LPR's changes (全国银行间同业拆借中心 LPR 公告 of each date). */
  static final List<Change> LPR_5Y = List.of(
      Change.of(2019, 8, 20, "4.85"),   // first announcement; 2019-09-20 and 2019-10-21 repeated 4.85
      Change.of(2019, 11, 20, "4.80"),
      Change.of(2020, 2, 20, "4.75"),
      Change.of(2020, 4, 20, "4.65"),   // unchanged until 2022-01 (2021-12-20 repeated 4.65)
      Change.of(2022, 1, 20, "4.60"),
      Change.of(2022, 5, 20, "4.45"),
      Change.of(2022, 8, 22, "4.30"),
      Change.of(2023, 6, 20, "4.20"),   // 2023-08-21 repeated 4.20
      Change.of(2024, 2, 20, "3.95"),
      Change.of(2024, 7, 22, "3.85"),
      Change.of(2024, 10, 21, "3.60"),
      Change.of(2025, 5, 20, "3.50"));

  private GuaranteeFeeLprOracle() {
  }

  /** The rate (a fraction) in force on a date: the latest change on or before it; empty before the first. */
  static Optional<BigDecimal> rateOn(List<Change> table, LocalDate date) {
    Optional<BigDecimal> rate = Optional.empty();
    for (Change change : table) {
      if (!change.from().isAfter(date)) {
        rate = Optional.of(change.percent().movePointLeft(2));
      }
    }
    return rate;
  }

  /** The draft's cap under the LPR option: half the LPR in force on the contract date; empty before the LPR. */
  static Optional<BigDecimal> cap(List<Change> table, LocalDate contract) {
    return rateOn(table, contract).map(rate -> rate.multiply(SHARE));
  }
}
