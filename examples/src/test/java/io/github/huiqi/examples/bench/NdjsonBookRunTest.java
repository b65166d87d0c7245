package io.github.huiqi.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON book harness at a small size, as CI can afford: {@link NdjsonBookRun} over 100,000 generated claims in a
 * JVM of 64 MB of heap, its totals equal to the columnar fast path's over the same claims. The book checks its ids
 * here, as a book does by default (holding the 100,000 ids, about 11 MB); the 10,000,000-claim run, measured by hand
 * (see the README's performance section), reads them without the check. No timing is asserted.
 */
class NdjsonBookRunTest {

  private static final int CLAIMS = 100_000;

  @Test
  void test_hundredThousandClaims_inSixtyFourMegabytes_agreeWithTheColumnarPath() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx64m", "-Dhuiqi.bench.checkIds=true", "-cp",
        System.getProperty("java.class.path"), NdjsonBookRun.class.getName(), String.valueOf(CLAIMS), "items")
        .redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
    assertThat(output).contains("maxHeapMb=64", "claims=100000", "idCheck=true", "maxHeapAfterGcMb=");
    String totalsLine = output.lines().filter(line -> line.startsWith("totals=")).findFirst().orElseThrow();
    BookTotals totals = HuiqiJson.read(totalsLine.substring("totals=".length()), BookTotals.class);

    // the same claims, read one by one, on the columnar long-fen path: the bad ones (one in 10,000) are the failures
    RiskPoolMeasure measure = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<RiskPoolClaim> claims = new ArrayList<>();
    int bad = 0;
    try (BufferedReader lines = new BufferedReader(new NdjsonClaimGenerator(CLAIMS, NdjsonBookRun.SEED))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        try {
          claims.add(HuiqiJson.read(line, RiskPoolClaim.class));
        } catch (InvalidInputException ex) {
          bad++;
        }
      }
    }
    assertThat(bad).isEqualTo(CLAIMS / NdjsonClaimGenerator.BAD_EVERY);
    BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    BookTotals columnar = BookRiskPoolFastPath.of(measure, RiskPoolOptions.DEFAULTS).compute(columns).toTotals();
    assertThat(totals).isEqualTo(new BookTotals(CLAIMS, columnar.eligible(), columnar.ineligible(),
        columnar.undetermined(), columnar.failed() + bad, columnar.amount()));
    assertThat(totals.eligible()).isGreaterThan(90_000);
    assertThat(totals.undetermined()).isPositive();
    assertThat(totals.ineligible()).isPositive();
  }
}
