package io.github.huiqi.calculators.batch.screening;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
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
import java.util.function.Predicate;
import java.util.stream.IntStream;

/**
 * Screens a population with the entitlement engine (its public API only): each firm's outcomes to a sink (such as
 * an NDJSON file through {@link #ndjson(Writer)}) and the population's totals per measure, in the engine's catalogue
 * order (a {@link ScreeningTally} told it, whatever measure the first firms failed), one firm in memory at a time. A
 * profile the engine rejects is a firm with a failure, never the end of the run.
 * <p>
 * A platform that holds its register as NDJSON, one profile's JSON a line, screens the lines as they are read with
 * {@link #screenJson(EntitlementEngine, Iterator, LocalDate, Consumer, int)}: a line that is not a profile (malformed
 * JSON, an unknown field, a value out of range) is a firm with a failure naming the field, as a JSON Pointer into the
 * line, and its index (the line's number less one), and the lines after it are screened. A blank line (empty, or
 * only whitespace such as the {@code \r} of a Windows line end) holds no firm: it is skipped but counted, as an
 * NDJSON loan book's blank lines are ({@code BookSource.ndjson}), so that a firm's index stays its line's number less
 * one, on one thread or several.
 * <p>
 * {@link #screen(EntitlementEngine, Iterator, LocalDate, Consumer, int)} evaluates on several threads (the caller and
 * the common fork-join pool), a block of firms at a time, and gives the sink the same firms in the same order, so its
 * totals and its output are those of one thread.
 * <p>
 * Usage, a register read as it streams and a synthetic population:
 * <pre>{@code
 * EntitlementEngine engine = EntitlementEngine.builtIn();
 * try (BufferedReader in = Files.newBufferedReader(firms); Writer out = Files.newBufferedWriter(outcomes)) {
 *   ScreeningTotals totals = ScreeningRun.screenJson(engine, in.lines().iterator(), LocalDate.of(2023, 6, 30),
 *       ScreeningRun.ndjson(out), 2);                      // one NDJSON line a firm, on 2 threads
 *   totals.measure(FirstLoanMeasure.SHENZHEN_2023.id());   // firms eligible, undetermined, failed; the amounts
 * }
 * ScreeningTotals synthetic = ScreeningRun.screen(engine, ScreeningPopulation.of(42, 1_000, 150),
 *     LocalDate.of(2023, 6, 30), firm -> { });             // a synthetic population, one firm at a time
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ScreeningRun {

  /** The firms a thread evaluates per block of a parallel run. */
  public static final int BLOCK_PER_THREAD = 256;
  /** Slices a thread's share of a block is cut into, so that a thread that starts late still gets an even share. */
  private static final int SLICES_PER_THREAD = 8;

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
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the date is outside the
   *     engine's 1990-01-01..2100-12-31 (naming {@code asOf}, before any firm is read)
   */
  public static ScreeningTotals screen(EntitlementEngine engine, Iterator<? extends EnterpriseProfile> population,
      LocalDate asOf, Consumer<? super ScreeningFirm> sink) {
    return run(engine, population, "population", asOf, sink, 1, ScreeningRun::screenOne, profile -> false);
  }

  /**
   * Screens a population on up to {@code threads} threads of the common fork-join pool (the caller included), as the
   * book paths' parallel forms do: the profiles are taken from the population a block at a time
   * ({@value #BLOCK_PER_THREAD} firms a thread) on the calling thread, the block cut into slices (eight a thread)
   * evaluated in parallel, and the firms handed to the
   * sink in population order on the calling thread; at most one block is held. The totals and the sink's firms are
   * those of {@link #screen(EntitlementEngine, Iterator, LocalDate, Consumer)}. On the 2-core build machine two threads
   * screened 1,000,000 firms 1.2 times as fast as one (README, "Performance").
   *
   * @param engine  the engine
   * @param population  the profiles; read on the calling thread only
   * @param asOf  the evaluation date
   * @param sink  receives each firm's result, in population order, on the calling thread
   * @param threads  the threads to evaluate on, at least 1 (2 on a two-core machine)
   * @return the totals per measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, threads is below 1 or above
   *     {@code Integer.MAX_VALUE / BLOCK_PER_THREAD}, or the date is outside the engine's 1990-01-01..2100-12-31
   *     (naming {@code asOf}, before any firm is read)
   */
  public static ScreeningTotals screen(EntitlementEngine engine, Iterator<? extends EnterpriseProfile> population,
      LocalDate asOf, Consumer<? super ScreeningFirm> sink, int threads) {
    return run(engine, population, "population", asOf, sink, threads, ScreeningRun::screenOne, profile -> false);
  }

  /**
   * Screens a population given as the lines of an NDJSON file, one enterprise profile's JSON a line (such as
   * {@code reader.lines().iterator()} of a {@code BufferedReader}), on one thread: each line read with the hardened
   * mapper ({@link HuiqiJson}, under its limits), as {@link #screenOneJson} reads it. A line that is not a profile
   * is a firm with that failure, named by its field, never the end of the run. A blank line ({@link String#isBlank()}:
   * empty, or only whitespace, a {@code \r} left by a Windows line end among it) is skipped, neither a firm nor a
   * failure, but counted; a null line is a firm that failed ({@code profile: input.required}).
   *
   * @param engine  the engine
   * @param lines  the profiles' JSON, one a line; a firm's index is its line's number less one, the blank lines
   *     before it counted
   * @param asOf  the evaluation date
   * @param sink  receives each firm's result, in line order
   * @return the totals per measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the date is outside the
   *     engine's 1990-01-01..2100-12-31 (naming {@code asOf}, before any line is read)
   */
  public static ScreeningTotals screenJson(EntitlementEngine engine, Iterator<String> lines, LocalDate asOf,
      Consumer<? super ScreeningFirm> sink) {
    return screenJson(engine, lines, asOf, sink, 1);
  }

  /**
   * Screens the lines of an NDJSON population on up to {@code threads} threads, as
   * {@link #screen(EntitlementEngine, Iterator, LocalDate, Consumer, int)} screens profiles: the lines taken on the
   * calling thread a block at a time, each read and evaluated on the thread that screens it, the firms handed to the
   * sink in line order; the totals and the firms are those of one thread. A blank line is skipped but counted, as
   * by {@link #screenJson(EntitlementEngine, Iterator, LocalDate, Consumer)}: a block holds firms only, each with
   * its line's number less one as its index.
   *
   * @param engine  the engine
   * @param lines  the profiles' JSON, one a line; read on the calling thread only; a firm's index is its line's
   *     number less one, the blank lines before it counted
   * @param asOf  the evaluation date
   * @param sink  receives each firm's result, in line order, on the calling thread
   * @param threads  the threads to evaluate on, at least 1
   * @return the totals per measure
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, threads is below 1 or above
   *     {@code Integer.MAX_VALUE / BLOCK_PER_THREAD}, or the date is outside the engine's 1990-01-01..2100-12-31
   *     (naming {@code asOf}, before any line is read)
   */
  public static ScreeningTotals screenJson(EntitlementEngine engine, Iterator<String> lines, LocalDate asOf,
      Consumer<? super ScreeningFirm> sink, int threads) {
    return run(engine, lines, "lines", asOf, sink, threads, ScreeningRun::screenOneJson, ScreeningRun::isBlank);
  }

  /**
   * Whether a line of an NDJSON population holds no firm: empty, or only whitespace (a {@code \r} before the line end
   * among it), as an NDJSON book's blank line ({@code BookLines}); the sandbox's {@code compareJson} reads lines so
   * too. A null line is not blank: a firm that failed.
   */
  private static boolean isBlank(String line) {
    return line != null && line.isBlank();
  }

  /** Screens one item of a population: a profile, or a line of JSON. */
  @FunctionalInterface
  private interface OneFirm<T> {
    ScreeningFirm screen(EntitlementEngine engine, long index, T item, LocalDate asOf);
  }

  /**
   * The run of {@link #screen} and {@link #screenJson}, over profiles or lines: each item counted, those
   * {@code skipped} (blank lines) making no firm, so that a firm's index is its item's place.
   */
  private static <T> ScreeningTotals run(EntitlementEngine engine, Iterator<? extends T> population, String name,
      LocalDate asOf, Consumer<? super ScreeningFirm> sink, int threads, OneFirm<T> one, Predicate<T> skipped) {
    if (threads < 1) {
      throw new InvalidInputException("threads", threads, "must be at least 1");
    }
    if (threads > Integer.MAX_VALUE / BLOCK_PER_THREAD) {
      // a block holds BLOCK_PER_THREAD profiles a thread, in one array
      throw new InvalidInputException("threads", threads, "must be at most " + Integer.MAX_VALUE / BLOCK_PER_THREAD);
    }
    Args.notNull(engine, "engine");
    Args.notNull(population, name);
    checkDate(asOf);
    Args.notNull(sink, "sink");
    // the measures in the engine's catalogue order, whichever the first firm failed
    ScreeningTally tally = new ScreeningTally(ScreeningTally.catalogueOrder(engine));
    long index = 0;
    if (threads == 1) {
      while (population.hasNext()) {
        T item = population.next();
        long at = index++;
        if (skipped.test(item)) {
          continue;
        }
        ScreeningFirm firm = one.screen(engine, at, item, asOf);
        tally.add(firm);
        sink.accept(firm);
      }
      return tally.totals();
    }
    Object[] profiles = new Object[BLOCK_PER_THREAD * threads];
    // each firm's index: its item's place, the skipped items before it counted (so not first + i)
    long[] indexes = new long[profiles.length];
    ScreeningFirm[] firms = new ScreeningFirm[profiles.length];
    while (population.hasNext()) {
      int count = 0;
      while (count < profiles.length && population.hasNext()) {
        T item = population.next();
        long at = index++;
        if (!skipped.test(item)) {
          indexes[count] = at;
          profiles[count++] = item;
        }
      }
      int size = count;
      int slices = threads * SLICES_PER_THREAD;
      IntStream.range(0, slices).parallel().forEach(slice -> {
        for (int i = size * slice / slices; i < size * (slice + 1) / slices; i++) {
          @SuppressWarnings("unchecked") // every element was taken from the population, an iterator of T
          T item = (T) profiles[i];
          firms[i] = one.screen(engine, indexes[i], item, asOf);
        }
      });
      for (int i = 0; i < count; i++) {
        tally.add(firms[i]);
        sink.accept(firms[i]);
        firms[i] = null;
        profiles[i] = null;
      }
    }
    return tally.totals();
  }

  /**
   * Screens one firm. Each failure is given as its text and typed ({@link ScreeningFirm#failureDetails()}): a null
   * profile is {@code "profile: input.required"}, a profile the engine refuses {@code "profile: code at field"} (the
   * whole profile, with the error's value and message), a measure the engine could not evaluate
   * {@code "measure: code at field"} (with the engine's {@link EvaluationFailure}'s value and message).
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
          List.of("profile: input.required"), List.of(new ScreeningFailure(Optional.empty(), "input.required", "",
              "", "a profile is required")));
    }
    EntitlementReport report;
    try {
      report = engine.evaluate(profile, asOf);
    } catch (HuiqiException ex) {
      return new ScreeningFirm(index, profile.name(), profile.registrationRegionCode(), profile.size(), List.of(),
          List.of("profile: " + ex.code() + " at " + ex.field()), List.of(ScreeningFailure.ofProfile(ex)));
    }
    List<ScreeningOutcome> outcomes = new ArrayList<>(report.outcomes().size());
    for (MeasureOutcome outcome : report.outcomes()) {
      outcomes.add(ScreeningOutcome.of(outcome));
    }
    List<String> failures = new ArrayList<>();
    List<ScreeningFailure> typed = new ArrayList<>();
    for (EvaluationFailure failure : report.failures()) {
      failures.add(failure.measure() + ": " + failure.code() + " at " + failure.field());
      typed.add(ScreeningFailure.ofMeasure(failure));
    }
    return new ScreeningFirm(index, profile.name(), profile.registrationRegionCode(), profile.size(), outcomes,
        failures, typed);
  }

  /**
   * Screens one firm from its profile's JSON, such as one line of an NDJSON population, read with the hardened mapper
   * ({@link HuiqiJson}, under its limits). A text that is not a profile is a firm with one failure,
   * {@code "profile: code at field"}, the field a JSON Pointer into the text ({@code /size} for a size class that is
   * none, {@code /} for malformed JSON), never an exception; typed, a {@link ScreeningFailure#wholeProfile()} failure
   * with the reading's code, field, value and message.
   *
   * @param engine  the engine
   * @param index  the firm's position (in an NDJSON file, the line's number less one)
   * @param profileJson  the profile's JSON, possibly null (a failure)
   * @param asOf  the evaluation date
   * @return the firm's result
   */
  public static ScreeningFirm screenOneJson(EntitlementEngine engine, long index, String profileJson,
      LocalDate asOf) {
    EnterpriseProfile profile = null;
    if (profileJson != null) {
      try {
        profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
      } catch (HuiqiException ex) {
        return new ScreeningFirm(index, Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
            List.of("profile: " + ex.code() + " at " + ex.field()), List.of(ScreeningFailure.ofProfile(ex)));
      }
    }
    return screenOne(engine, index, profile, asOf);
  }

  /**
   * Checks the evaluation date as the engine does, so that a date out of its range is the call's fault, named once,
   * rather than every firm's failure blamed on its profile ("profile: input.invalid at asOf").
   *
   * @param asOf  the date
   * @return the date
   * @throws InvalidInputException naming {@code asOf} if null or outside 1990-01-01..2100-12-31
   */
  private static LocalDate checkDate(LocalDate asOf) {
    Args.notNull(asOf, "asOf");
    if (asOf.isBefore(EntitlementRequest.EARLIEST) || asOf.isAfter(EntitlementRequest.LATEST)) {
      throw new InvalidInputException("asOf", asOf, "must be from " + EntitlementRequest.EARLIEST + " to "
          + EntitlementRequest.LATEST);
    }
    return asOf;
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
