package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One measure's outcome for one firm of a screening, condensed: verdict, kind of money, amount, missing facts,
 * whether a stacking rule set it aside, and whether the firm's total in reach counts it (the outcome a platform may
 * offer the firm: money to the firm, not ineligible, from a document in force in an open window, not set aside).
 * <p>
 * An outcome set aside ({@link MeasureOutcome#setAside()}: the engine left it out of the firm's total because another
 * outcome holds the same money, such as the Shanghai restatement of a national tax relief for a firm whose region is
 * not known) keeps its verdict and amount, so a reader sees what the measure would give; the population's totals
 * ({@link ScreeningTally}) and the policy sandbox count it apart and add none of its amount, so that one relief is not
 * counted in two measures' costs.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param kind  what the amount is (money to the firm, to its lender, a ceiling, none)
 * @param verdict  the verdict
 * @param minimum  the least amount, CNY (zero when ineligible)
 * @param maximum  the most amount, CNY; empty when there is no upper bound (a floor "不低于")
 * @param missingFacts  the facts whose absence leaves it undetermined, JSON Pointers into the profile
 * @param setAside  whether a stacking rule set it aside from the firm's total ({@link MeasureOutcome#setAside()}):
 *     never for an ineligible outcome
 * @param countedInTotal  whether the engine added it into the firm's total in reach
 *     ({@link MeasureOutcome#countedInTotal()}): false for a ceiling, a lender's compensation or no money, an
 *     ineligible outcome, a closed window or a document not yet in force, a draft, and an outcome set aside
 */
public record ScreeningOutcome(MeasureId measure, AmountKind kind, Verdict verdict, MonetaryAmount minimum,
    Optional<MonetaryAmount> maximum, List<String> missingFacts, boolean setAside, boolean countedInTotal) {

  /**
   * Creates an outcome.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, an ineligible outcome is said to be
   *     set aside, or an outcome counted in the total is ineligible, set aside or not money to the firm
   */
  public ScreeningOutcome {
    Args.notNull(measure, "measure");
    Args.notNull(kind, "kind");
    Args.notNull(verdict, "verdict");
    Args.notNull(minimum, "minimum");
    Args.notNullOptional(maximum, "maximum");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    if (setAside && verdict == Verdict.INELIGIBLE) {
      // an ineligible outcome is out of every total by its verdict: no rule sets it aside
      throw new InvalidInputException("setAside", true, "must be false for an ineligible verdict");
    }
    if (countedInTotal && (verdict == Verdict.INELIGIBLE || setAside || !kind.isBenefitToFirm())) {
      // the engine never adds these to a firm's total (MeasureOutcome.countedInTotal)
      throw new InvalidInputException("countedInTotal", true,
          "must be false for an ineligible verdict, an outcome set aside or an amount that is not the firm's");
    }
  }

  /**
   * Creates an outcome of a measure in force in an open window: counted in the firm's total when it is money to the
   * firm, not ineligible and not set aside.
   *
   * @param measure  the measure
   * @param kind  what the amount is
   * @param verdict  the verdict
   * @param minimum  the least amount, CNY
   * @param maximum  the most amount, CNY; empty when there is no upper bound
   * @param missingFacts  the facts whose absence leaves it undetermined
   * @param setAside  whether a stacking rule set it aside from the firm's total
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or an ineligible outcome is said to
   *     be set aside
   */
  public ScreeningOutcome(MeasureId measure, AmountKind kind, Verdict verdict, MonetaryAmount minimum,
      Optional<MonetaryAmount> maximum, List<String> missingFacts, boolean setAside) {
    this(measure, kind, verdict, minimum, maximum, missingFacts, setAside,
        kind != null && kind.isBenefitToFirm() && verdict != Verdict.INELIGIBLE && !setAside);
  }

  /**
   * Creates an outcome that no stacking rule set aside, of a measure in force in an open window.
   *
   * @param measure  the measure
   * @param kind  what the amount is
   * @param verdict  the verdict
   * @param minimum  the least amount, CNY
   * @param maximum  the most amount, CNY; empty when there is no upper bound
   * @param missingFacts  the facts whose absence leaves it undetermined
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScreeningOutcome(MeasureId measure, AmountKind kind, Verdict verdict, MonetaryAmount minimum,
      Optional<MonetaryAmount> maximum, List<String> missingFacts) {
    this(measure, kind, verdict, minimum, maximum, missingFacts, false);
  }

  /**
   * Condenses an engine outcome, keeping whether a stacking rule set it aside and whether the total counts it.
   *
   * @param outcome  the outcome
   * @return the condensed outcome
   */
  public static ScreeningOutcome of(MeasureOutcome outcome) {
    return new ScreeningOutcome(outcome.measure(), outcome.amountKind(), outcome.verdict(),
        outcome.amount().minimum(), outcome.amount().maximum(), outcome.missingFacts(), outcome.setAside(),
        outcome.countedInTotal());
  }
}
