package io.github.huiqi.examples.cli;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the command-line audits share: a profile file written from a JSON text with single quotes (easier to write
 * in Java), the command run on it with {@code --json}, a measure's outcome read from the report it printed, and a bad
 * profile refused on every path.
 */
final class CliAuditFiles {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private CliAuditFiles() {
  }

  /**
   * Writes a file, each single quote of the text made a double quote.
   *
   * @param dir  the directory, such as a test's {@code @TempDir}
   * @param name  the file's name
   * @param content  the JSON text, with single quotes
   * @return the file
   * @throws IOException if the file cannot be written
   */
  static Path write(Path dir, String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content.replace('\'', '"'), StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Checks that a bad profile is refused on every path with the library's typed error naming its pointer: the command
   * line (status 2, the field on the error stream), the engine's JSON entry point ({@code /profile} before the
   * pointer) and the engine's Java API fed the profile read from JSON.
   *
   * @param dir  the directory for the command line's file, such as a test's {@code @TempDir}
   * @param body  the profile's JSON text, with single quotes
   * @param pointer  the JSON Pointer the error must name in the profile, such as {@code /grantEvents/0/rank}
   * @param asOf  the evaluation date, such as {@code 2023-12-31}
   * @throws IOException if the file cannot be written
   */
  static void assertRefusedOnEveryPath(Path dir, String body, String pointer, String asOf) throws IOException {
    String json = body.replace('\'', '"');
    HuiqiCliTest.Run run = HuiqiCliTest.run(write(dir, "bad.json", body).toString(), "--as-of", asOf, "--json");
    assertThat(run.status()).isEqualTo(2);
    assertThat(run.err()).contains("field " + pointer);
    assertField(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": " + json + ", \"asOf\": \"" + asOf
        + "\"}"), "/profile" + pointer);
    assertField(() -> EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(
        HuiqiJson.read(json, EnterpriseProfile.class), LocalDate.parse(asOf))), pointer);
  }

  /**
   * Writes a file as given, in UTF-8: a command line's input, malformed or not.
   *
   * @param dir  the directory, such as a test's {@code @TempDir}
   * @param name  the file's name
   * @param content  the text, written unchanged
   * @return the file
   * @throws IOException if the file cannot be written
   */
  static Path writeAsIs(Path dir, String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  /**
   * Runs the command on a file with {@code --json --as-of asOf} and a {@code --measure} for each measure, checks that
   * it exited with status 0, and reads the report it printed.
   *
   * @param file  the profile or request file
   * @param asOf  the evaluation date, such as {@code 2023-06-30}
   * @param measures  the measures to evaluate; none for the whole catalogue
   * @return the report
   * @throws IOException if the output is not JSON
   */
  static JsonNode jsonReport(Path file, String asOf, String... measures) throws IOException {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--json", "--as-of", asOf));
    for (String measure : measures) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run run = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    return MAPPER.readTree(run.out());
  }

  /**
   * Finds a measure's outcome in a report.
   *
   * @param report  the engine's report, as the command printed it with {@code --json}
   * @param measure  the measure's id
   * @return the outcome
   * @throws AssertionError if the report has no outcome of the measure
   */
  static JsonNode outcome(JsonNode report, String measure) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(measure)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome of " + measure);
  }
}
