package io.github.huiqi.calculators.employment;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.employment.hiring.HiringCalculator;
import io.github.huiqi.calculators.employment.hiring.HiringRequest;
import io.github.huiqi.calculators.employment.hiring.HiringResult;
import io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator;
import io.github.huiqi.calculators.employment.housingfund.HousingFundResult;
import io.github.huiqi.calculators.employment.insurance.InsuranceCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceRequest;
import io.github.huiqi.calculators.employment.insurance.InsuranceResult;
import io.github.huiqi.calculators.employment.insurance.InsuranceWaiver;
import io.github.huiqi.calculators.employment.training.TrainingCalculator;
import io.github.huiqi.calculators.employment.training.TrainingRequest;
import io.github.huiqi.calculators.employment.training.TrainingResult;
import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralResult;
import io.github.huiqi.calculators.procurement.arrears.ArrearsCalculator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsClassing;
import io.github.huiqi.calculators.procurement.arrears.ArrearsRequest;
import io.github.huiqi.calculators.procurement.arrears.ArrearsResult;
import io.github.huiqi.calculators.procurement.reservation.ReservationCalculator;
import io.github.huiqi.calculators.procurement.reservation.ReservationRequest;
import io.github.huiqi.calculators.procurement.reservation.ReservationResult;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Optional;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind, hand-worked QA audit of the employment, procurement and deferral calculators through their own request
 * shapes: each case's figure was worked from the clause before the calculators' code was read, and each is run
 * through the typed calculator (fast and explaining form) and its JSON form, which must agree to the fen, on the
 * verdict and on the missing facts (request pointers). Sources: 沪企服办〔2023〕1号 第十九条, 第二十条, 第二十一条, 第十一条;
 * 深工信〔2023〕26号 第2条, 第7条, 第9条; the draft 32 measures (十四); the decisions register §1.2 cards 000-2a, 000-2c,
 * 000-7 and §4.6 item 38 (both days of a named period included, "至" and "前" include their day), §4.5 item 35
 * (each deferral's fee rounded half-up to the fen once).
 */
class EmploymentBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final HiringMeasure HIRING = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final InsuranceMeasure INSURANCE_SZ = DATA.getMeasure(InsuranceMeasure.SHENZHEN_2023);
  private static final InsuranceMeasure INSURANCE_SH = DATA.getMeasure(InsuranceMeasure.SHANGHAI_2023);
  private static final HousingFundMeasure HOUSING = DATA.getMeasure(HousingFundMeasure.SHENZHEN_2023);
  private static final TrainingMeasure TRAINING = DATA.getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
  private static final ArrearsMeasure ARREARS = DATA.getMeasure(ArrearsMeasure.SHANGHAI_2023);
  private static final ReservationMeasure RESERVATION_SZ = DATA.getMeasure(ReservationMeasure.SHENZHEN_2023);
  private static final ReservationMeasure RESERVATION_SH = DATA.getMeasure(ReservationMeasure.SHANGHAI_2023);
  private static final DeferralMeasure DEFERRAL = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);

  private static String q(String json) {
    return json.replace('\'', '"');
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第十九条: "自2023年1月1日至12月31日期间，吸纳…登记失业3个月及以上人员或本市2023届高校毕业生就业，并签订1年
  // 及以上劳动合同，按规定缴纳社会保险费…按照2000元/人的标准给予一次性吸纳就业补贴"
  private static final String HIRES = q("{'hires': ["
      // H-0: the window's first day, 3 months unemployed, 2023-01-01..2023-12-31 (+12 months less a day: a year)
      + "{'hireId': 'H-0', 'hireDate': '2023-01-01', 'registeredUnemployedMonths': 3, 'contractEnd': '2023-12-31',"
      + " 'socialInsurancePaid': true},"
      // H-1: the window's last day, a 2023 graduate, 2023-12-31 + 12 months = 2024-12-31, less a day 2024-12-30
      + "{'hireId': 'H-1', 'hireDate': '2023-12-31', 'shanghaiGraduate': true, 'graduationYear': 2023,"
      + " 'contractEnd': '2024-12-30', 'socialInsurancePaid': true},"
      // H-2: a day after the window
      + "{'hireId': 'H-2', 'hireDate': '2024-01-01', 'registeredUnemployedMonths': 5, 'openEndedContract': true,"
      + " 'socialInsurancePaid': true},"
      // H-3: across the leap day: 2023-03-01 + 12 months = 2024-03-01, less a day 2024-02-29 (a year exactly)
      + "{'hireId': 'H-3', 'hireDate': '2023-03-01', 'registeredUnemployedMonths': 4, 'contractEnd': '2024-02-29',"
      + " 'socialInsurancePaid': true},"
      // H-4: the same hire's fixed-term contract (not open-ended, so the end decides: register §4.6 item 122)
      // ending 2024-02-28, a day short
      + "{'hireId': 'H-4', 'hireDate': '2023-03-01', 'registeredUnemployedMonths': 4, 'openEndedContract': false,"
      + " 'contractEnd': '2024-02-28', 'socialInsurancePaid': true},"
      // H-5: all met but the insurance not given: open, 0 or 2,000
      + "{'hireId': 'H-5', 'hireDate': '2023-06-15', 'registeredUnemployedMonths': 3, 'openEndedContract': true}"
      + "]}");

  @Test
  void test_hiring_sixHires_allPathsAgree() {
    // eligible H-0, H-1, H-3: 3 × 2,000 = 6,000.00; H-5 open: up to 4 × 2,000 = 8,000.00; the rest ineligible
    HiringRequest request = HuiqiJson.read(HIRES, HiringRequest.class);
    HiringResult typed = HiringCalculator.DEFAULT.explainSubsidy(HIRING, request);
    HiringResult json = HuiqiJson.read(HiringCalculator.DEFAULT.explainSubsidyJson(HIRING, HIRES),
        HiringResult.class);
    for (HiringResult r : new HiringResult[] {typed, json}) {
      assertThat(r.decisions()).extracting(d -> d.eligibility().verdict()).containsExactly(Verdict.ELIGIBLE,
          Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.UNDETERMINED);
      assertThat(r.eligibleHires()).isEqualTo(3);
      assertThat(r.undeterminedHires()).isEqualTo(1);
      assertThat(r.subsidy().minimum()).isEqualTo(Cny.of("6000.00"));
      assertThat(r.subsidy().maximum()).isEqualTo(Cny.of("8000.00"));
      assertThat(r.missingFacts()).containsExactly("/hires/5/socialInsurancePaid");
      assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    }
    assertThat(json).isEqualTo(typed);
    // the fast form cannot give a range: it names the same fact
    assertThatThrownBy(() -> HiringCalculator.DEFAULT.subsidy(HIRING, request))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/hires/5/socialInsurancePaid"));
    // with H-5's insurance paid: 4 × 2,000 = 8,000.00 on the fast form
    HiringRequest decided = HuiqiJson.read(HIRES.replace("'openEndedContract': true}".replace('\'', '"'),
        "\"openEndedContract\": true, \"socialInsurancePaid\": true}"), HiringRequest.class);
    assertThat(HiringCalculator.DEFAULT.subsidy(HIRING, decided)).isEqualTo(Cny.of("8000.00"));
  }

  @Test
  void test_hiring_badInput_namesFieldAndValue() {
    // a hire date not in the calendar, a month count below zero, a graduate year of text: each named with its value
    assertThat(assertField(() -> HiringCalculator.DEFAULT.explainSubsidyJson(HIRING,
        q("{'hires': [{'hireId': 'H', 'hireDate': '2023-02-29'}]}")), "/hires/0/hireDate").value())
        .isEqualTo("2023-02-29");
    assertThat(assertField(() -> HiringCalculator.DEFAULT.explainSubsidyJson(HIRING,
        q("{'hires': [{'hireId': 'H', 'hireDate': '2023-02-28', 'registeredUnemployedMonths': -3}]}")),
        "/hires/0/registeredUnemployedMonths").value()).isEqualTo("-3");
    assertField(() -> HiringCalculator.DEFAULT.explainSubsidyJson(HIRING,
        q("{'hires': [{'hireId': 'H', 'hireDate': '2023-02-28', 'graduationYear': 'twenty'}]}")),
        "/hires/0/graduationYear");
    assertField(() -> HiringCalculator.DEFAULT.explainSubsidyJson(HIRING, q("{'hires': [{'hireId': 'H'}]}")),
        "/hires/0/hireDate");
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第2条 / 沪企服办〔2023〕1号 第二十条: deferred contributions repaid "在2023年12月31日前…补缴期间免收滞纳金";
  // the fee waived is 社会保险法 第八十六条's 0.05% a day from the day after the due date through the repayment day
  // (register §1.2 card 000-2a), each deferral rounded half-up to the fen once (§4.5 item 35)
  private static String deferral(String id, String amount, String due, String repaid) {
    return "{'deferralId': '" + id + "', 'kind': 'PENSION', 'deferredAmount': {'amount': " + amount
        + ", 'currency': 'CNY'}, 'dueDate': '" + due + "', 'deferralApproved': true"
        + (repaid == null ? "" : ", 'repaidDate': '" + repaid + "'") + "}";
  }

  private static final String INSURANCE = q("{'insuranceDeferrals': ["
      // I-0: 1.00 × 0.05% × 10 days (2023-03-01 → 03-11) = 0.005: exactly half a fen, half-up 0.01
      + deferral("I-0", "1.00", "2023-03-01", "2023-03-11") + ", "
      // I-1: 0.99 × 0.05% × 10 = 0.00495: under half a fen, 0.00
      + deferral("I-1", "0.99", "2023-03-01", "2023-03-11") + ", "
      // I-2: 20,000.00 × 0.05% × 1 day (2023-02-28 → 03-01, no 29th in 2023) = 10.00
      + deferral("I-2", "20000.00", "2023-02-28", "2023-03-01") + ", "
      // I-3: due 2022-04-01 (the phased deferral's first due date, §1.2 card 000-2a), repaid the same day: 0 days,
      // and a repayment in 2022, during the phased deferral, not this measure's (§4.6 item 157): not waived
      + deferral("I-3", "5000.00", "2022-04-01", "2022-04-01") + ", "
      // I-4: due 2022-03-31, before the phased deferral: not waived
      + deferral("I-4", "5000.00", "2022-03-31", "2022-04-30") + ", "
      // I-5: repaid 2024-01-01, after "2023年12月31日前": not waived
      + deferral("I-5", "5000.00", "2023-12-30", "2024-01-01") + ", "
      // I-6: 1,000.00 due 2023-12-30, repayment not given: at most to 2023-12-31, 1 day × 0.50 = 0.50
      + deferral("I-6", "1000.00", "2023-12-30", null) + "]}");

  @Test
  void test_insurance_halfAFen_deadline_missingRepayment_allPathsAgree() {
    // least 0.01 + 0.00 + 10.00 = 10.01; most 10.01 + 0.50 = 10.51; the repayment of I-6 named
    InsuranceRequest request = HuiqiJson.read(INSURANCE, InsuranceRequest.class);
    for (InsuranceMeasure measure : new InsuranceMeasure[] {INSURANCE_SZ, INSURANCE_SH}) {
      InsuranceResult typed = InsuranceCalculator.DEFAULT.explainWaivedFee(measure, request);
      InsuranceResult json = HuiqiJson.read(InsuranceCalculator.DEFAULT.explainWaivedFeeJson(measure, INSURANCE),
          InsuranceResult.class);
      for (InsuranceResult r : new InsuranceResult[] {typed, json}) {
        assertThat(r.waivers()).extracting(InsuranceWaiver::lateDays).containsExactly(10L, 10L, 1L, 0L, 30L, 2L,
            1L);
        assertThat(r.waivers().subList(0, 4)).extracting(InsuranceWaiver::fee).containsExactly(Cny.of("0.01"),
            Cny.of("0.00"), Cny.of("10.00"), Cny.of("0.00"));
        assertThat(r.waivers()).extracting(w -> w.eligibility().verdict()).containsExactly(Verdict.ELIGIBLE,
            Verdict.ELIGIBLE, Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE,
            Verdict.UNDETERMINED);
        assertThat(r.waived().minimum()).isEqualTo(Cny.of("10.01"));
        assertThat(r.waived().maximum()).isEqualTo(Cny.of("10.51"));
        assertThat(r.missingFacts()).containsExactly("/insuranceDeferrals/6/repaidDate");
        assertThat(r.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
      }
      assertThat(json).isEqualTo(typed);
      assertThatThrownBy(() -> InsuranceCalculator.DEFAULT.waivedFee(measure, request))
          .isInstanceOfSatisfying(MissingFactsException.class,
              ex -> assertThat(ex.missingFacts()).containsExactly("/insuranceDeferrals/6/repaidDate"));
    }
    // I-6 repaid on the deadline: 10.51 on the fast form
    InsuranceRequest decided = HuiqiJson.read(INSURANCE.replace(q(deferral("I-6", "1000.00", "2023-12-30", null)),
        q(deferral("I-6", "1000.00", "2023-12-30", "2023-12-31"))), InsuranceRequest.class);
    assertThat(InsuranceCalculator.DEFAULT.waivedFee(INSURANCE_SZ, decided)).isEqualTo(Cny.of("10.51"));
  }

  @Test
  void test_insurance_badInput_namesFieldAndValue() {
    assertThat(assertField(() -> InsuranceCalculator.DEFAULT.explainWaivedFeeJson(INSURANCE_SZ,
        q("{'insuranceDeferrals': [" + deferral("X", "-1.00", "2023-03-01", null) + "]}")),
        "/insuranceDeferrals/0/deferredAmount").value()).contains("-1");
    assertThat(assertField(() -> InsuranceCalculator.DEFAULT.explainWaivedFeeJson(INSURANCE_SZ,
        q("{'insuranceDeferrals': [" + deferral("X", "1.00", "2023-03-01", "2023-02-28") + "]}")),
        "/insuranceDeferrals/0/repaidDate").value()).isEqualTo("2023-02-28");
    assertThat(assertField(() -> InsuranceCalculator.DEFAULT.explainWaivedFeeJson(INSURANCE_SZ,
        q("{'insuranceDeferrals': [{'deferralId': 'X', 'kind': 'HOUSING_FUND', 'deferredAmount': {'amount': 1, "
            + "'currency': 'CNY'}, 'dueDate': '2023-03-01'}]}")), "/insuranceDeferrals/0/kind").value())
        .isEqualTo("HOUSING_FUND");
  }

  @Test
  void test_insurance_medical_notAmongTheDeferredKinds() {
    // "阶段性缓缴企业职工基本养老保险费、失业保险费、工伤保险费": medical insurance was not deferred under the phased policy, so
    // its late fee is not waived, though it would be 20,000.00 × 0.05% × 1 = 10.00; ineligible on both paths
    String json = q("{'insuranceDeferrals': [{'deferralId': 'M', 'kind': 'MEDICAL', 'deferredAmount': {'amount': "
        + "20000.00, 'currency': 'CNY'}, 'dueDate': '2023-02-28', 'deferralApproved': true, "
        + "'repaidDate': '2023-03-01'}]}");
    InsuranceResult typed = InsuranceCalculator.DEFAULT.explainWaivedFee(INSURANCE_SH,
        HuiqiJson.read(json, InsuranceRequest.class));
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(typed.waived().maximum()).isEqualTo(Cny.of("0.00"));
    assertThat(HuiqiJson.read(InsuranceCalculator.DEFAULT.explainWaivedFeeJson(INSURANCE_SH, json),
        InsuranceResult.class)).isEqualTo(typed);
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第2条: "可按规定向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日"; the latest end
  // is the start plus 12 months less a day (register §1.2 card 000-2c); "至" includes its day (§4.6 item 38)
  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      // applied on the last day, from that day, no end asked: 2023-06-30 + 12 months less a day = 2024-06-29
      "A-0, 2023-06-30, 2023-06-30, -, true, ELIGIBLE, 2024-06-29, 2024-06-29, false",
      // from 2023-02-28: 2024-02-28 less a day = 2024-02-27; asked to 2024-02-28, a day too far: capped
      "A-1, 2023-01-10, 2023-02-28, 2024-02-28, true, ELIGIBLE, 2024-02-27, 2024-02-27, true",
      // from 2023-03-31: 2024-03-31 less a day = 2024-03-30, asked exactly: kept
      "A-2, 2023-03-01, 2023-03-31, 2024-03-30, true, ELIGIBLE, 2024-03-30, 2024-03-30, false",
      // applied 2023-07-01, a day after "申请期限至2023年6月30日": nothing
      "A-3, 2023-07-01, 2023-07-01, -, true, INELIGIBLE, 2024-06-30, -, false",
      // no hardship ("确有困难"): nothing
      "A-4, 2023-03-01, 2023-04-01, -, false, INELIGIBLE, 2024-03-31, -, false"})
  void test_housingFund_allPathsAgree(String id, String applied, String start, String end, Boolean hardship,
      Verdict verdict, String latest, String until, boolean capped) {
    String json = q("{'applicationId': '" + id + "', 'applicationDate': '" + applied + "', 'deferralStart': '"
        + start + "'" + (end == null ? "" : ", 'requestedEnd': '" + end + "'") + ", 'hardship': " + hardship + "}");
    HousingFundDeferral application = HuiqiJson.read(json, HousingFundDeferral.class);
    HousingFundResult typed = HousingFundCalculator.DEFAULT.explainDeferredUntil(HOUSING, application);
    HousingFundResult viaJson = HuiqiJson.read(HousingFundCalculator.DEFAULT.explainDeferredUntilJson(HOUSING,
        json), HousingFundResult.class);
    Optional<LocalDate> expected = Optional.ofNullable(until).map(LocalDate::parse);
    for (HousingFundResult r : new HousingFundResult[] {typed, viaJson}) {
      assertThat(r.eligibility().verdict()).isEqualTo(verdict);
      assertThat(r.latestEnd()).isEqualTo(LocalDate.parse(latest));
      assertThat(r.deferredUntil()).isEqualTo(expected);
      assertThat(r.requestCapped()).isEqualTo(capped);
    }
    assertThat(viaJson).isEqualTo(typed);
    assertThat(HousingFundCalculator.DEFAULT.deferredUntil(HOUSING, application)).isEqualTo(expected);
  }

  @Test
  void test_housingFund_hardshipNotGiven_namedOnEveryPath() {
    // all else met, hardship not given: undetermined, naming /hardship; the fast form cannot answer
    String json = q("{'applicationId': 'A', 'applicationDate': '2023-05-01', 'deferralStart': '2023-05-01'}");
    HousingFundDeferral application = HuiqiJson.read(json, HousingFundDeferral.class);
    HousingFundResult typed = HousingFundCalculator.DEFAULT.explainDeferredUntil(HOUSING, application);
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(typed.eligibility().missingFacts()).containsExactly("/hardship");
    assertThat(HuiqiJson.read(HousingFundCalculator.DEFAULT.explainDeferredUntilJson(HOUSING, json),
        HousingFundResult.class)).isEqualTo(typed);
    assertThatThrownBy(() -> HousingFundCalculator.DEFAULT.deferredUntil(HOUSING, application))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/hardship"));
    // bad input: an end before the start, named with its value
    assertThat(assertField(() -> HousingFundCalculator.DEFAULT.explainDeferredUntilJson(HOUSING,
        q("{'applicationId': 'A', 'applicationDate': '2023-05-01', 'deferralStart': '2023-05-01', "
            + "'requestedEnd': '2023-04-30'}")), "/requestedEnd").value()).isEqualTo("2023-04-30");
  }

  //-------------------------------------------------------------------------
  // the draft 32 measures (十四): the organiser's subsidy ≤ 20,000 a trainee a session: Σ trainees × min(20,000, cost)
  private static String session(String id, int trainees, String cost, String programme) {
    return "{'sessionId': '" + id + "', 'trainees': " + trainees + ", 'costPerTrainee': {'amount': " + cost
        + ", 'currency': 'CNY'}" + (programme == null ? "" : ", 'specialisedProgramme': " + programme) + "}";
  }

  @Test
  void test_training_capPerTrainee_allPathsAgree() {
    // T-0: 3 × min(20,000, 20,000.00) = 60,000.00; T-1: 2 × min(20,000, 20,000.01) = 40,000.00;
    // T-2: 1 × 0.01 = 0.01; the most 100,000.01. "每人每次最高2万元" is a ceiling: the subsidy is [0, 100,000.01]
    // (worked blind as one figure; the library's range is the sound reading of "最高", kept)
    String json = q("{'trainingSessions': [" + session("T-0", 3, "20000.00", "true") + ", "
        + session("T-1", 2, "20000.01", "true") + ", " + session("T-2", 1, "0.01", "true") + "]}");
    TrainingRequest request = HuiqiJson.read(json, TrainingRequest.class);
    TrainingResult typed = TrainingCalculator.DEFAULT.explainMaximumSubsidy(TRAINING, request);
    TrainingResult viaJson = HuiqiJson.read(TrainingCalculator.DEFAULT.explainMaximumSubsidyJson(TRAINING, json),
        TrainingResult.class);
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(typed.subsidy().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(typed.subsidy().maximum()).isEqualTo(Cny.of("100000.01"));
    assertThat(typed.missingFacts()).isEmpty();
    assertThat(viaJson).isEqualTo(typed);
    assertThat(TrainingCalculator.DEFAULT.maximumSubsidy(TRAINING, request)).isEqualTo(Cny.of("100000.01"));
    assertThat(assertField(() -> TrainingCalculator.DEFAULT.explainMaximumSubsidyJson(TRAINING,
        q("{'trainingSessions': [" + session("T", -1, "1.00", "true") + "]}")), "/trainingSessions/0/trainees")
        .value()).isEqualTo("-1");
  }

  @Test
  void test_training_programmeNotGiven_namedOnEveryPath() {
    // T-0 in the programme: 2 × 15,000.50 = 30,001.00; T-1 outside it ("专精特新" training only): nothing; T-2's
    // programme not given: 4 × 20,000 = 80,000.00 more at most. T-0 makes the organiser eligible, [0, 110,001.00],
    // and every path names T-2's programme. Before the fix the fast form named it (MissingFactsException) and the
    // engine's outcome did, while the explaining and JSON forms gave the 110,001.00 ceiling naming nothing, the
    // verdict naming facts only while undetermined (register §4.6 item 76); TrainingResult.missingFacts now does,
    // as HiringResult's and InsuranceResult's do
    String json = q("{'trainingSessions': [" + session("T-0", 2, "15000.50", "true") + ", "
        + session("T-1", 5, "9000.00", "false") + ", " + session("T-2", 4, "25000.00", null) + "]}");
    TrainingRequest request = HuiqiJson.read(json, TrainingRequest.class);
    TrainingResult typed = TrainingCalculator.DEFAULT.explainMaximumSubsidy(TRAINING, request);
    assertThat(typed.subsidy().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(typed.subsidy().maximum()).isEqualTo(Cny.of("110001.00"));
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(typed.missingFacts()).containsExactly("/trainingSessions/2/specialisedProgramme");
    assertThat(HuiqiJson.read(TrainingCalculator.DEFAULT.explainMaximumSubsidyJson(TRAINING, json),
        TrainingResult.class)).isEqualTo(typed);
    assertThatThrownBy(() -> TrainingCalculator.DEFAULT.maximumSubsidy(TRAINING, request))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/trainingSessions/2/specialisedProgramme"));
    // the engine: the same range and the same pointer, under the profile
    JsonNode outcome = EngineJson.firstOutcome(q("{'asOf': '2024-06-30', 'measures': ['" + TRAINING.id().value()
        + "'], 'profile': {'registrationRegionCode': '440305', ") + json.substring(1) + "}");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("110001.00");
    assertThat(outcome.at("/missingFacts").toString())
        .isEqualTo("[\"/trainingSessions/2/specialisedProgramme\"]");
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第二十一条: "50万元以下无分歧账款清偿率100%": undisputed claims of at most 500,000 paid off in full
  private static String claim(String id, String amount, String disputed) {
    return "{'claimId': '" + id + "', 'debtorKind': 'GOVERNMENT_AGENCY', 'amount': {'amount': " + amount
        + ", 'currency': 'CNY'}" + (disputed == null ? "" : ", 'disputed': " + disputed) + "}";
  }

  @Test
  void test_arrears_threshold_allPathsAgree() {
    // C-0 500,000.00 undisputed: "以下" includes the figure, full clearance; C-1 500,000.01: resolution only;
    // C-2 0.01 disputed: disputed; full clearance total 500,000.00
    String json = q("{'arrearsClaims': [" + claim("C-0", "500000.00", "false") + ", "
        + claim("C-1", "500000.01", "false") + ", " + claim("C-2", "0.01", "true") + "]}");
    ArrearsRequest request = HuiqiJson.read(json, ArrearsRequest.class);
    ArrearsResult typed = ArrearsCalculator.DEFAULT.explainClasses(ARREARS, request);
    ArrearsResult viaJson = HuiqiJson.read(ArrearsCalculator.DEFAULT.explainClassesJson(ARREARS, json),
        ArrearsResult.class);
    assertThat(typed.claims()).extracting(ArrearsClassing::arrearsClass).containsExactly(
        Optional.of(ArrearsClass.FULL_CLEARANCE), Optional.of(ArrearsClass.RESOLUTION),
        Optional.of(ArrearsClass.DISPUTED));
    assertThat(typed.fullClearanceTotal()).isEqualTo(Cny.of("500000.00"));
    assertThat(typed.missingFacts()).isEmpty();
    assertThat(viaJson).isEqualTo(typed);
    assertThat(ArrearsCalculator.DEFAULT.fullClearanceTotal(ARREARS, request)).isEqualTo(Cny.of("500000.00"));
  }

  @Test
  void test_arrears_disputeNotGiven_namedOnEveryPath() {
    // C-0 300,000.00 dispute not given: its class is open (full clearance if undisputed), named; C-1 undisputed
    // 100,000.00 is full clearance: the sure total 100,000.00
    String json = q("{'arrearsClaims': [" + claim("C-0", "300000.00", null) + ", "
        + claim("C-1", "100000.00", "false") + "]}");
    ArrearsRequest request = HuiqiJson.read(json, ArrearsRequest.class);
    ArrearsResult typed = ArrearsCalculator.DEFAULT.explainClasses(ARREARS, request);
    assertThat(typed.claims().get(0).arrearsClass()).isEmpty();
    assertThat(typed.missingFacts()).containsExactly("/arrearsClaims/0/disputed");
    assertThat(typed.fullClearanceTotal()).isEqualTo(Cny.of("100000.00"));
    assertThat(HuiqiJson.read(ArrearsCalculator.DEFAULT.explainClassesJson(ARREARS, json), ArrearsResult.class))
        .isEqualTo(typed);
    assertThat(assertField(() -> ArrearsCalculator.DEFAULT.explainClassesJson(ARREARS,
        q("{'arrearsClaims': [{'claimId': 'C', 'debtorKind': 'BANK', 'amount': {'amount': 1, 'currency': 'CNY'}}]}")),
        "/arrearsClaims/0/debtorKind").value()).isEqualTo("BANK");
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第9条 / 沪企服办〔2023〕1号 第十一条 with 财库〔2022〕19号: works of at most 4,000,000 reserved wholly for
  // SMEs; above, at least 40%, the least whole fen that reaches it
  @ParameterizedTest(name = "budget {0}, reserved {1}")
  @CsvSource({
      // exactly 4,000,000.00 (以下 includes it): wholly reserved
      "4000000.00, 4000000.00, true, 4000000.00, true",
      "4000000.00, 3999999.99, true, 4000000.00, false",
      // 4,000,000.01 × 40% = 1,600,000.004: the least whole fen reaching it 1,600,000.01
      "4000000.01, 1600000.00, false, 1600000.01, false",
      "4000000.01, 1600000.01, false, 1600000.01, true",
      // 0.01 of works: wholly reserved
      "0.01, 0.01, true, 0.01, true"})
  void test_reservation_allPathsAgree(String budget, String reserved, boolean wholly, String required, boolean meets) {
    ReservationRequest request = new ReservationRequest(Cny.of(budget), Cny.of(reserved));
    String json = "{\"budget\": {\"amount\": " + budget + ", \"currency\": \"CNY\"}, \"reservedForSmes\": "
        + "{\"amount\": " + reserved + ", \"currency\": \"CNY\"}}";
    for (ReservationMeasure measure : new ReservationMeasure[] {RESERVATION_SZ, RESERVATION_SH}) {
      ReservationResult typed = ReservationCalculator.DEFAULT.explainMeetsRule(measure, request);
      assertThat(typed.fullyReserved()).isEqualTo(wholly);
      assertThat(typed.requiredReservation()).isEqualTo(Cny.of(required));
      assertThat(typed.meetsRule()).isEqualTo(meets);
      assertThat(HuiqiJson.read(ReservationCalculator.DEFAULT.explainMeetsRuleJson(measure, json),
          ReservationResult.class)).isEqualTo(typed);
      assertThat(ReservationCalculator.DEFAULT.meetsRule(measure, request)).isEqualTo(meets);
    }
  }

  @Test
  void test_reservation_badInput_namesFieldAndValue() {
    assertThat(assertField(() -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(RESERVATION_SZ,
        "{\"budget\": {\"amount\": -5, \"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": 0, "
            + "\"currency\": \"CNY\"}}"), "/budget").value()).contains("-5");
    assertField(() -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(RESERVATION_SZ,
        "{\"budget\": {\"amount\": 5, \"currency\": \"CNY\"}}"), "/reservedForSmes");
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第7条: "对于2022年第四季度到期的、受疫情影响暂时遇困的小微企业贷款（含个体工商户和小微企业主经营性贷款）…
  // 最长可延至2023年6月30日": Q4 = 2022-10-01..2022-12-31, both included (register §4.6 item 38), the latest included
  @ParameterizedTest(name = "{0}")
  @CsvSource(nullValues = "-", value = {
      "Q3-END, 2022-09-30, -, INELIGIBLE, -, false",
      "Q4-START, 2022-10-01, -, ELIGIBLE, 2023-06-30, false",
      "Q4-END, 2022-12-31, -, ELIGIBLE, 2023-06-30, false",
      "Q1-START, 2023-01-01, -, INELIGIBLE, -, false",
      // asked to the latest: kept
      "ASK-LAST, 2022-11-15, 2023-06-30, ELIGIBLE, 2023-06-30, false",
      // asked a day beyond: "最长可延至" caps the deferral at 2023-06-30
      "ASK-AFTER, 2022-11-15, 2023-07-01, ELIGIBLE, 2023-06-30, true"})
  void test_deferral_allPathsAgree(String id, String due, String asked, Verdict verdict, String until,
      boolean capped) {
    String json = "{\"loanId\": \"" + id + "\", \"borrowerKind\": \"ENTERPRISE\", \"borrowerSize\": \"SMALL\", "
        + "\"dueDate\": \"" + due + "\", \"affectedByEpidemic\": true"
        + (asked == null ? "" : ", \"requestedDeferredDate\": \"" + asked + "\"") + "}";
    DeferralRequest request = HuiqiJson.read(json, DeferralRequest.class);
    DeferralResult typed = DeferralCalculator.DEFAULT.explainDeferredUntil(DEFERRAL, request);
    DeferralResult viaJson = HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL, json),
        DeferralResult.class);
    Optional<LocalDate> expected = Optional.ofNullable(until).map(LocalDate::parse);
    assertThat(typed.eligibility().verdict()).isEqualTo(verdict);
    assertThat(typed.latestDeferredDate()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(typed.deferredUntil()).isEqualTo(expected);
    assertThat(typed.requestCapped()).isEqualTo(capped);
    assertThat(viaJson).isEqualTo(typed);
    assertThat(DeferralCalculator.DEFAULT.deferredUntil(DEFERRAL, request)).isEqualTo(expected);
  }

  @Test
  void test_deferral_factsNotGiven_andIndividualBusiness() {
    // size and hardship not given: undetermined, both named on every path
    String json = "{\"loanId\": \"L\", \"borrowerKind\": \"ENTERPRISE\", \"dueDate\": \"2022-12-31\"}";
    DeferralRequest request = HuiqiJson.read(json, DeferralRequest.class);
    DeferralResult typed = DeferralCalculator.DEFAULT.explainDeferredUntil(DEFERRAL, request);
    assertThat(typed.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(typed.eligibility().missingFacts()).containsExactlyInAnyOrder("/borrowerSize", "/affectedByEpidemic");
    assertThat(HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL, json),
        DeferralResult.class)).isEqualTo(typed);
    assertThatThrownBy(() -> DeferralCalculator.DEFAULT.deferredUntil(DEFERRAL, request))
        .isInstanceOf(MissingFactsException.class);
    // "含个体工商户…经营性贷款": an individual business's business loan, affected, due in Q4: to 2023-06-30
    String ib = "{\"loanId\": \"IB\", \"borrowerKind\": \"INDIVIDUAL_BUSINESS\", \"forBusiness\": true, "
        + "\"dueDate\": \"2022-10-01\", \"affectedByEpidemic\": true}";
    DeferralResult individual = HuiqiJson.read(DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL, ib),
        DeferralResult.class);
    assertThat(individual.deferredUntil()).contains(LocalDate.of(2023, 6, 30));
    assertThat(individual).isEqualTo(DeferralCalculator.DEFAULT.explainDeferredUntil(DEFERRAL,
        HuiqiJson.read(ib, DeferralRequest.class)));
    // bad input: a due date not in the calendar, named with its value
    assertThat(assertField(() -> DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL,
        "{\"loanId\": \"L\", \"borrowerKind\": \"ENTERPRISE\", \"dueDate\": \"2022-11-31\"}"), "/dueDate").value())
        .isEqualTo("2022-11-31");
  }
  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', value = {
      "hiring|null", "hiring|[]", "hiring|{'hires': null}", "hiring|{'hires': [null]}", "hiring|{'hires': ",
      "insurance|{}", "insurance|{'insuranceDeferrals': [{}]}", "housing|{}", "housing|null",
      "training|{'trainingSessions': [{'sessionId': 'T'}]}", "arrears|{'arrearsClaims': 7}",
      "reservation|{}", "reservation|{'budget': 5}", "deferral|{}", "deferral|{'loanId': null}"})
  void test_badBodies_typedErrorNeverABareException(String calculator, String body) {
    // every JSON form refuses a body that is not its request with the library's typed error, naming a field
    String json = q(body);
    ThrowingCallable call = switch (calculator) {
      case "hiring" -> () -> HiringCalculator.DEFAULT.explainSubsidyJson(HIRING, json);
      case "insurance" -> () -> InsuranceCalculator.DEFAULT.explainWaivedFeeJson(INSURANCE_SZ, json);
      case "housing" -> () -> HousingFundCalculator.DEFAULT.explainDeferredUntilJson(HOUSING, json);
      case "training" -> () -> TrainingCalculator.DEFAULT.explainMaximumSubsidyJson(TRAINING, json);
      case "arrears" -> () -> ArrearsCalculator.DEFAULT.explainClassesJson(ARREARS, json);
      case "reservation" -> () -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(RESERVATION_SZ, json);
      default -> () -> DeferralCalculator.DEFAULT.explainDeferredUntilJson(DEFERRAL, json);
    };
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isNotBlank());
  }

  @Test
  void test_typedRequests_nullListsRefusedNamingTheField() {
    assertThat(assertField(() -> new HiringRequest(null), "hires")).isNotNull();
    assertThat(assertField(() -> new InsuranceRequest(null), "insuranceDeferrals")).isNotNull();
    assertThat(assertField(() -> new TrainingRequest(null), "trainingSessions")).isNotNull();
    assertThat(assertField(() -> new ArrearsRequest(null), "arrearsClaims")).isNotNull();
    assertThat(assertField(() -> new ReservationRequest(null, Cny.of("1.00")), "budget")).isNotNull();
    assertThat(assertField(() -> HiringCalculator.DEFAULT.explainSubsidy(HIRING, null), "request")).isNotNull();
  }
}
