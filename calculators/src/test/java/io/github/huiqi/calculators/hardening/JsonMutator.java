package io.github.huiqi.calculators.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.testing.JsonPointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * Makes bad (or equivalent) documents from a valid sample, one change each, chosen by a seeded {@link Random}: a
 * member deleted or set to null, a value of another JSON type, an extreme number, a pattern or format trick in a
 * string, a date in another notation or out of range, a duplicate or unknown member, nesting beyond the limit, a
 * string beyond the limit, an empty array, a truncated document; and changes that keep the meaning (members in
 * another order, other whitespace, an equal number in another notation). Each document says what the entry point
 * must answer ({@link Expect}).
 */
public final class JsonMutator {

  private static final ObjectMapper TREES = HuiqiJson.newMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final String PLACEHOLDER = "@@number@@";
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private final String valid;
  private final List<String> pointers;

  /**
   * Creates a mutator of a valid document.
   *
   * @param valid  the valid sample's text
   */
  public JsonMutator(String valid) {
    this.valid = valid;
    this.pointers = JsonPointers.of(parse(valid));
  }

  /**
   * Parses a document as the library's hardened mapper does, keeping every number as written.
   *
   * @param json  the text
   * @return the tree
   */
  static JsonNode parse(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  static String parentOf(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static String lastOf(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  /**
   * Makes one document.
   *
   * @param random  the generator, seeded by the caller
   * @return the document and what it must be answered with
   */
  public JsonMutation next(Random random) {
    JsonNode root = parse(valid);
    int roll = random.nextInt(100);
    if (roll < 3) {
      return new JsonMutation("reordered", "", JsonText.reversed(root), Expect.SAME_RESULT);
    }
    if (roll < 6) {
      String space = pick(random, List.of(" ", "\n", "\t", "\r\n", "  \n\t "));
      return new JsonMutation("whitespace", "", JsonText.spaced(root, space), Expect.SAME_RESULT);
    }
    if (roll < 8) {
      String text = JsonText.compact(root);
      return new JsonMutation("truncated", "", text.substring(0, random.nextInt(text.length())), Expect.REJECTED);
    }
    if (roll < 9) {
      String other = pick(random, List.of("[]", "null", "\"x\"", "1", "", " ", "{}{}", "{\"a\":1}", "[" + valid
          + "]", "\uFEFF" + valid, valid + "x"));
      Expect expect = other.startsWith("\uFEFF") ? Expect.SAME_OR_REJECTED : Expect.REJECTED;
      return new JsonMutation("other-root", "", other, expect);
    }
    String pointer = pick(random, pointers);
    JsonNode original = root.at(pointer);
    if (roll < 14) {
      return duplicateOrUnknown(root, pointer, random);
    }
    if (roll < 20) {
      return notation(root, pointer, original, random);
    }
    Change change = change(original, lastOf(pointer), random);
    String at = pointer;
    JsonNode parent = root.at(parentOf(pointer));
    if (change.value() == null) {
      if (parent.isArray()) {
        ((ArrayNode) parent).remove(Integer.parseInt(lastOf(pointer)));
        at = parentOf(pointer);
      } else {
        ((ObjectNode) parent).remove(lastOf(pointer));
      }
    } else if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(lastOf(pointer)), change.value());
    } else {
      ((ObjectNode) parent).set(lastOf(pointer), change.value());
    }
    return new JsonMutation(change.kind(), at, JsonText.compact(root), change.expect());
  }

  /** A value put in place of another (null for a deletion), its kind and what it must be answered with. */
  private record Change(String kind, JsonNode value, Expect expect) {
  }

  private static Change change(JsonNode original, String name, Random random) {
    boolean date = original.isTextual() && DATE.matcher(original.textValue()).matches();
    int kind = random.nextInt(100);
    if (kind < 10) {
      return new Change("deleted", null, Expect.EITHER);
    }
    if (kind < 20) {
      return new Change("null", NODES.nullNode(), Expect.EITHER);
    }
    if (kind < 30) {
      return new Change("wrong-type", wrongType(original), original.isNull() ? Expect.EITHER : Expect.REJECTED);
    }
    if (kind < 45) {
      BigDecimal number = new BigDecimal(pick(random, JsonTricks.NUMBER));
      Expect expect = original.isNumber() || original.isNull() ? Expect.EITHER : Expect.REJECTED;
      if (original.isNumber() && "amount".equals(name) && number.stripTrailingZeros().scale() > 2) {
        expect = Expect.REJECTED;
      }
      return new Change("number", NODES.numberNode(number), expect);
    }
    if (kind < 70) {
      if ("currency".equals(name)) {
        String currency = pick(random, JsonTricks.CURRENCY);
        return new Change("currency-trick", NODES.textNode(currency), Expect.REJECTED);
      }
      if (date) {
        return new Change("date-trick", NODES.textNode(pick(random, JsonTricks.DATE)), Expect.REJECTED);
      }
      boolean rate = original.isTextual() && original.textValue().endsWith("%");
      String text = pick(random, rate ? JsonTricks.RATE : JsonTricks.STRING);
      Expect expect = original.isTextual() || original.isNull() ? Expect.EITHER : Expect.REJECTED;
      return new Change(rate ? "rate-trick" : "string-trick", NODES.textNode(text), expect);
    }
    if (kind < 78) {
      if (date) {
        return new Change("date-not-a-string", parse(pick(random, JsonTricks.NON_STRING_DATE)), Expect.REJECTED);
      }
      return new Change("empty-array", NODES.arrayNode(), original.isArray() || original.isNull() ? Expect.EITHER
          : Expect.REJECTED);
    }
    if (kind < 83) {
      JsonNode nested = NODES.numberNode(1);
      for (int i = 33 + random.nextInt(8); i > 0; i--) {
        nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
      }
      return new Change("deep-nesting", nested, Expect.REJECTED);
    }
    if (kind < 88) {
      if (random.nextBoolean()) {
        return new Change("huge-number", NODES.numberNode(new BigDecimal("9".repeat(41 + random.nextInt(1000)))),
            Expect.REJECTED);
      }
      return new Change("huge-string", NODES.textNode("x".repeat(10_001 + random.nextInt(50_000))),
          Expect.REJECTED);
    }
    if (kind < 94) {
      JsonNode flipped = original.isBoolean() ? NODES.booleanNode(!original.booleanValue())
          : NODES.booleanNode(random.nextBoolean());
      return new Change("boolean", flipped, original.isBoolean() || original.isNull() ? Expect.EITHER
          : Expect.REJECTED);
    }
    if (original.isArray() && !original.isEmpty()) {
      ArrayNode twice = original.deepCopy();
      twice.add(original.get(0).deepCopy());
      return new Change("element-repeated", twice, Expect.EITHER);
    }
    JsonNode wrapped = NODES.arrayNode().add(original.deepCopy());
    return new Change("wrapped-in-array", wrapped, original.isNull() ? Expect.EITHER : Expect.REJECTED);
  }

  private static JsonNode wrongType(JsonNode original) {
    if (original.isTextual()) {
      return NODES.numberNode(12345);
    }
    if (original.isNumber()) {
      return NODES.textNode(original.asText());
    }
    if (original.isBoolean()) {
      return NODES.textNode(original.asText());
    }
    if (original.isArray()) {
      return NODES.objectNode();
    }
    if (original.isObject()) {
      return NODES.textNode(original.toString());
    }
    return NODES.numberNode(0);
  }

  /** A member added to the object at or above a pointer: written twice, or unknown to the type. */
  private JsonMutation duplicateOrUnknown(JsonNode root, String pointer, Random random) {
    String at = pointer;
    while (!root.at(at).isObject() || root.at(at).isEmpty()) {
      at = parentOf(at);
    }
    if (random.nextBoolean()) {
      return new JsonMutation("duplicate-member", at, JsonText.withDuplicateMember(root, at), Expect.REJECTED);
    }
    String name = pick(random, List.of("unknownFact", "@type", "@class", "__proto__", "Principal", "loanid", ""));
    ((ObjectNode) root.at(at)).put(name, 1);
    return new JsonMutation("unknown-member", at + "/" + name, JsonText.compact(root), Expect.REJECTED);
  }

  /** A number written in another notation of the same value: the same result, or a typed error. */
  private static JsonMutation notation(JsonNode root, String pointer, JsonNode original, Random random) {
    if (!original.isNumber()) {
      return new JsonMutation("unchanged", pointer, JsonText.compact(root), Expect.SAME_RESULT);
    }
    BigDecimal value = original.decimalValue();
    String text = switch (random.nextInt(4)) {
      case 0 -> value.toPlainString() + (value.scale() > 0 ? "0" : ".0");
      case 1 -> value.unscaledValue() + "E" + (-value.scale());
      case 2 -> value.stripTrailingZeros().toString();
      default -> value.movePointLeft(3).toPlainString() + "e3";
    };
    JsonNode placeholder = NODES.textNode(PLACEHOLDER);
    JsonNode parent = root.at(parentOf(pointer));
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(lastOf(pointer)), placeholder);
    } else {
      ((ObjectNode) parent).set(lastOf(pointer), placeholder);
    }
    String document = JsonText.compact(root).replace("\"" + PLACEHOLDER + "\"", text);
    return new JsonMutation("number-notation", pointer, document, Expect.SAME_OR_REJECTED);
  }
}
