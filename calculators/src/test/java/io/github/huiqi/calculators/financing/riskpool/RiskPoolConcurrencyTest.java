package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.testing.Generators;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The pool calculator is pure: many threads at once give exactly the sequential results. */
class RiskPoolConcurrencyTest {

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<RiskPoolClaim> claims = new ArrayList<>();
    List<RiskPoolOptions> options = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      claims.add(RiskPoolPropertyTest.randomClaim(random, Generators.yuan(random, 0, 20_000_000)));
      options.add(RiskPoolPropertyTest.randomOptions(random));
    }
    List<RiskPoolLoanCompensation> sequential = new ArrayList<>();
    for (int i = 0; i < claims.size(); i++) {
      sequential.add(RiskPoolCalculator.evaluate(POOL, claims.get(i), options.get(i), ""));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<RiskPoolLoanCompensation>> tasks = new ArrayList<>();
      for (int i = 0; i < claims.size(); i++) {
        int k = i;
        tasks.add(() -> RiskPoolCalculator.evaluate(POOL, claims.get(k), options.get(k), ""));
      }
      List<Future<RiskPoolLoanCompensation>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < claims.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
      // whole batches in parallel too
      List<RiskPoolClaim> renamed = new ArrayList<>();
      for (int i = 0; i < 100; i++) {
        RiskPoolClaim c = claims.get(i);
        renamed.add(RiskPoolClaim.builder().loanId("B" + i).category(c.category())
            .principal(c.principal()).grantDate(c.grantDate()).firstNonPerformingDate(c.firstNonPerformingDate())
            .principalOutstanding(c.principalOutstanding()).noExclusions().build());
      }
      RiskPoolRequest batch = RiskPoolRequest.of(renamed);
      RiskPoolResult expected = CALCULATOR.explainClaims(POOL, batch);
      List<Callable<RiskPoolResult>> batches = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        batches.add(() -> CALCULATOR.explainClaims(POOL, batch));
      }
      for (Future<RiskPoolResult> result : pool.invokeAll(batches)) {
        assertThat(result.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
