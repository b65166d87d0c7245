package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The best split of register §4.6 item 151 ({@link StackingBestSplit}) at the edge of its budget: eight loans both
 * 深工信〔2023〕26号 第5条 and 第13条 take are all worked out, a ninth leaves the comparison in drawdown order as it
 * is. Through the typed {@link StackingCalculator}, under both precedences (no claim recorded).
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业, 2,980,000 already received: 3,000,000 − 2,980,000 =
 * 20,000.00 left (2020 办法 第十四条（四）). Loan Li drawn 2023-01-(10 + i), each to 2023-07-(10 + i) = 181 days:
 * 第5条 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56, and for L8 of 500,000, 500,000 × 2% × 181/360 =
 * 5,027.777… → 5,027.78 (each loan rounded half-up to the fen). Each Li pays interest Ii of 25,000.00 a month after
 * its drawdown: 第13条 80% × 25,000.00 = 20,000.00, any one loan filling the 20,000.00 left.
 * <p>
 * In drawdown order (§4.1 item 10, item 133): L1, 20,000.00 more for 第13条 against 10,055.56, to 第13条; every later
 * loan adds 0.00 to 第13条 (the cap is filled), to 第5条. Every split: 第13条 pays 20,000.00 with one loan or more, so
 * the most in all sends to it the one loan whose 第5条 amount is least, L8.
 */
class StackingBestSplitBudgetTest {

  @Test
  void eightLoansBothTake_withinTheBudget_theLeastFirstLoanAmountGoesToTheTechSmeSubsidy() {
    // one at a time: 20,000.00 + 6 × 10,055.56 + 5,027.78 = 20,000.00 + 65,361.14 = 85,361.14; the best split, L8 to
    // 第13条: 7 × 10,055.56 = 70,388.92 + 20,000.00 = 90,388.92 (L1 to 第13条 alone is the pass; two loans to 第13条
    // give up a second 第5条 amount for nothing)
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      StackingResult result = run(8, precedence);
      for (int i = 0; i < 7; i++) {
        assertThat(result.loans().get(i).applies()).as("L%d, %s", i + 1, precedence)
            .contains(StackingScheme.FIRST_LOAN);
      }
      assertThat(result.loans().get(7).applies()).as("L8, %s", precedence).contains(StackingScheme.TECH_SME);
      assertThat(result.firstLoanTotal()).as("first-loan, %s", precedence).isEqualTo(Cny.of("70388.92"));
      assertThat(result.techSmeTotal()).as("tech-SME, %s", precedence).isEqualTo(Cny.of("20000.00"));
      assertThat(StackingCalculator.DEFAULT.totalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
          request(8, precedence))).isEqualTo(Cny.of("90388.92"));
    }
  }

  @Test
  void nineLoansBothTake_beyondTheBudget_theComparisonInDrawdownOrderStands() {
    // L9 of 1,000,000 drawn 2023-01-19 (181 days, 10,055.56): one at a time L1 to 第13条, L2 – L9 to 第5条,
    // 7 × 10,055.56 + 5,027.78 = 75,416.70 + 20,000.00 = 95,416.70. Nine loans are beyond the budget of eight, so
    // the split that would pay more (L8 to 第13条: 8 × 10,055.56 = 80,444.48 + 20,000.00 = 100,444.48) is not tried
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      StackingResult result = run(9, precedence);
      assertThat(result.loans().get(0).applies()).as("L1, %s", precedence).contains(StackingScheme.TECH_SME);
      for (int i = 1; i < 9; i++) {
        assertThat(result.loans().get(i).applies()).as("L%d, %s", i + 1, precedence)
            .contains(StackingScheme.FIRST_LOAN);
      }
      assertThat(result.firstLoanTotal()).as("first-loan, %s", precedence).isEqualTo(Cny.of("75416.70"));
      assertThat(result.techSmeTotal()).as("tech-SME, %s", precedence).isEqualTo(Cny.of("20000.00"));
    }
  }

  private static StackingResult run(int loans, StackingPrecedence precedence) {
    return StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE, TechSmeFixtures.MEASURE,
        request(loans, precedence));
  }

  /** L1 – L7 (and L9) of 1,000,000, L8 of 500,000, each drawn 2023-01-(10 + i) with 25,000.00 of interest. */
  private static StackingRequest request(int count, StackingPrecedence precedence) {
    List<LoanFacts> loans = new ArrayList<>();
    List<TechSmeInterestItem> interest = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      LocalDate drawn = LocalDate.of(2023, 1, 10 + i);
      loans.add(FirstLoanFixtures.loan("L" + i).principal(Cny.of(i == 8 ? "500000" : "1000000")).drawdownDate(drawn)
          .maturityDate(drawn.plusYears(1)).build());
      interest.add(TechSmeInterestItem.of("I" + i, "L" + i, drawn, drawn.plusMonths(1), drawn.plusMonths(1),
          Cny.of("25000.00")));
    }
    return StackingRequest.builder().enterprise(FirstLoanFixtures.firm().enrolledTechSme(true).build()).loans(loans)
        .interest(interest).programmeTotalReceived(Cny.of("2980000"))
        .options(Optional.of(StackingOptions.DEFAULTS.withPrecedence(precedence))).build();
  }
}
