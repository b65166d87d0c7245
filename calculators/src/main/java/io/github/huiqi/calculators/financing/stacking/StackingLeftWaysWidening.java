package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The firm's larger in all (decisions register §4.6 items 100, 110, 111 and 119) where the tech-SME enrolment
 * (深工信〔2023〕26号 第13条) is not given, or is dated beside a fee or premium list not given: the claim the stacking
 * keeps for the tech-SME subsidy may then miss the enrolment's dates, and the firm may leave to it loans the larger
 * gave the first-loan subsidy (第5条). For {@link StackingPairOutcomes}, both outcomes are widened over those ways
 * ({@link #widenForEnrolmentNotGiven}, {@link #widenForAbsentListDates}): too wide, never too narrow.
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingLeftWaysWidening {

  private StackingLeftWaysWidening() {
  }

  /**
   * With the tech-SME enrolment not given ({@code /techSme} absent), a completion may be enrolled with dates that the
   * claim the stacking leaves the tech-SME subsidy misses; the firm then keeps the larger in all (decisions register
   * §4.6 items 100 and 110) and may leave to the tech-SME subsidy the loans the larger gave the first-loan subsidy.
   * Each side is widened over the ways with some of those loans left (the tech-SME subsidy paying on them, enrolled;
   * each non-empty subset of at most {@value StackingLargerInAll#MOST_LEFT} loans, else all of them) that may give the
   * firm more in all than the first-loan subsidy taking them with the claim kept paying nothing: the first-loan
   * subsidy's least to its least total over them, the tech-SME subsidy's most to its most, both naming
   * {@code /techSme}; only when the tech-SME claim keeps a payment without them (else no date makes it miss the
   * enrolment while they bring it within). Too wide, never too narrow: which loans the firm leaves turns on dates not
   * given.
   * <p>
   * Where a fee or premium list is not given too ({@code absentLists}, which may add at most {@code listsMost}), it
   * may hold a payment of the claim kept, dated outside the dates a completion gives the enrolment, the claim kept
   * then missing it: the ways are tried as {@link #widenForAbsentListDates} tries them for a dated enrolment, with
   * what the lists may add, naming {@code /techSme} and the lists (decisions register §4.6 item 119); they include
   * every way kept without the lists.
   *
   * @return whether any loan could be so left (both sides then widened)
   */
  static boolean widenForEnrolmentNotGiven(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, Side firstSide, Side techSide, List<String> absentLists, BigDecimal listsMost) {
    if (listsMost.signum() <= 0 || absentLists.isEmpty()) {
      return widenForAbsentListDates(firstMeasure, techMeasure, asGiven, stacked, loans, heldInterest, precedence,
          firstSide, techSide, List.of("/techSme"), BigDecimal.ZERO, Optional.empty());
    }
    // the ways kept with what the lists may add are a superset of those kept without: one run over them all, not the
    // ways without the lists alone whenever those find one (a subset the known claim leaves empty would be missed)
    List<String> named = new ArrayList<>(List.of("/techSme"));
    named.addAll(absentLists);
    return widenForAbsentListDates(firstMeasure, techMeasure, asGiven, stacked, loans, heldInterest, precedence,
        firstSide, techSide, named, listsMost, Optional.empty());
  }

  /**
   * With the tech-SME enrolment dated and a fee or premium list not given ({@code named}, which may add at most
   * {@code listsMost}) whose payment may be dated outside the enrolment
   * ({@link StackingEnrolment#listPaymentMayFallOutside}), so that the claim the stacking leaves the tech-SME
   * subsidy misses it, though the known claim would be empty or within it; the firm then keeps the larger in all
   * (decisions register §4.6 items 100 and 111). Both sides are widened over the ways with some of the loans the
   * larger gave the first-loan subsidy left to the tech-SME subsidy, as {@link #widenForEnrolmentNotGiven} widens
   * them, naming the lists: the claim kept is never empty (the list may hold a payment), and a way is kept when its
   * most in all, with what the lists may add within what the yearly and programme caps leave above its tech-SME most,
   * is above the way the first-loan subsidy takes them with the claim paying nothing.
   * {@link #widenForEnrolmentNotGiven} is this with {@code /techSme} named too (nothing added when no list is
   * absent).
   *
   * {@code sure}: the enrolment's dates for a later loan only the tech-SME subsidy takes (register §4.6 item 134),
   * the profile's; empty from {@link #widenForEnrolmentNotGiven}, whose ways run over dates not given, in which the
   * claim kept misses them, so that such a loan is not sure to be paid on when the first of them is compared.
   * @return whether any loan could be so left (both sides then widened)
   */
  static boolean widenForAbsentListDates(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, Side firstSide, Side techSide, List<String> named, BigDecimal listsMost,
      Optional<StackingEnrolmentSpan> sure) {
    Set<String> left = new HashSet<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)) && StackingLargerInAll.byTheLarger(loan)
          && StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())) {
        left.add(loan.loanId());
      }
    }
    // the claim kept without them: the other loans' interest the first-loan subsidy does not take, the fees and the
    // premiums, and a payment an absent list may hold; none left, and no date can make the claim miss the enrolment
    // while leaving them brings it within
    Set<String> notKept = new HashSet<>(left);
    loans.stream().filter(loan -> loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true)))
        .forEach(loan -> notKept.add(loan.loanId()));
    stacked.loans().stream().filter(loan -> loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)))
        .forEach(loan -> notKept.add(loan.loanId()));
    boolean claimKept = listsMost.signum() > 0 || !asGiven.guaranteeFees().isEmpty()
        || !asGiven.insurancePremiums().isEmpty()
        || heldInterest.stream().anyMatch(item -> !notKept.contains(item.loanId()));
    if (left.isEmpty() || !claimKept) {
      return false;
    }
    TechSmeRequest enrolled = TechSmeRequest.builder().from(asGiven).enterprise(EnterpriseFacts.builder()
        .from(asGiven.enterprise()).enrolledTechSme(true).build()).build();
    // the claim kept missing the enrolment, the tech-SME subsidy pays nothing: the firm leaves some of the loans only
    // when that may give it more in all; each non-empty subset of them is tried (at most
    // StackingLargerInAll.MOST_LEFT loans, else all)
    TechSmeRequest notEnrolled = TechSmeRequest.builder().from(asGiven).enterprise(EnterpriseFacts.builder()
        .from(asGiven.enterprise()).enrolledTechSme(false).build()).build();
    BigDecimal takenLeast = StackingLargerInAll.InAll.of(StackingPairOutcomes.stackHeld(firstMeasure, techMeasure,
        notEnrolled, loans, heldInterest, precedence, false, UnaryOperator.identity(), Set.of(), sure)).least();
    BigDecimal capsLeft = Cny.positiveYuan(techMeasure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear")
        .min(Cny.positiveYuan(techMeasure.capPerEnterpriseOverProgramme().value(), "capPerEnterpriseOverProgramme")
            .subtract(Cny.yuan(asGiven.programmeTotalReceived(), "programmeTotalReceived")));
    List<String> ids = List.copyOf(left);
    BigDecimal firstLeast = null;
    BigDecimal techMost = null;
    int subsets = ids.size() > StackingLargerInAll.MOST_LEFT ? 1 : (1 << ids.size()) - 1;
    for (int mask = 1; mask <= subsets; mask++) {
      Set<String> leaving = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if (ids.size() > StackingLargerInAll.MOST_LEFT || (mask & 1 << i) != 0) {
          leaving.add(ids.get(i));
        }
      }
      StackingResult run = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, enrolled, loans, heldInterest,
          precedence, false, UnaryOperator.identity(), leaving, sure);
      BigDecimal tech = run.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
      // what the absent lists may add, within what the yearly and programme caps leave above the run's own most
      BigDecimal added = listsMost.min(capsLeft.subtract(tech)).max(BigDecimal.ZERO);
      if (StackingLargerInAll.InAll.of(run).most().add(added).compareTo(takenLeast) <= 0) {
        continue;
      }
      BigDecimal first = Cny.yuan(run.firstLoanTotal(), "firstLoanTotal");
      firstLeast = firstLeast == null ? first : firstLeast.min(first);
      techMost = techMost == null ? tech : techMost.max(tech);
    }
    if (firstLeast == null) {
      return false;
    }
    firstSide.widenTo(firstLeast, firstSide.least, named);
    if (techSide.most != null) {
      techSide.widenTo(techSide.least, techMost, named);
    }
    return true;
  }
}
