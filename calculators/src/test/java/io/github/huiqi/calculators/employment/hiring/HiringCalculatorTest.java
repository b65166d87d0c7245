package io.github.huiqi.calculators.employment.hiring;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HiringCalculator} against 沪企服办〔2023〕1号 第十九条: "自2023年1月1日至12月31日期间，吸纳在本市登记失业3个月
 * 及以上人员或本市2023届高校毕业生就业，并签订1年及以上劳动合同，按规定缴纳社会保险费的…用人单位，按照2000元/人的标准给予
 * 一次性吸纳就业补贴". Every expected amount is 2,000 × the hires worked out eligible by hand.
 */
class HiringCalculatorTest {

  private static final HiringMeasure MEASURE = PolicyData.builtIn().getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final HiringCalculator CALC = HiringCalculator.DEFAULT;

  /**
   * Registered unemployed 3 months (exactly the minimum), hired on a date, a fixed-term one-year contract (known not to
   * be open-ended: an early end decides only then, decisions register §4.6 item 122), insurance paid.
   */
  static HiringRecord.Builder unemployed(String id, LocalDate hired) {
    return HiringRecord.builder().hireId(id).hireDate(hired).registeredUnemployedMonths(3)
        .openEndedContract(false).contractEnd(hired.plusYears(1).minusDays(1)).socialInsurancePaid(true);
  }

  private static HiringRequest of(HiringRecord... hires) {
    return new HiringRequest(List.of(hires));
  }

  private static Verdict verdictOf(HiringRecord hire) {
    return CALC.explainSubsidy(MEASURE, of(hire)).eligibility().verdict();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_twoEligibleHires_twoThousandEach() {
    // 2 eligible hires × 2,000 = 4,000.00 (第十九条 "按照2000元/人的标准")
    HiringRequest request = of(unemployed("H-1", LocalDate.of(2023, 3, 1)).build(),
        HiringRecord.builder().hireId("H-2").hireDate(LocalDate.of(2023, 7, 1)).registeredUnemployedMonths(0)
            .shanghaiGraduate(true).graduationYear(2023).openEndedContract(true).socialInsurancePaid(true).build());
    assertThat(CALC.subsidy(MEASURE, request)).isEqualTo(Cny.of("4000.00"));
    HiringResult result = CALC.explainSubsidy(MEASURE, request);
    assertThat(result.eligibleHires()).isEqualTo(2);
    assertThat(result.subsidy().exact()).contains(Cny.of("4000.00"));
    assertThat(result.decisions()).extracting(d -> d.eligibility().verdict())
        .containsExactly(Verdict.ELIGIBLE, Verdict.ELIGIBLE);
    assertThat(result.explanation().steps()).isNotEmpty();
  }

  @Test
  void test_unemployedMonths_threeQualifies_twoDoesNot() {
    // "登记失业3个月及以上": 3 is included, 2 is one month short
    LocalDate hired = LocalDate.of(2023, 5, 10);
    assertThat(verdictOf(unemployed("H", hired).build())).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictOf(unemployed("H", hired).registeredUnemployedMonths(2).shanghaiGraduate(false).build()))
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_graduate_2023CohortQualifies_2022DoesNot_nonShanghaiDoesNot() {
    LocalDate hired = LocalDate.of(2023, 8, 1);
    HiringRecord.Builder graduate = unemployed("H", hired).registeredUnemployedMonths(0).shanghaiGraduate(true);
    assertThat(verdictOf(graduate.graduationYear(2023).build())).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictOf(graduate.graduationYear(2022).build())).isEqualTo(Verdict.INELIGIBLE);
    assertThat(verdictOf(unemployed("H", hired).registeredUnemployedMonths(0).shanghaiGraduate(false).build()))
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_contract_exactlyOneYearQualifies_aDayShortDoesNot() {
    // "签订1年及以上劳动合同": 2023-03-01..2024-02-29 (2024 is a leap year) is exactly one year; ..2024-02-28 is not
    LocalDate hired = LocalDate.of(2023, 3, 1);
    assertThat(verdictOf(unemployed("H", hired).contractEnd(LocalDate.of(2024, 2, 29)).build()))
        .isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictOf(unemployed("H", hired).contractEnd(LocalDate.of(2024, 2, 28)).build()))
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(verdictOf(unemployed("H", hired).contractEnd(LocalDate.of(2024, 2, 28)).openEndedContract(true)
        .build())).isEqualTo(Verdict.ELIGIBLE);
    // the day short with the open-ended flag not given: an open-ended contract whose system filled in that end meets
    // it, a fixed term fails it, so the flag decides and is named (register §4.6 item 122); a full year needs no flag
    HiringRecord.Builder flagNotGiven = HiringRecord.builder().hireId("H").hireDate(hired)
        .registeredUnemployedMonths(3).socialInsurancePaid(true);
    HiringResult dayShort = CALC.explainSubsidy(MEASURE, of(flagNotGiven.contractEnd(LocalDate.of(2024, 2, 28))
        .build()));
    assertThat(dayShort.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(dayShort.missingFacts()).containsExactly("/hires/0/openEndedContract");
    assertThat(verdictOf(flagNotGiven.contractEnd(LocalDate.of(2024, 2, 29)).build())).isEqualTo(Verdict.ELIGIBLE);
  }

  @Test
  void test_hireWindow_firstAndLastDayIn_daysOutsideOut() {
    // "自2023年1月1日至12月31日期间": both days included
    assertThat(verdictOf(unemployed("H", LocalDate.of(2023, 1, 1)).build())).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictOf(unemployed("H", LocalDate.of(2023, 12, 31)).build())).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictOf(unemployed("H", LocalDate.of(2022, 12, 31)).build())).isEqualTo(Verdict.INELIGIBLE);
    assertThat(verdictOf(unemployed("H", LocalDate.of(2024, 1, 1)).build())).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_socialInsuranceNotPaid_ineligible() {
    assertThat(verdictOf(unemployed("H", LocalDate.of(2023, 4, 1)).socialInsurancePaid(false).build()))
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_missingFacts_namedPerHire_rangeUpToTheUndeterminedHires() {
    // H-1 eligible (2,000); H-2 lacks its insurance fact and both contract facts (the open-ended flag and the end:
    // either decides the term, decisions register §4.6 item 69); H-3 lacks both group facts
    HiringRequest request = of(unemployed("H-1", LocalDate.of(2023, 3, 1)).build(),
        HiringRecord.builder().hireId("H-2").hireDate(LocalDate.of(2023, 4, 1)).registeredUnemployedMonths(5)
            .build(),
        HiringRecord.builder().hireId("H-3").hireDate(LocalDate.of(2023, 5, 1)).openEndedContract(true)
            .socialInsurancePaid(true).build());
    HiringResult result = CALC.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // exactly 1 × 2,000 known; up to 3 × 2,000 = 6,000 were H-2 and H-3 eligible
    assertThat(result.subsidy().minimum()).isEqualTo(Cny.of("2000.00"));
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of("6000.00"));
    assertThat(result.missingFacts()).containsExactly("/hires/1/openEndedContract", "/hires/1/contractEnd",
        "/hires/1/socialInsurancePaid",
        "/hires/2/registeredUnemployedMonths", "/hires/2/shanghaiGraduate");
    MissingFactsException ex = catchThrowableOfType(() -> CALC.subsidy(MEASURE, request),
        MissingFactsException.class);
    assertThat(ex.missingFacts()).contains("/hires/1/socialInsurancePaid");
  }

  @Test
  void test_contractFlagAndEndNotGiven_bothNamed_eachDecides() {
    // 第十九条 "签订1年及以上劳动合同": a hire of 2023-04-01, registered unemployed 5 months, insurance paid, with neither
    // the open-ended flag nor the contract's end given. Either fact alone can decide the term: an open-ended contract
    // meets it (2,000.00), a fixed term ending 2024-03-30, a day before the anniversary's eve 2024-03-31, fails it
    // (0.00). So both are named (decisions register §4.6 item 69); before, only /hires/0/contractEnd was, a date a
    // firm whose contract is open-ended has none of to give
    HiringRecord.Builder hire = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 4, 1))
        .registeredUnemployedMonths(5).socialInsurancePaid(true);
    HiringResult open = CALC.explainSubsidy(MEASURE, of(hire.build()));
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/hires/0/openEndedContract", "/hires/0/contractEnd");
    // the range 0.00 – 2,000.00: one hire × 2,000 at most
    assertThat(open.subsidy().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(open.subsidy().maximum()).isEqualTo(Cny.of("2000.00"));
    // each completion: open-ended → 2,000.00; fixed term to 2024-03-30 → 0.00; to 2024-03-31 → 2,000.00
    assertThat(CALC.subsidy(MEASURE, of(hire.openEndedContract(true).build()))).isEqualTo(Cny.of("2000.00"));
    HiringRecord.Builder fixed = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 4, 1))
        .registeredUnemployedMonths(5).socialInsurancePaid(true).openEndedContract(false);
    assertThat(CALC.subsidy(MEASURE, of(fixed.contractEnd(LocalDate.of(2024, 3, 30)).build())))
        .isEqualTo(Cny.of("0.00"));
    assertThat(CALC.subsidy(MEASURE, of(fixed.contractEnd(LocalDate.of(2024, 3, 31)).build())))
        .isEqualTo(Cny.of("2000.00"));
    // the flag known false leaves the end alone to decide, and it alone is named
    HiringRecord fixedNoEnd = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 4, 1))
        .registeredUnemployedMonths(5).socialInsurancePaid(true).openEndedContract(false).build();
    assertThat(CALC.explainSubsidy(MEASURE, of(fixedNoEnd)).missingFacts()).containsExactly("/hires/0/contractEnd");
  }

  @Test
  void test_graduationYearOutsideTheCohort_theCitysGraduateFactDecidesNothing() {
    // 第十九条 "登记失业3个月及以上人员或本市2023届高校毕业生": a hire of 2023-06-01 (contract open-ended, insurance paid)
    // who graduated in 2022 is not a 2023 graduate, of the city or not, so whether the college is the city's decides
    // nothing. Unemployed 2 months: ineligible, 0.00, naming nothing (before: undetermined to 2,000.00, naming
    // /hires/0/shanghaiGraduate, though neither answer pays). Found by EntitlementFactNamingPropertyTest
    HiringRecord.Builder hire = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 6, 1))
        .graduationYear(2022).openEndedContract(true).socialInsurancePaid(true);
    HiringResult shortUnemployment = CALC.explainSubsidy(MEASURE, of(hire.registeredUnemployedMonths(2).build()));
    assertThat(shortUnemployment.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shortUnemployment.missingFacts()).isEmpty();
    assertThat(shortUnemployment.subsidy().maximum()).isEqualTo(Cny.of("0.00"));
    // the months not given either: only they can decide (3 or more → 2,000.00), and only they are named
    HiringRecord monthsOpen = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 6, 1))
        .graduationYear(2022).openEndedContract(true).socialInsurancePaid(true).build();
    HiringResult open = CALC.explainSubsidy(MEASURE, of(monthsOpen));
    assertThat(open.missingFacts()).containsExactly("/hires/0/registeredUnemployedMonths");
    assertThat(open.subsidy().maximum()).isEqualTo(Cny.of("2000.00"));
    // a 2023 graduate whose college is not known to be the city's: the fact still decides, and is named
    HiringRecord cohort = HiringRecord.builder().hireId("H").hireDate(LocalDate.of(2023, 6, 1))
        .registeredUnemployedMonths(2).graduationYear(2023).openEndedContract(true).socialInsurancePaid(true).build();
    assertThat(CALC.explainSubsidy(MEASURE, of(cohort)).missingFacts()).containsExactly("/hires/0/shanghaiGraduate");
  }

  @Test
  void test_graduateWithoutYear_namesTheYear() {
    HiringRecord hire = unemployed("H", LocalDate.of(2023, 9, 1)).registeredUnemployedMonths(1)
        .shanghaiGraduate(true).build();
    HiringResult result = CALC.explainSubsidy(MEASURE, of(hire));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.missingFacts()).containsExactly("/hires/0/graduationYear");
  }

  @Test
  void test_noHires_zero() {
    assertThat(CALC.subsidy(MEASURE, of())).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.explainSubsidy(MEASURE, of()).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_bad_negativeMonths_contractBeforeHire_duplicateId() {
    assertField(() -> unemployed("H", LocalDate.of(2023, 3, 1)).registeredUnemployedMonths(-1).build(),
        "registeredUnemployedMonths");
    assertField(() -> unemployed("H", LocalDate.of(2023, 3, 1)).contractEnd(LocalDate.of(2023, 2, 28)).build(),
        "contractEnd");
    HiringRecord hire = unemployed("H", LocalDate.of(2023, 3, 1)).build();
    assertField(() -> new HiringRequest(List.of(hire, hire)), "hires/1/hireId");
  }

  @Test
  void test_bad_json_fractionOfAMonth_namesTheField() {
    String json = "{\"hires\": [{\"hireId\": \"H\", \"hireDate\": \"2023-03-01\", "
        + "\"registeredUnemployedMonths\": 3.5}]}";
    assertField(() -> CALC.explainSubsidyJson(MEASURE, json), "/hires/0/registeredUnemployedMonths");
    String negative = "{\"hires\": [{\"hireId\": \"H\", \"hireDate\": \"2023-03-01\", "
        + "\"registeredUnemployedMonths\": -2}]}";
    assertField(() -> CALC.explainSubsidyJson(MEASURE, negative), "/hires/0/registeredUnemployedMonths");
  }

  @Test
  void test_json_roundTrip() {
    String json = "{\"hires\": [{\"hireId\": \"H\", \"hireDate\": \"2023-03-01\", \"registeredUnemployedMonths\": 3,"
        + " \"contractEnd\": \"2024-02-29\", \"socialInsurancePaid\": true}]}";
    assertThat(CALC.explainSubsidyJson(MEASURE, json)).contains("\"eligibleHires\" : 1");
  }

  //-------------------------------------------------------------------------
  // Conditions for each hire, in order: hired in the window, the target group (registered unemployed 3 months or a
  // 2023 Shanghai graduate; an unknown part of it shown on its own), a contract of a year or more, insurance paid.
  private static io.github.huiqi.core.result.Explanation explained(HiringRecord hire) {
    return CALC.explainSubsidy(MEASURE, of(hire)).explanation();
  }

  @Test
  void test_conditions_eachOutcome() {
    LocalDate hired = LocalDate.of(2023, 5, 10);
    assertOutcomes(explained(unemployed("H", hired).build()), MET, MET, MET, MET);
    // two months unemployed and not a Shanghai graduate; a contract a day short; insurance not paid
    assertOutcomes(explained(unemployed("H", hired).registeredUnemployedMonths(2).shanghaiGraduate(false)
        .contractEnd(hired.plusYears(1).minusDays(2)).socialInsurancePaid(false).build()),
        MET, NOT_MET, NOT_MET, NOT_MET);
    // hired in 2024, outside the window
    assertOutcomes(explained(unemployed("H", LocalDate.of(2024, 1, 1)).build()), NOT_MET, MET, MET, MET);
    // two months unemployed, graduate status not known: the graduate part unknown; the contract not known, its
    // open-ended flag and its end each unknown (either decides it); the insurance not known
    assertOutcomes(explained(HiringRecord.builder().hireId("H").hireDate(hired).registeredUnemployedMonths(2)
        .build()), MET, UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
    // neither part of the target group known: two unknowns; an open-ended contract is a year or more
    assertOutcomes(explained(HiringRecord.builder().hireId("H").hireDate(hired).openEndedContract(true)
        .socialInsurancePaid(true).build()), MET, UNKNOWN, UNKNOWN, MET, MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_eachHiresHeaderAndDetails_thenTheSum() {
    // H-1: hired 2023-03-01, 3 months unemployed, contract to 2024-02-29 ("签订1年及以上劳动合同": a year from
    // 2023-03-01 ends on 2024-02-29), insurance paid: eligible. H-2: open-ended contract, insurance paid, its
    // target group not known: undetermined. The sum (第十九条 "2000元/人"): 2,000 × 1, and up to 2,000 × 1 more.
    HiringRecord second = HiringRecord.builder().hireId("H-2").hireDate(LocalDate.of(2023, 6, 1))
        .openEndedContract(true).socialInsurancePaid(true).build();
    HiringResult result = CALC.explainSubsidy(MEASURE, of(unemployed("H-1", LocalDate.of(2023, 3, 1)).build(), second));
    List<ExplanationStep> steps = result.explanation().steps();
    assertThat(steps).first().isEqualTo(new InputStep(LocalizedText.of("招用人员 H-1（/hires/0）", "hire H-1 (/hires/0)"),
        "hired 2023-03-01"));
    assertThat(steps).filteredOn(InputStep.class::isInstance).extracting(step -> ((InputStep) step).value())
        .containsExactly("hired 2023-03-01", "hired 2023-06-01");
    assertThat(steps).filteredOn(ConditionStep.class::isInstance).extracting(step -> ((ConditionStep) step).detail())
        .containsExactly("hireDate = 2023-03-01",
            "registeredUnemployedMonths = 3, shanghaiGraduate = not given, graduationYear = not given",
            "2023-03-01..2024-02-29 vs at least 2023-03-01..2024-02-29", "socialInsurancePaid = true",
            "hireDate = 2023-06-01", "registeredUnemployedMonths not given", "shanghaiGraduate not given",
            "openEndedContract = true", "socialInsurancePaid = true");
    assertThat(steps).last().isInstanceOfSatisfying(CalculationStep.class, sum -> {
      assertThat(sum.formula()).isEqualTo("2000.00 × 1 (+ 2000.00 × 1 undetermined)");
      assertThat(sum.result()).isEqualByComparingTo("2000.00");
    });
    // with every hire decided, no undetermined part: 2,000 × 1
    assertThat(CALC.explainSubsidy(MEASURE, of(unemployed("H-1", LocalDate.of(2023, 3, 1)).build())).explanation()
        .steps()).last().isInstanceOfSatisfying(CalculationStep.class,
            sum -> assertThat(sum.formula()).isEqualTo("2000.00 × 1"));
  }

  @Test
  void test_explanation_targetGroupNotMet_namesEveryFact() {
    // 2 months unemployed (< "3个月及以上"), a 2022 Shanghai graduate (not "2023届"): the group is not met
    HiringRecord hire = unemployed("H", LocalDate.of(2023, 5, 10)).registeredUnemployedMonths(2).shanghaiGraduate(true)
        .graduationYear(2022).build();
    assertThat(explained(hire).steps()).filteredOn(ConditionStep.class::isInstance)
        .map(step -> (ConditionStep) step).filteredOn(step -> step.outcome() == NOT_MET).singleElement()
        .satisfies(step -> assertThat(step.detail())
            .isEqualTo("registeredUnemployedMonths = 2, shanghaiGraduate = true, graduationYear = 2022"));
  }
}
