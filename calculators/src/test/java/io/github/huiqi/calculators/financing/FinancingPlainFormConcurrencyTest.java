package io.github.huiqi.calculators.financing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolPropertyTest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.testing.Generators;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The plain (non-explaining) forms of the six financing calculators of 深工信〔2023〕26号 第5–7条, 沪企服办〔2023〕1号
 * 第十五条, the 专精特新 draft 第五条 and the Shenzhen fee subsidy are pure: eight threads released together, each
 * running every input in its own order, give exactly the sequential results. (The explaining forms have their own
 * concurrency tests beside each calculator's hand-worked cases.)
 */
class FinancingPlainFormConcurrencyTest {

  private static final int THREADS = 8;
  private static final int INPUTS = 300;
  private static final PolicyData DATA = PolicyData.builtIn();

  /** One call of a plain form on one input, returning its answer. */
  private interface Call {
    Object run(int input);
  }

  private static List<Object> sequential(Call call) {
    List<Object> answers = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      answers.add(call.run(i));
    }
    return answers;
  }

  /** Releases all threads at once; each runs every input, shuffled by its own seed, and checks each answer. */
  private static void assertConcurrentSameAsSequential(Call call) throws Exception {
    List<Object> expected = sequential(call);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        long seed = t;
        Callable<Integer> task = () -> {
          List<Integer> order = new ArrayList<>();
          for (int i = 0; i < INPUTS; i++) {
            order.add(i);
          }
          Collections.shuffle(order, new Random(seed));
          start.await();
          int checked = 0;
          for (int i : order) {
            assertThat(call.run(i)).isEqualTo(expected.get(i));
            checked++;
          }
          return checked;
        };
        futures.add(pool.submit(task));
      }
      start.countDown();
      for (Future<Integer> future : futures) {
        assertThat(future.get(60, TimeUnit.SECONDS)).isEqualTo(INPUTS);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_guaranteeFeeReduction_feeAndRate() throws Exception {
    GuaranteeFeeReductionMeasure measure = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    Random random = new Random(61L);
    List<GuaranteeFeeReductionRequest> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(GuaranteeFeeReductionCalculatorTest.randomRequest(random));
    }
    GuaranteeFeeReductionCalculator calculator = GuaranteeFeeReductionCalculator.DEFAULT;
    assertConcurrentSameAsSequential(i -> List.of(calculator.fee(measure, inputs.get(i)),
        calculator.feeRate(measure, inputs.get(i))));
  }

  @Test
  void test_averageGuaranteeFee_averageAndTest() throws Exception {
    GuaranteeFeeAverageMeasure measure = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    Random random = new Random(62L);
    List<GuaranteeFeeAverageRequest> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(GuaranteeFeeAverageCalculatorTest.randomBook(random));
    }
    GuaranteeFeeAverageCalculator calculator = GuaranteeFeeAverageCalculator.DEFAULT;
    assertConcurrentSameAsSequential(i -> List.of(calculator.averageFeeRate(measure, inputs.get(i)),
        calculator.isWithinCeiling(measure, inputs.get(i))));
  }

  @Test
  void test_benchmarkFeeCap_cap() throws Exception {
    GuaranteeFeeBenchmarkCapMeasure measure = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    Random random = new Random(63L);
    List<GuaranteeFeeBenchmarkCapRequest> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(GuaranteeFeeBenchmarkCapCalculatorTest.randomLoan(random));
    }
    assertConcurrentSameAsSequential(
        i -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.feeRateCap(measure, inputs.get(i)));
  }

  @Test
  void test_smallMicroFeeSubsidy_subsidy() throws Exception {
    GuaranteeFeeSubsidyMeasure measure = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    Random random = new Random(64L);
    List<GuaranteeFeeSubsidyRequest> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(GuaranteeFeeSubsidyCalculatorTest.randomFirm(random));
    }
    assertConcurrentSameAsSequential(
        i -> GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(measure, inputs.get(i)));
  }

  @Test
  void test_riskCompensationPool_compensation() throws Exception {
    Random random = new Random(65L);
    List<RiskPoolClaim> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      inputs.add(RiskPoolPropertyTest.randomClaim(random, Generators.yuan(random, 0, 20_000_000)));
    }
    assertConcurrentSameAsSequential(
        i -> RiskPoolFixtures.CALCULATOR.compensation(RiskPoolFixtures.POOL, inputs.get(i)));
  }

  @Test
  void test_loanDeferral_deferredUntil() throws Exception {
    DeferralMeasure measure = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
    Random random = new Random(66L);
    List<DeferralRequest> inputs = new ArrayList<>();
    for (int i = 0; i < INPUTS; i++) {
      LocalDate due = Generators.date(random, LocalDate.of(2022, 8, 1), LocalDate.of(2023, 2, 28));
      inputs.add(DeferralRequest.ofEnterprise("D" + i, EnterpriseSize.values()[random.nextInt(4)], due,
          random.nextBoolean(), random.nextBoolean() ? null : due.plusDays(1 + random.nextInt(400))));
    }
    assertConcurrentSameAsSequential(i -> DeferralCalculator.DEFAULT.deferredUntil(measure, inputs.get(i)));
  }
}
