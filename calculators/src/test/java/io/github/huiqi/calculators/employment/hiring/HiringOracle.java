package io.github.huiqi.calculators.employment.hiring;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An independent oracle for the one-off hiring subsidy of 沪企服办〔2023〕1号 第十九条, written from the clause, not
 * from {@link HiringCalculator}: "自2023年1月1日至12月31日期间，吸纳在本市登记失业3个月及以上人员或本市2023届高校毕业生
 * 就业，并签订1年及以上劳动合同，按规定缴纳社会保险费的…用人单位，按照2000元/人的标准给予一次性吸纳就业补贴".
 */
final class HiringOracle {

  /** 2000元/人 (第十九条). */
  static final BigDecimal PER_HIRE = new BigDecimal("2000");
  static final LocalDate FIRST = LocalDate.of(2023, 1, 1);
  static final LocalDate LAST = LocalDate.of(2023, 12, 31);

  private HiringOracle() {
  }

  /** A hire; insurance null when not known. */
  record Hire(LocalDate hired, int unemployedMonths, boolean shanghaiGraduate, int graduationYear, boolean openEnded,
      LocalDate contractEnd, Boolean insurancePaid) {
  }

  /** The verdict's word, eligible and open hires, and the subsidy's least and most. */
  record Expected(String verdict, int eligible, int open, BigDecimal least, BigDecimal most) {
  }

  /**
   * Each hire: within 2023 (both ends included); 登记失业3个月及以上 or a 2023届 graduate of the city; a contract of 1 year
   * or more ("及以上": open-ended, or its last day on or after the day before the hire's anniversary, 民法典 第二百零
   * 一条/第二百零三条 counting); social insurance paid. 2,000 each; a hire whose insurance is not known is open.
   */
  static Expected expected(List<Hire> hires) {
    int eligible = 0;
    int open = 0;
    for (Hire h : hires) {
      boolean inWindow = !h.hired.isBefore(FIRST) && !h.hired.isAfter(LAST);
      boolean group = h.unemployedMonths >= 3 || h.shanghaiGraduate && h.graduationYear == 2023;
      boolean year = h.openEnded || !h.contractEnd.isBefore(h.hired.plusYears(1).minusDays(1));
      if (!inWindow || !group || !year || Boolean.FALSE.equals(h.insurancePaid)) {
        continue;
      }
      if (h.insurancePaid == null) {
        open++;
      } else {
        eligible++;
      }
    }
    String verdict = eligible > 0 ? "ELIGIBLE" : open > 0 ? "UNDETERMINED" : "INELIGIBLE";
    return new Expected(verdict, eligible, open, PER_HIRE.multiply(BigDecimal.valueOf(eligible)),
        PER_HIRE.multiply(BigDecimal.valueOf(eligible + open)));
  }
}
