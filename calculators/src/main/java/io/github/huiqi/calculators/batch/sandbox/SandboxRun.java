package io.github.huiqi.calculators.batch.sandbox;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.function.Consumer;

/**
 * Runs a population under two engines, the baseline (such as {@code EntitlementEngine.builtIn()}) and one over
 * changed policy data (such as {@code EntitlementEngine.of(Catalog.of(PolicyData.builtIn().withMeasure(changed)))}),
 * each firm evaluated under both in turn so that the population is read once and never held.
 * <p>
 * A firm's amount of a measure is its amount in reach, as {@link ScreeningTally} sums it; an outcome a stacking rule
 * set aside ({@link ScreeningOutcome#setAside()}) is zero: its amount is not money the firm gets, so a change to it
 * makes no firm gain or lose and no group's cost change.
 * <p>
 * A firm that fails under either engine (a profile rejected, a line that is not a profile, a measure its facts break)
 * is never the end of the run: it is counted in {@link SandboxReport#failedFirms()} and given, with its index and the
 * field, to the {@code failed} sink; its measures that were evaluated under both are compared as any firm's, and each
 * measure counts it in {@link SandboxMeasureDelta#failedBefore()} or {@link SandboxMeasureDelta#failedAfter()} where
 * the measure failed for it (every measure, for a firm that is not a profile).
 * <p>
 * The report lists the measures in the baseline's catalogue order, then the changed catalogue's measures not in it
 * ({@link ScreeningTally#catalogueOrder}), whatever measure the first firms failed.
 * <p>
 * The firms are summed by a {@link SandboxTally}, which a host that screens each firm under both engines itself (such
 * as a Spark partition) uses to get the same report.
 * <p>
 * Usage, a change of one measure over a synthetic population:
 * <pre>{@code
 * PolicyData changed = PolicyData.builtIn().withMeasure(raisedCap);   // such as the first-loan cap at 300,000
 * SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(),
 *     EntitlementEngine.of(Catalog.of(changed)), ScreeningPopulation.of(42, 1_000, 150), LocalDate.of(2023, 6, 30));
 * report.measure(FirstLoanMeasure.SHENZHEN_2023.id());   // the cost before and after, gainers and losers
 * report.failedFirms();                                  // firms that failed under either engine
 * }</pre>
 * <p>
 * This class is immutable and thread-safe; each run is on the calling thread.
 */
public final class SandboxRun {

  private SandboxRun() {
  }

  /**
   * Compares the costs of a population under two engines. A firm with a failure under either engine is counted in
   * {@link SandboxReport#failedFirms()}; {@link #compare(EntitlementEngine, EntitlementEngine, Iterator, LocalDate,
   * Consumer)} names each one.
   *
   * @param baseline  the engine over the current packs
   * @param changed  the engine over the changed packs
   * @param population  the profiles, such as a {@code ScreeningPopulation}
   * @param asOf  the evaluation date
   * @return the report
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the date is outside the
   *     engine's 1990-01-01..2100-12-31 (naming {@code asOf}, before any firm is read)
   */
  public static SandboxReport compare(EntitlementEngine baseline, EntitlementEngine changed,
      Iterator<? extends EnterpriseProfile> population, LocalDate asOf) {
    return compare(baseline, changed, population, asOf, firm -> { });
  }

  /**
   * Compares the costs of a population under two engines, giving each firm with a failure to {@code failed}: its
   * result under the baseline ({@link ScreeningFirm#index()}, and {@link ScreeningFirm#failures()} as
   * {@code "measure: code at field"}), and its result under the change too when that fails otherwise (a change that
   * makes a measure fail where it did not), in population order, so that the analyst knows which firms the report
   * does not wholly hold.
   *
   * @param baseline  the engine over the current packs
   * @param changed  the engine over the changed packs
   * @param population  the profiles; a null profile is a failed firm ({@code profile: input.required})
   * @param asOf  the evaluation date
   * @param failed  receives each firm that failed under either engine
   * @return the report
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the date is outside the
   *     engine's 1990-01-01..2100-12-31 (naming {@code asOf}, before any firm is read)
   */
  public static SandboxReport compare(EntitlementEngine baseline, EntitlementEngine changed,
      Iterator<? extends EnterpriseProfile> population, LocalDate asOf, Consumer<? super ScreeningFirm> failed) {
    check(baseline, changed, population, "population", asOf, failed);
    return run(baseline, changed, population, (index, profile) -> new ScreeningFirm[] {
        ScreeningRun.screenOne(baseline, index, profile, asOf), ScreeningRun.screenOne(changed, index, profile, asOf)},
        failed);
  }

  /**
   * Compares the costs of a population given as the lines of an NDJSON file, one enterprise profile's JSON a line,
   * each line read once ({@link ScreeningRun#screenOneJson}, with the hardened mapper): a line that is not a profile
   * is a failed firm naming its field as a JSON Pointer into the line, given to {@code failed}, and the lines after
   * it are compared. A blank line ({@link String#isBlank()}: empty, or only whitespace, a {@code \r} left by a
   * Windows line end among it) holds no firm: it is skipped, in no count of the report and given to no sink, but
   * counted, as {@link ScreeningRun#screenJson(EntitlementEngine, Iterator, LocalDate, Consumer)} and an NDJSON loan
   * book count it; a null line is a failed firm ({@code profile: input.required}).
   *
   * @param baseline  the engine over the current packs
   * @param changed  the engine over the changed packs
   * @param lines  the profiles' JSON, one a line; a firm's index is its line's number less one, the blank lines
   *     before it counted
   * @param asOf  the evaluation date
   * @param failed  receives each firm that failed under either engine, as above
   * @return the report
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the date is outside the
   *     engine's 1990-01-01..2100-12-31 (naming {@code asOf}, before any line is read)
   */
  public static SandboxReport compareJson(EntitlementEngine baseline, EntitlementEngine changed,
      Iterator<String> lines, LocalDate asOf, Consumer<? super ScreeningFirm> failed) {
    check(baseline, changed, lines, "lines", asOf, failed);
    return run(baseline, changed, lines, (index, line) -> {
      if (line != null && line.isBlank()) {
        // no firm, as the screening's screenJson skips it
        return null;
      }
      EnterpriseProfile profile;
      try {
        profile = line == null ? null : HuiqiJson.read(line, EnterpriseProfile.class);
      } catch (HuiqiException ex) {
        // not a profile: the same failure under both engines, as the screening names it
        ScreeningFirm unread = ScreeningRun.screenOneJson(baseline, index, line, asOf);
        return new ScreeningFirm[] {unread, unread};
      }
      return new ScreeningFirm[] {ScreeningRun.screenOne(baseline, index, profile, asOf),
          ScreeningRun.screenOne(changed, index, profile, asOf)};
    }, failed);
  }

  private static void check(EntitlementEngine baseline, EntitlementEngine changed, Iterator<?> population,
      String name, LocalDate asOf, Consumer<? super ScreeningFirm> failed) {
    Args.notNull(baseline, "baseline");
    Args.notNull(changed, "changed");
    Args.notNull(population, name);
    Args.notNull(asOf, "asOf");
    if (asOf.isBefore(EntitlementRequest.EARLIEST) || asOf.isAfter(EntitlementRequest.LATEST)) {
      // the call's fault, named once, not every firm's failure blamed on its profile
      throw new InvalidInputException("asOf", asOf, "must be from " + EntitlementRequest.EARLIEST + " to "
          + EntitlementRequest.LATEST);
    }
    Args.notNull(failed, "failed");
  }

  /**
   * One item of a population screened under both engines: the baseline's firm, then the change's; null for an item
   * that holds no firm (a blank line).
   */
  @FunctionalInterface
  private interface BothEngines<T> {
    ScreeningFirm[] screen(long index, T item);
  }

  private static <T> SandboxReport run(EntitlementEngine baseline, EntitlementEngine changed,
      Iterator<? extends T> population, BothEngines<T> both, Consumer<? super ScreeningFirm> failed) {
    // the measures in the baseline's catalogue order, then the change's new ones, whichever the first firm failed
    SandboxTally tally = new SandboxTally(ScreeningTally.catalogueOrder(baseline, changed));
    long index = 0;
    while (population.hasNext()) {
      ScreeningFirm[] pair = both.screen(index++, population.next());
      if (pair == null) {
        // a blank line: counted in the index, no firm
        continue;
      }
      ScreeningFirm was = pair[0];
      ScreeningFirm is = pair[1];
      if (!was.failures().isEmpty()) {
        failed.accept(was);
      }
      if (!is.failures().isEmpty() && !is.failures().equals(was.failures())) {
        failed.accept(is);
      }
      tally.add(was, is);
    }
    return tally.report();
  }

  /** Whether a kind of amount is public money paid or forgone. */
  static boolean isFiscal(AmountKind kind) {
    return kind.isBenefitToFirm() || kind == AmountKind.PAYMENT_TO_LENDER;
  }
}
