import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A build step, not library code: makes the Immutables-generated setters and withers that take an {@code Optional},
 * an {@code Iterable} or an array reject null with the library's typed error, as the other generated setters do.
 * <p>
 * Why: the project's style ({@code HuiqiStyle}) sets {@code throwForNullPointer = InvalidInputException.class}, so the
 * helper {@code requireNonNull(value, "attribute")} that Immutables 2.12.2 writes into every generated class throws
 * {@code InvalidInputException} with the code {@code input.required}, naming the attribute. But the generated
 * {@code x(Optional<? extends T> x)}, {@code withX(Optional<? extends T> optional)}, {@code addAllX(Iterable)},
 * {@code x(Iterable)}, {@code withX(Iterable)}, {@code addX(T... elements)} and {@code withX(T... elements)} call no
 * helper: given null they dereference it ({@code x.orElse(null)}, {@code for (T element : elements)}) and throw a bare
 * {@code NullPointerException}. No style attribute reaches those lines, and the methods are final.
 * <p>
 * What: for each such public final method of one argument in the generated sources, this program inserts, as the
 * first statement of its body, a call of the class's own helper with the attribute's name (taken from the
 * {@code {@link Type#attribute() attribute}} in the method's generated Javadoc, not from the parameter's name):
 * <pre>
 *   public final Qualification.Builder since(Optional&lt;? extends LocalDate&gt; since) {
 *     ImmutableQualification.requireNonNull(since, "since");      // inserted
 *     this.since = since.orElse(null);
 * </pre>
 * The statement comes first, so that a setter such as {@code reasons(Iterable)}, which clears the list before adding,
 * leaves the builder unchanged when it throws. A method already guarded is left as it is (a build that did not
 * regenerate the sources runs this again over the rewritten ones).
 * <p>
 * It fails the build (exit status 1) when the directory holds no such method at all, when a file with such methods
 * has no {@code requireNonNull} helper, or when a method's attribute cannot be read from its Javadoc: an Immutables
 * upgrade that changes the generated shape is noticed, not silently left unguarded.
 * <p>
 * Run by each module's pom ({@code exec-maven-plugin}, phase {@code process-sources}, after the annotation-processing
 * run of {@code generate-sources}) with the JDK's source launcher:
 * {@code java build/ImmutablesNullGuard.java <generated sources directory> target/immutables-null-guard.txt}; the
 * count of methods guarded goes to that file, not to the build's output.
 */
public final class ImmutablesNullGuard {

  /** A public final method of one Optional, Iterable or array argument, ending in the opening brace of its body. */
  private static final Pattern METHOD = Pattern.compile(
      "^(\\s*)public final [^(]+ (\\w+)\\((Optional<.+>|Iterable<.+>|[\\w.<>?, ]+\\.\\.\\.|[\\w.<>?, ]+\\[\\]) "
          + "(\\w+)\\) \\{$");

  /** The attribute a generated method is about, as its Javadoc links it: {@code {@link Type#attribute() ...}}. */
  private static final Pattern ATTRIBUTE = Pattern.compile("\\{@link [\\w.]+#(\\w+)\\(\\)");

  private static final Pattern HELPER = Pattern.compile("private static <T> T requireNonNull\\(T \\w+, String \\w+\\)");

  private int guarded;
  private int alreadyGuarded;
  private int files;
  private final List<String> problems = new ArrayList<>();

  private ImmutablesNullGuard() {
  }

  /**
   * Rewrites the generated sources under a directory in place.
   *
   * @param args  the directory of generated sources and, optionally, a file to write the count of guarded methods to
   *     (the poms give one, so that a quiet build, such as the README's {@code mvn -q ... exec:java}, prints nothing;
   *     without it the count is printed)
   * @throws IOException  if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1 && args.length != 2) {
      fail("usage: java ImmutablesNullGuard.java <generated sources directory> [<summary file>]");
    }
    Path root = Path.of(args[0]);
    if (!Files.isDirectory(root)) {
      fail("no directory " + root + ": the annotation-processing run has not generated the Immutables sources");
    }
    ImmutablesNullGuard guard = new ImmutablesNullGuard();
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path file : paths.filter(p -> p.getFileName().toString().matches("Immutable\\w+\\.java")).sorted()
          .toList()) {
        guard.rewrite(file);
      }
    }
    if (!guard.problems.isEmpty()) {
      fail(String.join("\n", guard.problems));
    }
    if (guard.guarded + guard.alreadyGuarded == 0) {
      fail("no generated Optional, Iterable or array setter found under " + root + ": has the Immutables version or "
          + "the generated shape changed? (build/ImmutablesNullGuard.java)");
    }
    String summary = String.format(Locale.ROOT, "ImmutablesNullGuard: %d methods in %d files made to reject null "
        + "with the typed error (%d were already)%n", guard.guarded + guard.alreadyGuarded, guard.files,
        guard.alreadyGuarded);
    if (args.length == 2) {
      Files.writeString(Path.of(args[1]), summary, StandardCharsets.UTF_8);
    } else {
      System.out.print(summary);
    }
  }

  private void rewrite(Path file) throws IOException {
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    String className = file.getFileName().toString().replace(".java", "");
    boolean hasHelper = lines.stream().anyMatch(line -> HELPER.matcher(line).find());
    List<String> out = new ArrayList<>(lines.size() + 64);
    int found = 0;
    int changed = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      out.add(line);
      Matcher method = METHOD.matcher(line);
      if (!method.matches()) {
        continue;
      }
      found++;
      String where = file.getFileName() + ":" + (i + 1) + " " + method.group(2) + "(" + method.group(3) + ")";
      String attribute = attributeFromJavadoc(lines, i);
      if (attribute == null) {
        problems.add(where + ": no {@link Type#attribute()} in the method's Javadoc to name the attribute");
        continue;
      }
      if (!method.group(2).toLowerCase(Locale.ROOT).endsWith(attribute.toLowerCase(Locale.ROOT))) {
        problems.add(where + ": the Javadoc names the attribute '" + attribute + "', not this method's");
        continue;
      }
      String statement = method.group(1) + "  " + className + ".requireNonNull(" + method.group(4) + ", \""
          + attribute + "\");";
      if (i + 1 < lines.size() && lines.get(i + 1).equals(statement)) {
        alreadyGuarded++;
        continue;
      }
      out.add(statement);
      changed++;
    }
    if (found == 0) {
      return;
    }
    files++;
    if (!hasHelper) {
      problems.add(file + ": " + found + " methods to guard but no generated requireNonNull helper");
      return;
    }
    guarded += changed;
    if (changed > 0) {
      Files.write(file, out, StandardCharsets.UTF_8);
    }
  }

  /** The attribute linked from the Javadoc right above a method (between it and the previous closing brace). */
  private static String attributeFromJavadoc(List<String> lines, int methodLine) {
    for (int j = methodLine - 1; j >= 0; j--) {
      String text = lines.get(j).trim();
      if (text.equals("}") || text.endsWith("{")) {
        return null;
      }
      Matcher link = ATTRIBUTE.matcher(text);
      if (link.find()) {
        return link.group(1);
      }
      if (text.startsWith("/**")) {
        return null;
      }
    }
    return null;
  }

  private static void fail(String message) {
    System.err.println("ImmutablesNullGuard: " + message);
    System.exit(1);
  }
}
