package io.github.huiqi.calculators.classification.techrating;

import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.RULES;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.result.Verdict;
import org.junit.jupiter.api.Test;

/**
 * The facts the 科技型中小企业 evaluation names while its score is open (《科技型中小企业评价办法》 国科发政〔2017〕115号,
 * 2022年修订, 第六条 and 附件 评价指标; decisions register §4.6 item 66): only those that could move the total across the
 * pass mark, worked by hand. Found by {@code TechRatingOraclePropertyTest}.
 */
class TechRatingDecisiveFactsTest {

  private static TechRatingRequest.Builder known() {
    return TechRatingRequest.builder().sales(yuan("10000000")).totalAssets(yuan("50000000"))
        .residentEnterprise(true).permittedProducts(true).noMajorIncidents(true).notOnLists(true)
        .directConfirmation(false);
  }

  @Test
  void test_staffNotGiven_theLimitBoundsTheShare_onlyTheStaffIsAsked() {
    // 127 科技人员, the staff not given: a firm within 第六条（二）'s 500 staff has a share of at least 127 ÷ 500 = 25.4%,
    //   at least 16 (附件 一: 25%(含)至30% 16分); above 500 it fails on size whatever its score
    // R&D 600,000 of sales 10,000,000: 6% → 50 (附件 二(1): 6%(含)以上 50分)
    // no Ⅰ类 right, the Ⅱ类 rights not given: 0 – 24 (附件 三)
    // within the limit the total is at least 16 + 50 + 0 = 66 ≥ 60 (第六条（五）): the score passes, and the staff alone
    //   decides (≤ 500 eligible, > 500 ineligible); before, /classTwoIp was asked too, though it decides nothing
    TechRatingRequest request = known().techStaff(127).rdExpense(yuan("600000")).costsAndExpenses(yuan("9000000"))
        .classOneIp(0).build();
    TechRatingResult result = TechRatingCalculator.DEFAULT.explainRating(RULES, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/staff");
    // the score's own range still runs from what any staff would give: the steps show it open
    assertThat(result.staffScore()).isEmpty();
    // 500 staff: 25.4% → 16, total 66: eligible; 501 staff: over the limit, ineligible
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, TechRatingRequest.builder().from(request).staff(500)
        .classTwoIp(0).build())).isTrue();
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, TechRatingRequest.builder().from(request).staff(501)
        .classTwoIp(4).build())).isFalse();
    TechRatingResult viaJson = HuiqiJson.read(TechRatingCalculator.DEFAULT.explainRatingJson(RULES,
        HuiqiJson.write(request)), TechRatingResult.class);
    assertThat(viaJson.eligibility().missingFacts()).containsExactly("/staff");
  }

  @Test
  void test_ipNotGiven_classTwoCannotReachThePassMark_onlyClassOneIsAsked() {
    // 100 staff, 30 科技人员: 30% → 20 (附件 一)
    // R&D 200,000: of sales 10,000,000 2% → 10 (附件 二(1): 2%(含)至3% 10分); of costs 10,000,000 2% → 0 (附件 二(2):
    //   below 10%): the higher, 10
    // both IP counts not given: a Ⅰ类 right gives 30 (total 60, passes); Ⅱ类 rights alone give at most 24 (4项及以上),
    //   total 54 < 60: only the Ⅰ类 count decides; before, /classTwoIp was asked too
    TechRatingRequest request = known().staff(100).techStaff(30).rdExpense(yuan("200000"))
        .costsAndExpenses(yuan("10000000")).build();
    TechRatingResult result = TechRatingCalculator.DEFAULT.explainRating(RULES, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/classOneIp");
    // R&D 300,000 (3% of sales → 20): 20 + 20 + 24 = 64 with four Ⅱ类 rights, 20 + 20 + 0 = 40 with none: both asked
    TechRatingResult more = TechRatingCalculator.DEFAULT.explainRating(RULES, known().staff(100).techStaff(30)
        .rdExpense(yuan("300000")).costsAndExpenses(yuan("10000000")).build());
    assertThat(more.eligibility().missingFacts()).containsExactly("/classOneIp", "/classTwoIp");
  }
}
