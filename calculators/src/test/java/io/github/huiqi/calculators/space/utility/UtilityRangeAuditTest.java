package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 2023-Q1 utility arrears relief under partial facts (深工信〔2023〕26号 第2条: "2023年第一季度…欠费不停供，
 * 免收欠费期间产生的滞纳金"): a small firm in difficulty whose electricity bill of 10,000 at 0.2% a day fell overdue on
 * 2023-01-16, with its paid date ("absent while unpaid or not known") left out.
 */
class UtilityRangeAuditTest {

  private static final MeasureId UTILITY = MeasureId.of("sz-gxj-2023-26.utility-arrears-relief");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final String ELECTRICITY = "{'billId': 'E', 'utility': 'ELECTRICITY', 'arrears': {'amount': 10000, "
      + "'currency': 'CNY'}, 'overdueFrom': '2023-01-16', 'dailyLateFeeRate': '0.2%'";
  private static final String WATER = "{'billId': 'W', 'utility': 'WATER', 'arrears': {'amount': 2000, 'currency': "
      + "'CNY'}, 'overdueFrom': '2023-02-01', 'paidDate': '2023-03-01', 'dailyLateFeeRate': '0.1%'}";

  private static MeasureOutcome outcome(String bills) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440306', 'size': 'SMALL', "
        + "'affectedByEpidemic': true, 'utilityBills': [" + bills + "]}"), AS_OF, UTILITY, false);
  }

  @Test
  void test_paidDateNotGiven_fromNothingToTheQuarter() {
    // unpaid through the quarter: 10,000 × 0.2% = 20.00 a day × 75 days (2023-01-16..03-31: 16 + 28 + 31) = 1,500.00
    // waived; paid the day its late fee began (2023-01-16): no late fee in the quarter, no arrears, nothing
    MeasureOutcome open = outcome(ELECTRICITY + "}");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("1500.00")));
    assertThat(open.missingFacts()).containsExactly("/utilityBills/0/paidDate");
    // filled both ways: paid 2023-04-10, the quarter's 1,500.00; paid 2023-02-15, 30 days (01-16..02-14) = 600.00;
    // paid 2023-01-16, ineligible
    assertThat(outcome(ELECTRICITY + ", 'paidDate': '2023-04-10'}").amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("1500.00")));
    assertThat(outcome(ELECTRICITY + ", 'paidDate': '2023-02-15'}").amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("600.00")));
    assertThat(outcome(ELECTRICITY + ", 'paidDate': '2023-01-16'}").verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_paidDateNotGiven_anotherBillKeepsTheFirmCovered() {
    // the water bill, paid 2023-03-01: 2,000 × 0.1% = 2.00 a day × 28 days (02-01..02-28) = 56.00, certain; the
    // electricity bill adds 0.00 to 1,500.00: eligible, 56.00 to 1,556.00 (before the fix: 1,556.00, certain)
    MeasureOutcome open = outcome(ELECTRICITY + "}, " + WATER);
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("56.00"), Cny.of("1556.00")));
    assertThat(open.missingFacts()).containsExactly("/utilityBills/0/paidDate");
  }
}
