package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) pair's joint limit over the ways the firm's larger in
 * all (decisions register §4.6 item 100) takes on every completion of the facts not given ({@link StackingWaysChosen}),
 * for {@link StackingPairOutcomes}: when those facts may send the firm either way ({@link #eitherWayLimit}), and when
 * the stacking leaves open loans the first-loan subsidy may take, leaving the tech-SME claim outside the enrolment's
 * dates ({@link #openLoansLimit}); with the facts deciding nothing (item 85). None when the completions cannot be
 * run: the two ranges are then added, too wide, never too narrow.
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingWaysJointLimit {

  private StackingWaysJointLimit() {
  }

  /**
   * The pair's joint limit over the same completions as {@link StackingWaysBounds#leastOverCompletions}, for a stacking
   * whose open loans the first-loan subsidy may take, leaving the tech-SME claim outside the enrolment's dates: from
   * the least to the most of the sums the firm gets, each completion decided as the facts given would decide it
   * (decisions register §4.6 item 100). Item 49's most, the open loans to the first-loan subsidy with the tech-SME
   * subsidy's most without them, counts the tech-SME payments left as enrolled, which in that completion they are not;
   * the completions' most does not (too wide, never too narrow, becomes neither). Empty when the completions cannot be
   * run (as {@link #eitherWayLimit}), a completion leaves the choice open between ways, or the outcomes name a fact the
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

  /**
   * The sums the firm gets over every completion of the facts, each decided as
   * {@link StackingWaysChosen#largerInAllChosen} does.
   */
  private static Optional<StackingCompletions.InAll> inAllOver(List<String> facts, FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, TechSmeRequest asGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence) {
    // each completion runs the stacking up to 2 + 2^k times (k the loans the first-loan subsidy may take and leave):
    // at most StackingWaysChosen.MOST_RUNS runs in all
    return StackingCompletions.inAllOver(facts, asGiven.enterprise(), loans, (enterprise, completed) ->
        StackingWaysChosen.largerInAllChosen(firstMeasure, techMeasure, TechSmeRequest.builder().from(asGiven)
            .enterprise(enterprise).build(), completed, heldInterest, profile, precedence),
        StackingWaysChosen.mostFacts(loans));
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
   * The pair's joint limit when the facts not given may send the firm's larger in all either way (decisions register
   * §4.6 item 100): each outcome then covers both ways, so their maxima added count the loans the ways differ on twice,
   * though the firm gets one way's sum. The stacking is run on every completion of the facts the two ways wait on, each
   * completion decided as the facts given would decide it ({@link StackingWaysChosen#largerInAllChosen}), and the pair
   * is counted from the least of the completions' sums to the most ({@link StackingJointLimits#ofWays}), with the facts
   * whose every value leaves both unchanged ({@link JointLimit#factsDecidingNothing()}, item 85).
   * <p>
   * None when the completions cannot be run (more than {@value StackingCompletions#MOST_FACTS} facts, or more runs of
   * the stacking than {@value StackingWaysChosen#MOST_RUNS}, each completion running it up to 2 + 2^k times for the k
   * loans the first-loan subsidy may take and leave; a fact not yes/no; a completion left open between the ways), when
   * the outcomes name a fact the completions do not vary (their own facts, such as the region), or when the renovation
   * interest subsidy may take a loan of the pair (items 54 and 68): the two ranges are then added, as before, too wide,
   * never too narrow.
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
