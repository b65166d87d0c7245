package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus over every JSON entry point ({@link JsonEntryPoints}): from each one's valid sample,
 * {@value #DOCUMENTS_PER_ENTRY_POINT} documents changed at one place each by {@link JsonMutator} (the engine's three
 * forms, which evaluate the whole catalogue, {@value #DOCUMENTS_PER_ENGINE_FORM}), more than 10,000 in all. Each is
 * answered as {@link AnswerCheck} requires: a typed error naming the place changed, or a result (the valid one itself
 * where the change keeps the meaning); never a leak, an internal error, an amount below the fen, or a hang.
 * <p>
 * The seed is {@value #DEFAULT_SEED} unless the system property {@code huiqi.corpus.seed} sets another; document
 * {@code i} of entry point {@code e} is made by {@code new Random(seed + 1_000_003 * e + i)}, so a failure names the
 * one document to replay. The slowest answer is printed; the only time limit is a hang guard of
 * {@value #HANG_GUARD_MILLIS} ms (the currency once held a core for 6.2 s on a 401-character document), wide enough
 * that a loaded machine or a garbage collection never trips it; speed is measured by the JMH benchmarks.
 */
class BadInputCorpusTest {

  static final int DOCUMENTS_PER_ENTRY_POINT = 260;
  static final int DOCUMENTS_PER_ENGINE_FORM = 120;
  static final long DEFAULT_SEED = 20_261_202L;
  static final long HANG_GUARD_MILLIS = 5_000;

  private static final long SEED = Long.getLong("huiqi.corpus.seed", DEFAULT_SEED);
  private static final AtomicLong DOCUMENTS = new AtomicLong();
  private static final AtomicLong REJECTED = new AtomicLong();
  private static final AtomicLong SLOWEST_NANOS = new AtomicLong();
  private static final AtomicReference<String> SLOWEST = new AtomicReference<>("");

  static Stream<JsonEntryPoint> entryPoints() {
    return JsonEntryPoints.all().stream();
  }

  @Test
  void test_everyEntryPointIsInTheCorpus() {
    // the calculators' explain...Json methods (one per calculator form), the engine's evaluateJson and replayJson, and
    // CalculatorReplay.replayJson; the engine's replayJson and CalculatorReplay.replayJson twice, once for each of
    // their two documents
    long declared = JsonEntryPointCount.declaredInMainCode();
    assertThat(JsonEntryPoints.all()).hasSize((int) declared + 2);
    assertThat(DOCUMENTS_PER_ENTRY_POINT * (JsonEntryPoints.all().size() - 3) + 3 * DOCUMENTS_PER_ENGINE_FORM)
        .isGreaterThanOrEqualTo(10_000);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("entryPoints")
  void test_corpus_typedErrorNamingThePlace_orAResult(JsonEntryPoint entry) {
    int index = JsonEntryPoints.all().indexOf(entry);
    String validResult = entry.answer(entry.validJson());
    for (int warmUp = 0; warmUp < 3; warmUp++) {
      // the first calls load and compile the code; the corpus's times are those of a running service
      assertThat(entry.answer(entry.validJson())).isEqualTo(validResult);
    }
    JsonMutator mutator = new JsonMutator(entry.validJson());
    int documents = entry.name().startsWith("EntitlementEngine") ? DOCUMENTS_PER_ENGINE_FORM
        : DOCUMENTS_PER_ENTRY_POINT;
    int rejected = 0;
    for (int i = 0; i < documents; i++) {
      long seed = SEED + 1_000_003L * index + i;
      JsonMutation mutation = mutator.next(new Random(seed));
      String what = entry + ", seed " + seed + ", " + mutation;
      long start = System.nanoTime();
      String result = null;
      Throwable thrown = null;
      try {
        result = entry.answer(mutation.document());
      } catch (RuntimeException | StackOverflowError ex) {
        thrown = ex;
      }
      long nanos = System.nanoTime() - start;
      record(what, nanos);
      assertThat(nanos / 1_000_000).as("%s: the hang guard", what).isLessThan(HANG_GUARD_MILLIS);
      if (thrown != null) {
        AnswerCheck.checkError(what, mutation, thrown);
        rejected++;
      } else if (AnswerCheck.checkResult(what, mutation, result, validResult)) {
        rejected++;
      }
    }
    DOCUMENTS.addAndGet(documents);
    REJECTED.addAndGet(rejected);
    // most changes break a document: the corpus is not vacuous
    assertThat(rejected).as("%s: rejected", entry).isGreaterThan(documents / 3);
  }

  private static void record(String what, long nanos) {
    long before;
    do {
      before = SLOWEST_NANOS.get();
      if (nanos <= before) {
        return;
      }
    } while (!SLOWEST_NANOS.compareAndSet(before, nanos));
    SLOWEST.set(what);
  }

  @AfterAll
  static void printSummary() {
    System.out.printf("Bad-input corpus (seed %d): %d documents over %d entry points, %d rejected with a typed "
        + "error or a failed item, slowest answer %.1f ms: %s%n", SEED, DOCUMENTS.get(),
        JsonEntryPoints.all().size(), REJECTED.get(), SLOWEST_NANOS.get() / 1e6,
        SLOWEST.get().length() > 300 ? SLOWEST.get().substring(0, 300) : SLOWEST.get());
  }
}
