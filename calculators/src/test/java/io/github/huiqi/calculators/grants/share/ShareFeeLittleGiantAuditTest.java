package io.github.huiqi.calculators.grants.share;

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
 * Audit cases for the Shenzhen 专精特新 draft 第十二条 (名录内的机构对专精特新企业…按50%比例收取服务费用) through the engine:
 * the draft's 专精特新企业 include the 专精特新"小巨人"企业 ("专精特新企业(含专精特新“小巨人”企业和专精特新中小企业)", its opening
 * paragraph), so a 小巨人 pays half the fee whether or not its 专精特新中小企业 recognition is recorded.
 */
class ShareFeeLittleGiantAuditTest {

  private static final MeasureId FEE = MeasureId.of("sz-gxj-zjtx-32-draft.platform-service-fee");

  /** A Shenzhen firm charged a standard fee of 10,000.00 on 2023-06-01 by a listed platform. */
  private static MeasureOutcome outcome(String recognitions) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '440305', " + recognitions
        + "'grantEvents': [{'eventId': 'F', 'code': 'sz-public-service-platform-fee', 'date': '2023-06-01', "
        + "'amount': {'amount': 10000.00, 'currency': 'CNY'}}]}"), LocalDate.of(2023, 6, 30), FEE, false);
  }

  @Test
  void test_littleGiantOnTheServiceDate_halfTheFeeSaved() {
    // a 小巨人 from 2022-07-01 to 2025-06-30, its SME recognition not held: a 专精特新企业 on 2023-06-01;
    // charged 50% → saves 50% × 10,000.00 = 5,000.00
    MeasureOutcome outcome = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}, ");
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5000.00")));
  }

  @Test
  void test_neitherHeld_fullFee() {
    // the 小巨人 recognition granted 2023-07-01, after the service, and the SME recognition not held: neither held on
    // 2023-06-01, the full fee is charged, nothing saved
    MeasureOutcome later = outcome("'specialisedAndInnovative': {'held': false}, "
        + "'littleGiant': {'held': true, 'since': '2023-07-01'}, ");
    assertThat(later.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(later.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
    // no 小巨人 recognition and the SME recognition not given: 0 to 5,000.00, the SME recognition asked for
    MeasureOutcome open = outcome("'littleGiant': {'held': false}, ");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("5000.00")));
    assertThat(open.missingFacts()).containsExactly("/specialisedAndInnovative");
  }

  @Test
  void test_smeRecognitionLapsedBeforeTheService_theLittleGiantAsked() {
    // the SME recognition ran 2020-06-01..2023-05-31 and lapsed before the service on 2023-06-01; a 小巨人, recognised
    // from among the 专精特新中小企业, runs its own term (decisions register §4.6 item 59). Not given: 0 to 50% ×
    // 10,000.00 = 5,000.00, the 小巨人 recognition asked (before: INELIGIBLE, 0.00)
    String lapsed = "'specialisedAndInnovative': {'held': true, 'since': '2020-06-01', 'until': '2023-05-31'}, ";
    MeasureOutcome open = outcome(lapsed);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("5000.00")));
    assertThat(open.missingFacts()).containsExactly("/littleGiant");
    // a 小巨人 from 2022-07-01 to 2025-06-30: 5,000.00 saved; no 小巨人: nothing
    assertThat(outcome(lapsed + "'littleGiant': {'held': true, 'since': '2022-07-01', 'until': '2025-06-30'}, ")
        .amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5000.00")));
    assertThat(outcome(lapsed + "'littleGiant': {'held': false}, ").verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
