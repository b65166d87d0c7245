package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * An explained "四上" test: the category, whether the unit is above designated size, and the threshold applied.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param category  the category of the unit's industry
 * @param year  the year tested
 * @param aboveScale  whether the unit is above designated size, empty when undetermined
 * @param threshold  the least revenue applied, CNY, empty for the categories that need a qualification instead
 * @param missingFacts  the request's facts whose absence leaves it undetermined ({@code /revenue},
 *     {@code /qualificationHeld}, {@code /stateOwned})
 * @param explanation  the steps, citing the rules
 */
public record ScaleResult(
    ScaleCategory category,
    int year,
    Optional<Boolean> aboveScale,
    Optional<MonetaryAmount> threshold,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScaleResult {
    Args.notNull(category, "category");
    Args.notNullOptional(aboveScale, "aboveScale");
    Args.notNullOptional(threshold, "threshold");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ScaleResult withReceipt(Receipt receipt) {
    return new ScaleResult(category, year, aboveScale, threshold, missingFacts, explanation.withReceipt(receipt));
  }
}
