package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding B of {@link EntitlementMonotonicityPropertyTest} as the five hunt firms have it (financing seeds 16, 25, 26
 * and 29), closed by the decisions register's reading (§4.6 item 134, on §4.1 item 10's drawdown order): a loan drawn
 * later that only the tech-SME subsidy (深工信〔2023〕26号 第13条) takes is counted in the claim an earlier loan is
 * compared on where that claim reaches the enrolment's dates without the earlier loan, since it is then paid on
 * whatever the comparison decides; where it does not, it is not sure to be paid on and waits for its turn (item 100).
 * Through the engine typed (plain and explained) and {@link EntitlementEngine#evaluateJson}, and typed under LARGER.
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业, 2,980,000 already received, evaluated on 2023-12-31, no claim
 * recorded (so FIRST_CLAIMED and LARGER both take the larger). Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L1 1,000,000 drawn 2023-02-01 → 08-01 = 181 days,
 *       1,000,000 × 2% × 181/360 = 10,055.56. L2 (drawn 2023-03-01) is not the first drawdown of the first contract:
 *       第5条 does not pay on it.</li>
 *   <li>第13条 (a first-time borrower's 80% of 2023 interest; the 2020 办法 第十四条（四）'s 3,000,000 over the
 *       programme): 3,000,000 − 2,980,000 = 20,000.00 left, spent in payment-date order. I2 on L2 (paid 2023-04-01)
 *       80% × 25,000.00 = 20,000.00, all that is left.</li>
 *   <li>Enrolled since 2022-01-01, I1 paid 2023-03-01: L2's claim alone (I2, 03-01 → 04-01) reaches the enrolment, so
 *       L1 is compared beside it: 第13条 pays min(80% × I1 + 20,000.00, 20,000.00) − 20,000.00 = 0.00 more with L1,
 *       against 10,055.56: L1 to 第5条 whatever I1, 10,055.56 + 20,000.00 = 30,055.56. Before 2026-12-07 L1 was
 *       compared on the whole 20,000.00, and from I1 12,569.46 (80% = 10,055.568 → 10,055.57 > 10,055.56) it went to
 *       第13条, which paid 10,055.57 on I1 and the 9,944.43 left on I2, 20,000.00, and 第5条 0.00: 20,000.00 in
 *       reach, 10,055.56 less for 0.01 more interest.</li>
 *   <li>Enrolled since 2023-05-01, I1 accrued 2023-02-01 → 06-01 and paid 06-01: L2's claim alone (last day 04-01)
 *       misses the enrolment, so L2 is not sure to be paid on and L1 is compared on the whole 20,000.00. I1
 *       12,569.46: 10,055.57 > 10,055.56, L1 to 第13条; the claim I1 + I2 reaches the enrolment (I1 to 05-31), I2
 *       (paid first) takes the 20,000.00 and I1 nothing: 第13条 20,000.00, 第5条 0.00. I1 12,569.45: 10,055.56, a tie
 *       第5条 keeps, but the claim left (I2) misses the enrolment and 第13条 would pay nothing: the firm leaves L1 to
 *       第13条 (register §4.6 item 100), 20,000.00 > 10,055.56: 0.00 and 20,000.00 again. Counting L2 there from the
 *       start would leave L1 a margin of 0.00 (not one the firm can leave it) and give 10,055.56 in all.</li>
 * </ul>
 */
class LaterTechOnlyLoanMonotonicityTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  @ParameterizedTest(name = "I1 {0}: first-loan {1}, tech-SME {2}")
  @CsvSource({
      // 80% × 10,000.00 = 8,000.00; beside L2 it brings 第13条 0.00 more: L1 to 第5条 10,055.56; L2 20,000.00
      "10000.00, 10055.56, 20000.00",
      // 80% × 12,569.45 = 10,055.56; 0.00 more beside L2: the same
      "12569.45, 10055.56, 20000.00",
      // 80% × 12,569.46 = 10,055.57; 0.00 more beside L2: the same 30,055.56 (before 2026-12-07: 0.00 and 20,000.00)
      "12569.46, 10055.56, 20000.00",
      // 80% × 20,000.00 = 16,000.00; min(16,000.00 + 20,000.00, 20,000.00) − 20,000.00 = 0.00 more: the same
      "20000.00, 10055.56, 20000.00"})
  void test_moreInterestOnTheEarlierLoan_laterTechOnlyLoanCounted_theTotalHolds(String interest, String firstLoan,
      String techSme) {
    String profile = profile("2022-01-01", "2023-03-01", interest);
    // the other measures counted run from 0.00 (their facts not given): the least in reach is the pair's,
    // 10,055.56 + 20,000.00 = 30,055.56
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, firstLoan, techSme);
    assertLargerAgrees(profile, firstLoan, techSme);
  }

  @ParameterizedTest(name = "I1 {0}: first-loan {1}, tech-SME {2}")
  @CsvSource({
      // 80% × 12,569.45 = 10,055.56, a tie 第5条 keeps; the claim left (I2 to 04-01) misses the enrolment from 05-01:
      // the firm leaves L1 to 第13条, I2 paid first taking the 20,000.00 left: 0.00 + 20,000.00 > 10,055.56 + 0.00
      "12569.45, 0.00, 20000.00",
      // 80% × 12,569.46 = 10,055.57 > 10,055.56 on the whole 20,000.00 (L2 not sure to be paid on): L1 to 第13条,
      // 20,000.00 (I2 first), 第5条 0.00
      "12569.46, 0.00, 20000.00"})
  void test_laterTechOnlyLoanOutsideTheEnrolment_notCounted(String interest, String firstLoan, String techSme) {
    String profile = profile("2023-05-01", "2023-06-01", interest);
    FirstLoanTechSmePair.assertAmounts(profile, AS_OF, firstLoan, techSme);
    assertLargerAgrees(profile, firstLoan, techSme);
  }

  /**
   * L2 of 100,000 whose first-drawdown member is not given (enrolled since 2022-01-01, I1 12,569.46 paid 03-01): a
   * first drawdown, 第5条 100,000 × 2% × 184/360 = 1,022.22 (2023-03-01 → 09-01, 184 days) against the 9,944.43 L1
   * (to 第13条 on the whole 20,000.00, 10,055.57 > 10,055.56) leaves: L2 to 第13条, 0.00 and 20,000.00; not one, L2
   * only 第13条 takes is counted beside L1 (0.00 more), L1 to 第5条: 10,055.56 and 20,000.00. L1 waits on L2's fact
   * (register §4.6 item 134): 第5条 0.00 – 10,055.56, naming it; 第13条 20,000.00 either way.
   */
  @Test
  void test_laterLoanMayBeTechOnly_theEarlierLoanOpenOnItsFact() {
    String later = FirstLoanTechSmePair.loan("L2", "100000", "2023-03-01", true)
        .replace("\"firstDrawdownOfFirstContract\": true, ", "");
    assertThat(later).doesNotContain("firstDrawdownOfFirstContract");
    String profile = FirstLoanTechSmePair.firm("2022-01-01", "2980000",
        FirstLoanTechSmePair.loan("L1", "1000000", "2023-02-01", true) + ", " + later,
        FirstLoanTechSmePair.interest("I1", "L1", "2023-02-01", "2023-03-01", "12569.46") + ", "
            + FirstLoanTechSmePair.interest("I2", "L2", "2023-03-01", "2023-04-01", "25000"), "");
    for (MeasureOutcome first : EngineJsonOutcomes.threeWays(profile, AS_OF, FirstLoanTechSmePair.FIRST_LOAN)) {
      assertThat(first.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(first.amount().maximum()).contains(Cny.of("10055.56"));
      assertThat(first.missingFacts()).contains("/loans/1/firstDrawdownOfFirstContract");
    }
    for (MeasureOutcome tech : EngineJsonOutcomes.threeWays(profile, AS_OF, FirstLoanTechSmePair.TECH_SME)) {
      assertThat(tech.amount().exact()).contains(Cny.of("20000.00"));
    }
  }

  /** No claim recorded, so LARGER gives the same least in reach. */
  private static void assertLargerAgrees(String profile, String firstLoan, String techSme) {
    EnterpriseProfile read = FirstLoanTechSmePair.read(profile);
    EntitlementReport larger = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(read, AS_OF)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER)));
    assertThat(larger.totals().inReach().minimum()).isEqualTo(Cny.of(firstLoan).add(Cny.of(techSme)));
  }

  /** The firm enrolled from {@code since}, I1's interest paid on {@code paid} as given. */
  private static String profile(String since, String paid, String interest) {
    return FirstLoanTechSmePair.firm(since, "2980000",
        FirstLoanTechSmePair.loan("L1", "1000000", "2023-02-01", true) + ", "
            + FirstLoanTechSmePair.loan("L2", "5000000", "2023-03-01", false),
        FirstLoanTechSmePair.interest("I1", "L1", "2023-02-01", paid, interest) + ", "
            + FirstLoanTechSmePair.interest("I2", "L2", "2023-03-01", "2023-04-01", "25000"), "");
  }
}
