package io.github.huiqi.calculators.tax;

import static io.github.huiqi.calculators.tax.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.FirmYearFixtures.MEASURES;
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
    List<FirmYearTaxRequest> requests = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      requests.add(FirmYearPropertyTest.randomRequest(random));
    }
    List<FirmYearTaxResult> sequential = new ArrayList<>();
    for (FirmYearTaxRequest request : requests) {
      sequential.add(CALCULATOR.explainTax(MEASURES, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirmYearTaxResult>> tasks = new ArrayList<>();
      for (FirmYearTaxRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainTax(MEASURES, request));
      }
      List<Future<FirmYearTaxResult>> parallel = pool.invokeAll(tasks);
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
