package io.github.huiqi.calculators.financing.deferral;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Second-pass QA audit of 深工信〔2023〕26号 第7条 (card 000-7): "对于2022年第四季度到期的、受疫情影响暂时遇困的小微企业贷款
 * （含个体工商户和小微企业主经营性贷款）…最长可延至2023年6月30日". 2022年第四季度 is 2022-10-01..2022-12-31, both included
 * (decisions register §4.6 item 38); the latest date is included. Each verdict is worked from the clause below.
 */
class DeferralBoundaryAuditTest {

  private static final DeferralMeasure MEASURE = PolicyData.builtIn().getMeasure(DeferralMeasure.SHENZHEN_2023);

  private static String request(String asOf, String firm, String loans) {
    return "{\"asOf\": \"" + asOf + "\", \"measures\": [\"sz-gxj-2023-26.loan-deferral\"], \"profile\": {"
        + "\"registrationRegionCode\": \"440305\", \"industryCode\": \"C3484\"" + (firm.isEmpty() ? "" : ", " + firm)
        + ", \"loans\": [" + loans + "]}}";
  }

  private static String loan(String id, String due, String extra) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": 500000, \"currency\": \"CNY\"}, "
        + "\"drawdownDate\": \"2021-06-30\", \"maturityDate\": \"" + due + "\", \"annualInterestRate\": \"4%\""
        + (extra.isEmpty() ? "" : ", " + extra) + "}";
  }

  private static final String SMALL_FIRM = "\"legalForm\": \"ENTERPRISE\", \"size\": \"SMALL\", "
      + "\"affectedByEpidemic\": true";

  private static MeasureOutcome outcome(String json) {
    return EngineJsonOutcomes.outcome(json, DeferralMeasure.SHENZHEN_2023.id());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_dueDates_quarterEdges_onlyQ4LoansListed_nonMonetary() {
    // due 2022-09-30 (Q3's last day): not "第四季度到期"; 2022-10-01 and 2022-12-31 (Q4's first and last days):
    // deferred to 2023-06-30 at the latest ("最长可延至2023年6月30日"), none being asked; 2023-01-01: 2023-Q1, not listed.
    // The benefit is a date: a non-monetary outcome of exactly zero
    String loans = loan("Q3-END", "2022-09-30", "") + ", " + loan("Q4-START", "2022-10-01", "") + ", "
        + loan("Q4-END", "2022-12-31", "") + ", " + loan("Q1-START", "2023-01-01", "");
    MeasureOutcome outcome = outcome(request("2023-03-31", SMALL_FIRM, loans));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    String detail = outcome.detail().orElseThrow().in(Locale.ENGLISH);
    assertThat(detail).contains("Q4-START to 2023-06-30 (the latest allowed)")
        .contains("Q4-END to 2023-06-30 (the latest allowed)").doesNotContain("Q3-END").doesNotContain("Q1-START");
    // the day after the quarter alone: no loan due in it, ineligible
    MeasureOutcome after = outcome(request("2023-03-31", SMALL_FIRM, loan("Q1-START", "2023-01-01", "")));
    assertThat(after.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(after.detail()).isEmpty();
  }

  @Test
  void test_requestedBeforeTheLatest_thatDate() {
    // asked to 2023-06-29, a day before the latest: allowed, deferred to that date (not the latest)
    MeasureOutcome outcome = outcome(request("2023-03-31", SMALL_FIRM, loan("L1", "2022-11-15",
        "\"requestedDeferredDate\": \"2023-06-29\"")));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().in(Locale.ENGLISH)).contains("L1 to 2023-06-29")
        .doesNotContain("the latest allowed");
    assertThat(outcome.detail().orElseThrow().in(Locale.SIMPLIFIED_CHINESE)).contains("L1 可延至 2023-06-29");
  }

  @Test
  void test_mediumOrLargeFirm_notASmallOrMicroLoan() {
    // "小微企业贷款": a medium or large enterprise's loan due in Q4 is outside the measure, through the engine and the
    // typed API (no date)
    for (String size : new String[] {"MEDIUM", "LARGE"}) {
      String firm = "\"legalForm\": \"ENTERPRISE\", \"size\": \"" + size + "\", \"affectedByEpidemic\": true";
      assertThat(outcome(request("2023-03-31", firm, loan("L1", "2022-12-31", ""))).verdict()).as(size)
          .isEqualTo(Verdict.INELIGIBLE);
    }
    assertThat(DeferralCalculator.DEFAULT.deferredUntil(MEASURE, DeferralRequest.ofEnterprise("L1",
        EnterpriseSize.MEDIUM, LocalDate.of(2022, 12, 31), true, null))).isEmpty();
    // micro: within the measure, to the latest date
    assertThat(DeferralCalculator.DEFAULT.deferredUntil(MEASURE, DeferralRequest.ofEnterprise("L1",
        EnterpriseSize.MICRO, LocalDate.of(2022, 10, 1), true, null))).isEqualTo(Optional.of(
        LocalDate.of(2023, 6, 30)));
  }

  @Test
  void test_unknownFacts_undeterminedNamingTheProfilePointers() {
    // hardship not given ("受疫情影响暂时遇困"): undetermined naming /affectedByEpidemic, the loan listed as possible
    MeasureOutcome hardship = outcome(request("2023-03-31", "\"legalForm\": \"ENTERPRISE\", \"size\": \"SMALL\"",
        loan("L1", "2022-12-31", "")));
    assertThat(hardship.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(hardship.missingFacts()).containsExactly("/affectedByEpidemic");
    assertThat(hardship.detail().orElseThrow().in(Locale.ENGLISH)).contains("if the missing facts are favourable");
    // an individual business (个体工商户经营性贷款): whether the loan is for business not given → named at the loan
    MeasureOutcome purpose = outcome(request("2023-03-31", "\"legalForm\": \"INDIVIDUAL_BUSINESS\", "
        + "\"affectedByEpidemic\": true", loan("L1", "2022-12-31", "")));
    assertThat(purpose.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(purpose.missingFacts()).containsExactly("/loans/0/forProductionOrOperation");
    // a consumer loan of an individual business is not 经营性: ineligible
    assertThat(outcome(request("2023-03-31", "\"legalForm\": \"INDIVIDUAL_BUSINESS\", \"affectedByEpidemic\": true",
        loan("L1", "2022-12-31", "\"forProductionOrOperation\": false"))).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // not affected by the epidemic: ineligible
    assertThat(outcome(request("2023-03-31", "\"legalForm\": \"ENTERPRISE\", \"size\": \"SMALL\", "
        + "\"affectedByEpidemic\": false", loan("L1", "2022-12-31", ""))).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_repaidInFullBeforeMaturity_nothingFallsDue() {
    // maturity 2022-11-15 but repaid in full on 2022-10-31: nothing falls due in Q4, so nothing to defer
    MeasureOutcome outcome = outcome(request("2023-03-31", SMALL_FIRM, loan("L1", "2022-11-15",
        "\"repaymentDate\": \"2022-10-31\"")));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_asOfDate_windowOfTheDocument() {
    // the measure's parameters are valid 2023-01-01..2023-06-30 (the deferral ends 2023-06-30 at the latest):
    // as of 2023-06-30 the window is open, as of 2023-07-01 closed, as of 2022-12-31 not yet open
    String loans = loan("L1", "2022-12-31", "");
    assertThat(outcome(request("2023-06-30", SMALL_FIRM, loans)).windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(outcome(request("2023-07-01", SMALL_FIRM, loans)).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(outcome(request("2022-12-31", SMALL_FIRM, loans)).windowStatus())
        .isEqualTo(WindowStatus.NOT_YET_OPEN);
  }
}
