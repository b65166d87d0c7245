package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
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
class VatConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<VatRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(VatPropertyTest.randomRequest(random));
    }
    List<VatResult> sequential = new ArrayList<>();
    for (VatRequest request : requests) {
      sequential.add(CALCULATOR.explainVatDue(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        VatRequest request = requests.get(i);
        // alternate the explaining and the plain forms so both run concurrently
        tasks.add(i % 2 == 0 ? () -> CALCULATOR.explainVatDue(MEASURE, request)
            : () -> CALCULATOR.vatDue(MEASURE, request));
      }
      List<Future<Object>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        Object expected = i % 2 == 0 ? sequential.get(i) : sequential.get(i).vatDue().maximum();
        assertThat(parallel.get(i).get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
