package io.github.huiqi.calculators.grants.referral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the Shenzhen 专精特新 draft 第五条's pool and interest support (no figure of their own) through the
 * engine: "为符合要求的专精特新企业" and "对专精特新企业…" read the draft's 专精特新企业, which include the 专精特新"小巨人"企业
 * ("专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)", its opening paragraph).
 */
class ReferralLittleGiantAuditTest {

  private static final MeasureId POOL = MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation");
  private static final MeasureId INTEREST = MeasureId.of("sz-gxj-zjtx-32-draft.rd-renovation-interest-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome outcome(MeasureId measure, String recognitions) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440305'" + recognitions + "}"),
        AS_OF, measure, false);
  }

  @Test
  void test_littleGiant_applies() {
    // a 小巨人 on 2023-06-30 (2022-07-01..2025-06-30), its SME recognition not held: a 专精特新企业
    String littleGiant = ", 'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}";
    assertThat(outcome(POOL, littleGiant).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome(INTEREST, littleGiant).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_neitherHeld_orNotKnown() {
    // both known and neither held on 2023-06-30: not a 专精特新企业
    assertThat(outcome(POOL, ", 'specialisedAndInnovative': {'held': false}, 'littleGiant': {'held': false}")
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    // no 小巨人 recognition and the SME recognition not given: undetermined, the SME recognition asked for
    MeasureOutcome open = outcome(INTEREST, ", 'littleGiant': {'held': false}");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/specialisedAndInnovative");
  }
}
