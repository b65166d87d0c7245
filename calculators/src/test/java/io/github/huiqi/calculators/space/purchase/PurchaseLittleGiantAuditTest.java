package io.github.huiqi.calculators.space.purchase;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the purchase of state-owned space (专精特新 draft 第二十九条) through the engine: the draft's
 * 专精特新企业 are "专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)" (its opening paragraph), so a firm recognised as a
 * 专精特新"小巨人" qualifies whether or not its 专精特新中小企业 recognition is recorded.
 */
class PurchaseLittleGiantAuditTest {

  private static final MeasureId PURCHASE = MeasureId.of("sz-gxj-zjtx-32-draft.state-owned-space-purchase");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /**
   * A Shenzhen firm with 2022 output of exactly 300,000,000 (年产值达3亿以上, inclusive) and state-owned space leased
   * from 2020-07-01 (2020-07-01..2023-06-30 is exactly 3 years: 租用国有产业用房3年以上).
   */
  private static MeasureOutcome outcome(String recognitions) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440306', " + recognitions
        + "'industrialOutputs': [{'year': 2022, 'grossOutput': {'amount': 300000000, 'currency': 'CNY'}}], "
        + "'leases': [{'leaseId': 'L', 'area': 1000, 'start': '2020-07-01', 'end': '2026-12-31', "
        + "'stateOwned': true}]}"), AS_OF, PURCHASE, false);
  }

  @Test
  void test_littleGiantWithoutTheSmeRecognition_eligible() {
    // a 小巨人 recognised 2022-07-01..2025-06-30, its 专精特新中小企业 recognition not held: a 专精特新企业 under the
    // draft's definition (含专精特新“小巨人”企业), output and tenure met → may buy
    MeasureOutcome outcome = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}, ");
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.missingFacts()).isEmpty();
    // the 专精特新中小企业 recognition not given at all: the 小巨人 one settles it
    assertThat(outcome("'littleGiant': {'held': true, 'since': '2022-07-01'}, ").verdict())
        .isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_neitherHeld_ineligible_theSmeRecognitionAskedFor() {
    // neither held on 2023-06-30 (the 小巨人 recognition ran out on 2023-05-31): not a 专精特新企业
    assertThat(outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2020-06-01', 'until': '2023-05-31'}, ").verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // no 小巨人 recognition held and the 专精特新中小企业 one not given: it is the fact asked for (a 小巨人 is
    // recognised from among the 专精特新中小企业; decisions register §1.6 item 004-scope)
    MeasureOutcome open = outcome("'littleGiant': {'held': false}, ");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/specialisedAndInnovative");
  }
}
