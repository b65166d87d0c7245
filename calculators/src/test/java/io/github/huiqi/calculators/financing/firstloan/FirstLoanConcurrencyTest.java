package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The calculator is pure: many threads at once give exactly the sequential results, and a result survives a JSON
 * round trip unchanged.
 */
class FirstLoanConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<FirstLoanRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 4, 30));
      requests.add(request(loan("L" + i).principal(Cny.of(Generators.yuan(random, 1_000, 20_000_000)))
          .drawdownDate(drawdown).maturityDate(drawdown.plusMonths(3 + random.nextInt(12))).build()));
    }
    List<FirstLoanResult> sequential = new ArrayList<>();
    for (FirstLoanRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirstLoanResult>> tasks = new ArrayList<>();
      for (FirstLoanRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainSubsidy(MEASURE, request));
      }
      List<Future<FirstLoanResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_jsonRoundTrip_requestAndResult() {
    FirstLoanRequest request = request(loan("A").build(),
        loan("B").drawdownDate(LocalDate.of(2023, 5, 1)).repaymentDate(LocalDate.of(2023, 6, 1)).build());
    assertThat(HuiqiJson.read(HuiqiJson.write(request), FirstLoanRequest.class)).isEqualTo(request);
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), FirstLoanResult.class)).isEqualTo(result);
    FirstLoanOptions options = FirstLoanOptions.DEFAULTS
        .withDayCount(io.github.huiqi.core.time.DayCount.WHOLE_MONTHS);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), FirstLoanOptions.class)).isEqualTo(options);
  }
}
