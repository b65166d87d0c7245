package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request to the entitlement engine's JSON entry point: a profile, an evaluation date and, optionally, the
 * measures to evaluate, whether to explain, and the options.
 * <p>
 * In JSON:
 * <pre>
 * {"profile": {"registrationRegionCode": "440306", ...}, "asOf": "2023-06-30",
 *  "measures": ["sz-gxj-2023-26.first-loan-interest-subsidy"], "explain": false,
 *  "options": {"unsettledStacking": "COUNT_BOTH"}}
 * </pre>
 * {@code profile} and {@code asOf} are required; without {@code measures} every measure of the catalogue is evaluated
 * (a measure listed twice is refused, naming {@code /measures/i}, and so is an empty list, naming {@code /measures}).
 * With them, the engine also evaluates the measures its stacking rules pair them with, for the rules only, so that
 * each measure asked gets the outcome a run of the whole catalogue gives it; the report holds the measures asked.
 * Its totals, joint limits and next questions are those of the outcomes it holds: a group of alternatives (a joint
 * limit) counts once only when every member is asked, its members otherwise added apart, and a firm of open region
 * is placed among the places those outcomes leave open (decisions register §0.6).
 * Build one in Java with {@link #of(EnterpriseProfile, LocalDate)} and the {@code with…} methods. A request without
 * {@code options} (or with {@code "options": null}) gives none of its own: the engine evaluating it applies its own
 * ({@link EntitlementEngine#withOptions}), the defaults for the built-in engine.
 * <p>
 * This class is immutable and thread-safe.
 */
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public final class EntitlementRequest {

  /** The earliest evaluation date accepted. */
  public static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  /** The latest evaluation date accepted. */
  public static final LocalDate LATEST = LocalDate.of(2100, 12, 31);

  private final EnterpriseProfile profile;
  private final LocalDate asOf;
  private final Optional<List<MeasureId>> measures;
  private final boolean explain;
  /** The options the request gives, null when it gives none (the engine's then apply). */
  private final EngineOptions options;

  private EntitlementRequest(EnterpriseProfile profile, LocalDate asOf, Optional<List<MeasureId>> measures,
      boolean explain, EngineOptions options) {
    this.profile = Args.notNull(profile, "profile");
    this.asOf = checkDate(asOf);
    this.measures = measures.map(EntitlementRequest::distinct);
    this.explain = explain;
    this.options = options;
  }

  /** The measures asked for, each once; at least one. */
  private static List<MeasureId> distinct(List<MeasureId> ids) {
    List<MeasureId> copy = Args.listCopy(ids, "measures");
    if (copy.isEmpty()) {
      // an empty selection would be a complete report of no measure and a total of nothing, as if the firm had none
      throw new InvalidInputException(InvalidInputException.REQUIRED, "measures", "[]", "must not be empty: leave"
          + " measures out to evaluate every measure of the catalogue", "不得为空：不给 measures 即测算目录中的全部措施", null);
    }
    Set<MeasureId> seen = new HashSet<>();
    for (int i = 0; i < copy.size(); i++) {
      if (!seen.add(copy.get(i))) {
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "measures/" + i, copy.get(i).value(),
            "is requested more than once", "必须唯一：同一措施只能请求一次", null);
      }
    }
    return copy;
  }

  @JsonCreator
  static EntitlementRequest fromJson(@JsonProperty(value = "profile", required = true) EnterpriseProfile profile,
      @JsonProperty(value = "asOf", required = true) LocalDate asOf,
      @JsonProperty("measures") List<MeasureId> measures,
      @JsonProperty("explain") Boolean explain,
      @JsonProperty("options") EngineOptions options) {
    return new EntitlementRequest(profile, asOf, Optional.ofNullable(measures), explain != null && explain, options);
  }

  /**
   * Obtains a request for every measure, in the plain form, giving no options of its own: the evaluating engine's
   * apply (the defaults for {@link EntitlementEngine#builtIn()}).
   *
   * @param profile  the enterprise
   * @param asOf  the evaluation date, 1990-01-01 to 2100-12-31
   * @return the request
   * @throws InvalidInputException if an argument is null or the date out of range
   */
  public static EntitlementRequest of(EnterpriseProfile profile, LocalDate asOf) {
    return new EntitlementRequest(profile, asOf, Optional.empty(), false, null);
  }

  /**
   * Returns a copy limited to some measures.
   *
   * @param only  the measures' ids, each once
   * @return the copy
   * @throws InvalidInputException if the list or an id is null, or an id repeats, naming it ({@code measures/1}), or
   *     the list is empty ({@code measures})
   */
  public EntitlementRequest withMeasures(List<MeasureId> only) {
    return new EntitlementRequest(profile, asOf, Optional.of(Args.notNull(only, "measures")), explain, options);
  }

  /**
   * Returns a copy that asks for the explaining form.
   *
   * @param explained  whether to explain
   * @return the copy
   */
  public EntitlementRequest withExplain(boolean explained) {
    return new EntitlementRequest(profile, asOf, measures, explained, options);
  }

  /**
   * Returns a copy with options, which the engine evaluating it applies instead of its own.
   *
   * @param chosen  the options
   * @return the copy
   * @throws InvalidInputException if the options are null
   */
  public EntitlementRequest withOptions(EngineOptions chosen) {
    return new EntitlementRequest(profile, asOf, measures, explain, Args.notNull(chosen, "options"));
  }

  /**
   * Returns the enterprise.
   *
   * @return the profile
   */
  @JsonProperty
  public EnterpriseProfile profile() {
    return profile;
  }

  /**
   * Returns the evaluation date.
   *
   * @return the date
   */
  @JsonProperty
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the measures to evaluate.
   *
   * @return the ids, empty for every measure of the catalogue
   */
  @JsonProperty
  public Optional<List<MeasureId>> measures() {
    return measures;
  }

  /**
   * Returns whether the explaining form is asked for.
   *
   * @return true to explain
   */
  @JsonProperty
  public boolean explain() {
    return explain;
  }

  /**
   * Returns the options the request gives, or the defaults when it gives none (the engine evaluating it then applies
   * its own: see {@link #hasOptions()}).
   *
   * @return the options
   */
  public EngineOptions options() {
    return options == null ? EngineOptions.DEFAULTS : options;
  }

  /** The options as written to JSON: absent when the request gives none, so that it reads back giving none. */
  @JsonProperty("options")
  private Optional<EngineOptions> optionsGiven() {
    return Optional.ofNullable(options);
  }

  /**
   * Checks whether the request gives options of its own ({@link #withOptions}, or {@code options} in JSON); when it
   * does not, the engine evaluating it applies its own.
   *
   * @return true if the request gives options
   */
  public boolean hasOptions() {
    return options != null;
  }

  /**
   * Checks an evaluation date.
   *
   * @param asOf  the date
   * @return the date
   * @throws InvalidInputException naming {@code asOf} if null or outside 1990-01-01..2100-12-31
   */
  static LocalDate checkDate(LocalDate asOf) {
    Args.notNull(asOf, "asOf");
    if (asOf.isBefore(EARLIEST) || asOf.isAfter(LATEST)) {
      throw new InvalidInputException("asOf", asOf, "must be from " + EARLIEST + " to " + LATEST);
    }
    return asOf;
  }
}
