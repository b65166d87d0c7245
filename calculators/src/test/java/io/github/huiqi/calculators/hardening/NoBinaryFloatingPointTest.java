package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.money.Cny;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.spi.ToolProvider;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tests that binary floating point takes no part in the library's arithmetic, by reading the compiled code of
 * {@code huiqi-core} and {@code huiqi-calculators} with {@code javap}: no method computes, converts or compares a
 * {@code double} or a {@code float}, or calls a method that takes or returns one, except the conversions that
 * {@link Number} and JSR 354's {@code NumberValue} make {@code CnyNumber} offer a caller who asks for an approximation
 * (its {@code doubleValue}, {@code floatValue}, {@code doubleValueExact} and {@code numberValue}), and the
 * {@code double} overloads that {@code MonetaryAmount} makes {@code CnyAmount} declare, which only refuse the value,
 * naming it in the error ({@code CnyAmountBinaryTest}).
 */
class NoBinaryFloatingPointTest {

  /** The JVM instructions that compute with, convert to or from, or compare binary floating point. */
  private static final Set<String> FLOATING = Set.of("dadd", "dsub", "dmul", "ddiv", "drem", "dneg", "fadd", "fsub",
      "fmul", "fdiv", "frem", "fneg", "i2d", "l2d", "i2f", "l2f", "d2i", "d2l", "d2f", "f2i", "f2l", "f2d", "dcmpl",
      "dcmpg", "fcmpl", "fcmpg", "dconst_0", "dconst_1", "fconst_0", "fconst_1", "fconst_2");

  /** The one class allowed them: the conversions java.lang.Number and NumberValue require. */
  private static final String ALLOWED = "io.github.huiqi.core.money.CnyNumber";

  /**
   * The classes whose JSR 354 overloads take a {@code double} only to refuse it (naming it in the error, with its
   * bridge methods): only those methods, the ones that take a {@code double}, may touch one.
   */
  private static final Set<String> REFUSING = Set.of("io.github.huiqi.core.money.CnyAmount",
      "io.github.huiqi.core.money.CnyAmount$Factory");

  @Test
  void test_noMethodComputesWithBinaryFloatingPoint() throws Exception {
    List<String> found = new ArrayList<>();
    int classes = 0;
    int instructions = 0;
    for (Class<?> anchor : List.of(Cny.class, Catalog.class)) {
      Path location = location(anchor);
      List<String> names = classNames(location);
      classes += names.size();
      String className = "";
      String method = "";
      for (String line : javap(location, names)) {
        if (!line.startsWith(" ") && (line.contains(" class ") || line.contains(" interface ")
            || line.startsWith("class ") || line.startsWith("interface ") || line.contains(" enum "))) {
          className = declaredName(line);
        } else if (line.startsWith("  ") && !line.startsWith("   ") && line.endsWith(";")) {
          method = line.trim();
        } else if (line.matches("\\s+\\d+: .*")) {
          instructions++;
          String instruction = line.trim().split("\\s+")[1];
          boolean floating = FLOATING.contains(instruction) || instruction.startsWith("invoke")
              && takesOrReturnsFloating(line);
          boolean refusing = REFUSING.contains(className) && method.contains("(double)");
          if (floating && !className.equals(ALLOWED) && !refusing) {
            found.add(className + " " + method + ": " + line.trim());
          }
        }
      }
    }
    // not vacuous: both modules' classes were read, instruction by instruction
    assertThat(classes).isGreaterThan(500);
    assertThat(instructions).isGreaterThan(100_000);
    assertThat(found).isEmpty();
  }

  /** Whether an invoke instruction's method descriptor (javap's {@code // Method owner.name:(…)R}) has a D or F. */
  private static boolean takesOrReturnsFloating(String line) {
    int colon = line.lastIndexOf(":(");
    if (colon < 0) {
      return false;
    }
    // drop the class names (Ljava/time/Duration;), then any D or F left is a double or a float
    String descriptor = line.substring(colon + 1).replaceAll("L[^;]*;", "");
    return descriptor.indexOf('D') >= 0 || descriptor.indexOf('F') >= 0;
  }

  private static String declaredName(String line) {
    String[] words = line.replaceAll("<.*", "").replace("{", "").trim().split("\\s+");
    for (int i = 0; i < words.length - 1; i++) {
      if (words[i].equals("class") || words[i].equals("interface") || words[i].equals("enum")) {
        return words[i + 1];
      }
    }
    return line;
  }

  private static Path location(Class<?> anchor) throws URISyntaxException {
    return Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  /** The classes of a module's directory or jar, by binary name. */
  private static List<String> classNames(Path location) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(location)) {
      try (Stream<Path> files = Files.walk(location)) {
        files.filter(f -> f.toString().endsWith(".class")).forEach(f -> names.add(binaryName(
            location.relativize(f).toString())));
      }
    } else {
      try (JarFile jar = new JarFile(location.toFile())) {
        for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
          String entry = entries.nextElement().getName();
          if (entry.endsWith(".class") && !entry.endsWith("module-info.class")) {
            names.add(binaryName(entry));
          }
        }
      }
    }
    return names;
  }

  private static String binaryName(String path) {
    return path.substring(0, path.length() - ".class".length()).replace('\\', '.').replace('/', '.');
  }

  private static List<String> javap(Path location, List<String> names) {
    ToolProvider javap = ToolProvider.findFirst("javap").orElseThrow();
    List<String> args = new ArrayList<>(List.of("-c", "-p", "-cp", location.toString()));
    args.addAll(names);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = javap.run(new PrintWriter(out), new PrintWriter(err), args.toArray(new String[0]));
    assertThat(status).as(err.toString()).isZero();
    return out.toString().lines().toList();
  }
}
