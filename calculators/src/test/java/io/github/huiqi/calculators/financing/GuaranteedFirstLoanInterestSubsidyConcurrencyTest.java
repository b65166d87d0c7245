package io.github.huiqi.calculators.financing;

import static io.github.huiqi.calculators.financing.ShanghaiFirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.ShanghaiFirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.ShanghaiFirstLoanFixtures.claim;
import static io.github.huiqi.calculators.financing.ShanghaiFirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.ShanghaiFirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The Shanghai first-loan calculator is pure: many threads at once give exactly the sequential results, and its
 * request and result survive a JSON round trip unchanged.
 */
class GuaranteedFirstLoanInterestSubsidyConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<GuaranteedFirstLoanSubsidyRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 31));
      requests.add(request(1 + random.nextInt(24), loan("L" + i)
          .principal(Cny.of(Generators.yuan(random, 1_000, 20_000_000))).drawdownDate(drawdown)
          .maturityDate(drawdown.plusMonths(3 + random.nextInt(12))).repaymentDate(Optional.empty()).build()));
    }
    List<FirstLoanSubsidyResult> sequential = new ArrayList<>();
    for (GuaranteedFirstLoanSubsidyRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirstLoanSubsidyResult>> tasks = new ArrayList<>();
      for (GuaranteedFirstLoanSubsidyRequest request : requests) {
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
    GuaranteedFirstLoanSubsidyRequest request = request(12, claim(loan("A").build()),
        new GuaranteedFirstLoan(loan("B").drawdownDate(LocalDate.of(2022, 12, 1))
            .repaymentDate(LocalDate.of(2023, 2, 1)).build(), Optional.empty(), Optional.of(true)));
    assertThat(HuiqiJson.read(HuiqiJson.write(request), GuaranteedFirstLoanSubsidyRequest.class)).isEqualTo(request);
    FirstLoanSubsidyResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), FirstLoanSubsidyResult.class)).isEqualTo(result);
    GuaranteedFirstLoan loan = claim(loan("C").build());
    assertThat(HuiqiJson.read(HuiqiJson.write(loan), GuaranteedFirstLoan.class)).isEqualTo(loan);
  }
}
