package io.github.huiqi.calculators.batch.sandbox;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.core.enterprise.EnterpriseSize;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Sums firms screened under two engines, the baseline and the changed packs, into a {@link SandboxReport}, as
 * {@link SandboxRun} sums the firms it screens: for a host that screens each firm under both engines itself (with
 * {@code ScreeningRun.screenOne} or {@code screenOneJson}), such as a Spark partition, and wants the report
 * {@code SandboxRun} would give.
 * <p>
 * Each engine's firms are summed by a {@link ScreeningTally}, so that a measure's certain and in-reach costs, its
 * eligible firms, those set aside and those failed under each engine are those of the screening's totals; a measure
 * reported under one engine only (no firm has an outcome for it under the other) counts, under the other, the firms
 * that failed it there ({@link ScreeningTally#failed(MeasureId)}: every firm that is not a profile, and each whose
 * evaluation of the measure failed).
 * <p>
 * A tally told the measures' order ({@link #SandboxTally(List)}) lists the deltas in it, a measure not in it after;
 * one made with {@link #SandboxTally()} lists them as first met, which is the catalogue's only when the first firm has
 * an outcome for every measure.
 * <p>
 * Mutable and not thread-safe.
 */
public final class SandboxTally {

  private final ScreeningTally before;
  private final ScreeningTally after;
  /** Each measure of the order the tally was told, by its place in it; empty when told none. */
  private final Map<MeasureId, Integer> places = new HashMap<>();
  /** Per measure: firms whose amount in reach rose, and fell. */
  private final Map<MeasureId, long[]> moves = new HashMap<>();
  private final Map<String, Group> bySize = new LinkedHashMap<>();
  private final Map<String, Group> byDistrict = new TreeMap<>();
  private long firms;
  private long failedFirms;

  /**
   * Creates an empty tally that lists the measures as first met: those the baseline's outcomes meet, in that order,
   * then those only the change's meet (the catalogue's order only when the first firm has an outcome for every
   * measure); {@link #SandboxTally(List)} lists them in a stable order.
   */
  public SandboxTally() {
    before = new ScreeningTally();
    after = new ScreeningTally();
    sizeGroups();
  }

  /**
   * Creates an empty tally that lists the measures in the order given, such as the baseline's catalogue order then
   * the changed catalogue's new measures ({@code ScreeningTally.catalogueOrder(baseline, changed)}, the order
   * {@link SandboxRun} gives), whatever the order the firms' outcomes meet them in; a measure not given (a host's
   * own) is listed after them, as first met.
   *
   * @param order  the measures, each once
   * @throws InvalidInputException if the order or a measure in it is null, or a measure is given twice
   */
  public SandboxTally(List<MeasureId> order) {
    before = new ScreeningTally(order);
    after = new ScreeningTally(order);
    for (int i = 0; i < order.size(); i++) {
      places.put(order.get(i), i);
    }
    sizeGroups();
  }

  private void sizeGroups() {
    for (EnterpriseSize size : EnterpriseSize.values()) {
      bySize.put(size.name(), new Group());
    }
    bySize.put("unknown", new Group());
  }

  /**
   * Counts a firm: its result under the baseline and under the change.
   *
   * @param was  the firm's result under the baseline
   * @param is  the same firm's result under the change
   * @return this tally
   * @throws InvalidInputException if a result is null, or the two are not of one index
   */
  public SandboxTally add(ScreeningFirm was, ScreeningFirm is) {
    Args.notNull(was, "was");
    Args.notNull(is, "is");
    if (was.index() != is.index()) {
      throw new InvalidInputException("is", is.index(), "must be the index of the firm under the baseline, "
          + was.index());
    }
    firms++;
    if (!was.failures().isEmpty() || !is.failures().isEmpty()) {
      failedFirms++;
    }
    before.add(was);
    after.add(is);
    Map<MeasureId, ScreeningOutcome> old = new HashMap<>();
    was.outcomes().forEach(outcome -> old.put(outcome.measure(), outcome));
    Map<MeasureId, ScreeningOutcome> now = new LinkedHashMap<>();
    is.outcomes().forEach(outcome -> now.put(outcome.measure(), outcome));
    BigDecimal fiscal = BigDecimal.ZERO;
    boolean rose = false;
    boolean fell = false;
    List<MeasureId> ids = new ArrayList<>(old.keySet());
    now.keySet().stream().filter(id -> !old.containsKey(id)).forEach(ids::add);
    for (MeasureId id : ids) {
      ScreeningOutcome o = old.get(id);
      ScreeningOutcome n = now.get(id);
      BigDecimal change = inReach(n).subtract(inReach(o));
      long[] counts = moves.computeIfAbsent(id, key -> new long[2]);
      if (change.signum() > 0) {
        counts[0]++;
      } else if (change.signum() < 0) {
        counts[1]++;
      }
      AmountKind kind = (n != null ? n : o).kind();
      if (SandboxRun.isFiscal(kind)) {
        fiscal = fiscal.add(change);
        rose |= change.signum() > 0;
        fell |= change.signum() < 0;
      }
    }
    String size = was.size().map(Enum::name).orElse("unknown");
    bySize.get(size).add(fiscal, rose, fell);
    byDistrict.computeIfAbsent(was.district(), key -> new Group()).add(fiscal, rose, fell);
    return this;
  }

  /**
   * Returns the report so far.
   *
   * @return the report
   */
  public SandboxReport report() {
    return new SandboxReport(firms, failedFirms, deltas(), groups(bySize), groups(byDistrict));
  }

  /**
   * A firm's amount in reach of one measure: its most (its least without an upper bound); zero when it has no outcome,
   * is ineligible, or a stacking rule set it aside (another outcome holds the same money, and a change to this one's
   * amount changes nothing the firm gets).
   */
  private static BigDecimal inReach(ScreeningOutcome outcome) {
    if (outcome == null || outcome.verdict() == Verdict.INELIGIBLE || outcome.setAside()) {
      return BigDecimal.ZERO;
    }
    return Cny.yuan(outcome.maximum().orElse(outcome.minimum()), "amount");
  }

  private List<SandboxMeasureDelta> deltas() {
    ScreeningTotals was = before.totals();
    ScreeningTotals is = after.totals();
    List<MeasureId> ids = new ArrayList<>();
    was.measures().forEach(m -> ids.add(m.measure()));
    is.measures().stream().map(ScreeningMeasureTotals::measure).filter(id -> !ids.contains(id)).forEach(ids::add);
    // a stable sort: the measures given in the order, then the others as first met (the baseline's, then the change's)
    ids.sort(Comparator.comparingInt(id -> places.getOrDefault(id, Integer.MAX_VALUE)));
    List<SandboxMeasureDelta> deltas = new ArrayList<>();
    for (MeasureId id : ids) {
      ScreeningMeasureTotals o = was.measure(id).orElse(null);
      ScreeningMeasureTotals n = is.measure(id).orElse(null);
      ScreeningMeasureTotals any = n != null ? n : o;
      long[] counts = moves.getOrDefault(id, new long[2]);
      // a measure one engine reports no outcome of: every firm failed it there, or is not a profile
      deltas.add(new SandboxMeasureDelta(id, any.kind(),
          o == null ? Cny.ZERO : o.certain(), n == null ? Cny.ZERO : n.certain(),
          o == null ? Cny.ZERO : o.inReach(), n == null ? Cny.ZERO : n.inReach(),
          counts[0], counts[1], o == null ? 0 : o.eligible(), n == null ? 0 : n.eligible(),
          o == null ? 0 : o.setAside(), n == null ? 0 : n.setAside(),
          o == null ? before.failed(id) : o.failed(), n == null ? after.failed(id) : n.failed()));
    }
    return deltas;
  }

  private static List<SandboxGroupDelta> groups(Map<String, Group> groups) {
    List<SandboxGroupDelta> list = new ArrayList<>();
    groups.forEach((name, g) -> {
      if (g.firms > 0) {
        list.add(new SandboxGroupDelta(name, g.firms, g.gainers, g.losers, Cny.of(g.change)));
      }
    });
    return list;
  }

  /** One group's running sums. */
  private static final class Group {
    private long firms;
    private long gainers;
    private long losers;
    private BigDecimal change = BigDecimal.ZERO;

    void add(BigDecimal fiscal, boolean rose, boolean fell) {
      firms++;
      change = change.add(fiscal);
      if (rose && !fell) {
        gainers++;
      } else if (fell && !rose) {
        losers++;
      }
    }
  }
}
