package io.github.huiqi.examples.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Launches {@link StartupProbe} in fresh JVMs (by default 10) with this JVM's class path and prints each run and the
 * medians of the time to {@code PolicyData.builtIn()}: the call alone, from the JVM's start to the call's end,
 * and the process's CPU time then.
 * A test source, run by hand:
 * <pre>
 * mvn -B -ntp -o -q test-compile -DskipTests
 * mvn -B -ntp -o -q -pl examples exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.huiqi.examples.bench.StartupProbeRunner -Dexec.args=10
 * </pre>
 * Extra arguments after the count go to each child JVM before the class name (such as {@code -Xshare:off}).
 */
public final class StartupProbeRunner {

  private StartupProbeRunner() {
  }

  /**
   * Runs the probe.
   *
   * @param args  the number of runs (default 10), then JVM options for the children
   * @throws IOException if a child cannot be started
   * @throws InterruptedException if interrupted while waiting for a child
   */
  public static void main(String[] args) throws IOException, InterruptedException {
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<Long> calls = new ArrayList<>();
    List<Long> sinceStarts = new ArrayList<>();
    List<Long> cpus = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path")));
      for (int a = 1; a < args.length; a++) {
        command.add(args[a]);
      }
      command.add(StartupProbe.class.getName());
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String line;
      String result = null;
      try (BufferedReader out = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        while ((line = out.readLine()) != null) {
          if (line.startsWith("sinceStartMs=")) {
            result = line;
          }
        }
      }
      process.waitFor();
      if (result == null) {
        throw new IllegalStateException("run " + i + " printed no result");
      }
      System.out.println("run " + (i + 1) + ": " + result);
      String[] parts = result.split(" ");
      sinceStarts.add(Long.parseLong(parts[0].substring("sinceStartMs=".length())));
      calls.add(Long.parseLong(parts[1].substring("callMs=".length())));
      cpus.add(Long.parseLong(parts[3].substring("processCpuMs=".length())));
    }
    System.out.println("median callMs=" + median(calls) + " median sinceStartMs=" + median(sinceStarts)
        + " median processCpuMs=" + median(cpus) + " (" + runs + " fresh JVMs)");
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
