package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.fee;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.interest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.InterestPayment;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that the tech-SME 贴息贴保 pays an item only when it was paid within the validity of the ratio that pays it:
 * the base ratios of 《深圳市科技型中小微企业贷款贴息贴保项目管理办法》(市科技创新委, 2020) 第十四条 — interest 50%
 * ((一)), guarantee fee 50% ((三)) — are valid from 2020-02-28, the 办法's date. The payment date ("实际支付利息")
 * decides, not the evaluation date.
 */
public class TechSmeEventValidityTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void test_interestPaidIn2019_leftOutOfTheClaim() {
    // I19: 10,000 paid 2019-12-31, before 2020-02-28: nothing (before the fix: 10,000 × 50% = 5,000.00, certain)
    // I23: 10,000 accrued 2023-01-01..2023-03-31: 第13条 50% + 30 points = 80% → 8,000.00. Total 8,000.00
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, TechSmeFixtures.request(
        interest("I19", d(2019, 10, 1), d(2019, 12, 31), "10000"),
        interest("I23", d(2023, 1, 1), d(2023, 4, 1), "10000")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of("8000.00")));
    assertThat(result.items()).extracting(TechSmeItemSubsidy::paid)
        .containsExactly(Cny.of("0.00"), Cny.of("8000.00"));
    Reason reason = result.eligibility().reasons().stream()
        .filter(r -> r.code().equals("event-outside-validity")).findFirst().orElseThrow();
    assertThat(reason.citation()).isEqualTo(MEASURE.interestRatio().citation());
    assertThat(reason.message().en()).contains("2020-02-28..");
    assertThat(CALCULATOR.subsidy(MEASURE, TechSmeFixtures.request(
        interest("I19", d(2019, 10, 1), d(2019, 12, 31), "10000"),
        interest("I23", d(2023, 1, 1), d(2023, 4, 1), "10000")))).isEqualTo(Cny.of("8000.00"));
  }

  @Test
  void test_everyItemOutside_ineligible_andTheValidityBoundary() {
    // a guarantee fee of 10,000 paid 2020-02-27, the day before the 办法: the only item, so the claim is ineligible
    TechSmeResult before = CALCULATOR.explainSubsidy(MEASURE, TechSmeFixtures.request(List.of(),
        List.of(fee("F1", d(2020, 2, 27), "10000")), List.of(), "0"));
    assertThat(before.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.amount()).isEqualTo(AmountRange.exactly(Cny.of("0.00")));
    assertThat(before.eligibility().reasons()).extracting(Reason::code).containsExactly("event-outside-validity");
    // paid 2020-02-28, the 办法's first day: 第十四条(三) 10,000 × 50% = 5,000.00 (≤ 300,000 a year)
    TechSmeResult on = CALCULATOR.explainSubsidy(MEASURE, TechSmeFixtures.request(List.of(),
        List.of(fee("F1", d(2020, 2, 28), "10000")), List.of(), "0"));
    assertThat(on.amount()).isEqualTo(AmountRange.exactly(Cny.of("5000.00")));
  }

  @Test
  void test_engine_2019InterestNotCounted() {
    InterestPayment old = new InterestPayment("I19", "L1", d(2019, 10, 1), d(2019, 12, 31), d(2019, 12, 31),
        Cny.of("10000"));
    InterestPayment q1 = new InterestPayment("I23", "L1", d(2023, 1, 1), d(2023, 4, 1), d(2023, 4, 1),
        Cny.of("10000"));
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440305")
        .techSme(Qualification.held(true)).firstTimeBorrower(false).techSmeSubsidyReceived(Cny.ZERO)
        .interestPayments(List.of(old, q1)).guaranteeFeePayments(List.of()).insurancePremiumPayments(List.of())
        .build();
    MeasureOutcome outcome = Catalog.builtIn().evaluate(TechSmeMeasure.SHENZHEN_2023.id(), firm, d(2023, 6, 30));
    // 2023 interest 10,000 × 80% = 8,000.00; the 2019 interest, paid before 2020-02-28, nothing
    // (before the fix: 8,000.00 + 5,000.00 = 13,000.00)
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("8000.00")));
    assertThat(outcome.reasons()).extracting(Reason::code).contains("event-outside-validity");
  }
}
