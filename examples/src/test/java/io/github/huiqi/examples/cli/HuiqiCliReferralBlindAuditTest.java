package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.grants.referral.ReferralRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blind QA audit of the referral measures (grants/referral: support promised with no figure of its own), each
 * hand-written profile (resources {@code referralblind/*.json}) run on the typed {@link ReferralCalculator}, on the
 * entitlement engine (typed and {@code evaluateJson}) and on the command line ({@link CliThreePaths}): the 小升规
 * plan 第十四条 ("为有潜质的“小升规”企业…符合条件的,担保费予以补贴"; its “小升规”企业 are 小型微型工业企业, the plan's
 * opening; 工业 = GB/T 4754-2017 sections B, C, D; small or micro under 工信部联企业〔2011〕300号; in force 2022-08-03 to
 * 2024-12-31) and the 专精特新 draft 第五条 (pool compensation for 专精特新企业). No figure: every verdict is worth 0,
 * non-monetary, never counted. The typed and engine cases of ReferralEvaluatorTest, ReferralCalculatorTest and
 * ReferralBoundaryAuditTest are not repeated; the command line adds its path to the edges they leave.
 */
class HuiqiCliReferralBlindAuditTest {

  private static final String FEE = "sz-gxj-2022-small-to-scale.guarantee-fee-subsidy";
  private static final String POOL = "sz-gxj-zjtx-32-draft.pool-compensation";
  private static final String FOLDER = "referralblind";

  @TempDir
  Path dir;

  /** The three paths, and the typed calculator's verdict the same as the engine's. */
  private MeasureOutcome run(String name, String asOf, String measure) throws IOException {
    MeasureOutcome outcome = CliThreePaths.run(dir, FOLDER, name, asOf, measure).outcome(measure);
    EnterpriseProfile profile;
    try (InputStream in = getClass().getResourceAsStream(FOLDER + "/" + name + ".json")) {
      profile = HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), EnterpriseProfile.class);
    }
    ReferralMeasure typed = PolicyData.builtIn().getMeasure(MeasureId.of(measure), ReferralMeasure.class);
    assertThat(ReferralCalculator.DEFAULT.explainReferral(typed, ReferralRequest.from(profile, LocalDate.parse(asOf)))
        .eligibility().verdict()).as(name + " typed").isEqualTo(outcome.verdict());
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.countedInTotal()).isFalse();
    return outcome;
  }

  @Test
  void test_smallManufacturer_onThePlansLastDay() throws IOException {
    // C3484 (section C, manufacturing), small: a 小型微型工业企业, in; 2024-12-31 is the plan's last day ("2022-2024年")
    MeasureOutcome last = run("rf-manufacturer-small", "2024-12-31", FEE);
    assertOutcome(last, Verdict.ELIGIBLE, "0", "0");
    assertThat(last.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(last.clauseLabel()).endsWith("第十四条");
    // the figures are the municipal small/micro guarantee-fee subsidy's, which the outcome names
    assertThat(last.detail().orElseThrow().en())
        .contains("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
    // (2025-01-01, closed, is ReferralBoundaryAuditTest's)
  }

  @Test
  void test_beforeThePlanWasIssued_notYetOpen() throws IOException {
    // issued 2022-08-03: on 2022-08-02 the window is not yet open
    assertThat(run("rf-manufacturer-small", "2022-08-02", FEE).windowStatus()).isEqualTo(WindowStatus.NOT_YET_OPEN);
  }

  @Test
  void test_constructionIsNotIndustry() throws IOException {
    // (B0610 mining and D4411 power, in, are ReferralEvaluatorTest's) E4710 (section E, construction, next to D):
    // not 工业 (GB/T 4754-2017 B, C, D), out whatever its size
    assertOutcome(run("rf-construction-small", "2023-06-30", FEE), Verdict.INELIGIBLE, "0", "0");
  }

  @Test
  void test_industryNotGiven_undetermined_namingIt() throws IOException {
    // the industry not given, the firm small: undetermined, naming the industry code alone
    MeasureOutcome industry = run("rf-industry-unknown", "2023-06-30", FEE);
    assertOutcome(industry, Verdict.UNDETERMINED, "0", "0");
    assertThat(industry.missingFacts()).containsExactly("/industryCode");
  }

  @Test
  void test_pool_specialisedRecognitionLapsed_theLittleGiantDecides() throws IOException {
    // draft 第五条, "专精特新企业" on the evaluation date: held to 2023-06-29, in that day
    assertOutcome(run("rf-zjtx-expired", "2023-06-29", POOL), Verdict.ELIGIBLE, "0", "0");
    // the day after, the 小巨人 recognition (also 专精特新) not given: undetermined, asking it (register §4.6 item 59)
    MeasureOutcome lapsed = run("rf-zjtx-expired", "2023-06-30", POOL);
    assertOutcome(lapsed, Verdict.UNDETERMINED, "0", "0");
    assertThat(lapsed.missingFacts()).containsExactly("/littleGiant");
    // a 小巨人 valid to 2025-06-30: in (the typed and engine forms of these are ReferralCalculatorTest's and
    // ReferralLittleGiantAuditTest's; here on the command line)
    assertOutcome(run("rf-zjtx-expired-giant", "2023-06-30", POOL), Verdict.ELIGIBLE, "0", "0");
  }
}
