package io.github.huiqi.calculators.financing;

import static io.github.huiqi.calculators.financing.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.TechSmeFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.InterestAccrualBasis;
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
class TechSmeInterestSubsidyConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<TechSmeSubsidyRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(TechSmeInterestSubsidyPropertyTest.randomRequest(random));
    }
    List<TechSmeSubsidyResult> sequential = new ArrayList<>();
    for (TechSmeSubsidyRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<TechSmeSubsidyResult>> tasks = new ArrayList<>();
      for (TechSmeSubsidyRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainSubsidy(MEASURE, request));
      }
      List<Future<TechSmeSubsidyResult>> parallel = pool.invokeAll(tasks);
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
      TechSmeSubsidyRequest request = TechSmeInterestSubsidyPropertyTest.randomRequest(random);
      assertThat(HuiqiJson.read(HuiqiJson.write(request), TechSmeSubsidyRequest.class)).isEqualTo(request);
      TechSmeSubsidyResult result = CALCULATOR.explainSubsidy(MEASURE, request);
      assertThat(HuiqiJson.read(HuiqiJson.write(result), TechSmeSubsidyResult.class)).isEqualTo(result);
    }
    TechSmeSubsidyOptions options = TechSmeSubsidyOptions.DEFAULTS
        .withAccrualBasis(InterestAccrualBasis.PAID_IN_WINDOW).withSplitDayCount(DayCount.ACT_365F);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), TechSmeSubsidyOptions.class)).isEqualTo(options);
  }
}
