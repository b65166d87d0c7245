package io.github.huiqi.calculators.space.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the purchase of state-owned space through the engine: the 专精特新 recognition must be held on the
 * evaluation date, so an expired or not yet granted recognition does not qualify the firm.
 */
class PurchaseQualificationAuditTest {

  private static final MeasureId PURCHASE = MeasureId.of("sz-gxj-zjtx-32-draft.state-owned-space-purchase");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** A Shenzhen firm with 2022 output of 300,000,000 and state-owned space leased from 2019-01-01 to 2026-12-31. */
  private static MeasureOutcome outcome(String recognition) {
    return outcome(recognition, "");
  }

  /** The same firm, with more facts (a member and a comma, or nothing). */
  private static MeasureOutcome outcome(String recognition, String more) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440306', " + more
        + "'specialisedAndInnovative': " + recognition + ", 'industrialOutputs': [{'year': 2022, 'grossOutput': "
        + "{'amount': 300000000, 'currency': 'CNY'}}], 'leases': [{'leaseId': 'L', 'area': 1000, "
        + "'start': '2019-01-01', 'end': '2026-12-31', 'stateOwned': true}]}"), AS_OF, PURCHASE, false);
  }

  @Test
  void test_recognitionHeldOnTheDate_eligible() {
    // 专精特新 draft 第二十九条: 专精特新企业, 年产值达3亿以上 (300,000,000 ≥ 300,000,000), 租用国有产业用房3年以上
    // (2019-01-01..2023-06-30 ≥ 3 years): all three met
    assertThat(outcome("{'held': true, 'since': '2021-07-01', 'until': '2024-06-30'}").verdict())
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_recognitionExpiredOrNotYetGranted_ineligible() {
    // the recognition ran out on 2022-12-31 and the firm is no 小巨人: on 2023-06-30 it is not a 专精特新企业
    assertThat(outcome("{'held': true, 'since': '2019-07-01', 'until': '2022-12-31'}",
        "'littleGiant': {'held': false}, ").verdict()).isEqualTo(Verdict.INELIGIBLE);
    // before: INELIGIBLE with the 小巨人 recognition not given. A 小巨人 recognised from among the 专精特新中小企业 runs
    // its own term, which may still run on 2023-06-30 (the draft's 专精特新企业 include it): not known, and asked
    // (decisions register §4.6 item 59)
    MeasureOutcome lapsed = outcome("{'held': true, 'since': '2019-07-01', 'until': '2022-12-31'}");
    assertThat(lapsed.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    // held since 2022-07-01 until 2025-06-30, the 小巨人 recognition makes it one again: all three met
    assertThat(outcome("{'held': true, 'since': '2019-07-01', 'until': '2022-12-31'}",
        "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}, ").verdict())
        .isEqualTo(Verdict.ELIGIBLE);
    // granted on 2023-07-01, the day after the evaluation date
    assertThat(outcome("{'held': true, 'since': '2023-07-01'}").verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
