package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The ways the firm's larger in all (decisions register §4.6 item 100) takes on one completion of the facts not
 * given, for {@link StackingWaysBounds} and {@link StackingWaysJointLimit}: the plain stacking, unless the claim it
 * leaves the tech-SME subsidy (深工信〔2023〕26号 第13条) misses the enrolment's dates; then the loans left to the
 * tech-SME subsidy ({@link StackingLargerInAll#leftToTechSme}), the first-loan subsidy (第5条) taking them with the
 * enrolment not held, or both when the facts not given may send the firm either way ({@link #waysChosen}). And the
 * budget of those completions ({@link #mostFacts}): each runs the stacking up to 2 + 2^k times.
 * <p>
 * This class holds no state.
 */
final class StackingWaysChosen {

  /**
   * The most runs of the stacking the EITHER case's joint limit may take over the completions of the facts not given
   * ({@link StackingWaysJointLimit#eitherWayLimit}): 2^12, so that one profile stays within a few thousand stackings.
   */
  static final int MOST_RUNS = 4096;

  private StackingWaysChosen() {
  }

  /**
   * The stacking the firm's larger in all chooses (decisions register §4.6 item 100), as
   * {@link StackingPairOutcomes#stack} decides it over the facts given: the plain stacking, unless its claim misses the
   * enrolment's dates; then the loans the larger gave the first-loan subsidy left to the tech-SME subsidy
   * ({@link StackingLargerInAll#leftToTechSme}) when that gives more in all, else the stacking with the enrolment not
   * held. Null when the facts not given may send it either way.
   */
  static StackingResult largerInAllChosen(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
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
  static List<StackingResult> waysChosen(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    Optional<StackingEnrolmentSpan> sure = Optional.of(StackingEnrolmentSpan.of(profile));
    StackingResult plain = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, asGiven, loans, heldInterest,
        precedence, false, UnaryOperator.identity(), Set.of(), sure);
    TechSmeRequest over = StackingEnrolment.enrolmentOverClaimKept(asGiven, plain, loans, profile);
    if (over == asGiven) {
      return List.of(plain);
    }
    StackingResult taken = StackingPairOutcomes.stackHeld(firstMeasure, techMeasure, over, loans, heldInterest,
        precedence, false, UnaryOperator.identity(), Set.of(), sure);
    Optional<StackingResult> left = StackingLargerInAll.leftToTechSme(firstMeasure, techMeasure, asGiven, plain,
        loans, heldInterest, profile, precedence, false, UnaryOperator.identity());
    if (left.isEmpty()) {
      return List.of(taken);
    }
    return switch (StackingLargerInAll.largerInAll(left.get(), taken)) {
      case LEFT -> List.of(left.get());
      case TAKEN -> List.of(taken);
      case EITHER -> List.of(left.get(), taken);
    };
  }

  /**
   * The most facts whose completions keep within {@value #MOST_RUNS} runs of the stacking: each completion runs it up
   * to 2 + 2^k times, k the loans the first-loan subsidy may take and leave (at most
   * {@value StackingLargerInAll#MOST_LEFT}).
   */
  static int mostFacts(List<LoanFacts> loans) {
    int leavable = (int) loans.stream()
        .filter(loan -> !loan.firstDrawdownOfFirstContract().equals(Optional.of(false))
            && !loan.subsidisedUnderAnotherMunicipalScheme().equals(Optional.of(true)))
        .count();
    int perCompletion = 2 + (1 << Math.min(leavable, StackingLargerInAll.MOST_LEFT));
    int mostFacts = 0;
    while (mostFacts < StackingCompletions.MOST_FACTS && (2L << mostFacts) * perCompletion <= MOST_RUNS) {
      mostFacts++;
    }
    return mostFacts;
  }
}
