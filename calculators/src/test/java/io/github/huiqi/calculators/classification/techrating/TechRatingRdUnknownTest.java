package io.github.huiqi.calculators.classification.techrating;

import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.RULES;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.explain;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.scores;
import static io.github.huiqi.calculators.classification.techrating.TechRatingTesting.yuan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 研发投入 score of a firm whose R&amp;D is not given (《科技型中小企业评价办法》 国科发政〔2017〕115号, 2022年修订,
 * 附件 评价指标 二), worked by hand; found by {@code TechRatingOraclePropertyTest}.
 */
class TechRatingRdUnknownTest {

  @Test
  void test_noSalesNoCosts_rdNotGiven_scoresNothing() {
    // 100 staff, 30 科技人员: 30% → 20 (附件 一: 30%(含)以上 20分)
    // sales 0 and costs 0: 研发费用总额占销售收入总额 and 占成本费用支出总额 have no base, which scores nothing (the
    //   calculator's reading; the 附件 gives no band to a ratio without a base), so 研发投入 is 0 whatever the R&D
    //   (附件 二); before, the R&D not given was read as 0–50
    // one Ⅰ类 right: 30 (附件 三: 1项及以上Ⅰ类知识产权 30分)
    // total 20 + 0 + 30 = 50 < 60 (第六条（五）: 不低于60分): not met; no direct route (第六条（六）): ineligible,
    //   with nothing to ask (before: undetermined naming /rdExpense)
    TechRatingRequest request = TechRatingRequest.builder().staff(100).techStaff(30).sales(yuan("0"))
        .totalAssets(yuan("50000000")).costsAndExpenses(yuan("0")).classOneIp(1).classTwoIp(0)
        .residentEnterprise(true).permittedProducts(true).noMajorIncidents(true).notOnLists(true)
        .directConfirmation(false).build();
    TechRatingResult result = explain(request);
    assertThat(result.staffScore()).contains(20);
    assertThat(result.rdScore()).contains(0);
    assertThat(result.ipScore()).contains(30);
    assertThat(result.totalScore()).contains(50);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().missingFacts()).isEmpty();
    assertThat(scores(result)).contains("Input: 研发投入 score (the higher ratio) = 0 / 50");
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request)).isFalse();
    TechRatingResult viaJson = HuiqiJson.read(TechRatingCalculator.DEFAULT.explainRatingJson(RULES,
        HuiqiJson.write(request)), TechRatingResult.class);
    assertThat(viaJson.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(viaJson.rdScore()).contains(0);

    // a direct route (第六条（六）: e.g. 有效期内高新技术企业资格证书) still confirms the firm
    assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request.withConditions(true, true, true, true, true)))
        .isTrue();

    // sales 0 but costs 1,000,000: the cost ratio has a base, and R&D of 300,000 (30%) would score 50 (附件 二(2):
    //   30%(含)以上 50分) for 100 ≥ 60, R&D of 0 scores 0 for 50: still open, naming the R&D
    TechRatingResult costsGiven = explain(TechRatingRequest.builder().from(request)
        .costsAndExpenses(Cny.of("1000000")).build());
    assertThat(costsGiven.rdScore()).isEmpty();
    assertThat(costsGiven.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(costsGiven.eligibility().missingFacts()).containsExactly("/rdExpense");
  }

  @Test
  void test_rdNotGiven_theCostsNotGivenAreNamedToo() {
    // 380 staff, 114 科技人员: 30% → 20 (附件 一: 30%(含)以上 20分)
    // sales 200,000,000.00: within the limit (第六条（二）: 年销售收入不超过2亿元, inclusive)
    // six Ⅱ类 rights, no Ⅰ类: 24 (附件 三: 4项及以上Ⅱ类知识产权 24分)
    // R&D and costs not given, no direct route: 20 + 研发投入 + 24 ≥ 60 needs 研发投入 ≥ 20 (第六条（五）), so
    //   R&D of 2,000,000 (1% of the sales: 附件 二(1) 2%以下 0分) on costs of 4,000,000 (50%: 二(2) 30%(含)以上 50分)
    //   totals 94, eligible; on costs of 100,000,000 (2%: 二(2) 10%以下 0分) 44, ineligible. The costs could change
    //   the verdict as the R&D can, so both are named (before: /rdExpense only)
    TechRatingRequest request = TechRatingRequest.builder().staff(380).techStaff(114).sales(yuan("200000000.00"))
        .totalAssets(yuan("17835842.69")).classOneIp(0).classTwoIp(6).residentEnterprise(true)
        .permittedProducts(true).noMajorIncidents(true).notOnLists(true).directConfirmation(false).build();
    TechRatingResult result = explain(request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/rdExpense", "/costsAndExpenses");
    assertThat(scores(result)).contains("Input: 研发投入 score (the higher ratio) = 0–50 / 50, missing "
        + "[/rdExpense, /costsAndExpenses]");
    // the two completions above: with the R&D given the costs alone are named; giving them decides
    TechRatingRequest rdGiven = TechRatingRequest.builder().from(request).rdExpense(Cny.of("2000000")).build();
    assertThat(explain(rdGiven).eligibility().missingFacts()).containsExactly("/costsAndExpenses");
    TechRatingResult lowCosts = explain(TechRatingRequest.builder().from(rdGiven)
        .costsAndExpenses(Cny.of("4000000")).build());
    assertThat(lowCosts.rdScore()).contains(50);
    assertThat(lowCosts.totalScore()).contains(94);
    assertThat(lowCosts.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    TechRatingResult highCosts = explain(TechRatingRequest.builder().from(rdGiven)
        .costsAndExpenses(Cny.of("100000000")).build());
    assertThat(highCosts.rdScore()).contains(0);
    assertThat(highCosts.totalScore()).contains(44);
    assertThat(highCosts.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);

    // the sales not given as well: named by the limit (第六条（二）) and by the score
    TechRatingRequest noSales = TechRatingRequest.builder().from(request).sales(Optional.empty()).build();
    assertThat(explain(noSales).eligibility().missingFacts()).containsExactly("/sales", "/rdExpense",
        "/costsAndExpenses");
    assertThat(scores(explain(noSales))).contains("Input: 研发投入 score (the higher ratio) = 0–50 / 50, missing "
        + "[/rdExpense, /sales, /costsAndExpenses]");
  }
}
