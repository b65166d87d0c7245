package io.github.huiqi.examples.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.examples.Printed;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Runs the screening example. */
class ScreeningExampleTest {

  @Test
  void test_main_runs() {
    assertThat(Printed.byMain(ScreeningExample::main)).contains("screened 2000 firms");
  }

  @Test
  void test_run_oneLineAFirm() {
    StringWriter ndjson = new StringWriter();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    ScreeningTotals totals = ScreeningExample.run(100, ndjson,
        new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(ndjson.toString().split("\n")).hasSize(100);
    assertThat(totals.firms()).isEqualTo(100);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("sz-gxj-2023-26.first-loan").contains("set aside");
    // each line says of each outcome whether a stacking rule set it aside; the totals count those apart
    assertThat(ndjson.toString().split("\n")[0]).contains("\"setAside\"");
    long setAsideOutcomes = ndjson.toString().split("\"setAside\":true", -1).length - 1L;
    // the population has firms of unknown region, whose Shanghai restatements of the tax reliefs are set aside
    assertThat(setAsideOutcomes).isPositive();
    assertThat(totals.measures().stream().mapToLong(m -> m.setAside()).sum()).isEqualTo(setAsideOutcomes);
  }
}
