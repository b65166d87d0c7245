package io.github.huiqi.examples.bench;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.GcInfo;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.policy.PolicyData;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

/**
 * Streams a generated book of risk-compensation claims through the NDJSON path ({@link BookNdjson#riskPool}) and
 * prints the time, the claims a second and the heap used: the measure of "10,000,000 claims in constant memory".
 * <p>
 * The claims come from {@link NdjsonClaimGenerator} (seeded, generated as they are read, never on disk); the results
 * go to a writer that counts the characters and drops them, or to a file if one is named. A test source, run by hand
 * in a small heap:
 * <pre>
 * mvn -B -ntp -q -pl examples -am -DskipTests -Dhuiqi.skipJacksonOldest=true package
 * mvn -B -ntp -q -pl core dependency:build-classpath -Dmdep.outputFile="$PWD/cp.txt" -Dmdep.includeScope=runtime
 * java -Xmx64m -cp examples/target/test-classes:calculators/target/classes:core/target/classes:$(cat cp.txt) \
 *     io.github.huiqi.examples.bench.NdjsonBookRun 10000000 items
 * </pre>
 * Arguments: the number of claims (default 10,000,000); the output form: {@code items} (one {@code BookItem} a
 * line, the default), {@code compact} (each explained result without its explanation) or {@code explained} (with
 * it); optionally a file to write the results to. It prints one
 * {@code key=value} line a figure; the peak heap is the sum of the heap pools' peaks (an upper bound of the heap ever
 * in use, garbage included), and the heap after GC the most the heap held right after any collection during the run
 * (what the run keeps alive). Add {@code -Xlog:gc:file=gc.log} to see the heap after every collection.
 * <p>
 * The generated ids are unique ({@code L1}, {@code L2}, ...), so the book is read as a bank's book whose ids are
 * unique upstream, without the check that would hold every id ({@link BookSource#withoutIdCheck()}, about 120 bytes
 * an id): the "10,000,000 claims in a 64 MB heap" figure is of that reading. With
 * {@code -Dhuiqi.bench.checkIds=true} the book checks its ids, as a book does by default, and holds them all (about
 * 11 MB at 100,000 claims, 1.2 GB at 10,000,000); it prints {@code idCheck=} either way.
 */
public final class NdjsonBookRun {

  /** The seed of the generated book. */
  static final long SEED = 20261202L;

  /** Whether the book checks its ids ({@code -Dhuiqi.bench.checkIds=true}); by default it does not. */
  private static final boolean CHECK_IDS = Boolean.getBoolean("huiqi.bench.checkIds");

  private NdjsonBookRun() {
  }

  /**
   * Runs the book.
   *
   * @param args  the number of claims, the output form, an optional output file
   * @throws IOException if the output file cannot be written
   */
  public static void main(String[] args) throws IOException {
    long claims = args.length > 0 ? Long.parseLong(args[0].replace("_", "")) : 10_000_000L;
    String form = args.length > 1 ? args[1] : "items";
    JsonCodec codec = HuiqiJson.codec().with(form.equals("explained") ? JsonOutput.COMPACT
        : JsonOutput.COMPACT.withoutExplanation());
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    HeapAfterGc afterGc = new HeapAfterGc();
    long start = System.nanoTime();
    BookTotals totals;
    long characters;
    try (Writer out = args.length > 2
        ? new OutputStreamWriter(Files.newOutputStream(Path.of(args[2])), StandardCharsets.UTF_8)
        : new CountingWriter()) {
      CountingWriter counter = out instanceof CountingWriter c ? c : null;
      BookSource<RiskPoolClaim> book = BookSource.ndjson(new NdjsonClaimGenerator(claims, SEED),
          RiskPoolClaim.class, claim -> Optional.of(claim.loanId()), "loanId", codec);
      if (!CHECK_IDS) {
        book.withoutIdCheck();
      }
      totals = form.equals("items")
          ? BookNdjson.items(book, BookCalculators.riskPool(measure, RiskPoolOptions.DEFAULTS), out, codec)
          : BookNdjson.riskPool(measure, RiskPoolOptions.DEFAULTS, book, out, codec);
      characters = counter == null ? -1 : counter.count;
    }
    long nanos = System.nanoTime() - start;
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    long collections = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
    }
    double seconds = nanos / 1e9;
    System.out.println("claims=" + claims);
    System.out.println("form=" + form);
    System.out.println("idCheck=" + CHECK_IDS);
    System.out.println("seconds=" + String.format("%.1f", seconds));
    System.out.println("claimsPerSecond=" + Math.round(claims / seconds));
    System.out.println("outputCharacters=" + characters);
    System.out.println("maxHeapMb=" + Runtime.getRuntime().maxMemory() / (1024 * 1024));
    System.out.println("peakHeapMb=" + String.format("%.1f", peak / (1024.0 * 1024)));
    System.out.println("maxHeapAfterGcMb=" + String.format("%.1f", afterGc.max() / (1024.0 * 1024)));
    System.out.println("gcCollections=" + collections);
    System.out.println("totals=" + HuiqiJson.write(totals, JsonOutput.COMPACT));
  }

  /** The most heap in use right after a collection, from the collectors' notifications. */
  static final class HeapAfterGc implements NotificationListener {
    private final AtomicLong max = new AtomicLong();

    HeapAfterGc() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        if (gc instanceof NotificationEmitter emitter) {
          emitter.addNotificationListener(this, null, null);
        }
      }
    }

    @Override
    public void handleNotification(Notification notification, Object handback) {
      if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
        return;
      }
      GcInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
      long used = 0;
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        MemoryUsage after = info.getMemoryUsageAfterGc().get(pool.getName());
        if (pool.getType() == MemoryType.HEAP && after != null) {
          used += after.getUsed();
        }
      }
      max.accumulateAndGet(used, Math::max);
    }

    long max() {
      return max.get();
    }
  }

  /** Counts the characters written and drops them. */
  static final class CountingWriter extends Writer {
    long count;

    @Override
    public void write(char[] chars, int offset, int length) {
      count += length;
    }

    @Override
    public void write(String text, int offset, int length) {
      count += length;
    }

    @Override
    public void write(int c) {
      count++;
    }

    @Override
    public void flush() {
      // nothing held
    }

    @Override
    public void close() {
      // nothing to release
    }
  }
}
