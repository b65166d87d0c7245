package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.util.List;
import java.util.Optional;

/**
 * A screened population's totals: firms screened, firms the engine rejected, and each measure's totals.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param firms  the firms screened
 * @param failedFirms  the firms whose profile the engine rejected, or with a measure it could not evaluate
 * @param measures  each measure's totals, in catalogue order
 */
public record ScreeningTotals(long firms, long failedFirms, List<ScreeningMeasureTotals> measures) {

  /**
   * Creates totals.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the list is null
   */
  public ScreeningTotals {
    measures = Args.listCopy(measures, "measures");
  }

  /**
   * Finds one measure's totals.
   *
   * @param measure  the measure
   * @return its totals, empty if no firm was screened for it
   */
  public Optional<ScreeningMeasureTotals> measure(MeasureId measure) {
    return measures.stream().filter(m -> m.measure().equals(measure)).findFirst();
  }
}
