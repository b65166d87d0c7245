package io.github.huiqi.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A lint over the main sources of core, calculators and examples: no call whose result depends on the host's default
 * locale, time zone, clock, charset or line separator, unless an entry of {@link #ALLOWED} names the file (or its
 * folder) and the rule and says why. What it refuses, each with the fix:
 * <ul>
 *   <li>{@code locale}: {@code String.format}, {@code printf} and {@code new Formatter} without a {@code Locale} as
 *       first argument (under {@code ar-SA} or {@code th-TH-u-nu-thai} {@code %d} writes native digits, under
 *       {@code de-DE} {@code %.2f} a decimal comma); {@code formatted(...)}, which takes none; {@code toUpperCase()}
 *       and {@code toLowerCase()} without one ({@code tr-TR}: {@code "id".toUpperCase()} is {@code İD});
 *       {@code NumberFormat}, {@code DecimalFormat}, {@code DecimalFormatSymbols}, {@code DateTimeFormatter.ofPattern},
 *       {@code ofLocalized…}, {@code MessageFormat} and {@code SimpleDateFormat} without a {@code Locale} among their
 *       arguments; {@code Locale.getDefault()};</li>
 *   <li>{@code clock}: {@code now(…)} of {@code LocalDate}, {@code LocalDateTime}, {@code LocalTime},
 *       {@code Instant}, {@code ZonedDateTime}, {@code OffsetDateTime}, {@code Year} or {@code YearMonth},
 *       {@code Clock.system…}, {@code System.currentTimeMillis()}, {@code new Date(}, {@code Calendar.getInstance(},
 *       {@code ZoneId.systemDefault()} and {@code TimeZone.getDefault()}: calculators read no clock;</li>
 *   <li>{@code charset}: {@code getBytes()}, {@code new String(…)}, {@code new InputStreamReader},
 *       {@code new OutputStreamWriter}, {@code new PrintStream}, {@code new PrintWriter} and {@code new Scanner}
 *       without a charset among their arguments; {@code FileReader}, {@code FileWriter} and
 *       {@code Charset.defaultCharset()};</li>
 *   <li>{@code line-end}: {@code %n} in a string, {@code System.lineSeparator()} and the {@code line.separator}
 *       property ({@code \r\n} on Windows, in text that users diff), and {@code println}, which ends its line so.</li>
 * </ul>
 * Not refused, being the same on every host: {@code String.valueOf} and {@code toString} of numbers and dates,
 * {@code BigDecimal.toPlainString}, {@code equalsIgnoreCase} and {@code Character.toUpperCase} (per character, no
 * locale), {@code Files.readString} and its kin without a charset (UTF-8 by their specification), and
 * {@code System.nanoTime} (an elapsed time, not a date). Comments are left out of the scan; strings are kept, for
 * {@code %n}.
 */
class LocaleSensitiveCallsLintTest {

  /** An allowed use: a file or a folder (ending in {@code /}) of the repository, a rule, and why. */
  record Allowed(String path, String rule, String why) {
  }

  private static final List<Allowed> ALLOWED = List.of(
      new Allowed("examples/src/main/java/io/github/huiqi/examples/cli/HuiqiCli.java", "clock",
          "the command line's default evaluation date, LocalDate.now(ZoneId.of(\"Asia/Shanghai\")): today in China"
              + " whatever the host's zone, read only when neither --as-of nor the file gives a date (decisions"
              + " register §4.6 item 106); the library itself reads no clock"),
      new Allowed("calculators/src/main/java/io/github/huiqi/calculators/testkit/", "line-end",
          "the QA kit's AssertJ failure messages begin with %n, AssertJ's own convention: read by a person in a"
              + " test report, never diffed or parsed"),
      new Allowed("examples/src/main/java/io/github/huiqi/examples/bank/", "line-end",
          "example programs printing to a console with println; every figure they print is locale-free"),
      new Allowed("examples/src/main/java/io/github/huiqi/examples/platform/", "line-end",
          "example programs printing to a console with println and printf(Locale.ROOT, …%n); every figure they"
              + " print is locale-free"),
      new Allowed("examples/src/main/java/io/github/huiqi/examples/spark/", "line-end",
          "example programs printing to a console with println and printf(Locale.ROOT, …%n); every figure they"
              + " print is locale-free"));

  private static final Pattern FORMAT = Pattern.compile(
      "\\bString\\s*\\.\\s*format\\s*\\(|\\.\\s*printf\\s*\\(|\\bnew\\s+Formatter\\s*\\(");
  private static final Pattern FORMATTED = Pattern.compile("\\.\\s*formatted\\s*\\(");
  private static final Pattern CASE = Pattern.compile("\\.\\s*to(?:Upper|Lower)Case\\s*\\(\\s*\\)");
  private static final Pattern NEEDS_LOCALE = Pattern.compile(
      "\\bNumberFormat\\s*\\.\\s*get\\w*Instance\\s*\\(|\\bnew\\s+DecimalFormat\\s*\\("
          + "|\\bDecimalFormatSymbols\\s*\\.\\s*getInstance\\s*\\(|\\bnew\\s+DecimalFormatSymbols\\s*\\("
          + "|\\bDateTimeFormatter\\s*\\.\\s*(?:ofPattern|ofLocalized\\w*)\\s*\\(|\\bMessageFormat\\b"
          + "|\\bnew\\s+SimpleDateFormat\\s*\\(");
  private static final Pattern DEFAULT_LOCALE = Pattern.compile("\\bLocale\\s*\\.\\s*getDefault\\s*\\(");
  private static final Pattern CLOCK = Pattern.compile(
      "\\b(?:LocalDate|LocalDateTime|LocalTime|Instant|ZonedDateTime|OffsetDateTime|OffsetTime|Year|YearMonth"
          + "|MonthDay)\\s*\\.\\s*now\\s*\\(|\\bClock\\s*\\.\\s*system\\w*\\s*\\(|\\bSystem\\s*\\.\\s*"
          + "currentTimeMillis\\s*\\(|\\bnew\\s+(?:java\\.util\\.)?Date\\s*\\(|\\bCalendar\\s*\\.\\s*getInstance\\s*\\("
          + "|\\bZoneId\\s*\\.\\s*systemDefault\\s*\\(|\\bTimeZone\\s*\\.\\s*getDefault\\s*\\(");
  private static final Pattern NEEDS_CHARSET = Pattern.compile(
      "\\bnew\\s+String\\s*\\(|\\bnew\\s+InputStreamReader\\s*\\(|\\bnew\\s+OutputStreamWriter\\s*\\("
          + "|\\bnew\\s+PrintStream\\s*\\(|\\bnew\\s+PrintWriter\\s*\\(|\\bnew\\s+Scanner\\s*\\(");
  private static final Pattern DEFAULT_CHARSET = Pattern.compile(
      "\\.\\s*getBytes\\s*\\(\\s*\\)|\\bnew\\s+File(?:Reader|Writer)\\s*\\("
          + "|\\bCharset\\s*\\.\\s*defaultCharset\\s*\\(");
  private static final Pattern LINE_END = Pattern.compile(
      "\\bSystem\\s*\\.\\s*lineSeparator\\s*\\(|\"line\\.separator\"|\\.\\s*println\\s*\\(");
  private static final Pattern CHARSET_ARGUMENT = Pattern.compile("(?i)charset|\\bUTF_8\\b|\\bISO_8859_1\\b");

  @Test
  void test_mainSources_callNothingLocaleOrCharsetSensitive() throws IOException {
    Path root = root();
    List<String> found = new ArrayList<>();
    Set<Allowed> used = new LinkedHashSet<>();
    List<Path> files = sources(root);
    assertThat(files).as("the main sources of the three modules").hasSizeGreaterThan(300);
    for (Path file : files) {
      String path = root.relativize(file).toString().replace('\\', '/');
      String code = withoutComments(Files.readString(file, StandardCharsets.UTF_8));
      for (Finding finding : findings(code)) {
        Allowed allowed = allowed(path, finding.rule());
        if (allowed == null) {
          found.add(path + ":" + finding.line() + " [" + finding.rule() + "] " + finding.text());
        } else {
          used.add(allowed);
        }
      }
    }
    assertThat(found).as("calls whose result depends on the host's locale, zone, clock, charset or line ends:"
        + " give an explicit Locale (Locale.ROOT) or Charset (StandardCharsets.UTF_8), write \\n, or add an entry"
        + " to ALLOWED saying why").isEmpty();
    assertThat(ALLOWED).as("every allowance is still needed").allMatch(used::contains);
  }

  @Test
  void test_theLint_findsWhatItRefuses() {
    // each rule on a line of its own, and the same calls made right, which it must pass
    String wrong = String.join("\n",
        "String a = String.format(\"%04d\", year);",
        "out.printf(\"%d\", n);",
        "String b = \"%s\".formatted(x);",
        "String c = name.toUpperCase();",
        "NumberFormat f = NumberFormat.getInstance();",
        "DateTimeFormatter d = DateTimeFormatter.ofPattern(\"yyyy\");",
        "LocalDate t = LocalDate.now();",
        "ZoneId z = ZoneId.systemDefault();",
        "byte[] e = text.getBytes();",
        "String s = new String(bytes);",
        "Reader r = new InputStreamReader(in);",
        "String l = \"a%n\" + System.lineSeparator();",
        "Locale here = Locale.getDefault();");
    assertThat(findings(withoutComments(wrong))).extracting(Finding::line)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 12, 13);
    String right = String.join("\n",
        "String a = String.format(Locale.ROOT, \"%04d\", year);",
        "out.printf(Locale.ROOT, \"%d\\n\", n);",
        "String c = name.toUpperCase(Locale.ROOT); char u = Character.toUpperCase(c);",
        "DecimalFormat f = new DecimalFormat(\"#,##0.00\", DecimalFormatSymbols.getInstance(Locale.ROOT));",
        "LocalDate t = LocalDate.of(2023, 6, 30); // LocalDate.now() in a comment",
        "byte[] e = text.getBytes(StandardCharsets.UTF_8);",
        "String s = new String(bytes, 0, n,",
        "    StandardCharsets.UTF_8);",
        "/* String.format(\"%n\") */ String q = \"(\" + x.toPlainString() + \")\";",
        "boolean same = a.equalsIgnoreCase(b);");
    assertThat(findings(withoutComments(right))).isEmpty();
  }

  //-------------------------------------------------------------------------
  /** A call the lint refuses: its rule, line and text. */
  record Finding(String rule, int line, String text) {
  }

  static List<Finding> findings(String code) {
    Source source = new Source(code);
    List<Finding> findings = new ArrayList<>();
    // each pattern with the words one of its matches must hold: a file holding none is not scanned for it
    each(source, FORMAT, List.of("format", "printf", "Formatter"), "locale",
        args -> !args.stripLeading().startsWith("Locale."), findings);
    each(source, FORMATTED, List.of("formatted"), "locale", args -> true, findings);
    each(source, CASE, List.of("Case"), "locale", args -> true, findings);
    each(source, NEEDS_LOCALE, List.of("Format", "ofPattern", "ofLocalized"), "locale",
        args -> !args.contains("Locale."), findings);
    each(source, DEFAULT_LOCALE, List.of("getDefault"), "locale", args -> true, findings);
    each(source, CLOCK, List.of("now", "Clock", "currentTimeMillis", "Date", "Calendar", "systemDefault",
        "getDefault"), "clock", args -> true, findings);
    each(source, NEEDS_CHARSET, List.of("String", "Reader", "Writer", "Stream", "Scanner"), "charset",
        args -> !CHARSET_ARGUMENT.matcher(args).find(), findings);
    each(source, DEFAULT_CHARSET, List.of("getBytes", "FileReader", "FileWriter", "defaultCharset"), "charset",
        args -> true, findings);
    each(source, LINE_END, List.of("lineSeparator", "line.separator", "println"), "line-end", args -> true,
        findings);
    Matcher percentN = Pattern.compile("%n").matcher(code);
    while (percentN.find()) {
      if (source.inString(percentN.start())) {
        findings.add(new Finding("line-end", source.line(percentN.start()), "%n"));
      }
    }
    findings.sort((x, y) -> Integer.compare(x.line(), y.line()));
    return findings;
  }

  private static void each(Source source, Pattern pattern, List<String> words, String rule,
      Predicate<String> refused, List<Finding> findings) {
    if (words.stream().noneMatch(source.code::contains)) {
      return;
    }
    Matcher m = pattern.matcher(source.code);
    while (m.find()) {
      if (source.inString(m.start())) {
        continue;
      }
      String args = m.group().endsWith("(") ? arguments(source.code, m.end()) : null;
      if (refused.test(args == null ? "" : args)) {
        findings.add(new Finding(rule, source.line(m.start()), m.group() + (args == null ? "" : args + ")")));
      }
    }
  }

  /** The text between an opening parenthesis (just before {@code from}) and its closing one. */
  private static String arguments(String code, int from) {
    int depth = 1;
    char quote = 0;
    for (int i = from; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote != 0) {
        if (c == '\\') {
          i++;
        } else if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '(') {
        depth++;
      } else if (c == ')' && --depth == 0) {
        return code.substring(from, i);
      }
    }
    return code.substring(from);
  }

  /** A source without comments, with its line starts and text blocks found once. */
  private static final class Source {
    final String code;
    private final List<Integer> lineStarts = new ArrayList<>();
    private final List<int[]> textBlocks = new ArrayList<>();

    Source(String code) {
      this.code = code;
      lineStarts.add(0);
      for (int i = 0; i < code.length(); i++) {
        if (code.charAt(i) == '\n') {
          lineStarts.add(i + 1);
        }
      }
      int open = code.indexOf("\"\"\"");
      while (open >= 0) {
        int close = code.indexOf("\"\"\"", open + 3);
        textBlocks.add(new int[] {open, close < 0 ? code.length() : close});
        open = close < 0 ? -1 : code.indexOf("\"\"\"", close + 3);
      }
    }

    /** The line (from 1) of a position. */
    int line(int at) {
      int found = java.util.Collections.binarySearch(lineStarts, at);
      return found >= 0 ? found + 1 : -found - 1;
    }

    /** Whether a position is inside a string or character literal of its line, or inside a text block. */
    boolean inString(int at) {
      for (int[] block : textBlocks) {
        if (at > block[0] && at < block[1]) {
          return true;
        }
      }
      int start = lineStarts.get(line(at) - 1);
      boolean in = false;
      char quote = 0;
      for (int i = start; i < at; i++) {
        char c = code.charAt(i);
        if (in) {
          if (c == '\\') {
            i++;
          } else if (c == quote) {
            in = false;
          }
        } else if (c == '"' || c == '\'') {
          in = true;
          quote = c;
        }
      }
      return in;
    }
  }

  /** The source with every comment blanked (its line ends kept), strings and characters left as they are. */
  static String withoutComments(String source) {
    StringBuilder out = new StringBuilder(source.length());
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (source.startsWith("\"\"\"", i)) {
        int end = source.indexOf("\"\"\"", i + 3);
        end = end < 0 ? source.length() : end + 3;
        while (end < source.length() && source.charAt(end - 4) == '\\') {
          end = source.indexOf("\"\"\"", end) + 3;
        }
        out.append(source, i, end);
        i = end;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < source.length() && source.charAt(j) != c && source.charAt(j) != '\n') {
          j += source.charAt(j) == '\\' ? 2 : 1;
        }
        j = Math.min(j + 1, source.length());
        out.append(source, i, j);
        i = j;
      } else if (source.startsWith("//", i)) {
        int end = source.indexOf('\n', i);
        end = end < 0 ? source.length() : end;
        out.append(" ".repeat(end - i));
        i = end;
      } else if (source.startsWith("/*", i)) {
        int end = source.indexOf("*/", i + 2);
        end = end < 0 ? source.length() : end + 2;
        for (int k = i; k < end; k++) {
          out.append(source.charAt(k) == '\n' ? '\n' : ' ');
        }
        i = end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static Allowed allowed(String path, String rule) {
    for (Allowed allowed : ALLOWED) {
      boolean place = allowed.path().endsWith("/") ? path.startsWith(allowed.path()) : path.equals(allowed.path());
      if (place && allowed.rule().equals(rule)) {
        return allowed;
      }
    }
    return null;
  }

  private static List<Path> sources(Path root) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String module : List.of("core", "calculators", "examples")) {
      try (Stream<Path> walk = Files.walk(root.resolve(module).resolve("src/main/java"))) {
        files.addAll(walk.filter(p -> p.toString().endsWith(".java")).sorted().collect(Collectors.toList()));
      }
    }
    return files;
  }

  /** The repository's root: the tests run in the examples module's folder. */
  private static Path root() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve("core/src/main/java")) && Files.isDirectory(dir.resolve("examples"))) {
        return dir;
      }
    }
    throw new IllegalStateException("no repository root above " + here);
  }
}
