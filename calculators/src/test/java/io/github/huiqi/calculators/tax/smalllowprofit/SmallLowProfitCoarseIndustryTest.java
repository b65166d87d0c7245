package io.github.huiqi.calculators.tax.smalllowprofit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 小型微利企业 relief (深工信〔2023〕26号 第1条, restating 财政部 税务总局公告2023年第6号 and 2022年第13号) when the
 * industry is given only as a section whose division on the R&amp;D negative list it may or may not hold (财税〔2015〕119号
 * 第四条: 烟草制造业 {@code C16} within 制造业 {@code C}, 娱乐业 {@code R90} within {@code R}), through the engine typed
 * (plain and explained) and its {@code evaluateJson} (decisions register §4.6 item 136). Such a code is completed each
 * way, on the list and off it, as a code not given is (§4.6 item 123). Before 2026-12-07 it was not completed: the
 * deduction was open from none to 120% in every completion of the other facts, each range crossed the 3,000,000
 * limit, and the relief's most was the relief at the limit, 20% × 3,000,000.00 = 600,000.00, more than with no
 * industry at all (found by the engine coarsening hunt, {@code EntitlementCoarseningPropertyTest} with
 * {@code -Dhuiqi.engineCoarse.unknownPerMille=200}, screening seed 2, firm 5: {@code C3484} given as {@code C}).
 * <p>
 * The firm is {@link SmallLowProfitReliefAcrossTheLimitTest}'s: a 宝安区 enterprise, not a 科技型中小企业, whether it is
 * an IC or machine-tool enterprise not given, 2023 taxable income before R&amp;D 4,419,653.00, R&amp;D personnel costs
 * 2,386,612.00, 200 employees and 30,000,000 of assets every quarter, on 2023-06-30.
 */
class SmallLowProfitCoarseIndustryTest {

  private static final MeasureId RELIEF = new MeasureId("sz-gxj-2023-26.small-low-profit-enterprise");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static List<MeasureOutcome> outcomes(String industry) {
    return EngineJsonOutcomes.threeWays(SmallLowProfitReliefAcrossTheLimitTest.profile(industry), AS_OF, RELIEF);
  }

  @Test
  void test_sectionThatMayHoldAListedDivision_completedOnAndOffTheList() {
    // C may be 烟草制品业 C16 (listed): no deduction, 4,419,653.00 above the 3,000,000 limit, relief 0.00. Off the
    // list (C3484, say) the deduction is 100% (2023年第7号): 4,419,653.00 − 2,386,612.00 = 2,033,041.00, relief
    // 20% × 2,033,041.00 = 406,608.20; or, an IC or 工业母机 enterprise, 120% (2023年第44号): 4,419,653.00 −
    // 2,863,934.40 = 1,555,718.60, relief 311,143.72. So 0.00 – 406,608.20 (before: 0.00 – 600,000.00)
    for (MeasureOutcome open : outcomes("C")) {
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(open.amount().maximum()).contains(Cny.of("406608.20"));
      assertThat(open.missingFacts()).contains("/industryCode", "/icOrMachineTool");
    }
    // R may be 娱乐业 R90 (listed) or not (新闻和出版业 R86): the same three deductions, the same 0.00 – 406,608.20
    for (MeasureOutcome open : outcomes("R")) {
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(open.amount().maximum()).contains(Cny.of("406608.20"));
    }
  }

  @Test
  void test_finerCodes_theCoarseRangeHoldsEach() {
    // C3484 and C34 (通用设备制造业, which rules out C16) are off the list: 100% or 120%, eligible 311,143.72 –
    // 406,608.20, within C's 0.00 – 406,608.20
    for (String offTheList : List.of("C3484", "C34")) {
      for (MeasureOutcome known : outcomes(offTheList)) {
        assertThat(known.verdict()).isEqualTo(Verdict.ELIGIBLE);
        assertThat(known.amount().minimum()).isEqualTo(Cny.of("311143.72"));
        assertThat(known.amount().maximum()).contains(Cny.of("406608.20"));
      }
    }
    // C1610 is listed: no deduction, 4,419,653.00 above the limit, ineligible at 0.00, also within C's range
    for (MeasureOutcome listed : outcomes("C1610")) {
      assertThat(listed.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(listed.exactAmount()).contains(Cny.of("0.00"));
    }
  }
}
