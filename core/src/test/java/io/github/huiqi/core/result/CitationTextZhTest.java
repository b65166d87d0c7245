package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * An option's citation in Chinese ({@link CitationTextZh}, {@link DefaultUsedStep#render}): a register entry's label
 * as README.zh-CN names the register, 惠企取舍登记, and each note the library ships read from the table
 * {@code citation-notes-zh.json}; the English render and the JSON keep the citation as written.
 */
class CitationTextZhTest {

  /**
   * The parameters whose citation a calculator passes to a {@link DefaultUsedStep}, by measure model (grep the
   * calculators for {@code new DefaultUsedStep}: FirstLoanCalculator, FirstLoanGuaranteedCalculator, the three
   * guarantee-fee calculators, RiskPoolCalculator, TechSmeCalculator, the two renovation calculators,
   * RentAreaCalculator, RdCalculator, VatCalculator, SmallLowProfitCalculator).
   */
  private static final Map<Class<? extends Measure>, List<String>> CITED_BY_AN_OPTION = Map.ofEntries(
      Map.entry(FirstLoanMeasure.class, List.of("dayCount", "rounding")),
      Map.entry(FirstLoanGuaranteedMeasure.class, List.of("dayCount", "rounding")),
      Map.entry(GuaranteeFeeAverageMeasure.class, List.of("weighting", "dayCount")),
      Map.entry(GuaranteeFeeReductionMeasure.class, List.of("reGuaranteeReduction", "dayCount")),
      Map.entry(GuaranteeFeeBenchmarkCapMeasure.class, List.of("benchmark", "dayCount")),
      Map.entry(RiskPoolMeasure.class, List.of("lossBasis", "returnRecoveries")),
      Map.entry(TechSmeMeasure.class, List.of("accrualBasis", "splitDayCount", "rounding")),
      Map.entry(RenovationInterestMeasure.class, List.of("maximumSubsidyYears", "rounding")),
      Map.entry(RenovationGrantMeasure.class, List.of("rounding")),
      Map.entry(RentAreaMeasure.class, List.of("periodUnit")),
      Map.entry(RdMeasure.class, List.of("rounding")),
      Map.entry(VatMeasure.class, List.of("specialInvoiceSalesInThresholdTest", "rounding")),
      Map.entry(SmallLowProfitMeasure.class, List.of("negativePrepayment", "rounding")));

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final Pattern DIGITS = Pattern.compile("[0-9]+");
  private static final Pattern SECTION = Pattern.compile("§[0-9]+(?:\\.[0-9]+)*");

  private static List<String> sorted(Pattern pattern, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      found.add(m.group());
    }
    found.sort(null);
    return found;
  }

  private static Citation cited(Measure measure, String parameter) throws ReflectiveOperationException {
    for (RecordComponent component : measure.getClass().getRecordComponents()) {
      if (component.getName().equals(parameter)) {
        return ((Parameter<?>) component.getAccessor().invoke(measure)).citation();
      }
    }
    throw new AssertionError(measure.getClass().getSimpleName() + " has no " + parameter);
  }

  private static Citation register(String article, String item, String note) {
    return new Citation(Provenance.LIBRARY_DEFAULT, "huiqi", article, Optional.ofNullable(item), Optional.empty(),
        Optional.ofNullable(note));
  }

  @Test
  void test_table_everyEntryChineseWithTheFiguresAndSectionsOfItsEnglish() {
    // 23 notes of the packs' parameters (below) and the calculators' own 7: GuaranteeFeeReductionCalculator's
    // READING_A and REDUCTION_CHOICE, RenovationInterestCalculator's APPORTIONMENT_DEFAULT, StackingCalculator's
    // PRECEDENCE_DEFAULT, RdCalculator's RATE_YEAR_DEFAULT, FirmYearCalculator's BREAKDOWN and LOSS_NOT_CARRIED
    assertThat(CitationTextZh.notes()).hasSize(30);
    CitationTextZh.notes().forEach((english, chinese) -> {
      assertThat(CJK.matcher(chinese).find()).as(chinese).isTrue();
      assertThat(chinese).as(english).doesNotContain(": ").doesNotContain("; ");
      // every figure, rate, date, section and item of the English is kept: the same runs of digits
      assertThat(sorted(DIGITS, chinese)).as(chinese).isEqualTo(sorted(DIGITS, english));
      assertThat(sorted(SECTION, chinese)).as(chinese).isEqualTo(sorted(SECTION, english));
      // no English sentence left: two Latin words in a row only as a code or formula the English has too
      Matcher words = Pattern.compile("[A-Za-z]{2,}(?: [A-Za-z]{2,})+").matcher(chinese);
      while (words.find()) {
        assertThat(english).as(chinese).contains(words.group());
      }
    });
  }

  @Test
  void test_table_holdsTheNoteOfEveryParameterAnOptionCites() throws ReflectiveOperationException {
    Set<String> notes = new LinkedHashSet<>();
    for (Measure measure : PolicyData.builtIn().measures()) {
      for (String parameter : CITED_BY_AN_OPTION.getOrDefault(measure.getClass(), List.of())) {
        cited(measure, parameter).note().ifPresent(notes::add);
      }
    }
    assertThat(notes).hasSize(23);
    assertThat(CitationTextZh.notes()).containsKeys(notes.toArray(String[]::new));
  }

  @Test
  void test_label_registerEntriesInChineseOtherDocumentsAsTheyAre() {
    // the item a member of its own (the packs) or named in the article (Citation.libraryDefault)
    assertThat(CitationTextZh.label(register("decisions register §4.3", "21", null))).isEqualTo("惠企取舍登记 §4.3 第21项");
    assertThat(CitationTextZh.label(register("decisions register §4.5 item 34", null, null)))
        .isEqualTo("惠企取舍登记 §4.5 第34项");
    assertThat(CitationTextZh.label(register("decisions register §4.1 item 8b", null, null)))
        .isEqualTo("惠企取舍登记 §4.1 第8b项");
    // a card of §1, named or as the item; a section alone
    assertThat(CitationTextZh.label(register("decisions register §1.2 card 000-6", null, null)))
        .isEqualTo("惠企取舍登记 §1.2 卡片 000-6");
    assertThat(CitationTextZh.label(register("decisions register §1.3", "001-14", null)))
        .isEqualTo("惠企取舍登记 §1.3 卡片 001-14");
    assertThat(CitationTextZh.label(register("decisions register §2.8", null, null))).isEqualTo("惠企取舍登记 §2.8");
    // another document's label, and a reference in no register form, as written
    Citation instrument = new Citation(Provenance.EXTERNAL_INSTRUMENT, "《深圳市工业和信息化局企业技术改造项目扶持计划操作规程》",
        "技术改造贷款贴息", Optional.empty(), Optional.empty(), Optional.of("at most 3 years"));
    assertThat(CitationTextZh.label(instrument)).isEqualTo("《深圳市工业和信息化局企业技术改造项目扶持计划操作规程》 技术改造贷款贴息");
    assertThat(CitationTextZh.label(Citation.sourceText("深工信〔2023〕26号", "第6条", null))).isEqualTo("深工信〔2023〕26号 第6条");
    assertThat(CitationTextZh.label(register("register of decisions", null, null)))
        .isEqualTo("huiqi register of decisions");
  }

  @Test
  void test_render_realStepsInChinese_englishAndJsonAsWritten() throws ReflectiveOperationException {
    Map<String, Measure> measures = new HashMap<>();
    PolicyData.builtIn().measures().forEach(m -> measures.put(m.id().value(), m));

    // GuaranteeFeeReductionCalculator's day count, sz-gxj-2023-26.guarantee-fee-reduction's dayCount (register
    // §4.3 item 21), the guarantee-fee convention 年费率 × 期限(月) ÷ 12
    Citation dayCount = cited(measures.get("sz-gxj-2023-26.guarantee-fee-reduction"), "dayCount");
    DefaultUsedStep fee = new DefaultUsedStep(LocalizedText.of("担保期间的计费基础", "day count of the fee period"),
        "WHOLE-MONTHS", false, dayCount);
    assertThat(fee.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("选项：担保期间的计费基础 = WHOLE-MONTHS（库默认值，无来源规定）"
        + "[惠企取舍登记 §4.3 第21项：计费期间的天数基础由合同约定，没有来源规定；默认采用担保费惯例 年费率 × 期限(月) ÷ 12：整月数 ÷ 12 "
        + "加零头天数 ÷ 360（算头不算尾），使按年费率 r 计费的整年恰为 r × 金额，且按1%上限计算的担保费按此惯例每年不超过1%"
        + "（ACT/360 则收取其 365/360）；ACT/360 和 ACT/365F 为可选项]");
    assertThat(fee.render(Locale.ENGLISH)).isEqualTo("Option: day count of the fee period = WHOLE-MONTHS (library "
        + "default (no source settles it)) [huiqi decisions register §4.3 21: the fee period basis is contractual and "
        + "no source fixes it; the default is the guarantee-fee convention 年费率 × 期限(月) ÷ 12: whole months ÷ 12 "
        + "plus the odd days ÷ 360 (算头不算尾), so that a whole year at an annual rate r costs exactly r × the amount "
        + "and a fee at the 1% ceiling never exceeds 1% a year by convention (ACT/360 would charge 365/360 of it); "
        + "ACT/360 and ACT/365F are options]");
    // the step's JSON (and so an audit receipt) keeps the English note
    assertThat(HuiqiJson.write(fee)).contains(dayCount.note().orElseThrow()).doesNotContain("惠企取舍登记");

    // RiskPoolCalculator's loss basis chosen by the caller, sz-gxj-2023-26.risk-compensation-pool (§4.2 item 12)
    Citation lossBasis = cited(measures.get("sz-gxj-2023-26.risk-compensation-pool"), "lossBasis");
    DefaultUsedStep loss = new DefaultUsedStep(LocalizedText.of("可补偿损失口径", "compensable loss basis"),
        "PRINCIPAL_AND_INTEREST", true, lossBasis);
    assertThat(loss.render(Locale.CHINESE)).isEqualTo("选项：可补偿损失口径 = PRINCIPAL_AND_INTEREST（调用方选择）[惠企取舍登记 "
        + "§4.2 第12项：检索到的规则均未说明利息是否可获补偿；资金池自身的统计以补偿额与不良贷款本金相比（2022年三月末：本金 "
        + "1,609,000,000，已补偿 540,000,000），故默认以首次列为不良时的未偿本金为准；PRINCIPAL_AND_INTEREST 为可选项]");

    // GuaranteeFeeReductionCalculator's reduction, its own citation of §1.2 card 000-6 (Citation.libraryDefault)
    Citation card = Citation.libraryDefault("decisions register §1.2 card 000-6",
        "'最高减免40%' is a maximum; without the guarantor's actual reduction the maximum is used");
    DefaultUsedStep reduction = new DefaultUsedStep(LocalizedText.of("减免比例", "reduction granted"), "40%", false, card);
    assertThat(reduction.render(Locale.SIMPLIFIED_CHINESE)).isEqualTo("选项：减免比例 = 40%（库默认值，无来源规定）"
        + "[惠企取舍登记 §1.2 卡片 000-6：“最高减免40%”是最高值；未提供担保机构实际的减免比例时，按最高值计]");
    assertThat(reduction.render(Locale.ENGLISH)).isEqualTo("Option: reduction granted = 40% (library default (no "
        + "source settles it)) [huiqi decisions register §1.2 card 000-6: '最高减免40%' is a maximum; without the "
        + "guarantor's actual reduction the maximum is used]");

    // a note the table lacks (a host's own pack) stays English, after the Chinese label; no note, the label alone
    DefaultUsedStep own = new DefaultUsedStep(LocalizedText.of("舍入", "rounding"), "HALF_UP@2", false,
        register("decisions register §4.5", "35", "our district rounds each grant once"));
    assertThat(own.render(Locale.CHINESE)).isEqualTo("选项：舍入 = HALF_UP@2（库默认值，无来源规定）[惠企取舍登记 §4.5 第35项："
        + "our district rounds each grant once]");
    assertThat(new DefaultUsedStep(LocalizedText.of("舍入", "rounding"), "HALF_UP@2", true,
        register("decisions register §2.8", null, null)).render(Locale.CHINESE))
        .isEqualTo("选项：舍入 = HALF_UP@2（调用方选择）[惠企取舍登记 §2.8]");
  }
}
