package io.github.huiqi.calculators.catalog.engine;


import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Finding B of {@link EntitlementMonotonicityPropertyTest}, in the form reduced here fixed (register §4.6 item 133):
 * a loan's interest raised moved it to the tech-SME subsidy (深工信〔2023〕26号 第13条) on room its caps did not leave,
 * and the total in reach fell. Reduced from financing seed 16, firm 12 under LARGER (its L3's interest 2,367.07
 * raised to 470,929.02: 183,593.61 fell to 179,762.44, the first-loan subsidy losing L3's 3,831.17 and the tech-SME
 * subsidy staying at 18,883.00). That firm still fell, for a reason item 133 kept: its L2, which only the tech-SME
 * subsidy qualifies on, is drawn after L3 (and paid after it), and item 10 compared L3 within the caps left by the
 * loans drawn before it, without L2; register §4.6 item 134 now counts L2 there, sure to be paid on (the claim
 * reaches the enrolment's dates without L3), and the firm no longer falls ({@link LaterTechOnlyLoanMonotonicityTest}).
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业 since 2022, 2,990,000 already received, evaluated on 2023-12-31,
 * no claim recorded (so FIRST_CLAIMED and LARGER both take the larger, §4.1 item 10). Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L1 1,000,000 drawn 2023-02-01 → 08-01 = 181 days,
 *       1,000,000 × 2% × 181/360 = 10,055.56; L3 100,000 drawn 2023-02-10 → 08-10 = 181 days, 1,005.56.</li>
 *   <li>第13条 (80% of 2023 interest for a first-time borrower, 50% of guarantee fees; the 2020 办法 第十四条（四）'s
 *       3,000,000 over the programme): 3,000,000 − 2,990,000 = 10,000.00 left, spent in payment-date order. I1 on L1
 *       (paid 2023-03-01) 80% × 20,000.00 = 16,000.00; the fee F (paid 04-01) 50% × 20,000.00 = 10,000.00; I3 on L3
 *       (paid 05-01) 80% × I3.</li>
 *   <li>L1 first (drawdown order): 10,055.56 against at most the 10,000.00 left: 第5条. Then the tech-SME claim is F
 *       and what else it takes; F, paid before I3, spends the 10,000.00, so 第13条 can pay nothing more on L3, and
 *       L3 goes to 第5条 whatever I3: 第5条 10,055.56 + 1,005.56 = 11,061.12, 第13条 10,000.00, in reach 21,061.12.</li>
 *   <li>The pool of interest room the engine compared L3 within before item 133 (the interest subsidy with every
 *       loan's interest, I1 paid first taking the 10,000.00) did not see that L1's interest leaves the claim once L1
 *       goes to 第5条: with 80% × I3 above 1,005.56 (I3 1,257.00: 1,005.60) it gave L3 to 第13条, which still paid
 *       10,000.00 in all (F first), and 第5条 paid 10,055.56 alone: 20,055.56, 1,005.56 less for 0.05 more interest.
 *       Now each loan is compared on what 第13条 pays more with it than without it: L1 10,000.00 − 10,000.00 = 0.00,
 *       L3 the same, so both stay with 第5条 whatever I3.</li>
 * </ul>
 */
class TechSmeRoomMonotonicityTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  @ParameterizedTest(name = "I3 {0}")
  @CsvSource({
      // 80% × 1,000.00 = 800.00 < 1,005.56: L3 to 第5条, 10,055.56 + 1,005.56 = 11,061.12; 第13条 F's 10,000.00
      "1000.00",
      // 80% × 1,256.95 = 1,005.56, a tie: 第5条 keeps L3 (item 10's tie), the same figures
      "1256.95"})
  void test_interestBelowTheFirstLoanAmount_l3StaysWithTheFirstLoanSubsidy(String interest) {
    assertAmounts(interest);
  }

  @ParameterizedTest(name = "I3 {0}")
  @CsvSource({
      // 第13条 on L3: 10,000.00 with I3 (F, paid first, spends the cap) less 10,000.00 without it = 0.00 < 1,005.56,
      // so 第5条 11,061.12 and 第13条 10,000.00 as above (before item 133: 10,055.56 and 10,000.00)
      "1257.00",
      "20000.00"})
  void test_moreInterest_theCapsSpentByTheFee_l3StillWithTheFirstLoanSubsidy(String interest) {
    assertAmounts(interest);
  }

  /** 第5条 11,061.12 and 第13条 10,000.00, typed plain and explained and through evaluateJson; 21,061.12 in reach. */
  private static void assertAmounts(String interest) {
    // 第5条 10,055.56 + 1,005.56 = 11,061.12; 第13条 50% × 20,000.00 = 10,000.00, all that the programme leaves; the
    // other measures counted run from 0.00 (their facts not given): 11,061.12 + 10,000.00 = 21,061.12 in reach
    FirstLoanTechSmePair.assertAmounts(profile(interest), AS_OF, "11061.12", "10000.00");
  }

  /** The firm, I3's interest paid as given. */
  private static String profile(String interest) {
    return FirstLoanTechSmePair.firm("2022-01-01", "2990000",
        FirstLoanTechSmePair.loan("L1", "1000000", "2023-02-01", true) + ", "
            + FirstLoanTechSmePair.loan("L3", "100000", "2023-02-10", true),
        FirstLoanTechSmePair.interest("I1", "L1", "2023-02-01", "2023-03-01", "20000") + ", "
            + FirstLoanTechSmePair.interest("I3", "L3", "2023-02-10", "2023-05-01", interest),
        """
        {"paymentId": "F", "paymentDate": "2023-04-01", "amountPaid": {"amount": 20000, "currency": "CNY"}}""");
  }
}
