package io.github.huiqi.calculators.classification.techrating;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * QA audit of the 科技型中小企业 evaluation (《科技型中小企业评价办法》 国科发政〔2017〕115号, 2022年修订; domain reference
 * §2.15), worked by hand from the 附件 评价指标: the band edges of each indicator (each band inclusive at its lower end),
 * a total of exactly 60 reached through the 科技成果 score, an unknown fact that cannot change the verdict (a zero
 * 科技人员 count or a zero R&amp;D expense scores nothing whatever the other count or base), and bad JSON named by its
 * pointer.
 */
class TechRatingBoundaryAuditTest {

  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();
  private static final Optional<Boolean> YES = Optional.of(true);
  private static final Optional<Boolean> NO = Optional.of(false);

  private static Optional<MonetaryAmount> yuan(String amount) {
    return Optional.of(Cny.of(amount));
  }

  /** Assets 50,000,000, every exclusion clear, no direct route; the scored facts as given. */
  private static TechRatingRequest firm(Optional<Integer> staff, Optional<Integer> techStaff,
      Optional<MonetaryAmount> sales, Optional<MonetaryAmount> rd, Optional<MonetaryAmount> costs, int classOne,
      int classTwo) {
    return TechRatingRequest.builder().staff(staff).techStaff(techStaff).sales(sales).totalAssets(yuan("50000000"))
        .rdExpense(rd).costsAndExpenses(costs).classOneIp(classOne).classTwoIp(classTwo).residentEnterprise(YES)
        .permittedProducts(YES).noMajorIncidents(YES).notOnLists(YES).directConfirmation(NO).build();
  }

  private static TechRatingResult explain(TechRatingRequest request) {
    return TechRatingCalculator.DEFAULT.explainRating(RULES, request);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 科技人员 20/100 = 20% → 12 (20%–25%); R&D 400,000 / 10,000,000 = 4% → 30 (4%–5%; 400,000 / 9,000,000 of
      // costs = 4.44% < 10% → 0); three Ⅱ类 rights → 18: 12 + 30 + 18 = 60, exactly the pass mark ("不低于60分")
      "pass mark through three Ⅱ类 rights|100|20|10000000|400000|9000000|0|3|12|30|18|true",
      // two Ⅱ类 rights → 12: 12 + 30 + 12 = 54 < 60
      "two Ⅱ类 rights short|100|20|10000000|400000|9000000|0|2|12|30|12|false",
      // 19/100 = 19% → 8 (15%–20%): 8 + 30 + 18 = 56 < 60
      "one tech staff under 20%|100|19|10000000|400000|9000000|0|3|8|30|18|false",
      // 125/500 = 25% exactly → 16; 124/500 = 24.8% → 12; the staff limit "不超过500人" includes 500
      "25% of 500 staff|500|125|10000000|400000|9000000|0|5|16|30|24|true",
      "24.8% of 500 staff|500|124|10000000|400000|9000000|0|5|12|30|24|true",
      // R&D 2,250,000 / costs 9,000,000 = 25% exactly → 40 (the sales ratio 2.25% → 10 is lower; the higher counts)
      "cost ratio 25% exactly|100|30|100000000|2250000|9000000|0|0|20|40|0|true",
      // one fen under: 2,249,999.99 / 9,000,000 = 24.9999998…% → 30 (sales 2.2499…% → 10): 20 + 30 + 0 = 50 < 60
      "cost ratio a fen under 25%|100|30|100000000|2249999.99|9000000|0|0|20|30|0|false",
      // R&D 199,999.99 / sales 10,000,000 = 1.9999999% → 0 (<2%); costs 2,000,000 → 9.9999995% → 0 (<10%); a Ⅰ类
      // right → 30 whatever the Ⅱ类 count: 20 + 0 + 30 = 50 < 60
      "both ratios a fen under the lowest band|100|30|10000000|199999.99|1999999.99|1|4|20|0|30|false"})
  void test_bandEdges_workedByHand(String name, int staff, int techStaff, String sales, String rd, String costs,
      int classOne, int classTwo, int staffScore, int rdScore, int ipScore, boolean qualifies) {
    TechRatingRequest request = firm(Optional.of(staff), Optional.of(techStaff), yuan(sales), yuan(rd), yuan(costs),
        classOne, classTwo);
    TechRatingResult result = explain(request);
    assertThat(result.staffScore()).as(name).contains(staffScore);
    assertThat(result.rdScore()).as(name).contains(rdScore);
    assertThat(result.ipScore()).as(name).contains(ipScore);
    assertThat(result.totalScore()).as(name).contains(staffScore + rdScore + ipScore);
    assertThat(result.eligibility().verdict()).as(name).isEqualTo(qualifies ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request)).as(name).isEqualTo(qualifies);
  }

  @Test
  void test_noTechStaff_staffCountUnknown_failsWhateverTheCount() {
    // 科技人员 0: the share 0 / n is 0% (< 10% → 0 points) whatever the staff count, and with no staff at all the
    // share has no base (0 points too): the 科技人员 score is 0, and "科技人员指标得分不得为0分" fails whatever
    // /staff says; with no direct route the firm cannot qualify. The staff count, whose limit (≤ 500) is moot once
    // the score fails, is not asked for: ineligible, not undetermined. (R&D 6% → 50, a Ⅰ类 right → 30.)
    TechRatingRequest request = firm(Optional.empty(), Optional.of(0), yuan("10000000"), yuan("600000"),
        yuan("9000000"), 1, 0);
    TechRatingResult result = explain(request);
    assertThat(result.staffScore()).contains(0);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().missingFacts()).isEmpty();
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request)).isFalse();
    // the mirror: no staff at all (0), 科技人员 not known: they are counted among the staff, so there are none
    TechRatingResult noStaff = explain(firm(Optional.of(0), Optional.empty(), yuan("10000000"), yuan("600000"),
        yuan("9000000"), 1, 0));
    assertThat(noStaff.staffScore()).contains(0);
    assertThat(noStaff.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_noRdExpense_basesUnknown_scoresNothingWhateverTheBases() {
    // 研发费用 0: 0 ≥ 2% × sales only when sales are 0, which has no base and scores 0; likewise the cost ratio: the
    // 研发投入 score is 0 whatever /sales and /costsAndExpenses say. 30/100 → 20, a Ⅰ类 right → 30: 20 + 0 + 30 = 50
    // < 60, so the score fails; sales not known also leaves the size limit open (≤ 200,000,000), but a failed
    // condition decides: ineligible
    TechRatingRequest request = firm(Optional.of(100), Optional.of(30), Optional.empty(), yuan("0"),
        Optional.empty(), 1, 0);
    TechRatingResult result = explain(request);
    assertThat(result.rdScore()).contains(0);
    assertThat(result.totalScore()).contains(50);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request)).isFalse();
  }

  @Test
  void test_moreTechStaffThanTheLimit_staffCountUnknown_overTheLimit() {
    // 科技人员 are counted among 职工总数 (the request refuses more of them than the staff): 501 of them put the staff
    // at 501 or more, over "职工总数不超过500人" whatever /staff says: ineligible, the staff count not asked for
    // (before the fix: undetermined naming /staff). 500 科技人员 leave the limit open (500 staff is within it, 501 is
    // not): undetermined, /staff named
    TechRatingResult over = explain(firm(Optional.empty(), Optional.of(501), yuan("10000000"), yuan("600000"),
        yuan("9000000"), 0, 0));
    assertThat(over.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(over.eligibility().missingFacts()).isEmpty();
    TechRatingResult atTheLimit = explain(firm(Optional.empty(), Optional.of(500), yuan("10000000"),
        yuan("600000"), yuan("9000000"), 0, 0));
    assertThat(atTheLimit.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(atTheLimit.eligibility().missingFacts()).containsExactly("/staff");
  }

  @Test
  void test_rdUnknownBases_stillOpenWhenTheExpenseIsPositive() {
    // the same firm with R&D 1 yuan: the sales not known could be as little as 16.67 (1 ≥ 6% × 16.66…), giving 50:
    // 20 + [0, 50] + 30 = 50..100 straddles 60, so the bases are named (unknown is not false, register §0.3)
    TechRatingResult result = explain(firm(Optional.of(100), Optional.of(30), Optional.empty(), yuan("1"),
        Optional.empty(), 1, 0));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).contains("/sales", "/costsAndExpenses");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{\"staff\": 100, \"sales\": {\"amount\": 1.005, \"currency\": \"CNY\"}}|/sales",
      "{\"rdExpense\": {\"amount\": 100, \"currency\": \"USD\"}}|/rdExpense/currency",
      "{\"costsAndExpenses\": {\"amount\": -0.01, \"currency\": \"CNY\"}}|/costsAndExpenses",
      "{\"classTwoIp\": \"four\"}|/classTwoIp",
      "{\"directConfirmation\": \"yes\"}|/directConfirmation"})
  void test_badJson_namesThePointer(String json, String pointer) {
    assertField(() -> TechRatingCalculator.DEFAULT.explainRatingJson(RULES, json), pointer);
  }
}
