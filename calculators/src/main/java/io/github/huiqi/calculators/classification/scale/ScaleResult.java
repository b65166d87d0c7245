package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
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
 * A code too coarse to name one category ({@code F}, {@code H}, {@code K}, {@code K70}, {@code Q}) is tested under
 * every category or tier it may fall in, each listed in {@code alternatives} (decisions register §4.6 item 140): the
 * answer when all give it, else undetermined naming {@code /industryCode}. Such a result's {@code category} is the
 * first alternative's (the lowest code: {@code F} gives 批发业), and its {@code threshold} the one all alternatives
 * apply, empty when they differ.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param category  the category of the unit's industry (for a coarse code, the first alternative's)
 * @param year  the year tested
 * @param aboveScale  whether the unit is above designated size, empty when undetermined
 * @param threshold  the least revenue applied, CNY, empty for the categories that need a qualification instead and
 *     for a coarse code whose alternatives apply different thresholds
 * @param missingFacts  the request's facts whose absence leaves it undetermined ({@code /revenue},
 *     {@code /qualificationHeld}, {@code /stateOwned}; {@code /industryCode} for a coarse code whose alternatives
 *     may answer differently)
 * @param explanation  the steps, citing the rules
 * @param alternatives  the categories or tiers a code too coarse to name one may fall in, in code order, each with
 *     its answer; empty (and left out of the JSON) for a code that names one
 */
public record ScaleResult(
    ScaleCategory category,
    int year,
    Optional<Boolean> aboveScale,
    Optional<MonetaryAmount> threshold,
    List<String> missingFacts,
    Explanation explanation,
    @JsonInclude(JsonInclude.Include.NON_EMPTY) List<ScaleAlternative> alternatives) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field other than {@code alternatives} is null (a
   *     null list is none)
   */
  @JsonCreator
  public ScaleResult {
    Args.notNull(category, "category");
    Args.notNullOptional(aboveScale, "aboveScale");
    Args.notNullOptional(threshold, "threshold");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNull(explanation, "explanation");
    alternatives = alternatives == null ? List.of() : Args.listCopy(alternatives, "alternatives");
  }

  /**
   * Creates the result of a code that names one category: no alternatives.
   *
   * @param category  the category of the unit's industry
   * @param year  the year tested
   * @param aboveScale  whether the unit is above designated size, empty when undetermined
   * @param threshold  the least revenue applied, CNY, empty for the categories that need a qualification instead
   * @param missingFacts  the request's facts whose absence leaves it undetermined
   * @param explanation  the steps, citing the rules
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScaleResult(ScaleCategory category, int year, Optional<Boolean> aboveScale,
      Optional<MonetaryAmount> threshold, List<String> missingFacts, Explanation explanation) {
    this(category, year, aboveScale, threshold, missingFacts, explanation, List.of());
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public ScaleResult withReceipt(Receipt receipt) {
    return new ScaleResult(category, year, aboveScale, threshold, missingFacts, explanation.withReceipt(receipt),
        alternatives);
  }
}
