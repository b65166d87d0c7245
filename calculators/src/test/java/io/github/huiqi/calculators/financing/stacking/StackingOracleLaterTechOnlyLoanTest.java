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
 * The independent {@link StackingOracle}, which encodes §4.1 item 10's drawdown order with register §4.6 item 134's
 * reading (a loan drawn later that only the tech-SME subsidy takes, sure to be paid on, is counted in the claim an
 * earlier loan is compared on), on the reduced firm of item 134: more interest on L1 no longer lowers the total, as in
 * the library (LaterTechOnlyLoanMonotonicityTest works the same firm through the engine).
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业, 2,980,000 already received (3,000,000 − 2,980,000 = 20,000.00
 * left, 第13条 with the 2020 办法 第十四条（四）). L1 1,000,000 at 4% drawn 2023-02-01, the first drawdown of the first
 * contract: 第5条 1,000,000 × 2% × 181/360 = 10,055.56, 第13条 80% × I1. L2 5,000,000 drawn 2023-03-01, not a first
 * drawdown (第5条 pays nothing on it), I2 25,000.00: 第13条 80% = 20,000.00.
 */
class StackingOracleLaterTechOnlyLoanTest {

  private static final LocalDate L1_DRAWN = LocalDate.of(2023, 2, 1);
  private static final LocalDate L2_DRAWN = LocalDate.of(2023, 3, 1);

  @ParameterizedTest(name = "I1 {0}: L1 to {1}")
  @CsvSource({
      // L1 compared on the room L2 leaves: 20,000.00 − 20,000.00 = 0.00 against 10,055.56: 第5条; L2 to 第13条,
      // min(20,000.00, 20,000.00): 10,055.56 + 20,000.00 = 30,055.56
      "12569.45, FIRST_LOAN, 10055.56, 20000.00",
      // 80% × 12,569.46 = 10,055.57, still against 0.00 of room: L1 to 第5条, 30,055.56 again (before 2026-12-07 L1
      // went to 第13条, which paid min(10,055.57 + 20,000.00, 20,000.00) = 20,000.00, and 第5条 0.00: 20,000.00)
      "12569.46, FIRST_LOAN, 10055.56, 20000.00",
      // 80% × 20,000.00 = 16,000.00, against 0.00: the same 30,055.56
      "20000.00, FIRST_LOAN, 10055.56, 20000.00"})
  void test_laterLoanOnlyTheTechSmeSubsidyTakes_countedWhenL1IsCompared(String interest, Scheme l1,
      String firstLoan, String techSme) {
    Profile profile = profile(new BigDecimal(interest));
    for (boolean larger : new boolean[] {true, false}) {
      // no claim recorded: FIRST_CLAIMED takes the larger too (register §4.1 item 10)
      Map<String, Scheme> applies = StackingOracle.interestStacking(profile, larger, Map.of());
      assertThat(applies).containsEntry("L1", l1).containsEntry("L2", Scheme.TECH_SME);
      assertThat(StackingOracle.firstLoanTotal(profile, applies)).isEqualByComparingTo(firstLoan);
      assertThat(StackingOracle.techSmeTotal(profile, applies)).isEqualByComparingTo(techSme);
    }
  }

  private static Profile profile(BigDecimal interest) {
    Loan first = new Loan("L1", new BigDecimal("1000000"), new BigDecimal("0.04"), L1_DRAWN, L1_DRAWN.plusYears(1),
        true, false, new Interest(interest, L1_DRAWN, L2_DRAWN), null, null);
    Loan later = new Loan("L2", new BigDecimal("5000000"), new BigDecimal("0.04"), L2_DRAWN, L2_DRAWN.plusYears(1),
        false, false, new Interest(new BigDecimal("25000"), L2_DRAWN, LocalDate.of(2023, 4, 1)), null, null);
    return new Profile(false, new Firm(true, true, new BigDecimal("2980000")), List.of(first, later), List.of(),
        List.of());
  }
}
