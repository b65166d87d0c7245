package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.examples.platform.ScreeningExample;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.money.MonetaryAmount;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * The loan-book claims and first-loan subsidies, the city screening and the policy sandbox on Apache Spark: the
 * program to give {@code spark-submit}.
 * <p>
 * With no arguments it makes a small sample (a book of 1,000 loans as CSV, a population of 200 firms as Parquet,
 * and their first-loan requests as NDJSON) in a temporary directory and runs the jobs over it on the master given
 * (local, two threads, when none is), printing the totals; the sample sits on the driver's disk, so give it a local
 * master. On a cluster, point it at your data:
 * <pre>
 * population &lt;parquet-dir&gt; &lt;firms&gt;            write a synthetic population (seed {@value #SEED})
 * book &lt;csv&gt; [&lt;out-parquet-dir&gt;]             risk-compensation claims, one result a loan
 * first-loans &lt;ndjson&gt; [&lt;out-parquet-dir&gt;]   first-loan interest subsidies, one result an enterprise
 * screening &lt;parquet-dir&gt; [&lt;out-parquet-dir&gt;]  the whole catalogue for every firm, one result a firm
 * sandbox &lt;parquet-dir&gt;                      pool uplift 30 → 40 points, first-loan cap 200,000 → 300,000
 * </pre>
 * Every job evaluates on 2023-09-30.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class SparkExample {

  /** The population's seed, as {@link ScreeningExample}'s. */
  public static final long SEED = ScreeningExample.SEED;
  /** The evaluation date. */
  public static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  /** The sandbox's change (深工信〔2023〕26号 第5条): the pool's uplift to 40 points, the first-loan cap to 300,000. */
  public static final SparkPolicy.Change CHANGE = new SparkPolicy.Change("40", "300000");

  private SparkExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  none for the sample, or a job and its paths (see the class description)
   * @throws UncheckedIOException if the sample cannot be written
   */
  public static void main(String[] args) {
    boolean running = SparkSession.getDefaultSession().isDefined();
    SparkConf conf = new SparkConf().setAppName("huiqi").setIfMissing("spark.master", "local[2]");
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      if (args.length == 0) {
        sample(spark, System.out);
      } else {
        run(spark, args, System.out);
      }
    } finally {
      if (!running) {
        spark.stop();
      }
    }
  }

  /**
   * Makes the sample in a temporary directory, runs the jobs over it and deletes it.
   *
   * @param spark  the session
   * @param out  where to print
   * @throws UncheckedIOException if the sample cannot be written
   */
  public static void sample(SparkSession spark, PrintStream out) {
    Path dir;
    try {
      dir = Files.createTempDirectory("huiqi-spark");
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    try {
      Path book = dir.resolve("book.csv");
      SparkLoanBook.write(book, SEED, 1_000);
      String population = dir.resolve("population").toUri().toString();
      SparkScreeningJob.writePopulation(spark, SEED, 200, 150, 2, population);
      Path firstLoans = dir.resolve("first-loans.ndjson");
      SparkLoanBook.writeFirstLoans(firstLoans, SEED, 200, 150);
      run(spark, new String[] {"book", book.toUri().toString()}, out);
      run(spark, new String[] {"first-loans", firstLoans.toUri().toString()}, out);
      run(spark, new String[] {"screening", population}, out);
      run(spark, new String[] {"sandbox", population}, out);
    } finally {
      delete(dir);
    }
  }

  /** Deletes the sample's directory and everything in it. */
  private static void delete(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
        Files.delete(path);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Runs one job.
   *
   * @param spark  the session
   * @param args  the job and its paths (see the class description)
   * @param out  where to print
   * @throws IllegalArgumentException if the arguments name no job
   */
  public static void run(SparkSession spark, String[] args, PrintStream out) {
    String job = args.length > 0 ? args[0] : "";
    switch (job) {
      case "population" -> {
        need(args, 3);
        SparkScreeningJob.writePopulation(spark, SEED, Long.parseLong(args[2]), 150,
            spark.sparkContext().defaultParallelism(), args[1]);
        out.println("population of " + args[2] + " firms written to " + args[1]);
      }
      case "book" -> {
        need(args, 2);
        Dataset<SparkBookItem> items = SparkBookJob.claims(SparkBookJob.readCsv(spark, args[1])).cache();
        if (args.length > 2) {
          items.write().mode(SaveMode.Overwrite).parquet(args[2]);
        }
        print("risk-compensation claims", SparkBookJob.totals(items), out);
        items.unpersist();
      }
      case "first-loans" -> {
        need(args, 2);
        Dataset<SparkBookItem> items = SparkBookJob.firstLoans(spark.read().textFile(args[1])).cache();
        if (args.length > 2) {
          items.write().mode(SaveMode.Overwrite).parquet(args[2]);
        }
        print("first-loan subsidies", SparkBookJob.totals(items), out);
        items.unpersist();
      }
      case "screening" -> {
        need(args, 2);
        Dataset<SparkFirm> firms = SparkScreeningJob.screen(spark.read().parquet(args[1]), AS_OF).cache();
        if (args.length > 2) {
          firms.write().mode(SaveMode.Overwrite).parquet(args[2]);
        }
        print(SparkScreeningJob.totals(firms), out);
        firms.unpersist();
      }
      case "sandbox" -> {
        need(args, 2);
        print(SparkSandboxJob.compare(spark.read().parquet(args[1]), CHANGE, AS_OF), out);
      }
      default -> throw new IllegalArgumentException("no such job: " + Arrays.toString(args)
          + "; give population, book, first-loans, screening or sandbox and the paths");
    }
  }

  private static void need(String[] args, int count) {
    if (args.length < count) {
      throw new IllegalArgumentException(args[0] + " needs " + (count - 1) + " path(s): " + Arrays.toString(args));
    }
  }

  private static void print(String what, BookTotals totals, PrintStream out) {
    out.println(what + " on Spark: " + totals.items() + " items, " + totals.eligible()
        + " eligible, " + totals.undetermined() + " undetermined, " + totals.ineligible() + " ineligible, "
        + totals.failed() + " failed; amount " + plain(totals.amount().minimum()) + " .. "
        + plain(totals.amount().maximum()));
  }

  private static void print(ScreeningTotals totals, PrintStream out) {
    out.println("screening on Spark: " + totals.firms() + " firms (" + totals.failedFirms() + " with a failure)");
    out.printf(Locale.ROOT, "%-58s %8s %8s %9s %20s %20s%n", "measure", "eligible", "undeterm", "set aside",
        "certain (CNY)", "in reach (CNY)");
    for (ScreeningMeasureTotals m : totals.measures()) {
      out.printf(Locale.ROOT, "%-58s %8d %8d %9d %20s %20s%n", m.measure(), m.eligible(), m.undetermined(),
          m.setAside(), plain(m.certain()), plain(m.inReach()) + (m.unbounded() > 0 ? "+" : ""));
    }
  }

  private static void print(SandboxReport report, PrintStream out) {
    out.println("policy sandbox on Spark over " + report.firms() + " firms (" + report.failedFirms()
        + " with a failure): pool uplift 30 → 40 points, first-loan cap 200,000 → 300,000");
    for (SandboxMeasureDelta m : report.measures()) {
      if (m.gainers() + m.losers() > 0) {
        out.printf(Locale.ROOT, "  %-58s certain %16s → %16s, %d gain, %d lose, %d → %d set aside, %d → %d failed%n",
            m.measure(), plain(m.certainBefore()), plain(m.certainAfter()), m.gainers(), m.losers(),
            m.setAsideBefore(), m.setAsideAfter(), m.failedBefore(), m.failedAfter());
      }
    }
    for (SandboxGroupDelta g : report.bySize()) {
      out.printf(Locale.ROOT, "  %-8s %5d firms %4d gain %4d lose %16s%n", g.group(), g.firms(), g.gainers(),
          g.losers(), plain(g.inReachChange()));
    }
  }

  private static String plain(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount").toPlainString();
  }
}
