package io.github.huiqi.calculators;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.DefaultUsedStep;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The calculators' own citations of the decisions register that an option ({@link DefaultUsedStep}) shows read in
 * Chinese in the steps' Chinese render, as the packs' notes do (core's {@code CitationTextZhTest}): a note edited here
 * without its Chinese in core's table would fall back to English, and this test names it.
 */
class OptionCitationsZhTest {

  private record Cited(Class<?> calculator, String field) {
  }

  /** Each calculator's citation passed to a DefaultUsedStep (grep the calculators for {@code new DefaultUsedStep}). */
  private static final List<Cited> OWN = List.of(
      new Cited(GuaranteeFeeReductionCalculator.class, "READING_A"),
      new Cited(GuaranteeFeeReductionCalculator.class, "REDUCTION_CHOICE"),
      new Cited(RenovationInterestCalculator.class, "APPORTIONMENT_DEFAULT"),
      new Cited(StackingCalculator.class, "PRECEDENCE_DEFAULT"),
      new Cited(RdCalculator.class, "RATE_YEAR_DEFAULT"),
      new Cited(FirmYearCalculator.class, "BREAKDOWN"),
      new Cited(FirmYearCalculator.class, "LOSS_NOT_CARRIED"));

  private static Citation citation(Cited cited) throws ReflectiveOperationException {
    Field field = cited.calculator().getDeclaredField(cited.field());
    field.setAccessible(true);
    return (Citation) field.get(null);
  }

  @Test
  void test_ownCitations_labelAndNoteInChinese_englishAsWritten() throws ReflectiveOperationException {
    for (Cited cited : OWN) {
      Citation citation = citation(cited);
      String note = citation.note().orElseThrow();
      DefaultUsedStep step = new DefaultUsedStep(LocalizedText.of("选项", "option"), "X", false, citation);
      String zh = step.render(Locale.SIMPLIFIED_CHINESE);
      assertThat(zh).as(cited.toString()).startsWith("选项：选项 = X（库默认值，无来源规定）[惠企取舍登记 §")
          .doesNotContain(note).doesNotContain("decisions register").endsWith("]");
      assertThat(step.render(Locale.ENGLISH)).as(cited.toString())
          .endsWith("[" + citation.label() + ": " + note + "]");
    }
    // two of them written out: StackingCalculator's precedence (register §4.1 item 10, the item a member of its
    // own) and GuaranteeFeeReductionCalculator's maximum reduction (§1.2 card 000-6, named in the article)
    assertThat(new DefaultUsedStep(LocalizedText.of("两项贴息均符合时的适用顺序", "precedence when both qualify"),
        "FIRST_CLAIMED", false, citation(OWN.get(3))).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("选项：两项贴息均符合时的适用顺序 = FIRST_CLAIMED（库默认值，无来源规定）[惠企取舍登记 §4.1 第10项："
            + "没有来源规定同时符合两项贴息的贷款适用哪一项；默认：该贷款已申请（先申请）的贴息优先，两项均未申请时取金额较大者，"
            + "即企业会作的选择；LARGER 为另一选项]");
    assertThat(new DefaultUsedStep(LocalizedText.of("减免比例", "reduction granted"), "40%", true,
        citation(OWN.get(1))).render(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("选项：减免比例 = 40%（调用方选择）[惠企取舍登记 §1.2 卡片 000-6：“最高减免40%”是最高值；"
            + "未提供担保机构实际的减免比例时，按最高值计]");
  }
}
