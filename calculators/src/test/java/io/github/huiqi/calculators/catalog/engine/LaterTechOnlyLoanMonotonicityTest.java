package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding B of {@link EntitlementMonotonicityPropertyTest} as the five hunt firms have it (financing seeds 16, 25, 26
 * and 29), kept as the decisions register reads it (§4.6 item 134, a consequence of §4.1 item 10's drawdown order):
 * a loan the first-loan subsidy (深工信〔2023〕26号 第5条) and the tech-SME subsidy (第13条) both pay on is compared
 * within what the tech-SME caps leave after the loans drawn before it, so a loan drawn after it that only the tech-SME
 * subsidy takes, whose interest fills the caps anyway, is not seen; more interest on the earlier loan gives it to the
 * tech-SME subsidy, which pays no more in all, and the first-loan subsidy loses it. Through the engine typed (plain
 * and explained) and {@link EntitlementEngine#evaluateJson}, and typed under LARGER.
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业 since 2022, 2,980,000 already received, evaluated on
 * 2023-12-31, no claim recorded (so FIRST_CLAIMED and LARGER both take the larger). Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L1 1,000,000 drawn 2023-02-01 → 08-01 = 181 days,
 *       1,000,000 × 2% × 181/360 = 10,055.56. L2 (drawn 2023-03-01) is not the first drawdown of the first contract:
 *       第5条 does not pay on it.</li>
 *   <li>第13条 (a first-time borrower's 80% of 2023 interest; the 2020 办法 第十四条（四）'s 3,000,000 over the
 *       programme): 3,000,000 − 2,980,000 = 20,000.00 left, spent in payment-date order. I1 on L1 (paid 2023-03-01)
 *       80% × I1; I2 on L2 (paid 2023-04-01) 80% × 25,000.00 = 20,000.00, all that is left.</li>
 *   <li>L1 first (drawdown order), no loan drawn before it: 第13条 can pay min(80% × I1, 20,000.00) on it against
 *       第5条's 10,055.56. I1 10,000.00: 8,000.00, so 第5条; L2 (第13条 alone) then 20,000.00:
 *       10,055.56 + 20,000.00 = 30,055.56. I1 12,569.45: 80% = 10,055.56, a tie 第5条 keeps: 30,055.56 again.</li>
 *   <li>I1 12,569.46: 80% × 12,569.46 = 10,055.568 → 10,055.57, more than 10,055.56: L1 to 第13条. Its claim is then
 *       I1 (paid first, 10,055.57) and I2 (80% × 25,000.00 cut to the 9,944.43 left): 20,000.00, no more than with
 *       L2 alone; 第5条 0.00. In reach 20,000.00, 10,055.56 less for 0.01 more interest; the same from there on
 *       (I1 20,000.00: 16,000.00 on L1, 4,000.00 on L2, 20,000.00).</li>
 * </ul>
 * Compared with L2's interest already in the claim, L1 would bring 第13条 20,000.00 − 20,000.00 = 0.00 more and stay
 * with 第5条 whatever I1 (30,055.56). That is not item 10's reading, which the independent StackingOracle encodes
 * (each loan within the caps left after the loans drawn before it: it gives L1 to 第13条 here too), so the fall is
 * kept, documented and excused by the hunt.
 */
class LaterTechOnlyLoanMonotonicityTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  @ParameterizedTest(name = "I1 {0}: first-loan {1}, tech-SME {2}")
  @CsvSource({
      // 80% × 10,000.00 = 8,000.00 < 10,055.56: L1 to 第5条 10,055.56; L2 to 第13条, min(20,000.00, 20,000.00)
      "10000.00, 10055.56, 20000.00",
      // 80% × 12,569.45 = 10,055.56, a tie the first-loan subsidy keeps (§4.1 item 10): the same
      "12569.45, 10055.56, 20000.00",
      // 80% × 12,569.46 = 10,055.57 > 10,055.56: L1 to 第13条, 10,055.57 + 9,944.43 (I2 cut) = 20,000.00; 第5条 0.00
      "12569.46, 0.00, 20000.00",
      // 80% × 20,000.00 = 16,000.00 on L1, 20,000.00 − 16,000.00 = 4,000.00 left for I2: 20,000.00; 第5条 0.00
      "20000.00, 0.00, 20000.00"})
  void test_moreInterestOnTheEarlierLoan_laterTechOnlyLoanNotSeen_theTotalFalls(String interest, String firstLoan,
      String techSme) {
    String profile = profile(interest);
    // the other measures counted run from 0.00 (their facts not given): the least in reach is the pair's,
    // 10,055.56 + 20,000.00 = 30,055.56, then 0.00 + 20,000.00 = 20,000.00
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, firstLoan, techSme);
    EnterpriseProfile read = FirstLoanTechSmePair.read(profile);
    EntitlementReport larger = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(read, AS_OF)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER)));
    // no claim recorded, so LARGER gives the same least in reach
    assertThat(larger.totals().inReach().minimum()).isEqualTo(Cny.of(firstLoan).add(Cny.of(techSme)));
  }

  /** The firm, I1's interest paid as given. */
  private static String profile(String interest) {
    return FirstLoanTechSmePair.firm("2022-01-01", "2980000",
        FirstLoanTechSmePair.loan("L1", "1000000", "2023-02-01", true) + ", "
            + FirstLoanTechSmePair.loan("L2", "5000000", "2023-03-01", false),
        FirstLoanTechSmePair.interest("I1", "L1", "2023-02-01", "2023-03-01", interest) + ", "
            + FirstLoanTechSmePair.interest("I2", "L2", "2023-03-01", "2023-04-01", "25000"), "");
  }
}
