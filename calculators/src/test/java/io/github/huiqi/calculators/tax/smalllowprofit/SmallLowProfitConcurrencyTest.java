package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.result.Verdict;
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
class SmallLowProfitConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<SmallLowProfitRequest> requests = new ArrayList<>();
    List<SmallLowProfitPrepaymentRequest> prepayments = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(SmallLowProfitPropertyTest.randomRequest(random));
      prepayments.add(SmallLowProfitPropertyTest.randomPrepayment(random));
    }
    List<Object> sequential = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      sequential.add(CALCULATOR.explainTaxDue(MEASURE, requests.get(i)));
      sequential.add(CALCULATOR.explainPrepaymentPayable(MEASURE, prepayments.get(i)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Object>> tasks = new ArrayList<>();
      for (int i = 0; i < requests.size(); i++) {
        SmallLowProfitRequest request = requests.get(i);
        SmallLowProfitPrepaymentRequest prepayment = prepayments.get(i);
        tasks.add(() -> CALCULATOR.explainTaxDue(MEASURE, request));
        tasks.add(() -> CALCULATOR.explainPrepaymentPayable(MEASURE, prepayment));
      }
      List<Future<Object>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < sequential.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
      // and the plain form agrees with the explaining form where the verdict is determined
      for (int i = 0; i < requests.size(); i++) {
        SmallLowProfitResult result = (SmallLowProfitResult) sequential.get(2 * i);
        if (result.eligibility().verdict() != Verdict.UNDETERMINED) {
          assertThat(CALCULATOR.taxDue(MEASURE, requests.get(i))).isEqualTo(result.taxDue().maximum());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
