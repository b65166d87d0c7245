package io.github.huiqi.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.calculators.batch.sandbox.SandboxTally;
import io.github.huiqi.calculators.batch.screening.ScreeningFailure;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The policy sandbox (政策沙盘) on Spark: each partition of a population (the Parquet of
 * {@link SparkScreeningJob#writePopulation}) screened firm by firm under the built-in packs and under a
 * {@link SparkPolicy.Change}, each firm read and screened as {@link SandboxRun#compareJson} screens a line, and summed
 * by the library's {@link SandboxTally} into the partition's report, cut into additive lines
 * ({@link SparkSandboxPart}); the lines summed by Spark into the report of the whole population: the change in cost
 * per measure with the firms that gain or lose, fail before and after, by size class and by district.
 * <p>
 * Every figure of the report is a count or a sum over firms, so the partitions' reports add up to the single-machine
 * report exactly (the amounts in fen), save a measure's failed firms, which the partitions give in two additive parts
 * (the firms that are not a profile, and the measure's own failures under each engine) summed here as
 * {@link SandboxTally} counts them. A profile the JSON reading rejects is a failed firm, counted in
 * {@code failedFirms} as on one machine; a row whose profile is blank is a failed firm too (as no profile:
 * {@code compareJson} skips a blank line, which in a file holds no firm, but a row is a firm), as
 * {@link SparkScreeningJob} counts it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SparkSandboxJob {

  private SparkSandboxJob() {
  }

  /**
   * Compares the cost of a population under the built-in packs and under a change.
   *
   * @param population  the rows, with a column {@code profile} (JSON text), as {@code writePopulation} writes it
   * @param change  the change
   * @param asOf  the evaluation date
   * @return the report, as {@link SandboxRun#compare} gives it on one machine: the measures in the baseline's
   *     catalogue order, then the change's new ones
   */
  public static SandboxReport compare(Dataset<Row> population, SparkPolicy.Change change, LocalDate asOf) {
    Dataset<Row> columns = population.select("profile");
    MapPartitionsFunction<Row, SparkSandboxPart> perPartition = rows -> {
      EntitlementEngine baseline = SparkPolicy.engine();
      EntitlementEngine changed = SparkPolicy.engine(change);
      SandboxTally tally = new SandboxTally(ScreeningTally.catalogueOrder(baseline, changed));
      long[] notProfiles = new long[2];
      Map<String, long[]> failures = new LinkedHashMap<>();
      long index = 0;
      while (rows.hasNext()) {
        Row row = rows.next();
        String profile = row.getString(0);
        // a row is a firm, its profile blank or not: as a null profile, a failed firm (compareJson would skip a
        // blank line of a file, which holds no firm), as SparkScreeningJob fails it
        long firm = index++;
        ScreeningFirm[] pair = screenBoth(baseline, changed, firm, profile != null && profile.isBlank() ? null
            : profile, asOf);
        tally.add(pair[0], pair[1]);
        for (int side = 0; side < 2; side++) {
          Set<String> named = new HashSet<>();
          boolean notProfile = false;
          for (ScreeningFailure failure : pair[side].failureDetails()) {
            if (failure.wholeProfile()) {
              notProfile = true;
            } else if (named.add(failure.who())) {
              failures.computeIfAbsent(failure.who(), id -> new long[2])[side]++;
            }
          }
          if (notProfile) {
            notProfiles[side]++;
          }
        }
      }
      return SparkSandboxPart.of(tally.report(), notProfiles, failures).iterator();
    };
    List<Row> rows = columns
        .mapPartitions(perPartition, Encoders.bean(SparkSandboxPart.class))
        .groupBy("table", "key", "kind")
        .agg(min("position").as("first"), sum("firms"), sum("gainers"), sum("losers"), sum("eligibleBefore"),
            sum("eligibleAfter"), sum("certainBeforeFen"), sum("certainAfterFen"), sum("inReachBeforeFen"),
            sum("inReachAfterFen"), sum("changeFen"), sum("setAsideBefore"), sum("setAsideAfter"),
            sum("failedFirms"), sum("failedBefore"), sum("failedAfter"))
        .orderBy(col("table"), col("first"), col("key"))
        .collectAsList();
    long firms = 0;
    long failedFirms = 0;
    long notProfilesBefore = 0;
    long notProfilesAfter = 0;
    Map<String, long[]> failed = new HashMap<>();
    List<Row> measureRows = new ArrayList<>();
    List<SandboxGroupDelta> bySize = new ArrayList<>();
    List<SandboxGroupDelta> byDistrict = new ArrayList<>();
    for (Row r : rows) {
      switch (r.getString(0)) {
        case "firms" -> {
          firms = r.getLong(4);
          failedFirms = r.getLong(16);
          notProfilesBefore = r.getLong(17);
          notProfilesAfter = r.getLong(18);
        }
        case "failed" -> failed.put(r.getString(1), new long[] {r.getLong(17), r.getLong(18)});
        case "measure" -> measureRows.add(r);
        case "size" -> bySize.add(group(r));
        default -> byDistrict.add(group(r));
      }
    }
    // SandboxRun's order: the baseline's catalogue order, then the change's new measures (the engines' outcomes are
    // all of their catalogues' measures; any other after them, by id)
    List<MeasureId> order = ScreeningTally.catalogueOrder(SparkPolicy.engine(), SparkPolicy.engine(change));
    measureRows.sort(Comparator.comparingInt((Row r) -> SparkScreeningJob.place(order, r.getString(1)))
        .thenComparing(r -> r.getString(1)));
    List<SandboxMeasureDelta> measures = new ArrayList<>();
    for (Row r : measureRows) {
      // as SandboxTally counts it: every firm that is not a profile, and the measure's own failures
      long[] own = failed.getOrDefault(r.getString(1), new long[2]);
      measures.add(new SandboxMeasureDelta(MeasureId.of(r.getString(1)), AmountKind.valueOf(r.getString(2)),
          SparkFen.yuan(r.getLong(9)), SparkFen.yuan(r.getLong(10)), SparkFen.yuan(r.getLong(11)),
          SparkFen.yuan(r.getLong(12)), r.getLong(5), r.getLong(6), r.getLong(7), r.getLong(8), r.getLong(14),
          r.getLong(15), notProfilesBefore + own[0], notProfilesAfter + own[1]));
    }
    // SandboxRun's orders: size classes LARGE to MICRO then unknown; districts by code.
    bySize.sort(Comparator.comparingInt(SparkSandboxJob::sizeRank));
    byDistrict.sort(Comparator.comparing(SandboxGroupDelta::group));
    return new SandboxReport(firms, failedFirms, measures, bySize, byDistrict);
  }

  /**
   * One firm screened under both engines as {@link SandboxRun#compareJson} screens a line: its JSON read once, a
   * text that is not a profile the same failed firm under both, a null one a firm with no profile.
   */
  private static ScreeningFirm[] screenBoth(EntitlementEngine baseline, EntitlementEngine changed, long index,
      String json, LocalDate asOf) {
    EnterpriseProfile profile;
    try {
      profile = json == null ? null : HuiqiJson.read(json, EnterpriseProfile.class);
    } catch (HuiqiException ex) {
      ScreeningFirm unread = ScreeningRun.screenOneJson(baseline, index, json, asOf);
      return new ScreeningFirm[] {unread, unread};
    }
    return new ScreeningFirm[] {ScreeningRun.screenOne(baseline, index, profile, asOf),
        ScreeningRun.screenOne(changed, index, profile, asOf)};
  }

  private static SandboxGroupDelta group(Row r) {
    return new SandboxGroupDelta(r.getString(1), r.getLong(4), r.getLong(5), r.getLong(6),
        SparkFen.yuan(r.getLong(13)));
  }

  private static int sizeRank(SandboxGroupDelta group) {
    for (EnterpriseSize size : EnterpriseSize.values()) {
      if (size.name().equals(group.group())) {
        return size.ordinal();
      }
    }
    return EnterpriseSize.values().length;
  }
}
