package io.github.huiqi.calculators.financing.stacking;

import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Each outcome's least and most over the ways the firm's larger in all (decisions register §4.6 item 100) takes on
 * every completion of the facts the open loans wait on ({@link StackingWaysChosen}), for
 * {@link StackingCompletionBounds} (items 52 and 110) and {@link StackingEnrolment} (item 117): the first-loan
 * (深工信〔2023〕26号 第5条) and tech-SME (第13条) totals and maxima ({@link #boundsOverWays}), and the tech-SME
 * subsidy's least and the pair's ({@link #leastOverCompletions}). Empty when the completions cannot be run (more facts
 * than {@link StackingWaysChosen#mostFacts} allows, a fact not yes/no, a way that leaves a loan open): the callers then
 * widen from zero to the outcome's own most, too wide, never too narrow.
 * <p>
 * Amounts are in yuan, at the fen as the stacking gives them; nothing is rounded here. This class holds no state.
 */
final class StackingWaysBounds {

  private StackingWaysBounds() {
  }

  /**
   * The tech-SME subsidy's least, and the pair's, over every completion of the facts the open loans of a stacking wait
   * on, each completion decided as the facts given would decide it (the firm's larger in all, decisions register §4.6
   * item 100; either way when it may go either way): for a stacking whose open loans the first-loan subsidy may take,
   * leaving the tech-SME claim outside the enrolment's dates ({@link StackingEnrolment#openLoansMayCostEnrolment}).
   * Empty when the completions cannot be run (the budget of {@link StackingWaysJointLimit#eitherWayLimit}; a fact not
   * yes/no; a completion still open): the tech-SME subsidy's least is then zero.
   *
   * @return the leasts, or empty
   */
  static Optional<LeastOver> leastOverCompletions(FirstLoanMeasure firstMeasure, TechSmeMeasure techMeasure,
      TechSmeRequest asGiven, StackingResult stacked, List<LoanFacts> loans, List<TechSmeInterestItem> heldInterest,
      EnterpriseProfile profile, StackingPrecedence precedence) {
    List<String> facts = StackingCompletions.awaited(stacked);
    return StackingCompletions.leastOver(facts, asGiven.enterprise(), loans,
        (enterprise, completed) -> leasts(StackingWaysChosen.waysChosen(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(asGiven).enterprise(enterprise).build(), completed, heldInterest, profile,
            precedence)), StackingWaysChosen.mostFacts(loans))
        .map(least -> new LeastOver(StackingPairOutcomes.POINTERS.toProfile(facts), least.get(0), least.get(1)));
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
   *     be run (the budget of {@link StackingWaysJointLimit#eitherWayLimit}, a fact not yes/no, a way that leaves a
   *     loan open)
   */
  static Optional<List<BigDecimal>> boundsOverWays(List<String> facts, FirstLoanMeasure firstMeasure,
      TechSmeMeasure techMeasure, TechSmeRequest asGiven, List<LoanFacts> loans,
      List<TechSmeInterestItem> heldInterest, EnterpriseProfile profile, StackingPrecedence precedence) {
    // the maxima taken as the least of their negations, so that one pass over the completions gives all four
    return StackingCompletions.leastOver(facts, asGiven.enterprise(), loans,
        (enterprise, completed) -> bounds(StackingWaysChosen.waysChosen(firstMeasure, techMeasure,
            TechSmeRequest.builder().from(asGiven).enterprise(enterprise).build(), completed, heldInterest, profile,
            precedence)), StackingWaysChosen.mostFacts(loans))
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
}
