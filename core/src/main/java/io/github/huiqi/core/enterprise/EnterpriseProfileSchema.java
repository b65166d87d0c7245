package io.github.huiqi.core.enterprise;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * The JSON Schema (draft 2020-12) of {@link EnterpriseProfile} as {@link io.github.huiqi.core.json.HuiqiJson} writes
 * and reads it, for a platform that validates or documents profiles before it calls the library.
 * <p>
 * The schema describes every nested type ({@code Qualification}, {@code EnterpriseYear}, {@code LoanFacts}, …) with
 * {@code additionalProperties: false}, the required fields, the enumerations, and a Chinese and English
 * {@code description} on every property. Amounts are {@code {"amount": …, "currency": "CNY"}}, rates strings such as
 * {@code "2%"}, dates ISO strings such as {@code "2023-06-30"}. What JSON Schema cannot say (ids unique in their list,
 * the order of dates) the library still checks when it reads a profile, naming the JSON Pointer of the culprit.
 * <p>
 * The schema is the strict form: every profile the library writes is valid under it, and every profile valid under
 * it is read. The reader is more lenient in a few places, which the schema does not allow: {@code null} for an
 * optional fact (read as absent), a number or boolean for a plain string ({@code 440306} read as {@code "440306"}),
 * a date as an array or a date-time, and a qualification without {@code held} (read as not held).
 * <p>
 * The schema is the resource {@code io/github/huiqi/core/enterprise/enterprise-profile.schema.json}, read once.
 * <p>
 * This class is thread-safe.
 */
public final class EnterpriseProfileSchema {

  /** The resource name, beside this class. */
  static final String RESOURCE = "enterprise-profile.schema.json";

  /** A '~' that is not the start of ~0 or ~1 (RFC 6901). */
  private static final Pattern BAD_ESCAPE = Pattern.compile("~(?![01])");

  private EnterpriseProfileSchema() {
  }

  /**
   * Returns the schema's text, JSON in UTF-8, as shipped.
   *
   * @return the schema
   * @throws IllegalStateException if the resource is missing or malformed (a packaging defect)
   */
  public static String json() {
    return Loaded.text();
  }

  /**
   * Checks whether a JSON Pointer into a profile names a property path the schema defines, such as
   * {@code /loans/0/guarantee/feeRate} or {@code /years/0/quarters}.
   * <p>
   * An array index, any non-negative integer without leading zeros, matches the array's {@code items}; the empty
   * pointer names the whole profile. Whether a profile has a value there is not checked, only that the schema
   * defines the path.
   *
   * @param jsonPointer  the pointer, such as {@code /loans/2/guarantee/feeRate}; {@code ~1} and {@code ~0} escape
   *     {@code /} and {@code ~} (RFC 6901)
   * @return true if the schema defines the path
   * @throws InvalidInputException if the pointer is null or not a JSON Pointer (not empty and not starting with
   *     {@code /}, or with a {@code ~} not followed by {@code 0} or {@code 1})
   */
  public static boolean resolves(String jsonPointer) {
    Args.notNull(jsonPointer, "jsonPointer");
    if (jsonPointer.isEmpty()) {
      return true;
    }
    if (!jsonPointer.startsWith("/") || BAD_ESCAPE.matcher(jsonPointer).find()) {
      throw new InvalidInputException("jsonPointer", jsonPointer,
          "must be a JSON Pointer: empty, or tokens each after a '/', with '~' only as ~0 or ~1");
    }
    JsonNode schema = Loaded.tree();
    for (String escaped : jsonPointer.substring(1).split("/", -1)) {
      String token = escaped.replace("~1", "/").replace("~0", "~");
      schema = dereference(schema);
      JsonNode property = schema.path("properties").get(token);
      if (property != null) {
        schema = property;
      } else if (schema.has("items") && token.matches("0|[1-9][0-9]*")) {
        schema = schema.get("items");
      } else {
        return false;
      }
    }
    return true;
  }

  private static JsonNode dereference(JsonNode schema) {
    JsonNode current = schema;
    while (current.has("$ref")) {
      String ref = current.get("$ref").asText();
      current = Loaded.tree().at(ref.substring(1));
      if (current.isMissingNode()) {
        throw new IllegalStateException("The profile schema's " + ref + " is undefined");
      }
    }
    return current;
  }

  //-------------------------------------------------------------------------
  /** The schema, read on first use; a failure is kept and reported on every call (a packaging defect). */
  private static final class Loaded {
    static final String TEXT;
    static final JsonNode TREE;
    static final IllegalStateException FAILURE;

    static {
      String text = null;
      JsonNode tree = null;
      IllegalStateException failure = null;
      try (InputStream in = EnterpriseProfileSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          failure = new IllegalStateException("The profile schema " + RESOURCE + " is missing from the library");
        } else {
          text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
          tree = new ObjectMapper().readTree(text);
        }
      } catch (IOException ex) {
        failure = new IllegalStateException("The profile schema " + RESOURCE + " cannot be read", ex);
      }
      TEXT = text;
      TREE = tree;
      FAILURE = failure;
    }

    static String text() {
      check();
      return TEXT;
    }

    static JsonNode tree() {
      check();
      return TREE;
    }

    private static void check() {
      if (FAILURE != null) {
        throw new IllegalStateException(FAILURE.getMessage(), FAILURE);
      }
    }
  }
}
