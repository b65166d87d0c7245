package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind, hand-worked audit of the risk-compensation pool (深工信〔2023〕26号 第5条), the loan deferral (第7条) and the
 * technical-renovation grant and interest subsidy (小升规方案 第十条) as whole profiles (resources
 * {@code financingaudit/*.json}), each run through the entitlement engine typed and {@code evaluateJson} and the
 * command line ({@code --json}, the tables in zh-CN and en, {@code --explain}) by {@link CliThreePaths}; the typed
 * calculators run the same cases in the calculators module's {@code RiskPoolBlindAuditTest},
 * {@code DeferralBlindAuditTest} and {@code RenovationBlindAuditTest}.
 * <p>
 * The figures: the pool pays the lender min(30% + 30 points for a loan granted or extended 2022-03-01..06-30 or
 * 2023-01-01..03-31, 80%) × the principal outstanding at first non-performing classification, half-up to the fen
 * (register §2.1, §4.2 items 11, 12, 15); a loss classified before 2019-01-01 is not the pool's (§4.6 item 65).
 * The deferral reaches loans due 2022-10-01..2022-12-31 of a small or micro firm, to the date asked for or
 * 2023-06-30 at the latest. The renovation subsidy is 50% of the interest paid in at most 3 years from the start,
 * ≤ 5,000,000 a project (§4.1 item 9); the grant up to 20/16/12% (GB/T 39116 level ≥4/3/2) or 10% (equipment) of
 * the eligible investment, ≤ 50,000,000 a project, from zero (§4.6 item 149).
 */
class HuiqiCliRiskPoolBlindAuditTest {

  static final String POOL = "sz-gxj-2023-26.risk-compensation-pool";
  static final String DEFERRAL = "sz-gxj-2023-26.loan-deferral";
  static final String INTEREST = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String[] ALL = {POOL, DEFERRAL, INTEREST, GRANT};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name) throws IOException {
    return CliThreePaths.run(dir, "financingaudit", name, "2023-06-30", ALL);
  }

  @Test
  void test_1_aMediumFirmsBadLoans_theWindowsEdgesExclusionsAndTheOpenGuarantee() throws IOException {
    CliThreePaths.Result r = run("fa-1-pool");
    // each 123,456.79 outstanding: L1 granted 2023-01-01 60% = 74,074.074 → 74,074.07; L2 2023-04-01 30% =
    // 37,037.037 → 37,037.04; L3 granted 2022-11-30, extended 2023-03-31 (展期视同新增) 74,074.07; L4 2022-06-30
    // (the 2022 window's last day) 74,074.07; L5 under another scheme 0; L6 2023-03-31, its guarantee not given,
    // 0 or 74,074.07; L7 classified 2018-12-31, 0. In all 259,259.25 – 333,333.32, naming /loans/5/guaranteed
    MeasureOutcome pool = r.outcome(POOL);
    assertOutcome(pool, Verdict.ELIGIBLE, "259259.25", "333333.32");
    assertThat(pool.missingFacts()).containsExactly("/loans/5/guaranteed");
    assertThat(pool.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(pool.clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
    // a medium firm's loan D1 due 2022-12-31 is no 小微企业贷款; no renovation project
    assertOutcome(r.outcome(DEFERRAL), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(INTEREST), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(GRANT), Verdict.INELIGIBLE, "0", "0");
    // the pool pays the lender: nothing in the firm's reach
    assertThat(CliThreePaths.yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("0");
    assertThat(r.firstQuestion()).isEqualTo("/loans/5/guaranteed");
  }

  @Test
  void test_2_aSmallFirm_theDeferralsEdges_andRenovationProjectsAtTheCapsAndTheLeapDay() throws IOException {
    CliThreePaths.Result r = run("fa-2-deferral-renovation");
    // no loan is non-performing
    assertOutcome(r.outcome(POOL), Verdict.INELIGIBLE, "0", "0");
    // D1 due 2022-10-01 (the quarter's first day) asks 2023-07-01: to 2023-06-30; D2 due 2022-09-30 is not of the
    // quarter; D3 due 2022-12-31 was repaid in full 2022-12-30: nothing falls due
    MeasureOutcome deferral = r.outcome(DEFERRAL);
    assertOutcome(deferral, Verdict.ELIGIBLE, "0", "0");
    assertThat(deferral.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(deferral.detail().orElseThrow().in(Locale.ENGLISH)).contains("D1", "2023-06-30")
        .doesNotContain("D2", "D3");
    // interest: P1 from 2024-02-29: R1 2024-01-01 → 2024-04-01, 91 days (31 + 29 + 31), 32 inside:
    // 9,100.00 × 32 / 91 = 3,200.00; R2 2027-01-01 → 2027-04-01, 90 days, 59 inside (to 2027-02-28): 5,900.00;
    // 50% × 9,100.00 = 4,550.00. P2: 50% × 10,000,000.02 = 5,000,000.01 → its cap 5,000,000.00. P3 starts
    // 2022-08-02, the day before the plan: nothing. 5,004,550.00
    MeasureOutcome interest = r.outcome(INTEREST);
    assertOutcome(interest, Verdict.ELIGIBLE, "5004550.00", "5004550.00");
    assertThat(interest.bindingLimit()).isPresent();
    // grant: P1 16% × 10,000,000.03 = 1,600,000.0048 → 1,600,000.00; P2 10% × 20,000,000 = 2,000,000.00; P3 level
    // 1 has no tier. Up to 3,600,000.00, the authority fixing the figure
    assertOutcome(r.outcome(GRANT), Verdict.ELIGIBLE, "0", "3600000.00");
    // in reach: 5,004,550.00 – 8,604,550.00
    assertThat(CliThreePaths.yuan(r.report().totals().inReach().minimum())).isEqualByComparingTo("5004550.00");
    assertThat(CliThreePaths.yuan(r.report().totals().inReach().maximum().orElseThrow()))
        .isEqualByComparingTo("8604550.00");
  }

  @Test
  void test_3_factsNotGiven_eachOutcomeARangeNamingThem() throws IOException {
    CliThreePaths.Result r = run("fa-3-open-facts");
    // P1 granted 2023-03-31, its category not given (every row 30%: one figure), under another scheme not given:
    // 0 – 60% × 100,000 = 60,000.00, naming it; no size and no figures: the loans decide
    MeasureOutcome pool = r.outcome(POOL);
    assertOutcome(pool, Verdict.UNDETERMINED, "0", "60000.00");
    assertThat(pool.missingFacts()).containsExactly("/loans/0/underOtherRiskCompensation");
    // D1 due 2022-11-30: the size and the hardship not given; the size may also come from the industry and the
    // year's figures (300号, register §0.4), which are named too
    MeasureOutcome deferral = r.outcome(DEFERRAL);
    assertThat(deferral.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(deferral.missingFacts()).containsExactlyInAnyOrder("/size", "/affectedByEpidemic", "/industryCode",
        "/years");
    // Q1's level not given: up to the highest tier, 20% × 5,000,000 = 1,000,000.00
    MeasureOutcome grant = r.outcome(GRANT);
    assertOutcome(grant, Verdict.UNDETERMINED, "0", "1000000.00");
    assertThat(grant.missingFacts()).containsExactly("/renovationProjects/0/maturityLevel");
    // Q1's start not given: every payment may be in its years, 50% × 3,000.01 = 1,500.005 → 1,500.01
    MeasureOutcome interest = r.outcome(INTEREST);
    assertOutcome(interest, Verdict.UNDETERMINED, "0", "1500.01");
    assertThat(interest.missingFacts()).containsExactly("/renovationProjects/0/subsidyStart");
  }
}
