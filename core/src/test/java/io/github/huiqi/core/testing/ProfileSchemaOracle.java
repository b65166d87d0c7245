package io.github.huiqi.core.testing;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An independent judge of a profile document: the keywords of the shipped JSON Schema that the profile's schema uses
 * ({@code $ref}, {@code type}, {@code properties}, {@code additionalProperties: false}, {@code required},
 * {@code items}, {@code enum}, {@code const}, {@code pattern}, {@code minLength}, {@code minimum},
 * {@code exclusiveMinimum}, {@code maximum}, {@code oneOf} and {@code format: date}), applied to a JSON tree, so that
 * a fuzz test can tell whether a changed document is one the schema allows without asking the library's reader.
 * <p>
 * The schema is the strict form (see {@link EnterpriseProfileSchema}): the reader's documented leniencies (a null for
 * an optional fact, a number for a plain string, a date as an array) are schema violations here, and a test decides
 * what to make of them.
 */
public final class ProfileSchemaOracle {

  private static final ObjectMapper TREES = new ObjectMapper()
      .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
      .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true));
  private static final JsonNode SCHEMA = read(EnterpriseProfileSchema.json());

  private ProfileSchemaOracle() {
  }

  /** One place the schema rejects: the JSON Pointer of the value and the keyword that fails. */
  public record Violation(String pointer, String keyword) {
  }

  /**
   * Returns every place of a profile document that the schema rejects.
   *
   * @param profile  the document's tree
   * @return the violations, empty when the schema accepts the document
   */
  public static List<Violation> violations(JsonNode profile) {
    List<Violation> out = new ArrayList<>();
    check(SCHEMA, profile, "", out);
    return out;
  }

  /**
   * Returns the places of a profile document that the schema rejects and the reader must refuse: the schema's
   * violations less the reader's documented leniencies (a null for an optional fact, read as absent; a number or
   * boolean for a plain string, read as its text).
   *
   * @param profile  the document's tree
   * @return the violations the reader must refuse
   */
  public static List<Violation> strictViolations(JsonNode profile) {
    List<Violation> out = new ArrayList<>();
    for (Violation violation : violations(profile)) {
      JsonNode value = profile.at(violation.pointer());
      JsonNode schema = schemaAt(violation.pointer());
      boolean optionalNull = value.isNull() && !requiredHere(violation.pointer());
      boolean plainString = "type".equals(violation.keyword()) && "string".equals(schema.path("type").asText())
          && !schema.has("pattern") && !schema.has("enum") && !schema.has("format")
          && (value.isNumber() || value.isBoolean());
      if (!optionalNull && !plainString) {
        out.add(violation);
      }
    }
    return out;
  }

  private static boolean requiredHere(String pointer) {
    String parent = SeededMutator.parentOf(pointer);
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    for (JsonNode required : schemaAt(parent).path("required")) {
      if (required.asText().equals(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether an error's field names a place changed: the place itself, a value inside it, or the value holding it up
   * to two levels up (the amount object of a bad {@code amount}, the item that lost a required member).
   *
   * @param field  the error's field, a JSON Pointer ({@code "/"} for the whole document)
   * @param place  the place changed
   * @return true if the field names the place
   */
  public static boolean names(String field, String place) {
    String f = "/".equals(field) ? "" : field;
    if (f.equals(place) || f.startsWith(place + "/")) {
      return true;
    }
    return place.startsWith(f + "/") && depth(place) - depth(f) <= 2;
  }

  private static int depth(String pointer) {
    return (int) pointer.chars().filter(c -> c == '/').count();
  }

  /**
   * Returns the schema of the value at a pointer of a profile, following {@code $ref}, {@code properties} and
   * {@code items}; a missing node when the schema defines no such place.
   *
   * @param pointer  a JSON Pointer into a profile
   * @return the schema node
   */
  public static JsonNode schemaAt(String pointer) {
    JsonNode node = deref(SCHEMA);
    if (pointer.isEmpty()) {
      return node;
    }
    for (String token : pointer.substring(1).split("/")) {
      JsonNode next = node.path("properties").has(token) ? node.get("properties").get(token) : node.path("items");
      node = deref(next);
    }
    return node;
  }

  private static JsonNode deref(JsonNode schema) {
    JsonNode node = schema;
    while (node.has("$ref")) {
      String ref = node.get("$ref").asText();
      node = SCHEMA.at(ref.substring(1));
    }
    return node;
  }

  private static void check(JsonNode schemaNode, JsonNode value, String at, List<Violation> out) {
    JsonNode schema = deref(schemaNode);
    if (schema.has("const") && !schema.get("const").equals(value)) {
      out.add(new Violation(at, "const"));
      return;
    }
    if (schema.has("type") && !typeMatches(schema.get("type").asText(), value)) {
      out.add(new Violation(at, "type"));
      return;
    }
    if (schema.has("enum")) {
      boolean found = false;
      for (JsonNode allowed : schema.get("enum")) {
        found |= allowed.equals(value);
      }
      if (!found) {
        out.add(new Violation(at, "enum"));
      }
    }
    if (value.isTextual()) {
      String text = value.textValue();
      if (schema.has("minLength") && text.codePointCount(0, text.length()) < schema.get("minLength").asInt()) {
        out.add(new Violation(at, "minLength"));
      }
      if (schema.has("pattern") && !Pattern.compile(schema.get("pattern").asText()).matcher(text).find()) {
        out.add(new Violation(at, "pattern"));
      }
      if ("date".equals(schema.path("format").asText()) && !isDate(text)) {
        out.add(new Violation(at, "format"));
      }
    }
    if (value.isNumber()) {
      if (schema.has("minimum") && value.decimalValue().compareTo(schema.get("minimum").decimalValue()) < 0) {
        out.add(new Violation(at, "minimum"));
      }
      if (schema.has("maximum") && value.decimalValue().compareTo(schema.get("maximum").decimalValue()) > 0) {
        out.add(new Violation(at, "maximum"));
      }
      if (schema.has("exclusiveMinimum")
          && value.decimalValue().compareTo(schema.get("exclusiveMinimum").decimalValue()) <= 0) {
        out.add(new Violation(at, "exclusiveMinimum"));
      }
    }
    if (value.isObject()) {
      checkObject(schema, value, at, out);
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(schema.get("items"), value.get(i), at + "/" + i, out);
      }
    }
  }

  private static void checkObject(JsonNode schema, JsonNode value, String at, List<Violation> out) {
    JsonNode properties = schema.path("properties");
    for (JsonNode required : schema.path("required")) {
      if (!value.has(required.asText())) {
        out.add(new Violation(at + "/" + required.asText(), "required"));
      }
    }
    if (schema.has("oneOf")) {
      int satisfied = 0;
      for (JsonNode branch : schema.get("oneOf")) {
        boolean all = true;
        for (JsonNode required : branch.path("required")) {
          all &= value.has(required.asText());
        }
        satisfied += all ? 1 : 0;
      }
      if (satisfied != 1) {
        out.add(new Violation(at, "oneOf"));
      }
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = value.fields(); it.hasNext();) {
      Map.Entry<String, JsonNode> member = it.next();
      String pointer = at + "/" + member.getKey().replace("~", "~0").replace("/", "~1");
      if (properties.has(member.getKey())) {
        check(properties.get(member.getKey()), member.getValue(), pointer, out);
      } else if (schema.path("additionalProperties").isBoolean()
          && !schema.get("additionalProperties").booleanValue()) {
        out.add(new Violation(pointer, "additionalProperties"));
      }
    }
  }

  private static boolean typeMatches(String type, JsonNode value) {
    return switch (type) {
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      case "string" -> value.isTextual();
      case "boolean" -> value.isBoolean();
      case "integer" -> value.isIntegralNumber()
          || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
      case "number" -> value.isNumber();
      default -> false;
    };
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text);
      return true;
    } catch (DateTimeParseException ex) {
      return false;
    }
  }

  /**
   * Parses a document into a tree, every number as its decimal text.
   *
   * @param json  the text
   * @return the tree
   */
  public static JsonNode read(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
