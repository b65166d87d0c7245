package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The dates of the tech-SME enrolment (深工信〔2023〕26号 第13条 "入库科技型中小企业") that a claim must reach, for
 * {@link StackingCalculator}'s reading of a loan drawn later that only the tech-SME subsidy takes (decisions register
 * §4.6 item 134): such a loan is counted in the claim a loan is compared on only where the claim reaches the
 * enrolment's dates without the loan compared, so that it is sure to be paid on whatever that comparison decides
 * (§4.6 item 100: the claim is the payments the tech-SME subsidy pays on). A claim reaches the dates as
 * {@code TechSmeRequest.from} decides it (register §1.2 card 000-13): from its earliest accrual start or payment
 * date to its latest day of accrual or payment date, it does not end before the enrolment's start nor begin after its
 * end. {@link #UNDATED} (a calculator request, or a profile whose enrolment gives no dates) is reached by any claim.
 *
 * @param since  the enrolment's first day, empty when not given
 * @param until  the enrolment's last day, empty when not given
 */
record StackingEnrolmentSpan(Optional<LocalDate> since, Optional<LocalDate> until) {

  /** No dates: every claim reaches the enrolment (a held enrolment the request carries as a yes or no). */
  static final StackingEnrolmentSpan UNDATED = new StackingEnrolmentSpan(Optional.empty(), Optional.empty());

  /** The profile's enrolment dates; {@link #UNDATED} when it gives none, or no enrolment held. */
  static StackingEnrolmentSpan of(EnterpriseProfile profile) {
    Optional<Qualification> enrolment = profile.techSme().filter(Qualification::held);
    return enrolment.isEmpty() ? UNDATED
        : new StackingEnrolmentSpan(enrolment.get().since(), enrolment.get().until());
  }

  /**
   * Whether the claim of the interest on {@code loans}, with every fee and premium, reaches the enrolment's dates; a
   * claim with no payment at all does not.
   */
  boolean reachedBy(Set<String> loans, List<TechSmeInterestItem> interest, List<TechSmeFeePayment> fees,
      List<TechSmeFeePayment> premiums) {
    LocalDate first = null;
    LocalDate last = null;
    for (TechSmeInterestItem item : interest) {
      if (loans.contains(item.loanId())) {
        first = earlier(first, earlier(item.accrualStart(), item.paymentDate()));
        last = later(last, later(item.accrualEnd().minusDays(1), item.paymentDate()));
      }
    }
    for (TechSmeFeePayment payment : fees) {
      first = earlier(first, payment.paymentDate());
      last = later(last, payment.paymentDate());
    }
    for (TechSmeFeePayment payment : premiums) {
      first = earlier(first, payment.paymentDate());
      last = later(last, payment.paymentDate());
    }
    if (first == null) {
      return false;
    }
    LocalDate end = last;
    LocalDate start = first;
    return since.map(day -> !day.isAfter(end)).orElse(true) && until.map(day -> !day.isBefore(start)).orElse(true);
  }

  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
