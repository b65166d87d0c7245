package io.github.huiqi.calculators.tax.smalllowprofit;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * An independent oracle for the 小型微利企业 income-tax relief, written from the clauses in plain {@link BigDecimal}
 * arithmetic, not from the calculator's code:
 * <ul>
 *   <li>深工信〔2023〕26号 第1条: "自2022年至2024年，对符合条件的小型微利企业年应纳税所得额超过100万元但不超过300万元的部分，
 *   减按25%计入应纳税所得额，按20%的税率缴纳企业所得税" (5% on the 1,000,000–3,000,000 part);</li>
 *   <li>the other years' and the lower part's rates from the instruments the pack cites: 财税〔2019〕13号 第二条 (2019–2020:
 *   25% × 20% = 5% and 50% × 20% = 10%), 财政部 税务总局公告2021年第12号 第一条 (2021–2022 lower part: 12.5% × 20% =
 *   2.5%), 2023年第6号 第一条 and 2023年第12号 第三条 (2023–2027: 5% on both parts);</li>
 *   <li>the definition, 2022年第13号 第二条: not a restricted or prohibited industry, 年度应纳税所得额不超过300万元,
 *   从业人数不超过300人, 资产总额不超过5000万元 (each inclusive), the headcount and assets being 季度平均值 =
 *   (季初值 + 季末值) ÷ 2 averaged over the quarters operated (decisions register §4.5 item 31);</li>
 *   <li>above any limit nothing is relieved: the tax is the standard 25% (企业所得税法 第四条) on the whole income;</li>
 *   <li>rounding (register §4.5 item 35): the tax due and the standard tax each rounded once (half-up to the fen by
 *   default), the relief their difference;</li>
 *   <li>unknown is not false (register §0.3): an unknown industry or quarters leave the tax between the relieved and
 *   the standard figure unless a known condition already fails;</li>
 *   <li>the quarterly prepayment (cumulative method): the test and the tax on the figures to date, less the tax
 *   already prepaid; a negative difference is carried to the annual settlement by default (register §4.5 item 30),
 *   or refunded under the option.</li>
 * </ul>
 */
final class SmallLowProfitOracle {

  /** 财税〔2019〕13号 第二条 and every later instrument: the part up to 1,000,000. */
  static final BigDecimal BOUNDARY = new BigDecimal("1000000");
  /** 2022年第13号 第二条: 年度应纳税所得额不超过300万元. */
  static final BigDecimal INCOME_LIMIT = new BigDecimal("3000000");
  /** 从业人数不超过300人. */
  static final BigDecimal EMPLOYEE_LIMIT = new BigDecimal("300");
  /** 资产总额不超过5000万元. */
  static final BigDecimal ASSET_LIMIT = new BigDecimal("50000000");
  /** 企业所得税法 第四条: 25%. */
  static final BigDecimal STANDARD = new BigDecimal("0.25");

  private SmallLowProfitOracle() {
  }

  /**
   * The effective rates (lower part, upper part) of a tax year, or null for a year no instrument covers.
   *
   * @param year  the tax year
   * @return {lower, upper}
   */
  static BigDecimal[] rates(int year) {
    if (year >= 2019 && year <= 2020) {
      return new BigDecimal[] {new BigDecimal("0.25").multiply(new BigDecimal("0.20")),
          new BigDecimal("0.50").multiply(new BigDecimal("0.20"))};
    }
    if (year == 2021) {
      return new BigDecimal[] {new BigDecimal("0.125").multiply(new BigDecimal("0.20")),
          new BigDecimal("0.50").multiply(new BigDecimal("0.20"))};
    }
    if (year == 2022) {
      return new BigDecimal[] {new BigDecimal("0.125").multiply(new BigDecimal("0.20")),
          new BigDecimal("0.25").multiply(new BigDecimal("0.20"))};
    }
    if (year >= 2023 && year <= 2027) {
      return new BigDecimal[] {new BigDecimal("0.25").multiply(new BigDecimal("0.20")),
          new BigDecimal("0.25").multiply(new BigDecimal("0.20"))};
    }
    return null;
  }

  /** A quarter operated: employees and total assets at its start and end. */
  record Quarter(int quarter, int employeesAtStart, int employeesAtEnd, BigDecimal assetsAtStart,
      BigDecimal assetsAtEnd) {
  }

  /**
   * The oracle's tax: the verdict, the sums of the quarterly averages (null when no quarter is given), the tax due
   * and the relief as ranges (equal ends when decided), the standard tax.
   */
  record Tax(String verdict, BigDecimal employeeSum, BigDecimal assetSum, int quarters, BigDecimal dueLeast,
      BigDecimal dueMost, BigDecimal standard, BigDecimal reliefLeast, BigDecimal reliefMost) {
  }

  /**
   * The tax of a year (or of the year to date).
   *
   * @param year  the tax year, which must have rates
   * @param income  the taxable income (to date), not negative
   * @param restricted  a restricted or prohibited industry, null when not known
   * @param quarters  the quarters operated (to date); empty when not known
   * @param scale  the rounding's scale
   * @param mode  the rounding's mode
   * @return the tax
   */
  static Tax tax(int year, BigDecimal income, Boolean restricted, List<Quarter> quarters, int scale,
      RoundingMode mode) {
    BigDecimal[] rates = rates(year);
    BigDecimal employeeSum = null;
    BigDecimal assetSum = null;
    boolean fails = income.compareTo(INCOME_LIMIT) > 0 || Boolean.TRUE.equals(restricted);
    if (!quarters.isEmpty()) {
      employeeSum = BigDecimal.ZERO;
      assetSum = BigDecimal.ZERO;
      BigDecimal two = new BigDecimal("2");
      for (Quarter q : quarters) {
        employeeSum = employeeSum.add(BigDecimal.valueOf((long) q.employeesAtStart() + q.employeesAtEnd())
            .divide(two));
        assetSum = assetSum.add(q.assetsAtStart().add(q.assetsAtEnd()).divide(two));
      }
      // the mean of the quarterly averages against the limit, exactly: sum ≤ limit × quarters
      BigDecimal n = BigDecimal.valueOf(quarters.size());
      fails |= employeeSum.compareTo(EMPLOYEE_LIMIT.multiply(n)) > 0
          || assetSum.compareTo(ASSET_LIMIT.multiply(n)) > 0;
    }
    boolean unknown = restricted == null || quarters.isEmpty();
    BigDecimal standard = income.multiply(STANDARD).setScale(scale, mode);
    BigDecimal lower = income.min(BOUNDARY).multiply(rates[0]);
    BigDecimal upper = income.subtract(BOUNDARY).max(BigDecimal.ZERO).multiply(rates[1]);
    BigDecimal relieved = lower.add(upper).setScale(scale, mode);
    String verdict = fails ? "INELIGIBLE" : unknown ? "UNDETERMINED" : "ELIGIBLE";
    return switch (verdict) {
      case "ELIGIBLE" -> new Tax(verdict, employeeSum, assetSum, quarters.size(), relieved, relieved, standard,
          standard.subtract(relieved), standard.subtract(relieved));
      case "INELIGIBLE" -> new Tax(verdict, employeeSum, assetSum, quarters.size(), standard, standard, standard,
          BigDecimal.ZERO, BigDecimal.ZERO);
      default -> new Tax(verdict, employeeSum, assetSum, quarters.size(), relieved, standard, standard,
          BigDecimal.ZERO, standard.subtract(relieved));
    };
  }

  /** What a prepayment pays this quarter and carries to the annual settlement, each as a range. */
  record Prepayment(BigDecimal payableLeast, BigDecimal payableMost, BigDecimal creditLeast, BigDecimal creditMost) {
  }

  /**
   * The quarter's 本期应补(退)所得税额: the tax to date less the tax already prepaid; negative is nothing to pay with the
   * excess carried (default), or a refund.
   *
   * @param toDate  the tax to date
   * @param prepaid  the tax already prepaid
   * @param refund  refund a negative difference
   * @return the prepayment
   */
  static Prepayment prepayment(Tax toDate, BigDecimal prepaid, boolean refund) {
    BigDecimal low = toDate.dueLeast().subtract(prepaid);
    BigDecimal high = toDate.dueMost().subtract(prepaid);
    if (refund) {
      return new Prepayment(low, high, BigDecimal.ZERO, BigDecimal.ZERO);
    }
    BigDecimal zero = BigDecimal.ZERO;
    return new Prepayment(low.max(zero), high.max(zero), high.negate().max(zero), low.negate().max(zero));
  }
}
