package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;

/**
 * An independent oracle for the small-scale VAT relief (深工信〔2023〕26号 第1条 and the national instruments it
 * restates), written from the clauses and the domain reference §1.2 card 000-1a/1b and §2.11, not from
 * {@link VatCalculator}: plain {@link BigDecimal} arithmetic, the constants written beside their instruments.
 */
final class VatOracle {

  /** 增值税小规模纳税人 3% 征收率 (增值税暂行条例 第十二条): the standard levy rate the saving is measured against. */
  static final BigDecimal STANDARD = new BigDecimal("0.03");

  private VatOracle() {
  }

  /** The sales of one filing period, as the taxpayer's return states them. */
  record Sales(YearMonth firstMonth, boolean quarterly, BigDecimal sales, boolean inclusive, BigDecimal special,
      BigDecimal invoiceRate, BigDecimal propertySales, BigDecimal propertyVat, Boolean hubei, boolean countSpecial,
      RoundingMode rounding) {
  }

  /**
   * The verdict, the VAT due (least and most over the levies that may apply), the standard VAT, and whether every levy
   * that may apply relieves the period.
   */
  record Expected(Verdict verdict, BigDecimal dueMin, BigDecimal dueMax, BigDecimal standardVat,
      boolean relievedUnderEveryLevy) {
    BigDecimal savedMin() {
      return standardVat.subtract(dueMax);
    }

    BigDecimal savedMax() {
      return standardVat.subtract(dueMin);
    }
  }

  /**
   * The exemption threshold of the period (inclusive, "以下（含本数）"): 100,000 a month / 300,000 a quarter under
   * 财税〔2019〕13号 第一条 (2019-01..2021-03) and 财政部 税务总局公告2023年第1号 第一条 (2023, extended to 2027 by
   * 2023年第19号); 150,000 / 450,000 under 2021年第11号 第一条 (2021-04..2022-12; 2022年第15号 leaves it).
   */
  static BigDecimal threshold(YearMonth month, boolean quarterly) {
    boolean raised = !month.isBefore(YearMonth.of(2021, 4)) && !month.isAfter(YearMonth.of(2022, 12));
    return new BigDecimal(raised ? (quarterly ? "450000" : "150000") : (quarterly ? "300000" : "100000"));
  }

  /**
   * The levy on 3%-rate sales above the threshold, null when exempt: 3% until 2020-02; 1% from 2020-03 to 2022-03
   * (2020年第13号 outside 湖北, extended by 2020年第24号, 2021年第7号 — which brings 湖北 to 1% from 2021-04 — and
   * 2022年第15号 第一条 to 2022-03-31); 湖北 exempt 2020-03..2021-03 (2020年第13号); exempt 2022-04..2022-12
   * (2022年第15号 第一条); 1% 2023..2027 (2023年第1号 第二条, 2023年第19号).
   */
  static BigDecimal levy(YearMonth month, boolean hubei) {
    if (month.isBefore(YearMonth.of(2020, 3))) {
      return STANDARD;
    }
    if (!month.isAfter(YearMonth.of(2021, 3)) && hubei) {
      return null;
    }
    if (!month.isBefore(YearMonth.of(2022, 4)) && !month.isAfter(YearMonth.of(2022, 12))) {
      return null;
    }
    return new BigDecimal("0.01");
  }

  /** Whether the taxpayer's region decides the levy: 湖北 against elsewhere, 2020-03..2021-03 (2020年第13号). */
  static boolean regionMatters(YearMonth month) {
    return !month.isBefore(YearMonth.of(2020, 3)) && !month.isAfter(YearMonth.of(2021, 3));
  }

  /**
   * The period's VAT. Within the threshold (sales + special-invoice sales, decisions register §4.5 item 32, +
   * immovable-property sales) nothing but the special-invoice sales is due; above it only because of the property
   * sales (国家税务总局公告2023年第1号 第一条) the property VAT is due and the rest exempt; otherwise the whole sales
   * at the levy ("全额", no slice exempt, domain §1.2 000-1a) plus the property VAT. Special-invoice sales are never
   * exempt, at their invoice rate (register §4.5 item 32). VAT-inclusive sales are converted at the levy's rate
   * (an exempt 3%-rate sale at 3%), and the VAT rounded once (register §4.5 item 35).
   */
  static Expected expected(Sales s) {
    YearMonth m = s.firstMonth;
    BigDecimal threshold = threshold(m, s.quarterly);
    boolean open = s.hubei == null && regionMatters(m);
    BigDecimal dueMin = null;
    BigDecimal dueMax = null;
    boolean everyEligible = true;
    for (boolean hubei : open ? new boolean[] {false, true} : new boolean[] {Boolean.TRUE.equals(s.hubei)}) {
      BigDecimal levy = levy(m, hubei);
      BigDecimal conversionRate = levy == null ? STANDARD : levy;
      BigDecimal sales = s.inclusive
          ? s.sales.divide(BigDecimal.ONE.add(conversionRate), 2, s.rounding) : s.sales;
      BigDecimal tested = sales.add(s.countSpecial ? s.special : BigDecimal.ZERO).add(s.propertySales);
      boolean whole = tested.compareTo(threshold) <= 0;
      boolean rest = tested.subtract(s.propertySales).compareTo(threshold) <= 0;
      BigDecimal salesVat = rest || levy == null ? BigDecimal.ZERO : sales.multiply(levy);
      BigDecimal invoiceRate = s.invoiceRate != null ? s.invoiceRate : conversionRate;
      BigDecimal due = salesVat.add(s.special.multiply(invoiceRate)).add(whole ? BigDecimal.ZERO : s.propertyVat)
          .setScale(2, s.rounding);
      boolean reduced = levy == null || levy.compareTo(STANDARD) < 0;
      everyEligible &= whole || reduced;
      dueMin = dueMin == null ? due : dueMin.min(due);
      dueMax = dueMax == null ? due : dueMax.max(due);
    }
    BigDecimal standardSales = s.inclusive ? s.sales.divide(BigDecimal.ONE.add(STANDARD), 2, s.rounding) : s.sales;
    BigDecimal standardVat = standardSales.add(s.special).multiply(STANDARD).add(s.propertyVat)
        .setScale(2, s.rounding);
    // the calculator's verdict cannot be eligible with a missing fact: the region open where it matters is
    // undetermined there (the engine reads it eligible when every levy relieves, register §4.6 item 42)
    Verdict verdict = open ? Verdict.UNDETERMINED : everyEligible ? Verdict.ELIGIBLE : Verdict.INELIGIBLE;
    return new Expected(verdict, dueMin, dueMax, standardVat, everyEligible);
  }

  /** Whether every levy that may apply relieves the period: the engine's verdict for a small-scale taxpayer. */
  static boolean relievedUnderEveryLevy(Sales s) {
    return expected(s).relievedUnderEveryLevy();
  }
}
