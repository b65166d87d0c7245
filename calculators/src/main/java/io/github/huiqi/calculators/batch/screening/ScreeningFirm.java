package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One firm's screening result: who it is (name, registration place, size class) and each measure's condensed
 * outcome, or why it could not be screened; one NDJSON line with {@link #toJson()}.
 * <p>
 * Each failure is given twice, in the same order: as a text in {@code failures} ({@code "who: code at field"}, as
 * lines have always held it, for a platform that parses them) and typed in {@code failureDetails}
 * ({@link ScreeningFailure}: the measure or the whole profile, the code, the field, the value and the message), which
 * {@link ScreeningTally} and the command line read. A line of a firm that is not a profile:
 * {@code {"index":6,"outcomes":[],"failures":["profile: input.unknown-value at /size"],"failureDetails":[{"code":
 * "input.unknown-value","field":"/size","value":"HUGE","message":"…"}]}} (a typed failure of the whole profile
 * names no {@code measure}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param index  the firm's position in the population, from 0
 * @param name  the firm's name, if known
 * @param regionCode  the registration place code, if known
 * @param size  the size class, if known
 * @param outcomes  each measure's outcome, in catalogue order; empty if the firm failed
 * @param failures  measures the engine could not evaluate, and a profile the engine rejected, as
 *     {@code "measure: code at field"} texts
 * @param failureDetails  the same failures typed, one for each text of {@code failures}, in its order
 */
public record ScreeningFirm(long index, Optional<String> name, Optional<String> regionCode,
    Optional<EnterpriseSize> size, List<ScreeningOutcome> outcomes, List<String> failures,
    List<ScreeningFailure> failureDetails) {

  /**
   * Creates a firm's result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or the typed failures are not as
   *     many as the texts
   */
  public ScreeningFirm {
    Args.notNullOptional(name, "name");
    Args.notNullOptional(regionCode, "regionCode");
    Args.notNullOptional(size, "size");
    outcomes = Args.listCopy(outcomes, "outcomes");
    failures = Args.listCopy(failures, "failures");
    failureDetails = Args.listCopy(failureDetails, "failureDetails");
    if (failureDetails.size() != failures.size()) {
      // one typed failure for each text, so that a reader of either counts the same failures
      throw new InvalidInputException("failureDetails", failureDetails.size(), "must be as many as the failures ("
          + failures.size() + ")");
    }
  }

  /**
   * Creates a firm's result from its failures' texts only, each typed by reading its text
   * ({@link ScreeningFailure#parse}: no value, no message).
   *
   * @param index  the firm's position in the population, from 0
   * @param name  the firm's name, if known
   * @param regionCode  the registration place code, if known
   * @param size  the size class, if known
   * @param outcomes  each measure's outcome, in catalogue order
   * @param failures  the failures as {@code "who: code at field"} texts, {@code who} a measure id or {@code profile}
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or a text names neither a measure
   *     nor {@code profile}
   */
  public ScreeningFirm(long index, Optional<String> name, Optional<String> regionCode, Optional<EnterpriseSize> size,
      List<ScreeningOutcome> outcomes, List<String> failures) {
    this(index, name, regionCode, size, outcomes, failures, parsed(failures));
  }

  private static List<ScreeningFailure> parsed(List<String> failures) {
    List<ScreeningFailure> typed = new ArrayList<>();
    for (String text : Args.listCopy(failures, "failures")) {
      typed.add(ScreeningFailure.parse(text));
    }
    return typed;
  }

  /**
   * Returns the district: the registration place code, or {@code "unknown"}.
   *
   * @return the district code
   */
  public String district() {
    return regionCode.orElse("unknown");
  }

  /**
   * Returns the result as one line of JSON (no line breaks), for an NDJSON file.
   *
   * @return the JSON
   */
  public String toJson() {
    return HuiqiJson.write(this, JsonOutput.COMPACT);
  }
}
