package io.github.huiqi.examples;

import io.github.huiqi.examples.cli.HuiqiCli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * Runs the command line's own {@code main} once for each argument, its words separated by U+001F, printing
 * {@link #SEPARATOR} before each run: the program {@link EnvironmentIndependenceBlindAuditTest} starts in a fresh JVM
 * with an odd charset, line separator, locale and time zone.
 */
final class EnvironmentForkProgram {

  /** What comes before each run's output. */
  static final String SEPARATOR = "\n=== next run ===\n";

  private EnvironmentForkProgram() {
  }

  /**
   * Runs the command line once for each argument.
   *
   * @param args  one run's arguments each, separated by U+001F
   * @throws IOException if standard output fails
   */
  public static void main(String[] args) throws IOException {
    for (String run : args) {
      System.out.write(SEPARATOR.getBytes(StandardCharsets.UTF_8));
      System.out.flush();
      HuiqiCli.main(run.split("\u001f"));
      System.out.flush();
    }
  }
}
