package io.github.huiqi.core.result;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese form of an explanation step's text where the library writes it in one of its shared English forms: a
 * condition's detail, an input's value, a calculation's formula and an option's value are written once (in English,
 * as the step's JSON keeps them), and these forms read in Chinese in the steps' {@code render} when the locale is
 * Chinese. A text in no such form (a fact and its value, {@code drawdownDate = 2023-01-15}, a formula of figures, or
 * a calculator's own sentence) is kept as it is. Fact names, JSON Pointers, codes, dates and figures are kept verbatim
 * in every form.
 * <p>
 * The whole-text forms, the first that matches:
 * <ul>
 *   <li>{@code rentPaid not given} → {@code 未提供 rentPaid};
 *   <li>{@code tax year 2023 within 2023-01-01..; the most favourable applicable row applies} →
 *       {@code 纳税年度 2023 在 2023-01-01.. 内；适用最优惠的一行}, and without its second part;
 *   <li>{@code no grantEvents entry with code X} → {@code grantEvents 中无代码为 X 的事件};
 *   <li>{@code /grantEvents/0: E1 on 2023-05-01} → {@code /grantEvents/0：E1，发生于 2023-05-01};
 *   <li>{@code highTech since D1 until D2, event on D3} → {@code highTech 自 D1 至 D2 有效，事件发生于 D3};
 *   <li>{@code littleGiant held on no day of W} and {@code littleGiant held on D};
 *   <li>{@code endOfUse = D1, needs ≥ D2} → {@code endOfUse = D1，需不早于 D2};
 *   <li>a benchmark's point {@code SERIES = 4.35% from 2015-10-24} → {@code SERIES = 4.35%，自 2015-10-24 起}, and its
 *       basis {@code PBOC_BENCHMARK_BY_TERM, on the contract date};
 *   <li>the VAT's {@code exempt: …} formulas and {@code no periods}; the fee reduction's {@code fee at 1% over the same
 *       period}; the 小型微利企业 relief's income before the R&amp;D deduction; the stacking's other interest, fees and
 *       premiums;
 *   <li>the fixed sentences of the scale-up reward, the purchase of state-owned space, the utility arrears and the
 *       district-park rent.
 * </ul>
 * Then, within any text: a value not given in a list of facts ({@code highTech = not given} → {@code highTech =
 * 未提供}); a comparison with a least ({@code A vs at least B} → {@code A，至少需 B}); a loan's guarantee facts
 * ({@code , no guarantee facts}, {@code , guarantee by a government guarantor, standard rate 2%, fee rate 1%}); a rent
 * paid in a year; a claim whose dispute is not given; {@code rounded half-up to the fen}; and the fee reduction's
 * conflict note.
 */
final class StepTextZh {

  private record Form(Pattern english, Function<Matcher, String> chinese) {
  }

  private static final List<Form> WHOLE = List.of(
      form("(\\S+) not given", m -> "未提供 " + m.group(1)),
      form("tax year (\\d+) within (\\S+); the most favourable applicable row applies",
          m -> "纳税年度 " + m.group(1) + " 在 " + m.group(2) + " 内；适用最优惠的一行"),
      form("tax year (\\d+) within (\\S+)", m -> "纳税年度 " + m.group(1) + " 在 " + m.group(2) + " 内"),
      form("no grantEvents entry with code (\\S+)", m -> "grantEvents 中无代码为 " + m.group(1) + " 的事件"),
      form("(/\\S+): (\\S+) on (\\d{4}-\\d{2}-\\d{2})", m -> m.group(1) + "：" + m.group(2) + "，发生于 " + m.group(3)),
      form("(\\S+) (?:since (\\S+))?(?: ?until (\\S+))?, event on (\\S+)", m -> m.group(1)
          + (m.group(2) == null ? "" : " 自 " + m.group(2)) + (m.group(3) == null ? "" : " 至 " + m.group(3))
          + (m.group(2) == null && m.group(3) == null ? "" : " 有效") + "，事件发生于 " + m.group(4)),
      form("(\\S+) held on no day of (\\S+)", m -> m.group(1) + " 在 " + m.group(2) + " 内任何一日均未持有"),
      form("(\\S+) held on (\\S+)", m -> m.group(1) + " 于 " + m.group(2) + " 持有"),
      form("(.+), needs ≥ (\\S+)", m -> m.group(1) + "，需不早于 " + m.group(2)),
      form("(\\S+) = (\\S+) from (\\d{4}-\\d{2}-\\d{2})( \\[.*\\])?", m -> m.group(1) + " = " + m.group(2) + "，自 "
          + m.group(3) + " 起" + (m.group(4) == null ? "" : m.group(4))),
      form("(\\S+), on the contract date", m -> m.group(1) + "，按合同签订日"),
      form("exempt: within the threshold", m -> "免征：未超过起征点"),
      form("exempt: the whole period within the threshold", m -> "免征：整个期间未超过起征点"),
      form("exempt: 3%-rate sales exempt", m -> "免征：适用3%征收率的销售额免征"),
      form("no periods", m -> "无申报期"),
      form("fee at (\\S+) over the same period", m -> "同一期间按 " + m.group(1) + " 计算"),
      form("income before the deduction, less the least deduction (\\S+): (.+); limit (\\S+)",
          m -> "扣除前的应纳税所得额减去至少可加计扣除的 " + m.group(1) + "：" + notGiven(m.group(2)) + "；上限 "
              + m.group(3)),
      form("the other interest, fees and premiums: (.+)", m -> "其他利息、担保费和保费：" + m.group(1)),
      form("no year of the history is in the database", m -> "历年均未纳入规模以上工业企业库"),
      form("no lease of state-owned space", m -> "无国有产业用房租约"),
      form("(\\d+) bill\\(s\\) overdue in the period", m -> "期间内欠费 " + m.group(1) + " 笔"),
      form("a lease with districtPark = true", m -> "有 districtPark = true 的租约"),
      form("no lease in a district park", m -> "无区级园区内的租约"),
      form("no lease in a district park within the rate's validity \\((\\d+) outside it\\)",
          m -> "费率有效期内无区级园区内的租约（有效期外 " + m.group(1) + " 份）"));

  /** The forms replaced within any text, in this order. */
  private static final List<Form> WITHIN = List.of(
      form(" = not given(?=,|;|$)", m -> " = 未提供"),
      form(" vs at least ", m -> "，至少需 "),
      form(", no guarantee facts$", m -> "，无担保信息"),
      form(", guarantee by a government guarantor", m -> "，由政府性融资担保机构担保"),
      form(", guarantee by another guarantor", m -> "，由其他担保机构担保"),
      form(", guarantee by an unknown guarantor", m -> "，担保机构类型未知"),
      form(", standard rate ", m -> "，标准费率 "),
      form(", fee rate ", m -> "，担保费率 "),
      form("rent paid in (\\d{4})", m -> m.group(1) + " 年已付租金"),
      form(" disputed not given → unknown", m -> " 未提供是否有分歧 → 无法判断"),
      form(",? rounded half-up to the fen", m -> "，四舍五入到分"),
      form("; conflict: (.+) > (\\S+), no reduction of at most (\\S+) reaches the ceiling, so the ceiling sets the "
          + "rate \\((decisions register [^)]+)\\)", m -> "；冲突：" + m.group(1) + " > " + m.group(2) + "，不超过 "
          + m.group(3) + " 的减免均达不到上限，故按上限费率（" + m.group(4) + "）"));

  private StepTextZh() {
  }

  private static Form form(String english, Function<Matcher, String> chinese) {
    return new Form(Pattern.compile(english), chinese);
  }

  private static String notGiven(String value) {
    return value.equals("not given") ? "未提供" : value;
  }

  /**
   * The text in Chinese.
   *
   * @param text  a step's text as the library writes it
   * @return its Chinese form, or the text itself where it is in none of the shared forms
   */
  static String of(String text) {
    for (Form form : WHOLE) {
      Matcher matcher = form.english().matcher(text);
      if (matcher.matches()) {
        return form.chinese().apply(matcher);
      }
    }
    String result = text;
    for (Form form : WITHIN) {
      Matcher matcher = form.english().matcher(result);
      StringBuilder replaced = new StringBuilder();
      while (matcher.find()) {
        matcher.appendReplacement(replaced, Matcher.quoteReplacement(form.chinese().apply(matcher)));
      }
      matcher.appendTail(replaced);
      result = replaced.toString();
    }
    return result;
  }
}
