package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.calculators.internal.OracleCap;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * An independent oracle for Shanghai's guaranteed first-loan subsidy (沪企服办〔2023〕1号 第十五条), written from the
 * clause and the decisions register's readings in plain {@link BigDecimal} arithmetic, not from the calculator's
 * code.
 */
final class FirstLoanGuaranteedOracle {

  /** 第十五条: "对2022年第四季度…首次获得普惠贷款": drawn 2022-10-01 to 2022-12-31, both counted. */
  static final LocalDate WINDOW_FIRST = LocalDate.of(2022, 10, 1);
  static final LocalDate WINDOW_LAST = LocalDate.of(2022, 12, 31);
  /** 第十五条: "给予2%的贴息补助"; at most the loan's own rate (decisions register §4.1 item 5b). */
  static final BigDecimal SUBSIDY_RATE = new BigDecimal("0.02");
  /** 第十五条: "单户企业贴息金额最高20万元". */
  static final BigDecimal CAP = new BigDecimal("200000");
  /** ACT/360, the drawdown counted and the end not (decisions register §4.1 item 1). */
  static final BigDecimal DAYS_A_YEAR = new BigDecimal("360");

  private FirstLoanGuaranteedOracle() {
  }

  /**
   * One loan; a fact null when not given. {@code lenderInShanghai}: the lender is a bank of 上海市 (code 31xxxx).
   * {@code endOfUse}: the repayment when before maturity, otherwise the maturity.
   */
  record Loan(BigDecimal principal, BigDecimal rate, LocalDate drawdown, LocalDate endOfUse, Boolean lenderInShanghai,
      Boolean firstInclusiveLoan, Boolean policyFund) {
  }

  /**
   * The subsidy for a term of months (the source states none: the caller's, §4.1 item 5): each loan of an SME
   * (中小微) drawn in the window, from a Shanghai bank, the firm's first 普惠 loan, guaranteed by the municipal fund,
   * earns principal × min(2%, its rate) × days ÷ 360, half-up to the fen, the days from the drawdown to the earlier
   * of its end of use and the drawdown's same day {@code termMonths} on (the month's last day when it has none);
   * at most 200,000 in all.
   *
   * @param sme  whether the firm is medium, small or micro, null if not known
   */
  static OracleCap.Subsidy subsidy(Boolean sme, int termMonths, List<Loan> loans) {
    return subsidy(sme, termMonths, loans, false, DAYS_A_YEAR);
  }

  /**
   * The subsidy under a day-count option: {@code wholeMonths}, whole months × 30 plus the odd days over 360 (else
   * actual days), over {@code basis} days a year (360, or 365 for ACT/365F).
   */
  static OracleCap.Subsidy subsidy(Boolean sme, int termMonths, List<Loan> loans, boolean wholeMonths,
      BigDecimal basis) {
    OracleCap enterprise = new OracleCap(CAP);
    for (Loan loan : loans) {
      boolean inWindow = !loan.drawdown().isBefore(WINDOW_FIRST) && !loan.drawdown().isAfter(WINDOW_LAST);
      OracleCap.Facts facts = OracleCap.Facts.of(sme, inWindow, loan.lenderInShanghai(), loan.firstInclusiveLoan(),
          loan.policyFund());
      if (facts.failed()) {
        enterprise.fails(loan.drawdown());
        continue;
      }
      LocalDate termEnd = loan.drawdown().plusMonths(termMonths);
      LocalDate until = loan.endOfUse().isBefore(termEnd) ? loan.endOfUse() : termEnd;
      long days = ChronoUnit.DAYS.between(loan.drawdown(), until);
      if (wholeMonths) {
        long months = 0;
        while (!loan.drawdown().plusMonths(months + 1).isAfter(until)) {
          months++;
        }
        days = 30 * months + ChronoUnit.DAYS.between(loan.drawdown().plusMonths(months), until);
      }
      enterprise.earns(loan.drawdown(), loan.principal().multiply(SUBSIDY_RATE.min(loan.rate()))
          .multiply(BigDecimal.valueOf(days)).divide(basis, 2, RoundingMode.HALF_UP), facts.open());
    }
    return enterprise.subsidy();
  }
}
