package io.github.huiqi.calculators.classification.techrating;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcome;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.techrating.TechRatingBand;
import io.github.huiqi.core.classification.techrating.TechRatingCountBand;
import io.github.huiqi.core.classification.techrating.TechRatingFacts;
import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * 科技型中小企业 evaluation (domain reference §2.15): the size limits, the exclusions, the scores and the pass mark,
 * worked by hand.
 */
class TechRatingCalculatorTest {

  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();

  /** 100 staff, sales 10,000,000, assets 50,000,000, costs 9,000,000, no IP; every exclusion clear, no direct route. */
  private static TechRatingRequest firm(int techStaff, String rd, int classOne, int classTwo) {
    return TechRatingRequest.builder().staff(100).techStaff(techStaff).sales(Cny.of("10000000"))
        .totalAssets(Cny.of("50000000")).rdExpense(Cny.of(rd)).costsAndExpenses(Cny.of("9000000"))
        .classOneIp(classOne).classTwoIp(classTwo).residentEnterprise(true).permittedProducts(true)
        .noMajorIncidents(true).notOnLists(true).directConfirmation(false).build();
  }

  @ParameterizedTest(name = "tech staff {0}/100, R&D {1}, IP {2}/{3}: scores {4}+{5}+{6}, qualifies {7}")
  @CsvSource({
      // 30/100 = 30% → 20; 600,000 / 10,000,000 = 6% → 50 (cost ratio 600,000 / 9,000,000 = 6.7% < 10% → 0); no IP
      // → 0: 70 ≥ 60
      "30, 600000.00, 0, 0, 20, 50, 0, true",
      // 599,999.99 / 10,000,000 < 6% but ≥ 5% → 40: 20 + 40 + 0 = 60, exactly the pass mark
      "30, 599999.99, 0, 0, 20, 40, 0, true",
      // 29% → 16: 16 + 40 + 0 = 56 < 60
      "29, 599999.99, 0, 0, 16, 40, 0, false",
      // 4.99…% → 30; one Ⅱ类 right → 6: 20 + 30 + 6 = 56
      "30, 499999.99, 0, 1, 20, 30, 6, false",
      // 4 Ⅱ类 rights → 24: 20 + 30 + 24 = 74
      "30, 499999.99, 0, 4, 20, 30, 24, true",
      // a Ⅰ类 right → 30 whatever the Ⅱ类: 4 + 30 + 30 = 64, 10% → 4
      "10, 400000.00, 1, 0, 4, 30, 30, true",
      // 9% → 0: 50 + 30 = 80 but the 科技人员 score must not be 0
      "9, 600000.00, 1, 0, 0, 50, 30, false",
      // R&D 2,700,000 / 9,000,000 costs = 30% → 50 (27% of sales also ≥ 6%)
      "25, 2700000.00, 0, 2, 16, 50, 12, true"})
  void test_scores_workedByHand(int techStaff, String rd, int classOne, int classTwo, int staffScore, int rdScore,
      int ipScore, boolean qualifies) {
    TechRatingRequest request = firm(techStaff, rd, classOne, classTwo);
    TechRatingResult result = TechRatingCalculator.DEFAULT.explainRating(RULES, request);
    assertThat(result.staffScore()).contains(staffScore);
    assertThat(result.rdScore()).contains(rdScore);
    assertThat(result.ipScore()).contains(ipScore);
    assertThat(result.totalScore()).contains(staffScore + rdScore + ipScore);
    assertThat(result.eligibility().verdict()).isEqualTo(qualifies ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request)).isEqualTo(qualifies);
  }

  @Test
  void test_costRatio_bandEdge() {
    // R&D 900,000 / costs 9,000,000 = 10% exactly → 10 (sales ratio 9% → 50 wins anyway); with sales 100,000,000 the
    // sales ratio is 0.9% → 0 and the cost ratio decides: 10
    TechRatingRequest request = TechRatingRequest.builder().staff(100).techStaff(30).sales(Cny.of("100000000"))
        .totalAssets(Cny.of("1")).rdExpense(Cny.of("900000")).costsAndExpenses(Cny.of("9000000")).classOneIp(0)
        .classTwoIp(0).build();
    assertThat(TechRatingCalculator.DEFAULT.explainRating(RULES, request).rdScore()).contains(10);
    TechRatingRequest short1 = TechRatingRequest.builder().staff(request.staff()).techStaff(request.techStaff())
        .sales(request.sales()).totalAssets(request.totalAssets()).rdExpense(Cny.of("899999.99"))
        .costsAndExpenses(request.costsAndExpenses()).classOneIp(request.classOneIp())
        .classTwoIp(request.classTwoIp()).build();
    assertThat(TechRatingCalculator.DEFAULT.explainRating(RULES, short1).rdScore()).contains(0);
  }

  @Test
  void test_sizeLimits_inclusive() {
    TechRatingRequest ok = firm(30, "600000", 0, 0);
    TechRatingRequest atLimits = TechRatingRequest.builder().staff(500).techStaff(150).sales(Cny.of("200000000"))
        .totalAssets(Cny.of("200000000")).rdExpense(Cny.of("12000000")).costsAndExpenses(ok.costsAndExpenses())
        .classOneIp(ok.classOneIp()).classTwoIp(ok.classTwoIp()).residentEnterprise(ok.residentEnterprise())
        .permittedProducts(ok.permittedProducts()).noMajorIncidents(ok.noMajorIncidents()).notOnLists(ok.notOnLists())
        .directConfirmation(ok.directConfirmation()).build();
    // 150/500 = 30% → 20; 12,000,000 / 200,000,000 = 6% → 50: 70
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, atLimits)).isTrue();
    TechRatingRequest staff501 = TechRatingRequest.builder().staff(501).techStaff(151).sales(atLimits.sales())
        .totalAssets(atLimits.totalAssets()).rdExpense(atLimits.rdExpense()).costsAndExpenses(ok.costsAndExpenses())
        .classOneIp(ok.classOneIp()).classTwoIp(ok.classTwoIp()).residentEnterprise(ok.residentEnterprise())
        .permittedProducts(ok.permittedProducts()).noMajorIncidents(ok.noMajorIncidents()).notOnLists(ok.notOnLists())
        .directConfirmation(ok.directConfirmation()).build();
    assertThat(TechRatingCalculator.DEFAULT.explainRating(RULES, staff501).eligibility().reasons())
        .extracting(Reason::code).contains("not-staff-within-limit");
    TechRatingRequest salesOver = TechRatingRequest.builder().staff(atLimits.staff()).techStaff(atLimits.techStaff())
        .sales(Cny.of("200000000.01")).totalAssets(atLimits.totalAssets()).rdExpense(atLimits.rdExpense())
        .costsAndExpenses(ok.costsAndExpenses()).classOneIp(ok.classOneIp()).classTwoIp(ok.classTwoIp())
        .residentEnterprise(ok.residentEnterprise()).permittedProducts(ok.permittedProducts())
        .noMajorIncidents(ok.noMajorIncidents()).notOnLists(ok.notOnLists())
        .directConfirmation(ok.directConfirmation()).build();
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, salesOver)).isFalse();
    TechRatingRequest assetsOver = TechRatingRequest.builder().staff(atLimits.staff()).techStaff(atLimits.techStaff())
        .sales(atLimits.sales()).totalAssets(Cny.of("200000000.01")).rdExpense(atLimits.rdExpense())
        .costsAndExpenses(ok.costsAndExpenses()).classOneIp(ok.classOneIp()).classTwoIp(ok.classTwoIp())
        .residentEnterprise(ok.residentEnterprise()).permittedProducts(ok.permittedProducts())
        .noMajorIncidents(ok.noMajorIncidents()).notOnLists(ok.notOnLists())
        .directConfirmation(ok.directConfirmation()).build();
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, assetsOver)).isFalse();
  }

  @Test
  void test_exclusionsAndDirectRoute() {
    TechRatingRequest weak = firm(5, "0", 0, 0);
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, weak)).isFalse();
    // a direct route replaces the scores, not the other conditions
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, weak.withConditions(true, true, true, true, true)))
        .isTrue();
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, weak.withConditions(true, true, true, false, true)))
        .isFalse();
    TechRatingRequest strong = firm(30, "600000", 0, 0);
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, strong.withConditions(true, false, true, true, false)))
        .isFalse();
  }

  @Test
  void test_unknownFacts_areNamed_onlyWhenTheyDecide() {
    // R&D unknown: 20 + [0, 50] + 0 could pass or fail; the costs, not given either, decide too (R&D of 100,000 is
    // 1% of the sales, 0 points: on costs of 300,000 it scores 50, 70 ≥ 60; on costs of 10,000,000, 0: 20 < 60)
    TechRatingRequest rdUnknown = TechRatingRequest.builder().staff(100).techStaff(30).sales(Cny.of("10000000"))
        .totalAssets(Cny.of("1")).classOneIp(0).classTwoIp(0).residentEnterprise(true).permittedProducts(true)
        .noMajorIncidents(true).notOnLists(true).directConfirmation(false).build();
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.qualifies(RULES, rdUnknown))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/rdExpense", "/costsAndExpenses"));
    // the scores fail (4 + 0 + 0) and the direct route is not known: it is what decides
    TechRatingRequest noRoute = TechRatingRequest.builder().staff(100).techStaff(10).sales(Cny.of("10000000"))
        .totalAssets(Cny.of("1")).rdExpense(Cny.of("0")).classOneIp(0).classTwoIp(0).residentEnterprise(true)
        .permittedProducts(true).noMajorIncidents(true).notOnLists(true).build();
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.qualifies(RULES, noRoute))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/directConfirmation"));
  }

  @Test
  void test_fromProfile_readsTheYear() {
    EnterpriseYear year = EnterpriseYear.builder().year(2023).employees(100).revenue(Cny.of("10000000"))
        .totalAssets(Cny.of("50000000")).techRating(TechRatingFacts.builder().techStaff(30).rdExpense(Cny.of("600000"))
            .costsAndExpenses(Cny.of("9000000")).classOneIp(0).classTwoIp(0).build()).build();
    EnterpriseProfile profile = EnterpriseProfile.builder().years(List.of(year)).highTech(Qualification.held(true))
        .build();
    TechRatingRequest request = TechRatingRequest.from(profile, 2023);
    assertThat(request.staff()).contains(100);
    assertThat(request.techStaff()).contains(30);
    assertThat(request.directConfirmation()).contains(true);
    // the exclusions are not in the profile
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.qualifies(RULES, request))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/residentEnterprise", "/permittedProducts", "/noMajorIncidents", "/notOnLists"));
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request.withConditions(true, true, true, true, false)))
        .isTrue();
  }

  @Test
  void test_badInput_isNamed() {
    assertThatThrownBy(() -> TechRatingFacts.builder().techStaff(-1).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("techStaff"));
    assertThatThrownBy(() -> TechRatingFacts.builder().classOneIp(-2).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("classOneIp"));
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.explainRatingJson(RULES, "{\"staff\": -5}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/staff"));
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.explainRatingJson(RULES, "{\"techStaff\": 2.5}"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/techStaff"));
    // 科技人员 are counted among 职工总数: 101 of 100 is not a share; 100 of 100 is (the whole staff)
    assertThatThrownBy(() -> TechRatingCalculator.DEFAULT.explainRatingJson(RULES,
        "{\"staff\": 100, \"techStaff\": 101}")).isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/techStaff");
          assertThat(ex.getMessage()).contains("101").contains("100");
          // the staff named too, as it may be the one mistyped (before: relatedFields empty)
          assertThat(ex.code()).isEqualTo(InvalidInputException.CONFLICT);
          assertThat(ex.relatedFields()).containsExactly("/staff");
        });
    // 100% is in the top band (30% and above: 20 points, 科技型中小企业评价办法 附件)
    assertThat(HuiqiJson.read(TechRatingCalculator.DEFAULT.explainRatingJson(RULES,
        "{\"staff\": 100, \"techStaff\": 100}"), TechRatingResult.class).staffScore()).contains(20);
  }

  @Test
  void test_hostStandard_bandWithoutItsScore_isRequired() {
    // a host's own standard whose band leaves out its score or minimum: "is required" naming it (was input.wrong-type,
    // "must be a whole JSON number but was '}'")
    for (String[] band : new String[][] {{"{\"minimum\": \"10%\"}", "TechRatingBand", "/score"},
        {"{\"minimum\": 1}", "TechRatingCountBand", "/score"}, {"{\"score\": 6}", "TechRatingCountBand", "/minimum"}}) {
      Class<?> type = band[1].equals("TechRatingBand") ? TechRatingBand.class : TechRatingCountBand.class;
      assertThatThrownBy(() -> HuiqiJson.read(band[0], type)).isInstanceOfSatisfying(InvalidInputException.class,
          ex -> {
            assertThat(ex.field()).as(band[0]).isEqualTo(band[2]);
            assertThat(ex.code()).as(band[0]).isEqualTo(InvalidInputException.REQUIRED);
          });
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_sizeExclusionsAndScore() {
    // 30 tech staff of 100 and R&D 600,000: 20 + 50 + 0 = 70 ≥ 60, every limit and exclusion met
    io.github.huiqi.core.result.Explanation strong = TechRatingCalculator.DEFAULT.explainRating(RULES,
        firm(30, "600000", 0, 0)).explanation();
    assertOutcome(strong, "at most 500 staff", MET);
    assertOutcome(strong, "a resident enterprise", MET);
    assertOutcomesOf(strong, "a total score of at least 60", MET);
    // 5 tech staff and no R&D: 0 + 0 + 0 fails the score; with a direct route instead, the route is met
    TechRatingRequest weak = firm(5, "0", 0, 0);
    assertOutcomesOf(TechRatingCalculator.DEFAULT.explainRating(RULES, weak).explanation(),
        "a total score of at least 60", NOT_MET);
    io.github.huiqi.core.result.Explanation direct = TechRatingCalculator.DEFAULT.explainRating(RULES,
        weak.withConditions(true, false, true, true, true)).explanation();
    assertOutcome(direct, "a direct route applies", MET);
    assertOutcome(direct, "a resident enterprise", MET);
    assertThat(io.github.huiqi.calculators.ExplainedConditions.outcomes(direct)).contains(NOT_MET);
    // the R&D expense not known: the score UNKNOWN, naming it and the costs, not given either
    TechRatingRequest rdUnknown = TechRatingRequest.builder().staff(100).techStaff(30).sales(Cny.of("10000000"))
        .totalAssets(Cny.of("1")).classOneIp(0).classTwoIp(0).residentEnterprise(true).permittedProducts(true)
        .noMajorIncidents(true).notOnLists(true).directConfirmation(false).build();
    assertOutcomesOf(TechRatingCalculator.DEFAULT.explainRating(RULES, rdUnknown).explanation(),
        "a total score of at least 60", UNKNOWN, UNKNOWN);
    // 501 staff: the staff limit not met
    TechRatingRequest ok = firm(30, "600000", 0, 0);
    TechRatingRequest staff501 = TechRatingRequest.builder().staff(501).techStaff(151).sales(ok.sales())
        .totalAssets(ok.totalAssets()).rdExpense(ok.rdExpense()).costsAndExpenses(ok.costsAndExpenses())
        .classOneIp(ok.classOneIp()).classTwoIp(ok.classTwoIp()).residentEnterprise(ok.residentEnterprise())
        .permittedProducts(ok.permittedProducts()).noMajorIncidents(ok.noMajorIncidents()).notOnLists(ok.notOnLists())
        .directConfirmation(ok.directConfirmation()).build();
    assertOutcome(TechRatingCalculator.DEFAULT.explainRating(RULES, staff501).explanation(), "at most 500 staff",
        NOT_MET);
  }
}
