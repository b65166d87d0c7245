package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.GUANGMING;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.LONGGANG;
import static io.github.huiqi.examples.cli.HuiqiCliSpaceAuditTest.POLICY_RENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.rent.RentShareResult;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The faults the blind audits noticed and left, each run on the typed calculator, the engine (typed and
 * {@code evaluateJson}) and the command line (resources {@code leftfaults/*.json}, {@link CliThreePaths}), the figures
 * worked by hand from the clause: 龙岗区's rent support counting rent of a year its lease did not run (decisions
 * register §4.6 item 172), a reference rent of zero and an area of 10¹⁵ m² (item 173), a housing-fund deferral from
 * before the month applied in (item 174), and an industry code of no GB/T 4754-2017 division; and a draft measure's
 * next question, which decides no amount of the total, in the table's words.
 */
class HuiqiCliAuditFollowUpTest {

  private static final String FOLDER = "leftfaults";
  private static final String HOUSING = "sz-gxj-2023-26.housing-fund-deferral";
  private static final PolicyData DATA = PolicyData.builtIn();

  @TempDir
  Path dir;

  private static String text(String name) throws IOException {
    try (InputStream in = HuiqiCliAuditFollowUpTest.class.getResourceAsStream(FOLDER + "/" + name + ".json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static EnterpriseProfile profile(String name) throws IOException {
    return HuiqiJson.read(text(name), EnterpriseProfile.class);
  }

  //------------------------------------------------------------------------- 龙岗区 (reply letter 一)
  @Test
  void test_longgang_rentOfAYearTheLeaseDidNotRun_countsNothing() throws IOException {
    // "连续三年给予不超过上一年度场地租金支出50%、每年最高20万元": support year 2023, the base the rent of 2022 on park
    // space. P1 (2021–2025) 100,000.00 and MID (from 2022-07-01) 60,000.00 ran in 2022 and count; AHEAD starts
    // 2023-03-01 and ENDED ended 2021-12-31: their "2022" rents (200,000.00 paid ahead, 80,000.00 paid late) are no
    // rent of 2022's space. (100,000.00 + 60,000.00) × 50% = 80,000.00, under the cap: up to 80,000.00. It read
    // (100,000 + 60,000 + 200,000 + 80,000) × 50% = 220,000 → the 200,000.00 cap
    MeasureOutcome rent = CliThreePaths.run(dir, FOLDER, "lg-lease-years", "2023-06-30", LONGGANG)
        .outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "80000.00");
    assertThat(rent.bindingLimit()).isEmpty();
    assertThat(rent.missingFacts()).isEmpty();
    // "不超过": the authority fixes the figure up to that share (§4.6 item 129)
    assertThat(rent.widthFixedByAuthority()).contains(Cny.of("80000.00"));
    RentShareResult typed = RentShareCalculator.DEFAULT.explainMaximumSubsidy(
        DATA.getMeasure(RentShareMeasure.LONGGANG), RentShareRequest.from(profile("lg-lease-years"), 2023)
        .orElseThrow());
    assertThat(typed.priorYearRent()).isEqualTo(Cny.of("160000.00"));
    assertThat(typed.subsidy().maximum()).isEqualTo(Cny.of("80000.00"));
  }

  @Test
  void test_longgang_aLeaseFromTheSupportYear_itsPriorRentNotAsked() throws IOException {
    // NEW starts 2023-01-01: it has no rent of 2022, so its rent not given opens nothing. P1's 100,000.00 × 50% =
    // 50,000.00: eligible up to 50,000.00, naming nothing (it read up to the 200,000.00 cap, naming
    // /leases/1/rentPaid)
    MeasureOutcome rent = CliThreePaths.run(dir, FOLDER, "lg-new-lease-rent-not-given", "2023-06-30", LONGGANG)
        .outcome(LONGGANG);
    assertOutcome(rent, Verdict.ELIGIBLE, "0", "50000.00");
    assertThat(rent.missingFacts()).isEmpty();
    assertThat(rent.bindingLimit()).isEmpty();
    assertThat(RentShareCalculator.DEFAULT.maximumSubsidy(DATA.getMeasure(RentShareMeasure.LONGGANG),
        RentShareRequest.from(profile("lg-new-lease-rent-not-given"), 2023).orElseThrow()))
        .isEqualTo(Cny.of("50000.00"));
  }

  //------------------------------------------------------------------------- bounds of a lease (item 173)
  @Test
  void test_policyRent_referenceRentZero_refusedNamingTheField() throws IOException {
    // 租金参考价格 is the price the housing authority publishes for comparable space: positive. A reference rent of
    // 0.00 gives 0.00 × 1,000 m² × (1 − 30%) = a rent of 0.00, which no 办法 figure is: refused naming the field
    assertRefusedOnEveryPath("pr-reference-rent-zero", POLICY_RENT, "leases/0/referenceRent", "0");
  }

  @Test
  void test_guangming_areaOf1e15_refusedNamingTheField_theBoundItselfAccepted() throws IOException {
    // 10¹⁵ m² is twice the earth's surface: refused naming /leases/0/area and the value
    assertRefusedOnEveryPath("gm-area-absurd", GUANGMING, "leases/0/area", "1000000000000000");
    // 10,000,000 m², the bound, is read: 20 元/m² × 10,000,000 m² = 200,000,000.00 a month, exact
    MeasureOutcome atBound = CliThreePaths.run(dir, FOLDER, "gm-area-at-bound", "2023-06-30", GUANGMING)
        .outcome(GUANGMING);
    assertOutcome(atBound, Verdict.ELIGIBLE, "200000000.00", null);
  }

  //------------------------------------------------------------------------- housing fund (深工信〔2023〕26号 第2条)
  @Test
  void test_housingFund_deferralFromBeforeTheMonthApplied_ineligible() throws IOException {
    // "向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日": a deferral of the contributions from
    // the month applied in (item 174). Applied 2023-06-15:
    // LONG-BEFORE from 2020-01-01: ineligible (it read deferred to 2020-12-31, ended before the application)
    // MONTH-BEFORE from 2023-05-31: a day before June, ineligible (it read 2024-05-30)
    // SAME-MONTH from 2023-06-01: 2024-06-01 less a day = 2024-05-31
    // AFTER, applied 2023-03-10, from 2023-04-01 asking to 2024-06-30: 2024-04-01 less a day = 2024-03-31, capped
    MeasureOutcome housing = CliThreePaths.run(dir, FOLDER, "hf-start-before-application", "2023-06-30", HOUSING)
        .outcome(HOUSING);
    assertOutcome(housing, Verdict.ELIGIBLE, "0", "0");
    assertThat(housing.detail().orElseThrow().en()).isEqualTo("Housing-fund deferral: SAME-MONTH may be deferred to "
        + "2024-05-31; AFTER may be deferred to 2024-03-31.");
    HousingFundMeasure measure = DATA.getMeasure(HousingFundMeasure.SHENZHEN_2023);
    List<HousingFundDeferral> applications = profile("hf-start-before-application").housingFundDeferrals()
        .orElseThrow();
    assertThat(applications).extracting(a -> HousingFundCalculator.DEFAULT.deferredUntil(measure, a)).containsExactly(
        Optional.empty(), Optional.empty(), Optional.of(LocalDate.parse("2024-05-31")),
        Optional.of(LocalDate.parse("2024-03-31")));
    assertThat(HousingFundCalculator.DEFAULT.explainDeferredUntil(measure, applications.get(0)).eligibility()
        .reasons()).extracting(Reason::code).containsExactly("not-deferral-from-application-month");
  }

  //------------------------------------------------------------------------- industry code (GB/T 4754-2017)
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"C99", "T99", "A33"})
  void test_industryCodeOfNoDivision_refusedAtTheProfile_onEveryPath(String code) throws IOException {
    // C99: 制造业 C holds divisions 13 to 43; T99: 国际组织 T holds 97 only; A33: 33 is a division of C. No such code
    // exists: refused once, at the profile, naming the field and the value, whatever the measures asked for
    String profile = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"" + code + "\"}";
    assertThatThrownBy(() -> HuiqiJson.read(profile, EnterpriseProfile.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/industryCode"))
        .hasMessageContaining(code);
    assertThatThrownBy(() -> EnterpriseProfile.builder().industryCode(code).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("industryCode"));
    assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + profile
        + ", \"asOf\": \"2023-06-30\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/profile/industryCode"))
        .hasMessageContaining(code);
    Path file = dir.resolve("industry-" + code + ".json");
    Files.writeString(file, profile, StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30");
    // 2: a file holding a wrong field (README, exit status), one line naming the file, the field and the value
    assertThat(cli.status()).as(cli.err()).isEqualTo(2);
    assertThat(cli.err().lines()).hasSize(1);
    assertThat(cli.err()).contains("/industryCode", code);
  }

  //------------------------------------------------------------------------- texts
  @Test
  void test_draftMeasuresQuestion_saysItDecidesNoAmountOfTheTotal() throws IOException {
    // the Shenzhen 专精特新 draft 第十四条 (training, "每人每次最高2万元"): a draft, not counted in the total, so the
    // programme not given decides 0.00 of it (the JSON's amountDecided); the table says so in words rather than
    // "decides 0.00 CNY", which read as a figure
    String training = "sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy";
    String en = CliThreePaths.table(dir, "employmentblindaudit", "training-open", "2023-12-31", "en", training);
    assertThat(en).contains("1.  /trainingSessions/0/specialisedProgramme  decides no amount of the total  "
        + "1 measure(s)").doesNotContain("decides 0.00 CNY");
    String zh = CliThreePaths.table(dir, "employmentblindaudit", "training-open", "2023-12-31", "zh", training);
    assertThat(zh).contains("1.  /trainingSessions/0/specialisedProgramme  不影响合计金额  涉及 1 项措施")
        .doesNotContain("可确定 0.00 元");
  }

  //-------------------------------------------------------------------------
  private void assertRefusedOnEveryPath(String name, String measure, String pointer, String value)
      throws IOException {
    assertThatThrownBy(() -> HuiqiJson.read(text(name), EnterpriseProfile.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/" + pointer))
        .hasMessageContaining(value);
    assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + text(name)
        + ", \"asOf\": \"2023-06-30\", \"measures\": [\"" + measure + "\"]}"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining(pointer).hasMessageContaining(value);
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, text(name), StandardCharsets.UTF_8);
    HuiqiCliTest.Run cli = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--measure", measure);
    assertThat(cli.status()).as(cli.err()).isEqualTo(2);
    assertThat(cli.err()).contains(pointer, value);
  }
}
