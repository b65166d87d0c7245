package io.github.huiqi.examples.platform;

import io.github.huiqi.calculators.batch.sandbox.SandboxGroupDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.calculators.batch.sandbox.SandboxRun;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.money.MonetaryAmount;

/**
 * A policy office asks what a change would cost before making it (政策沙盘): the risk pool's uplift raised from 30 to
 * 40 points and the first-loan cap from 200,000 to 300,000 (深工信〔2023〕26号 第5条), over a synthetic population of
 * 500 Shenzhen and Shanghai firms. It prints, per measure, the certain cost (eligible firms) and the cost in reach
 * (undetermined firms counted at their most) before and after, with the firms that gain or lose (and the outcomes a
 * stacking rule set aside, whose amounts are in no cost, and the firms the measure could not be evaluated for, before
 * and after: a measure whose failed firms change is listed too), then the change in reach by size class and a text
 * bar chart by district, each named as well as coded; with a file name as its argument it also writes the chart as SVG.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class SandboxExample {

  /**
   * The districts of the synthetic population ({@link ScreeningPopulation#SHENZHEN_DISTRICTS},
   * {@link ScreeningPopulation#SHANGHAI_DISTRICTS}) by their codes in 民政部《中华人民共和国县以上行政区划代码》.
   */
  private static final Map<String, String> DISTRICT_NAMES = Map.ofEntries(Map.entry("440303", "深圳罗湖区"),
      Map.entry("440304", "深圳福田区"), Map.entry("440305", "深圳南山区"), Map.entry("440306", "深圳宝安区"),
      Map.entry("440307", "深圳龙岗区"), Map.entry("440308", "深圳盐田区"), Map.entry("440309", "深圳龙华区"),
      Map.entry("440310", "深圳坪山区"), Map.entry("440311", "深圳光明区"), Map.entry("310101", "上海黄浦区"),
      Map.entry("310104", "上海徐汇区"), Map.entry("310105", "上海长宁区"), Map.entry("310106", "上海静安区"),
      Map.entry("310107", "上海普陀区"), Map.entry("310109", "上海虹口区"), Map.entry("310110", "上海杨浦区"),
      Map.entry("310112", "上海闵行区"), Map.entry("310113", "上海宝山区"), Map.entry("310115", "上海浦东新区"));

  private SandboxExample() {
  }

  /**
   * Runs the example.
   *
   * @param args  optionally, the SVG file to write
   */
  public static void main(String[] args) {
    SandboxReport report = run(500, System.out);
    if (args.length > 0) {
      try {
        Files.writeString(Path.of(args[0]), svg(report), StandardCharsets.UTF_8);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  /**
   * Runs the example.
   *
   * @param firms  the population's size
   * @param out  where to print
   * @return the report
   */
  public static SandboxReport run(long firms, PrintStream out) {
    PolicyData data = PolicyData.builtIn();
    PolicyData changed = data.withMeasure(firstLoanCap(data, "300000")).withMeasure(poolUplift(data, "40"));
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(), EntitlementEngine.of(Catalog.of(changed)),
        ScreeningPopulation.of(ScreeningExample.SEED, firms, 150), LocalDate.of(2023, 9, 30));
    out.println("policy sandbox over " + report.firms() + " firms (" + report.failedFirms() + " with a failure): "
        + "pool uplift 30 → 40 points, first-loan cap 200,000 → 300,000");
    out.printf(Locale.ROOT, "%-58s %-40s %-40s %5s %5s %-9s %s%n", "measure", "certain: before → after (change)",
        "in reach: before → after (change)", "gain", "lose", "set aside", "failed");
    for (SandboxMeasureDelta m : report.measures()) {
      if (m.gainers() + m.losers() > 0 || !m.certainChange().isZero() || !m.inReachChange().isZero()
          || m.failedBefore() != m.failedAfter()) {
        out.printf(Locale.ROOT, "%-58s %-40s %-40s %5d %5d %-9s %d → %d%n", m.measure(),
            change(m.certainBefore(), m.certainAfter(), m.certainChange()),
            change(m.inReachBefore(), m.inReachAfter(), m.inReachChange()), m.gainers(), m.losers(),
            m.setAsideBefore() + " → " + m.setAsideAfter(), m.failedBefore(), m.failedAfter());
      }
    }
    long setAside = report.measures().stream().mapToLong(SandboxMeasureDelta::setAsideAfter).sum();
    out.println("outcomes set aside by a stacking rule (another measure holds the same money), in no cost: "
        + setAside + " under the change");
    out.println("change in cost in reach by size class:");
    bars(report.bySize(), out);
    out.println("change in cost in reach by district:");
    bars(report.byDistrict(), out);
    return report;
  }

  /**
   * Draws the change by district as an SVG bar chart.
   *
   * @param report  the report
   * @return the SVG document
   */
  public static String svg(SandboxReport report) {
    List<SandboxGroupDelta> groups = report.byDistrict();
    BigDecimal max = largest(groups);
    int rowHeight = 22;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"740\" height=\"")
        .append(40 + rowHeight * groups.size()).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<text x=\"10\" y=\"20\">Change in cost in reach by district (CNY)</text>\n");
    for (int i = 0; i < groups.size(); i++) {
      SandboxGroupDelta g = groups.get(i);
      BigDecimal change = Cny.yuan(g.inReachChange(), "change");
      int width = max.signum() == 0 ? 0 : change.abs().multiply(BigDecimal.valueOf(400))
          .divide(max, 0, RoundingMode.HALF_UP).intValue();
      int y = 30 + rowHeight * i;
      svg.append("<text x=\"10\" y=\"").append(y + 14).append("\">").append(label(g.group())).append("</text>\n")
          .append("<rect x=\"190\" y=\"").append(y).append("\" width=\"").append(width)
          .append("\" height=\"16\" fill=\"").append(change.signum() < 0 ? "#c0392b" : "#2e86c1").append("\"/>\n")
          .append("<text x=\"").append(196 + width).append("\" y=\"").append(y + 14).append("\">")
          .append(change.toPlainString()).append("</text>\n");
    }
    return svg.append("</svg>\n").toString();
  }

  private static void bars(List<SandboxGroupDelta> groups, PrintStream out) {
    BigDecimal max = largest(groups);
    for (SandboxGroupDelta g : groups) {
      BigDecimal change = Cny.yuan(g.inReachChange(), "change");
      int width = max.signum() == 0 ? 0 : change.abs().multiply(BigDecimal.valueOf(40))
          .divide(max, 0, RoundingMode.HALF_UP).intValue();
      out.printf(Locale.ROOT, "  %s %5d firms %4d gain %4d lose %16s %s%n", padded(label(g.group()), 22), g.firms(),
          g.gainers(), g.losers(), change.toPlainString(), "#".repeat(width));
    }
  }

  private static BigDecimal largest(List<SandboxGroupDelta> groups) {
    BigDecimal max = BigDecimal.ZERO;
    for (SandboxGroupDelta g : groups) {
      max = max.max(Cny.yuan(g.inReachChange(), "change").abs());
    }
    return max;
  }

  private static String plain(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount").toPlainString();
  }

  private static String change(MonetaryAmount before, MonetaryAmount after, MonetaryAmount change) {
    BigDecimal delta = Cny.yuan(change, "change");
    return plain(before) + " → " + plain(after) + " (" + (delta.signum() > 0 ? "+" : "") + delta.toPlainString()
        + ")";
  }

  /** Pads a label to a terminal's columns, a Chinese character taking two. */
  private static String padded(String label, int columns) {
    int width = label.codePoints().map(c -> c >= 0x2E80 ? 2 : 1).sum();
    return label + " ".repeat(Math.max(0, columns - width));
  }

  /** A district as its code and name ({@code 440305 深圳南山区}); a size class or {@code unknown} as it is. */
  private static String label(String group) {
    String name = DISTRICT_NAMES.get(group);
    return name == null ? group : group + " " + name;
  }

  /**
   * Returns the first-loan measure with its per-enterprise cap changed (深工信〔2023〕26号 第5条).
   *
   * @param data  the policy data holding the measure
   * @param cap  the new cap in yuan, such as {@code "300000"}
   * @return the changed measure
   */
  public static FirstLoanMeasure firstLoanCap(PolicyData data, String cap) {
    FirstLoanMeasure f = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    return new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(), f.firstLoanWindow(), f.region(),
        f.annualSubsidyRate(), f.maximumSubsidyMonths(), f.minimumUseMonths(), f.minimumLoanRate(),
        f.capPerEnterprise().withValue(Cny.of(cap)), f.dayCount(), f.rounding(), f.implementingRules());
  }

  /**
   * Returns the risk pool with every window's uplift changed (深工信〔2023〕26号 第5条).
   *
   * @param data  the policy data holding the measure
   * @param points  the new uplift in percentage points, such as {@code "40"}
   * @return the changed measure
   */
  public static RiskPoolMeasure poolUplift(PolicyData data, String points) {
    RiskPoolMeasure p = data.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<Parameter<RiskPoolUpliftWindow>> windows = new ArrayList<>();
    p.upliftWindows().forEach(w -> windows.add(w.withValue(RiskPoolUpliftWindow.of(w.value().grantWindow(),
        Rate.ofPercent(points)))));
    return new RiskPoolMeasure(p.id(), p.clause(), p.documentStatus(), p.title(), p.baseRatios(), windows,
        p.ceiling(), p.lossBasis(), p.returnRecoveries(), p.rounding(), p.exclusionRules(), p.lossTrigger());
  }
}
