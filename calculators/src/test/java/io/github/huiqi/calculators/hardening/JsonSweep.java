package io.github.huiqi.calculators.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.hardening.JsonMutation.Expect;
import io.github.huiqi.core.testing.JsonPointers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Every bad document of a fixed battery made from a valid sample, not a random draw: for each member and element of
 * the sample, the member left out, set to null, given a value of each other JSON type, an extreme or sub-fen number,
 * a malformed or out-of-range date, an unknown name, a very long string, a deep nesting; a null put inside each array;
 * an unknown and a duplicated member in each object; and a dozen documents that are not the request at all (not JSON,
 * empty, {@code null}, an array). Each document says what the entry point must answer ({@link Expect}), and for a
 * document no reading makes valid, the text the error must quote as its value ({@link Case#value()}, empty where no
 * one value is to blame).
 */
final class JsonSweep {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final String PLACEHOLDER = "@@raw@@";

  /** Numbers in place of a number: each may be valid for some field, so that the entry point decides. */
  static final List<String> NUMBERS = List.of("0", "-1", "-0.01", "1.5", "1.005", "0.001", "1e2", "1E+2", "1e30",
      "1E+400", "1e-400", "99999999999999999999", "9223372036854775808", "2147483647", "2147483648", "-2147483648",
      "-2147483649");
  /** Dates never accepted: out of the range {@code DateBounds} allows, or no date of the calendar. */
  static final List<String> BAD_DATES = List.of("0000-01-01", "9999-12-31", "2023-02-30", "2023-02-29", "2023-13-01",
      "2023-00-10", "1949-09-30", "2200-01-01", "2023-1-5", "2023-01-05T00:00", "");
  /** Strings in place of a string: each may be valid for a free-text field. */
  static final List<String> STRINGS = List.of("", " ", "NOT_A_NAME", "small", "null", "1e2", "-1", "2%", "\u0000");

  /** One document of the sweep: the change, the place, the text, what must be answered, the value to quote. */
  record Case(JsonMutation mutation, String value) {
    @Override
    public String toString() {
      return mutation.toString();
    }
  }

  private final String valid;

  JsonSweep(String valid) {
    this.valid = valid;
  }

  /** Every document of the sweep, in a fixed order. */
  List<Case> cases() {
    List<Case> cases = new ArrayList<>();
    for (String other : List.of("", " ", "x", "null", "true", "1", "\"x\"", "[]", "[null]", "{", "{}x",
        "[" + valid + "]", "{\"a\":" + valid + "}", valid + valid)) {
      cases.add(new Case(new JsonMutation("other-root", "", other, Expect.REJECTED), ""));
    }
    cases.add(new Case(new JsonMutation("empty-object", "", "{}", Expect.EITHER), ""));
    JsonNode root = JsonMutator.parse(valid);
    List<String> every = new ArrayList<>();
    every.add("");
    every.addAll(JsonPointers.of(root));
    for (String pointer : every) {
      JsonNode original = root.at(pointer);
      if (original.isObject()) {
        cases.add(document("unknown-member", pointer + "/unknownMember", Expect.REJECTED, "",
            tree -> ((ObjectNode) tree.at(pointer)).put("unknownMember", 1)));
        if (!original.isEmpty()) {
          cases.add(new Case(new JsonMutation("duplicate-member", pointer,
              JsonText.withDuplicateMember(JsonMutator.parse(valid), pointer), Expect.REJECTED), ""));
        }
      }
      if (original.isArray()) {
        cases.add(document("null-element", pointer + "/" + original.size(), Expect.REJECTED, "",
            tree -> ((ArrayNode) tree.at(pointer)).addNull()));
        cases.add(document("empty-array", pointer, Expect.EITHER, "",
            tree -> set(tree, pointer, NODES.arrayNode())));
      }
      if (pointer.isEmpty()) {
        continue;
      }
      cases.addAll(changes(pointer, original));
    }
    return cases;
  }

  private List<Case> changes(String pointer, JsonNode original) {
    List<Case> cases = new ArrayList<>();
    String parent = JsonMutator.parentOf(pointer);
    cases.add(document("deleted", pointer, Expect.EITHER, "", tree -> {
      JsonNode holder = tree.at(parent);
      if (holder.isArray()) {
        ((ArrayNode) holder).remove(Integer.parseInt(last(pointer)));
      } else {
        ((ObjectNode) holder).remove(last(pointer));
      }
    }));
    cases.add(document("null", pointer, Expect.EITHER, "", tree -> set(tree, pointer, NODES.nullNode())));
    boolean date = original.isTextual() && DATE.matcher(original.textValue()).matches();
    if (!original.isNumber()) {
      cases.add(raw(pointer, "number", "12345", original.isNull() ? Expect.EITHER : Expect.REJECTED, "12345"));
    }
    if (!original.isTextual()) {
      String text = original.isNumber() ? original.asText() : "x";
      cases.add(document("string", pointer, original.isNull() ? Expect.EITHER : Expect.REJECTED, text,
          tree -> set(tree, pointer, NODES.textNode(text))));
    }
    if (!original.isBoolean()) {
      cases.add(raw(pointer, "boolean", "true", original.isNull() ? Expect.EITHER : Expect.REJECTED, "true"));
    }
    if (!original.isObject()) {
      cases.add(raw(pointer, "object", "{\"a\":1}", original.isNull() ? Expect.EITHER : Expect.REJECTED, ""));
    }
    if (!original.isArray()) {
      cases.add(raw(pointer, "array", "[]", original.isNull() ? Expect.EITHER : Expect.REJECTED, ""));
    }
    cases.add(raw(pointer, "deep-nesting", "[".repeat(40) + "1" + "]".repeat(40), Expect.REJECTED, ""));
    if (original.isNumber()) {
      boolean amount = "amount".equals(last(pointer));
      for (String number : NUMBERS) {
        BigDecimal value = new BigDecimal(number);
        boolean subFen = value.stripTrailingZeros().scale() > 2;
        Expect expect = amount && subFen ? Expect.REJECTED : Expect.EITHER;
        cases.add(raw(pointer, "number " + number, number, expect, number));
      }
      cases.add(raw(pointer, "huge-number", "9".repeat(41), Expect.REJECTED, ""));
    }
    if (original.isTextual()) {
      if (date) {
        for (String bad : BAD_DATES) {
          cases.add(document("date " + bad, pointer, Expect.REJECTED, bad,
              tree -> set(tree, pointer, NODES.textNode(bad))));
        }
        cases.add(raw(pointer, "date-as-number", "20230115", Expect.REJECTED, "20230115"));
        cases.add(raw(pointer, "date-as-array", "[2023,1,15]", Expect.REJECTED, ""));
      } else {
        for (String text : STRINGS) {
          cases.add(document("string '" + text + "'", pointer, Expect.EITHER, text,
              tree -> set(tree, pointer, NODES.textNode(text))));
        }
      }
      cases.add(document("long-string", pointer, Expect.REJECTED, "",
          tree -> set(tree, pointer, NODES.textNode("x".repeat(10_001)))));
    }
    return cases;
  }

  private interface Edit {
    void apply(JsonNode tree);
  }

  private Case document(String kind, String pointer, Expect expect, String value, Edit edit) {
    JsonNode tree = JsonMutator.parse(valid);
    edit.apply(tree);
    String at = kind.equals("deleted") && tree.at(JsonMutator.parentOf(pointer)).isArray()
        ? JsonMutator.parentOf(pointer) : pointer;
    return new Case(new JsonMutation(kind, at, JsonText.compact(tree), expect), value);
  }

  /** A value written as raw JSON text in place of the one at a pointer (a number kept as written). */
  private Case raw(String pointer, String kind, String text, Expect expect, String value) {
    JsonNode tree = JsonMutator.parse(valid);
    set(tree, pointer, NODES.textNode(PLACEHOLDER));
    String document = JsonText.compact(tree).replace("\"" + PLACEHOLDER + "\"", text);
    return new Case(new JsonMutation(kind, pointer, document, expect), value);
  }

  private static void set(JsonNode tree, String pointer, JsonNode value) {
    JsonNode holder = tree.at(JsonMutator.parentOf(pointer));
    if (holder.isArray()) {
      ((ArrayNode) holder).set(Integer.parseInt(last(pointer)), value);
    } else {
      ((ObjectNode) holder).set(last(pointer), value);
    }
  }

  private static String last(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1);
  }

}
