package io.github.huiqi.calculators.financing.firstloan;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The first-loan subsidy's plain form ({@link FirstLoanCalculator#subsidy}): the same eleven conditions as the
 * calculator's evaluation ({@code FirstLoanCalculator.enterpriseConditions} and {@code evaluateLoan}), decided the same
 * way, but as three-valued flags, with no condition objects, no per-loan parts and no cap allocation list, so that a
 * book of loans costs little more than its arithmetic. Only the total is computed: the cap's allocation in drawdown
 * order changes which loan is paid, not the sum ({@code min(eligible sum, cap)}). {@link FirstLoanEvaluator}'s plain
 * outcome uses it too ({@link #decided}), with the enterprise's verdict and whether the cap bound.
 * <p>
 * It returns {@code null} when the total (or the verdict) depends on a missing fact; the calculator (or the evaluator)
 * then runs its full evaluation to name the missing facts. {@code FirstLoanPlainFormPropertyTest} holds it to the
 * explaining form over seeded random requests that reach every condition known true, known false and unknown. Not part
 * of the public API.
 */
final class FirstLoanPlainForm {

  /** A condition's outcome as a flag, ordered so that the worse of two is the larger. */
  private static final int MET = 0;
  private static final int UNKNOWN = 1;
  private static final int NOT_MET = 2;

  private FirstLoanPlainForm() {
  }

  /**
   * Computes the enterprise's total subsidy.
   *
   * @param measure  the measure, not null
   * @param request  the request, not null
   * @return the total at the measure's rounding scale, or {@code null} if it depends on a missing fact
   * @throws io.github.huiqi.core.error.InvalidInputException if the measure's cap is not a positive amount
   */
  static BigDecimal total(FirstLoanMeasure measure, FirstLoanRequest request) {
    Sums sums = sums(measure, request.enterprise(), request.loans(), request.effectiveOptions());
    BigDecimal total = sums.eligible.min(sums.cap);
    return total.compareTo(sums.possible.min(sums.cap)) != 0 ? null
        : total.setScale(sums.scale, RoundingMode.UNNECESSARY);
  }

  /**
   * Decides the enterprise's verdict and amount as the evaluator's plain outcome states them, when no missing fact
   * leaves either open: eligible if any loan is (the amount then exact), ineligible if every loan fails.
   * <p>
   * It takes a request's parts rather than a request, so that the evaluator can decide a profile's loans, which
   * are already valid as a request's (known, not empty, their ids unique), without building one.
   *
   * @param measure  the measure, not null
   * @param enterprise  the enterprise, not null
   * @param loans  the loans, not null
   * @param options  the options, not null
   * @return the decision, or {@code null} if the verdict or the amount depends on a missing fact (the evaluator then
   *     runs the full evaluation, which names them)
   * @throws io.github.huiqi.core.error.InvalidInputException if the measure's cap is not a positive amount
   */
  static Decided decided(FirstLoanMeasure measure, EnterpriseFacts enterprise, List<LoanFacts> loans,
      FirstLoanOptions options) {
    Sums sums = sums(measure, enterprise, loans, options);
    BigDecimal total = sums.eligible.min(sums.cap);
    if (!sums.anyMet && sums.anyUnknown || total.compareTo(sums.possible.min(sums.cap)) != 0) {
      return null;
    }
    return new Decided(sums.anyMet ? Verdict.ELIGIBLE : Verdict.INELIGIBLE,
        total.setScale(sums.scale, RoundingMode.UNNECESSARY), sums.eligible.compareTo(sums.cap) > 0);
  }

  /**
   * An enterprise's decided first-loan subsidy.
   *
   * @param verdict  eligible or ineligible
   * @param total  what the eligible loans receive together within the cap, at the rounding scale
   * @param capBinding  whether the cap reduced it
   */
  record Decided(Verdict verdict, BigDecimal total, boolean capBinding) {
  }

  /** What the loans earn: eligible, and eligible or undetermined; whether any is met, any undetermined. */
  private static Sums sums(FirstLoanMeasure measure, EnterpriseFacts enterprise, List<LoanFacts> loans,
      FirstLoanOptions options) {
    MoneyRounding rounding = measure.rounding().value();
    Sums sums = new Sums(Cny.positiveYuan(measure.capPerEnterprise().value(), "capPerEnterprise"), rounding.scale());
    int firm = firm(measure.region().value(), enterprise);
    if (firm == NOT_MET) {
      return sums;
    }
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    Rate subsidyRate = measure.annualSubsidyRate().value();
    int maximumMonths = measure.maximumSubsidyMonths().value();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      LocalDate endOfUse = loan.endOfUse();
      int outcome = Math.max(firm, loan(measure, loan, endOfUse));
      if (outcome == NOT_MET) {
        continue;
      }
      LocalDate from = loan.drawdownDate();
      LocalDate until = FirstLoanPeriods.subsidisedUntil(from, endOfUse, maximumMonths);
      // LoanFacts has already checked the principal: positive, CNY, whole fen and bounded
      BigDecimal principal = Cny.yuan(loan.principal(), "principal");
      BigDecimal computed = FirstLoanPeriods.subsidy(principal, subsidyRate, dayCount.yearFraction(from, until),
          rounding);
      sums.possible = sums.possible.add(computed);
      if (outcome == MET) {
        sums.eligible = sums.eligible.add(computed);
        sums.anyMet = true;
      } else {
        sums.anyUnknown = true;
      }
    }
    return sums;
  }

  /** The running sums of {@link #sums}. */
  private static final class Sums {
    final BigDecimal cap;
    final int scale;
    BigDecimal eligible = BigDecimal.ZERO;
    BigDecimal possible = BigDecimal.ZERO;
    boolean anyMet;
    boolean anyUnknown;

    Sums(BigDecimal cap, int scale) {
      this.cap = cap;
      this.scale = scale;
    }
  }

  /** The enterprise's four conditions: in the region, an independent legal person, a first-time borrower, honest. */
  private static int firm(Jurisdiction region, EnterpriseFacts firm) {
    Optional<String> place = firm.registrationRegionCode();
    // a code of a wider area that holds the region (广东省 for 深圳市) leaves it open (decisions register §0.6)
    int outcome = place.isEmpty() || region.isHeldBy(place.get()) ? UNKNOWN
        : region.contains(place.get()) ? MET : NOT_MET;
    outcome = Math.max(outcome, isTrue(firm.independentLegalPerson()));
    outcome = Math.max(outcome, isTrue(firm.firstTimeBorrower()));
    return Math.max(outcome, isFalse(firm.onSeriousDishonestyList()));
  }

  /** The loan's seven conditions, as {@code FirstLoanCalculator.evaluateLoan} states them. */
  private static int loan(FirstLoanMeasure measure, LoanFacts loan, LocalDate endOfUse) {
    DateRange window = measure.firstLoanWindow().value();
    LocalDate drawdown = loan.drawdownDate();
    if (!window.contains(drawdown) || loan.annualInterestRate().isLessThan(measure.minimumLoanRate().value())
        || endOfUse.isBefore(drawdown.plusMonths(measure.minimumUseMonths().value()))) {
      return NOT_MET;
    }
    Optional<String> lender = loan.lenderRegionCode();
    int outcome = lender.isEmpty() ? UNKNOWN : measure.region().value().contains(lender.get()) ? MET : NOT_MET;
    outcome = Math.max(outcome, isTrue(loan.firstDrawdownOfFirstContract()));
    outcome = Math.max(outcome, isTrue(loan.forProductionOrOperation()));
    return Math.max(outcome, isFalse(loan.subsidisedUnderAnotherMunicipalScheme()));
  }

  private static int isTrue(Optional<Boolean> fact) {
    return fact.isEmpty() ? UNKNOWN : fact.get() ? MET : NOT_MET;
  }

  private static int isFalse(Optional<Boolean> fact) {
    return fact.isEmpty() ? UNKNOWN : fact.get() ? NOT_MET : MET;
  }
}
