package io.github.huiqi.calculators.classification.techrating;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.util.Optional;

/**
 * An explained 科技型中小企业 evaluation: the verdict and the three indicator scores.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param eligibility  the verdict, reasons and missing facts (request pointers)
 * @param staffScore  the 科技人员 score (0 to 20), empty if not known
 * @param rdScore  the 研发投入 score (0 to 50), the higher of the two ratios, empty if not known
 * @param ipScore  the 科技成果 score (0 to 30), empty if not known
 * @param totalScore  the sum, empty if a score is not known
 * @param directlyConfirmed  whether a direct route confirmed the firm without the scores
 * @param explanation  the steps, citing the rules
 */
public record TechRatingResult(
    Eligibility eligibility,
    Optional<Integer> staffScore,
    Optional<Integer> rdScore,
    Optional<Integer> ipScore,
    Optional<Integer> totalScore,
    boolean directlyConfirmed,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public TechRatingResult {
    Args.notNull(eligibility, "eligibility");
    Args.notNullOptional(staffScore, "staffScore");
    Args.notNullOptional(rdScore, "rdScore");
    Args.notNullOptional(ipScore, "ipScore");
    Args.notNullOptional(totalScore, "totalScore");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public TechRatingResult withReceipt(Receipt receipt) {
    return new TechRatingResult(eligibility, staffScore, rdScore, ipScore, totalScore, directlyConfirmed,
        explanation.withReceipt(receipt));
  }
}
