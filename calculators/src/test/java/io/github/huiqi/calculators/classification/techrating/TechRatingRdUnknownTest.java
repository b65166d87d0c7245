package io.github.huiqi.calculators.classification.techrating;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The 研发投入 score of a firm whose R&amp;D is not given (《科技型中小企业评价办法》 国科发政〔2017〕115号, 2022年修订,
 * 附件 评价指标 二), worked by hand; found by {@link TechRatingOraclePropertyTest}.
 */
class TechRatingRdUnknownTest {

  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();

  private static Optional<MonetaryAmount> yuan(String amount) {
    return Optional.of(Cny.of(amount));
  }

  private static TechRatingResult explain(TechRatingRequest request) {
    return TechRatingCalculator.DEFAULT.explainRating(RULES, request);
  }

  private static List<String> scores(TechRatingResult result) {
    return result.explanation().stepsOf(InputStep.class).stream().map(step -> step.render(Locale.ENGLISH)).toList();
  }

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
}
