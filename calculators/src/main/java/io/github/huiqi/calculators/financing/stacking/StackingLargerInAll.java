package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.financing.stacking.StackingLargerInAll.Larger;
import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The firm's larger in all (decisions register §4.6 item 100), for {@link StackingInterestSubsidyRule}: where the
 * larger decides a loan (under {@code LARGER}, or under {@code FIRST_CLAIMED} with no claim that stands on it) and the
 * claim the stacking leaves the tech-SME subsidy (深工信〔2023〕26号 第13条) misses its enrolment's dates, the firm may
 * instead leave to the tech-SME subsidy loans the first-loan subsidy (第5条) took, so that its claim reaches the
 * enrolment. This class tries those ways ({@link #leftToTechSme}), tells which gives the firm more in all whatever
 * the facts not given ({@link #largerInAll}), widens both outcomes over both ways when those facts may send it
 * either way ({@link #eitherWay}), and then declares the pair's joint limit over the completions of those facts
 * ({@link #eitherWayLimit}; item 85 for the facts deciding nothing; none when the renovation interest subsidy may
 * take a loan of the pair, items 54 and 68). Where the stacking leaves open a loan the first-loan subsidy may take,
 * it works out the tech-SME subsidy's least, and the pair's, over the completions of the facts the loan waits on,
 * each the way the firm then takes ({@link #leastOverCompletions}).
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingLargerInAll {

  /** The most loans the first-loan subsidy took whose every subset {@link #leftToTechSme} tries: 2^8 − 1 runs. */
  private static final int MOST_LEFT = 8;

  /**
   * The most runs of the stacking the EITHER case's joint limit may take over the completions of the facts not given
   * ({@link #eitherWayLimit}): 2^12, so that one profile stays within a few thousand stackings.
   */
  private static final int MOST_RUNS = 4096;

  private StackingLargerInAll() {
  }

  /**
   * Where the larger decides (LARGER, or FIRST_CLAIMED with no claim standing on the loan), when the claim the
   * stacking leaves the tech-SME subsidy misses its enrolment's dates
   * (decisions register §4.6 item 100), the firm's other way: the stacking with the enrolment held and some of the
   * loans the larger gave the first-loan subsidy (those the tech-SME subsidy qualifies on and can pay on) left to the
   * tech-SME subsidy, so that its claim reaches the enrolment. Each non-empty subset of those loans is tried (at most
   * {@value #MOST_LEFT} loans; a firm's first loans are one or a few), kept when the claim it leaves reaches the
   * enrolment as {@link StackingEnrolment#enrolmentOverClaimKept} reads it; of those, the one whose least in all is
   * the largest (then its most, then the first tried).
   *
   * @return that stacking, or empty when there is none
   */
  static Optional<StackingResult> leftToTechSme(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stackedAsGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence,
      boolean explain, UnaryOperator<List<String>> profileFacts) {
    List<String> taken = new ArrayList<>();
    for (StackingLoanDecision loan : stackedAsGiven.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)) && byTheLarger(loan)
          && loan.techSmeVerdict() == Verdict.ELIGIBLE && loan.techSmeCandidate().isPositive()) {
        taken.add(loan.loanId());
      }
    }
    if (taken.isEmpty() || taken.size() > MOST_LEFT) {
      return Optional.empty();
    }
    StackingResult best = null;
    InAll bestInAll = null;
    for (int mask = 1; mask < 1 << taken.size(); mask++) {
      Set<String> left = new HashSet<>();
      for (int i = 0; i < taken.size(); i++) {
        if ((mask & 1 << i) != 0) {
          left.add(taken.get(i));
        }
      }
      StackingResult run = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
          precedence, explain, profileFacts, left);
      if (StackingEnrolment.enrolmentOverClaimKept(asGiven, run, loans, profile) != asGiven) {
        continue;
      }
      InAll inAll = InAll.of(run);
      if (best == null || inAll.least().compareTo(bestInAll.least()) > 0
          || inAll.least().compareTo(bestInAll.least()) == 0 && inAll.most().compareTo(bestInAll.most()) > 0) {
        best = run;
        bestInAll = inAll;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * With the tech-SME enrolment not given ({@code /techSme} absent), a completion may be enrolled with dates that the
   * claim the stacking leaves the tech-SME subsidy misses; the firm then keeps the larger in all (decisions register
   * §4.6 items 100 and 110) and may leave to the tech-SME subsidy the loans the larger gave the first-loan subsidy.
   * Each side is widened over the ways with some of those loans left (the tech-SME subsidy paying on them,
   * enrolled; each non-empty subset of at most {@value #MOST_LEFT} loans, else all of them) that may give the firm
   * more in all than the first-loan subsidy taking them with the claim kept paying nothing: the first-loan subsidy's
   * least to its least total over them, the tech-SME subsidy's most to its most, both naming {@code /techSme}; only
   * when the tech-SME claim keeps a payment without them (else no date makes it miss the enrolment while they bring
   * it within). Too wide, never too narrow: which loans the firm leaves turns on
   * dates not given.
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
          firstSide, techSide, List.of("/techSme"), BigDecimal.ZERO);
    }
    // the ways kept with what the lists may add are a superset of those kept without: one run over them all, not the
    // ways without the lists alone whenever those find one (a subset the known claim leaves empty would be missed)
    List<String> named = new ArrayList<>(List.of("/techSme"));
    named.addAll(absentLists);
    return widenForAbsentListDates(firstMeasure, techMeasure, asGiven, stacked, loans, heldInterest, precedence,
        firstSide, techSide, named, listsMost);
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
   * @return whether any loan could be so left (both sides then widened)
   */
  static boolean widenForAbsentListDates(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      StackingPrecedence precedence, Side firstSide, Side techSide, List<String> named, BigDecimal listsMost) {
    Set<String> left = new HashSet<>();
    for (StackingLoanDecision loan : stacked.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)) && byTheLarger(loan)
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
    // when that may give it more in all; each non-empty subset of them is tried (at most MOST_LEFT loans, else all)
    TechSmeRequest notEnrolled = TechSmeRequest.builder().from(asGiven).enterprise(EnterpriseFacts.builder()
        .from(asGiven.enterprise()).enrolledTechSme(false).build()).build();
    BigDecimal takenLeast = InAll.of(StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, notEnrolled, loans,
        heldInterest, precedence, false, UnaryOperator.identity(), Set.of())).least();
    BigDecimal capsLeft = Cny.positiveYuan(techMeasure.capPerEnterprisePerYear().value(), "capPerEnterprisePerYear")
        .min(Cny.positiveYuan(techMeasure.capPerEnterpriseOverProgramme().value(), "capPerEnterpriseOverProgramme")
            .subtract(Cny.yuan(asGiven.programmeTotalReceived(), "programmeTotalReceived")));
    List<String> ids = List.copyOf(left);
    BigDecimal firstLeast = null;
    BigDecimal techMost = null;
    int subsets = ids.size() > MOST_LEFT ? 1 : (1 << ids.size()) - 1;
    for (int mask = 1; mask <= subsets; mask++) {
      Set<String> leaving = new HashSet<>();
      for (int i = 0; i < ids.size(); i++) {
        if (ids.size() > MOST_LEFT || (mask & 1 << i) != 0) {
          leaving.add(ids.get(i));
        }
      }
      StackingResult run = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, enrolled, loans, heldInterest,
          precedence, false, UnaryOperator.identity(), leaving);
      BigDecimal tech = run.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO);
      // what the absent lists may add, within what the yearly and programme caps leave above the run's own most
      BigDecimal added = listsMost.min(capsLeft.subtract(tech)).max(BigDecimal.ZERO);
      if (InAll.of(run).most().add(added).compareTo(takenLeast) <= 0) {
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

  /** Whether the larger decided the loan: under LARGER, or under FIRST_CLAIMED with no claim that stands on it. */
  private static boolean byTheLarger(StackingLoanDecision loan) {
    return loan.ground() == StackingGround.LARGER || loan.ground() == StackingGround.NO_CLAIM_LARGER;
  }

  /** The firm's least and most in all from a stacking, in yuan. */
  private record InAll(BigDecimal least, BigDecimal most) {

    /**
     * The two measures' stacked totals, and their maxima plus what each may pay on every loan whose choice is open
     * (too wide).
     */
    static InAll of(StackingResult stacked) {
      BigDecimal most = stacked.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum"))
          .orElse(BigDecimal.ZERO)
          .add(stacked.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO));
      for (StackingLoanDecision loan : stacked.loans()) {
        if (loan.ground() == StackingGround.UNDETERMINED) {
          most = most.add(StackingSides.mayPay(loan.firstLoanVerdict(), loan.firstLoanCandidate())
              ? Cny.yuan(loan.firstLoanCandidate(), "candidate") : BigDecimal.ZERO);
          most = most.add(StackingSides.mayPay(loan.techSmeVerdict(), loan.techSmeCandidate())
              ? Cny.yuan(loan.techSmeCandidate(), "candidate") : BigDecimal.ZERO);
        }
      }
      return new InAll(Cny.yuan(stacked.total(), "total"), most);
    }
  }

  /** Which way gives the firm more in all (decisions register §4.6 item 100). */
  enum Larger {
    /** The loans left to the tech-SME subsidy, whatever the facts not given. */
    LEFT,
    /** The loans taken by the first-loan subsidy, whatever the facts not given (or no other way). */
    TAKEN,
    /** Either, as the facts not given fall. */
    EITHER
  }

  /**
   * Which way gives the firm more in all: the loans left to the tech-SME subsidy when their least in all is above the
   * other way's most; the first-loan subsidy's taking them when its least is no less than the other's most (a tie
   * keeps the larger's own choice, the first-loan subsidy, as item 10's tie); else either.
   */
  static Larger largerInAll(StackingResult left, StackingResult taken) {
    InAll leftInAll = InAll.of(left);
    InAll takenInAll = InAll.of(taken);
    if (leftInAll.least().compareTo(takenInAll.most()) > 0) {
      return Larger.LEFT;
    }
    return takenInAll.least().compareTo(leftInAll.most()) >= 0 ? Larger.TAKEN : Larger.EITHER;
  }

  /**
   * Widens both sides, set from the stacking {@code taken}, to cover the stacking {@code left} too, naming the facts
   * either awaits, and returns the words of the note: too wide, never too narrow (as register §4.6 item 96 reads an
   * open choice).
   */
  static LocalizedText eitherWay(StackingResult left, StackingResult taken, MeasureOutcome first,
      MeasureOutcome tech, Side firstSide, Side techSide, UnaryOperator<List<String>> profileFacts) {
    Side firstLeft = new Side(first);
    Side techLeft = new Side(tech);
    StackingSides.share(left, firstLeft, techLeft, profileFacts);
    LinkedHashSet<String> facts = new LinkedHashSet<>(profileFacts.apply(taken.missingFacts()));
    facts.addAll(profileFacts.apply(left.missingFacts()));
    List<String> named = List.copyOf(facts);
    firstSide.widenTo(firstLeft.least, firstLeft.most, named);
    techSide.widenTo(techLeft.least, techLeft.most, named);
    List<String> loansLeft = new ArrayList<>();
    for (StackingLoanDecision loan : left.loans()) {
      if (loan.applies().equals(Optional.of(StackingScheme.TECH_SME)) && byTheLarger(loan)
          && taken.loans().stream().anyMatch(other -> other.loanId().equals(loan.loanId())
              && other.applies().equals(Optional.of(StackingScheme.FIRST_LOAN)))) {
        loansLeft.add(loan.loanId());
      }
    }
    return LocalizedText.of("贷款 " + String.join("、", loansLeft) + " 如留给科技型中小企业贴息，其申报的利息方达到"
        + "入库日期；企业合计以哪种安排较大，取决于未提供的信息：" + String.join("、", named),
        "were loan(s) " + String.join(", ", loansLeft) + " left to the tech-SME subsidy, its claim "
        + "would reach the enrolment's dates; which way gives the firm more in all waits on facts not given: "
        + String.join(", ", named));
  }

  /**
   * The stacking the firm's larger in all chooses (decisions register §4.6 item 100), as
   * {@link StackingPairOutcomes#stack} decides it over the facts given: the plain stacking, unless its claim misses the
   * enrolment's dates; then the loans the larger gave the first-loan subsidy left to the tech-SME subsidy
   * ({@link #leftToTechSme}) when that gives more in all, else the stacking with the enrolment not held. Null when the
   * facts not given may send it either way.
   */
  private static StackingResult largerInAllChosen(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    List<StackingResult> ways = waysChosen(firstMeasure, techMeasure, asGiven, loans, heldInterest, profile,
        precedence);
    return ways.size() == 1 ? ways.get(0) : null;
  }

  /**
   * The stackings the firm's larger in all may choose over the facts given, as {@link #largerInAllChosen} decides:
   * the one chosen, or the two ways (left, taken) when the facts not given may send it either way.
   */
  private static List<StackingResult> waysChosen(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    StackingResult plain = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
        precedence, false, UnaryOperator.identity(), Set.of());
    TechSmeRequest over = StackingEnrolment.enrolmentOverClaimKept(asGiven, plain, loans, profile);
    if (over == asGiven) {
      return List.of(plain);
    }
    StackingResult taken = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, over, loans, heldInterest,
        precedence, false, UnaryOperator.identity(), Set.of());
    Optional<StackingResult> left = leftToTechSme(firstMeasure, techMeasure, asGiven, plain, loans, heldInterest,
        profile, precedence, false, UnaryOperator.identity());
    if (left.isEmpty()) {
      return List.of(taken);
    }
    return switch (largerInAll(left.get(), taken)) {
      case LEFT -> List.of(left.get());
      case TAKEN -> List.of(taken);
      case EITHER -> List.of(left.get(), taken);
    };
  }

  /**
   * The tech-SME subsidy's least, and the pair's, over every completion of the facts the open loans of a stacking wait
   * on, each completion decided as the facts given would decide it (the firm's larger in all, decisions register §4.6
   * item 100; either way when it may go either way): for a stacking whose open loans the first-loan subsidy may take,
   * leaving the tech-SME claim outside the enrolment's dates ({@link StackingEnrolment#openLoansMayCostEnrolment}).
   * Empty when the completions cannot be run (the budget of {@link #eitherWayLimit}; a fact not yes/no; a completion
   * still open): the tech-SME subsidy's least is then zero.
   *
   * @return the leasts, or empty
   */
  static Optional<LeastOver> leastOverCompletions(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    List<String> facts = StackingCompletions.awaited(stacked);
    return StackingCompletions.leastOver(facts, asGiven.enterprise(), loans,
        (enterprise, completed) -> leasts(waysChosen(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(asGiven).enterprise(enterprise).build(), completed, heldInterest, profile,
            precedence)), mostFacts(loans))
        .map(least -> new LeastOver(StackingPairOutcomes.POINTERS.toProfile(facts), least.get(0), least.get(1)));
  }

  /**
   * The pair's joint limit over the same completions as {@link #leastOverCompletions}, for a stacking whose open loans
   * the first-loan subsidy may take, leaving the tech-SME claim outside the enrolment's dates: from the least to the
   * most of the sums the firm gets, each completion decided as the facts given would decide it (decisions register §4.6
   * item 100). Item 49's most, the open loans to the first-loan subsidy with the tech-SME subsidy's most without them,
   * counts the tech-SME payments left as enrolled, which in that completion they are not; the completions' most does
   * not (too wide, never too narrow, becomes neither). Empty when the completions cannot be run (as
   * {@link #eitherWayLimit}), a completion leaves the choice open between ways, or the outcomes name a fact the
   * completions do not vary: item 49's limit then stands.
   *
   * @param loanIds  the loans the stacking left open between the two subsidies
   * @return the limit, or empty
   */
  static Optional<JointLimit> openLoansLimit(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence, List<String> loanIds, MeasureOutcome newFirst,
      MeasureOutcome newTech) {
    return inAllOver(StackingCompletions.awaited(stacked), firstMeasure, techMeasure, asGiven, loans, heldInterest,
        profile, precedence).flatMap(inAll -> limitOver(inAll, firstMeasure, loanIds, newFirst, newTech));
  }

  /** The sums the firm gets over every completion of the facts, each decided as {@link #largerInAllChosen} does. */
  private static Optional<StackingCompletions.InAll> inAllOver(List<String> facts, FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, TechSmeRequest asGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence) {
    // each completion runs the stacking up to 2 + 2^k times (k the loans the first-loan subsidy may take and leave):
    // at most MOST_RUNS runs in all
    return StackingCompletions.inAllOver(facts, asGiven.enterprise(), loans, (enterprise, completed) ->
        largerInAllChosen(firstMeasure, techMeasure, TechSmeRequest.builder().from(asGiven).enterprise(enterprise)
            .build(), completed, heldInterest, profile, precedence), mostFacts(loans));
  }

  /**
   * The pair's joint limit from the least to the most of the completions' sums, with the facts whose every value
   * leaves both unchanged (item 85); empty when the outcomes name a fact the completions do not vary.
   */
  private static Optional<JointLimit> limitOver(StackingCompletions.InAll inAll, FirstLoanMeasure firstMeasure,
      List<String> loanIds, MeasureOutcome newFirst, MeasureOutcome newTech) {
    List<String> varied = StackingPairOutcomes.POINTERS.toProfile(inAll.facts());
    LinkedHashSet<String> named = new LinkedHashSet<>(newFirst.missingFacts());
    named.addAll(newTech.missingFacts());
    if (!varied.containsAll(named)) {
      return Optional.empty();
    }
    Optional<JointLimit> limit = StackingJointLimits.ofWays(firstMeasure, loanIds, newFirst, newTech, inAll, varied);
    // only facts the outcomes name, and never all of them: a width no fact moves stays shared among them all
    List<String> nothing = StackingPairOutcomes.POINTERS.toProfile(inAll.decidingNothing()).stream()
        .filter(named::contains).toList();
    return nothing.size() == named.size() ? limit
        : limit.map(declared -> StackingJointLimits.withFactsDecidingNothing(declared, nothing));
  }

  /**
   * Each outcome's least and most over every completion of the facts, each completion decided as the facts given
   * would decide it (the firm's larger in all, decisions register §4.6 item 100; both ways when it may go either way),
   * for the completions a cap that can bind calls for (§4.6 items 52 and 110): the per-loan stacking alone keeps, in a
   * completion, a claim that misses the enrolment's dates as enrolled, and a loan the tech-SME subsidy then pays
   * nothing on with it.
   *
   * @param facts  the facts to complete, as stacking request pointers
   * @return the first-loan least and most and the tech-SME least and most, in yuan; empty when the completions cannot
   *     be run (the budget of {@link #eitherWayLimit}, a fact not yes/no, a way that leaves a loan open)
   */
  static Optional<List<BigDecimal>> boundsOverWays(List<String> facts, FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, TechSmeRequest asGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence) {
    // the maxima taken as the least of their negations, so that one pass over the completions gives all four
    return StackingCompletions.leastOver(facts, asGiven.enterprise(), loans,
        (enterprise, completed) -> bounds(waysChosen(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(asGiven).enterprise(enterprise).build(), completed, heldInterest, profile,
            precedence)), mostFacts(loans))
        .map(least -> List.of(least.get(0), least.get(1).negate(), least.get(2), least.get(3).negate()));
  }

  /**
   * Over the ways: the least first-loan total, the most first-loan amount negated, the least tech-SME total and the
   * most tech-SME amount negated, in yuan; empty if a way leaves a loan open.
   */
  private static Optional<List<BigDecimal>> bounds(List<StackingResult> ways) {
    List<BigDecimal> bounds = null;
    for (StackingResult way : ways) {
      if (StackingCompletions.anyOpen(way)) {
        return Optional.empty();
      }
      List<BigDecimal> one = List.of(Cny.yuan(way.firstLoanTotal(), "firstLoanTotal"),
          way.firstLoan().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO).negate(),
          Cny.yuan(way.techSmeTotal(), "techSmeTotal"),
          way.techSme().map(r -> Cny.yuan(r.amount().maximum(), "maximum")).orElse(BigDecimal.ZERO).negate());
      if (bounds == null) {
        bounds = new ArrayList<>(one);
      } else {
        for (int i = 0; i < bounds.size(); i++) {
          bounds.set(i, bounds.get(i).min(one.get(i)));
        }
      }
    }
    return bounds == null ? Optional.empty() : Optional.of(List.copyOf(bounds));
  }

  /**
   * The least over the ways of the tech-SME total and of the two totals added, in yuan; empty if a way leaves a loan
   * open.
   */
  private static Optional<List<BigDecimal>> leasts(List<StackingResult> ways) {
    BigDecimal tech = null;
    BigDecimal pair = null;
    for (StackingResult way : ways) {
      if (StackingCompletions.anyOpen(way)) {
        return Optional.empty();
      }
      BigDecimal techTotal = Cny.yuan(way.techSmeTotal(), "techSmeTotal");
      BigDecimal total = Cny.yuan(way.total(), "total");
      tech = tech == null ? techTotal : tech.min(techTotal);
      pair = pair == null ? total : pair.min(total);
    }
    return tech == null ? Optional.empty() : Optional.of(List.of(tech, pair));
  }

  /**
   * The leasts over the completions of the facts, in yuan.
   *
   * @param facts  the facts completed, as profile pointers
   * @param tech  the tech-SME subsidy's least
   * @param pair  the two subsidies' least together
   */
  record LeastOver(List<String> facts, BigDecimal tech, BigDecimal pair) {
  }

  /**
   * The most facts whose completions keep within {@value #MOST_RUNS} runs of the stacking: each completion runs it up
   * to 2 + 2^k times, k the loans the first-loan subsidy may take and leave (at most {@value #MOST_LEFT}).
   */
  private static int mostFacts(List<LoanFacts> loans) {
    int leavable = (int) loans.stream()
        .filter(loan -> !loan.firstDrawdownOfFirstContract().equals(Optional.of(false))
            && !loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true)))
        .count();
    int perCompletion = 2 + (1 << Math.min(leavable, MOST_LEFT));
    int mostFacts = 0;
    while (mostFacts < StackingCompletions.MOST_FACTS && (2L << mostFacts) * perCompletion <= MOST_RUNS) {
      mostFacts++;
    }
    return mostFacts;
  }

  /**
   * The pair's joint limit when the facts not given may send the firm's larger in all either way (decisions register
   * §4.6 item 100): each outcome then covers both ways, so their maxima added count the loans the ways differ on
   * twice, though the firm gets one way's sum. The stacking is run on every completion of the facts the two ways wait
   * on, each completion decided as the facts given would decide it ({@link #largerInAllChosen}), and the pair is
   * counted from the least of the completions' sums to the most ({@link StackingJointLimits#ofWays}), with the facts
   * whose every value leaves both unchanged ({@link JointLimit#factsDecidingNothing()}, item 85).
   * <p>
   * None when the completions cannot be run (more than {@value StackingCompletions#MOST_FACTS} facts, or more runs
   * of the stacking than {@value #MOST_RUNS}, each completion running it up to 2 + 2^k times for the k loans the
   * first-loan subsidy may take and leave; a fact not yes/no; a completion left open between the ways), when the
   * outcomes name a fact the completions do not vary (their own facts, such as the region), or when the renovation
   * interest subsidy may take a loan of the pair (items 54 and 68): the two ranges are then added, as before, too
   * wide, never too narrow.
   *
   * @return the limit, or empty
   */
  static Optional<JointLimit> eitherWayLimit(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult taken, StackingResult left, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence,
      MeasureOutcome newFirst, MeasureOutcome newTech) {
    List<StackingLoanDecision> contested = new ArrayList<>(StackingJointLimits.contestedLoans(taken));
    contested.addAll(StackingJointLimits.contestedLoans(left));
    List<StackingLoanDecision> decided = new ArrayList<>(taken.loans());
    decided.addAll(left.loans());
    if (StackingPairOutcomes.renovationMayTake(contested, decided, profile)) {
      return Optional.empty();
    }
    LinkedHashSet<String> facts = new LinkedHashSet<>(taken.missingFacts());
    facts.addAll(left.missingFacts());
    // the loans the two ways send to different subsidies, or leave open between them (a loan open between one
    // subsidy and none is no choice between the two)
    Set<String> open = new HashSet<>();
    contested.forEach(loan -> open.add(loan.loanId()));
    List<String> loanIds = new ArrayList<>();
    for (StackingLoanDecision loan : taken.loans()) {
      Optional<StackingLoanDecision> other = left.loans().stream()
          .filter(candidate -> candidate.loanId().equals(loan.loanId())).findFirst();
      boolean differ = other.isPresent() && other.get().applies().isPresent() && loan.applies().isPresent()
          && !other.get().applies().equals(loan.applies());
      if (differ || open.contains(loan.loanId())) {
        loanIds.add(loan.loanId());
      }
    }
    return inAllOver(List.copyOf(facts), firstMeasure, techMeasure, asGiven, loans, heldInterest, profile, precedence)
        .flatMap(inAll -> limitOver(inAll, firstMeasure, loanIds, newFirst, newTech));
  }
}
