package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.claim;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.request;
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
class FirstLoanGuaranteedConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<FirstLoanGuaranteedRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      LocalDate drawdown = Generators.date(random, LocalDate.of(2022, 9, 1), LocalDate.of(2023, 1, 31));
      requests.add(request(1 + random.nextInt(24), loan("L" + i)
          .principal(Cny.of(Generators.yuan(random, 1_000, 20_000_000))).drawdownDate(drawdown)
          .maturityDate(drawdown.plusMonths(3 + random.nextInt(12))).repaymentDate(Optional.empty()).build()));
    }
    List<FirstLoanResult> sequential = new ArrayList<>();
    for (FirstLoanGuaranteedRequest request : requests) {
      sequential.add(CALCULATOR.explainSubsidy(MEASURE, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<FirstLoanResult>> tasks = new ArrayList<>();
      for (FirstLoanGuaranteedRequest request : requests) {
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
    FirstLoanGuaranteedRequest request = request(12, claim(loan("A").build()),
        FirstLoanGuaranteedLoan.builder().loan(loan("B")
            .drawdownDate(LocalDate.of(2022, 12, 1)).repaymentDate(LocalDate.of(2023, 2, 1)).build())
            .guaranteedByPolicyFund(true).build());
    assertThat(HuiqiJson.read(HuiqiJson.write(request), FirstLoanGuaranteedRequest.class)).isEqualTo(request);
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), FirstLoanResult.class)).isEqualTo(result);
    FirstLoanGuaranteedLoan loan = claim(loan("C").build());
    assertThat(HuiqiJson.read(HuiqiJson.write(loan), FirstLoanGuaranteedLoan.class)).isEqualTo(loan);
  }
}
