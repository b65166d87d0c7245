package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Audit cases for the command line's {@code --as-of}: a date outside the engine's accepted range (1990-01-01 to
 * 2100-12-31) is a wrong option, answered with the usage and exit status 64, not a fault of the profile file.
 */
class HuiqiCliAsOfAuditTest {

  @Test
  void test_asOfOutsideTheRange_isAUsageError() {
    for (String date : new String[] {"1989-12-31", "2101-01-01"}) {
      HuiqiCliTest.Run run = HuiqiCliTest.run("--as-of", date);
      assertThat(run.status()).as(date).isEqualTo(HuiqiCli.USAGE);
      assertThat(run.err()).as(date).contains("--as-of '" + date + "'", "1990-01-01", "2100-12-31", "usage: huiqi");
      assertThat(run.out()).as(date).isEmpty();
    }
  }

  @Test
  void test_asOfOnTheRangeEnds_evaluates() {
    assertThat(HuiqiCliTest.run("--as-of", "1990-01-01").status()).isZero();
    assertThat(HuiqiCliTest.run("--as-of", "2100-12-31").status()).isZero();
  }
}
