package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The 小升规 cultivation pool, 小升规方案 第四条: "以全市上一年度营业收入1000至2000万元的小微工业企业为对象", read as
 * 10,000,000 ≤ prior-year revenue < 20,000,000 (domain reference card 001-4a).
 */
class ScaleUpPoolCalculatorTest {

  private static final ScaleUpPoolMeasure MEASURE = PolicyData.builtIn().getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);

  private static ScaleUpPoolRequest request(String code, EnterpriseSize size, String revenue) {
    return ScaleUpPoolRequest.builder().industryCode(Optional.ofNullable(code)).size(Optional.ofNullable(size))
        .priorYearRevenue(Optional.ofNullable(revenue).map(Cny::of)).build();
  }

  @ParameterizedTest(name = "prior-year revenue {0}: member {1}")
  @CsvSource({
      "9999999.99, false",    // one fen below 1000万元
      "10000000.00, true",    // 1000万元 exactly: "1000至2000万元" includes it
      "15000000, true",
      "19999999.99, true",    // one fen below 2000万元
      "20000000.00, false"})  // 2000万元: already 规模以上工业 (主营业务收入 ≥ 20,000,000), not in the band
  void test_revenueBand_edges(String revenue, boolean member) {
    ScaleUpPoolRequest request = request("C3484", EnterpriseSize.SMALL, revenue);
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request)).isEqualTo(member);
    ScaleUpPoolResult result = ScaleUpPoolCalculator.DEFAULT.explainMembership(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(member ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    if (!member) {
      assertThat(result.eligibility().reasons()).extracting(Reason::code).containsAnyOf(
          "not-prior-year-revenue-at-least-minimum", "not-prior-year-revenue-below-scale");
    }
  }

  @Test
  void test_smallOrMicroIndustrialOnly() {
    // micro counts ("小微"), medium does not; retail (F52) is not 工业
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request("B0610", EnterpriseSize.MICRO, "12000000")))
        .isTrue();
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request("D4411", EnterpriseSize.MEDIUM, "12000000")))
        .isFalse();
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request("F5211", EnterpriseSize.SMALL, "12000000")))
        .isFalse();
  }

  @Test
  void test_unknownFacts_areNamed_unlessAnotherConditionFails() {
    assertThatThrownBy(() -> ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request("C3484", null, null)))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/size", "/priorYearRevenue"));
    // a known failure decides: a retailer is out whatever its size
    assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request("F5211", null, null))).isFalse();
  }

  @Test
  void test_badInput_isNamed() {
    assertThatThrownBy(() -> request("C3484", EnterpriseSize.SMALL, "-0.01"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("priorYearRevenue"));
    assertThatThrownBy(() -> request("3484", EnterpriseSize.SMALL, "1"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("industryCode"));
    assertThatThrownBy(() -> ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(MEASURE,
        "{\"priorYearRevenue\": {\"amount\": -5, \"currency\": \"CNY\"}}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/priorYearRevenue"));
  }

  @Test
  void test_json() {
    String json = ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(MEASURE, "{\"industryCode\": \"C3484\", "
        + "\"size\": \"SMALL\", \"priorYearRevenue\": {\"amount\": 10000000, \"currency\": \"CNY\"}}");
    assertThat(HuiqiJson.read(json, JsonNode.class).at("/eligibility/verdict").asText()).isEqualTo("ELIGIBLE");
  }

  //-------------------------------------------------------------------------
  // Conditions in order: industrial (sections B, C, D), small or micro, prior-year revenue at least 10,000,000, and
  // below 20,000,000.
  private static io.github.huiqi.core.result.Explanation explained(String code, EnterpriseSize size, String revenue) {
    return ScaleUpPoolCalculator.DEFAULT.explainMembership(MEASURE, request(code, size, revenue)).explanation();
  }

  @Test
  void test_conditions_eachOutcome() {
    assertOutcomes(explained("C3484", EnterpriseSize.SMALL, "10000000.00"), MET, MET, MET, MET);
    assertOutcomes(explained("C3484", EnterpriseSize.SMALL, "9999999.99"), MET, MET, NOT_MET, MET);
    assertOutcomes(explained("C3484", EnterpriseSize.SMALL, "20000000.00"), MET, MET, MET, NOT_MET);
    assertOutcomes(explained("F5211", EnterpriseSize.MEDIUM, "12000000"), NOT_MET, NOT_MET, MET, MET);
    assertOutcomes(explained(null, null, null), UNKNOWN, UNKNOWN, UNKNOWN, UNKNOWN);
  }
}
