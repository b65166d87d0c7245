package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A QA lead's audit of the procurement measures (the SME reservation in government works procurement, 深工信〔2023〕
 * 26号 第9条 and 沪企服办〔2023〕1号 第十一条; the arrears clearance, 沪企服办〔2023〕1号 第二十一条 "50万元以下无分歧账款
 * 清偿率100%") through the command line (text in zh-CN and en, {@code --json}), the engine's JSON entry point and the
 * Java API, on hand-written profiles (resources {@code measureaudit/procurement-*.json}); {@link CliThreePaths}
 * checks what the three paths share. Both give the firm no money (non-monetary, 0.00): the verdict and the detail are
 * what is audited.
 */
class HuiqiCliProcurementAuditTest {

  static final String ARREARS = "sh-qfb-2023-1.arrears-clearance";
  static final String SH_RESERVATION = "sh-qfb-2023-1.sme-procurement-reservation";
  static final String SZ_RESERVATION = "sz-gxj-2023-26.sme-procurement-reservation";
  static final String[] ALL = {ARREARS, SH_RESERVATION, SZ_RESERVATION};

  @TempDir
  Path dir;

  private CliThreePaths.Result run(String name, String asOf) throws IOException {
    return CliThreePaths.run(dir, "measureaudit", name, asOf, ALL);
  }

  @Test
  void test_arrears_eachClassOfClaim() throws IOException {
    CliThreePaths.Result r = run("procurement-sh-claims", "2023-12-31");
    // 第二十一条 "机关、事业单位、大型国企…50万元以下无分歧账款": A (agency, 500,000.00 undisputed) is at the limit, in;
    // B 500,000.01 a fen above; C disputed; D owed by another debtor; F 600,000 above whatever its dispute. E
    // (agency, 400,000) has no dispute status: whether it joins A decides neither the verdict (A already qualifies)
    // nor an amount (non-monetary), so it is not a missing fact (register §4.6 item 51) but said in the detail
    MeasureOutcome arrears = r.outcome(ARREARS);
    assertOutcome(arrears, Verdict.ELIGIBLE, "0", "0");
    assertThat(arrears.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(arrears.missingFacts()).isEmpty();
    assertThat(arrears.detail().orElseThrow().en()).isEqualTo("undisputed claims to be paid off in full: A, "
        + "500,000.00 in all; whether disputed not given (may be added): E");
    assertThat(arrears.detail().orElseThrow().zh()).isEqualTo("列入清偿率100%的无分歧账款：A，合计 500,000.00 元；"
        + "未提供是否有分歧（或可一并列入）：E");
    assertThat(arrears.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第二十一条");
    // no fact decides anything: no next question
    assertThat(r.report().nextQuestions()).isEmpty();
    // 第十一条 for a small 上海市 firm: may compete for the reserved share; 深圳's 第9条 is another city's
    assertOutcome(r.outcome(SH_RESERVATION), Verdict.ELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SZ_RESERVATION), Verdict.INELIGIBLE, "0", "0");
    assertThat(r.outcome(SH_RESERVATION).detail().orElseThrow().en()).contains("4,000,000", "40%");
  }

  @Test
  void test_arrears_onlyOpenClaims_undetermined() throws IOException {
    CliThreePaths.Result r = run("procurement-sh-open", "2023-12-31");
    // E 499,999.99 (institution) dispute not given decides the verdict; F 500,000.01 cannot be in, not asked.
    // A medium firm is 中小微
    MeasureOutcome arrears = r.outcome(ARREARS);
    assertOutcome(arrears, Verdict.UNDETERMINED, "0", "0");
    assertThat(arrears.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    assertThat(r.firstQuestion()).isEqualTo("/arrearsClaims/0/disputed");
  }

  @Test
  void test_largeFirm_outOfBoth() throws IOException {
    CliThreePaths.Result r = run("procurement-sh-large", "2023-12-31");
    // "中小微企业账款" and "面向中小企业的预留份额": a large firm is out of both
    assertOutcome(r.outcome(ARREARS), Verdict.INELIGIBLE, "0", "0");
    assertOutcome(r.outcome(SH_RESERVATION), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_shenzhenFirm_sizeFromItsFigures() throws IOException {
    CliThreePaths.Result r = run("procurement-sz-derived", "2023-12-31");
    // no size given; 2022 revenue 19,999,999.99 < 20,000,000 for an industrial firm is small or micro whatever its
    // headcount (工信部联企业〔2011〕300号 第四条（二）): 第9条 eligible; the Shanghai arrears action is another city's
    MeasureOutcome reservation = r.outcome(SZ_RESERVATION);
    assertOutcome(reservation, Verdict.ELIGIBLE, "0", "0");
    assertThat(reservation.notes()).extracting(note -> note.code()).contains("size-derived");
    assertThat(reservation.clauseLabel()).isEqualTo("深工信〔2023〕26号 第9条");
    assertOutcome(r.outcome(ARREARS), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_shenzhenFirm_sizeUnknown_asked() throws IOException {
    CliThreePaths.Result r = run("procurement-sz-unknown", "2023-12-31");
    MeasureOutcome reservation = r.outcome(SZ_RESERVATION);
    assertOutcome(reservation, Verdict.UNDETERMINED, "0", "0");
    assertThat(reservation.missingFacts()).contains("/size");
    assertThat(r.firstQuestion()).isEqualTo("/size");
  }

  @Test
  void test_windowEnds_2023_12_31() throws IOException {
    // "延续到2023年底": on 2024-01-01 both measures are closed (their verdicts stand, for information)
    CliThreePaths.Result r = run("procurement-sh-claims", "2024-01-01");
    assertThat(r.outcome(SH_RESERVATION).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(r.outcome(ARREARS).windowStatus()).isEqualTo(WindowStatus.CLOSED);
    assertThat(run("procurement-sh-claims", "2023-12-31").outcome(ARREARS).windowStatus())
        .isEqualTo(WindowStatus.OPEN);
  }
}
