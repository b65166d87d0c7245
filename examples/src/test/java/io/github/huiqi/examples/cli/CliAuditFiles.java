package io.github.huiqi.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What the command-line audits share: a profile file written from a JSON text with single quotes (easier to write
 * in Java), and a measure's outcome read from the report the command printed with {@code --json}.
 */
final class CliAuditFiles {

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
