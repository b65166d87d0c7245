package io.github.huiqi.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Makes one bad (or merely different) document at a time from a valid JSON document, chosen by a seeded
 * {@link Random}, for the fuzz audits of the entry points that read JSON (a profile, a request, a book line, a
 * policy pack).
 * <p>
 * A change is either to one value, found by its JSON Pointer (a wrong JSON type, an extreme number, a malformed or
 * out-of-range date, a malformed region or industry code, an empty array or object, a huge string, a deep nesting,
 * the member removed, an unknown member added), which a test judges against a schema; or to the text (a key written
 * twice, the document cut short, bytes that are not UTF-8), which no reading makes valid.
 */
public final class SeededMutator {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final String PLACEHOLDER = "@@mutated@@";

  /** Numbers at the extremes, as JSON text. */
  public static final List<String> NUMBERS = List.of("-1", "0", "-0", "-0.0", "1E+400", "1e-30", "-1e-30",
      "0.12345678901234567890", "123.45678901234567890", "9223372036854775808", "-9223372036854775809",
      "2147483648", "1e2", "1.5", "100000000000000000", "0.001", "-0.01", "5", "13", "1899", "2201");
  /** Dates malformed or out of range. */
  public static final List<String> DATES = List.of("0000-01-01", "9999-12-31", "2023-02-30", "2023-1-1", "2023-02-29",
      "1949-09-30", "1949-10-01", "2199-12-31", "2200-01-01", "2023-13-01", "2023-06-30T00:00", "+2023-06-30",
      "2023/06/30", "20230630", "");
  /** Region codes malformed or unknown. */
  public static final List<String> REGIONS = List.of("44030", "4403060", "44030a", "000000", "999999", " 440306",
      "\uFF14\uFF14\uFF10\uFF13\uFF10\uFF16", "440306\n", "", "310115", "440300", "440000", "110101");
  /** Industry codes malformed or unknown. */
  public static final List<String> INDUSTRIES = List.of("C3", "c3484", "Z12", "C34845", "", "C 348", "\uFF23" + "3484",
      "C", "U", "C00", "C3484\n", "A0000");
  /** Strings that are not numbers where a number is expected, and other tricks. */
  public static final List<String> STRINGS = List.of("NaN", "Infinity", "-1", "1e400", "", " ", "\u0000", "null",
      "true", "x");

  private final JsonNode valid;
  private final List<String> pointers;

  /**
   * Creates a mutator of a valid document, changing only values at or below a prefix.
   *
   * @param valid  the valid document's tree, read with every number as its decimal text
   * @param under  the JSON Pointer of the part to change, {@code ""} for all of it
   */
  public SeededMutator(JsonNode valid, String under) {
    this.valid = valid;
    this.pointers = new ArrayList<>(JsonPointers.under(valid.at(under), under));
    pointers.remove(under);
  }

  /** One changed document. */
  public record Mutant(String kind, String pointer, String replacement, JsonNode tree, byte[] bytes) {

    /** Whether the change is to the text, which no reading makes valid: the tree is null. */
    public boolean textual() {
      return tree == null;
    }

    /** The document's text (bytes that are not UTF-8 shown with the replacement character). */
    public String text() {
      return new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      String shown = replacement.length() > 60 ? replacement.substring(0, 57) + "..." : replacement;
      return kind + " at '" + pointer + "' = " + shown;
    }
  }

  /**
   * Makes one changed document.
   *
   * @param random  the generator, seeded by the test
   * @return the document
   */
  public Mutant next(Random random) {
    int roll = random.nextInt(100);
    if (roll < 4) {
      return duplicateKey(random);
    }
    if (roll < 7) {
      byte[] text = write(valid).getBytes(StandardCharsets.UTF_8);
      int cut = random.nextInt(text.length);
      byte[] bytes = java.util.Arrays.copyOf(text, cut);
      return new Mutant("truncated", "", "at byte " + cut, null, bytes);
    }
    if (roll < 10) {
      return notUtf8(random);
    }
    String pointer = pointers.get(random.nextInt(pointers.size()));
    JsonNode root = valid.deepCopy();
    JsonNode original = root.at(pointer);
    String name = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (roll < 15) {
      remove(root, pointer);
      return new Mutant("removed", pointer, "", root, bytes(root));
    }
    if (roll < 19) {
      JsonNode holder = original.isObject() ? original : root.at(parentOf(pointer));
      String at = original.isObject() ? pointer : parentOf(pointer);
      if (holder.isObject()) {
        String unknown = pick(random, List.of("unknownFact", "@type", "Amount", "revenue2", "__proto__"));
        ((ObjectNode) holder).put(unknown, 1);
        return new Mutant("unknown-member", at + "/" + unknown, "1", root, bytes(root));
      }
    }
    JsonNode value = replacement(random, original, name);
    set(root, pointer, value);
    return new Mutant("replaced", pointer, value.toString(), root, bytes(root));
  }

  private static JsonNode replacement(Random random, JsonNode original, String name) {
    boolean date = original.isTextual() && original.textValue().matches("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    boolean region = name.toLowerCase(java.util.Locale.ROOT).contains("regioncode");
    boolean industry = "industryCode".equals(name);
    int roll = random.nextInt(100);
    if (roll < 20) {
      return pick(random, List.<JsonNode>of(NODES.textNode("x"), NODES.numberNode(12345), NODES.booleanNode(true),
          NODES.arrayNode(), NODES.objectNode(), NODES.nullNode(), NODES.arrayNode().add(original.deepCopy())));
    }
    if (roll < 45) {
      if (date) {
        return NODES.textNode(pick(random, DATES));
      }
      if (region) {
        return NODES.textNode(pick(random, REGIONS));
      }
      if (industry) {
        return NODES.textNode(pick(random, INDUSTRIES));
      }
    }
    if (roll < 75) {
      return NODES.numberNode(new BigDecimal(pick(random, NUMBERS)));
    }
    if (roll < 85) {
      return NODES.textNode(pick(random, STRINGS));
    }
    if (roll < 90) {
      return NODES.textNode("x".repeat(10_001 + random.nextInt(1_000)));
    }
    if (roll < 94) {
      JsonNode nested = NODES.numberNode(1);
      for (int i = 0; i < 40; i++) {
        nested = random.nextBoolean() ? NODES.arrayNode().add(nested) : NODES.objectNode().set("a", nested);
      }
      return nested;
    }
    return original.isArray() ? NODES.arrayNode() : NODES.objectNode();
  }

  private Mutant duplicateKey(Random random) {
    List<String> objects = new ArrayList<>();
    for (String pointer : pointers) {
      JsonNode node = valid.at(pointer);
      if (node.isObject() && node.size() > 0) {
        objects.add(pointer);
      }
    }
    String pointer = objects.isEmpty() ? "" : pick(random, objects);
    JsonNode root = valid.deepCopy();
    JsonNode object = root.at(pointer);
    Map.Entry<String, JsonNode> first = object.fields().next();
    String twice = "{" + NODES.textNode(first.getKey()) + ":" + first.getValue() + "," + object.toString().substring(1);
    if (pointer.isEmpty()) {
      return new Mutant("duplicate-key", "/" + first.getKey(), first.getKey(), null,
          twice.getBytes(StandardCharsets.UTF_8));
    }
    set(root, pointer, NODES.textNode(PLACEHOLDER));
    String text = write(root).replace("\"" + PLACEHOLDER + "\"", twice);
    return new Mutant("duplicate-key", pointer + "/" + first.getKey(), first.getKey(), null,
        text.getBytes(StandardCharsets.UTF_8));
  }

  private Mutant notUtf8(Random random) {
    List<String> strings = new ArrayList<>();
    for (String pointer : pointers) {
      if (valid.at(pointer).isTextual()) {
        strings.add(pointer);
      }
    }
    JsonNode root = valid.deepCopy();
    String pointer = strings.isEmpty() ? "" : pick(random, strings);
    if (!pointer.isEmpty()) {
      set(root, pointer, NODES.textNode(PLACEHOLDER));
    }
    byte[] text = write(root).getBytes(StandardCharsets.UTF_8);
    byte[] bad = pick(random, List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3, 0x28},
        new byte[] {(byte) 0xE6, (byte) 0x88}, new byte[] {(byte) 0x80}, new byte[] {(byte) 0xED, (byte) 0xA0,
            (byte) 0x80}));
    String marker = "\"" + PLACEHOLDER + "\"";
    String whole = new String(text, StandardCharsets.UTF_8);
    int at = whole.indexOf(marker);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    if (at < 0) {
      out.writeBytes(bad);
      out.writeBytes(text);
    } else {
      out.writeBytes(whole.substring(0, at + 1).getBytes(StandardCharsets.UTF_8));
      out.writeBytes(bad);
      out.writeBytes(whole.substring(at + marker.length() - 1).getBytes(StandardCharsets.UTF_8));
    }
    return new Mutant("not-utf8", pointer, "bytes", null, out.toByteArray());
  }

  /**
   * Returns the pointer of the value holding a pointer's value.
   *
   * @param pointer  a JSON Pointer, not empty
   * @return the parent's pointer
   */
  public static String parentOf(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  private static void set(JsonNode root, String pointer, JsonNode value) {
    JsonNode parent = root.at(parentOf(pointer));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).set(Integer.parseInt(last), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
  }

  private static void remove(JsonNode root, String pointer) {
    JsonNode parent = root.at(parentOf(pointer));
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    if (parent.isArray()) {
      ((ArrayNode) parent).remove(Integer.parseInt(last));
    } else {
      ((ObjectNode) parent).remove(last);
    }
  }

  private static <T> T pick(Random random, List<T> list) {
    return list.get(random.nextInt(list.size()));
  }

  private static byte[] bytes(JsonNode root) {
    return write(root).getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Writes a tree as compact JSON, numbers as their decimal text.
   *
   * @param root  the tree
   * @return the text
   */
  public static String write(JsonNode root) {
    return root.toString();
  }
}
