package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.grantRequest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.interestRequest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.leaseInterest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.ConditionStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The renovation grant and its loan interest subsidy stack (小升规方案 第十条: "还可叠加享受贷款贴息"): hand-worked
 * combined results.
 */
class RenovationSupportCalculatorTest {

  private static final RenovationSupportCalculator SUPPORT = RenovationSupportCalculator.DEFAULT;

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static RenovationSupportRequest request() {
    return RenovationSupportRequest.of(grantRequest(), interestRequest(
        loanInterest("P1", LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "100000.00"),
        leaseInterest("P2", LocalDate.of(2023, 7, 1), LocalDate.of(2024, 1, 1), "80000.01")));
  }

  @Test
  void test_stacked_grantRangePlusSubsidy() {
    // grant: level 3 → 16% × 10,000,000 = up to 1,600,000.00, range [0, 1,600,000.00];
    // subsidy: 50% × 180,000.01 = 90,000.005 → 90,000.01;
    // stacked: [0 + 90,000.01, 1,600,000.00 + 90,000.01] = [90,000.01, 1,690,000.01]
    RenovationSupportResult result = SUPPORT.explainMaximumSupport(GRANT, INTEREST, request());
    assertThat(yuan(result.grant().amount().maximum())).isEqualByComparingTo("1600000.00");
    assertThat(yuan(result.interestSubsidy().amount().minimum())).isEqualByComparingTo("90000.01");
    assertThat(yuan(result.total().minimum())).isEqualByComparingTo("90000.01");
    assertThat(yuan(result.total().maximum())).isEqualByComparingTo("1690000.01");
    assertThat(yuan(SUPPORT.maximumSupport(GRANT, INTEREST, request()))).isEqualByComparingTo("1690000.01");
  }

  @Test
  void test_stacked_explanationSaysTheyStackAndCitesTheClause() {
    RenovationSupportResult result = SUPPORT.explainMaximumSupport(GRANT, INTEREST, request());
    ConditionStep stacking = result.explanation().stepsOf(ConditionStep.class).get(0);
    assertThat(stacking.citation().article()).isEqualTo("第十条");
    assertThat(stacking.citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("还可叠加享受贷款贴息"));
    assertThat(result.explanation().render(Locale.ENGLISH))
        .contains("the renovation grant and the loan interest subsidy stack").contains("1690000.01");
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("可叠加享受");
  }

  @Test
  void test_stacked_eachCapAppliesOnlyToItsOwnPart() {
    // grant at its cap: 20% × 250,000,000 = 50,000,000.00; subsidy at its cap: 50% × 10,000,000 = 5,000,000.00;
    // stacked maximum 55,000,000.00: neither cap limits the other
    BigDecimal total = new BigDecimal("250000000");
    RenovationSupportRequest request = RenovationSupportRequest.of(
        io.github.huiqi.calculators.financing.renovation.RenovationGrantRequest.of(
            io.github.huiqi.core.financing.renovation.RenovationCategory.INTELLIGENT, 4, Cny.of(total), Cny.of(total),
            Cny.of("200000000"), Cny.of("140000000")),
        interestRequest(loanInterest("P", START, LocalDate.of(2025, 1, 1), "10000000.00")));
    assertThat(yuan(SUPPORT.maximumSupport(GRANT, INTEREST, request))).isEqualByComparingTo("55000000.00");
  }

  @Test
  void test_stacked_undeterminedPartWidensTheTotal() {
    // project support not known for the subsidy: subsidy range [0, 90,000.01]; total [0, 1,690,000.01]
    RenovationSupportRequest request = RenovationSupportRequest.of(grantRequest(), RenovationInterestRequest.builder()
        .subsidyStart(START).payments(request().interest().payments()).build());
    RenovationSupportResult result = SUPPORT.explainMaximumSupport(GRANT, INTEREST, request);
    assertThat(yuan(result.total().minimum())).isZero();
    assertThat(yuan(result.total().maximum())).isEqualByComparingTo("1690000.01");
  }

  @Test
  void test_json_inAndOut() {
    RenovationSupportRequest request = request();
    String json = HuiqiJson.write(request);
    assertThat(HuiqiJson.read(json, RenovationSupportRequest.class)).isEqualTo(request);
    String out = SUPPORT.explainMaximumSupportJson(GRANT, INTEREST, json);
    RenovationSupportResult read = HuiqiJson.read(out, RenovationSupportResult.class);
    assertThat(read).isEqualTo(SUPPORT.explainMaximumSupport(GRANT, INTEREST, request));
    assertThat(yuan(read.total().maximum())).isEqualByComparingTo("1690000.01");
    assertThat(List.of(read.grant().measure(), read.interestSubsidy().measure()))
        .containsExactly(GRANT.id(), INTEREST.id());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_theStackingRuleIsMet() {
    // the support's own explanation holds the one stacking condition (第十条 "还可叠加享受贷款贴息"), met; the parts'
    // conditions are in the grant's and the subsidy's own explanations
    assertOutcomes(SUPPORT.explainMaximumSupport(GRANT, INTEREST, request()).explanation(), MET);
  }
}
