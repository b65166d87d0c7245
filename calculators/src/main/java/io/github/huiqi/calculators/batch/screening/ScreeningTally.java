package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Sums firms' screening results into {@link ScreeningTotals}, exactly, per measure, as
 * {@link ScreeningMeasureTotals} defines them: an outcome a stacking rule set aside counted apart, its amount left
 * out.
 * <p>
 * The measures reported are those seen: each measure at least one firm has an outcome for. A tally told the measures'
 * order ({@link #ScreeningTally(List)}, as {@link ScreeningRun} tells it its engine's catalogue order) lists them in
 * that order, whatever the firms' (a firm whose evaluation of a measure failed has no outcome for it), and any measure
 * not in it (a host's own) after them, in the order first met; a tally made with {@link #ScreeningTally()} lists them
 * all in the order first met, which is the catalogue's only when the first firm has an outcome for every measure. A
 * firm's failures are read typed
 * ({@link ScreeningFirm#failureDetails()}, never their texts): a failure of a measure is counted in that measure's
 * {@code failed}, once a firm; a firm that is not a profile, or whose profile the engine rejected (a
 * {@link ScreeningFailure#wholeProfile()} failure), is counted failed for every measure reported when the totals are
 * taken, including measures first met after it, so the counts are the same whatever the firms' order (one thread or
 * several). A measure no firm has an outcome for is not reported, whatever
 * its failures: every firm failed it, and its kind is not known.
 * <p>
 * Mutable and not thread-safe.
 */
public final class ScreeningTally {

  private final Map<MeasureId, Sum> sums = new LinkedHashMap<>();
  private long firms;
  private long failedFirms;
  /** Firms that are not a profile: failed for every measure reported. */
  private long notProfiles;
  /** Firms failed per measure, whether or not the measure is seen in an outcome yet. */
  private final Map<MeasureId, Long> measureFailures = new HashMap<>();
  /** Each measure of the order the tally was told, by its place in it; empty when told none. */
  private final Map<MeasureId, Integer> places = new HashMap<>();

  /**
   * Creates an empty tally that lists the measures in the order first met among the firms' outcomes (the engine's
   * catalogue order only when the first firm has an outcome for every measure); {@link #ScreeningTally(List)} lists
   * them in a stable order.
   */
  public ScreeningTally() {
  }

  /**
   * Creates an empty tally that lists the measures in the order given, such as the engine's catalogue order
   * ({@link #catalogueOrder(EntitlementEngine...)}), whatever the order the firms' outcomes meet them in; a measure
   * not given (a host's own) is listed after them, in the order first met.
   *
   * @param order  the measures, each once
   * @throws InvalidInputException if the order or a measure in it is null, or a measure is given twice
   */
  public ScreeningTally(List<MeasureId> order) {
    Args.notNull(order, "order");
    for (int i = 0; i < order.size(); i++) {
      MeasureId id = Args.notNull(order.get(i), "order[" + i + "]");
      if (places.putIfAbsent(id, i) != null) {
        throw new InvalidInputException("order[" + i + "]", id, "must list each measure once");
      }
    }
  }

  /**
   * Returns the measures of the engines' catalogues in their order, each once: every measure of the first engine's
   * catalogue, then those of the next that are not in it, and so on; the order {@link ScreeningRun} (one engine) and
   * the policy sandbox (the baseline, then the changed engine) give their tallies.
   *
   * @param engines  the engines, at least one
   * @return the measures, in that order
   * @throws InvalidInputException if no engine is given, or one is null
   */
  public static List<MeasureId> catalogueOrder(EntitlementEngine... engines) {
    Args.notNull(engines, "engines");
    if (engines.length == 0) {
      throw new InvalidInputException("engines", 0, "must hold at least one engine");
    }
    Set<MeasureId> order = new LinkedHashSet<>();
    for (int i = 0; i < engines.length; i++) {
      Args.notNull(engines[i], "engines[" + i + "]").catalog().entries()
          .forEach(entry -> order.add(entry.measure().id()));
    }
    return List.copyOf(order);
  }

  /**
   * Counts a firm.
   *
   * @param firm  the firm's result
   * @return this tally
   */
  public ScreeningTally add(ScreeningFirm firm) {
    Args.notNull(firm, "firm");
    firms++;
    if (!firm.failures().isEmpty()) {
      failedFirms++;
    }
    boolean notProfile = false;
    Set<MeasureId> failedMeasures = new HashSet<>();
    for (ScreeningFailure failure : firm.failureDetails()) {
      if (failure.wholeProfile()) {
        notProfile = true;
      } else if (failedMeasures.add(failure.measure().get())) {
        measureFailures.merge(failure.measure().get(), 1L, Long::sum);
      }
    }
    if (notProfile) {
      notProfiles++;
    }
    for (ScreeningOutcome outcome : firm.outcomes()) {
      Sum sum = sums.computeIfAbsent(outcome.measure(), id -> new Sum(outcome.kind()));
      BigDecimal least = Cny.yuan(outcome.minimum(), "minimum");
      BigDecimal most = outcome.maximum().map(m -> Cny.yuan(m, "maximum")).orElse(least);
      switch (outcome.verdict()) {
        case ELIGIBLE -> sum.eligible++;
        case UNDETERMINED -> sum.undetermined++;
        default -> sum.ineligible++;
      }
      if (outcome.verdict() == Verdict.INELIGIBLE) {
        continue;
      }
      if (outcome.setAside()) {
        // a stacking rule left it out of the firm's total: another outcome holds the same money
        sum.setAside++;
        continue;
      }
      if (outcome.verdict() == Verdict.ELIGIBLE) {
        sum.certain = sum.certain.add(least);
      }
      sum.inReach = sum.inReach.add(most);
      if (outcome.maximum().isEmpty()) {
        sum.unbounded++;
      }
    }
    return this;
  }

  /**
   * Returns the totals so far.
   *
   * @return the totals
   */
  public ScreeningTotals totals() {
    List<MeasureId> ids = new ArrayList<>(sums.keySet());
    // a stable sort: the measures given in the order, then the others as first met
    ids.sort(Comparator.comparingInt(id -> places.getOrDefault(id, Integer.MAX_VALUE)));
    List<ScreeningMeasureTotals> measures = new ArrayList<>();
    for (MeasureId id : ids) {
      Sum s = sums.get(id);
      measures.add(new ScreeningMeasureTotals(id, s.kind, s.eligible, s.undetermined, s.ineligible, Cny.of(s.certain),
          Cny.of(s.inReach), s.unbounded, s.setAside, failed(id)));
    }
    return new ScreeningTotals(firms, failedFirms, measures);
  }

  /**
   * Returns the firms counted so far as failed for a measure, as {@link ScreeningMeasureTotals#failed()} counts them:
   * each firm that is not a profile, and each whose evaluation of the measure failed; given for a measure the totals
   * do not report too (no firm has an outcome for it), for a reader that knows the measure otherwise, such as the
   * policy sandbox, whose other engine has outcomes for it.
   *
   * @param measure  the measure
   * @return the firms failed for it
   * @throws io.github.huiqi.core.error.InvalidInputException if the measure is null
   */
  public long failed(MeasureId measure) {
    Args.notNull(measure, "measure");
    return notProfiles + measureFailures.getOrDefault(measure, 0L);
  }

  private static final class Sum {
    private final AmountKind kind;
    private long eligible;
    private long undetermined;
    private long ineligible;
    private long unbounded;
    private long setAside;
    private BigDecimal certain = BigDecimal.ZERO;
    private BigDecimal inReach = BigDecimal.ZERO;

    Sum(AmountKind kind) {
      this.kind = kind;
    }
  }
}
