package io.github.huiqi.calculators.financing;

import static io.github.huiqi.calculators.financing.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.FirstLoanFixtures.request;
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
class FirstLoanInterestSubsidyConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<FirstLoanSubsidyRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 12, 1), LocalDate.of(2023, 4, 30));
      requests.add(request(loan("L" + i).principal(Cny.of(Generators.yuan(random, 1_000, 20_000_000)))
          .drawdownDate(drawdown).maturityDate(drawdown.plusMonths(3 + random.nextInt(12))).build()));
    }
    List<FirstLoanSubsidyResult> sequential = new ArrayList<>();
    for (FirstLoanSubsidyRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirstLoanSubsidyResult>> tasks = new ArrayList<>();
      for (FirstLoanSubsidyRequest request : requests) {
        tasks.add(() -> CALCULATOR.explainSubsidy(MEASURE, request));
      }
      List<Future<FirstLoanSubsidyResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_jsonRoundTrip_requestAndResult() {
    FirstLoanSubsidyRequest request = request(loan("A").build(),
        loan("B").drawdownDate(LocalDate.of(2023, 5, 1)).repaymentDate(LocalDate.of(2023, 6, 1)).build());
    assertThat(HuiqiJson.read(HuiqiJson.write(request), FirstLoanSubsidyRequest.class)).isEqualTo(request);
    FirstLoanSubsidyResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), FirstLoanSubsidyResult.class)).isEqualTo(result);
    FirstLoanSubsidyOptions options = FirstLoanSubsidyOptions.DEFAULTS
        .withDayCount(io.github.huiqi.core.time.DayCount.WHOLE_MONTHS);
    assertThat(HuiqiJson.read(HuiqiJson.write(options), FirstLoanSubsidyOptions.class)).isEqualTo(options);
  }
}
