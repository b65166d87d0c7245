package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
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
class FirmYearConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<FirmYearRequest> requests = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      requests.add(FirmYearPropertyTest.randomRequest(random));
    }
    List<FirmYearResult> sequential = new ArrayList<>();
    for (FirmYearRequest request : requests) {
      sequential.add(CALCULATOR.explainTotalSaved(MEASURES, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirmYearResult>> tasks = new ArrayList<>();
      for (FirmYearRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainTotalSaved(MEASURES, request));
      }
      List<Future<FirmYearResult>> parallel = pool.invokeAll(tasks);
      int exact = 0;
      for (int i = 0; i < sequential.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
        if (sequential.get(i).totalSaved().isExact()) {
          exact++;
          assertThat(CALCULATOR.totalSaved(MEASURES, requests.get(i)))
              .isEqualTo(sequential.get(i).totalSaved().minimum());
        }
      }
      assertThat(exact).isPositive();
    } finally {
      pool.shutdownNow();
    }
  }
}
