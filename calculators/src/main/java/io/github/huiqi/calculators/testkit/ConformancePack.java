package io.github.huiqi.calculators.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateBounds;
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
 * {@code source}) with the clause it cites, never from running the code. The built-in pack covers every measure of
 * the built-in catalogue, each with at least one case where it pays (or, non-monetary, applies) and one at a
 * threshold, a window's edge, a cap binding or out of it; a draft measure's vectors open their working with
 * {@code DRAFT (征求意见稿)}.
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

  /** The members of a pack, of a vector and of its expectation: any other is refused. */
  private static final Set<String> PACK_MEMBERS = Set.of("description", "vectors");
  private static final Set<String> VECTOR_MEMBERS = Set.of("id", "measure", "asOf", "profile", "expected", "clause",
      "working", "source");
  private static final Set<String> EXPECTED_MEMBERS = Set.of("verdict", "minimum", "maximum");

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
   * @throws InvalidInputException if the JSON is malformed or a vector invalid (a member the pack does not define, a
   *     date outside {@link DateBounds}, a value a vector refuses), naming its JSON Pointer
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static ConformancePack read(InputStream json) {
    JsonNode root = HuiqiJson.read(json, JsonNode.class);
    members(root, "", PACK_MEMBERS);
    if (root.has("description") && !root.get("description").isTextual()) {
      throw new InvalidInputException("/description", root.get("description").toString(), "must be a string");
    }
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
    members(node, at, VECTOR_MEMBERS);
    JsonNode expected = required(node, "expected", at);
    members(expected, at + "/expected", EXPECTED_MEMBERS);
    JsonNode given = required(node, "profile", at);
    EnterpriseProfile profile;
    try {
      profile = HuiqiJson.read(HuiqiJson.write(given), EnterpriseProfile.class);
    } catch (InvalidInputException ex) {
      throw new InvalidInputException(at + "/profile" + ex.field(), ex.value(), ex.problem(), ex);
    }
    Optional<BigDecimal> maximum = expected.has("maximum")
        ? Optional.of(number(expected, "maximum", at + "/expected")) : Optional.empty();
    String measure = text(node, "measure", at);
    MeasureId measureId;
    try {
      measureId = MeasureId.of(measure);
    } catch (InvalidInputException ex) {
      throw ex.withField(at + "/measure");
    }
    ConformanceExpectation expectation;
    try {
      expectation = new ConformanceExpectation(verdict(expected, at + "/expected"),
          number(expected, "minimum", at + "/expected"), maximum);
    } catch (InvalidInputException ex) {
      throw ex.field().startsWith("/") ? ex : ex.at(at + "/expected");
    }
    try {
      return new ConformanceVector(text(node, "id", at), measureId, date(node, "asOf", at), profile, expectation,
          text(node, "clause", at), text(node, "working", at), text(node, "source", at));
    } catch (InvalidInputException ex) {
      // a value the vector refuses (a blank clause): named at its place in the pack, not by its Java name
      throw ex.field().startsWith("/") ? ex : ex.at(at);
    }
  }

  /** Refuses a member the pack does not define, so that a misspelt one ("maximun") is not read as absent. */
  private static void members(JsonNode node, String at, Set<String> known) {
    if (!node.isObject()) {
      throw new InvalidInputException(InvalidInputException.WRONG_TYPE, at.isEmpty() ? "/" : at, node.toString(),
          "must be a JSON object", "必须为 JSON 对象", null);
    }
    for (java.util.Iterator<String> names = node.fieldNames(); names.hasNext();) {
      String name = names.next();
      if (!known.contains(name)) {
        throw new InvalidInputException(InvalidInputException.UNKNOWN_PROPERTY, at + "/" + name, name,
            "is not a known property", "不是已知的字段", null);
      }
    }
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
    // the hardened mapper keeps every decimal as a BigDecimal; a fraction held any other way is one an older Jackson
    // (2.15) could not hold as a BigDecimal in a tree (such as 1E+400, read as infinite), which has no decimal value
    if (value.isFloatingPointNumber() && !value.isBigDecimal()) {
      throw new InvalidInputException(at + "/" + name, value.asText(), "must have at most " + Args.MAX_INTEGER_DIGITS
          + " integer digits");
    }
    return value.decimalValue();
  }

  private static LocalDate date(JsonNode node, String name, String at) {
    String value = text(node, name, at);
    LocalDate date;
    try {
      date = LocalDate.parse(value);
    } catch (DateTimeParseException ex) {
      throw new InvalidInputException(at + "/" + name, value, "must be a date such as 2023-06-30");
    }
    return DateBounds.check(date, at + "/" + name);
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
