package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import java.util.List;
import java.util.Optional;

/**
 * One firm's screening result: who it is (name, registration place, size class) and each measure's condensed
 * outcome, or why it could not be screened; one NDJSON line with {@link #toJson()}.
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
 */
public record ScreeningFirm(long index, Optional<String> name, Optional<String> regionCode,
    Optional<EnterpriseSize> size, List<ScreeningOutcome> outcomes, List<String> failures) {

  /**
   * Creates a firm's result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ScreeningFirm {
    Args.notNullOptional(name, "name");
    Args.notNullOptional(regionCode, "regionCode");
    Args.notNullOptional(size, "size");
    outcomes = Args.listCopy(outcomes, "outcomes");
    failures = Args.listCopy(failures, "failures");
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
