package io.github.huiqi.calculators.classification.techrating;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * A blind QA audit of the 科技型中小企业 rating (《科技型中小企业评价办法》 国科发政〔2017〕115号, 2022 revision, as
 * domain reference §2.15 gives it: ≤500 staff, sales ≤ 2亿, assets ≤ 2亿, all inclusive; score ≥ 60 with the 科技人员
 * score above 0; 科技人员 share ≥30% 20, 25–30% 16, 20–25% 12, 15–20% 8, 10–15% 4, below 0; R&amp;D the higher of
 * R&amp;D ÷ sales (≥6% 50, 5–6% 40, 4–5% 30, 3–4% 20, 2–3% 10) and R&amp;D ÷ costs (≥30% 50, 25–30% 40, 20–25% 30,
 * 15–20% 20, 10–15% 10); IP a Class-I item 30, else Class-II ≥4 24, 3 18, 2 12, 1 6), each case worked by hand at a
 * boundary and run through the typed calculator and its JSON form, which must agree (the entitlement engine has no
 * rating measure of its own). The exclusions (resident, permitted products, no incident, not listed) are given as
 * met, the direct route as not applying unless said. The edges TechRatingBoundaryAuditTest, TechRatingScoresTest and
 * TechRatingCalculatorTest already work (the size limits, 25%, 20%, 10%, 2%, 25% of costs, no staff, no sales) are
 * not repeated.
 */
class TechRatingBlindAuditTest {

  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  /**
   * A firm with its exclusions met and no direct route: staff, tech staff, sales, assets, R&amp;D, costs, Class-I
   * and Class-II IP.
   */
  private static String firm(int staff, int techStaff, String sales, String assets, String rd, String costs,
      int classOne, int classTwo) {
    return ("{'staff': " + staff + ", 'techStaff': " + techStaff + ", 'sales': " + money(sales) + ", 'totalAssets': "
        + money(assets) + ", 'rdExpense': " + money(rd) + ", 'costsAndExpenses': " + money(costs)
        + ", 'classOneIp': " + classOne + ", 'classTwoIp': " + classTwo + ", 'residentEnterprise': true, "
        + "'permittedProducts': true, 'noMajorIncidents': true, 'notOnLists': true, 'directConfirmation': false}")
        .replace('\'', '"');
  }

  private static String money(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }

  /** The typed form and the JSON form, which must agree; returns the typed result. */
  private static TechRatingResult rate(String json) throws IOException {
    TechRatingRequest request = HuiqiJson.read(json, TechRatingRequest.class);
    TechRatingResult typed = TechRatingCalculator.DEFAULT.explainRating(RULES, request);
    JsonNode fromJson = MAPPER.readTree(TechRatingCalculator.DEFAULT.explainRatingJson(RULES, json));
    assertThat(fromJson.at("/eligibility/verdict").asText()).isEqualTo(typed.eligibility().verdict().name());
    typed.totalScore().ifPresent(total -> assertThat(fromJson.at("/totalScore").asInt()).isEqualTo(total));
    if (typed.eligibility().verdict() != Verdict.UNDETERMINED) {
      assertThat(TechRatingCalculator.DEFAULT.qualifies(RULES, request))
          .isEqualTo(typed.eligibility().verdict() == Verdict.ELIGIBLE);
    }
    return typed;
  }

  private static void assertScores(TechRatingResult r, Verdict verdict, int staff, int rd, int ip) {
    assertThat(r.eligibility().verdict()).isEqualTo(verdict);
    assertThat(r.staffScore()).contains(staff);
    assertThat(r.rdScore()).contains(rd);
    assertThat(r.ipScore()).contains(ip);
    assertThat(r.totalScore()).contains(staff + rd + ip);
  }

  @Test
  void test_staffShareBands_atTheirLowerEdges() throws IOException {
    // 45 ÷ 300 = 15% → 8 (15–20%); 44 ÷ 300 = 14.67% → 4 (10–15%); 90 ÷ 300 = 30% → 20; 89 ÷ 300 = 29.67% → 16
    assertThat(rate(firm(300, 90, "100000000", "1", "6000000", "1", 1, 0)).staffScore()).contains(20);
    assertThat(rate(firm(300, 89, "100000000", "1", "6000000", "1", 1, 0)).staffScore()).contains(16);
    assertThat(rate(firm(300, 45, "100000000", "1", "6000000", "1", 1, 0)).staffScore()).contains(8);
    assertThat(rate(firm(300, 44, "100000000", "1", "6000000", "1", 1, 0)).staffScore()).contains(4);
  }

  @Test
  void test_totalAtThePassMark60_in_aBandLower_out() throws IOException {
    // 10 ÷ 100 = 10% → 4; R&D 6,000,000 ÷ 100,000,000 = 6% → 50 (÷ costs 6,000,000 ÷ 90,000,000 = 6.67% → 0);
    // one Class-II → 6: 4 + 50 + 6 = 60, "60分以上" includes it
    assertScores(rate(firm(100, 10, "100000000", "50000000", "6000000", "90000000", 0, 1)), Verdict.ELIGIBLE,
        4, 50, 6);
    // R&D 5,999,999.99 ÷ 100,000,000 = 5.9999999% → 40 (÷ costs 6.67% → 0): 4 + 40 + 6 = 50, out
    assertScores(rate(firm(100, 10, "100000000", "50000000", "5999999.99", "90000000", 0, 1)), Verdict.INELIGIBLE,
        4, 40, 6);
  }

  @Test
  void test_rdTheHigherOfTheTwoRatios() throws IOException {
    // R&D 1,500,000: ÷ sales 100,000,000 = 1.5% → 0; ÷ costs 5,000,000 = 30% → 50; the higher, 50
    assertThat(rate(firm(100, 30, "100000000", "50000000", "1500000", "5000000", 0, 0)).rdScore()).contains(50);
    // ÷ costs 5,000,001: 29.99999% → 40; ÷ sales 1.5% → 0: 40
    assertThat(rate(firm(100, 30, "100000000", "50000000", "1500000", "5000001", 0, 0)).rdScore()).contains(40);
  }

  @Test
  void test_ipBands_classTwoTopsAt24() throws IOException {
    // Class-II 4 → 24 (the top Class-II band), 5 → 24 still (not 30, a Class-I item's)
    assertThat(rate(firm(100, 30, "100000000", "1", "6000000", "1", 0, 4)).ipScore()).contains(24);
    assertThat(rate(firm(100, 30, "100000000", "1", "6000000", "1", 0, 5)).ipScore()).contains(24);
    // none → 0: 20 + 50 + 0 = 70, still in
    assertScores(rate(firm(100, 30, "100000000", "1", "6000000", "1", 0, 0)), Verdict.ELIGIBLE, 20, 50, 0);
  }

  @Test
  void test_directRoute_confirmsWithoutTheScores_butNotOverTheSizeLimits() throws IOException {
    // 第六条's direct route (a valid 高新技术企业 certificate, among others) replaces the score: 10 ÷ 100 = 10% → 4,
    // R&D 1% → 0, no IP: 4 < 60, yet confirmed
    String direct = firm(100, 10, "100000000", "1", "1000000", "200000000", 0, 0)
        .replace("\"directConfirmation\": false", "\"directConfirmation\": true");
    TechRatingResult confirmed = rate(direct);
    assertThat(confirmed.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(confirmed.directlyConfirmed()).isTrue();
    // the size limits still bind: 501 staff with the direct route, out
    String large = firm(501, 10, "100000000", "1", "1000000", "200000000", 0, 0)
        .replace("\"directConfirmation\": false", "\"directConfirmation\": true");
    assertThat(rate(large).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
