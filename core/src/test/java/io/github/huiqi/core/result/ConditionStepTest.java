package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A condition step's text: in Chinese its detail in full-width parentheses, and the library's one shared English form
 * of a fact not given, {@code X not given}, read as {@code 未提供 X}; the English text and the step's JSON keep the
 * detail as the library writes it.
 */
class ConditionStepTest {

  private static final Citation CITED = Citation.sourceText("深工信〔2023〕26号", "第5条", "首贷户");
  private static final LocalizedText DRAWDOWN = LocalizedText.of("放款日在 2023-01-01..2023-03-31 内",
      "drawdown within 2023-01-01..2023-03-31");

  private static String zh(String detail) {
    return new ConditionStep(DRAWDOWN, ConditionOutcome.UNKNOWN, detail, CITED).render(Locale.SIMPLIFIED_CHINESE);
  }

  @Test
  void test_render_chinese_aFactNotGiven_readsInChinese() {
    assertThat(zh("drawdownDate not given")).isEqualTo("条件：放款日在 2023-01-01..2023-03-31 内 — 无法判断（缺少事实）"
        + "（未提供 drawdownDate）[" + CITED.label() + "]");
    assertThat(zh("/loans/0/amount not given")).contains("（未提供 /loans/0/amount）[");
    assertThat(zh("techSme.since not given")).contains("（未提供 techSme.since）[");
  }

  @Test
  void test_render_chinese_otherDetails_keptAsTheLibraryWritesThem() {
    // a fact and its value, a list of facts, or a calculator's own sentence
    assertThat(zh("drawdownDate = 2023-01-15")).contains("（drawdownDate = 2023-01-15）[");
    assertThat(zh("the interest payments are not given")).contains("（the interest payments are not given）[");
    assertThat(zh("a = not given yet")).contains("（a = not given yet）[");
  }

  @Test
  void test_render_chinese_aValueNotGivenInAList_readsInChinese() {
    assertThat(zh("techSme = true, highTech = not given")).contains("（techSme = true, highTech = 未提供）[");
    assertThat(zh("disputed = not given, amount = 300000.00")).contains("（disputed = 未提供, amount = 300000.00）[");
  }

  @Test
  void test_render_chinese_theLibrarysSharedForms_readInChinese() {
    // each form as a calculator writes it (RdCalculator, RdBase, GrantTriggers, FirstLoanCalculator, HiringCalculator,
    // ScaleUpRewardCalculator, PurchaseCalculator, UtilityCalculator, RentShareCalculator)
    assertThat(zh("tax year 2023 within 2023-01-01..; the most favourable applicable row applies"))
        .contains("（纳税年度 2023 在 2023-01-01.. 内；适用最优惠的一行）[");
    assertThat(zh("tax year 2023 within 2021-01-01..")).contains("（纳税年度 2023 在 2021-01-01.. 内）[");
    assertThat(zh("no grantEvents entry with code maker-china-shenzhen-award"))
        .contains("（grantEvents 中无代码为 maker-china-shenzhen-award 的事件）[");
    assertThat(zh("/grantEvents/0: MC1 on 2023-05-01")).contains("（/grantEvents/0：MC1，发生于 2023-05-01）[");
    assertThat(zh("highTech since 2021-12-01 until 2024-11-30, event on 2023-05-01"))
        .contains("（highTech 自 2021-12-01 至 2024-11-30 有效，事件发生于 2023-05-01）[");
    assertThat(zh("techSme since 2023-01-01, event on 2023-05-01"))
        .contains("（techSme 自 2023-01-01 有效，事件发生于 2023-05-01）[");
    assertThat(zh("highTech  until 2024-11-30, event on 2023-05-01"))
        .contains("（highTech 至 2024-11-30 有效，事件发生于 2023-05-01）[");
    assertThat(zh("specialisedAndInnovative , event on 2023-08-01"))
        .contains("（specialisedAndInnovative，事件发生于 2023-08-01）[");
    assertThat(zh("littleGiant held on 2023-05-01")).contains("（littleGiant 于 2023-05-01 持有）[");
    assertThat(zh("highTech held on no day of 2023-01-01..2023-12-31"))
        .contains("（highTech 在 2023-01-01..2023-12-31 内任何一日均未持有）[");
    assertThat(zh("endOfUse = 2024-03-01, needs ≥ 2023-04-01")).contains("（endOfUse = 2024-03-01，需不早于 2023-04-01）[");
    assertThat(zh("2 bill(s) overdue in the period")).contains("（期间内欠费 2 笔）[");
    assertThat(zh("2023-01-01..2025-12-31 vs at least 2023-01-01..2026-01-01"))
        .contains("（2023-01-01..2025-12-31，至少需 2023-01-01..2026-01-01）[");
    assertThat(zh("no year of the history is in the database")).contains("（历年均未纳入规模以上工业企业库）[");
    assertThat(zh("no lease of state-owned space")).contains("（无国有产业用房租约）[");
    assertThat(zh("a lease with districtPark = true")).contains("（有 districtPark = true 的租约）[");
    assertThat(zh("no lease in a district park")).contains("（无区级园区内的租约）[");
    assertThat(zh("no lease in a district park within the rate's validity (2 outside it)"))
        .contains("（费率有效期内无区级园区内的租约（有效期外 2 份））[");
  }

  @Test
  void test_render_english_unchanged() {
    ConditionStep step = new ConditionStep(DRAWDOWN, ConditionOutcome.MET, "drawdownDate not given", CITED);
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Condition: drawdown within 2023-01-01..2023-03-31 — met"
        + " (drawdownDate not given) [" + CITED.label() + "]");
    assertThat(step.detail()).isEqualTo("drawdownDate not given");
  }
}
