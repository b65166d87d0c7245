package io.github.huiqi.examples.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Launches {@link StartupProbe} in fresh JVMs (by default 10) with this JVM's class path and prints each run and the
 * medians of its figures: a bank's first measure from {@code PolicyData.builtIn()} ({@code callMs}, one pack read),
 * every built-in pack ({@code everyPackMs}), from the JVM's start to the end of both, and the process's CPU time
 * then.
 * A test source, run by hand:
 * <pre>
 * mvn -B -ntp -o -q test-compile -DskipTests
 * mvn -B -ntp -o -q -pl examples exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.huiqi.examples.bench.StartupProbeRunner -Dexec.args=10
 * </pre>
 * Extra arguments after the count go to each child JVM before the class name (such as {@code -Xshare:off}), except
 * two options of the runner itself:
 * <ul>
 *   <li>{@code --min-classpath}: the children get only what {@code huiqi-core} needs at run time, taken from this
 *   JVM's class path: huiqi-core (its jar, or its classes directory), Jackson's core, databind, annotations, JSR-310
 *   and JDK 8 modules, {@code moneta-core} and {@code money-api}, in this JVM's order, then the other class
 *   directories (the probe's own); not the 189 entries of the examples' test class path, whose jars (Spark among
 *   them) each class and resource look-up may have to search. The library comes first so that the figure is the
 *   library's: a class directory ahead of it is searched for each of the 300-odd classes and packs it loads, which
 *   on this machine's file system costs some 30 ms of look-ups that are the host's class path's, not the library's
 *   (PERFORMANCE.md, 2026-12-05, 21:30);</li>
 *   <li>{@code --when-idle}: each child starts only once the CPUs were at least 90% idle over half a second (Linux,
 *   from {@code /proc/stat}; waits at most a minute, then runs anyway and says so), so that on a machine shared with
 *   other work the figures are those of an idle machine rather than of the others' load.</li>
 * </ul>
 */
public final class StartupProbeRunner {

  /** A class of huiqi-core, by which a class directory is known as huiqi-core's own. */
  private static final String CORE_CLASS = "io/github/huiqi/core/policy/PolicyData.class";

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
    List<String> jvmOptions = new ArrayList<>();
    boolean minimal = false;
    boolean whenIdle = false;
    for (int a = 1; a < args.length; a++) {
      if (args[a].equals("--min-classpath")) {
        minimal = true;
      } else if (args[a].equals("--when-idle")) {
        whenIdle = true;
      } else {
        jvmOptions.add(args[a]);
      }
    }
    int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String classPath = System.getProperty("java.class.path");
    if (minimal) {
      classPath = minimalClassPath(classPath);
    }
    System.out.println("class path: " + classPath.split(File.pathSeparator).length + " entries"
        + (whenIdle ? ", each run once the CPUs are idle" : ""));
    List<Long> calls = new ArrayList<>();
    List<Long> everyPack = new ArrayList<>();
    List<Long> sinceStarts = new ArrayList<>();
    List<Long> cpus = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      if (whenIdle && !IdleCpu.await()) {
        System.out.println("(the CPUs were not idle within a minute; running anyway)");
      }
      List<String> command = new ArrayList<>(List.of(java, "-cp", classPath));
      command.addAll(jvmOptions);
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
      everyPack.add(Long.parseLong(parts[2].substring("everyPackMs=".length())));
      cpus.add(Long.parseLong(parts[4].substring("processCpuMs=".length())));
    }
    System.out.println("median callMs=" + median(calls) + " median everyPackMs=" + median(everyPack)
        + " median sinceStartMs=" + median(sinceStarts)
        + " median processCpuMs=" + median(cpus) + " (" + runs + " fresh JVMs)");
  }

  /** The entries of a class path that {@code huiqi-core} needs at run time, then the other class directories. */
  static String minimalClassPath(String classPath) {
    List<String> library = new ArrayList<>();
    List<String> others = new ArrayList<>();
    for (String entry : classPath.split(File.pathSeparator)) {
      String name = Path.of(entry).getFileName().toString();
      boolean runtimeJar = name.startsWith("huiqi-core-") && !name.endsWith("-tests.jar")
          || name.startsWith("jackson-core-")
          || name.startsWith("jackson-databind-") || name.startsWith("jackson-annotations-")
          || name.startsWith("jackson-datatype-jsr310-") || name.startsWith("jackson-datatype-jdk8-")
          || name.startsWith("moneta-core-") || name.startsWith("money-api-");
      File file = new File(entry);
      if (runtimeJar || file.isDirectory() && new File(file, CORE_CLASS).isFile()) {
        library.add(entry);
      } else if (file.isDirectory()) {
        others.add(entry);
      }
    }
    library.addAll(others);
    return String.join(File.pathSeparator, library);
  }

  private static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }
}
