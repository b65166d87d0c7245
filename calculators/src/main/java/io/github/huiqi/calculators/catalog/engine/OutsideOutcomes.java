package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The engine's short path for measures whose region the enterprise is registered outside: which catalogue entries
 * have a region (and the prefix of its codes), and the plain outcomes of such entries, kept per entry and window
 * status. Such an outcome (ineligible, zero, no steps) depends on nothing else, so it is built once per entry and
 * status and reused for every enterprise registered elsewhere (a Shanghai firm meets about thirty Shenzhen measures,
 * and the reverse). The test is {@link Catalog.Entry#registeredElsewhere}'s, with each region's prefix worked out
 * once ({@link Jurisdiction#prefix()}), and its answers for every entry kept per registration region code (a city's
 * firms share a few dozen codes), so that a run asks once, not once per measure.
 * <p>
 * The outcomes and the kept answers are immutable; the tables are filled on first use, and two threads filling the
 * same slot store equal values. At most {@value #REMEMBERED_REGIONS} region codes are kept (the codes come from
 * input); the answers for any other code are worked out each time. This class is thread-safe.
 */
final class OutsideOutcomes {

  private static final int STATUSES = WindowStatus.values().length;
  /** How many registration region codes keep their answers. */
  static final int REMEMBERED_REGIONS = 4096;

  /** Per catalogue position, the prefix of the region's codes; null for a measure that applies anywhere. */
  private final String[] prefixes;
  /** Per catalogue position, the region; null for a measure that applies anywhere. */
  private final Jurisdiction[] regions;
  private final AtomicReferenceArray<MeasureOutcome> outcomes;
  /** Per registration region code, {@link #registeredElsewhere} for every position. */
  private final ConcurrentHashMap<String, boolean[]> elsewhereByRegion = new ConcurrentHashMap<>();
  /** The answers for an enterprise whose region is not given: no position. */
  private final boolean[] nowhere;

  /**
   * Creates an empty table for a catalogue's entries.
   *
   * @param entries  the entries, in catalogue order
   */
  OutsideOutcomes(List<Catalog.Entry> entries) {
    this.prefixes = new String[entries.size()];
    this.regions = new Jurisdiction[entries.size()];
    for (int i = 0; i < entries.size(); i++) {
      regions[i] = entries.get(i).enterpriseRegion().map(Parameter::value).orElse(null);
      prefixes[i] = regions[i] == null ? null : regions[i].prefix();
    }
    this.outcomes = new AtomicReferenceArray<>(entries.size() * STATUSES);
    this.nowhere = new boolean[entries.size()];
  }

  /**
   * Tells, for every catalogue position at once, whether an enterprise registered under a code is known to be
   * registered outside the entry's region ({@link #registeredElsewhere}).
   *
   * @param regionCode  the enterprise's registration region code, null if not given
   * @return one answer per position, in catalogue order; shared, so never to be written
   */
  boolean[] elsewhere(String regionCode) {
    if (regionCode == null) {
      return nowhere;
    }
    boolean[] known = elsewhereByRegion.get(regionCode);
    if (known != null) {
      return known;
    }
    boolean[] answers = new boolean[prefixes.length];
    for (int position = 0; position < answers.length; position++) {
      answers[position] = registeredElsewhere(position, regionCode);
    }
    if (elsewhereByRegion.size() < REMEMBERED_REGIONS) {
      elsewhereByRegion.putIfAbsent(regionCode, answers);
    }
    return answers;
  }

  /**
   * Tells whether an enterprise is known to be registered outside the region of the entry at a position.
   *
   * @param position  the entry's position in the catalogue
   * @param regionCode  the enterprise's registration region code, null if not given
   * @return true if the entry has a region and the code is given and outside it (a code of a wider area that holds
   *     the region, such as 深圳市's for a 光明区 measure, is not outside it)
   */
  boolean registeredElsewhere(int position, String regionCode) {
    String prefix = prefixes[position];
    return prefix != null && regionCode != null && !regionCode.startsWith(prefix)
        && !regions[position].isHeldBy(regionCode);
  }

  /**
   * Returns the plain outcome of an entry for an enterprise registered outside its region, building it on first use.
   *
   * @param position  the entry's position in the catalogue
   * @param entry  the entry at that position
   * @param profile  the enterprise, registered outside the entry's region
   * @param context  the context of the entry
   * @return the outcome
   */
  MeasureOutcome get(int position, Catalog.Entry entry, EnterpriseProfile profile, EvaluationContext context) {
    int slot = position * STATUSES + context.windowStatus().ordinal();
    MeasureOutcome outcome = outcomes.get(slot);
    if (outcome == null) {
      outcome = entry.evaluate(profile, context, false);
      outcomes.set(slot, outcome);
    }
    return outcome;
  }

  /**
   * Returns the plain outcome of an entry for an enterprise registered outside its region when it was built before,
   * so that the engine makes no context for it.
   *
   * @param position  the entry's position in the catalogue
   * @param entry  the entry at that position
   * @param asOf  the evaluation date
   * @return the outcome; null until {@link #get} has built it for the entry's window status on the date
   */
  MeasureOutcome known(int position, Catalog.Entry entry, LocalDate asOf) {
    // the window status as EvaluationContext.windowStatus() decides it
    DateRange window = entry.window();
    WindowStatus status = asOf.isBefore(window.start()) ? WindowStatus.NOT_YET_OPEN
        : window.contains(asOf) ? WindowStatus.OPEN : WindowStatus.CLOSED;
    return outcomes.get(position * STATUSES + status.ordinal());
  }
}
