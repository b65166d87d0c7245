package io.github.huiqi.calculators.employment.hiring;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA audit of the one-off hiring subsidy, 沪企服办〔2023〕1号 第十九条: "自2023年1月1日至12月31日期间，吸纳在本市登记失业3个月
 * 及以上人员或本市2023届高校毕业生就业，并签订1年及以上劳动合同，按规定缴纳社会保险费的本市企业…按照2000元/人的标准给予一次性
 * 吸纳就业补贴" (domain reference card 003-19), worked by hand through the typed calculator and the engine's JSON: a
 * firm of eight hires on and either side of every edge, the window by the evaluation date, a year's contract from a
 * month end, either target group sufficing, and bad hires named by their pointer.
 */
class HiringBoundaryAuditTest {

  private static final HiringMeasure MEASURE = PolicyData.builtIn().getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final String ID = "sh-qfb-2023-1.hiring-subsidy";

  /**
   * Eight hires: H-1 hired on the window's first day, 3 months unemployed, a contract 2023-01-01..2023-12-31 (exactly
   * a year); H-2 hired on its last day, a 2023 graduate, open-ended; H-3 the day before the window; H-4 the day
   * after; H-5 2 months unemployed and not a graduate; H-6 a fixed-term contract (not open-ended) a day short of a
   * year; H-7 insurance not known;
   * H-8 a graduate of the 2022 cohort.
   */
  static final String HIRES = ("["
      + "{'hireId': 'H-1', 'hireDate': '2023-01-01', 'registeredUnemployedMonths': 3, 'shanghaiGraduate': false,"
      + " 'contractEnd': '2023-12-31', 'socialInsurancePaid': true},"
      + "{'hireId': 'H-2', 'hireDate': '2023-12-31', 'registeredUnemployedMonths': 0, 'shanghaiGraduate': true,"
      + " 'graduationYear': 2023, 'openEndedContract': true, 'socialInsurancePaid': true},"
      + "{'hireId': 'H-3', 'hireDate': '2022-12-31', 'registeredUnemployedMonths': 6, 'openEndedContract': true,"
      + " 'socialInsurancePaid': true},"
      + "{'hireId': 'H-4', 'hireDate': '2024-01-01', 'registeredUnemployedMonths': 6, 'openEndedContract': true,"
      + " 'socialInsurancePaid': true},"
      + "{'hireId': 'H-5', 'hireDate': '2023-05-01', 'registeredUnemployedMonths': 2, 'shanghaiGraduate': false,"
      + " 'openEndedContract': true, 'socialInsurancePaid': true},"
      + "{'hireId': 'H-6', 'hireDate': '2023-01-01', 'registeredUnemployedMonths': 12, 'openEndedContract': false,"
      + " 'contractEnd': '2023-12-30', 'socialInsurancePaid': true},"
      + "{'hireId': 'H-7', 'hireDate': '2023-07-15', 'registeredUnemployedMonths': 4, 'openEndedContract': true},"
      + "{'hireId': 'H-8', 'hireDate': '2023-07-15', 'registeredUnemployedMonths': 0, 'shanghaiGraduate': true,"
      + " 'graduationYear': 2022, 'openEndedContract': true, 'socialInsurancePaid': true}]").replace('\'', '"');

  private static String request(String asOf, String hires) {
    return "{\"asOf\": \"" + asOf + "\", \"measures\": [\"" + ID + "\"], \"profile\": {\"registrationRegionCode\": "
        + "\"310115\", \"hires\": " + hires + "}}";
  }

  private static HiringResult typed(String hires) {
    return HuiqiJson.read(HiringCalculator.DEFAULT.explainSubsidyJson(MEASURE, "{\"hires\": " + hires + "}"),
        HiringResult.class);
  }

  @Test
  void test_eightHires_typed_eachDecision() {
    // eligible: H-1 (2023-01-01 + 12 months = 2024-01-01, less a day: 2023-12-31, "1年及以上" met exactly) and H-2
    // ("2023届高校毕业生", hired 2023-12-31, the window's last day, included). Undetermined: H-7 (insurance not known).
    // The rest fail one condition each. 2 × 2,000 = 4,000.00, up to 3 × 2,000 = 6,000.00 ("2000元/人")
    HiringResult result = typed(HIRES);
    assertThat(result.decisions()).extracting(d -> d.eligibility().verdict()).containsExactly(Verdict.ELIGIBLE,
        Verdict.ELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE, Verdict.INELIGIBLE,
        Verdict.UNDETERMINED, Verdict.INELIGIBLE);
    assertThat(result.eligibleHires()).isEqualTo(2);
    assertThat(result.undeterminedHires()).isEqualTo(1);
    assertThat(result.subsidy().minimum()).isEqualTo(Cny.of("4000.00"));
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of("6000.00"));
    assertThat(result.missingFacts()).containsExactly("/hires/6/socialInsurancePaid");
  }

  @Test
  void test_eightHires_engineJson_paymentRangeAndPointer() {
    // the same firm through the engine: a payment to the firm, [4,000.00, 6,000.00], the one fact named
    JsonNode outcome = EngineJson.firstOutcome(request("2023-06-30", HIRES));
    assertThat(outcome.at("/measure").asText()).isEqualTo(ID);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("PAYMENT_TO_FIRM");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("6000.00");
    assertThat(outcome.at("/missingFacts").toString()).isEqualTo("[\"/hires/6/socialInsurancePaid\"]");
  }

  @ParameterizedTest(name = "as of {0}")
  @CsvSource({
      // "自2023年1月1日至12月31日期间" (register §4.6 item 38: both days included): open on both ends, counted in
      // the total; the day before not yet open, the day after closed, neither counted. The hires' own dates decide
      // the amount whatever the evaluation date (register §0.5): 4,000.00 to 6,000.00 each time
      "2022-12-31, NOT_YET_OPEN, false",
      "2023-01-01, OPEN, true",
      "2023-12-31, OPEN, true",
      "2024-01-01, CLOSED, false"})
  void test_windowByTheEvaluationDate(String asOf, String status, boolean counted) {
    JsonNode outcome = EngineJson.firstOutcome(request(asOf, HIRES));
    assertThat(outcome.at("/windowStatus").asText()).isEqualTo(status);
    assertThat(outcome.at("/countedInTotal").asBoolean()).isEqualTo(counted);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("6000.00");
  }

  @ParameterizedTest(name = "{0}..{1}: {2}")
  @CsvSource({
      // "签订1年及以上劳动合同" from a month end: 2023-01-31 + 12 months = 2024-01-31, less a day 2024-01-30 (a year);
      // 2024-01-29 a day short. 2023-08-31 → 2024-08-30; 2023-02-28 → 2024-02-27 (2024-02-28 exists, no roll)
      "2023-01-31, 2024-01-30, ELIGIBLE",
      "2023-01-31, 2024-01-29, INELIGIBLE",
      "2023-08-31, 2024-08-30, ELIGIBLE",
      "2023-08-31, 2024-08-29, INELIGIBLE",
      "2023-02-28, 2024-02-27, ELIGIBLE",
      "2023-02-28, 2024-02-26, INELIGIBLE"})
  void test_contractOfAYear_fromMonthEnds(String hired, String end, Verdict verdict) {
    // a fixed-term contract (known not open-ended, so the end decides: decisions register §4.6 item 122)
    HiringResult result = typed("[{\"hireId\": \"H\", \"hireDate\": \"" + hired + "\", \"registeredUnemployedMonths\": "
        + "3, \"openEndedContract\": false, \"contractEnd\": \"" + end + "\", \"socialInsurancePaid\": true}]");
    assertThat(result.eligibility().verdict()).isEqualTo(verdict);
    // 2,000 × 1 or × 0
    assertThat(result.subsidy().minimum()).isEqualTo(Cny.of(verdict == Verdict.ELIGIBLE ? "2000.00" : "0.00"));
  }

  @Test
  void test_contractFacts_openEndedFlagDecides() {
    // an open-ended contract (无固定期限) is a year or more whatever end a system filled in: eligible, 2,000.00
    assertThat(typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"registeredUnemployedMonths\": 3, "
        + "\"openEndedContract\": true, \"contractEnd\": \"2023-06-30\", \"socialInsurancePaid\": true}]").subsidy()
        .minimum()).isEqualTo(Cny.of("2000.00"));
    // a fixed-term contract whose end is not known: the end named, the range [0, 2,000.00]
    HiringResult fixedNoEnd = typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", "
        + "\"registeredUnemployedMonths\": 3, \"openEndedContract\": false, \"socialInsurancePaid\": true}]");
    assertThat(fixedNoEnd.missingFacts()).containsExactly("/hires/0/contractEnd");
    assertThat(fixedNoEnd.subsidy().maximum()).isEqualTo(Cny.of("2000.00"));
    // the flag not known but the end a year on (2023-05-01 → 2024-04-30): met by the end
    assertThat(typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"registeredUnemployedMonths\": 3, "
        + "\"contractEnd\": \"2024-04-30\", \"socialInsurancePaid\": true}]").eligibleHires()).isEqualTo(1);
    // the flag not known and the end a day short (2024-04-29): an open-ended contract whose system filled in that end
    // meets it, a fixed term fails it, so the flag is named and the range is [0, 2,000.00] (register §4.6 item 122)
    HiringResult flagOpen = typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", "
        + "\"registeredUnemployedMonths\": 3, \"contractEnd\": \"2024-04-29\", \"socialInsurancePaid\": true}]");
    assertThat(flagOpen.missingFacts()).containsExactly("/hires/0/openEndedContract");
    assertThat(flagOpen.subsidy().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(flagOpen.subsidy().maximum()).isEqualTo(Cny.of("2000.00"));
  }

  @Test
  void test_targetGroup_eitherSuffices_unknownsNamedOnlyWhenTheyDecide() {
    String tail = ", \"openEndedContract\": true, \"socialInsurancePaid\": true}]";
    // "登记失业3个月及以上人员或…2023届高校毕业生": 3 months met, the graduate facts not needed
    HiringResult unemployed = typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", "
        + "\"registeredUnemployedMonths\": 3" + tail);
    assertThat(unemployed.eligibleHires()).isEqualTo(1);
    assertThat(unemployed.missingFacts()).isEmpty();
    // a 2023 graduate, months not known: met
    assertThat(typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"shanghaiGraduate\": true, "
        + "\"graduationYear\": 2023" + tail).missingFacts()).isEmpty();
    // 2 months (short), graduate not known: the graduate fact decides
    assertThat(typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"registeredUnemployedMonths\": 2" + tail)
        .missingFacts()).containsExactly("/hires/0/shanghaiGraduate");
    // a graduate of a year not known, months not known: both could decide
    assertThat(typed("[{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"shanghaiGraduate\": true" + tail)
        .missingFacts()).containsExactly("/hires/0/registeredUnemployedMonths", "/hires/0/graduationYear");
  }

  @Test
  void test_typedFastForm_throwsNamingTheFacts() {
    // the fast form cannot give a range: it names H-7's insurance
    HiringRequest request = HuiqiJson.read("{\"hires\": " + HIRES + "}", HiringRequest.class);
    assertThatThrownBy(() -> HiringCalculator.DEFAULT.subsidy(MEASURE, request))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/hires/6/socialInsurancePaid"));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"registeredUnemployedMonths\": -1}"
          + "|/profile/hires/0/registeredUnemployedMonths",
      "{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"graduationYear\": 1899}|/profile/hires/0/graduationYear",
      "{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"contractEnd\": \"2023-04-30\"}"
          + "|/profile/hires/0/contractEnd",
      "{\"hireId\": \"H\", \"hireDate\": \"2023-02-29\"}|/profile/hires/0/hireDate",
      "{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\", \"socialInsurancePaid\": \"yes\"}"
          + "|/profile/hires/0/socialInsurancePaid",
      "{\"hireId\": \"H\", \"hireDate\": \"2023-05-01\"}, {\"hireId\": \"H\", \"hireDate\": \"2023-06-01\"}"
          + "|/profile/hires/1/hireId"})
  void test_badHire_engineNamesThePointer(String hires, String pointer) {
    assertField(() -> EntitlementEngine.builtIn().evaluateJson(request("2023-06-30", "[" + hires + "]")), pointer);
  }
}
