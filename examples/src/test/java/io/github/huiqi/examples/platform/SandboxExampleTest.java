package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.sandbox.SandboxMeasureDelta;
import io.github.huiqi.calculators.batch.sandbox.SandboxReport;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the policy-sandbox example (its figures for a small population are worked by hand in SandboxRunTest). */
class SandboxExampleTest {

  @Test
  void test_main_writesTheSvg(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("sandbox.svg");
    String out = Printed.byMain(args -> SandboxExample.main(new String[] {file.toString()}));
    assertThat(out).contains("policy sandbox over 500 firms").contains("by district").contains("set aside");
    // the first-loan cap raised moves no certain amount of this population (no eligible firm was held by the cap)
    // but the most of the undetermined ones: the table shows both
    assertThat(out).contains("certain: before → after (change)").contains("in reach: before → after (change)");
    assertThat(out).contains("440311 深圳光明区").contains("310115 上海浦东新区");
    assertThat(Files.readString(file)).startsWith("<svg").contains("<rect").contains("440305 深圳南山区");
  }

  @Test
  void test_run_raisesOnlyTheChangedMeasures() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SandboxReport report = SandboxExample.run(300, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    // a higher cap and a higher uplift never lower a firm's amount
    assertThat(report.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow().losers()).isZero();
    assertThat(report.measure(RiskPoolMeasure.SHENZHEN_2023.id()).orElseThrow().losers()).isZero();
    assertThat(report.measures()).allSatisfy(m -> assertThat(m.certainAfter().isGreaterThanOrEqualTo(
        m.certainBefore())).as("%s", m.measure()).isTrue());
    assertThat(report.measures()).extracting(m -> m.inReachChange().isGreaterThanOrEqualTo(Cny.of("0")))
        .containsOnly(true);
    // a cap and an uplift make no measure fail or mend: each measure's failed firms the same before and after, and
    // the table's last column says so ("N → N") on each row it prints
    assertThat(report.measures()).allSatisfy(m -> assertThat(m.failedAfter()).as("%s", m.measure())
        .isEqualTo(m.failedBefore()));
    String table = bytes.toString(StandardCharsets.UTF_8);
    assertThat(table).contains("set aside failed");
    long rows = 0;
    for (SandboxMeasureDelta m : report.measures()) {
      for (String line : table.lines().filter(line -> line.startsWith(m.measure().value() + " ")).toList()) {
        assertThat(line).endsWith(" " + m.failedBefore() + " → " + m.failedAfter());
        rows++;
      }
    }
    assertThat(rows).isPositive();
  }
}
