package io.github.huiqi.calculators.procurement.arrears;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the arrears measure through the engine: whether a claim above 500,000 is disputed cannot put it
 * among the claims of at most 500,000 to be paid off in full (沪企服办〔2023〕1号 第二十一条), so it is not asked.
 */
class ArrearsDisputeAuditTest {

  private static final MeasureId ARREARS = MeasureId.of("sh-qfb-2023-1.arrears-clearance");

  private static MeasureOutcome outcome(String claims) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted("{'registrationRegionCode': '310115', 'size': 'SMALL', "
        + "'arrearsClaims': [" + claims + "]}"), LocalDate.of(2023, 6, 30), ARREARS, false);
  }

  @Test
  void test_claimAboveTheLimit_disputeNotAsked() {
    // 500,000.01 > 500,000 ("50 万元以下"): disputed or not, not a full-clearance claim; ineligible, nothing missing
    MeasureOutcome above = outcome("{'claimId': 'A', 'debtorKind': 'GOVERNMENT_AGENCY', 'amount': "
        + "{'amount': 500000.01, 'currency': 'CNY'}}");
    assertThat(above.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(above.missingFacts()).isEmpty();
  }

  @Test
  void test_fullClearanceClaimBesideALargerOne_eligibleNothingMissing() {
    // A: 100.00 undisputed, for full clearance; B: 600,000.00, its dispute not known, cannot be
    MeasureOutcome mixed = outcome("{'claimId': 'A', 'debtorKind': 'PUBLIC_INSTITUTION', 'amount': {'amount': 100, "
        + "'currency': 'CNY'}, 'disputed': false}, {'claimId': 'B', 'debtorKind': 'LARGE_STATE_ENTERPRISE', "
        + "'amount': {'amount': 600000, 'currency': 'CNY'}}");
    assertThat(mixed.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(mixed.missingFacts()).isEmpty();
    // a claim of 500,000.00 whose dispute is not known still is asked
    MeasureOutcome open = outcome("{'claimId': 'A', 'debtorKind': 'GOVERNMENT_AGENCY', 'amount': "
        + "{'amount': 500000, 'currency': 'CNY'}}");
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
  }

  @Test
  void test_fullClearanceClaimBesideAnOpenOne_eligibleNamingNoFact() {
    // A: 500,000.00 undisputed on an agency, at the limit ("50 万元以下" includes it), for full clearance; E: 400,000
    // on an agency, its dispute not given. A already makes the firm eligible and the outcome is non-monetary (0.00):
    // E's dispute decides neither, so it is not a missing fact (decisions register §4.6 item 51; before, the outcome
    // named /arrearsClaims/1/disputed, which the next questions asked as deciding 0.00); the detail says it
    MeasureOutcome eligible = outcome("{'claimId': 'A', 'debtorKind': 'GOVERNMENT_AGENCY', 'amount': "
        + "{'amount': 500000, 'currency': 'CNY'}, 'disputed': false}, {'claimId': 'E', 'debtorKind': "
        + "'GOVERNMENT_AGENCY', 'amount': {'amount': 400000, 'currency': 'CNY'}}");
    assertThat(eligible.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(eligible.missingFacts()).isEmpty();
    assertThat(eligible.detail().orElseThrow().en()).isEqualTo("undisputed claims to be paid off in full: A, "
        + "500,000.00 in all; whether disputed not given (may be added): E");
  }
}
