package io.github.huiqi.calculators.classification.size;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;

/**
 * An explained size classification (工信部联企业〔2011〕300号).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param standard  the standard applied
 * @param industry  the industry group the code falls in
 * @param size  the class, empty when the known figures do not decide it
 * @param possibleSizes  the classes the known figures leave possible, largest first; one when decided
 * @param comparisons  every figure compared with every bound of the group, column by column from large to small
 * @param decidingBound  the bound that kept the firm out of the column above its class (empty for a large firm, or
 *     when undetermined)
 * @param missingFacts  the figures whose absence leaves the class undetermined, as JSON Pointers into the request
 *     ({@code /employees}, {@code /revenue}, {@code /totalAssets}); empty when decided
 * @param explanation  the steps, citing the standard
 */
public record SizeResult(
    MeasureId standard,
    SizeIndustry industry,
    Optional<EnterpriseSize> size,
    List<EnterpriseSize> possibleSizes,
    List<SizeComparison> comparisons,
    Optional<SizeComparison> decidingBound,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public SizeResult {
    Args.notNull(standard, "standard");
    Args.notNull(industry, "industry");
    Args.notNullOptional(size, "size");
    possibleSizes = Args.listCopy(possibleSizes, "possibleSizes");
    comparisons = Args.listCopy(comparisons, "comparisons");
    Args.notNullOptional(decidingBound, "decidingBound");
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
  public SizeResult withReceipt(Receipt receipt) {
    return new SizeResult(standard, industry, size, possibleSizes, comparisons, decidingBound, missingFacts,
        explanation.withReceipt(receipt));
  }
}
