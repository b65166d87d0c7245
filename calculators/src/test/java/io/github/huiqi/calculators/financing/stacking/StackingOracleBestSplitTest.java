package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.stacking.StackingOracle.Firm;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Interest;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Loan;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Profile;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Scheme;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The independent {@link StackingOracle} takes the split of the loans both 第5条 and 第13条 (深工信〔2023〕26号) pay on
 * that pays the firm most in all (register §4.6 item 151), on the reduced firm the engine's
 * FirstLoanTechSmeBestSplitTest works (the fact-drop hunt's financing seed 31 firm 86, L4 for production): a 深圳
 * first-time borrower enrolled as a 科技型中小企业, 2,931,371.28 received (3,000,000 − 2,931,371.28 = 68,628.72
 * left); L3 1,965,000 drawn 2023-01-21, 第5条 1,965,000 × 2% × 181/360 = 19,759.17; L4 2,800,000 drawn 2023-02-08,
 * 第5条 2,800,000 × 2% × 181/360 = 28,155.56, I4 75,304.45, 第13条 80% = 60,243.56. No claim recorded: both
 * precedences take the larger.
 */
class StackingOracleBestSplitTest {

  private static final LocalDate L3_DRAWN = LocalDate.of(2023, 1, 21);
  private static final LocalDate L4_DRAWN = LocalDate.of(2023, 2, 8);

  @ParameterizedTest(name = "I3 {0}: L3 to {1}, L4 to {2}")
  @CsvSource({
      // 80% × 41,625.99 = 33,300.79: one at a time L3 then L4 to 第13条, 68,628.72; the split L3 to 第5条 and L4 to
      // 第13条 pays 19,759.17 + 60,243.56 = 80,002.73 (L3 to 第13条, L4 to 第5条: 33,300.79 + 28,155.56 = 61,456.35)
      "41625.99, FIRST_LOAN, TECH_SME, 19759.17, 60243.56",
      // 80% × 24,698.96 = 19,759.17, a tie 第5条 keeps: one at a time already 19,759.17 + 60,243.56 = 80,002.73
      "24698.96, FIRST_LOAN, TECH_SME, 19759.17, 60243.56",
      // 80% × 24,698.97 = 19,759.18: one at a time both to 第13条, 68,628.72; the split pays 80,002.73
      "24698.97, FIRST_LOAN, TECH_SME, 19759.17, 60243.56",
      // 80% × 10,000.00 = 8,000.00 < 19,759.17: L3 to 第5条 one at a time, 19,759.17 + 60,243.56 = 80,002.73
      "10000.00, FIRST_LOAN, TECH_SME, 19759.17, 60243.56"})
  void test_theFirmTakesTheSplitThatPaysMost(String interest, Scheme l3, Scheme l4, String firstLoan,
      String techSme) {
    Profile profile = profile(new BigDecimal(interest));
    for (boolean larger : new boolean[] {true, false}) {
      Map<String, Scheme> applies = StackingOracle.interestStacking(profile, larger, Map.of());
      assertThat(applies).containsEntry("L3", l3).containsEntry("L4", l4);
      assertThat(StackingOracle.firstLoanTotal(profile, applies)).isEqualByComparingTo(firstLoan);
      assertThat(StackingOracle.techSmeTotal(profile, applies)).isEqualByComparingTo(techSme);
    }
  }

  @ParameterizedTest(name = "L3 claimed {0}")
  @CsvSource({
      // under FIRST_CLAIMED a claim recorded on L3 keeps the comparison one at a time: TECH_SME claimed, L3 to 第13条
      // (33,300.79 paid within the 68,628.72), L4 on the 35,327.93 left > 28,155.56: 第13条, 0.00 + 68,628.72
      "TECH_SME, TECH_SME, TECH_SME, 0, 68628.72"})
  void test_claimRecorded_theComparisonStands(Scheme claimed, Scheme l3, Scheme l4, String firstLoan,
      String techSme) {
    Profile profile = profile(new BigDecimal("41625.99"));
    Map<String, Scheme> applies = StackingOracle.interestStacking(profile, false, Map.of("L3", claimed));
    assertThat(applies).containsEntry("L3", l3).containsEntry("L4", l4);
    assertThat(StackingOracle.firstLoanTotal(profile, applies)).isEqualByComparingTo(firstLoan);
    assertThat(StackingOracle.techSmeTotal(profile, applies)).isEqualByComparingTo(techSme);
  }

  private static Profile profile(BigDecimal interestOnL3) {
    Loan l3 = new Loan("L3", new BigDecimal("1965000"), new BigDecimal("0.0301"), L3_DRAWN, L3_DRAWN.plusYears(1),
        true, false, new Interest(interestOnL3, L3_DRAWN, LocalDate.of(2023, 10, 19)), null, null);
    Loan l4 = new Loan("L4", new BigDecimal("2800000"), new BigDecimal("0.0412"), L4_DRAWN, L4_DRAWN.plusYears(1),
        true, false, new Interest(new BigDecimal("75304.45"), L4_DRAWN, LocalDate.of(2023, 10, 1)), null, null);
    return new Profile(false, new Firm(true, true, new BigDecimal("2931371.28")), List.of(l3, l4), List.of(),
        List.of());
  }
}
