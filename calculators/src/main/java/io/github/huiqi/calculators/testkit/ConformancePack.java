package io.github.huiqi.calculators.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conformance pack: the library's hand-worked cases as JSON vectors, shipped in {@code huiqi-calculators} as
 * {@value #RESOURCE}. Each vector's expectation is copied from a hand-worked library test (named in its
 * {@code source}) with the clause it cites, never from running the code.
 * <pre>
 * List&lt;ConformanceVector&gt; vectors = ConformancePack.builtIn().vectors();
 * ConformancePack mine = ConformancePack.read(Files.newInputStream(Path.of("my-cases.json")));
 * </pre>
 * A pack file is {@code {"vectors": [{"id", "measure", "asOf", "profile", "expected": {"verdict", "minimum",
 * "maximum"}, "clause", "working", "source"}]}}, amounts in yuan as JSON numbers; {@code maximum} left out for a floor.
 * This class is immutable and thread-safe.
 *
 * @param vectors  the vectors, in the pack's order, ids unique
 */
public record ConformancePack(List<ConformanceVector> vectors) {

  /** The resource of the built-in pack. */
  public static final String RESOURCE = "/io/github/huiqi/calculators/testkit/conformance-pack.json";

  private static final ConformancePack BUILT_IN = load();

  /**
   * Creates a pack.
   *
   * @throws InvalidInputException if the list or a vector is null, or two vectors share an id
   */
  public ConformancePack {
    vectors = Args.listCopy(vectors, "vectors");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < vectors.size(); i++) {
      if (!ids.add(vectors.get(i).id())) {
        throw new InvalidInputException("/vectors/" + i + "/id", vectors.get(i).id(), "must be unique");
      }
    }
  }

  /**
   * Returns the built-in pack.
   *
   * @return the pack
   */
  public static ConformancePack builtIn() {
    return BUILT_IN;
  }

  /**
   * Reads a pack from JSON; the stream is not closed.
   *
   * @param json  the pack, UTF-8
   * @return the pack
   * @throws InvalidInputException if the JSON is malformed or a vector invalid, naming its JSON Pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ConformancePack read(InputStream json) {
    JsonNode root = HuiqiJson.read(json, JsonNode.class);
    JsonNode list = root.path("vectors");
    if (!list.isArray()) {
      throw new InvalidInputException("/vectors", list.toString(), "must be an array");
    }
    List<ConformanceVector> vectors = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      vectors.add(vector(list.get(i), "/vectors/" + i));
    }
    return new ConformancePack(vectors);
  }

  /**
   * Returns the vectors of one measure.
   *
   * @param measure  the measure's id
   * @return its vectors, in the pack's order
   */
  public List<ConformanceVector> vectors(MeasureId measure) {
    return vectors.stream().filter(v -> v.measure().equals(measure)).toList();
  }

  private static ConformancePack load() {
    try (InputStream in = ConformancePack.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("The conformance pack " + RESOURCE + " is missing from the class path");
      }
      return read(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static ConformanceVector vector(JsonNode node, String at) {
    JsonNode expected = node.path("expected");
    JsonNode given = required(node, "profile", at);
    EnterpriseProfile profile;
    try {
      profile = HuiqiJson.read(HuiqiJson.write(given), EnterpriseProfile.class);
    } catch (InvalidInputException ex) {
      throw new InvalidInputException(at + "/profile" + ex.field(), ex.value(), ex.problem(), ex);
    }
    Optional<BigDecimal> maximum = expected.has("maximum")
        ? Optional.of(number(expected, "maximum", at + "/expected")) : Optional.empty();
    return new ConformanceVector(text(node, "id", at), MeasureId.of(text(node, "measure", at)),
        date(node, "asOf", at), profile,
        new ConformanceExpectation(verdict(expected, at + "/expected"), number(expected, "minimum", at + "/expected"),
            maximum),
        text(node, "clause", at), text(node, "working", at), text(node, "source", at));
  }

  private static JsonNode required(JsonNode node, String name, String at) {
    JsonNode value = node.get(name);
    if (value == null || value.isNull()) {
      throw new InvalidInputException(at + "/" + name, null, "is required");
    }
    return value;
  }

  private static String text(JsonNode node, String name, String at) {
    JsonNode value = required(node, name, at);
    if (!value.isTextual()) {
      throw new InvalidInputException(at + "/" + name, value.toString(), "must be a string");
    }
    return value.asText();
  }

  private static BigDecimal number(JsonNode node, String name, String at) {
    JsonNode value = required(node, name, at);
    if (!value.isNumber()) {
      throw new InvalidInputException(at + "/" + name, value.toString(), "must be a number of yuan");
    }
    return value.decimalValue();
  }

  private static LocalDate date(JsonNode node, String name, String at) {
    String value = text(node, name, at);
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException ex) {
      throw new InvalidInputException(at + "/" + name, value, "must be a date such as 2023-06-30");
    }
  }

  private static Verdict verdict(JsonNode node, String at) {
    String value = text(node, "verdict", at);
    try {
      return Verdict.valueOf(value);
    } catch (IllegalArgumentException ex) {
      throw new InvalidInputException(at + "/verdict", value, "must be ELIGIBLE, INELIGIBLE or UNDETERMINED");
    }
  }
}
