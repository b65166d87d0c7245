package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line's side of the engine-against-calculators oracle ({@code EngineCalculatorOracleBlindAuditTest} in
 * the calculators module, which checks the same firms against each typed calculator): five of its anchor firms, as
 * resources {@code engineoracle/*.json}, run on the three paths of {@link CliThreePaths} (the Java API, the engine's
 * JSON entry point and {@code huiqi} with {@code --json} and the table in zh-CN and en), each figure worked by hand
 * from the clause. Day counts ACT/360 算头不算尾; amounts rounded half-up to the fen once.
 */
class HuiqiCliEngineOracleBlindAuditTest {

  private static final String SZ_FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String SZ_TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String SZ_GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String SH_FIRST_LOAN = "sh-qfb-2023-1.first-loan-interest-subsidy";
  private static final String SH_HIRING = "sh-qfb-2023-1.hiring-subsidy";
  private static final String[] MEASURES = {SZ_FIRST_LOAN, SZ_TECH_SME, SZ_GRANT, SH_FIRST_LOAN, SH_HIRING};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name) throws IOException {
    return CliThreePaths.run(dir, "engineoracle", name, "2023-12-31", MEASURES);
  }

  private static void nothing(MeasureOutcome outcome) {
    assertOutcome(outcome, Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_sz1_firstLoan() throws IOException {
    CliThreePaths.Result result = run("sz1-first-loan");
    // 深工信〔2023〕26号 第5条: 1,000,000 drawn 2023-02-15 at 3.65%, 6 months to 2023-08-15 = 181 days:
    // 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56
    assertOutcome(result.outcome(SZ_FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
    // 第13条: enrolment known not held; the 上海 measures are not for a 深圳 firm
    nothing(result.outcome(SZ_TECH_SME));
    nothing(result.outcome(SH_FIRST_LOAN));
    nothing(result.outcome(SH_HIRING));
    assertThat(yuan(result.report().totals().inReach().minimum())).isEqualByComparingTo("10055.56");
  }

  @Test
  void test_sz6_oneMunicipalSubsidyPerLoan() throws IOException {
    CliThreePaths.Result result = run("sz6-one-subsidy-per-loan");
    // L1 2,000,000 drawn 2023-02-01 at 4%: 第5条 2023-02-01 → 2023-08-01 = 181 days, 2,000,000 × 2% × 181 / 360 =
    // 20,111.11; 第13条 a first-time borrower's min(70% + 30 pp, 80%) = 80% × 19,777.78 = 15,822.22. One municipal
    // interest subsidy per loan (domain §1.7), no claim recorded: the larger, the first-loan subsidy; the tech-SME
    // subsidy keeps its verdict at 0.00 (register §4.1 item 10)
    assertOutcome(result.outcome(SZ_FIRST_LOAN), Verdict.ELIGIBLE, "20111.11", "20111.11");
    assertOutcome(result.outcome(SZ_TECH_SME), Verdict.ELIGIBLE, "0", "0");
    assertThat(yuan(result.report().totals().inReach().minimum())).isEqualByComparingTo("20111.11");
    assertThat(result.report().totals().inReach().maximum()).isPresent();
    assertThat(yuan(result.report().totals().inReach().maximum().orElseThrow())).isEqualByComparingTo("20111.11");
  }

  @Test
  void test_sz6b_aLoanSubsidisedElsewhere_cannotBringTheClaimWithinTheEnrolment() throws IOException {
    CliThreePaths.Result result = run("sz6b-subsidised-elsewhere");
    // L0 takes another municipal subsidy: its interest I0 is no part of the tech-SME claim; the claim kept, I1 of
    // 2023-01-03 .. 2023-04-05, ends before the enrolment of 2023-12-24 (register §1.2 card 000-13): 0.00 (the
    // engine paid 12,500 × 80% = 10,000.00 before the fix)
    assertOutcome(result.outcome(SZ_TECH_SME), Verdict.ELIGIBLE, "0", "0");
    // 第5条: not a first-time borrower
    nothing(result.outcome(SZ_FIRST_LOAN));
  }

  @Test
  void test_sz9_renovationGrants() throws IOException {
    CliThreePaths.Result result = run("sz9-renovation");
    // 小升规方案 第十条: P1 智能化 level 3, 16% × 30,000,000 = 4,800,000 (80% and 70% bounds met exactly); P2 技术装备
    // 10% × 600,000,000 = 60,000,000, capped at 50,000,000; P3 level 1 none: up to 54,800,000.00
    assertOutcome(result.outcome(SZ_GRANT), Verdict.ELIGIBLE, "0", "54800000.00");
  }

  @Test
  void test_sh1_guaranteedFirstLoanAndHires() throws IOException {
    CliThreePaths.Result result = run("sh1-first-loan-hires");
    // 沪企服办〔2023〕1号 第十五条: 1,000,000 drawn 2022-11-15, 12 months (register §4.1 item 5) = 365 days:
    // 1,000,000 × 2% × 365 / 360 = 20,277.78
    assertOutcome(result.outcome(SH_FIRST_LOAN), Verdict.ELIGIBLE, "20277.78", "20277.78");
    // 第十九条: H1 (unemployed 4 months, one year's contract exactly) and H2 (2023 graduate, hired 2023-12-31) count;
    // H3 (2 months) and H4 (hired 2022-12-31) do not: 2 × 2,000 = 4,000.00
    assertOutcome(result.outcome(SH_HIRING), Verdict.ELIGIBLE, "4000.00", "4000.00");
    nothing(result.outcome(SZ_FIRST_LOAN));
    nothing(result.outcome(SZ_TECH_SME));
    nothing(result.outcome(SZ_GRANT));
  }
}
