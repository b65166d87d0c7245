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
  void test_render_english_unchanged() {
    ConditionStep step = new ConditionStep(DRAWDOWN, ConditionOutcome.MET, "drawdownDate not given", CITED);
    assertThat(step.render(Locale.ENGLISH)).isEqualTo("Condition: drawdown within 2023-01-01..2023-03-31 — met"
        + " (drawdownDate not given) [" + CITED.label() + "]");
    assertThat(step.detail()).isEqualTo("drawdownDate not given");
  }
}
