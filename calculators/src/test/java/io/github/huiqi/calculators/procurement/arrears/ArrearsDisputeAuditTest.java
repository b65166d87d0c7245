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
}
