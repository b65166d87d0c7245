package io.github.huiqi.examples.spark;

import static io.github.huiqi.examples.spark.SparkBookJob.countWhere;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * City-wide screening on Spark: a population of enterprise profiles in Parquet (one row a firm: {@code index}, and
 * {@code profile}, the 一企一档 as the library's JSON), each partition's firms run through the whole catalogue by the
 * entitlement engine ({@link ScreeningRun#screenOneJson}), one {@link SparkFirm} a firm; the totals per measure summed
 * by Spark in fen, as {@link ScreeningRun#screen} sums them on one machine.
 * <p>
 * A profile the JSON reading rejects is a firm with a failure naming the field, as a profile the engine rejects is.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class SparkScreeningJob {

  private SparkScreeningJob() {
  }

  /**
   * Writes a synthetic population to Parquet, each profile made on an executor from the seed and its index (the same
   * profiles {@code ScreeningPopulation.of(seed, size, unknownPerMille)} makes on one machine).
   *
   * @param spark  the session
   * @param seed  the population's seed
   * @param size  the number of firms
   * @param unknownPerMille  the share of each unknowable fact left absent, in thousandths
   * @param partitions  the number of partitions (and files)
   * @param path  the Parquet directory, replaced if present
   */
  public static void writePopulation(SparkSession spark, long seed, long size, int unknownPerMille, int partitions,
      String path) {
    MapPartitionsFunction<Long, Tuple2<Long, String>> profiles = indexes -> {
      ScreeningPopulation population = ScreeningPopulation.of(seed, size, unknownPerMille);
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return indexes.hasNext();
        }

        @Override
        public Tuple2<Long, String> next() {
          long index = indexes.next();
          return new Tuple2<>(index, HuiqiJson.write(population.profile(index)));
        }
      };
    };
    spark.range(0, size, 1, partitions)
        .mapPartitions(profiles, Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .toDF("index", "profile")
        .write().mode(SaveMode.Overwrite).parquet(path);
  }

  /**
   * Screens every firm of a population, per partition, on one evaluation date.
   *
   * @param population  the rows, with columns {@code index} (a long) and {@code profile} (JSON text)
   * @param asOf  the evaluation date
   * @return one result a firm, lazily
   */
  public static Dataset<SparkFirm> screen(Dataset<Row> population, LocalDate asOf) {
    MapPartitionsFunction<Row, SparkFirm> perPartition = rows -> {
      EntitlementEngine engine = SparkPolicy.engine();
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public SparkFirm next() {
          Row row = rows.next();
          long index = row.getLong(row.fieldIndex("index"));
          return SparkFirm.of(screenOne(engine, index, row.getString(row.fieldIndex("profile")), asOf));
        }
      };
    };
    return population.select("index", "profile").mapPartitions(perPartition, Encoders.bean(SparkFirm.class));
  }

  /**
   * Reads a profile's JSON and screens it ({@link ScreeningRun#screenOneJson}); a profile the reading rejects is a
   * firm with that failure, naming the field.
   *
   * @param engine  the engine
   * @param index  the firm's position
   * @param json  the profile's JSON, possibly null
   * @param asOf  the evaluation date
   * @return the firm's result
   */
  static ScreeningFirm screenOne(EntitlementEngine engine, long index, String json, LocalDate asOf) {
    return ScreeningRun.screenOneJson(engine, index, json, asOf);
  }


  /**
   * Sums a population's results per measure, as {@code ScreeningTally} does: firms eligible, undetermined and
   * ineligible, the eligible firms' least amounts (certain), the eligible and undetermined firms' most amounts (in
   * reach; a firm without an upper bound adds its least), the firms without an upper bound, and the firms whose
   * outcome a stacking rule set aside, whose amounts are in neither sum, and the firms the measure could not be
   * evaluated for (its own failures, and every firm that is not a profile), read from each firm's typed failures
   * ({@code failureDetails}: a failure naming the measure, or none, the whole profile), never from their texts; the
   * measures those seen in an outcome, in the engine's catalogue order, as {@code ScreeningRun} lists them.
   *
   * @param firms  the results
   * @return the totals, the amounts in CNY at the fen
   */
  public static ScreeningTotals totals(Dataset<SparkFirm> firms) {
    Row counts = firms.agg(count(lit(1)), countWhere(size(col("failures")).gt(0))).first();
    Column verdict = col("o.verdict");
    // an outcome a stacking rule set aside (never an ineligible one) is counted apart, in no amount
    Column setAside = col("o.setAside");
    Column counted = verdict.notEqual("INELIGIBLE").and(not(setAside));
    Column eligible = verdict.equalTo("ELIGIBLE");
    Column most = coalesce(col("o.maximumFen"), col("o.minimumFen"));
    List<Row> rows = new ArrayList<>(firms.select(explode(col("outcomes")).as("o"))
        .groupBy(col("o.measure"), col("o.kind"))
        .agg(countWhere(eligible), countWhere(verdict.equalTo("UNDETERMINED")),
            countWhere(verdict.equalTo("INELIGIBLE")),
            sum(when(eligible.and(counted), col("o.minimumFen")).otherwise(0L)),
            sum(when(counted, most).otherwise(0L)),
            countWhere(counted.and(col("o.maximumFen").isNull())), countWhere(setAside))
        .collectAsList());
    // in the engine's catalogue order, as ScreeningRun's tally lists them (the engine's outcomes are all of its
    // catalogue's measures; any other after them, by id)
    List<MeasureId> order = ScreeningTally.catalogueOrder(SparkPolicy.engine());
    rows.sort(Comparator.comparingInt((Row r) -> place(order, r.getString(0))).thenComparing(r -> r.getString(0)));
    // each firm's failures by the measure they name, as ScreeningTally reads them typed: a measure's firms, or (no
    // measure) the firms that are not a profile, failed for every measure; the engine names a measure once a firm
    Map<String, Long> failed = new HashMap<>();
    long notProfiles = 0;
    for (Row r : firms.select(explode(col("failureDetails")).as("f"))
        .groupBy(col("f.measure").as("measure")).agg(count(lit(1))).collectAsList()) {
      if (r.isNullAt(0)) {
        notProfiles = r.getLong(1);
      } else {
        failed.put(r.getString(0), r.getLong(1));
      }
    }
    List<ScreeningMeasureTotals> measures = new ArrayList<>(rows.size());
    for (Row r : rows) {
      measures.add(new ScreeningMeasureTotals(MeasureId.of(r.getString(0)), AmountKind.valueOf(r.getString(1)),
          r.getLong(2), r.getLong(3), r.getLong(4), SparkFen.yuan(r.getLong(5)), SparkFen.yuan(r.getLong(6)),
          r.getLong(7), r.getLong(8), notProfiles + failed.getOrDefault(r.getString(0), 0L)));
    }
    return new ScreeningTotals(counts.getLong(0), counts.getLong(1), measures);
  }

  /**
   * A measure's place in an order of measures; after every measure of it when not in it.
   *
   * @param order  the measures, such as {@code ScreeningTally.catalogueOrder(engine)}
   * @param measure  the measure's id
   * @return its place
   */
  static int place(List<MeasureId> order, String measure) {
    int place = order.indexOf(MeasureId.of(measure));
    return place < 0 ? order.size() : place;
  }
}
