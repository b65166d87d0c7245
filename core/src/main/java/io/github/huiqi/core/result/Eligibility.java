package io.github.huiqi.core.result;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * An eligibility verdict with its reasons and, when undetermined, the facts that are missing.
 * <p>
 * A verdict of {@link Verdict#INELIGIBLE} has at least one reason; {@link Verdict#UNDETERMINED} names at least one
 * missing fact by its property name (such as {@code firstTimeBorrower} or {@code loans/0/lenderRegionCode}).
 * Conditions combine so that a known failure wins over an unknown: a loan outside the window is ineligible even if its
 * lender is unknown.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param verdict  the verdict
 * @param reasons  the reasons, for an eligible verdict the conditions met
 * @param missingFacts  the facts whose absence leaves the verdict undetermined
 */
public record Eligibility(Verdict verdict, List<Reason> reasons, List<String> missingFacts) {

  /**
   * Creates a verdict.
   *
   * @throws InvalidInputException if the fields are inconsistent with the verdict
   */
  public Eligibility {
    Args.notNull(verdict, "verdict");
    reasons = Args.listCopy(reasons, "reasons");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    if (verdict == Verdict.INELIGIBLE && reasons.isEmpty()) {
      throw new InvalidInputException("reasons", "[]", "must hold at least one reason for an ineligible verdict");
    }
    if (verdict == Verdict.UNDETERMINED && missingFacts.isEmpty()) {
      throw new InvalidInputException("missingFacts", "[]", "must name a fact for an undetermined verdict");
    }
    if (verdict != Verdict.UNDETERMINED && !missingFacts.isEmpty()) {
      throw new InvalidInputException("missingFacts", missingFacts, "must be empty unless undetermined");
    }
  }

  /**
   * Checks whether the verdict is eligible.
   *
   * @return true if eligible
   */
  @JsonIgnore
  public boolean isEligible() {
    return verdict == Verdict.ELIGIBLE;
  }

  /**
   * Collects the outcomes of conditions into a verdict.
   * <p>
   * Record each condition with {@link #met(Reason)}, {@link #failed(Reason)} or {@link #unknown(String, Reason)},
   * then call {@link #verdict()}. A reason equal to one already recorded under the same outcome (the same code,
   * message and citation, as two conditions of one clause that read alike) is kept once. Not thread-safe: use one
   * per evaluation.
   */
  public static final class Collector {
    private final List<Reason> met = new ArrayList<>();
    private final List<Reason> failed = new ArrayList<>();
    private final List<Reason> unknownReasons = new ArrayList<>();
    private final LinkedHashSet<String> missing = new LinkedHashSet<>();

    /** Creates an empty collector. */
    public Collector() {
    }

    /**
     * Records a condition that is met.
     *
     * @param reason  the condition
     * @return this collector
     */
    public Collector met(Reason reason) {
      addOnce(met, Args.notNull(reason, "reason"));
      return this;
    }

    /**
     * Records a condition that is known to fail.
     *
     * @param reason  the condition
     * @return this collector
     */
    public Collector failed(Reason reason) {
      addOnce(failed, Args.notNull(reason, "reason"));
      return this;
    }

    /**
     * Records a condition that cannot be decided because a fact is missing.
     *
     * @param fact  the missing fact's name
     * @param reason  the condition
     * @return this collector
     */
    public Collector unknown(String fact, Reason reason) {
      missing.add(Args.notBlank(fact, "fact"));
      addOnce(unknownReasons, Args.notNull(reason, "reason"));
      return this;
    }

    private static void addOnce(List<Reason> reasons, Reason reason) {
      if (!reasons.contains(reason)) {
        reasons.add(reason);
      }
    }

    /**
     * Records a condition by its outcome: {@link ConditionOutcome#MET} as {@link #met(Reason)},
     * {@link ConditionOutcome#NOT_MET} as {@link #failed(Reason)}, and {@link ConditionOutcome#UNKNOWN} as
     * {@link #unknown(String, Reason)} naming the fact.
     *
     * @param outcome  the outcome
     * @param fact  the fact whose absence makes the outcome unknown; read only when it is
     * @param reason  the condition
     * @return this collector
     * @throws InvalidInputException if the outcome or reason is null, or the outcome is unknown and the fact blank
     */
    public Collector record(ConditionOutcome outcome, String fact, Reason reason) {
      switch (Args.notNull(outcome, "outcome")) {
        case MET:
          return met(reason);
        case NOT_MET:
          return failed(reason);
        default:
          return unknown(fact, reason);
      }
    }

    /**
     * Returns the verdict: ineligible if any condition failed, otherwise undetermined if any fact is missing,
     * otherwise eligible.
     *
     * @return the verdict
     */
    public Eligibility verdict() {
      if (!failed.isEmpty()) {
        return new Eligibility(Verdict.INELIGIBLE, failed, List.of());
      }
      if (!missing.isEmpty()) {
        return new Eligibility(Verdict.UNDETERMINED, unknownReasons, List.copyOf(missing));
      }
      return new Eligibility(Verdict.ELIGIBLE, met, List.of());
    }
  }
}
