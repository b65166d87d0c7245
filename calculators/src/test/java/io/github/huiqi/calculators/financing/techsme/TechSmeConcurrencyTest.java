package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.time.DayCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The tech-SME calculator from many threads at once gives what a sequential run gives; its types survive JSON.
 */
class TechSmeConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<TechSmeRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(TechSmePropertyTest.randomRequest(random));
    }
    List<TechSmeResult> sequential = new ArrayList<>();
    for (TechSmeRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<TechSmeResult>> tasks = new ArrayList<>();
      for (TechSmeRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainSubsidy(MEASURE, request));
      }
      List<Future<TechSmeResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_jsonRoundTrip_requestResultOptions() {
    Random random = new Random(7L);
    for (int i = 0; i < 20; i++) {
      TechSmeRequest request = TechSmePropertyTest.randomRequest(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(request), TechSmeRequest.class)).isEqualTo(request);
      TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
      assertThat(HuiqiJson.read(HuiqiJson.write(result), TechSmeResult.class)).isEqualTo(result);
    }
    TechSmeOptions options = TechSmeOptions.DEFAULTS
        .withAccrualBasis(TechSmeAccrualBasis.PAID_IN_WINDOW).withSplitDayCount(DayCount.ACT_365F);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), TechSmeOptions.class)).isEqualTo(options);
  }
}
