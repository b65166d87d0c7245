package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Register §4.6 item 134 through the typed {@link StackingCalculator} (plain, explained and JSON), whose request
 * carries the tech-SME enrolment as a yes or no, so that every claim reaches it: a loan drawn later that only the
 * tech-SME subsidy (深工信〔2023〕26号 第13条) takes is counted in the claim an earlier loan is compared on.
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业, 2,980,000 already received: 3,000,000 − 2,980,000 =
 * 20,000.00 left (2020 办法 第十四条（四）), spent in payment-date order. L1 1,000,000 drawn 2023-01-15 → 07-15 =
 * 181 days, 第5条 1,000,000 × 2% × 181/360 = 10,055.56; I1 paid 2023-02-15, 第13条 80% × I1. L2 5,000,000 drawn
 * 2023-02-15, not the first drawdown of its first contract (第5条 pays nothing on it); I2 paid 2023-03-15, 80% × I2.
 */
class StackingLaterTechOnlyLoanTest {

  @ParameterizedTest(name = "I1 {0}, I2 {1}: L1 to {2}")
  @CsvSource({
      // I2 25,000.00: 80% = 20,000.00 fills what is left; L1 beside L2: min(10,055.57 + 20,000.00, 20,000.00) −
      // 20,000.00 = 0.00 against 10,055.56: 第5条 10,055.56, 第13条 20,000.00 (before 2026-12-07: L1 on the whole
      // 20,000.00, 10,055.57 > 10,055.56, to 第13条: 0.00 + 20,000.00)
      "12569.46, 25000.00, FIRST_LOAN, 10055.56, 20000.00",
      // I2 5,000.00: 80% = 4,000.00; L1 beside L2: 80% × 12,569.46 = 10,055.568 → 10,055.57, within the
      // 20,000.00 − 4,000.00 = 16,000.00 left, more than 10,055.56: 第13条 min(10,055.57 + 4,000.00, 20,000.00) =
      // 14,055.57, 第5条 0.00 (14,055.57 > 10,055.56 + 4,000.00 = 14,055.56)
      "12569.46, 5000.00, TECH_SME, 0.00, 14055.57",
      // 80% × 12,569.45 = 10,055.56, a tie 第5条 keeps: 10,055.56 + 4,000.00
      "12569.45, 5000.00, FIRST_LOAN, 10055.56, 4000.00"})
  void test_laterTechOnlyLoan_countedBesideTheEarlierLoan(String i1, String i2, StackingScheme l1, String firstLoan,
      String techSme) {
    LoanFacts first = FirstLoanFixtures.loan("L1").build();
    LoanFacts later = FirstLoanFixtures.loan("L2").principal(Cny.of("5000000"))
        .drawdownDate(LocalDate.of(2023, 2, 15)).maturityDate(LocalDate.of(2024, 2, 15))
        .firstDrawdownOfFirstContract(false).build();
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      StackingRequest request = StackingRequest.builder().enterprise(FirstLoanFixtures.firm().enrolledTechSme(true)
          .build()).loans(List.of(first, later))
          .interest(List.of(item("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 2, 15), i1),
              item("I2", "L2", LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 15), i2)))
          .programmeTotalReceived(Cny.of("2980000")).options(Optional.of(StackingOptions.DEFAULTS
              .withPrecedence(precedence))).build();
      StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
          TechSmeFixtures.MEASURE, request);
      assertThat(result.loans().get(0).applies()).as("L1, %s", precedence).contains(l1);
      assertThat(result.loans().get(1).applies()).as("L2, %s", precedence).contains(StackingScheme.TECH_SME);
      assertThat(result.firstLoanTotal()).as("first-loan, %s", precedence).isEqualTo(Cny.of(firstLoan));
      assertThat(result.techSmeTotal()).as("tech-SME, %s", precedence).isEqualTo(Cny.of(techSme));
      assertThat(StackingCalculator.DEFAULT.totalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
          request)).isEqualTo(Cny.of(firstLoan).add(Cny.of(techSme)));
      StackingResult json = HuiqiJson.read(StackingCalculator.DEFAULT.explainTotalSubsidyJson(
          FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE, HuiqiJson.write(request)), StackingResult.class);
      assertThat(json.total()).isEqualTo(result.total());
    }
  }

  /**
   * L2 of 100,000 whose first-drawdown member is not given: 第5条 100,000 × 2% × 181/360 = 1,005.56 if it is the
   * first drawdown (2023-02-15 → 08-15, 181 days), and I2 25,000.00 (第13条 20,000.00). Not a first drawdown, L2 is
   * one only 第13条 takes, counted beside L1: L1 to 第5条 (0.00 more for 第13条), 10,055.56 + 20,000.00. A first
   * drawdown, L2 is compared at its turn: L1 on the whole 20,000.00, 10,055.57 > 10,055.56, to 第13条; L2 then
   * 1,005.56 against the 9,944.43 left, to 第13条 too: 0.00 + 20,000.00. So L1's choice waits on L2's fact, which no
   * open loan names (L2 goes to 第13条 either way): L1 is left open naming it (register §4.6 item 134), counted for
   * neither; L2 to 第13条, which pays 20,000.00 on I2 alone.
   */
  @Test
  void test_laterLoanMayBeTechOnly_theEarlierLoanWaitsOnItsFact() {
    LoanFacts first = FirstLoanFixtures.loan("L1").build();
    LoanFacts later = FirstLoanFixtures.loan("L2").principal(Cny.of("100000"))
        .drawdownDate(LocalDate.of(2023, 2, 15)).maturityDate(LocalDate.of(2024, 2, 15))
        .firstDrawdownOfFirstContract(Optional.empty()).build();
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      StackingRequest request = StackingRequest.builder().enterprise(FirstLoanFixtures.firm().enrolledTechSme(true)
          .build()).loans(List.of(first, later))
          .interest(List.of(item("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 2, 15), "12569.46"),
              item("I2", "L2", LocalDate.of(2023, 2, 15), LocalDate.of(2023, 3, 15), "25000")))
          .programmeTotalReceived(Cny.of("2980000")).options(Optional.of(StackingOptions.DEFAULTS
              .withPrecedence(precedence))).build();
      StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
          TechSmeFixtures.MEASURE, request);
      assertThat(result.loans().get(0).ground()).as("L1, %s", precedence).isEqualTo(StackingGround.UNDETERMINED);
      assertThat(result.loans().get(0).missingFacts()).containsExactly("/loans/1/firstDrawdownOfFirstContract");
      assertThat(result.loans().get(1).applies()).as("L2, %s", precedence).contains(StackingScheme.TECH_SME);
      assertThat(Cny.yuan(result.firstLoanTotal(), "first")).isEqualByComparingTo("0.00");
      // I2 alone: min(80% × 25,000.00, 20,000.00) = 20,000.00
      assertThat(Cny.yuan(result.techSmeTotal(), "tech")).isEqualByComparingTo("20000.00");
      assertThat(result.missingFacts()).contains("/loans/1/firstDrawdownOfFirstContract");
    }
  }

  private static TechSmeInterestItem item(String id, String loanId, LocalDate start, LocalDate paid, String amount) {
    return TechSmeInterestItem.of(id, loanId, start, paid, paid, Cny.of(amount));
  }
}
