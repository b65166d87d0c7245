package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanEvaluator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.stacking.StackingLargerInAll.Larger;
import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.internal.ProfilePointers;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The one-subsidy-per-loan stacking of one first-loan and tech-SME pair's outcomes, for
 * {@link StackingInterestSubsidyRule} ("同一笔贷款只能享受一次贴息政策", 2022 首贷 implementing rules, decisions register
 * §1.7; 深工信〔2023〕26号 第5条 against 第13条): whether the stacking runs (some loan could take both; a payment on a
 * loan the profile does not hold, which may be a first loan: register §4.1 item 10; a loan subsidised elsewhere or
 * whose flag is not given), the stacking of the loans held by {@link StackingCalculator} under the options'
 * precedence and the claims the loans record (register §4.6 item 72), the pair's amounts, missing facts, verdicts,
 * note and joint limit from it (§4.6 items 42, 45, 49, 50, 52, 85, 88, 90 and 100), and the pair while the interest
 * paid is not given (§4.6 items 72 to 74). The rule's class Javadoc states the whole rule.
 * <p>
 * Amounts are in yuan, at the fen as the calculators give them; nothing is rounded here. This class holds no state.
 */
final class StackingPairOutcomes {

  /** The stacking request's pointers as the profile names them (its enrolment is the profile's {@code /techSme}). */
  static final ProfilePointers POINTERS = ProfilePointers.builder()
      .exact("/enterprise/enrolledTechSme", "/techSme")
      .prefix("/enterprise/", "/")
      .prefix("/loans/", "/loans/")
      .build();

  private StackingPairOutcomes() {
  }

  /** A pair's two outcomes after stacking, and their joint limit when the rule declares one. */
  record Stacked(MeasureOutcome first, MeasureOutcome tech, Optional<JointLimit> limit) {
  }

  //-------------------------------------------------------------------------
  /**
   * Whether some loan could get both subsidies: it has tech-SME interest, and it is not known to be outside the
   * first-loan subsidy (drawn in its window, not known not to be the first drawdown of the first contract, not known
   * to be subsidised elsewhere). When none could, each measure's own outcome already is the stacked one, and the
   * rule changes nothing; the check spares the stacking calculation.
   */
  private static boolean anyLoanCouldTakeBoth(FirstLoanMeasure measure, List<LoanFacts> loans,
      List<InterestPayment> interest) {
    Set<String> withInterest = new HashSet<>();
    interest.forEach(payment -> withInterest.add(payment.loanId()));
    for (LoanFacts loan : loans) {
      if (withInterest.contains(loan.loanId()) && measure.firstLoanWindow().value().contains(loan.drawdownDate())
          && !loan.firstDrawdownOfFirstContract().equals(Optional.of(false))
          && !loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true))) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the first-loan subsidy may take a loan the profile does not hold: its outcome counts, or it is ineligible
   * only on the loans the profile holds, the firm itself qualifying or not known not to (the outcome of the same
   * profile with its loans not given would count). A firm the held loans leave ineligible may still have its first
   * loan among those it did not list (decisions register §4.1 item 10: "the loans not given, or a list without it");
   * before 2026-12-06 such a firm's tech-SME least kept that loan's interest (found by the calendar audit,
   * HuiqiCliCalendarBlindAuditTest).
   */
  private static boolean firstMayTakeALoanNotHeld(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      EnterpriseProfile profile, EvaluationContext context) {
    if (first.countedInTotal()) {
      return true;
    }
    if (first.verdict() != Verdict.INELIGIBLE) {
      return false;
    }
    EnterpriseProfile loansNotGiven = EnterpriseProfile.builder().from(profile).loans(Optional.empty()).build();
    return FirstLoanEvaluator.DEFAULT.evaluate(firstMeasure, loansNotGiven, context, false).countedInTotal();
  }

  /** The two outcomes after stacking, or empty when the rule leaves them unchanged. */
  static Optional<Stacked> stack(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      TechSmeMeasure techMeasure, MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    if (!tech.countedInTotal()) {
      return Optional.empty();
    }
    // a first-loan subsidy the firm cannot claim takes no loan; a loan subsidised elsewhere is still barred
    boolean firstCounts = first.countedInTotal();
    List<LoanFacts> loans = profile.loans().orElse(List.of());
    List<InterestPayment> interest = profile.interestPayments().orElse(List.of());
    if (interest.isEmpty()) {
      // none paid: the tech-SME subsidy takes no loan's interest; not given: it may take a loan claimed for it
      if (profile.interestPayments().isPresent() || !firstCounts || loans.isEmpty()) {
        return Optional.empty();
      }
      Optional<Stacked> claimed = context.options().interestSubsidyPrecedence() == StackingPrecedence.FIRST_CLAIMED
          ? interestNotGiven(firstMeasure, first, tech, profile, context, loans, explain) : Optional.empty();
      // both outcomes' most count a first loan the absent list may hold interest on: the pair counts it once, at
      // the larger, when no cap can bind (register §4.6 item 74)
      MeasureOutcome newFirst = claimed.map(Stacked::first).orElse(first);
      Optional<JointLimit> limit = StackingJointLimits.ofInterestNotGiven(firstMeasure, techMeasure, newFirst, tech,
          profile, context);
      return limit.isEmpty() ? claimed : Optional.of(new Stacked(newFirst, tech, limit));
    }
    Set<String> loanIds = new HashSet<>();
    loans.forEach(loan -> loanIds.add(loan.loanId()));
    // the payments on a loan the profile does not hold (every payment when the loans are not known): that loan may be
    // a first loan, whose interest the first-loan subsidy would then take (decisions register §4.1 item 10), unless
    // its interest accrues from before the first-loan window opens: that loan was drawn before it, and is no first
    // loan of the measure ("2023年1-3月…首次获得贷款")
    LocalDate firstDrawable = firstMeasure.firstLoanWindow().value().start();
    List<String> unheld = new ArrayList<>();
    for (InterestPayment payment : interest) {
      if (!loanIds.contains(payment.loanId()) && !payment.accrualStart().isBefore(firstDrawable)) {
        unheld.add(payment.paymentId());
      }
    }
    if (!unheld.isEmpty() && !firstMayTakeALoanNotHeld(firstMeasure, first, profile, context)) {
      unheld.clear();
    }
    boolean stackHeld = firstCounts && !loans.isEmpty() && anyLoanCouldTakeBoth(firstMeasure, loans, interest);
    // the stacking bars these loans itself; without it, the tech-SME outcome alone still counts their interest
    List<String> elsewhere = stackHeld ? List.of() : StackingEnrolment.subsidisedElsewhere(loans, interest);
    // the stacking names a loan's subsidisedUnderAnotherMunicipalScheme not given; without it, the flag decides
    // whether the tech-SME subsidy pays on the loan (decisions register §4.1 item 10)
    List<Integer> flagOpen = stackHeld ? List.of() : StackingEnrolment.flagNotGiven(loans, interest);
    if (!stackHeld && unheld.isEmpty() && elsewhere.isEmpty() && flagOpen.isEmpty()) {
      return Optional.empty();
    }
    TechSmeRequest shared = TechSmeEvaluator.sharedRequest(profile, context);
    List<String> openingLists = openingLists(tech, shared, profile);
    TechSmeRequest asGiven = openingLists.isEmpty() ? shared : TechSmeRequest.builder().from(shared)
        .enterprise(EnterpriseFacts.builder().from(shared.enterprise()).enrolledTechSme(Optional.empty()).build())
        .build();
    UnaryOperator<List<String>> profileFacts = facts -> profileFacts(facts, openingLists);
    List<TechSmeInterestItem> heldInterest = new ArrayList<>(asGiven.interest().size());
    // the least without the stacking: the interest on the loans held (their flag given) and on those drawn before the
    // first-loan window
    List<TechSmeInterestItem> notFirstInterest = new ArrayList<>(asGiven.interest().size());
    // the least without the loans whose flag is not given: the interest on the others
    List<TechSmeInterestItem> flagKnownInterest = new ArrayList<>(asGiven.interest().size());
    Set<String> flagOpenIds = new HashSet<>();
    flagOpen.forEach(index -> flagOpenIds.add(loans.get(index).loanId()));
    for (TechSmeInterestItem item : asGiven.interest()) {
      boolean held = loanIds.contains(item.loanId());
      if (!(held && (elsewhere.contains(item.loanId()) || flagOpenIds.contains(item.loanId())))) {
        flagKnownInterest.add(item);
      }
      if (held && !elsewhere.contains(item.loanId())) {
        heldInterest.add(item);
        if (!flagOpenIds.contains(item.loanId())) {
          notFirstInterest.add(item);
        }
      } else if (!held && item.accrualStart().isBefore(firstDrawable)) {
        notFirstInterest.add(item);
      }
    }
    Side firstSide = new Side(first);
    Side techSide = new Side(tech);
    techSide.quiet(TechSmeEvaluator.absentLists(profile));
    StackingPrecedence precedence = context.options().interestSubsidyPrecedence();
    // a later loan only the tech-SME subsidy takes counts where the claim reaches these dates (register §4.6 item 134)
    Optional<StackingEnrolmentSpan> sureDates = Optional.of(StackingEnrolmentSpan.of(profile));
    StackingResult stackedAsGiven = stackHeld ? stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
        precedence, explain, profileFacts, Set.of(), sureDates) : null;
    // the enrolment decided again over the claim the stacking leaves the tech-SME subsidy (register §4.6 item 100)
    TechSmeRequest overClaim = stackHeld
        ? StackingEnrolment.enrolmentOverClaimKept(asGiven, stackedAsGiven, loans, profile) : asGiven;
    StackingResult stackedOver = !stackHeld ? null : overClaim == asGiven ? stackedAsGiven
        : stackHeld(firstMeasure, techMeasure, overClaim, loans, heldInterest, precedence, explain, profileFacts,
            Set.of(), sureDates);
    // where the larger decides a loan (LARGER, or FIRST_CLAIMED with no claim recorded on it), the firm keeps the
    // larger: leaving to the tech-SME subsidy a loan the first-loan subsidy took may bring its claim within the
    // enrolment and give the firm more in all (register §4.6 item 100)
    Optional<StackingResult> leftToTech = stackHeld && overClaim != asGiven
        ? StackingLargerInAll.leftToTechSme(firstMeasure, techMeasure, asGiven, stackedAsGiven, loans, heldInterest,
            profile, precedence, explain, profileFacts) : Optional.empty();
    Larger larger = leftToTech.map(left -> StackingLargerInAll.largerInAll(left, stackedOver)).orElse(Larger.TAKEN);
    TechSmeRequest items = larger == Larger.LEFT ? asGiven : overClaim;
    Optional<StackingResult> stacking = Optional.empty();
    List<String> openToFirst = new ArrayList<>();
    List<StackingLoanDecision> contested = List.of();
    Optional<StackingCompletions.Bounds> completions = Optional.empty();
    Optional<LocalizedText> eitherWay = Optional.empty();
    Optional<StackingWaysBounds.LeastOver> leastOver = Optional.empty();
    // whether the sides were widened over the ways that leave loans to the tech-SME subsidy (items 110, 111)
    boolean leftWays = false;
    // whether each side was set over the completions of the open loans' flags (items 145 and 146)
    boolean overFlags = false;
    if (stackHeld) {
      StackingResult stacked = larger == Larger.LEFT ? leftToTech.get() : stackedOver;
      stacking = Optional.of(stacked);
      StackingSides.share(stacked, firstSide, techSide, profileFacts);
      // the open loans waiting on their flags alone: each outcome over the flags' completions, each the way the firm
      // takes it, where nothing else widens them (register §4.6 items 145 and 146)
      overFlags = StackingFlagCompletions.overFlags(firstMeasure, techMeasure, asGiven, stacked, loans, heldInterest,
          profile, precedence, larger != Larger.EITHER && unheld.isEmpty() && openingLists.isEmpty(), firstSide,
          techSide, profileFacts);
      if (larger == Larger.EITHER) {
        // which way gives the firm more waits on facts not given: each outcome over both ways, too wide
        eitherWay = Optional.of(StackingLargerInAll.eitherWay(leftToTech.get(), stacked, first, tech, firstSide,
            techSide, profileFacts));
      }
      // the enrolment not given: it may be dated so that the claim kept misses it, and the firm then keeps the larger
      // in all (register §4.6 item 110); with a fee or premium list not given too, the claim kept may be a payment of
      // the list alone (item 119)
      BigDecimal listsMost = TechSmeEvaluator.absentListsMost(techMeasure, profile);
      leftWays = profile.techSme().isEmpty() && StackingLeftWaysWidening.widenForEnrolmentNotGiven(firstMeasure,
          techMeasure, asGiven, stacked, loans, heldInterest, precedence, firstSide, techSide,
          TechSmeEvaluator.absentLists(profile), listsMost);
      // the enrolment dated and a fee or premium list not given: a payment of it dated outside the enrolment may leave
      // the claim kept missing it, and the firm then keeps the larger in all (register §4.6 item 111)
      if (!leftWays && StackingEnrolment.dated(profile) && listsMost.signum() > 0
          && asGiven.enterprise().enrolledTechSme().equals(Optional.of(true))) {
        leftWays = StackingEnrolment.listPaymentMayFallOutside(profile)
            && StackingLeftWaysWidening.widenForAbsentListDates(firstMeasure, techMeasure, asGiven, stacked, loans,
                heldInterest, precedence, firstSide, techSide, TechSmeEvaluator.absentLists(profile), listsMost,
                sureDates);
        if (stacked != stackedAsGiven) {
          // the claim kept misses the enrolment as known, but a payment of the absent list within its dates brings the
          // claim within them: the stacking as the whole claim reads the enrolment is the firm's way then (item 111)
          StackingSides.widenToWay(stackedAsGiven, firstSide, techSide, TechSmeEvaluator.absentLists(profile));
          leftWays = true;
        }
      }
      if (StackingEnrolment.openLoansMayCostEnrolment(items, stacked, loans, profile)) {
        // an open loan the first-loan subsidy takes may leave the tech-SME claim outside the enrolment's dates, and it
        // then pays nothing: its least over the completions, each the way the firm then takes (register §4.6 item
        // 100), or zero when they cannot be run
        leastOver = StackingWaysBounds.leastOverCompletions(firstMeasure, techMeasure, asGiven, stacked, loans,
            heldInterest, profile, precedence);
        techSide.lowerLeast(leastOver.map(StackingWaysBounds.LeastOver::tech).orElse(BigDecimal.ZERO));
        // in those completions the loans the tech-SME subsidy took as enrolled may go to the first-loan subsidy, the
        // claim left missing the dates: the first-loan outcome over the same ways (register §4.6 item 117); and a loan
        // the first-loan subsidy took may be left to the tech-SME subsidy, whose claim then reaches the dates only
        // with it: the tech-SME outcome over them too (item 144)
        StackingEnrolment.firstOverWays(firstMeasure, techMeasure, asGiven, stacked, loans, heldInterest, profile,
            precedence, firstSide, techSide, profileFacts);
      }
      // the way leaving loans to the tech-SME subsidy may bind its caps where the way taken does not (item 115)
      Optional<StackingResult> leftWay = larger == Larger.LEFT ? Optional.empty() : leftToTech;
      completions = StackingCompletionBounds.boundOverCompletions(firstMeasure, techMeasure, stacked, leftWay, asGiven,
          items, loans, heldInterest, precedence, profile, firstSide, techSide, profileFacts);
      contested = StackingJointLimits.contestedLoans(stacked);
      if (profile.techSmeSubsidyReceived().isEmpty()) {
        openToFirst = StackingSides.reopenForFirst(stacked, firstSide, techSide);
      } else if (!TechSmeEvaluator.absentLists(profile).isEmpty()
          && TechSmeEvaluator.absentListsMost(techMeasure, profile).signum() > 0
          && !StackingJointLimits.noCapBinds(firstMeasure, techMeasure, stacked, items, profile)) {
        // the items of an absent fee or premium list may spend the tech-SME caps first, and a loan the tech-SME
        // subsidy took as the larger may then be the first-loan subsidy's (register §4.6 item 110)
        openToFirst = StackingSides.reopenForFirst(stacked, firstSide, techSide,
            TechSmeEvaluator.absentLists(profile), true);
        // a loan so opened takes the first-loan cap first, and may push out a loan drawn after it that the first-loan
        // subsidy took (register §4.6 item 114)
        StackingPushedOut.firstLeast(firstMeasure, stacked, loans, openToFirst).ifPresent(firstSide::lowerLeast);
        if (!openToFirst.isEmpty() && StackingEnrolment.claimMayMissWithout(items, stacked, loans, profile,
            openToFirst)) {
          // without the loans so opened, the claim kept may miss the enrolment's dates, a payment of the absent list
          // dated outside them: the tech-SME subsidy then pays nothing (register §4.6 item 111)
          techSide.lowerLeast(BigDecimal.ZERO);
        }
      }
      techSide.widenLikeItsEvaluator(techMeasure, profile);
    } else if (!elsewhere.isEmpty() || !flagOpen.isEmpty()) {
      if (!elsewhere.isEmpty()) {
        StackingEnrolment.withoutElsewhere(techMeasure, items, loanIds, elsewhere, techSide, profile);
      }
      if (!flagOpen.isEmpty()) {
        // a loan subsidised elsewhere takes neither subsidy: the least leaves its interest out, the most keeps it;
        // that interest is then no part of the claim, so the enrolment is decided over the rest (register §4.6 item
        // 109: before 2026-12-06 the least counted the rest as enrolled though only that loan's dates reached it)
        techSide.lowerLeast(leastWithout(techMeasure,
            StackingEnrolment.enrolledOverKept(items, flagKnownInterest, profile), flagKnownInterest));
        flagOpen.forEach(index -> techSide.contest("/loans/" + index + "/subsidisedUnderAnotherMunicipalScheme"));
      }
      techSide.widenLikeItsEvaluator(techMeasure, profile);
    }
    if (!unheld.isEmpty()) {
      // the least leaves out the interest on loans not held, which the first-loan subsidy may take; the most stays
      // the tech-SME outcome's own, which counts it
      BigDecimal withoutUnheld = stacking.map(stacked -> Cny.yuan(stacked.techSmeTotal(), "techSmeTotal"))
          .orElseGet(() -> leastWithout(techMeasure, items, notFirstInterest));
      techSide.lowerLeast(withoutUnheld);
      techSide.keepOwnTop();
      techSide.contest("/loans");
    }
    MeasureOutcome newFirst = firstSide.outcome();
    MeasureOutcome newTech = techSide.outcome();
    if (!firstSide.changed(newFirst) && !techSide.changed(newTech)) {
      return Optional.empty();
    }
    // loans open, nothing else widening both outcomes for the same money: the pair's joint least and most (register
    // §4.6 items 49, 50)
    Optional<JointLimit> limit = Optional.empty();
    if (leftWays) {
      // the way the firm takes with the enrolment dated (not given, or missed through an absent list's payment) is not
      // in the limits' completions: none is declared (the two ranges are added)
      limit = Optional.empty();
    } else if (larger == Larger.EITHER) {
      // the facts not given send the loans the larger decides one way or the other, and the firm gets one way's sum:
      // the pair over their completions, each the way the firm then takes (register §4.6 item 100); only when the
      // stacking sees every fact that moves the two (what the programme already paid, every payment list, the loans)
      if (openToFirst.isEmpty() && unheld.isEmpty() && openingLists.isEmpty()
          && profile.techSmeSubsidyReceived().isPresent()
          && TechSmeEvaluator.absentListsMost(techMeasure, profile).signum() == 0) {
        limit = StackingWaysJointLimit.eitherWayLimit(firstMeasure, techMeasure, asGiven, stackedOver, leftToTech.get(),
            loans, heldInterest, profile, precedence, newFirst, newTech);
      }
    } else if (!contested.isEmpty() && openToFirst.isEmpty() && unheld.isEmpty()
        && !renovationMayTake(contested, stacking.get().loans(), profile)) {
      // a cap that can bind couples the loans: an open loan's choice then moves what the caps leave for the others,
      // even a loan already decided (register §4.6 item 50); the two maxima and minima are then added
      if (StackingJointLimits.noCapBinds(firstMeasure, techMeasure, stacking.get(), items, profile)) {
        BigDecimal sure = profile.techSmeSubsidyReceived().isPresent()
            ? StackingJointLimits.surelyPaid(firstMeasure, techMeasure, stacking.get(), contested, items, loans,
                heldInterest, precedence)
            : BigDecimal.ZERO;
        LinkedHashSet<String> named = new LinkedHashSet<>(newFirst.missingFacts());
        named.addAll(newTech.missingFacts());
        if (profile.techSmeSubsidyReceived().isPresent() && leastOver.isPresent()
            && leastOver.get().facts().containsAll(named)) {
          // the tech-SME least lowered over the completions (item 100): the pair's least over the same completions
          // still bounds it from below
          BigDecimal together = Cny.yuan(newFirst.amount().minimum(), "minimum")
              .add(Cny.yuan(newTech.amount().minimum(), "minimum"));
          sure = sure.max(leastOver.get().pair().subtract(together));
        }
        limit = StackingJointLimits.of(firstMeasure, contested, firstSide::topWithout, newFirst, techSide::topWithout,
            newTech, sure);
        if (overFlags) {
          // each side is already its range over the flags' completions, no longer the share item 49's most takes an
          // open loan out of: the pair over the same completions, each the way the firm takes, or none (the two
          // ranges added, too wide, never too narrow; register §4.6 item 145)
          List<String> openIds = contested.stream().map(StackingLoanDecision::loanId).toList();
          limit = StackingWaysJointLimit.openLoansLimit(firstMeasure, techMeasure, asGiven, stacking.get(), loans,
              heldInterest, profile, precedence, openIds, newFirst, newTech);
        } else if (limit.isPresent() && openingLists.isEmpty()) {
          List<String> nothing = StackingCompletionBounds.decidingNothing(firstMeasure, techMeasure, stacking.get(),
              items, loans, heldInterest, precedence, newFirst, newTech, sureDates);
          limit = limit.map(declared -> StackingJointLimits.withFactsDecidingNothing(declared, nothing));
        }
        if (!overFlags && limit.isPresent() && leastOver.isPresent() && openingLists.isEmpty()
            && profile.techSmeSubsidyReceived().isPresent()) {
          // the open loans may cost the tech-SME claim its enrolment: item 49's most counts the payments left as
          // enrolled; the pair over the completions, each the way the firm then takes, is exact (item 100)
          List<String> openIds = contested.stream().map(StackingLoanDecision::loanId).toList();
          Optional<JointLimit> exact = StackingWaysJointLimit.openLoansLimit(firstMeasure, techMeasure, asGiven,
              stacking.get(), loans, heldInterest, profile, precedence, openIds, newFirst, newTech);
          if (exact.isPresent()) {
            limit = exact;
          }
        }
      }
    }
    List<String> flagOpenLoans = flagOpen.stream().map(index -> loans.get(index).loanId()).toList();
    Optional<LocalizedText> completionsText = completions.map(bounds -> StackingCompletionBounds.completionsText(bounds,
        profileFacts));
    Reason note = StackingOutcomeNotes.note(firstMeasure, stacking, precedence, openToFirst, unheld, elsewhere,
        flagOpenLoans, eitherWay.isEmpty() ? completionsText : completionsText.isEmpty() ? eitherWay
            : Optional.of(LocalizedText.of(eitherWay.get().zh() + "；" + completionsText.get().zh(),
                eitherWay.get().en() + "; " + completionsText.get().en())));
    List<ExplanationStep> steps = stacking.map(stacked -> stacked.explanation().steps()).orElse(List.of());
    // each outcome's explanation closes on its own part of the municipal total, its amount
    List<ExplanationStep> firstSteps = explain
        ? StackingOutcomeNotes.closed(steps, stacking.map(s -> StackingShareStep.of(firstMeasure, s, true))) : steps;
    List<ExplanationStep> techSteps = explain
        ? StackingOutcomeNotes.closed(steps, stacking.map(s -> StackingShareStep.of(firstMeasure, s, false))) : steps;
    if (explain && stacking.isEmpty() && !elsewhere.isEmpty()) {
      techSteps = List.of(StackingShareStep.withoutElsewhere(firstMeasure, elsewhere, newTech.amount()));
    }
    // a first-loan outcome out of the total took no part: it keeps its own outcome, without the note
    return Optional.of(new Stacked(
        firstCounts ? StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(firstSide, newFirst, firstMeasure,
            explain), note, firstSteps, explain) : first,
        StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(techSide, newTech, firstMeasure, explain), note,
            techSteps, explain), limit));
  }

  /**
   * The pair while the interest the firm paid is not given ({@code interestPayments} absent) and a loan records the
   * tech-SME subsidy as claimed first on it ({@link LoanFacts#interestSubsidyClaimedFirst()}, under
   * {@code FIRST_CLAIMED}): the claim keeps the loan if the tech-SME subsidy pays anything on its interest (decisions
   * register §4.6 items 72 and 73), which the absent list leaves open, so the first-loan outcome's least leaves such
   * loans out (the first-loan calculator over the others), its most stays its own, and it names
   * {@code /interestPayments} (an eligible outcome so lowered to zero is undetermined, items 42 and 74). A loan with
   * no claim keeps the first-loan outcome as it is (item 74). The tech-SME outcome, whose own evaluation already
   * opens on the absent list, is kept.
   *
   * @return the pair, or empty when no loan records such a claim or the least does not move
   */
  private static Optional<Stacked> interestNotGiven(FirstLoanMeasure firstMeasure, MeasureOutcome first,
      MeasureOutcome tech, EnterpriseProfile profile, EvaluationContext context, List<LoanFacts> loans,
      boolean explain) {
    List<LoanFacts> kept = new ArrayList<>(loans.size());
    for (LoanFacts loan : loans) {
      if (!loan.interestSubsidyClaimedFirst().equals(Optional.of(StackingScheme.TECH_SME))) {
        kept.add(loan);
      }
    }
    if (kept.size() == loans.size()) {
      return Optional.empty();
    }
    // the first-loan calculator over the other loans, on the profile's enterprise facts as the first-loan evaluator
    // reads them (not the tech-SME request's, which a profile holding no payment at all cannot build)
    BigDecimal leastWithout = kept.isEmpty() ? BigDecimal.ZERO
        : Cny.yuan(FirstLoanCalculator.DEFAULT.explainSubsidy(firstMeasure, FirstLoanRequest.builder()
            .enterprise(profile.enterpriseFacts()).loans(kept).build(), ReceiptChoice.OMIT).amount().minimum(),
            "minimum");
    Side firstSide = new Side(first);
    firstSide.lowerLeast(leastWithout);
    firstSide.contest("/interestPayments");
    MeasureOutcome newFirst = firstSide.outcome();
    if (!firstSide.changed(newFirst)) {
      return Optional.empty();
    }
    Reason note = new Reason(StackingInterestSubsidyRule.CODE, LocalizedText.of(
        "同一笔贷款只能享受一次市级贴息：贷款已先申请科技型中小企业贴息贴保，其利息支付未提供（/interestPayments）："
            + "如其利息获贴息，首贷贴息不适用于该贷款，首贷贴息的下限不计该贷款",
        "one municipal interest subsidy per loan: a loan records the tech-SME subsidy as claimed first, and the "
            + "interest paid is not given (/interestPayments): if the tech-SME subsidy pays on its interest, the "
            + "first-loan subsidy does not apply to it, so the first-loan subsidy's least leaves it out"),
        StackingCalculator.oneSubsidyRule(firstMeasure));
    return Optional.of(new Stacked(StackingOutcomeNotes.withNote(StackingOutcomeNotes.opened(firstSide, newFirst,
        firstMeasure, explain), note, List.of(), explain), tech, Optional.empty()));
  }

  /**
   * Whether the renovation interest subsidy (小升规方案 第十条, {@link RenovationLoanStackingRule}, which runs after this
   * rule) may take a loan from the pair: a renovation interest payment names an open loan, a loan the stacking gave
   * to either subsidy or left open for one of them, no loan, or a loan the profile does not hold. The pair's joint
   * least counts the open loan for one of the two, and a decided loan for the subsidy that took it; the renovation
   * rule, which may then lower either outcome, cannot lower a limit already declared, so none is declared (the two
   * ranges are added: too wide, never too narrow; decisions register §4.6 items 54 and 68).
   */
  static boolean renovationMayTake(List<StackingLoanDecision> contested, List<StackingLoanDecision> decided,
      EnterpriseProfile profile) {
    Set<String> held = new HashSet<>();
    profile.loans().orElse(List.of()).forEach(loan -> held.add(loan.loanId()));
    Set<String> open = new HashSet<>();
    contested.forEach(loan -> open.add(loan.loanId()));
    // a loan either subsidy took, or one still open for one of them alone (its amount waiting on a fact, say): the
    // renovation subsidy may take either from the pair (register §4.6 item 68)
    decided.stream().filter(loan -> loan.applies().isPresent() || loan.ground() == StackingGround.UNDETERMINED)
        .forEach(loan -> open.add(loan.loanId()));
    for (RenovationProject project : profile.renovationProjects().orElse(List.of())) {
      for (RenovationInterestPayment payment : project.interestPayments()) {
        Optional<String> named = payment.loanId();
        if (named.isEmpty() || open.contains(named.get()) || !held.contains(named.get())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The payment lists that open the tech-SME outcome, when they do: the outcome is undetermined, the enrolment is
   * held but its dates miss every known payment (the shared request reads it as not held for the claim), and a
   * payment list is absent. {@link TechSmeEvaluator} then pays the known payments in its most, since a payment of an
   * absent list within the enrolment's dates brings the claim within them (decisions register §1.2 card 000-13,
   * §4.1 item 8b): the stacking reads the enrolment as open on those lists, so that a loan the tech-SME subsidy may
   * pay on is compared with the first-loan subsidy, not given to it as its only candidate.
   *
   * @return the absent lists' pointers; empty when the outcome is not so opened
   */
  private static List<String> openingLists(MeasureOutcome tech, TechSmeRequest shared, EnterpriseProfile profile) {
    if (tech.verdict() != Verdict.UNDETERMINED || !shared.enterprise().enrolledTechSme().equals(Optional.of(false))
        || !profile.enterpriseFacts().enrolledTechSme().equals(Optional.of(true))) {
      return List.of();
    }
    return TechSmeEvaluator.absentLists(profile);
  }

  /**
   * The profile's pointers of a stacking's missing facts; when absent lists open the tech-SME outcome, its
   * enrolment (read as open on them) is those lists.
   */
  private static List<String> profileFacts(List<String> facts, List<String> openingLists) {
    List<String> named = POINTERS.toProfile(facts);
    if (openingLists.isEmpty() || !named.contains("/techSme")) {
      return named;
    }
    LinkedHashSet<String> renamed = new LinkedHashSet<>();
    for (String fact : named) {
      if (fact.equals("/techSme")) {
        renamed.addAll(openingLists);
      } else {
        renamed.add(fact);
      }
    }
    return List.copyOf(renamed);
  }

  /**
   * Runs the stacking over the loans the profile holds and the interest paid on them, {@code left} the loans left to
   * the tech-SME subsidy where the larger would give them to the first-loan subsidy (empty for the plain stacking),
   * {@code sure} the enrolment's dates for a later loan only the tech-SME subsidy takes (register §4.6 item 134; the
   * profile's, or empty where the ways run over enrolment dates not given).
   */
  static StackingResult stackHeld(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest items, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, boolean explain, UnaryOperator<List<String>> profileFacts, Set<String> left,
      Optional<StackingEnrolmentSpan> sure) {
    Optional<StackingOptions> options = precedence == EngineOptions.DEFAULTS.interestSubsidyPrecedence()
        ? Optional.empty() : Optional.of(StackingOptions.DEFAULTS.withPrecedence(precedence));
    return StackingCalculator.DEFAULT.evaluate(firstMeasure, techMeasure,
        StackingRequest.builder().enterprise(items.enterprise()).loans(loans).interest(heldInterest)
            .guaranteeFees(items.guaranteeFees()).insurancePremiums(items.insurancePremiums())
            .programmeTotalReceived(items.programmeTotalReceived()).options(options).build(), explain,
        profileFacts, left, sure);
  }

  /** The tech-SME subsidy's least without the interest on loans the profile does not hold. */
  private static BigDecimal leastWithout(TechSmeMeasure techMeasure, TechSmeRequest items,
      List<TechSmeInterestItem> heldInterest) {
    if (heldInterest.isEmpty() && items.guaranteeFees().isEmpty() && items.insurancePremiums().isEmpty()) {
      return BigDecimal.ZERO;
    }
    TechSmeRequest held = TechSmeRequest.builder().from(items).interest(heldInterest).build();
    return Cny.yuan(TechSmeCalculator.DEFAULT.explainSubsidy(techMeasure, held, ReceiptChoice.OMIT).amount()
        .minimum(), "minimum");
  }
}
