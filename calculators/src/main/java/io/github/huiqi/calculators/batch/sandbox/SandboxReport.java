package io.github.huiqi.calculators.batch.sandbox;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.MeasureId;
import java.util.List;
import java.util.Optional;

/**
 * What a policy change costs over a population: per measure, per size class and per district.
 * <p>
 * The fiscal measures, whose changes the groups sum, are those paying or forgoing money: amounts of kind
 * {@code PAYMENT_TO_FIRM}, {@code TAX_SAVED}, {@code FEE_SAVED} and {@code PAYMENT_TO_LENDER}; a counterparty's fee
 * ceiling and non-monetary measures are listed per measure but not summed.
 * <p>
 * A firm with a failure under either engine (a profile rejected, or a measure the engine could not evaluate) is
 * counted in {@code firms} and in {@code failedFirms}; what did not fail is compared as for any firm, and a measure
 * that failed counts as nothing under the engine where it failed, and is counted in that measure's
 * {@link SandboxMeasureDelta#failedBefore()} or {@link SandboxMeasureDelta#failedAfter()} (a firm that is not a
 * profile in every measure's), so a report with failed firms is not the whole population's change. The sink of
 * {@link SandboxRun}'s {@code failed} argument receives each one, with its index and the field that failed.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param firms  the firms screened
 * @param failedFirms  the firms with a failure under either engine, counted in {@code firms}
 * @param measures  each measure's delta, in catalogue order
 * @param bySize  the change per size class, in the order LARGE, MEDIUM, SMALL, MICRO, unknown
 * @param byDistrict  the change per district, by district code
 */
public record SandboxReport(long firms, long failedFirms, List<SandboxMeasureDelta> measures,
    List<SandboxGroupDelta> bySize, List<SandboxGroupDelta> byDistrict) {

  /**
   * Creates a report.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a list is null
   */
  public SandboxReport {
    measures = Args.listCopy(measures, "measures");
    bySize = Args.listCopy(bySize, "bySize");
    byDistrict = Args.listCopy(byDistrict, "byDistrict");
  }

  /**
   * Finds one measure's delta.
   *
   * @param measure  the measure
   * @return the delta, empty if the measure is in neither catalogue
   */
  public Optional<SandboxMeasureDelta> measure(MeasureId measure) {
    return measures.stream().filter(m -> m.measure().equals(measure)).findFirst();
  }

  /**
   * Finds one group's delta, by size class name or district code.
   *
   * @param group  the group
   * @return the delta, empty if no firm is in it
   */
  public Optional<SandboxGroupDelta> group(String group) {
    return bySize.stream().filter(g -> g.group().equals(group)).findFirst()
        .or(() -> byDistrict.stream().filter(g -> g.group().equals(group)).findFirst());
  }
}
