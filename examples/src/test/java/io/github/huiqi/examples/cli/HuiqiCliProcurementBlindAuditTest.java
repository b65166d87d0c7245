package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static io.github.huiqi.examples.cli.HuiqiCliProcurementAuditTest.ARREARS;
import static io.github.huiqi.examples.cli.HuiqiCliProcurementAuditTest.SH_RESERVATION;
import static io.github.huiqi.examples.cli.HuiqiCliProcurementAuditTest.SZ_RESERVATION;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.procurement.arrears.ArrearsCalculator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsRequest;
import io.github.huiqi.calculators.procurement.arrears.ArrearsResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind QA audit of the procurement families (the arrears classing, 沪企服办〔2023〕1号 第二十一条 "实施机关、事业单位、
 * 大型国企逾期未支付中小微企业账款…50万元以下无分歧账款清偿率100%"; the SME reservation, 第十一条 and 深工信〔2023〕26号 第9条)
 * on the typed calculator and {@link CliThreePaths} (the engine's Java API, {@code evaluateJson} and the command line),
 * each verdict and figure worked by hand before the code or its tests were read. Profiles: the resources
 * {@code procurementblindaudit/*.json}. "以下" and "以上" include their figure (民法典 第一千二百五十九条); "2023年底" and
 * the 2023 targets: the measures in force 2023-01-01..2023-12-31 (decisions register §4.6 item 38).
 */
class HuiqiCliProcurementBlindAuditTest {

  private static final String FOLDER = "procurementblindaudit";
  private static final ArrearsMeasure MEASURE = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf) throws IOException {
    return CliThreePaths.run(dir, FOLDER, name, asOf, HuiqiCliProcurementAuditTest.ALL);
  }

  private static ArrearsResult typed(String name) throws IOException {
    try (InputStream in = HuiqiCliProcurementBlindAuditTest.class.getResourceAsStream(FOLDER + "/" + name
        + ".json")) {
      EnterpriseProfile profile = HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8),
          EnterpriseProfile.class);
      return ArrearsCalculator.DEFAULT.explainClasses(MEASURE, ArrearsRequest.from(profile).orElseThrow());
    }
  }

  @Test
  void test_arrears_eachClassAtTheLimit() throws IOException {
    CliThreePaths.Result r = run("arrears-edges", "2023-12-31");
    // a micro firm (中小微) in 上海市:
    // C-0 a 大型国企's 499,999.99 undisputed: a fen under 50万, full clearance
    // C-1 a 事业单位's 0.01 undisputed: full clearance
    // C-2 a 机关's 500,000.02 undisputed: above "50万元以下", resolution only (化解率100%)
    // C-3 another debtor's 5.00, dispute not given: not a debtor the action names, not asked
    // C-4 a 大型国企's 500,000.00 disputed ("无分歧" fails): disputed
    // full-clearance total 499,999.99 + 0.01 = 500,000.00; eligible, non-monetary
    MeasureOutcome arrears = r.outcome(ARREARS);
    assertOutcome(arrears, Verdict.ELIGIBLE, "0", "0");
    assertThat(arrears.missingFacts()).isEmpty();
    assertThat(arrears.detail().orElseThrow().en()).isEqualTo("undisputed claims to be paid off in full: C-0, C-1, "
        + "500,000.00 in all");
    assertThat(arrears.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第二十一条");
    ArrearsResult typed = typed("arrears-edges");
    assertThat(typed.claims()).extracting(c -> c.claimId() + " " + c.arrearsClass().map(String::valueOf)
        .orElse("open")).containsExactly("C-0 FULL_CLEARANCE", "C-1 FULL_CLEARANCE", "C-2 RESOLUTION",
        "C-3 NOT_COVERED", "C-4 DISPUTED");
    assertThat(yuan(typed.fullClearanceTotal())).isEqualByComparingTo("500000.00");
    assertThat(typed.missingFacts()).isEmpty();
    // 第十一条: a Shanghai SME may compete for the reserved share; 深圳's 第9条 is another city's
    assertOutcome(r.outcome(SH_RESERVATION), Verdict.ELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SZ_RESERVATION), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_arrears_disputeNotGiven_atTheLimit_andAFenAbove() throws IOException {
    CliThreePaths.Result r = run("arrears-limit-open", "2023-12-31");
    // a medium firm: C-0 a 事业单位's 500,000.00 ("以下" includes it), dispute not given: full clearance if undisputed,
    // so it decides the verdict and is named; C-1 a 机关's 500,000.01, dispute not given: resolution or disputed,
    // never full clearance, not asked; C-2 another debtor's: not covered. Undetermined, /arrearsClaims/0/disputed
    MeasureOutcome arrears = r.outcome(ARREARS);
    assertOutcome(arrears, Verdict.UNDETERMINED, "0", "0");
    assertThat(arrears.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    assertThat(r.firstQuestion()).isEqualTo("/arrearsClaims/0/disputed");
    ArrearsResult typed = typed("arrears-limit-open");
    assertThat(typed.claims()).extracting(c -> c.claimId() + " " + c.arrearsClass().map(String::valueOf)
        .orElse("open")).containsExactly("C-0 open", "C-1 open", "C-2 NOT_COVERED");
    assertThat(yuan(typed.fullClearanceTotal())).isEqualByComparingTo("0.00");
  }

  @Test
  void test_arrears_onlyAboveTheLimitOpen_ineligibleNothingAsked() throws IOException {
    // C-0 a 机关's 500,000.01 with its dispute not given can never be paid off in full under the action; C-1 another
    // debtor's: no claim can be classed for full clearance whatever the facts, ineligible, nothing asked
    CliThreePaths.Result r = run("arrears-above-open", "2023-12-31");
    MeasureOutcome arrears = r.outcome(ARREARS);
    assertOutcome(arrears, Verdict.INELIGIBLE, "0", "0");
    assertThat(arrears.missingFacts()).isEmpty();
    assertThat(r.report().nextQuestions()).isEmpty();
  }

  @Test
  void test_arrears_noClaims_ineligible() throws IOException {
    // claims known to be none: nothing to pay off, ineligible; the reservation still open to the SME
    CliThreePaths.Result r = run("arrears-none", "2023-12-31");
    assertOutcome(r.outcome(ARREARS), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SH_RESERVATION), Verdict.ELIGIBLE, "0", "0");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      // the day before 2023: not yet in force; 2023-01-01 and 2023-12-31 in force ("2023年底" included); after, closed
      "2022-12-31, NOT_YET_OPEN",
      "2023-01-01, OPEN",
      "2023-12-31, OPEN",
      "2024-01-01, CLOSED"})
  void test_windowEdges_theVerdictsStand(String asOf, WindowStatus status) throws IOException {
    CliThreePaths.Result r = run("arrears-edges", asOf);
    for (String measure : new String[] {ARREARS, SH_RESERVATION, SZ_RESERVATION}) {
      assertThat(r.outcome(measure).windowStatus()).as(measure).isEqualTo(status);
    }
    assertThat(r.outcome(ARREARS).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(r.outcome(SH_RESERVATION).verdict()).isEqualTo(Verdict.ELIGIBLE);
  }
}
