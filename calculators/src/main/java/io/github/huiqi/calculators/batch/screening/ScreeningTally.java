package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Sums firms' screening results into {@link ScreeningTotals}, exactly, per measure, as
 * {@link ScreeningMeasureTotals} defines them: an outcome a stacking rule set aside counted apart, its amount left
 * out.
 * <p>
 * Mutable and not thread-safe.
 */
public final class ScreeningTally {

  private final Map<MeasureId, Sum> sums = new LinkedHashMap<>();
  private long firms;
  private long failedFirms;

  /** Creates an empty tally. */
  public ScreeningTally() {
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
    List<ScreeningMeasureTotals> measures = new ArrayList<>();
    sums.forEach((id, s) -> measures.add(new ScreeningMeasureTotals(id, s.kind, s.eligible, s.undetermined,
        s.ineligible, Cny.of(s.certain), Cny.of(s.inReach), s.unbounded, s.setAside)));
    return new ScreeningTotals(firms, failedFirms, measures);
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
