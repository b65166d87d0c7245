package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
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
 * The technical-renovation calculators are pure: many threads at once give exactly the sequential results, and each
 * request and result survives a JSON round trip unchanged.
 */
class RenovationConcurrencyTest {

  private static final RenovationSupportCalculator SUPPORT = RenovationSupportCalculator.DEFAULT;

  private static RenovationSupportRequest randomRequest(Random random) {
    BigDecimal total = Generators.yuan(random, 1_000_000, 300_000_000);
    BigDecimal fixed = total.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.CEILING);
    RenovationGrantRequest grant = RenovationGrantRequest.of(
        random.nextBoolean() ? RenovationCategory.INTELLIGENT : RenovationCategory.EQUIPMENT_UPGRADE,
        1 + random.nextInt(5), Cny.of(total), Cny.of(total), Cny.of(fixed),
        Cny.of(fixed.multiply(new BigDecimal("0.7")).setScale(2, RoundingMode.CEILING)));
    List<RenovationInterestPayment> payments = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(5); i < n; i++) {
      LocalDate from = Generators.date(random, LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 30));
      payments.add(RenovationInterestPayment.of("P" + i, RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE, from,
          from.plusDays(1 + random.nextInt(200)), Cny.of(Generators.yuan(random, 0, 3_000_000))));
    }
    return RenovationSupportRequest.of(grant, RenovationInterestRequest.of(START, payments));
  }

  @Test
  void test_parallelEqualsSequential() throws Exception {
    Random random = new Random(20261130L);
    List<RenovationSupportRequest> requests = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      requests.add(randomRequest(random));
    }
    List<RenovationSupportResult> sequential = new ArrayList<>();
    for (RenovationSupportRequest request : requests) {
      sequential.add(SUPPORT.explainMaximumSupport(GRANT, INTEREST, request));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<RenovationSupportResult>> tasks = new ArrayList<>();
      for (RenovationSupportRequest request : requests) {
        tasks.add(() -> SUPPORT.explainMaximumSupport(GRANT, INTEREST, request));
      }
      List<Future<RenovationSupportResult>> parallel = pool.invokeAll(tasks);
      for (int i = 0; i < requests.size(); i++) {
        assertThat(parallel.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_jsonRoundTrip_requestsAndResults() {
    RenovationSupportRequest request = randomRequest(new Random(7));
    RenovationInterestRequest interest = RenovationInterestRequest.builder().subsidyStart(START)
        .payments(request.interest().payments()).options(RenovationInterestOptions.DEFAULTS.withMaximumSubsidyYears(2))
        .build();
    assertThat(HuiqiJson.read(HuiqiJson.write(interest), RenovationInterestRequest.class)).isEqualTo(interest);
    RenovationInterestResult interestResult = RenovationInterestCalculator.DEFAULT
        .explainSubsidy(INTEREST, interest);
    assertThat(HuiqiJson.read(HuiqiJson.write(interestResult), RenovationInterestResult.class))
        .isEqualTo(interestResult);
    RenovationGrantRequest grant = RenovationGrantRequest.builder().category(RenovationCategory.INTELLIGENT)
        .eligibleInvestment(Cny.of("1000000.5")).fixedAssetInvestment(Cny.of("1")).eligibleProject(true).build();
    assertThat(HuiqiJson.read(HuiqiJson.write(grant), RenovationGrantRequest.class)).isEqualTo(grant);
    RenovationGrantResult grantResult = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, grant);
    assertThat(HuiqiJson.read(HuiqiJson.write(grantResult), RenovationGrantResult.class)).isEqualTo(grantResult);
    // the JSON forms of each calculator give the explaining forms' results
    String interestJson = RenovationInterestCalculator.DEFAULT.explainSubsidyJson(INTEREST,
        HuiqiJson.write(interest));
    assertThat(HuiqiJson.read(interestJson, RenovationInterestResult.class)).isEqualTo(interestResult);
    String grantJson = RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(GRANT, HuiqiJson.write(grant));
    assertThat(HuiqiJson.read(grantJson, RenovationGrantResult.class)).isEqualTo(grantResult);
    RenovationSupportResult support = SUPPORT.explainMaximumSupport(GRANT, INTEREST, request);
    assertThat(HuiqiJson.read(HuiqiJson.write(support), RenovationSupportResult.class)).isEqualTo(support);
  }
}
