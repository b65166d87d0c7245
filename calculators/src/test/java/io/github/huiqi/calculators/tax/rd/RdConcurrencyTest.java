package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The calculator is pure: many threads at once give exactly the sequential results.
 */
class RdConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<RdRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(RdPropertyTest.randomRequest(random));
    }
    List<RdResult> sequential = new ArrayList<>();
    for (RdRequest request : requests) {
      sequential.add(CALCULATOR.explainExtraDeduction(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        RdRequest request = requests.get(i);
        boolean plain = i % 2 == 1 && sequential.get(i).totalExtraDeduction().isExact();
        // alternate the explaining and the plain forms so both run concurrently
        tasks.add(plain ? () -> CALCULATOR.extraDeduction(MEASURE, request)
            : () -> CALCULATOR.explainExtraDeduction(MEASURE, request));
      }
      List<Future<Object>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        boolean plain = i % 2 == 1 && sequential.get(i).totalExtraDeduction().isExact();
        Object expected = plain ? sequential.get(i).totalExtraDeduction().maximum() : sequential.get(i);
        assertThat(parallel.get(i).get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
