package io.github.huiqi.calculators.space.rent;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * An independent oracle for the three rent measures of the 2021 reply letter (市工业和信息化局关于对市政协七届一次会议
 * 第20210370号提案答复意见的函 一), written from its text, not from the calculators: the 创新型产业用房 policy rent
 * ("租金价格原则上应比参考价格优惠30%－70%"), 光明区's area subsidy ("按实际面积给予20元/m2的补贴") and 龙岗区's share of
 * rent ("连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的扶持").
 */
final class RentOracle {

  /** 优惠30%－70%: the least and the most discount on the reference rent. */
  static final BigDecimal LEAST_DISCOUNT = new BigDecimal("0.30");
  static final BigDecimal MOST_DISCOUNT = new BigDecimal("0.70");
  /** 《深圳市创新型产业用房管理办法（修订版）》, issued 2021-02 ("今年2月"): from 2021-02-01. */
  static final LocalDate POLICY_FROM = LocalDate.of(2021, 2, 1);
  /** 光明区: 20 元/m² (a month, the library's documented default period, register §4.4 item 28). */
  static final BigDecimal PER_SQUARE_METRE = new BigDecimal("20");
  /** 龙岗区: 50% of the prior year's rent, at most 200,000 a year, for 3 consecutive years. */
  static final BigDecimal SHARE = new BigDecimal("0.50");
  static final BigDecimal CAP = new BigDecimal("200000");
  static final int CONSECUTIVE_YEARS = 3;
  /** The district figures as the letter (dated 2021-10-20) states them: from that day. */
  static final LocalDate DISTRICT_FROM = LocalDate.of(2021, 10, 20);

  private RentOracle() {
  }

  /** A lease: area m², start, end (inclusive), flags, reference rent a m² a month, discount, rent paid a year. */
  record Lease(BigDecimal area, LocalDate start, LocalDate end, boolean innovationSpace, boolean districtPark,
      BigDecimal referenceRent, BigDecimal discount, Integer paidYear, BigDecimal paid) {

    /** Runs at least a day on or after the figure's first day (an end date always given here). */
    boolean runsFrom(LocalDate first) {
      return !end.isBefore(first);
    }

    /** Runs at least a day in a calendar year. */
    boolean runsIn(int year) {
      return start.getYear() <= year && end.getYear() >= year;
    }
  }

  /**
   * The policy rent a month over the 创新型产业用房 leases that run after the 办法 takes effect: reference rent × area
   * × (1 − discount) per lease, rounded half-up to the fen (register §4.5 item 35); without the discount, from the
   * 70% discount (least rent) to the 30% (most). Null when no lease counts.
   */
  static BigDecimal[] policyRent(List<Lease> leases) {
    BigDecimal least = BigDecimal.ZERO.setScale(2);
    BigDecimal most = least;
    boolean any = false;
    for (Lease lease : leases) {
      if (!lease.innovationSpace || !lease.runsFrom(POLICY_FROM)) {
        continue;
      }
      any = true;
      BigDecimal gross = lease.referenceRent.multiply(lease.area);
      BigDecimal low = lease.discount != null ? lease.discount : MOST_DISCOUNT;
      BigDecimal high = lease.discount != null ? lease.discount : LEAST_DISCOUNT;
      least = least.add(gross.multiply(BigDecimal.ONE.subtract(low)).setScale(2, RoundingMode.HALF_UP));
      most = most.add(gross.multiply(BigDecimal.ONE.subtract(high)).setScale(2, RoundingMode.HALF_UP));
    }
    return any ? new BigDecimal[] {least, most} : null;
  }

  /**
   * 光明区's subsidy for a period: 20 × Σ actual area of the district-park leases running from the letter's date,
   * rounded half-up to the fen, for a 科技型 firm (科技型中小企业 or 高新技术企业). Null when ineligible.
   */
  static BigDecimal areaSubsidy(boolean techSme, boolean highTech, List<Lease> leases) {
    if (!techSme && !highTech) {
      return null;
    }
    BigDecimal area = BigDecimal.ZERO;
    boolean any = false;
    for (Lease lease : leases) {
      if (lease.districtPark && lease.runsFrom(DISTRICT_FROM)) {
        area = area.add(lease.area);
        any = true;
      }
    }
    return any ? PER_SQUARE_METRE.multiply(area).setScale(2, RoundingMode.HALF_UP) : null;
  }

  /**
   * 龙岗区's most for support year y: min(200,000, 50% × the rent paid in y − 1 on the district-park leases, rounded
   * half-up to the fen), for a 国家高新技术企业 within 3 consecutive years of its first (y − first &lt; 3). Null when
   * ineligible; the cap when a park lease's prior-year rent is not known (the most it may be). A lease that does not
   * run in y − 1 (starting after it or ending before it) has no rent of that year.
   */
  static BigDecimal shareMaximum(boolean highTech, List<Lease> leases, int supportYear, Integer firstYear) {
    if (!highTech || firstYear != null && supportYear - firstYear >= CONSECUTIVE_YEARS) {
      return null;
    }
    BigDecimal rent = BigDecimal.ZERO;
    boolean any = false;
    boolean unknown = false;
    for (Lease lease : leases) {
      if (!lease.districtPark) {
        continue;
      }
      any = true;
      if (!lease.runsIn(supportYear - 1)) {
        // not running in y − 1: no rent of that year, whatever it lists (decisions register §4.6 item 172)
        continue;
      }
      if (lease.paidYear == null || lease.paidYear != supportYear - 1) {
        unknown = true;
      } else {
        rent = rent.add(lease.paid);
      }
    }
    if (!any) {
      return null;
    }
    return unknown ? CAP.setScale(2) : rent.multiply(SHARE).setScale(2, RoundingMode.HALF_UP).min(CAP);
  }
}
