package io.github.huiqi.calculators.classification.techrating;

import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.RULES;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.explain;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.scores;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.yuan;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The 科技型中小企业 scores where facts are missing or zero (《科技型中小企业评价办法》 国科发政〔2017〕115号; domain
 * reference §2.15): each score's range from the known facts, the pass mark decided from the best and worst totals
 * (at least 60, with a 科技人员 score above zero), the facts named only when they could decide, and the scores stated
 * in the explanation.
 */
class TechRatingScoresTest {

  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();
  private static final Optional<Boolean> YES = Optional.of(true);

  /** 100 staff, assets 50,000,000, every exclusion clear; the scoring facts and the direct route as given. */
  private static TechRatingRequest firm(Optional<Integer> techStaff, Optional<MonetaryAmount> sales,
      Optional<MonetaryAmount> rd, Optional<MonetaryAmount> costs, Optional<Integer> classOne,
      Optional<Integer> classTwo, Optional<Boolean> direct) {
    return TechRatingRequest.builder().staff(100).techStaff(techStaff).sales(sales).totalAssets(Cny.of("50000000"))
        .rdExpense(rd).costsAndExpenses(costs).classOneIp(classOne).classTwoIp(classTwo).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(direct).build();
  }

  @Test
  void test_zeroSales_scoresNothingOnTheSalesRatio() {
    // sales 0: R&D / sales has no base, 0 points (not the top band); R&D 100 / costs 9,000,000 < 10% → 0.
    // 30 of 100 tech staff → 20; no IP → 0: 20 < 60, not met
    TechRatingResult result = explain(firm(Optional.of(30), yuan("0"), yuan("100"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertThat(result.rdScore()).contains(0);
    assertThat(result.totalScore()).contains(20);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    // no staff at all: the 科技人员 share has no base → 0
    TechRatingRequest noStaff = TechRatingRequest.builder().staff(0).techStaff(0).sales(yuan("10000000"))
        .totalAssets(yuan("1")).rdExpense(yuan("600000")).costsAndExpenses(yuan("9000000")).classOneIp(1)
        .classTwoIp(0).residentEnterprise(YES).permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES)
        .directConfirmation(false).build();
    assertThat(explain(noStaff).staffScore()).contains(0);
  }

  @Test
  void test_rdScore_oneRatioKnown_exactOnlyAtTheTop() {
    // R&D 600,000 / sales 10,000,000 = 6% → 50, the most the cost ratio could give: exact without the costs
    TechRatingResult top = explain(firm(Optional.of(30), yuan("10000000"), yuan("600000"), Optional.empty(),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertThat(top.rdScore()).contains(50);
    assertThat(top.totalScore()).contains(70);
    assertThat(top.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // 500,000 / 10,000,000 = 5% → 40; the cost ratio not known could give 50: 40–50, naming the costs
    TechRatingResult open = explain(firm(Optional.of(30), yuan("10000000"), yuan("500000"), Optional.empty(),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertThat(open.rdScore()).isEmpty();
    assertThat(open.totalScore()).isEmpty();
    assertThat(scores(open)).contains("Input: 研发投入 score (the higher ratio) = 40–50 / 50, missing "
        + "[/costsAndExpenses]");
    // 20 + 40..50 + 0 = 60..70 ≥ 60: met whatever the costs
    assertThat(open.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // only the costs known: 900,000 / 9,000,000 = 10% → 10; sales unknown could give 50: 10–50 naming the sales
    TechRatingResult bySales = explain(firm(Optional.of(30), Optional.empty(), yuan("900000"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertThat(scores(bySales)).contains("Input: 研发投入 score (the higher ratio) = 10–50 / 50, missing [/sales]");
    assertThat(bySales.eligibility().missingFacts()).containsOnly("/sales");
  }

  @Test
  void test_ipScore_rangesFromTheKnownRights() {
    // Ⅰ类 not known, two Ⅱ类 rights → 12 at worst, 30 (a Ⅰ类 right) at best
    TechRatingResult classOne = explain(firm(Optional.of(30), yuan("10000000"), yuan("400000"), yuan("9000000"),
        Optional.empty(), Optional.of(2), Optional.of(false)));
    assertThat(scores(classOne)).contains("Input: 科技成果 score = 12–30 / 30, missing [/classOneIp]");
    // no Ⅰ类 right, Ⅱ类 not known → 0 to 24 (four or more)
    TechRatingResult classTwo = explain(firm(Optional.of(30), yuan("10000000"), yuan("400000"), yuan("9000000"),
        Optional.of(0), Optional.empty(), Optional.of(false)));
    assertThat(scores(classTwo)).contains("Input: 科技成果 score = 0–24 / 30, missing [/classTwoIp]");
    // both unknown → 0 to 30
    TechRatingResult neither = explain(firm(Optional.of(30), yuan("10000000"), yuan("400000"), yuan("9000000"),
        Optional.empty(), Optional.empty(), Optional.of(false)));
    assertThat(scores(neither)).contains("Input: 科技成果 score = 0–30 / 30, missing [/classOneIp, /classTwoIp]");
    // 20 + 30 (4%) + 0..30 = 50..80: undetermined, naming both
    assertThat(neither.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(neither.eligibility().missingFacts()).containsExactly("/classOneIp", "/classTwoIp");
  }

  @Test
  void test_techStaffUnknown_eightyPointsStillOpen() {
    // R&D 6% → 50 and a Ⅰ类 right → 30: 80 ≥ 60, but the 科技人员 score must be above zero, and with the tech staff
    // not known it may be 0: undetermined, naming /techStaff (and the direct route, not known either)
    TechRatingResult result = explain(firm(Optional.empty(), yuan("10000000"), yuan("600000"), yuan("9000000"),
        Optional.of(1), Optional.of(0), Optional.empty()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/techStaff", "/directConfirmation");
    assertThat(scores(result)).contains("Input: 科技人员 score = 0–20 / 20, missing [/techStaff]");
    assertOutcomesOf(result.explanation(), "a total score of at least 60", UNKNOWN, UNKNOWN);
    // the staff count not known either: both counts the share needs are named in the score
    TechRatingRequest noCounts = TechRatingRequest.builder().sales(yuan("10000000")).totalAssets(yuan("1"))
        .rdExpense(yuan("600000")).costsAndExpenses(yuan("9000000")).classOneIp(1).classTwoIp(0)
        .residentEnterprise(YES).permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES)
        .directConfirmation(false).build();
    assertThat(scores(explain(noCounts))).contains("Input: 科技人员 score = 0–20 / 20, missing [/staff, /techStaff]");
    // the direct route known not to apply: only the tech staff named
    assertThat(explain(firm(Optional.empty(), yuan("10000000"), yuan("600000"), yuan("9000000"), Optional.of(1),
        Optional.of(0), Optional.of(false))).eligibility().missingFacts()).containsExactly("/techStaff");
  }

  @Test
  void test_scoreFails_detailSaysTheBestAndTheZeroStaffScore() {
    // 9 of 100 → 0; R&D 6% → 50; a Ⅰ类 right → 30: 80, but the 科技人员 score is 0: not met
    TechRatingResult zero = explain(firm(Optional.of(9), yuan("10000000"), yuan("600000"), yuan("9000000"),
        Optional.of(1), Optional.of(0), Optional.of(false)));
    assertThat(zero.explanation().stepsOf(ConditionStep.class)).filteredOn(step -> step.condition()
        .in(Locale.ENGLISH).contains("a total score of at least 60")).singleElement().satisfies(step -> {
          assertThat(step.outcome()).isEqualTo(NOT_MET);
          assertThat(step.detail()).isEqualTo("total ≤ 80, 科技人员 score 0");
        });
    // 10 of 100 → 4; R&D 2% → 10; no IP: 14 < 60
    TechRatingResult low = explain(firm(Optional.of(10), yuan("10000000"), yuan("200000"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertThat(low.explanation().stepsOf(ConditionStep.class)).filteredOn(step -> step.condition()
        .in(Locale.ENGLISH).contains("a total score of at least 60")).singleElement()
        .satisfies(step -> assertThat(step.detail()).isEqualTo("total ≤ 14"));
  }

  @Test
  void test_passed_detailSaysTheWorstTotal_andDirectRouteReported() {
    // 30 → 20; 6% → 50; none → 0: 70 ≥ 60
    TechRatingResult passed = explain(firm(Optional.of(30), yuan("10000000"), yuan("600000"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(false)));
    assertOutcomesOf(passed.explanation(), "a total score of at least 60", MET);
    assertThat(passed.explanation().stepsOf(ConditionStep.class)).anySatisfy(step -> assertThat(step.detail())
        .isEqualTo("total ≥ 70"));
    assertThat(passed.directlyConfirmed()).isFalse();
    assertThat(scores(passed)).contains("Input: 科技人员 score = 20 / 20",
        "Input: 研发投入 score (the higher ratio) = 50 / 50", "Input: 科技成果 score = 0 / 30");
    TechRatingResult direct = explain(firm(Optional.of(0), yuan("10000000"), yuan("0"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(true)));
    assertThat(direct.directlyConfirmed()).isTrue();
    assertThat(direct.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(direct.explanation().receipt()).isPresent();
  }

  @Test
  void test_knownScoresAlreadyPass_metWithoutTheUnknownOnes() {
    // 30 → 20; R&D 6% → 50: 70 ≥ 60 with the IP not known (it can only add): met
    TechRatingResult ipUnknown = explain(firm(Optional.of(30), yuan("10000000"), yuan("600000"), yuan("9000000"),
        Optional.empty(), Optional.empty(), Optional.of(false)));
    assertThat(ipUnknown.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(ipUnknown.totalScore()).isEmpty();
    // 30 → 20; 4% → 30; Ⅰ类 not known but two Ⅱ类 rights → at least 12: 62 ≥ 60, met
    TechRatingResult twoRights = explain(firm(Optional.of(30), yuan("10000000"), yuan("400000"), yuan("9000000"),
        Optional.empty(), Optional.of(2), Optional.of(false)));
    assertThat(twoRights.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(twoRights.explanation().stepsOf(ConditionStep.class)).anySatisfy(step -> assertThat(step.detail())
        .isEqualTo("total ≥ 62"));
  }

  @Test
  void test_directRoute_detailAndJson() {
    // a direct route (e.g. a 高新技术企业) replaces the scores
    TechRatingResult direct = explain(firm(Optional.of(0), yuan("10000000"), yuan("0"), yuan("9000000"),
        Optional.of(0), Optional.of(0), Optional.of(true)));
    assertThat(direct.explanation().stepsOf(ConditionStep.class)).filteredOn(step -> step.condition()
        .in(Locale.ENGLISH).contains("a direct route applies")).singleElement()
        .satisfies(step -> assertThat(step.detail()).isEqualTo("directConfirmation = true"));
    // the JSON form: 20 + 50 + 0 = 70 (30 of 100, 6%)
    String json = TechRatingCalculator.DEFAULT.explainRatingJson(RULES, "{\"staff\": 100, \"techStaff\": 30, "
        + "\"sales\": {\"amount\": 10000000, \"currency\": \"CNY\"}, \"rdExpense\": {\"amount\": 600000, "
        + "\"currency\": \"CNY\"}, \"classOneIp\": 0, \"classTwoIp\": 0}");
    TechRatingResult read = HuiqiJson.read(json, TechRatingResult.class);
    assertThat(read.totalScore()).contains(70);
  }

  @Test
  void test_request_negativeOrForeignFiguresNamed() {
    Optional<Integer> minus = Optional.of(-1);
    Optional<MonetaryAmount> negative = yuan("-0.01");
    Optional<Integer> one = Optional.of(1);
    Optional<MonetaryAmount> zero = yuan("0");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(minus).sales(zero).totalAssets(zero)
        .rdExpense(zero).costsAndExpenses(zero).classOneIp(one).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "techStaff");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(negative).totalAssets(zero)
        .rdExpense(zero).costsAndExpenses(zero).classOneIp(one).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "sales");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(zero).totalAssets(negative)
        .rdExpense(zero).costsAndExpenses(zero).classOneIp(one).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "totalAssets");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(zero).totalAssets(zero)
        .rdExpense(negative).costsAndExpenses(zero).classOneIp(one).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "rdExpense");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(zero).totalAssets(zero)
        .rdExpense(zero).costsAndExpenses(negative).classOneIp(one).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "costsAndExpenses");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(zero).totalAssets(zero)
        .rdExpense(zero).costsAndExpenses(zero).classOneIp(minus).classTwoIp(one).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "classOneIp");
    assertField(() -> TechRatingRequest.builder().staff(one).techStaff(one).sales(zero).totalAssets(zero)
        .rdExpense(zero).costsAndExpenses(zero).classOneIp(one).classTwoIp(minus).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(YES).build(),
        "classTwoIp");
  }

  @Test
  void test_fromProfile_highTechOutsideItsValidity_isNoDirectRoute() {
    // 科技型中小企业评价办法 第六条: a firm is confirmed directly when it holds "有效期内高新技术企业资格证书"; a
    // certificate is valid three years from its issue (高新技术企业认定管理办法 第十条). For the year 2023:
    // expired 2022-12-31 (the day before the year) or issued 2024-01-01 (the day after it): no direct route, so not
    // known from the profile (another route may apply); valid on 2023-01-01 or issued 2023-12-31: it applies
    assertThat(directFor(highTech(LocalDate.of(2019, 12, 20), LocalDate.of(2022, 12, 31)))).isEmpty();
    assertThat(directFor(highTech(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 12, 31)))).isEmpty();
    assertThat(directFor(highTech(LocalDate.of(2020, 1, 1), LocalDate.of(2023, 1, 1)))).contains(true);
    assertThat(directFor(highTech(LocalDate.of(2023, 12, 31), LocalDate.of(2026, 12, 30)))).contains(true);
    // no dates given: held is taken as valid, as before
    assertThat(directFor(Qualification.held(true))).contains(true);
  }

  private static Qualification highTech(LocalDate since, LocalDate until) {
    return Qualification.builder().held(true).since(since).until(until).build();
  }

  private static Optional<Boolean> directFor(Qualification highTech) {
    return TechRatingRequest.from(EnterpriseProfile.builder().highTech(highTech).build(), 2023).directConfirmation();
  }

  @Test
  void test_fromProfile_listsAndHighTechRead() {
    // on the serious-dishonesty list: the "not on the lists" exclusion fails; a 高新技术企业 not held: the direct route
    // is not known (another route may apply), not refused
    EnterpriseProfile listed = EnterpriseProfile.builder().onSeriousDishonestyList(true)
        .highTech(Qualification.held(false)).build();
    TechRatingRequest request = TechRatingRequest.from(listed, 2023);
    assertThat(request.notOnLists()).contains(false);
    assertThat(request.directConfirmation()).isEmpty();
    // not on it: not known from the profile (the abnormal-operation list is another)
    assertThat(TechRatingRequest.from(EnterpriseProfile.builder().onSeriousDishonestyList(false).build(), 2023)
        .notOnLists()).isEmpty();
  }
}
