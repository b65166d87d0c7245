package io.github.huiqi.examples.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.sum;

import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * The policy sandbox (政策沙盘) on Spark: each partition of a population (the Parquet of
 * {@link SparkScreeningJob#writePopulation}) run by the library's {@link SandboxRun#compare} under the built-in packs
 * and under a {@link SparkPolicy.Change}, its report cut into additive lines ({@link SparkSandboxPart}), and the lines
 * summed by Spark into the report of the whole population: the change in cost per measure with the firms that gain
 * or lose, by size class and by district.
 * <p>
 * Every figure of the report is a count or a sum over firms, so the partitions' reports add up to the single-machine
 * report exactly (the amounts in fen). Each partition's rows go through {@link SandboxRun#compareJson}: a profile the
 * JSON reading rejects is a failed firm, counted in {@code failedFirms} as on one machine; a row whose profile is
 * blank is a failed firm too (given as null: {@code compareJson} skips a blank line, which in a file holds no firm,
 * but a row is a firm), as {@link SparkScreeningJob} counts it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SparkSandboxJob {

  private SparkSandboxJob() {
  }

  /**
   * Compares the cost of a population under the built-in packs and under a change.
   *
   * @param population  the rows, with a column {@code profile} (JSON text)
   * @param change  the change
   * @param asOf  the evaluation date
   * @return the report, as {@link SandboxRun#compare} gives it on one machine
   */
  public static SandboxReport compare(Dataset<Row> population, SparkPolicy.Change change, LocalDate asOf) {
    MapPartitionsFunction<Row, SparkSandboxPart> perPartition = rows -> {
      Iterator<String> lines = new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public String next() {
          String profile = rows.next().getString(0);
          // a row is a firm, its profile blank or not: as a null profile, a failed firm (compareJson would skip a
          // blank line of a file, which holds no firm), as SparkScreeningJob fails it
          return profile != null && profile.isBlank() ? null : profile;
        }
      };
      SandboxReport part = SandboxRun.compareJson(SparkPolicy.engine(), SparkPolicy.engine(change), lines, asOf,
          firm -> { });
      return SparkSandboxPart.of(part).iterator();
    };
    List<Row> rows = population.select("profile")
        .mapPartitions(perPartition, Encoders.bean(SparkSandboxPart.class))
        .groupBy("table", "key", "kind")
        .agg(min("position").as("first"), sum("firms"), sum("gainers"), sum("losers"), sum("eligibleBefore"),
            sum("eligibleAfter"), sum("certainBeforeFen"), sum("certainAfterFen"), sum("inReachBeforeFen"),
            sum("inReachAfterFen"), sum("changeFen"), sum("setAsideBefore"), sum("setAsideAfter"),
            sum("failedFirms"))
        .orderBy(col("table"), col("first"), col("key"))
        .collectAsList();
    long firms = 0;
    long failedFirms = 0;
    List<SandboxMeasureDelta> measures = new ArrayList<>();
    List<SandboxGroupDelta> bySize = new ArrayList<>();
    List<SandboxGroupDelta> byDistrict = new ArrayList<>();
    for (Row r : rows) {
      switch (r.getString(0)) {
        case "firms" -> {
          firms = r.getLong(4);
          failedFirms = r.getLong(16);
        }
        case "measure" -> measures.add(new SandboxMeasureDelta(MeasureId.of(r.getString(1)),
            AmountKind.valueOf(r.getString(2)), SparkFen.yuan(r.getLong(9)), SparkFen.yuan(r.getLong(10)),
            SparkFen.yuan(r.getLong(11)), SparkFen.yuan(r.getLong(12)), r.getLong(5), r.getLong(6), r.getLong(7),
            r.getLong(8), r.getLong(14), r.getLong(15)));
        case "size" -> bySize.add(group(r));
        default -> byDistrict.add(group(r));
      }
    }
    // SandboxRun's orders: size classes LARGE to MICRO then unknown; districts by code.
    bySize.sort(Comparator.comparingInt(SparkSandboxJob::sizeRank));
    byDistrict.sort(Comparator.comparing(SandboxGroupDelta::group));
    return new SandboxReport(firms, failedFirms, measures, bySize, byDistrict);
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
