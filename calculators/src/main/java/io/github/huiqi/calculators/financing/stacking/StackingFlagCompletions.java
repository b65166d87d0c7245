package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.stacking.StackingSides.Side;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) outcomes while the only facts the open loans wait on are
 * their {@code subsidisedUnderAnotherMunicipalScheme} flags (decisions register §4.6 items 145 and 146), for
 * {@link StackingPairOutcomes}: the stacking's share counts an open loan in the most of each subsidy that may pay on
 * it and in the least of neither, though a flag decides both subsidies at once (subsidised elsewhere, the loan takes
 * neither; not, it takes the one the firm's way gives it). Where nothing else widens the outcomes, the flags'
 * completions, each decided the way the firm takes it ({@link StackingWaysBounds#boundsOverWays}, register §4.6 item
 * 100), give each outcome's least and most exactly: neither too wide nor too narrow.
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingFlagCompletions {

  /** The loan fact the completions vary, as the stacking request's and the profile's pointers end. */
  private static final String FLAG = "/subsidisedUnderAnotherMunicipalScheme";

  private StackingFlagCompletions() {
  }

  /**
   * Sets each side to its least and most over the completions of the open loans' flags, right after the
   * stacking's share ({@link StackingSides#share}), when those flags are all the open loans wait on and the stacking
   * sees every other fact that moves the outcome: the enrolment given ({@code /techSme}), every fee and premium list
   * given, what the programme already paid given, no renovation interest naming a loan the pair may take
   * ({@link StackingPairOutcomes#renovationMayTake}), and {@code seesAll} (the caller's: no payment on a loan not
   * held, no list opening the enrolment, the firm's larger in all not left either way). Each least stays within its
   * outcome's own (a measure open on a fact the stacking does not read may pay nothing); at one figure the flags
   * decide nothing for that outcome, which no longer names them (register §4.6 item 145). Nothing is set when the
   * completions cannot be run (more flags than the budget, a way that leaves a loan open): the share stands, and the
   * widenings after it apply as before.
   *
   * @return whether the sides were set
   */
  static boolean overFlags(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure, TechSmeRequest asGiven,
      StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence, boolean seesAll, Side firstSide, Side techSide,
      UnaryOperator<List<String>> profileFacts) {
    if (!seesAll || firstSide.most == null || techSide.most == null || !StackingCompletions.anyOpen(stacked)
        || profile.techSme().isEmpty() || profile.techSmeSubsidyReceived().isEmpty()
        || !TechSmeEvaluator.absentLists(profile).isEmpty()
        || StackingPairOutcomes.renovationMayTake(List.of(), stacked.loans(), profile)) {
      return false;
    }
    List<String> facts = StackingCompletions.awaited(stacked);
    if (facts.isEmpty() || !facts.stream().allMatch(fact -> fact.startsWith("/loans/") && fact.endsWith(FLAG))) {
      return false;
    }
    Optional<List<BigDecimal>> ways = StackingWaysBounds.boundsOverWays(facts, firstMeasure, techMeasure, asGiven,
        loans, heldInterest, profile, precedence);
    if (ways.isEmpty()) {
      return false;
    }
    List<String> named = profileFacts.apply(facts);
    firstSide.setOverCompletions(ways.get().get(0), ways.get().get(1), named);
    techSide.setOverCompletions(ways.get().get(2), ways.get().get(3), named);
    return true;
  }
}
