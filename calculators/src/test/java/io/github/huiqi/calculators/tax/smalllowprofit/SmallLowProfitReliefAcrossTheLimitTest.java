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
 * The 小型微利企业 relief (深工信〔2023〕26号 第1条, restating 财政部 税务总局公告2023年第6号 and 2022年第13号) when the R&amp;D
 * extra deduction is open and the taxable income after it may lie on either side of the 3,000,000 limit (decisions
 * register §4.6 item 123), through the engine typed (plain and explained) and its {@code evaluateJson}. The relief is
 * 20% of the income up to the limit (25% less the 5% due on it) and nothing above it, so a deduction between the
 * greatest and the least can give more than either end; the R&amp;D kind facts not given are now completed each way.
 * Before 2026-12-07 only the two ends were tried, and a completion between them fell outside (found by the engine
 * fact-drop hunt,
 * {@code -Dhuiqi.engineDrop.unknownPerMille=200}, screening seed 2, firm 143, dropping {@code /industryCode}).
 */
class SmallLowProfitReliefAcrossTheLimitTest {

  private static final MeasureId RELIEF = new MeasureId("sz-gxj-2023-26.small-low-profit-enterprise");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /**
   * A 宝安区 enterprise, not a 科技型中小企业, whether it is an IC or machine-tool enterprise not given: 2023 taxable income
   * before R&amp;D 4,419,653.00, R&amp;D personnel costs 2,386,612.00, 200 employees and 30,000,000 of assets at every
   * quarter's start and end; the industry as given (null: not given).
   */
  static String profile(String industry) {
    String code = industry == null ? "" : "\"industryCode\": \"" + industry + "\", ";
    StringBuilder quarters = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      quarters.append(q > 1 ? ", " : "").append("{\"quarter\": ").append(q).append(", \"employeesAtStart\": 200, "
          + "\"employeesAtEnd\": 200, \"totalAssetsAtStart\": {\"amount\": 30000000, \"currency\": \"CNY\"}, "
          + "\"totalAssetsAtEnd\": {\"amount\": 30000000, \"currency\": \"CNY\"}}");
    }
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\", " + code
        + "\"registrationDate\": \"2010-06-05\", \"restrictedOrProhibitedIndustry\": false, "
        + "\"techSme\": {\"held\": false}, \"years\": [{\"year\": 2023, \"employees\": 200, "
        + "\"totalAssets\": {\"amount\": 30000000, \"currency\": \"CNY\"}, "
        + "\"taxableIncomeBeforeRd\": {\"amount\": 4419653, \"currency\": \"CNY\"}, \"quarters\": [" + quarters
        + "], \"rdExpensedCosts\": {\"personnel\": " + yuan(2386612) + ", \"directInputs\": " + yuan(0)
        + ", \"depreciation\": " + yuan(0) + ", \"intangibleAmortisation\": " + yuan(0)
        + ", \"newProductDesign\": " + yuan(0) + ", \"otherRelated\": " + yuan(0) + "}, \"rdIntangibles\": []}]}";
  }

  private static String yuan(long amount) {
    return "{\"amount\": " + amount + ", \"currency\": \"CNY\"}";
  }

  /** The relief's outcome the three ways: typed plain, typed explained, and through evaluateJson. */
  private static List<MeasureOutcome> outcomes(String profileJson) {
    return EngineJsonOutcomes.threeWays(profileJson, AS_OF, RELIEF);
  }

  @Test
  void test_industryKnown_icNotKnown_bothIncomesWithinTheLimit() {
    // G5438 is off the negative list (财税〔2015〕119号): the deduction is 100% (2023年第7号) or, for an IC or
    // machine-tool enterprise, 120% (2023年第44号). 100%: 4,419,653.00 − 2,386,612.00 = 2,033,041.00, relief
    // 20% × 2,033,041.00 = 406,608.20; 120%: 4,419,653.00 − 2,863,934.40 = 1,555,718.60, relief 311,143.72
    for (MeasureOutcome known : outcomes(profile("G5438"))) {
      assertThat(known.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(known.amount().minimum()).isEqualTo(Cny.of("311143.72"));
      assertThat(known.amount().maximum()).contains(Cny.of("406608.20"));
    }
  }

  @Test
  void test_industryNotKnown_theIncomeMayCrossTheLimit_theMostIsTheMiddleDeductions() {
    // the industry not given may be on the negative list: no deduction, 4,419,653.00 above 3,000,000, ineligible,
    // 0.00. The incomes after the deduction run from 1,555,718.60 (120%) to 4,419,653.00 (none), across the limit;
    // the ends give 311,143.72 and 0.00, but the deduction between them, 100% off the list and not an IC or 工业母机
    // enterprise, gives 2,033,041.00 and 20% × 2,033,041.00 = 406,608.20, the most over the completions (before:
    // 0.00 – 311,143.72, the two ends only, which left out the G5438 firm's 406,608.20)
    for (MeasureOutcome open : outcomes(profile(null))) {
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(open.amount().maximum()).contains(Cny.of("406608.20"));
      assertThat(open.missingFacts()).contains("/industryCode", "/icOrMachineTool");
    }
    for (MeasureOutcome negative : outcomes(profile("F5191"))) {
      // 批发和零售业, on the negative list: no deduction, 4,419,653.00 above the limit, ineligible 0.00
      assertThat(negative.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(negative.exactAmount()).contains(Cny.of("0.00"));
    }
  }
}
