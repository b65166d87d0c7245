package io.github.huiqi.calculators.hardening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * Independent oracles for the fuzz targets, written from the clauses (not from the calculators' code), in plain
 * {@link BigDecimal} arithmetic with one rounding each.
 */
final class Oracles {

  private static final BigDecimal THREE_SIXTY = new BigDecimal("360");

  private Oracles() {
  }

  /**
   * One loan's first-loan subsidy under 深工信〔2023〕26号 第5条 as the Shenzhen pack reads it: drawn 2023-01-01 to
   * 2023-03-31 ("2023年1-3月"), at an annual rate of at least 2%, used at least one month; 2% a year on the principal
   * for at most 6 months, ACT/360 with the drawdown day counted and the end not, half-up to the fen.
   *
   * @param principal  the principal, yuan
   * @param ratePercent  the loan's annual rate, percent
   * @param drawdown  the drawdown
   * @param endOfUse  the repayment, or the maturity when not repaid early
   * @return the subsidy, or null when the loan does not qualify
   */
  static BigDecimal firstLoanSubsidy(BigDecimal principal, BigDecimal ratePercent, LocalDate drawdown,
      LocalDate endOfUse) {
    boolean inWindow = !drawdown.isBefore(LocalDate.of(2023, 1, 1)) && !drawdown.isAfter(LocalDate.of(2023, 3, 31));
    boolean rateAtLeastFloor = ratePercent.compareTo(new BigDecimal("2")) >= 0;
    boolean usedAMonth = !endOfUse.isBefore(drawdown.plusMonths(1));
    if (!inWindow || !rateAtLeastFloor || !usedAMonth) {
      return null;
    }
    LocalDate sixMonths = drawdown.plusMonths(6);
    long days = ChronoUnit.DAYS.between(drawdown, endOfUse.isBefore(sixMonths) ? endOfUse : sixMonths);
    return principal.multiply(new BigDecimal("0.02")).multiply(BigDecimal.valueOf(days))
        .divide(THREE_SIXTY, 2, RoundingMode.HALF_UP);
  }

  /**
   * A general loan's risk compensation under 深工信〔2023〕26号 第5条: 30% of the principal outstanding at the first
   * non-performing classification, 30 points more when the loan was granted (or extended, 展期视同新增) in an uplift
   * window (2022-03-01..2022-06-30, 2023-01-01..2023-03-31), half-up to the fen, and never above the pool's ceiling
   * of 80% of the loss, rounded down (so that rounding never crosses it: 60% of 0.01 is 0.006, half-up 0.01, above
   * 80% of 0.01 = 0.008; the compensation is 0.00).
   *
   * @param outstanding  the principal outstanding, yuan
   * @param effectiveGrant  the extension date if extended, otherwise the grant date
   * @return the compensation
   */
  static BigDecimal riskCompensation(BigDecimal outstanding, LocalDate effectiveGrant) {
    boolean uplift = within(effectiveGrant, LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30))
        || within(effectiveGrant, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
    BigDecimal ratio = new BigDecimal(uplift ? "0.60" : "0.30");
    BigDecimal ceiling = outstanding.multiply(new BigDecimal("0.80")).setScale(2, RoundingMode.DOWN);
    return outstanding.multiply(ratio).setScale(2, RoundingMode.HALF_UP).min(ceiling);
  }

  private static boolean within(LocalDate date, LocalDate first, LocalDate last) {
    return !date.isBefore(first) && !date.isAfter(last);
  }

  /**
   * The reduced guarantee fee under 深工信〔2023〕26号 第6条 ("担保费率最高减免40%、且不高于1%"): the rate
   * min(standard × 60%, 1%), on the principal for whole months ÷ 12 plus the odd days ÷ 360, half-up to the fen.
   *
   * @param principal  the guaranteed principal, yuan
   * @param standardPercent  the standard annual fee rate, percent
   * @param start  the guarantee's start
   * @param end  its end
   * @return the fee
   */
  static BigDecimal reducedGuaranteeFee(BigDecimal principal, BigDecimal standardPercent, LocalDate start,
      LocalDate end) {
    BigDecimal rate = standardPercent.multiply(new BigDecimal("0.6")).min(BigDecimal.ONE).movePointLeft(2);
    int months = 0;
    while (!start.plusMonths(months + 1L).isAfter(end)) {
      months++;
    }
    long oddDays = ChronoUnit.DAYS.between(start.plusMonths(months), end);
    // months ÷ 12 = 30 × months ÷ 360, so one division
    BigDecimal days = BigDecimal.valueOf(30L * months + oddDays);
    return principal.multiply(rate).multiply(days).divide(THREE_SIXTY, 2, RoundingMode.HALF_UP);
  }

  /**
   * The 小型微利企业 income tax on taxable income when the enterprise qualifies: the first 1,000,000 and the part from
   * 1,000,000 to 3,000,000 at the effective rates of the tax year (财税〔2019〕13号; 2021年第12号; 2022年第13号;
   * 2023年第6号 and 第12号), half-up to the fen.
   *
   * @param income  the taxable income, yuan, at most 3,000,000
   * @param taxYear  the tax year, 2019 to 2027
   * @return the tax
   */
  static BigDecimal smallLowProfitTax(BigDecimal income, int taxYear) {
    String[] rates = taxYear <= 2020 ? new String[] {"0.05", "0.10"} : taxYear == 2021 ? new String[] {"0.025",
        "0.10"} : taxYear == 2022 ? new String[] {"0.025", "0.05"} : new String[] {"0.05", "0.05"};
    BigDecimal million = new BigDecimal("1000000");
    return income.min(million).multiply(new BigDecimal(rates[0]))
        .add(income.subtract(million).max(BigDecimal.ZERO).multiply(new BigDecimal(rates[1])))
        .setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * The standard income tax, 25% of the taxable income (企业所得税法 第四条), half-up to the fen.
   *
   * @param income  the taxable income, yuan
   * @return the tax
   */
  static BigDecimal standardIncomeTax(BigDecimal income) {
    return income.multiply(new BigDecimal("0.25")).setScale(2, RoundingMode.HALF_UP);
  }
}
