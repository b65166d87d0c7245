package io.github.huiqi.examples.cli;

import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Renders a screened register's totals as the command line's table: one row per measure, in catalogue order (its
 * title, id, kind of amount, the firms eligible, undetermined, ineligible and failed, those a stacking rule set aside,
 * the amount certain and the range in reach), the engine's options where they are not the defaults, and the rows'
 * amounts summed per kind.
 */
final class ScreenTable {

  private ScreenTable() {
  }

  /**
   * Renders the totals.
   *
   * @param file  the register's file name
   * @param asOf  the evaluation date
   * @param options  the engine's options
   * @param totals  the totals, measures in catalogue order
   * @param shown  the measures to show, in catalogue order (a measure no firm has an outcome for shows zeros, and
   *     every firm failed: each was not a profile or could not be evaluated for it)
   * @param locale  the language
   * @return the table
   */
  static String render(String file, LocalDate asOf, EngineOptions options, ScreeningTotals totals,
      List<MeasureId> shown, Locale locale) {
    Labels words = new Labels(locale);
    StringBuilder text = new StringBuilder();
    text.append(words.pick("惠企政策筛查", "huiqi screening")).append(" · ").append(file).append(" · ")
        .append(words.pick("测算日 ", "as of ")).append(asOf).append(" · ")
        .append(words.pick("企业 " + totals.firms() + " 家，其中 " + totals.failedFirms() + " 家未能完整测算",
            totals.firms() + " firm(s), " + totals.failedFirms() + " not screened whole")).append("\n\n");
    TextColumns table = new TextColumns().row(words.pick("措施", "measure"), "id", words.pick("类别", "kind"),
        words.pick("符合", "eligible"), words.pick("待定", "undetermined"), words.pick("不符合", "ineligible"),
        words.pick("未能测算", "failed"), words.pick("叠加排除", "set aside"), words.pick("确定金额（元）", "certain (CNY)"),
        words.pick("可及金额（元）", "in reach (CNY)"));
    Map<AmountKind, BigDecimal[]> byKind = new EnumMap<>(AmountKind.class);
    Map<AmountKind, Long> unboundedByKind = new EnumMap<>(AmountKind.class);
    for (MeasureId id : shown) {
      Catalog.Entry entry = Catalog.builtIn().get(id);
      Optional<ScreeningMeasureTotals> found = totals.measure(id);
      if (found.isEmpty()) {
        // the engine gives every firm that is a profile an outcome or a failure of every measure
        table.row(entry.measure().title().in(locale), id.value(), "—", "0", "0", "0", Long.toString(totals.firms()),
            "0", "0.00", "0.00");
        continue;
      }
      ScreeningMeasureTotals m = found.get();
      table.row(entry.measure().title().in(locale), id.value(), words.kind(m.kind()), Long.toString(m.eligible()),
          Long.toString(m.undetermined()), Long.toString(m.ineligible()), Long.toString(m.failed()),
          Long.toString(m.setAside()), Labels.money(m.certain()), inReach(m.certain(), m.inReach(), m.unbounded(),
              words));
      BigDecimal[] sums = byKind.computeIfAbsent(m.kind(), kind -> new BigDecimal[] {BigDecimal.ZERO,
          BigDecimal.ZERO});
      sums[0] = sums[0].add(Cny.yuan(m.certain(), "certain"));
      sums[1] = sums[1].add(Cny.yuan(m.inReach(), "inReach"));
      unboundedByKind.merge(m.kind(), m.unbounded(), Long::sum);
    }
    text.append(table.render());
    text.append(words.pick("确定金额：符合企业的最低金额之和；可及金额：再加上待定企业，各取最高金额（无上限者按最低计，"
        + "标“另 N 家无上限”）；叠加排除的企业不计入金额。",
        "certain: the eligible firms' least amounts summed; in reach: with the undetermined firms, each at its most"
            + " (one without an upper bound at its least, shown as \"+N unbounded\"); a firm set aside is in neither."))
        .append("\n\n");
    text.append(ReportTable.options(options, words));
    text.append(words.pick("按类别合计（各措施之和；一家企业的可替代措施各自计入）：",
        "By kind (the measures' sums; a firm's alternatives each counted):")).append('\n');
    TextColumns kinds = new TextColumns();
    byKind.forEach((kind, sums) -> kinds.row("  " + words.kind(kind), words.pick("确定 ", "certain ")
        + Labels.money(Cny.of(sums[0])), words.pick("可及 ", "in reach ")
        + inReach(Cny.of(sums[0]), Cny.of(sums[1]), unboundedByKind.get(kind), words)));
    text.append(kinds.render());
    return text.toString();
  }

  /** The range in reach: {@code certain – most}, or one figure when they are equal, and the firms unbounded. */
  private static String inReach(MonetaryAmount certain, MonetaryAmount most, long unbounded,
      Labels words) {
    String range = certain.isEqualTo(most) ? Labels.money(most) : Labels.money(certain) + " – " + Labels.money(most);
    return unbounded == 0 ? range : range + words.pick("（另 " + unbounded + " 家无上限）", " (+" + unbounded
        + " unbounded)");
  }
}
