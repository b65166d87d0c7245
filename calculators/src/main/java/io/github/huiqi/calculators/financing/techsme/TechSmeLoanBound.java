package io.github.huiqi.calculators.financing.techsme;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The most an unknown interest, guarantee-fee or premium list of a tech-SME claim can hold, read from the profile's
 * own loans (decisions register §4.1 item 8b).
 * <p>
 * When the profile's {@code loans} are known, every interest, fee or premium payment of the claim belongs to one of
 * them, so:
 * <ul>
 *   <li>the interest of a loan is at most its principal × its annual rate over its period of use, from the drawdown
 *       (counted) to {@link LoanFacts#endOfUse()} (not counted): interest after maturity is penalty interest (罚息),
 *       not the loan's interest the 办法 subsidises; only the part of it arising on days of the uplift window takes
 *       the uplifted ratio, the rest the base ratio (decisions register §4.6 item 97);
 *   <li>the guarantee fee of a loan is nothing when it is known not to be guaranteed, else the fee paid when given,
 *       else its principal × its annual fee rate over the term from the drawdown to the maturity (§2.8), and not
 *       bounded when neither is known;
 *   <li>a loan-guarantee insurance premium insures one of them, so with no loan there is none; with loans, only the
 *       premium's yearly cap bounds it.
 * </ul>
 * each period counted under whichever of ACT/360 and whole months ÷ 12 (§4.3 item 21) gives more, so that the bound
 * holds under either convention. The result is in yuan, exact (not rounded); the caller applies the ratio and
 * rounds up. The bound on the interest subsidy adds 0.01 for each payment a loan's period of use can hold, for the
 * bank's rounding of each payment to the fen and the subsidy's rounding of each item (decisions register §4.6 item
 * 120); the bound on the guarantee-fee subsidy 0.01 for each instalment a loan's fee can be paid in, for the same
 * (decisions register §4.6 item 121).
 * <p>
 * This class is immutable and thread-safe.
 */
final class TechSmeLoanBound {

  /** The citation of the bound. */
  static final Citation DEFAULT = Citation.libraryDefault("decisions register §4.1 item 8b",
      "an unknown interest or guarantee-fee list holds at most what the profile's known loans can bear: each loan's "
          + "principal × its annual rate over its period of use, and its fee paid (or principal × fee rate over its "
          + "term; nothing when it is known not to be guaranteed), each period under the larger of ACT/360 and "
          + "whole months ÷ 12; an unknown premium list holds nothing when the loans are known to be none; the "
          + "interest subsidy so bounded adds 0.01 a payment for rounding, each loan holding at most one payment a "
          + "calendar month of its period of use and a final one (decisions register §4.6 item 120); the "
          + "guarantee-fee subsidy so bounded adds 0.01 an instalment, each loan's fee (when it can be more than "
          + "nothing) paid in at most one instalment a calendar month of its term and one when the guarantee is "
          + "given (decisions register §4.6 item 121)");

  /**
   * What one interest payment or fee instalment may add to the subsidy above its exact share: half a fen of the
   * bank's rounding of the payment (times a ratio of at most 1) and half a fen of the subsidy's rounding half-up
   * (register §4.6 items 120 and 121).
   */
  static final BigDecimal ROUNDING_PER_PAYMENT = new BigDecimal("0.01");

  private TechSmeLoanBound() {
  }

  /**
   * Returns the most interest the profile's loans can bear, in yuan; empty when the loans are not known.
   *
   * @param profile  the enterprise
   * @return the bound, exact
   */
  static Optional<BigDecimal> interest(EnterpriseProfile profile) {
    if (profile.loans().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    List<LoanFacts> loans = profile.loans().get();
    for (LoanFacts loan : loans) {
      sum = sum.add(over(loan, loan.annualInterestRate(), loan.drawdownDate(), loan.endOfUse()));
    }
    return Optional.of(sum);
  }

  /**
   * Returns the most interest subsidy the profile's loans can bear, in yuan, exact (not rounded); empty when the loans
   * are not known. Under the default {@link TechSmeAccrualBasis#ACCRUED_IN_WINDOW} only the interest arising on days of
   * the uplift window takes the uplifted ratio (深工信〔2023〕26号 第13条 "2023年期间产生的利息"), the rest of a loan's
   * interest its base ratio (the 2020 办法 第十四条（一）): each loan's interest over the part of its period of use within
   * the window (at most its whole interest) × {@code uplifted}, and the rest × {@code base}. Under
   * {@link TechSmeAccrualBasis#PAID_IN_WINDOW} any interest may be paid in the window, so all of it × {@code uplifted}.
   * To that it adds {@link #ROUNDING_PER_PAYMENT} for each of the {@link #payments} a loan's period of use can hold:
   * the bank rounds each payment to the fen and the calculator each item's subsidy half-up, so a list of payments can
   * exceed the exact figure by up to a fen a payment (decisions register §4.6 item 120).
   *
   * @param profile  the enterprise
   * @param measure  the measure, for its window and accrual basis
   * @param uplifted  the ratio of the interest arising in the window
   * @param base  the ratio of the interest arising outside it
   * @return the bound on the subsidy, exact
   */
  static Optional<BigDecimal> interestSubsidy(EnterpriseProfile profile, TechSmeMeasure measure, Rate uplifted,
      Rate base) {
    if (profile.loans().isEmpty()) {
      return Optional.empty();
    }
    boolean paidBasis = measure.accrualBasis().value() == TechSmeAccrualBasis.PAID_IN_WINDOW;
    DateRange window = measure.upliftWindow().value();
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal allowance = BigDecimal.ZERO;
    for (LoanFacts loan : profile.loans().get()) {
      // principal × rate × days, divided by 360 once at the end so that no part is rounded on its own
      BigDecimal whole = overTimes360(loan, loan.annualInterestRate(), loan.drawdownDate(), loan.endOfUse());
      BigDecimal inWindow = whole;
      if (!paidBasis) {
        LocalDate from = max(loan.drawdownDate(), window.start());
        // the window is closed (TechSmeMeasure checks it): its last day counted, the day after not
        LocalDate to = min(loan.endOfUse(), window.end().orElseThrow().plusDays(1));
        inWindow = from.isBefore(to)
            ? whole.min(overTimes360(loan, loan.annualInterestRate(), from, to)) : BigDecimal.ZERO;
      }
      sum = sum.add(uplifted.applyTo(inWindow)).add(base.applyTo(whole.subtract(inWindow)));
      allowance = allowance.add(ROUNDING_PER_PAYMENT.multiply(BigDecimal.valueOf(payments(loan))));
    }
    return Optional.of(sum.divide(BigDecimal.valueOf(360), 20, RoundingMode.CEILING).add(allowance));
  }

  /**
   * Returns the most interest payments a loan's period of use can hold (decisions register §4.6 item 120): one
   * settlement a calendar month at most (按月结息), in each calendar month from the drawdown's to the end of use's,
   * and a final one at repayment.
   *
   * @param loan  the loan
   * @return the number of payments, at least 2
   */
  static long payments(LoanFacts loan) {
    return calendarMonths(loan.drawdownDate(), loan.endOfUse()) + 1;
  }

  /**
   * Returns the most instalments a loan's guarantee fee can be paid in (decisions register §4.6 item 121): one a
   * calendar month at most (按月收取), in each calendar month of its term, from the drawdown's to the maturity's, and
   * one when the guarantee is given.
   *
   * @param loan  the loan
   * @return the number of instalments, at least 2
   */
  static long feeInstalments(LoanFacts loan) {
    return calendarMonths(loan.drawdownDate(), loan.maturityDate()) + 1;
  }

  /** The calendar months from {@code start}'s to {@code end}'s, both counted. */
  private static long calendarMonths(LocalDate start, LocalDate end) {
    return (end.getYear() - (long) start.getYear()) * 12 + end.getMonthValue() - start.getMonthValue() + 1;
  }

  /**
   * Returns the most guarantee fee the profile's loans can bear, in yuan; empty when the loans are not known, or a
   * loan may be guaranteed with neither its fee paid nor its fee rate known.
   *
   * @param profile  the enterprise
   * @return the bound, exact
   */
  static Optional<BigDecimal> fees(EnterpriseProfile profile) {
    if (profile.loans().isEmpty()) {
      return Optional.empty();
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (LoanFacts loan : profile.loans().get()) {
      Optional<BigDecimal> fee = fee(loan);
      if (fee.isEmpty()) {
        return Optional.empty();
      }
      sum = sum.add(fee.get());
    }
    return Optional.of(sum);
  }

  /**
   * Returns the most guarantee-fee subsidy the profile's loans can bear, in yuan: {@code ratio} × their
   * {@link #fees}, rounded up to the fen, and {@link #ROUNDING_PER_PAYMENT} for each of the
   * {@link #feeInstalments(LoanFacts)} of each loan whose fee can be more than nothing: the calculator rounds each
   * item's subsidy half-up (half a fen), and a fee worked out from its rate is paid as instalments the guarantor
   * rounds to the fen (half a fen × the ratio), so a list of instalments can exceed the exact figure by up to a fen
   * an instalment (decisions register §4.6 item 121). Empty when {@link #fees} is.
   *
   * @param profile  the enterprise
   * @param ratio  the guarantee-fee subsidy ratio, at most 100%
   * @return the bound on the subsidy, in yuan
   */
  static Optional<BigDecimal> feeSubsidy(EnterpriseProfile profile, Rate ratio) {
    BigDecimal allowance = ROUNDING_PER_PAYMENT.multiply(BigDecimal.valueOf(feeInstalments(profile)));
    return fees(profile).map(fees -> subsidy(ratio, fees).add(allowance));
  }

  /**
   * Returns the most instalments the profile's loans' guarantee fees can be paid in: the
   * {@link #feeInstalments(LoanFacts)} of each loan whose fee can be more than nothing (decisions register §4.6 item
   * 121); 0 when the loans are not known.
   *
   * @param profile  the enterprise
   * @return the number of instalments
   */
  static long feeInstalments(EnterpriseProfile profile) {
    return profile.loans().orElse(List.of()).stream()
        .filter(loan -> fee(loan).map(fee -> fee.signum() > 0).orElse(true))
        .mapToLong(TechSmeLoanBound::feeInstalments).sum();
  }

  /**
   * The most guarantee fee one loan can bear: nothing when it is known not to be guaranteed, else the fee paid when
   * given, else its principal × its annual fee rate over the term from the drawdown to the maturity (§2.8); empty
   * when neither is known.
   */
  private static Optional<BigDecimal> fee(LoanFacts loan) {
    if (loan.isGuaranteed().equals(Optional.of(false))) {
      return Optional.of(BigDecimal.ZERO);
    }
    Optional<LoanGuarantee> guarantee = loan.guarantee();
    Optional<BigDecimal> paid = guarantee.flatMap(LoanGuarantee::feePaid)
        .map(amount -> Cny.notNegativeYuan(amount, "feePaid"));
    if (paid.isPresent()) {
      return paid;
    }
    return guarantee.flatMap(LoanGuarantee::feeRate)
        .map(rate -> over(loan, rate, loan.drawdownDate(), loan.maturityDate()));
  }

  /**
   * Returns whether an unknown premium list can hold anything: not when the profile's loans are known to be none, as
   * a loan-guarantee insurance premium (贷款保证保险费) insures a loan; otherwise only its yearly cap bounds it (no
   * source bounds a premium's rate, and no loan fact says whether a loan is insured).
   *
   * @param profile  the enterprise
   * @return false when the loans are known and empty
   */
  static boolean premiumsPossible(EnterpriseProfile profile) {
    return profile.loans().map(loans -> !loans.isEmpty()).orElse(true);
  }

  /**
   * Returns {@code ratio × bound} rounded up to the fen, so that no rounding of an item makes a subsidy exceed it.
   *
   * @param ratio  the subsidy ratio
   * @param bound  the bound on what is subsidised, in yuan
   * @return the subsidy bound, in yuan
   */
  static BigDecimal subsidy(Rate ratio, BigDecimal bound) {
    return ratio.applyTo(bound).setScale(2, RoundingMode.CEILING);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  /** The principal × the annual rate from {@code start} to {@code end}, under the larger of the two conventions. */
  private static BigDecimal over(LoanFacts loan, Rate rate, LocalDate start, LocalDate end) {
    return overTimes360(loan, rate, start, end).divide(BigDecimal.valueOf(360), 20, RoundingMode.CEILING);
  }

  /** The principal × the annual rate × the days from {@code start} to {@code end}, the larger convention's, exact. */
  private static BigDecimal overTimes360(LoanFacts loan, Rate rate, LocalDate start, LocalDate end) {
    BigDecimal principal = Cny.notNegativeYuan(loan.principal(), "principal");
    long act360 = DayCount.ACT_360.yearFraction(start, end).days();
    long months = DayCount.WHOLE_MONTHS.yearFraction(start, end).days();
    return rate.applyTo(principal).multiply(BigDecimal.valueOf(Math.max(act360, months)));
  }
}
