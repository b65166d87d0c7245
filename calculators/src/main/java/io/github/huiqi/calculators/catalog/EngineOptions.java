package io.github.huiqi.calculators.catalog;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * Choices the entitlement engine makes where no source settles them, each with a documented default that outcomes
 * name when used.
 * <p>
 * In JSON: {@code {"unsettledStacking": "COUNT_BOTH", "interestSubsidyPrecedence": "FIRST_CLAIMED"}}; either may be
 * omitted for its default.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class EngineOptions {

  /** Every default. */
  public static final EngineOptions DEFAULTS = new EngineOptions(UnsettledStacking.COUNT_BOTH,
      StackingPrecedence.FIRST_CLAIMED);

  private final UnsettledStacking unsettledStacking;
  private final StackingPrecedence interestSubsidyPrecedence;

  private EngineOptions(UnsettledStacking unsettledStacking, StackingPrecedence interestSubsidyPrecedence) {
    this.unsettledStacking = Args.notNull(unsettledStacking, "unsettledStacking");
    this.interestSubsidyPrecedence = Args.notNull(interestSubsidyPrecedence, "interestSubsidyPrecedence");
  }

  @JsonCreator
  static EngineOptions fromJson(@JsonProperty("unsettledStacking") UnsettledStacking unsettledStacking,
      @JsonProperty("interestSubsidyPrecedence") StackingPrecedence interestSubsidyPrecedence) {
    return new EngineOptions(Optional.ofNullable(unsettledStacking).orElse(DEFAULTS.unsettledStacking),
        Optional.ofNullable(interestSubsidyPrecedence).orElse(DEFAULTS.interestSubsidyPrecedence));
  }

  /**
   * Returns how measures are combined where no source says whether they stack (decisions register §4.4 item 25).
   *
   * @return the choice; default {@link UnsettledStacking#COUNT_BOTH}
   */
  @JsonProperty
  public UnsettledStacking unsettledStacking() {
    return unsettledStacking;
  }

  /**
   * Returns which municipal interest subsidy a loan gets when it qualifies for both the first-loan and the tech-SME
   * subsidy (decisions register §4.1 item 10).
   *
   * @return the choice; default {@link StackingPrecedence#FIRST_CLAIMED}
   */
  @JsonProperty
  public StackingPrecedence interestSubsidyPrecedence() {
    return interestSubsidyPrecedence;
  }

  /**
   * Returns a copy with the unsettled-stacking choice.
   *
   * @param chosen  the choice
   * @return the copy
   */
  public EngineOptions withUnsettledStacking(UnsettledStacking chosen) {
    return new EngineOptions(chosen, interestSubsidyPrecedence);
  }

  /**
   * Returns a copy with the interest-subsidy precedence.
   *
   * @param chosen  the choice
   * @return the copy
   */
  public EngineOptions withInterestSubsidyPrecedence(StackingPrecedence chosen) {
    return new EngineOptions(unsettledStacking, chosen);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof EngineOptions && ((EngineOptions) obj).unsettledStacking == unsettledStacking
        && ((EngineOptions) obj).interestSubsidyPrecedence == interestSubsidyPrecedence;
  }

  @Override
  public int hashCode() {
    return unsettledStacking.hashCode() * 31 + interestSubsidyPrecedence.hashCode();
  }

  @Override
  public String toString() {
    return "EngineOptions[unsettledStacking=" + unsettledStacking + ", interestSubsidyPrecedence="
        + interestSubsidyPrecedence + "]";
  }

  /**
   * How two measures that may both pay for the same thing are counted where no source settles whether they stack.
   */
  public enum UnsettledStacking {
    /** Count both in the total in reach (cumulative); each outcome notes the open question. The default. */
    COUNT_BOTH,
    /** Count only the larger amount (就高不重复); the other outcome notes that it was set aside. */
    COUNT_HIGHER
  }
}
