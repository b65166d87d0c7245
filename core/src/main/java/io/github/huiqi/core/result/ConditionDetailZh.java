package io.github.huiqi.core.result;

import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Chinese form of a condition step's detail where the library writes it in one of its shared English forms: a
 * detail is the facts a condition compared, written once (in English, as the step's JSON keeps it), and these forms
 * read in Chinese in {@link ConditionStep#render} when the locale is Chinese. A detail in no such form (a fact and its
 * value, {@code drawdownDate = 2023-01-15}, or a calculator's own sentence) is kept as it is. Fact names, JSON
 * Pointers, codes, dates and figures are kept verbatim in every form.
 * <p>
 * The whole-detail forms, the first that matches:
 * <ul>
 *   <li>{@code rentPaid not given} → {@code 未提供 rentPaid};
 *   <li>{@code tax year 2023 within 2023-01-01..; the most favourable applicable row applies} →
 *       {@code 纳税年度 2023 在 2023-01-01.. 内；适用最优惠的一行}, and without its second part;
 *   <li>{@code no grantEvents entry with code X} → {@code grantEvents 中无代码为 X 的事件};
 *   <li>{@code /grantEvents/0: E1 on 2023-05-01} → {@code /grantEvents/0：E1，发生于 2023-05-01};
 *   <li>{@code highTech since D1 until D2, event on D3} → {@code highTech 自 D1 至 D2 有效，事件发生于 D3};
 *   <li>{@code littleGiant held on no day of W} and {@code littleGiant held on D};
 *   <li>{@code endOfUse = D1, needs ≥ D2} → {@code endOfUse = D1，需不早于 D2};
 *   <li>the fixed sentences of the scale-up reward, the purchase of state-owned space, the utility arrears and the
 *       district-park rent.
 * </ul>
 * Then, within any detail, a value not given in a list of facts ({@code highTech = not given} →
 * {@code highTech = 未提供}) and a comparison with a least ({@code A vs at least B} → {@code A，至少需 B}).
 */
final class ConditionDetailZh {

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
      form("no year of the history is in the database", m -> "历年均未纳入规模以上工业企业库"),
      form("no lease of state-owned space", m -> "无国有产业用房租约"),
      form("(\\d+) bill\\(s\\) overdue in the period", m -> "期间内欠费 " + m.group(1) + " 笔"),
      form("a lease with districtPark = true", m -> "有 districtPark = true 的租约"),
      form("no lease in a district park", m -> "无区级园区内的租约"),
      form("no lease in a district park within the rate's validity \\((\\d+) outside it\\)",
          m -> "费率有效期内无区级园区内的租约（有效期外 " + m.group(1) + " 份）"));

  private static final Pattern VALUE_NOT_GIVEN = Pattern.compile(" = not given(?=,|;|$)");
  private static final Pattern AT_LEAST = Pattern.compile(" vs at least ");

  private ConditionDetailZh() {
  }

  private static Form form(String english, Function<Matcher, String> chinese) {
    return new Form(Pattern.compile(english), chinese);
  }

  /**
   * The detail in Chinese.
   *
   * @param detail  the detail as the library writes it
   * @return its Chinese form, or the detail itself where it is in none of the shared forms
   */
  static String of(String detail) {
    for (Form form : WHOLE) {
      Matcher matcher = form.english().matcher(detail);
      if (matcher.matches()) {
        return form.chinese().apply(matcher);
      }
    }
    String text = VALUE_NOT_GIVEN.matcher(detail).replaceAll(" = 未提供");
    return AT_LEAST.matcher(text).replaceAll("，至少需 ");
  }
}
