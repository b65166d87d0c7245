package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The command line against a fixed battery of bad arguments and bad files: each run returns a status (never throws),
 * 2 for a bad file and 64 for a bad command line, with one line on the error stream naming the file or the option,
 * and no Java exception name or stack trace.
 */
class HuiqiCliBadInputTest {

  @TempDir
  static Path dir;

  /** A run's arguments, with {@code @NAME} standing for a file of the battery. */
  record Case(String what, int status, String mention, String... args) {
    @Override
    public String toString() {
      return what;
    }
  }

  static Stream<Case> cases() {
    List<Case> cases = new ArrayList<>();
    cases.add(new Case("unknown option", 64, "--nope", "--nope"));
    cases.add(new Case("--as-of without a date", 64, "--as-of", "--as-of"));
    cases.add(new Case("--as-of not a date", 64, "--as-of", "--as-of", "yesterday"));
    cases.add(new Case("--as-of 2023-02-30", 64, "--as-of", "--as-of", "2023-02-30"));
    cases.add(new Case("--as-of 0000-01-01", 64, "--as-of", "--as-of", "0000-01-01"));
    cases.add(new Case("--as-of 9999-12-31", 64, "--as-of", "--as-of", "9999-12-31"));
    cases.add(new Case("--as-of +999999999-12-31", 64, "--as-of", "--as-of", "+999999999-12-31"));
    cases.add(new Case("--lang fr", 64, "--lang", "--lang", "fr"));
    cases.add(new Case("--lang without a language", 64, "--lang", "--lang"));
    cases.add(new Case("--measure without an id", 64, "--measure", "--measure"));
    cases.add(new Case("--measure not an id", 64, "--measure", "--measure", "NOT AN ID"));
    cases.add(new Case("--measure empty", 64, "--measure", "--measure", ""));
    cases.add(new Case("--measure unknown", 64, "--measure", "--measure", "sz.nope"));
    cases.add(new Case("two files", 64, "", "@valid", "@valid"));
    cases.add(new Case("replay without files", 64, "", "replay"));
    cases.add(new Case("replay one file", 64, "", "replay", "@valid"));
    cases.add(new Case("replay three files", 64, "", "replay", "@valid", "@valid", "@valid"));
    cases.add(new Case("catalog with a file", 64, "", "catalog", "@valid"));
    cases.add(new Case("missing file", 2, "missing.json", "@missing"));
    cases.add(new Case("a directory", 2, "", dir.toString()));
    for (String name : List.of("empty", "blank", "notjson", "null", "array", "number", "string", "truncated",
        "binary", "bom-only", "nested", "twoDocuments", "emptyObject", "badDate", "badAmount", "wrongType",
        "unknownMember", "duplicateMember", "longString")) {
      cases.add(new Case("replay report " + name, 2, name + ".json", "replay", "@valid", "@" + name));
      if (!name.equals("emptyObject")) {
        // an empty profile is a valid one, of no known fact
        cases.add(new Case("file " + name, 2, name + ".json", "@" + name));
        cases.add(new Case("replay request " + name, 2, name + ".json", "replay", "@" + name, "@report"));
      }
    }
    return cases.stream();
  }

  private static Path file(String name) throws IOException {
    Path file = dir.resolve(name + ".json");
    if (name.equals("missing") || Files.exists(file)) {
      return file;
    }
    String valid = EntitlementSamples.shenzhenManufacturer2023Json();
    String content = switch (name) {
      case "valid" -> valid;
      case "report" -> {
        HuiqiCliTest.Run run = HuiqiCliTest.run(file("valid").toString(), "--explain", "--json");
        yield run.out();
      }
      case "empty" -> "";
      case "blank" -> " \n\t ";
      case "notjson" -> "not json";
      case "null" -> "null";
      case "array" -> "[" + valid + "]";
      case "number" -> "12345";
      case "string" -> "\"x\"";
      case "truncated" -> valid.substring(0, valid.length() / 2);
      case "binary" -> "\u0000\u0001\u0002\uFFFD";
      case "bom-only" -> "\uFEFF";
      case "nested" -> "[".repeat(10_000) + "]".repeat(10_000);
      case "twoDocuments" -> valid + valid;
      case "emptyObject" -> "{}";
      case "badDate" -> valid.replaceFirst("\"[0-9]{4}-[0-9]{2}-[0-9]{2}\"", "\"2023-02-30\"");
      case "badAmount" -> valid.replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": 1.005");
      case "wrongType" -> valid.replaceFirst("\"amount\"\\s*:\\s*[0-9.]+", "\"amount\": \"1\"");
      case "unknownMember" -> valid.replaceFirst("\\{", "{\"unknownMember\": 1, ");
      case "duplicateMember" -> valid.replaceFirst("\\{\\s*(\"[^\"]+\"\\s*:\\s*[^,{\\[]+),", "{$1, $1,");
      case "longString" -> valid.replaceFirst("\\{", "{\"name\": \"" + "x".repeat(20_000) + "\", ");
      default -> throw new IllegalArgumentException(name);
    };
    assertThat(content).as("the battery's file %s differs from the valid one", name)
        .isNotEqualTo(name.equals("valid") || name.equals("report") ? null : valid);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void test_badArgumentsAndFiles_oneLineAndAStatus_neverAnException(Case battery) throws IOException {
    String[] args = new String[battery.args().length];
    for (int i = 0; i < args.length; i++) {
      String arg = battery.args()[i];
      args[i] = arg.startsWith("@") ? file(arg.substring(1)).toString() : arg;
    }
    HuiqiCliTest.Run run = HuiqiCliTest.run(args);
    assertThat(run.status()).as("%s: %s", battery, run.err()).isEqualTo(battery.status());
    assertThat(run.err()).as("%s", battery).startsWith("huiqi: ").contains(battery.mention())
        .doesNotContain("Exception", "\tat ", "jackson", "java.");
    assertThat(run.err().lines().findFirst().orElse("")).as("%s: the first line", battery).hasSizeLessThan(400);
  }
}
