package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The explaining form of the 2023-Q1 utility relief waives nothing for a firm the relief does not cover, as the plain
 * form and the engine say (深工信〔2023〕26号 第2条: "对经营困难的个体工商户和中小微企业…免收在此期间产生的欠费滞纳金";
 * found by {@link UtilityOraclePropertyTest}).
 */
class UtilityNotCoveredAuditTest {

  private static final UtilityMeasure MEASURE = PolicyData.builtIn().getMeasure(UtilityMeasure.SHENZHEN_2023);
  private static final UtilityCalculator CALC = UtilityCalculator.DEFAULT;
  /** 333,378.20 overdue from 2023-02-23, unpaid, 0.2% a day (供电营业规则 第九十八条, a business's current-year arrears). */
  private static final UtilityBill BILL = UtilityBill.builder().billId("E-1").utility(UtilityKind.ELECTRICITY)
      .arrears(Cny.of("333378.20")).overdueFrom(LocalDate.of(2023, 2, 23)).dailyLateFeeRate(Rate.parse("0.2%"))
      .build();

  private static UtilityRequest medium(boolean inDifficulty) {
    return UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.MEDIUM)
        .affectedByEpidemic(inDifficulty).utilityBills(List.of(BILL)).build();
  }

  @Test
  void test_inDifficulty_theQuartersFeeWaived() {
    // 2023-02-23..2023-03-31 = 6 + 31 = 37 days (card 000-2d); 333,378.20 × 0.2% × 37 = 24,669.9868 → 24,669.99
    UtilityResult result = CALC.explainWaivedLateFees(MEASURE, medium(true));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.waivedKnown()).isEqualTo(Cny.of("24669.99"));
    assertThat(CALC.waivedLateFees(MEASURE, medium(true))).isEqualTo(Cny.of("24669.99"));
  }

  @Test
  void test_notInDifficulty_nothingWaived_inEveryForm() {
    // 经营困难 not met: the relief does not cover the firm, so no late fee is waived; the explaining form said
    // 24,669.99 (the fee it would waive) while the plain form said 0.00
    UtilityResult result = CALC.explainWaivedLateFees(MEASURE, medium(false));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.waivedKnown()).isEqualTo(Cny.of("0.00"));
    assertThat(CALC.waivedLateFees(MEASURE, medium(false))).isEqualTo(Cny.of("0.00"));
    UtilityResult viaJson = HuiqiJson.read(CALC.explainWaivedLateFeesJson(MEASURE, HuiqiJson.write(medium(false))),
        UtilityResult.class);
    assertThat(viaJson.waivedKnown()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_largeEnterprise_nothingWaived() {
    // a large enterprise is not a 中小微企业: nothing waived (it was 24,669.99 in the explaining form)
    UtilityResult result = CALC.explainWaivedLateFees(MEASURE, UtilityRequest.builder()
        .legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.LARGE).affectedByEpidemic(true)
        .utilityBills(List.of(BILL)).build());
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.waivedKnown()).isEqualTo(Cny.of("0.00"));
  }
}
