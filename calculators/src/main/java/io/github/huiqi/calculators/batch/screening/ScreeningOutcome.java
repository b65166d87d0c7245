package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One measure's outcome for one firm of a screening, condensed: verdict, kind of money, amount and missing facts.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure
 * @param kind  what the amount is (money to the firm, to its lender, a ceiling, none)
 * @param verdict  the verdict
 * @param minimum  the least amount, CNY (zero when ineligible)
 * @param maximum  the most amount, CNY; empty when there is no upper bound (a floor "不低于")
 * @param missingFacts  the facts whose absence leaves it undetermined, JSON Pointers into the profile
 */
public record ScreeningOutcome(MeasureId measure, AmountKind kind, Verdict verdict, MonetaryAmount minimum,
    Optional<MonetaryAmount> maximum, List<String> missingFacts) {

  /**
   * Creates an outcome.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScreeningOutcome {
    Args.notNull(measure, "measure");
    Args.notNull(kind, "kind");
    Args.notNull(verdict, "verdict");
    Args.notNull(minimum, "minimum");
    Args.notNullOptional(maximum, "maximum");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
  }

  /**
   * Condenses an engine outcome.
   *
   * @param outcome  the outcome
   * @return the condensed outcome
   */
  public static ScreeningOutcome of(MeasureOutcome outcome) {
    return new ScreeningOutcome(outcome.measure(), outcome.amountKind(), outcome.verdict(),
        outcome.amount().minimum(), outcome.amount().maximum(), outcome.missingFacts());
  }
}
