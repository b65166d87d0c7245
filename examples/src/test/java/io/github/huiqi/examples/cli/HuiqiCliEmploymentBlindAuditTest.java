package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliThreePaths.assertOutcome;
import static io.github.huiqi.examples.cli.CliThreePaths.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.employment.hiring.HiringCalculator;
import io.github.huiqi.calculators.employment.hiring.HiringRequest;
import io.github.huiqi.calculators.employment.hiring.HiringResult;
import io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator;
import io.github.huiqi.calculators.employment.housingfund.HousingFundResult;
import io.github.huiqi.calculators.employment.insurance.InsuranceCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceRequest;
import io.github.huiqi.calculators.employment.insurance.InsuranceResult;
import io.github.huiqi.calculators.employment.training.TrainingCalculator;
import io.github.huiqi.calculators.employment.training.TrainingRequest;
import io.github.huiqi.calculators.employment.training.TrainingResult;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind QA audit of the employment families (hiring, insurance, housing fund, training) on every path: the typed
 * per-measure calculator on the profile's own list, and {@link CliThreePaths} (the engine's Java API, its
 * {@code evaluateJson} and the command line, which must agree). Each figure was worked by hand from the clause before
 * the code or its tests were read; the profiles are the resources {@code employmentblindaudit/*.json}. Sources:
 * 沪企服办〔2023〕1号 第十九条, 第二十条; 深工信〔2023〕26号 第2条; the Shenzhen 专精特新 draft 第十四条; 社会保险法 第八十六条
 * (0.05% a day); the decisions register §1.2 cards 000-2a (late days from the day after the due date through the
 * repayment day; due dates 2022-04-01..2023-12-31) and 000-2c (12 months less a day), §4.5 item 35 (half-up to the fen
 * per deferral), §4.6 item 38 (both days of a named period included; "至" and "前" include their day).
 */
class HuiqiCliEmploymentBlindAuditTest {

  private static final String FOLDER = "employmentblindaudit";
  private static final String HIRING = "sh-qfb-2023-1.hiring-subsidy";
  private static final String INSURANCE = "sz-gxj-2023-26.insurance-late-fee-waiver";
  private static final String HOUSING = "sz-gxj-2023-26.housing-fund-deferral";
  private static final String TRAINING = "sz-gxj-zjtx-32-draft.entrepreneur-training-subsidy";
  private static final PolicyData DATA = PolicyData.builtIn();

  @TempDir
  Path dir;

  private static EnterpriseProfile profile(String name) throws IOException {
    try (InputStream in = HuiqiCliEmploymentBlindAuditTest.class.getResourceAsStream(FOLDER + "/" + name + ".json")) {
      return HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), EnterpriseProfile.class);
    }
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第十九条: "自2023年1月1日至12月31日期间，吸纳在本市登记失业3个月及以上人员或本市2023届高校毕业生就业，
  // 并签订1年及以上劳动合同，按规定缴纳社会保险费的…用人单位，按照2000元/人的标准给予一次性吸纳就业补贴"
  @Test
  void test_hiring_eachConditionAtItsEdge() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "hiring-edges", "2023-12-31", HIRING);
    // H-0 hired 2022-12-31, a day before "2023年1月1日": out
    // H-1 2 months unemployed, a month under "3个月及以上", not a graduate: out
    // H-2 a Shanghai graduate of 2022届, not "2023届": out
    // H-3 a 2023 graduate of a college outside Shanghai ("本市" fails), 0 months unemployed: out
    // H-4 3 months ("及以上" includes 3), 2023-05-31..2024-05-30: 2023-05-31 + 12 months = 2024-05-31, less a day
    //     2024-05-30, a year exactly: in
    // H-5 the same but a fixed term ending 2024-05-29, a day short of a year: out
    // H-6 a Shanghai 2023 graduate, 2023-08-31..2024-08-30 (2024-08-31 less a day), a year: in
    // H-7 all met but social insurance not paid ("按规定缴纳社会保险费"): out
    // subsidy = 2,000 × 2 (H-4, H-6) = 4,000.00, exact: "按照2000元/人的标准" is a standard, not a ceiling
    MeasureOutcome hiring = r.outcome(HIRING);
    assertOutcome(hiring, Verdict.ELIGIBLE, "4000.00", "4000.00");
    assertThat(hiring.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(hiring.missingFacts()).isEmpty();
    assertThat(hiring.clauseLabel()).isEqualTo("沪企服办〔2023〕1号 第十九条");
    assertThat(r.report().totals().inReach().minimum()).isEqualTo(hiring.amount().minimum());
    // the typed calculator on the profile's hires: the same hires in, the same figure
    HiringMeasure measure = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
    HiringRequest request = HiringRequest.from(profile("hiring-edges")).orElseThrow();
    HiringResult typed = HiringCalculator.DEFAULT.explainSubsidy(measure, request);
    assertThat(typed.decisions()).extracting(d -> d.hireId() + " " + d.eligibility().verdict()).containsExactly(
        "H-0 INELIGIBLE", "H-1 INELIGIBLE", "H-2 INELIGIBLE", "H-3 INELIGIBLE", "H-4 ELIGIBLE", "H-5 INELIGIBLE",
        "H-6 ELIGIBLE", "H-7 INELIGIBLE");
    assertThat(yuan(typed.subsidy().minimum())).isEqualByComparingTo("4000.00");
    assertThat(yuan(typed.subsidy().maximum())).isEqualByComparingTo("4000.00");
    assertThat(yuan(HiringCalculator.DEFAULT.subsidy(measure, request))).isEqualByComparingTo("4000.00");
  }

  @Test
  void test_hiring_missingFacts_namedAsProfilePointers() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "hiring-open", "2023-12-31", HIRING);
    // H-0 neither the unemployment months nor the graduate facts given: either may qualify, both named
    // H-1 1 month unemployed (under 3), a Shanghai graduate of a year not given: the year decides
    // H-2 neither an end nor the open-ended flag: both named (register §4.6 item 69)
    // H-3 a fixed end 2024-05-08, before 2024-05-09 (2023-05-10 + 12 months less a day), flag not given: an open-ended
    //     contract would meet it, so the flag is named (register §4.6 item 122)
    // H-4 hired 2024-01-02, after "12月31日": out whatever its insurance, which is not asked
    // no hire sure: undetermined, 0 up to 4 × 2,000 = 8,000.00
    MeasureOutcome hiring = r.outcome(HIRING);
    assertOutcome(hiring, Verdict.UNDETERMINED, "0", "8000.00");
    assertThat(hiring.missingFacts()).containsExactlyInAnyOrder("/hires/0/registeredUnemployedMonths",
        "/hires/0/shanghaiGraduate", "/hires/1/graduationYear", "/hires/2/openEndedContract",
        "/hires/2/contractEnd", "/hires/3/openEndedContract");
    HiringResult typed = HiringCalculator.DEFAULT.explainSubsidy(DATA.getMeasure(HiringMeasure.SHANGHAI_2023),
        HiringRequest.from(profile("hiring-open")).orElseThrow());
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(typed.undeterminedHires()).isEqualTo(4);
    assertThat(yuan(typed.subsidy().maximum())).isEqualByComparingTo("8000.00");
    assertThat(typed.missingFacts()).containsExactlyInAnyOrderElementsOf(hiring.missingFacts());
  }

  @Test
  void test_hiring_hiresNotGiven_askedWithNoUpperBound() throws IOException {
    // a Shanghai employer whose hires are not given: any number may qualify at 2,000 each, so no upper end; /hires
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "hiring-unknown", "2023-12-31", HIRING);
    MeasureOutcome hiring = r.outcome(HIRING);
    assertOutcome(hiring, Verdict.UNDETERMINED, "0", null);
    assertThat(hiring.missingFacts()).containsExactly("/hires");
    assertThat(r.firstQuestion()).isEqualTo("/hires");
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第2条: "阶段性缓缴企业职工基本养老保险费、失业保险费、工伤保险费…可申请在2023年12月31日前…补缴，补缴期间
  // 免收滞纳金"; the fee waived is 社会保险法 第八十六条's "按日加收万分之五"
  @Test
  void test_insurance_waivedFees_atTheWindowsEdges() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "insurance-edges", "2023-12-31", INSURANCE);
    // D-0 pension 36,500.00 due 2022-04-01 (the phased deferral's first due date, card 000-2a), repaid 2023-12-31
    //     (the deadline, "前" includes it): 2022-04-01 → 2023-04-01 365 days + 2023-04-01 → 12-31 274 days = 639;
    //     36,500.00 × 0.05% = 18.25 a day × 639 = 11,661.75
    // D-1 work injury 1,234.56 due and repaid 2023-12-31 (the window's last due date): 0 days, 0.00, eligible
    // D-2 unemployment 8,000.00 due 2022-03-31, a day before the phased deferral's dates: not waived
    // D-3 pension not deferred under the phased policy (approved false): not waived
    // D-4 pension 777.77 due 2023-02-15, repaid 2023-03-17: 13 days of February after the 15th + 17 = 30 days;
    //     777.77 × 0.05% × 30 = 11.66655, half-up to the fen 11.67
    // D-5 pension 10,000.00 due 2022-05-15, repaid 2022-06-14: during the phased deferral, before the measure
    //     ("政策到期后…补缴", register §4.6 item 157): not waived (before the fix: 150.00 more, 11,823.42)
    // waived = 11,661.75 + 0.00 + 11.67 = 11,673.42, a fee saved
    MeasureOutcome fees = r.outcome(INSURANCE);
    assertOutcome(fees, Verdict.ELIGIBLE, "11673.42", "11673.42");
    assertThat(fees.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(fees.clauseLabel()).isEqualTo("深工信〔2023〕26号 第2条");
    InsuranceResult typed = InsuranceCalculator.DEFAULT.explainWaivedFee(
        DATA.getMeasure(InsuranceMeasure.SHENZHEN_2023),
        InsuranceRequest.from(profile("insurance-edges")).orElseThrow());
    assertThat(typed.waivers()).extracting(w -> w.deferralId() + " " + w.eligibility().verdict() + " " + w.lateDays()
        + " " + yuan(w.fee()).toPlainString()).containsExactly("D-0 ELIGIBLE 639 11661.75",
        "D-1 ELIGIBLE 0 0.00", "D-2 INELIGIBLE 456 1824.00", "D-3 INELIGIBLE 30 150.00", "D-4 ELIGIBLE 30 11.67",
        "D-5 INELIGIBLE 30 150.00");
    assertThat(typed.waivers().get(5).eligibility().reasons()).extracting(reason -> reason.code())
        .contains("event-outside-validity");
    // (D-2, D-3 and D-5 carry the fee they would bear, not waived: 8,000.00 × 0.05% × 456 days (2022-03-31 →
    // 2023-06-30: 365 + 91) = 1,824.00; 10,000.00 × 0.05% × 30 = 150.00 each for D-3 and D-5)
    assertThat(yuan(typed.waived().minimum())).isEqualByComparingTo("11673.42");
    assertThat(yuan(typed.waived().maximum())).isEqualByComparingTo("11673.42");
  }

  @Test
  void test_insurance_missingFacts_rangeUpToTheDeadline() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "insurance-open", "2023-12-31", INSURANCE);
    // D-0 pension 2,000.00 due 2023-11-30 repaid 2023-12-15, approval not given: 15 days × 1.00 = 15.00, open
    // D-1 unemployment 4,000.00 due 2023-12-01, approved, repayment not given: at most repaid on the deadline
    //     2023-12-31, 30 days × 2.00 = 60.00, open
    // D-2 work injury repaid 2024-01-01, a day after "2023年12月31日前": out whatever its approval, not asked
    // undetermined, 0 up to 15.00 + 60.00 = 75.00
    MeasureOutcome fees = r.outcome(INSURANCE);
    assertOutcome(fees, Verdict.UNDETERMINED, "0", "75.00");
    assertThat(fees.missingFacts()).containsExactlyInAnyOrder("/insuranceDeferrals/0/deferralApproved",
        "/insuranceDeferrals/1/repaidDate");
    InsuranceResult typed = InsuranceCalculator.DEFAULT.explainWaivedFee(
        DATA.getMeasure(InsuranceMeasure.SHENZHEN_2023),
        InsuranceRequest.from(profile("insurance-open")).orElseThrow());
    assertThat(yuan(typed.waived().minimum())).isEqualByComparingTo("0.00");
    assertThat(yuan(typed.waived().maximum())).isEqualByComparingTo("75.00");
    assertThat(typed.missingFacts()).containsExactlyInAnyOrderElementsOf(fees.missingFacts());
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第2条: "可按规定向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日"; the latest
  // end is the start plus 12 months less a day (card 000-2c); the measure in force 2023-01-01..2023-06-30
  @Test
  void test_housingFund_latestEnds_andTheApplicationWindow() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "housing-edges", "2023-06-30", HOUSING);
    // A-0 applied 2023-01-01 (the first day in force), 2023-01-01 to 2023-12-31 asked: 2024-01-01 less a day =
    //     2023-12-31, exactly 12 months: kept
    // A-1 applied 2022-12-31, before the measure was in force: not this measure's application
    // A-2 applied 2023-01-20, from 2023-01-31, no end asked: 2024-01-31 less a day = 2024-01-30 (applied 2023-05-31
    //     until 2026-12-07: a deferral from before the month applied in is now ineligible, decisions register §4.6
    //     item 174, HuiqiCliAuditFollowUpTest)
    // A-3 applied 2023-06-30 (the deadline, "至" includes it), from 2023-06-01 asking to 2024-06-01: latest 2024-06-01
    //     less a day = 2024-05-31, the request capped ("不超过12个月")
    // A-4 no hardship ("确有困难" fails): out
    MeasureOutcome housing = r.outcome(HOUSING);
    assertOutcome(housing, Verdict.ELIGIBLE, "0", "0");
    assertThat(housing.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(housing.missingFacts()).isEmpty();
    assertThat(housing.detail().orElseThrow().en()).isEqualTo("Housing-fund deferral: A-0 may be deferred to "
        + "2023-12-31; A-2 may be deferred to 2024-01-30; A-3 may be deferred to 2024-05-31.");
    assertThat(housing.detail().orElseThrow().zh()).isEqualTo("住房公积金缓缴：A-0 可缓缴至 2023-12-31；A-2 可缓缴至 "
        + "2024-01-30；A-3 可缓缴至 2024-05-31。");
    assertThat(housing.windowStatus()).isEqualTo(WindowStatus.OPEN);
    HousingFundMeasure measure = DATA.getMeasure(HousingFundMeasure.SHENZHEN_2023);
    List<HousingFundDeferral> applications = profile("housing-edges").housingFundDeferrals().orElseThrow();
    assertThat(applications).extracting(a -> HousingFundCalculator.DEFAULT.deferredUntil(measure, a)).containsExactly(
        Optional.of(LocalDate.parse("2023-12-31")), Optional.empty(), Optional.of(LocalDate.parse("2024-01-30")),
        Optional.of(LocalDate.parse("2024-05-31")), Optional.empty());
    HousingFundResult capped = HousingFundCalculator.DEFAULT.explainDeferredUntil(measure, applications.get(3));
    assertThat(capped.requestCapped()).isTrue();
    assertThat(capped.latestEnd()).isEqualTo(LocalDate.parse("2024-05-31"));
    assertThat(HousingFundCalculator.DEFAULT.explainDeferredUntil(measure, applications.get(0)).requestCapped())
        .isFalse();
    // "申请期限至2023年6月30日": on 2023-07-01 the measure is closed, its verdict kept for information
    assertThat(CliThreePaths.run(dir, FOLDER, "housing-edges", "2023-07-01", HOUSING).outcome(HOUSING)
        .windowStatus()).isEqualTo(WindowStatus.CLOSED);
  }

  //-------------------------------------------------------------------------
  // the Shenzhen 专精特新 draft 第十四条: "对实施培训项目的承办机构，按参与企业人次，给予每人每次最高2万元补贴": at most
  // Σ trainees × min(20,000, cost per trainee); "最高" a ceiling, so the range starts at zero; a draft, not in the total
  @Test
  void test_training_capPerTraineeSession_atItsEdges() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "training-edges", "2023-12-31", TRAINING);
    // T-0 100 × min(20,000, 19,999.99) = 1,999,999.00 (a fen under the cap each)
    // T-1 0 trainees × min(20,000, 50,000) = 0.00 ("按参与企业人次": no trainee, nothing)
    // T-2 7 × min(20,000, 0.00) = 0.00 (no cost, nothing)
    // T-3 outside the 专精特新 programme: nothing
    // T-4 1 × min(20,000, 1,000,000.00) = 20,000.00, the cap binding
    // at most 1,999,999.00 + 20,000.00 = 2,019,999.00
    MeasureOutcome training = r.outcome(TRAINING);
    assertOutcome(training, Verdict.ELIGIBLE, "0", "2019999.00");
    assertThat(training.countedInTotal()).isFalse();
    assertThat(training.bindingLimit()).isPresent();
    assertThat(yuan(training.bindingLimit().orElseThrow().limit())).isEqualByComparingTo("20000");
    TrainingResult typed = TrainingCalculator.DEFAULT.explainMaximumSubsidy(
        DATA.getMeasure(TrainingMeasure.SHENZHEN_DRAFT),
        TrainingRequest.from(profile("training-edges")).orElseThrow());
    assertThat(yuan(typed.subsidy().maximum())).isEqualByComparingTo("2019999.00");
    assertThat(yuan(typed.subsidy().minimum())).isEqualByComparingTo("0.00");
  }

  @Test
  void test_training_programmeNotGiven_aFenOverTheCap() throws IOException {
    CliThreePaths.Result r = CliThreePaths.run(dir, FOLDER, "training-open", "2023-12-31", TRAINING);
    // T-0 programme not given, 3 × min(20,000, 20,000.01) = 60,000.00 at most; T-1 outside the programme
    MeasureOutcome training = r.outcome(TRAINING);
    assertOutcome(training, Verdict.UNDETERMINED, "0", "60000.00");
    assertThat(training.missingFacts()).containsExactly("/trainingSessions/0/specialisedProgramme");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a graduation year outside 1900..2200, named with its value
      "{'registrationRegionCode': '310115', 'hires': [{'hireId': 'H', 'hireDate': '2023-03-01',"
          + " 'graduationYear': 1899}]}|/hires/0/graduationYear",
      // a contract ending before it starts
      "{'registrationRegionCode': '310115', 'hires': [{'hireId': 'H', 'hireDate': '2023-03-01',"
          + " 'contractEnd': '2023-02-28'}]}|/hires/0/contractEnd",
      // a deferral of nothing: "缓缴的社会保险费" must be positive
      "{'registrationRegionCode': '440305', 'insuranceDeferrals': [{'deferralId': 'D', 'kind': 'PENSION',"
          + " 'deferredAmount': {'amount': 0, 'currency': 'CNY'}, 'dueDate': '2023-01-01'}]}"
          + "|/insuranceDeferrals/0/deferredAmount",
      // part of a fen
      "{'registrationRegionCode': '440305', 'insuranceDeferrals': [{'deferralId': 'D', 'kind': 'PENSION',"
          + " 'deferredAmount': {'amount': 10.005, 'currency': 'CNY'}, 'dueDate': '2023-01-01'}]}"
          + "|/insuranceDeferrals/0/deferredAmount",
      // repaid before it was due
      "{'registrationRegionCode': '440305', 'insuranceDeferrals': [{'deferralId': 'D', 'kind': 'PENSION',"
          + " 'deferredAmount': {'amount': 10, 'currency': 'CNY'}, 'dueDate': '2023-01-02',"
          + " 'repaidDate': '2023-01-01'}]}|/insuranceDeferrals/0/repaidDate",
      // a housing-fund request ending before its start
      "{'registrationRegionCode': '440305', 'housingFundDeferrals': [{'applicationId': 'A',"
          + " 'applicationDate': '2023-03-01', 'deferralStart': '2023-03-01', 'requestedEnd': '2023-02-28'}]}"
          + "|/housingFundDeferrals/0/requestedEnd",
      // a negative cost and a negative head count
      "{'registrationRegionCode': '440305', 'trainingSessions': [{'sessionId': 'T', 'trainees': 1,"
          + " 'costPerTrainee': {'amount': -0.01, 'currency': 'CNY'}, 'specialisedProgramme': true}]}"
          + "|/trainingSessions/0/costPerTrainee",
      "{'registrationRegionCode': '440305', 'trainingSessions': [{'sessionId': 'T', 'trainees': -1,"
          + " 'costPerTrainee': {'amount': 1, 'currency': 'CNY'}, 'specialisedProgramme': true}]}"
          + "|/trainingSessions/0/trainees"})
  void test_badInput_typedErrorNamingThePointer_onEveryPath(String body, String pointer) throws IOException {
    CliAuditFiles.assertRefusedOnEveryPath(dir, body, pointer, "2023-12-31");
  }
}
