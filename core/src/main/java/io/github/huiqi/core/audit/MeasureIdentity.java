package io.github.huiqi.core.audit;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Measure;

/**
 * The identity of one measure as a calculator's result used it: its id, its document, and the SHA-256 of its
 * canonical JSON (every parameter, citation and date of the model, whatever pack it was loaded from or whether it was
 * built in Java).
 * <p>
 * A calculator takes the measure as an argument, so the measure's own hash is what identifies the policy data it
 * ran on; a receipt also names the pack that holds the measure when it is the built-in one ({@link PackIdentity}).
 * <pre>{@code
 * MeasureIdentity identity = MeasureIdentity.of(PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023));
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure's id, such as {@code sz-gxj-2023-26.first-loan-interest-subsidy}, or the id of a
 *     standard that is not a measure of a pack, such as {@code above-scale-standard}
 * @param document  the id of the measure's document, such as {@code sz-gxj-2023-26}, or the data file of a
 *     standard, such as {@code above-scale-standard.json}
 * @param sha256  the SHA-256 of the measure's canonical JSON, 64 lower-case hexadecimal digits
 */
public record MeasureIdentity(String measure, String document, String sha256) {

  /**
   * Creates an identity.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or blank, or the hash is not 64
   *     lower-case hexadecimal digits
   */
  public MeasureIdentity {
    Args.notBlank(measure, "measure");
    Args.notBlank(document, "document");
    Sha256.requireHex(sha256, "sha256");
  }

  /**
   * Obtains the identity of a measure: its id, its document, and the SHA-256 of its canonical JSON
   * ({@value Receipt#CANONICAL_JSON}).
   *
   * @param measure  the measure
   * @return the identity
   * @throws io.github.huiqi.core.error.InvalidInputException if the measure is null
   */
  public static MeasureIdentity of(Measure measure) {
    Args.notNull(measure, "measure");
    return new MeasureIdentity(measure.id().value(), measure.clause().document().value(),
        // written as an element of a Measure array, so that its JSON carries its kind ("type")
        Sha256.ofCanonicalJson(new Measure[] {measure}));
  }

  /**
   * Obtains the identity of a standard a calculator reads that is not a measure of a policy pack (such as the
   * above-scale standard, read from its own data file): the SHA-256 of its canonical JSON.
   *
   * @param id  the standard's id, such as {@code above-scale-standard}
   * @param dataFile  the data file it is read from, such as {@code above-scale-standard.json}
   * @param standard  the standard's model
   * @return the identity
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null or blank
   */
  public static MeasureIdentity ofStandard(String id, String dataFile, Object standard) {
    Args.notNull(standard, "standard");
    return new MeasureIdentity(id, dataFile, Sha256.ofCanonicalJson(standard));
  }
}
