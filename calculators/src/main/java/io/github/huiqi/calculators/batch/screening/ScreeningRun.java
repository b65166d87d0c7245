package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Screens a population with the entitlement engine (its public API only): each firm's outcomes to a sink (such as
 * an NDJSON file through {@link #ndjson(Writer)}) and the population's totals per measure, one firm in memory at a
 * time. A profile the engine rejects is a firm with a failure, never the end of the run.
 * <p>
 * This class is immutable and thread-safe; each run is on the calling thread.
 */
public final class ScreeningRun {

  private ScreeningRun() {
  }

  /**
   * Screens a population.
   *
   * @param engine  the engine (the built-in catalogue, or one over changed policy data)
   * @param population  the profiles, such as a {@link ScreeningPopulation}
   * @param asOf  the evaluation date
   * @param sink  receives each firm's result, in population order
   * @return the totals per measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static ScreeningTotals screen(EntitlementEngine engine, Iterator<? extends EnterpriseProfile> population,
      LocalDate asOf, Consumer<? super ScreeningFirm> sink) {
    Args.notNull(engine, "engine");
    Args.notNull(population, "population");
    Args.notNull(asOf, "asOf");
    Args.notNull(sink, "sink");
    ScreeningTally tally = new ScreeningTally();
    long index = 0;
    while (population.hasNext()) {
      ScreeningFirm firm = screenOne(engine, index++, population.next(), asOf);
      tally.add(firm);
      sink.accept(firm);
    }
    return tally.totals();
  }

  /**
   * Screens one firm.
   *
   * @param engine  the engine
   * @param index  the firm's position
   * @param profile  the profile, possibly null (a failure)
   * @param asOf  the evaluation date
   * @return the firm's result
   */
  public static ScreeningFirm screenOne(EntitlementEngine engine, long index, EnterpriseProfile profile,
      LocalDate asOf) {
    if (profile == null) {
      return new ScreeningFirm(index, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
          List.of("profile: input.required"));
    }
    EntitlementReport report;
    try {
      report = engine.evaluate(profile, asOf);
    } catch (HuiqiException ex) {
      return new ScreeningFirm(index, profile.name(), profile.registrationRegionCode(), profile.size(), List.of(),
          List.of("profile: " + ex.code() + " at " + ex.field()));
    }
    List<ScreeningOutcome> outcomes = new ArrayList<>(report.outcomes().size());
    for (MeasureOutcome outcome : report.outcomes()) {
      outcomes.add(ScreeningOutcome.of(outcome));
    }
    List<String> failures = new ArrayList<>();
    for (EvaluationFailure failure : report.failures()) {
      failures.add(failure.measure() + ": " + failure.code() + " at " + failure.field());
    }
    return new ScreeningFirm(index, profile.name(), profile.registrationRegionCode(), profile.size(), outcomes,
        failures);
  }

  /**
   * Returns a sink that writes each firm as one line of JSON.
   *
   * @param out  the writer; flushed and closed by the caller
   * @return the sink
   * @throws io.github.huiqi.core.error.InvalidInputException if the writer is null
   * @throws UncheckedIOException from the sink if writing fails
   */
  public static Consumer<ScreeningFirm> ndjson(Writer out) {
    Args.notNull(out, "out");
    return firm -> {
      try {
        out.write(firm.toJson());
        out.write('\n');
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    };
  }
}
