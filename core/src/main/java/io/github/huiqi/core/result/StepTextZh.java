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
 *       district-park rent;
 *   <li>the VAT's sales tested against the threshold ({@code S + I (special invoices) + P (immovable property)}); the
 *       R&amp;D deduction's sums ({@code personnel + direct inputs + …}, {@code expensed extra + Σ intangibles' extra
 *       amortisation}), its range of rates, a project's costs, an entrustment's price, an industry that may be
 *       excluded, and the saving while R&amp;D is not fully known; the firm-year order ({@code VAT | R&D → taxable
 *       income → 小型微利企业});
 *   <li>a loan, a deferral, a claim or an application as an input: the guarantee-fee subsidy's loan ({@code P CNY, D,
 *       loan rate R, fee rate F, fee paid X} → {@code 本金 P CNY，放款日 D，贷款利率 R，担保费率 F，已付担保费 X}), the
 *       risk pool's loan and category, an interest payment, a hire, a deferred contribution ({@code due D, repaid
 *       D}), a deferred loan ({@code due D, deferral asked to D}, its legal form not given), a housing-fund
 *       application and its capped request, an arrears claim ({@code C1: KIND, A, disputed false → CLASS}), a 3%-rate
 *       levy exempted;
 *   <li>the guarantee fee saved ({@code standard fee A − reduced fee B}), the fee reduction's reading of register §4.3
 *       item 18 and its re-guarantee reduction not applied; a district park's area; the scale-up reward's entry to
 *       the database and its status not given; the risk pool's size read from the figures; the renovation grant's
 *       least fixed-asset investment; the apportioning by actual days.
 * </ul>
 * Then, within any text: a value not given in a list of facts ({@code highTech = not given} → {@code highTech =
 * 未提供}); a comparison with a least ({@code A vs at least B} → {@code A，至少需 B}); a loan's guarantee facts
 * ({@code , no guarantee facts}, {@code , guarantee by a government guarantor, standard rate 2%, fee rate 1%}); a rent
 * paid in a year, and a lease not running in that year (its rent not counted); a claim whose dispute is not given;
 * {@code rounded half-up to the fen}; the fee reduction's conflict note; a rounding named by its mode
 * ({@code , rounded HALF_UP@2} → {@code ，按 HALF_UP@2 舍入}); days and years counted ({@code 31 days (…)},
 * {@code < 3 years}); a comparison ({@code A vs B} → {@code A 对比 B}, compared
 * unrounded); a region wider than the measure's; a deferral capped; a limit; the hires undetermined; the tax-year
 * parts of the firm-year total; a technical staff counted among the staff; a recognition ended before the window; and
 * a reference to the decisions register outside the citation ({@code decisions register §4.3 item 18} → {@code 取舍登记
 * §4.3 第18项}).
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
      form("the other interest, fees and premiums: (.+)",
          m -> "其他利息、担保费和保费：" + m.group(1).replace("no upper bound", "无上限")),
      form("no year of the history is in the database", m -> "历年均未纳入规模以上工业企业库"),
      form("no lease of state-owned space", m -> "无国有产业用房租约"),
      form("(\\d+) bill\\(s\\) overdue in the period", m -> "期间内欠费 " + m.group(1) + " 笔"),
      form("a lease with districtPark = true", m -> "有 districtPark = true 的租约"),
      form("no lease in a district park", m -> "无区级园区内的租约"),
      form("no lease in a district park within the rate's validity \\((\\d+) outside it\\)",
          m -> "费率有效期内无区级园区内的租约（有效期外 " + m.group(1) + " 份）"),
      // the VAT's sales tested against the threshold, and the R&D deduction's sums
      form("(\\S+) \\+ (\\S+) \\(special invoices\\) \\+ (\\S+) \\(immovable property\\)",
          m -> m.group(1) + " + " + m.group(2) + "（专用发票销售额）+ " + m.group(3) + "（不动产销售额）"),
      form("expensed extra \\+ Σ intangibles' extra amortisation", m -> "费用化研发费用加计扣除额 + Σ 无形资产摊销加计扣除额"),
      form("as above, less the rate on what is taken out", m -> "同上，减去应冲减部分按加计扣除比例计算的金额"),
      form("personnel \\+ direct inputs \\+ depreciation \\+ intangible amortisation \\+ new-product design",
          m -> "人员人工费用 + 直接投入费用 + 折旧费用 + 无形资产摊销 + 新产品设计费等"),
      form("extra rate (\\S+) \\.\\. (\\S+) in (\\d{4}): total (\\S+) \\.\\. (\\S+)", m -> m.group(3) + " 年加计扣除比例 "
          + m.group(1) + " .. " + m.group(2) + "：加计扣除总额 " + m.group(4) + " .. " + m.group(5)),
      form("E = (.+) \\(R&D not fully known: up to the whole standard tax\\)",
          m -> "E = " + m.group(1) + "（研发费用数据不全：至多为按标准税率计算的全部税额）"),
      form("VAT \\| R&D → taxable income → (\\S+)", m -> "增值税 | 研发费用加计扣除 → 应纳税所得额 → " + m.group(1)),
      // a loan, a deferral, a claim and an application as an input
      form("(\\S+) CNY, (\\d{4}-\\d{2}-\\d{2}), loan rate (\\S+), fee rate (\\S+), fee paid (\\S+)",
          m -> "本金 " + m.group(1) + " CNY，放款日 " + m.group(2) + "，贷款利率 " + m.group(3) + "，担保费率 " + m.group(4)
              + "，已付担保费 " + m.group(5)),
      form("(\\S+), principal (\\S+) CNY, granted (\\S+)(?:, extended (\\S+))?, first non-performing (\\S+), "
          + "principal outstanding (\\S+) CNY", m -> m.group(1) + "，本金 " + m.group(2) + " CNY，发放日 " + m.group(3)
          + (m.group(4) == null ? "" : "，展期日 " + m.group(4)) + "，首次列为不良 " + m.group(5) + "，未偿本金 " + m.group(6)
          + " CNY"),
      form("non-performing since (\\S+)", m -> "自 " + m.group(1) + " 起列为不良"),
      form("(\\S+) (CNY \\S+), due (\\S+)(?:, repaid (\\S+)|, repayment date not given)", m -> m.group(1) + " "
          + m.group(2) + "，应缴日 " + m.group(3) + (m.group(4) == null ? "，未提供补缴日期" : "，补缴日 " + m.group(4))),
      form("(\\S+(?: \\S+)?), due (\\S+)(?:, deferral asked to (\\S+))?", m -> m.group(1) + "，到期日 " + m.group(2)
          + (m.group(3) == null ? "" : "，申请延期至 " + m.group(3))),
      form("due (\\S+)(?:; legal form not given: (an independent legal person, decided as an enterprise's"
          + "|decided as an enterprise's and as an individual business's))?", m -> "到期日 " + m.group(1)
          + (m.group(2) == null ? "" : m.group(2).startsWith("an ") ? "；未提供组织形式：视为独立法人，按企业判定"
          : "；未提供组织形式：分别按企业和个体工商户判定")),
      form("applied (\\S+), deferral from (\\S+)(?: to (\\S+))?", m -> "申请日 " + m.group(1) + "，缓缴自 " + m.group(2)
          + (m.group(3) == null ? " 起" : " 至 " + m.group(3))),
      form("(\\S+); the request to (\\S+) is capped", m -> m.group(1) + "；申请缓缴至 " + m.group(2) + "，超出部分不予延长"),
      form("(\\S+): (\\S+), (\\S+), disputed (true|false|not given) → (\\S+)", m -> m.group(1) + "：" + m.group(2)
          + "，" + m.group(3) + "，" + switch (m.group(4)) {
            case "true" -> "有分歧";
            case "false" -> "无分歧";
            default -> "未提供是否有分歧";
          } + " → " + (m.group(5).equals("unknown") ? "无法判断" : m.group(5))),
      // the guarantee fee saved, a park's area, the scale-up reward's entry, the risk pool's size
      form("standard fee (\\S+) − reduced fee (\\S+)", m -> "标准担保费 " + m.group(1) + " − 减免后担保费 " + m.group(2)),
      form("decisions register (§4\\.3) item (18): min\\(standard × \\(1 − r\\), ceiling\\)",
          m -> "取舍登记 " + m.group(1) + " 第" + m.group(2) + "项：取 标准费率 × (1 − r) 与上限中的较小者"),
      form("park area (\\S+) m²", m -> "园区内面积 " + m.group(1) + " m²"),
      form("entered (\\d{4}), not in the database in (\\d{4})", m -> m.group(1) + " 年入库，" + m.group(2) + " 年不在库中"),
      form("entered (\\d{4})", m -> m.group(1) + " 年入库"),
      form("the status in (.+) not given: whichever was the first in the database, or none, the reward is (not )?due",
          m -> "未提供 " + m.group(1) + " 年的入库情况：无论哪一年首次入库，或从未入库，" + (m.group(2) == null ? "均应给予奖励"
              : "均不应给予奖励")),
      form("(\\S+) CNY, (\\S+) → (\\S+), paid (\\S+)", m -> m.group(1) + " CNY，计息期 " + m.group(2) + " → " + m.group(3)
          + "，支付日 " + m.group(4)),
      form("hired (\\S+)", m -> "招用日 " + m.group(1)),
      form("exempt \\((\\S+)\\)", m -> "免征（" + m.group(1) + "）"),
      form("(\\S+) \\(not applied: the guarantee does not qualify\\)", m -> m.group(1) + "（未适用：担保不符合条件）"),
      form("(\\S+) \\(not applied: whether the guarantee qualifies is undetermined\\)",
          m -> m.group(1) + "（未适用：担保是否符合条件待定）"),
      form("ACT days, (\\S+)", m -> "按实际天数（ACT），" + m.group(1)),
      form("not given; compensation by category: (.+)", m -> "未提供；各类别的补偿：" + m.group(1).replace(", ", "，")),
      form("table\\[(\\S+)\\] \\(no row for (\\S+)\\)", m -> "table[" + m.group(1) + "]（" + m.group(2) + " 无对应行）"),
      form("first five (\\S+), other related (\\S+)", m -> "前五类 " + m.group(1) + "，其他相关费用 " + m.group(2)),
      form("(\\S+) may or may not be in (.+): give a division code",
          m -> m.group(1) + " 可能属于也可能不属于 " + m.group(2) + "：请提供行业大类代码"),
      form("tax year (\\d+); price (\\S+)", m -> "纳税年度 " + m.group(1) + "；委托价款 " + m.group(2)),
      form("price (\\S+) counts nothing", m -> "委托价款 " + m.group(1) + "，不得加计扣除"),
      form("(\\S+) not given, at least (.+?): (.+)", m -> "未提供 " + m.group(1) + "，至少为 " + m.group(2) + "："
          + m.group(3).replace(" vs at least ", "，至少需 ")),
      form("size not given; (\\S+) from the prior full year's figures \\((.+)\\)",
          m -> "未提供 size；按上一个完整年度的数据划型为 " + m.group(1) + "（" + m.group(2) + "）"));

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
      form(" \\(the lease, (\\S+?)(?: to (\\S+?))?, does not run in (\\d{4}): no rent of that year counts\\)",
          m -> "（租约" + (m.group(2) == null ? "自 " + m.group(1) + " 起" : " " + m.group(1) + " 至 " + m.group(2))
              + "，" + m.group(3) + " 年内未执行：该年租金不计）"),
      form(" disputed not given → unknown", m -> " 未提供是否有分歧 → 无法判断"),
      form(",? rounded half-up to the fen", m -> "，四舍五入到分"),
      form("; conflict: (.+) > (\\S+), no reduction of at most (\\S+) reaches the ceiling, so the ceiling sets the "
          + "rate \\((decisions register [^)]+)\\)", m -> "；冲突：" + m.group(1) + " > " + m.group(2) + "，不超过 "
          + m.group(3) + " 的减免均达不到上限，故按上限费率（" + m.group(4) + "）"),
      form(",? rounded ([A-Z_]+@\\d+)", m -> "，按 " + m.group(1) + " 舍入"),
      form(", counted among the staff", m -> "，计入职工总数"),
      form(", before the window", m -> "，早于窗口期"),
      form(", limit (\\S+ × \\S+ = \\S+)$", m -> "，上限 " + m.group(1)),
      form(" \\(\\+ (\\S+ × \\d+) undetermined\\)", m -> "（另有待定 " + m.group(1) + "）"),
      form(" (\\d+) days \\(([^()]+)\\)", m -> " " + m.group(1) + " 天（" + m.group(2) + "）"),
      form(" (\\d+) years(?: \\(to (\\S+)\\))?", m -> " " + m.group(1) + " 年"
          + (m.group(2) == null ? "" : "（于 " + m.group(2) + " 届满）")),
      form(" \\(compared unrounded\\)", m -> "（未经舍入比较）"),
      form(" vs ", m -> " 对比 "),
      form(", a wider area than (\\S+)", m -> "，其范围大于 " + m.group(1)),
      form("; not allowed, capped to (\\S+)", m -> "；不允许，以 " + m.group(1) + " 为限"),
      form(" \\(VAT\\) ?", m -> "（增值税）"),
      form(" \\(R&D\\) ?", m -> "（研发费用加计扣除）"),
      form(" \\(小型微利企业\\) ?", m -> "（小型微利企业）"),
      form(" \\(income tax saved: R&D and 小型微利企业 together\\)", m -> "（少缴的企业所得税：研发费用加计扣除与小型微利企业合计）"),
      form("(?:huiqi )?decisions register (§[\\d.]+)(?: item)? (\\d+)", m -> "取舍登记 " + m.group(1) + " 第" + m.group(2)
          + "项"));

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
