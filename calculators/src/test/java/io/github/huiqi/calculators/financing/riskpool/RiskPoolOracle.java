package io.github.huiqi.calculators.financing.riskpool;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * An independent oracle for the Shenzhen risk-compensation pool (风险补偿资金池), written from the clauses in plain
 * {@link BigDecimal} arithmetic, not from the calculator's code:
 * <ul>
 *   <li>深工信〔2023〕26号 第5条: "市中小微企业银行贷款风险补偿资金池对各商业银行在2023年1月1日至3月31日新增贷款（展期视同新增）的
 *   风险损失补偿比例提高30个百分点，补偿比例最高为80%";</li>
 *   <li>the earlier window of the 2022 惠企纾困"30条" (loans newly granted 2022-03-01..2022-06-30, same +30 points and
 *   80% ceiling; domain reference §2.1, the pack's first uplift window);</li>
 *   <li>the base ratio: the 2019 细则's "不良贷款总体按30%的比例给予风险补偿" (restated in seed 002's reply letter) for
 *   every category (decisions register §4.2 item 11), valid from 2019-01-01, or a bank's agreed ratio;</li>
 *   <li>the loss: the principal outstanding at first non-performing classification (register §4.2 item 12), plus the
 *   accrued interest under the option;</li>
 *   <li>the exclusions (2018 rules, register §2.1): a loan guaranteed by a financing-guarantee company, re-guaranteed,
 *   or under another risk-compensation scheme; a fact not known leaves the loan open (register §0.3);</li>
 *   <li>an extended loan counts as granted on its extension date (register §4.2 item 15);</li>
 *   <li>recoveries return recovery × ratio to the pool, never more than the compensation (register §4.2 item 13);</li>
 *   <li>rounding (register §4.5 item 35): each compensation and each return half-up to the fen once, a compensation
 *   never more than 80% × the loss rounded down to the fen.</li>
 * </ul>
 */
final class RiskPoolOracle {

  /** 2019 细则 "总体按30%": every category's base (decisions register §4.2 item 11). */
  static final BigDecimal TABLE_BASE = new BigDecimal("0.30");
  /** The 30% row's validity starts with the 2019 细则: a loss classified earlier is not paid at it. */
  static final LocalDate TABLE_VALID_FROM = LocalDate.of(2019, 1, 1);
  /** 第5条 "提高30个百分点". */
  static final BigDecimal UPLIFT = new BigDecimal("0.30");
  /** 第5条 "补偿比例最高为80%". */
  static final BigDecimal CEILING = new BigDecimal("0.80");
  /** The uplift windows, both days counted (register §4.6 item 38): 2022 "30条", then 第5条 "2023年1月1日至3月31日". */
  static final List<List<LocalDate>> WINDOWS = List.of(
      List.of(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30)),
      List.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)));

  private RiskPoolOracle() {
  }

  /**
   * One non-performing loan as the bank claims it; null for a fact not given.
   *
   * @param agreedBase  the bank's agreed base ratio as a fraction, null for the table's
   * @param grant  the grant date
   * @param extension  the extension date, null when not extended
   * @param classified  the date first classified non-performing
   * @param outstanding  the principal outstanding then
   * @param interest  the accrued interest then, null when not given
   * @param recoveries  the recoveries after compensation, null for none
   * @param guaranteed  guaranteed by a financing-guarantee company
   * @param reGuaranteed  re-guaranteed
   * @param otherScheme  under another risk-compensation scheme
   */
  record Loan(BigDecimal agreedBase, LocalDate grant, LocalDate extension, LocalDate classified,
      BigDecimal outstanding, BigDecimal interest, BigDecimal recoveries, Boolean guaranteed, Boolean reGuaranteed,
      Boolean otherScheme) {

    LocalDate effectiveGrant() {
      return extension == null ? grant : extension;
    }
  }

  /**
   * The oracle's figures for one loan: the amounts are what the loan gets when no exclusion applies; the verdict says
   * whether it gets them (ELIGIBLE), may (UNDETERMINED) or gets nothing (INELIGIBLE).
   */
  record Pricing(LocalDate effectiveGrant, List<LocalDate> window, BigDecimal base, BigDecimal ratio, BigDecimal loss,
      BigDecimal compensation, BigDecimal recoveryReturn, BigDecimal net, boolean ceilingBinds, String verdict) {

    BigDecimal least() {
      return verdict.equals("ELIGIBLE") ? compensation : BigDecimal.ZERO;
    }

    BigDecimal most() {
      return verdict.equals("INELIGIBLE") ? BigDecimal.ZERO : compensation;
    }
  }

  /** The window holding a date (its first and last day), or null. */
  static List<LocalDate> window(LocalDate date) {
    for (List<LocalDate> w : WINDOWS) {
      if (!date.isBefore(w.get(0)) && !date.isAfter(w.get(1))) {
        return w;
      }
    }
    return null;
  }

  /**
   * Prices one loan.
   *
   * @param loan  the loan
   * @param withInterest  the loss includes the accrued interest (which must then be given)
   * @param returnRecoveries  recoveries return to the pool pro rata
   * @return the figures
   */
  static Pricing price(Loan loan, boolean withInterest, boolean returnRecoveries) {
    LocalDate effective = loan.effectiveGrant();
    List<LocalDate> window = window(effective);
    BigDecimal base = loan.agreedBase() == null ? TABLE_BASE : loan.agreedBase();
    BigDecimal raised = window == null ? base : base.add(UPLIFT);
    BigDecimal ratio = raised.min(CEILING);
    BigDecimal loss = withInterest ? loan.outstanding().add(loan.interest()) : loan.outstanding();
    BigDecimal rounded = ratio.multiply(loss).setScale(2, RoundingMode.HALF_UP);
    BigDecimal ceilingAmount = CEILING.multiply(loss).setScale(2, RoundingMode.DOWN);
    BigDecimal compensation = rounded.min(ceilingAmount);
    boolean binds = raised.compareTo(CEILING) > 0 || rounded.compareTo(ceilingAmount) > 0;
    BigDecimal back = BigDecimal.ZERO;
    if (returnRecoveries && loan.recoveries() != null) {
      back = loan.recoveries().multiply(ratio).setScale(2, RoundingMode.HALF_UP).min(compensation);
    }
    String verdict;
    boolean excluded = Boolean.TRUE.equals(loan.guaranteed()) || Boolean.TRUE.equals(loan.reGuaranteed())
        || Boolean.TRUE.equals(loan.otherScheme());
    if (loan.classified().isBefore(TABLE_VALID_FROM) || excluded) {
      verdict = "INELIGIBLE";
    } else if (loan.guaranteed() == null || loan.reGuaranteed() == null || loan.otherScheme() == null) {
      verdict = "UNDETERMINED";
    } else {
      verdict = "ELIGIBLE";
    }
    return new Pricing(effective, window, base, ratio, loss, compensation, back, compensation.subtract(back), binds,
        verdict);
  }

  /** A firm's pool outcome from its non-performing loans: verdict, least and most (most null when unbounded). */
  record Firm(String verdict, BigDecimal least, BigDecimal most) {
  }

  /**
   * The firm's outcome (register §4.6 item 42: a loan that qualifies on its own makes the firm eligible, the others
   * only widen the range): a large firm's loans are not the 中小微企业 pool's (第5条 "市中小微企业银行贷款风险补偿资金池");
   * loans not known leave it open from zero with no upper bound; no non-performing loan, nothing.
   *
   * @param large  the firm is known to be large
   * @param loans  the priced non-performing loans, null when the loans are not given
   * @return the outcome
   */
  static Firm firm(boolean large, List<Pricing> loans) {
    if (large) {
      return new Firm("INELIGIBLE", BigDecimal.ZERO, BigDecimal.ZERO);
    }
    if (loans == null) {
      return new Firm("UNDETERMINED", BigDecimal.ZERO, null);
    }
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    boolean eligible = false;
    boolean open = false;
    for (Pricing p : loans) {
      least = least.add(p.least());
      most = most.add(p.most());
      eligible |= p.verdict().equals("ELIGIBLE");
      open |= p.verdict().equals("UNDETERMINED");
    }
    String verdict = eligible ? "ELIGIBLE" : open ? "UNDETERMINED" : "INELIGIBLE";
    return verdict.equals("INELIGIBLE") ? new Firm(verdict, BigDecimal.ZERO, BigDecimal.ZERO)
        : new Firm(verdict, least, most);
  }
}
