package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit (found by {@link TechSmeOraclePropertyTest}): with the first-time-borrower question open, a cap shared by
 * all items leaves a premium paid after the interest more under the lower interest ratio than under the higher, so
 * the premium's subtotal is larger in the scenario whose total is the least. Before the fix each kind's range was
 * (the least scenario's, the most scenario's) and the calculator failed on a valid request with "maximum must not be
 * less than minimum".
 */
class TechSmeKindRangeTest {

  @Test
  void test_firstTimeBorrowerOpen_programmeCapShared_kindRangesOrdered() {
    // interest 100.00 accrued 2022-06-01 → 2022-06-30 (no day of 2023), paid 2022-06-30: 2020 办法 第十四条（一）
    // 50% = 50.00, or 70% = 70.00 for a first-time borrower; a premium of 2,000.00 paid 2023-06-30: 第十四条（二）
    // 50% = 1,000.00; received 2,999,900.00, so 第十四条（四）'s 3,000,000 leaves 100.00, allocated in payment
    // order: the interest first (70.00 or 50.00), then the premium (30.00 or 50.00); the total is 100.00 either way
    EnterpriseFacts firm = EnterpriseFacts.builder().registrationRegionCode("440305").enrolledTechSme(true).build();
    TechSmeRequest request = TechSmeRequest.builder().enterprise(firm)
        .interest(List.of(TechSmeInterestItem.of("I1", "L1", LocalDate.of(2022, 6, 1), LocalDate.of(2022, 6, 30),
            LocalDate.of(2022, 6, 30), Cny.of("100.00"))))
        .insurancePremiums(List.of(TechSmeFeePayment.of("P1", LocalDate.of(2023, 6, 30), Cny.of("2000.00"))))
        .programmeTotalReceived(Cny.of("2999900.00")).build();

    TechSmeResult result = TechSmeFixtures.CALCULATOR.explainSubsidy(TechSmeFixtures.MEASURE, request);

    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount().exact()).contains(Cny.of("100.00"));
    // the interest: 50.00 (50%) to 70.00 (70%); the premium: what is left of 100.00, 30.00 to 50.00
    assertThat(result.interestSubsidy().minimum()).isEqualTo(Cny.of("50.00"));
    assertThat(result.interestSubsidy().maximum()).isEqualTo(Cny.of("70.00"));
    assertThat(result.insurancePremiumSubsidy().minimum()).isEqualTo(Cny.of("30.00"));
    assertThat(result.insurancePremiumSubsidy().maximum()).isEqualTo(Cny.of("50.00"));
    // the plain form: 100.00
    assertThat(TechSmeFixtures.CALCULATOR.subsidy(TechSmeFixtures.MEASURE, request)).isEqualTo(Cny.of("100.00"));
  }
}
