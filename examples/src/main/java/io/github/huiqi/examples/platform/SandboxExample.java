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
import javax.money.MonetaryAmount;

/**
 * A policy office asks what a change would cost before making it (政策沙盘): the risk pool's uplift raised from 30 to
 * 40 points and the first-loan cap from 200,000 to 300,000 (深工信〔2023〕26号 第5条), over a synthetic population of
 * 500 Shenzhen and Shanghai firms. It prints the change in cost per measure with the firms that gain or lose (and the
 * outcomes a stacking rule set aside, whose amounts are in no cost), the change by size class, and a text bar chart
 * by district; with a file name as its argument it also writes the chart as SVG.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class SandboxExample {

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
    out.println("policy sandbox over " + report.firms() + " firms: pool uplift 30 → 40 points, first-loan cap "
        + "200,000 → 300,000");
    out.printf("%-58s %18s %18s %16s %7s %7s %11s%n", "measure", "certain before", "certain after", "change",
        "gain", "lose", "set aside");
    for (SandboxMeasureDelta m : report.measures()) {
      if (m.gainers() + m.losers() > 0 || !m.certainChange().isZero()) {
        out.printf("%-58s %18s %18s %16s %7d %7d %5d → %-3d%n", m.measure(), plain(m.certainBefore()),
            plain(m.certainAfter()), plain(m.certainChange()), m.gainers(), m.losers(), m.setAsideBefore(),
            m.setAsideAfter());
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
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"640\" height=\"")
        .append(40 + rowHeight * groups.size()).append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append("<text x=\"10\" y=\"20\">Change in cost in reach by district (CNY)</text>\n");
    for (int i = 0; i < groups.size(); i++) {
      SandboxGroupDelta g = groups.get(i);
      BigDecimal change = Cny.yuan(g.inReachChange(), "change");
      int width = max.signum() == 0 ? 0 : change.abs().multiply(BigDecimal.valueOf(400))
          .divide(max, 0, RoundingMode.HALF_UP).intValue();
      int y = 30 + rowHeight * i;
      svg.append("<text x=\"10\" y=\"").append(y + 14).append("\">").append(g.group()).append("</text>\n")
          .append("<rect x=\"90\" y=\"").append(y).append("\" width=\"").append(width)
          .append("\" height=\"16\" fill=\"").append(change.signum() < 0 ? "#c0392b" : "#2e86c1").append("\"/>\n")
          .append("<text x=\"").append(96 + width).append("\" y=\"").append(y + 14).append("\">")
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
      out.printf("  %-8s %5d firms %4d gain %4d lose %16s %s%n", g.group(), g.firms(), g.gainers(), g.losers(),
          change.toPlainString(), "#".repeat(width));
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
