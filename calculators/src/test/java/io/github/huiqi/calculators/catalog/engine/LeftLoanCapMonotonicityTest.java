package io.github.huiqi.calculators.catalog.engine;


import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The one kind of firm {@link EntitlementMonotonicityPropertyTest} found where more interest paid lowers the total in
 * reach, kept as the decisions register reads it today (§4.6 items 100 and 115: "a loan the caps leave it nothing on
 * is not one the firm can leave to it"), through the engine typed (plain and explained) and
 * {@link EntitlementEngine#evaluateJson}. Reduced from financing seed 3, firm 14 (its L4's interest 37,120.00 raised
 * to 117,299.20: 46,466.11 fell to 41,604.44 under both precedences).
 * <p>
 * A 深圳 first-time borrower enrolled as a 科技型中小企业 from 2023-06-01, 2,988,000 already received, evaluated on
 * 2023-12-31, no claim recorded. Worked by hand:
 * <ul>
 *   <li>第5条 (2% a year, at most 6 months, ACT/360): L1 1,000,000 drawn 2023-02-01 → 08-01 = 181 days,
 *       1,000,000 × 2% × 181/360 = 10,055.56. L2 (drawn 2023-01-03) is not a first drawdown: 第5条 does not pay on
 *       it.</li>
 *   <li>第13条 (a first-time borrower's 70% uplifted to 80% in 2023; 2020 办法 第十四条（四）'s 3,000,000 over the
 *       programme): 3,000,000 − 2,988,000 = 12,000.00 left; I1 on L1 (accrued 2023-02-01 → 08-01, paid 08-01)
 *       80% × 20,000.00 = 16,000.00; I2 on L2 (accrued 2023-01-03 → 04-03, paid 04-03, before the enrolment)
 *       80% × I2.</li>
 *   <li>In drawdown order, L2 (第13条 alone) takes 80% × I2 of the 12,000.00; L1 goes to 第5条, 10,055.56 being more
 *       than what is left. The claim then left (I2 alone) misses the enrolment, so the firm's larger in all (item
 *       100) leaves L1 to 第13条 when it can: the claim I1 + I2 reaches the enrolment and pays
 *       min(16,000.00 + 80% × I2, 12,000.00) = 12,000.00 against 10,055.56.</li>
 *   <li>I2 5,000.00: 4,000.00, 8,000.00 left on L1: left, 第5条 0.00, 第13条 12,000.00. I2 14,999.99:
 *       80% × 14,999.99 = 11,999.992 → 11,999.99, 0.01 left on L1: left, the same 0.00 and 12,000.00. I2 15,000.00:
 *       12,000.00, nothing left on L1, which items 100 and 115 then do not let the firm leave: 第5条 10,055.56,
 *       第13条 0.00 (its claim misses the enrolment).</li>
 * </ul>
 * So 0.01 more interest paid on L2 lowers the total by 1,944.44. The sources (2022 深圳 首贷 rules "同一笔贷款只能享受一次
 * 贴息政策"; 第13条; the 2020 办法) say nothing of which payment a programme cap is spent on: the cap's allocation in
 * payment-date order (TechSmeCalculator) is the library's, and it decides here whether L1 "can be paid on". Leaving
 * L1 whenever 第13条 qualifies on it (its amount before the caps positive) gives 12,000.00 at 15,000.00 too; that
 * reading would move StackingLeftWayCapsTest's worked figures, so it is the lead's to take (the hunt's report).
 */
class LeftLoanCapMonotonicityTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  @ParameterizedTest(name = "I2 {0}: first-loan {1}, tech-SME {2}")
  @CsvSource({
      // L1 left to 第13条: min(16,000.00 + 4,000.00, 12,000.00) = 12,000.00; 第5条 0.00
      "5000.00, 0.00, 12000.00",
      // 80% × 14,999.99 = 11,999.99, 0.01 left on L1: still left, 12,000.00
      "14999.99, 0.00, 12000.00",
      // 80% × 15,000.00 = 12,000.00, nothing left on L1: 第5条 1,000,000 × 2% × 181/360 = 10,055.56, 第13条 0.00
      "15000.00, 10055.56, 0.00"})
  void test_interestOnTheLoanBeforeTheEnrolment_spendsTheCap_theLeftLoanReturns(String interest, String firstLoan,
      String techSme) {
    // the other measures counted run from 0.00 (their facts not given): the least in reach is the pair's,
    // 0.00 + 12,000.00 = 12,000.00, then 10,055.56 + 0.00 = 10,055.56
    FirstLoanTechSmePair.assertAmounts(profile(interest), AS_OF, firstLoan, techSme);
  }

  /** The firm, I2's interest paid as given. */
  private static String profile(String interest) {
    return FirstLoanTechSmePair.firm("2023-06-01", "2988000",
        FirstLoanTechSmePair.loan("L1", "1000000", "2023-02-01", true) + ", "
            + FirstLoanTechSmePair.loan("L2", "500000", "2023-01-03", false),
        FirstLoanTechSmePair.interest("I1", "L1", "2023-02-01", "2023-08-01", "20000") + ", "
            + FirstLoanTechSmePair.interest("I2", "L2", "2023-01-03", "2023-04-03", interest), "");
  }
}
