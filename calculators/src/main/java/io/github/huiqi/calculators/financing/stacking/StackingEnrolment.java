package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.BindingLimit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The tech-SME claim beside the one-subsidy-per-loan stacking of {@link StackingInterestSubsidyRule}, and the tech-SME
 * enrolment decided over the claim kept (深工信〔2023〕26号 第13条; decisions register §1.2 card 000-13, §4.6 item
 * 100): the interest on a loan the first-loan subsidy takes (第5条), or on a loan that already receives another
 * municipal interest subsidy ({@code subsidisedUnderAnotherMunicipalScheme} true: "不重复享受市直其他部门财政贴息",
 * register §1.7), is no part of the claim, so it cannot bring the claim within the enrolment's dates. It finds the
 * loans held that are subsidised elsewhere and those whose flag is not given (register §4.1 item 10), works out the
 * tech-SME outcome without the former when the stacking does not run, and reads the enrolment as not held when even
 * the largest claim the stacking can leave the tech-SME subsidy misses its dates.
 * <p>
 * Amounts are in yuan, at the fen as the calculators give them; nothing is rounded here. This class holds no state.
 */
final class StackingEnrolment {

  private StackingEnrolment() {
  }

  /**
   * The ids of the loans the profile holds that already receive another municipal interest subsidy
   * ({@code subsidisedUnderAnotherMunicipalScheme} true) and carry tech-SME interest: under one municipal interest
   * subsidy per loan they take neither subsidy, as {@link StackingCalculator} decides.
   */
  static List<String> subsidisedElsewhere(List<LoanFacts> loans, List<InterestPayment> interest) {
    List<String> ids = new ArrayList<>();
    for (LoanFacts loan : loans) {
      if (loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true))) {
        for (InterestPayment payment : interest) {
          if (payment.loanId().equals(loan.loanId())) {
            ids.add(loan.loanId());
            break;
          }
        }
      }
    }
    return ids;
  }

  /**
   * The indexes of the loans the profile holds whose {@code subsidisedUnderAnotherMunicipalScheme} is not given and
   * that carry tech-SME interest: subsidised elsewhere, they would take neither subsidy.
   */
  static List<Integer> flagNotGiven(List<LoanFacts> loans, List<InterestPayment> interest) {
    List<Integer> indexes = new ArrayList<>();
    for (int i = 0; i < loans.size(); i++) {
      LoanFacts loan = loans.get(i);
      if (loan.subsidisedUnderAnotherMunicipalScheme().isEmpty()) {
        for (InterestPayment payment : interest) {
          if (payment.loanId().equals(loan.loanId())) {
            indexes.add(i);
            break;
          }
        }
      }
    }
    return indexes;
  }

  /**
   * The tech-SME outcome without the interest on loans subsidised elsewhere: the calculator's range and binding limit
   * over the other payments (those on loans not held included, which {@code unheld} then handles), its fees and its
   * premiums; its least never above the outcome's own (a Shenzhen measure for a firm whose region is not given may pay
   * nothing at all). The interest on such a loan is no part of the claim, so it cannot bring the claim within the
   * enrolment's dates: an enrolment the whole claim reached is decided again over the payments kept, as
   * {@link TechSmeRequest#from(EnterpriseProfile)} reads it (decisions register §1.2 card 000-13, §4.6 item 100).
   */
  static void withoutElsewhere(TechSmeMeasure techMeasure, TechSmeRequest items, Set<String> loanIds,
      List<String> elsewhere, Side techSide, EnterpriseProfile profile) {
    List<TechSmeInterestItem> kept = new ArrayList<>(items.interest().size());
    for (TechSmeInterestItem item : items.interest()) {
      if (!(loanIds.contains(item.loanId()) && elsewhere.contains(item.loanId()))) {
        kept.add(item);
      }
    }
    if (kept.isEmpty() && items.guaranteeFees().isEmpty() && items.insurancePremiums().isEmpty()) {
      techSide.least = BigDecimal.ZERO;
      techSide.most = BigDecimal.ZERO;
      techSide.binding = Optional.empty();
      return;
    }
    TechSmeRequest decided = enrolledOverKept(items, kept, profile);
    TechSmeResult result = TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure,
        TechSmeRequest.builder().from(decided).interest(kept).build(), ReceiptChoice.OMIT);
    // the claim kept misses the enrolment, but a payment of an absent fee or premium list within its dates would
    // bring the claim within them, as the evaluator reads it (register §1.2 card 000-13, §4.1 item 8b): the most is
    // then the claim kept as enrolled (register §4.6 item 109)
    TechSmeResult top = decided == items || TechSmeEvaluator.absentLists(profile).isEmpty() ? result
        : TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, TechSmeRequest.builder().from(items).interest(kept)
            .build(), ReceiptChoice.OMIT);
    // never above the outcome's own least: a verdict left open by a fact the calculator does not see (the region not
    // given, say) may pay nothing at all
    techSide.least = Cny.yuan(result.amount().minimum(), "minimum").min(techSide.least);
    techSide.most = Cny.yuan(top.amount().maximum(), "maximum");
    List<BindingLimit> limits = top.bindingLimits();
    techSide.binding = limits.isEmpty() ? Optional.empty() : Optional.of(limits.get(limits.size() - 1));
  }

  /**
   * Whether the profile dates the tech-SME enrolment (its {@code since} or {@code until} given), so that a claim may
   * miss it (decisions register §1.2 card 000-13, §4.6 item 100).
   */
  static boolean dated(EnterpriseProfile profile) {
    return profile.techSme().map(held -> held.since().isPresent() || held.until().isPresent()).orElse(false);
  }

  /**
   * The tech-SME request with its enrolment decided again over the interest items kept (with the request's fees and
   * premiums), as {@link TechSmeRequest#from(EnterpriseProfile)} decides it over the whole claim (decisions register
   * §1.2 card 000-13): a payment left out of the claim, on a loan subsidised elsewhere or one that may be (its
   * {@code subsidisedUnderAnotherMunicipalScheme} not given), cannot bring the claim within the enrolment's dates
   * (§4.6 item 100). The request as given when its enrolment is not held for the whole claim.
   */
  static TechSmeRequest enrolledOverKept(TechSmeRequest items, List<TechSmeInterestItem> kept,
      EnterpriseProfile profile) {
    EnterpriseFacts enterprise = items.enterprise();
    if (!enterprise.enrolledTechSme().equals(Optional.of(true))) {
      return items;
    }
    Set<String> keptIds = new HashSet<>();
    kept.forEach(item -> keptIds.add(item.itemId()));
    List<InterestPayment> keptPayments = new ArrayList<>();
    for (InterestPayment payment : profile.interestPayments().orElse(List.of())) {
      if (keptIds.contains(payment.paymentId())) {
        keptPayments.add(payment);
      }
    }
    Optional<Boolean> enrolled = TechSmeRequest.enterpriseForClaim(profile, keptPayments).enrolledTechSme();
    return enrolled.equals(enterprise.enrolledTechSme()) ? items : TechSmeRequest.builder().from(items)
        .enterprise(EnterpriseFacts.builder().from(enterprise).enrolledTechSme(enrolled).build()).build();
  }

  /**
   * The tech-SME request with its enrolment not held when even the largest claim the stacking can leave the tech-SME
   * subsidy does not reach the enrolment's dates, else the request as given (decisions register §4.6 item 100). That
   * claim is every payment of the profile but those on loans the first-loan subsidy takes whatever the facts not given
   * and those on loans subsidised under another municipal scheme, decided as {@link TechSmeRequest#from} decides the
   * whole claim (§1.2 card 000-13). With the enrolment not held, the stacking run again gives the tech-SME subsidy no
   * loan, so that the claim it keeps can only be smaller and still misses the enrolment: the two runs agree.
   */
  static TechSmeRequest enrolmentOverClaimKept(TechSmeRequest asGiven, StackingResult stacked,
      List<LoanFacts> loans, EnterpriseProfile profile) {
    boolean dated = profile.techSme().map(held -> held.since().isPresent() || held.until().isPresent()).orElse(false);
    if (!dated || !asGiven.enterprise().enrolledTechSme().equals(Optional.of(true))) {
      return asGiven;
    }
    Set<String> notClaimed = new HashSet<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        notClaimed.add(loan.loanId());
      }
    }
    for (LoanFacts loan : loans) {
      if (loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true))) {
        notClaimed.add(loan.loanId());
      }
    }
    if (notClaimed.isEmpty()) {
      return asGiven;
    }
    List<InterestPayment> kept = new ArrayList<>();
    for (InterestPayment payment : profile.interestPayments().orElse(List.of())) {
      if (!notClaimed.contains(payment.loanId())) {
        kept.add(payment);
      }
    }
    if (kept.isEmpty() && asGiven.guaranteeFees().isEmpty() && asGiven.insurancePremiums().isEmpty()) {
      // no claim left at all: the stacking already gives the tech-SME subsidy nothing
      return asGiven;
    }
    Optional<Boolean> enrolled = TechSmeRequest.enterpriseForClaim(profile, kept).enrolledTechSme();
    return !enrolled.equals(Optional.of(false)) ? asGiven : TechSmeRequest.builder().from(asGiven)
        .enterprise(EnterpriseFacts.builder().from(asGiven.enterprise()).enrolledTechSme(false).build()).build();
  }

  /**
   * Whether the loans the stacking leaves open may cost the tech-SME subsidy its enrolment (decisions register §4.6
   * item 100): the enrolment is held over the largest claim, which counts the interest on the open loans, but the
   * claim left without the loans the first-loan subsidy takes or may take (a loan open with the first-loan subsidy
   * able to pay on it, such as every loan of a firm whose first-time borrowing is not given), without those that may
   * take neither (their {@code subsidisedUnderAnotherMunicipalScheme} not given: §4.6 item 109) and without those
   * subsidised elsewhere misses its dates. In a completion of the facts that takes those loans out of the claim, the
   * tech-SME subsidy then pays nothing, so its least is zero: its stacked total, which leaves the open loans to
   * neither subsidy, still counts the other payments as enrolled (before 2026-12-06 a firm of I1 on its first loan,
   * its first-time borrowing not given, kept a least of I2's 2,400.00 that the firm, as a first-time borrower taking
   * the first-loan subsidy on that loan, does not get; and one whose only payment within the enrolment was on a loan
   * whose flag is not given kept the others' 80% as its least).
   *
   * @return whether the tech-SME subsidy's least is zero
   */
  static boolean openLoansMayCostEnrolment(TechSmeRequest items, StackingResult stacked, List<LoanFacts> loans,
      EnterpriseProfile profile) {
    boolean dated = profile.techSme().map(held -> held.since().isPresent() || held.until().isPresent()).orElse(false);
    if (!dated || !items.enterprise().enrolledTechSme().equals(Optional.of(true))) {
      return false;
    }
    Set<String> notClaimed = new HashSet<>();
    boolean anyOpen = false;
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN))) {
        notClaimed.add(loan.loanId());
      } else if (loan.ground() == StackingGround.UNDETERMINED) {
        // the first-loan subsidy may take it, or (its subsidisedUnderAnotherMunicipalScheme not given) neither may
        notClaimed.add(loan.loanId());
        anyOpen = true;
      }
    }
    if (!anyOpen) {
      return false;
    }
    List<InterestPayment> kept = keptPayments(profile, loans, notClaimed);
    if (kept.isEmpty() && items.guaranteeFees().isEmpty() && items.insurancePremiums().isEmpty()) {
      // no claim left: the stacked total, the open loans left to neither, already pays nothing
      return false;
    }
    return TechSmeRequest.enterpriseForClaim(profile, kept).enrolledTechSme().equals(Optional.of(false));
  }

  /**
   * The first-loan outcome over the completions of the facts the open loans wait on, each decided as the facts given
   * would decide it (decisions register §4.6 items 100 and 117), for a stacking whose open loans may cost the tech-SME
   * claim its enrolment ({@link #openLoansMayCostEnrolment}): the stacking held the enrolment over the claim with
   * those loans in, and the tech-SME subsidy took as the larger a loan of the first-loan subsidy's; in a completion
   * that takes the open loans out of the claim (one subsidised elsewhere, say), the claim left misses the enrolment's
   * dates and the first-loan subsidy takes that loan. The first-loan side is widened to its least and most over those
   * ways, naming the facts; when they cannot be run, from zero to its own most (too wide, never too narrow). The
   * tech-SME side likewise (register §4.6 item 144): in a completion that takes an open loan out of the claim (one
   * subsidised elsewhere), the firm's larger in all may leave to the tech-SME subsidy a loan the stacking with the
   * facts open gave the first-loan subsidy, its claim then reaching the enrolment only with it, and the tech-SME
   * subsidy pays more there than the stacking's share with the loans open.
   */
  static void firstOverWays(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure, TechSmeRequest asGiven,
      StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence, Side firstSide, Side techSide,
      UnaryOperator<List<String>> profileFacts) {
    List<String> facts = StackingCompletions.awaited(stacked);
    List<String> named = profileFacts.apply(facts);
    Optional<List<BigDecimal>> ways = StackingWaysBounds.boundsOverWays(facts, firstMeasure, techMeasure, asGiven,
        loans, heldInterest, profile, precedence);
    if (ways.isPresent()) {
      firstSide.widenTo(ways.get().get(0), ways.get().get(1), named);
      techSide.widenTo(ways.get().get(2), ways.get().get(3), named);
    } else {
      firstSide.widenToOwn(named);
      techSide.widenToOwn(named);
    }
  }

  /**
   * Whether the tech-SME claim may miss the enrolment's dates without the loans an absent fee or premium list's
   * items may send to the first-loan subsidy ({@code opened}, register §4.6 item 110), as
   * decisions register §4.6 item 111 (a) reads it: the enrolment is dated and held for the claim as known, a payment
   * of the list may fall outside its dates ({@link #listPaymentMayFallOutside}), and the payments kept without those
   * loans, the loans the first-loan subsidy takes or may take and those subsidised elsewhere, with the known fees and
   * premiums, are none or miss its dates. A payment of the absent list only widens the claim's span, so it may then
   * miss them too and the tech-SME subsidy pay nothing; when those payments reach the dates, every completion of the
   * list does.
   *
   * @return whether the tech-SME subsidy's least is zero
   */
  static boolean claimMayMissWithout(TechSmeRequest items, StackingResult stacked, List<LoanFacts> loans,
      EnterpriseProfile profile, List<String> opened) {
    if (!dated(profile) || !items.enterprise().enrolledTechSme().equals(Optional.of(true))
        || !listPaymentMayFallOutside(profile)) {
      // the list's items send the loans away only when it holds one, and then within the dates it brings the claim in
      return false;
    }
    Set<String> notClaimed = new HashSet<>(opened);
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN))
          || loan.ground() == StackingGround.UNDETERMINED) {
        notClaimed.add(loan.loanId());
      }
    }
    List<InterestPayment> kept = keptPayments(profile, loans, notClaimed);
    if (kept.isEmpty() && items.guaranteeFees().isEmpty() && items.insurancePremiums().isEmpty()) {
      // nothing known kept: the claim is the absent list's payments alone, which may be dated outside the enrolment
      return true;
    }
    return TechSmeRequest.enterpriseForClaim(profile, kept).enrolledTechSme().equals(Optional.of(false));
  }

  /**
   * Whether a payment of an absent fee or premium list may fall outside the tech-SME enrolment's dates, as decisions
   * register §4.6 item 111 reads it: a guarantee fee or a loan-guarantee insurance premium is paid on one of the
   * profile's loans (§4.1 item 8b) within its life, from its contract (its drawdown when the contract date is not
   * given, §4.3 item 20) to its maturity (with no end once the loan is extended). When the enrolment's dates cover
   * every such day, no payment of the list can leave the claim outside them; with no loan known, one may.
   *
   * @return whether the enrolment's dates may miss a payment of the list
   */
  static boolean listPaymentMayFallOutside(EnterpriseProfile profile) {
    Optional<LocalDate> since = profile.techSme().flatMap(Qualification::since);
    Optional<LocalDate> until = profile.techSme().flatMap(Qualification::until);
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    if (loans.isEmpty()) {
      return true;
    }
    LocalDate from = null;
    LocalDate to = null;
    boolean extended = false;
    for (LoanFacts loan : loans) {
      LocalDate start = loan.contractDate().orElse(loan.drawdownDate());
      from = from == null || start.isBefore(from) ? start : from;
      to = to == null || loan.maturityDate().isAfter(to) ? loan.maturityDate() : to;
      extended |= loan.extensionDate().isPresent();
    }
    return since.isPresent() && since.get().isAfter(from)
        || until.isPresent() && (extended || until.get().isBefore(to));
  }

  /**
   * The profile's interest payments the tech-SME claim keeps: those of no loan in {@code notClaimed} and of no loan
   * known to be subsidised elsewhere (which are added to {@code notClaimed}).
   */
  private static List<InterestPayment> keptPayments(EnterpriseProfile profile, List<LoanFacts> loans,
      Set<String> notClaimed) {
    for (LoanFacts loan : loans) {
      if (loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true))) {
        notClaimed.add(loan.loanId());
      }
    }
    List<InterestPayment> kept = new ArrayList<>();
    for (InterestPayment payment : profile.interestPayments().orElse(List.of())) {
      if (!notClaimed.contains(payment.loanId())) {
        kept.add(payment);
      }
    }
    return kept;
  }
}
