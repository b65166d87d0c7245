package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Results do not depend on Moneta's global configuration. The test class path holds a {@code javamoney.properties}
 * that sets Moneta's default precision to six digits, as a host's might; under it Moneta's own {@code Money} rounds
 * 1,234,567.89 to 1,234,570 (half-even), yet the library's amounts stay exact.
 */
class MonetaConfigurationTest {

  /** 1,234,567.89 drawn 2023-01-15, repaid 2023-04-15: 90 days. */
  private static final String PRINCIPAL = "1234567.89";

  @Test
  void test_theHostileConfigurationIsInForce() {
    // the premise: Moneta reads the file, and its own amounts lose digits under it
    assertThat(Money.DEFAULT_MONETARY_CONTEXT.getPrecision()).isEqualTo(6);
    assertThat(Money.of(new BigDecimal(PRINCIPAL), "CNY").getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("1234570");
  }

  @Test
  void test_amountsAndSubsidiesAreExact() {
    assertThat(Cny.yuan(Cny.of(PRINCIPAL), "principal")).isEqualTo(new BigDecimal(PRINCIPAL));
    // 1,234,567.89 × 2% × 90/360 = 6,172.83945 → 6,172.84, half-up (深工信〔2023〕26号 第5条); under Moneta's
    // six digits the principal would be 1,234,570 and the subsidy 6,172.85
    FirstLoanResult result = FirstLoanFixtures.CALCULATOR.explainSubsidy(FirstLoanFixtures.MEASURE,
        FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").principal(Cny.of(PRINCIPAL))
            .repaymentDate(LocalDate.of(2023, 4, 15)).build()));
    assertThat(Cny.yuan(result.amount().maximum(), "subsidy")).isEqualTo(new BigDecimal("6172.84"));
    assertThat(Cny.yuan(FirstLoanFixtures.CALCULATOR.subsidy(FirstLoanFixtures.MEASURE,
        FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").principal(Cny.of(PRINCIPAL))
            .repaymentDate(LocalDate.of(2023, 4, 15)).build())), "subsidy")).isEqualTo(new BigDecimal("6172.84"));
  }

  @Test
  void test_theJsonPathsAreExact() {
    String json = HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").principal(Cny.of(PRINCIPAL))
        .repaymentDate(LocalDate.of(2023, 4, 15)).build()));
    FirstLoanResult read = HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE,
        json), FirstLoanResult.class);
    assertThat(Cny.yuan(read.amount().maximum(), "subsidy")).isEqualTo(new BigDecimal("6172.84"));

    // the engine's JSON entry point: the same loan in a Shenzhen firm's profile, 6,172.84 again
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .independentLegalPerson(true).firstTimeBorrower(true).onSeriousDishonestyList(false)
        .loans(List.of(FirstLoanFixtures.loan("L1").principal(Cny.of(PRINCIPAL))
            .repaymentDate(LocalDate.of(2023, 4, 15)).build())).build();
    EntitlementReport report = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson(HuiqiJson.write(
        EntitlementRequest.of(profile, LocalDate.of(2023, 6, 30)).withMeasures(List.of(
            FirstLoanMeasure.SHENZHEN_2023.id())))), EntitlementReport.class);
    assertThat(Cny.yuan(report.outcome(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow().amount().minimum(),
        "subsidy")).isEqualTo(new BigDecimal("6172.84"));
  }
}
