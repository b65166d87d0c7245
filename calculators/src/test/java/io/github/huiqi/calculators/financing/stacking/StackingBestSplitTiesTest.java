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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Ties between the splits that pay the firm most in all (register §4.6 item 151, {@link StackingBestSplit}): of two
 * paying as much, the one paying 深工信〔2023〕26号 第5条 more (item 10's tie), then the one giving 第13条 fewer loans,
 * then the one giving the earlier drawn loan to 第5条. Through the typed {@link StackingCalculator}, under both
 * precedences (no claim recorded).
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业, 2,980,000 already received: 3,000,000 − 2,980,000 =
 * 20,000.00 left (2020 办法 第十四条（四）). L1 1,000,000 drawn 2023-01-11, L2 and L3 400,000 drawn 2023-01-12 and
 * 2023-01-13, each for 181 days of 第5条 (to 07-11, 07-12, 07-13): 1,000,000 × 2% × 181/360 = 10,055.555… →
 * 10,055.56 and 400,000 × 2% × 181/360 = 4,022.222… → 4,022.22. Each Li pays interest Ii a month after its
 * drawdown, of which 第13条 pays 80%; I1 25,000.00, 80% = 20,000.00, fills the 20,000.00 left alone.
 * <p>
 * In drawdown order (§4.1 item 10, item 133): L1 adds 20,000.00 to 第13条 against 10,055.56, to 第13条; L2 and L3 then
 * add 0.00 to it (the cap is filled), to 第5条: 20,000.00 + 2 × 4,022.22 = 28,044.44 in all.
 */
class StackingBestSplitTiesTest {

  @ParameterizedTest(name = "I2 {0}, I3 {1}: L2 to {2}, L3 to {3}")
  @CsvSource({
      // 第13条 80% × 25,000.00 = 20,000.00 on L2 and on L3 alike. L1 to 第5条 and one of L2, L3 to 第13条:
      // 10,055.56 + 4,022.22 + 20,000.00 = 34,077.78 either way, 第5条 14,077.78 and one loan to 第13条 either way:
      // the earlier drawn L2 to 第5条, L3 to 第13条 (L2 and L3 both to 第13条: 10,055.56 + 20,000.00 = 30,055.56; all
      // to 第5条: 18,100.00)
      "25000.00, 25000.00, FIRST_LOAN, TECH_SME, 14077.78, 20000.00",
      // 第13条 80% × 17,500.00 = 14,000.00 on L2, 80% × 19,972.22 = 15,977.776 → 15,977.78 on L3. L1 and L2 to 第5条,
      // L3 to 第13条: 10,055.56 + 4,022.22 + 15,977.78 = 30,055.56; L1 to 第5条, L2 and L3 to 第13条: 10,055.56 +
      // min(14,000.00 + 15,977.78, 20,000.00) = 30,055.56, as much, but 第5条 10,055.56 against 14,077.78: the first
      // (L2 to 第13条 alone: 10,055.56 + 4,022.22 + 14,000.00 = 28,077.78; L1 to 第13条 with either: 4,022.22 +
      // 20,000.00 = 24,022.22)
      "17500.00, 19972.22, FIRST_LOAN, TECH_SME, 14077.78, 15977.78"})
  void test_splitsPayingAsMuch_theTieGoesAsTheRegisterSays(String i2, String i3, StackingScheme l2,
      StackingScheme l3, String firstLoan, String techSme) {
    for (StackingPrecedence precedence : StackingPrecedence.values()) {
      StackingRequest request = request(i2, i3, precedence);
      StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FirstLoanFixtures.MEASURE,
          TechSmeFixtures.MEASURE, request);
      assertThat(result.loans().get(0).applies()).as("L1, %s", precedence).contains(StackingScheme.FIRST_LOAN);
      assertThat(result.loans().get(1).applies()).as("L2, %s", precedence).contains(l2);
      assertThat(result.loans().get(2).applies()).as("L3, %s", precedence).contains(l3);
      assertThat(result.firstLoanTotal()).as("first-loan, %s", precedence).isEqualTo(Cny.of(firstLoan));
      assertThat(result.techSmeTotal()).as("tech-SME, %s", precedence).isEqualTo(Cny.of(techSme));
    }
  }

  private static StackingRequest request(String i2, String i3, StackingPrecedence precedence) {
    String[] principals = {"1000000", "400000", "400000"};
    String[] interestPaid = {"25000.00", i2, i3};
    List<LoanFacts> loans = new ArrayList<>();
    List<TechSmeInterestItem> interest = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      LocalDate drawn = LocalDate.of(2023, 1, 11 + i);
      String id = "L" + (i + 1);
      loans.add(FirstLoanFixtures.loan(id).principal(Cny.of(principals[i])).drawdownDate(drawn)
          .maturityDate(drawn.plusYears(1)).build());
      interest.add(TechSmeInterestItem.of("I" + (i + 1), id, drawn, drawn.plusMonths(1), drawn.plusMonths(1),
          Cny.of(interestPaid[i])));
    }
    return StackingRequest.builder().enterprise(FirstLoanFixtures.firm().enrolledTechSme(true).build()).loans(loans)
        .interest(interest).programmeTotalReceived(Cny.of("2980000"))
        .options(Optional.of(StackingOptions.DEFAULTS.withPrecedence(precedence))).build();
  }
}
