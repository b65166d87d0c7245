package io.github.huiqi.calculators.testkit;

import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Fixtures for a bank's tests: enterprise profiles as builders, so a test starts from a known case and changes one
 * fact. Every measure family's typical and boundary cases are the conformance pack's vectors (each hand-worked and
 * cited), found by id; the catalogue-wide cases are the bare profile and the Shenzhen sample.
 * <pre>
 * EnterpriseProfile typical = QaProfiles.of("first-loan/ninety-days").build();
 * EnterpriseProfile unknown = QaProfiles.of("first-loan/ninety-days").firstTimeBorrower(Optional.empty()).build();
 * List&lt;String&gt; cases = QaProfiles.cases("risk-pool");
 * </pre>
 * Each call returns a new builder; the class holds no mutable state and is thread-safe.
 */
public final class QaProfiles {

  /** The evaluation date of the Shenzhen sample, and of most vectors. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private QaProfiles() {
  }

  /**
   * Returns a profile with only a region (深圳市宝安区, 440306) and an industry (C3484): most measures undetermined.
   *
   * @return a new builder
   */
  public static EnterpriseProfile.Builder bare() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.registrationRegionCode("440306").industryCode("C3484");
    return builder;
  }

  /**
   * Returns the Shenzhen sample's profile: a 宝安区 manufacturer with 2023's loans, fees, tax and R&amp;D facts.
   *
   * @return a new builder
   */
  public static EnterpriseProfile.Builder shenzhenSample() {
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.from(EntitlementSamples.shenzhenManufacturer2023().profile());
    return builder;
  }

  /**
   * Returns the profile of one conformance vector: a family's typical or boundary case.
   *
   * @param vectorId  the vector's id, such as {@code first-loan/ninety-days}
   * @return a new builder
   * @throws InvalidInputException if the built-in pack has no such vector
   */
  public static EnterpriseProfile.Builder of(String vectorId) {
    Args.notBlank(vectorId, "vectorId");
    ConformanceVector vector = ConformancePack.builtIn().vectors().stream()
        .filter(v -> v.id().equals(vectorId)).findFirst()
        .orElseThrow(() -> new InvalidInputException("vectorId", vectorId, "is not a vector of the built-in pack"));
    EnterpriseProfile.Builder builder = EnterpriseProfile.builder();
    builder.from(vector.profile());
    return builder;
  }

  /**
   * Returns the ids of a family's cases, in the pack's order.
   *
   * @param family  the family, such as {@code first-loan}
   * @return the vector ids, empty for an unknown family
   */
  public static List<String> cases(String family) {
    Args.notBlank(family, "family");
    return ConformancePack.builtIn().vectors().stream().filter(v -> v.family().equals(family))
        .map(ConformanceVector::id).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the families the built-in pack covers, in the pack's order.
   *
   * @return the families
   */
  public static List<String> families() {
    return ConformancePack.builtIn().vectors().stream().map(ConformanceVector::family).distinct()
        .collect(Collectors.toUnmodifiableList());
  }
}
