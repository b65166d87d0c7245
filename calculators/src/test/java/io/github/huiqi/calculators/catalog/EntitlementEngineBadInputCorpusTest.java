package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.testing.JsonPointers;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A seeded corpus of bad documents for the engine's JSON entry point ({@link EntitlementEngine#evaluateJson}): the
 * sample request, each document changed at one place chosen at random (a member deleted, set to null or to a value of
 * another type, an extreme number or date, a pattern or format trick in a string, an unknown member, deep nesting, a
 * huge string). Every document is answered with an {@link InvalidInputException} naming the place changed (or the
 * object holding it, or a sibling the change contradicts), or with a report; never another exception, a failed
 * measure with an internal error, or an answer that holds a core for seconds (the hang guard: the currency regular
 * expression once held one for 6.2 s on a 401-character document; a sound answer takes about 40 ms at most on the
 * build machine, and the guard is wide enough that a loaded machine or a garbage collection never trips it; speed
 * itself is measured by the JMH benchmarks, not here). A change no reading can make valid (a value of another JSON
 * type, {@code []} for a value that is not a list, nesting beyond the limit, an unknown member) is always rejected.
 */
class EntitlementEngineBadInputCorpusTest {

  private static final int DOCUMENTS = 1_000;
  private static final long SLOWEST_MILLIS = 3_000;
  private static final ObjectMapper TREES = HuiqiJson.newMapper();
  /** Writes the changed documents: a plain mapper, which writes 1e1000000000 as 1E+1000000000. */
  private static final ObjectMapper WRITER = new ObjectMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String[] TRICKS = {"(.?)".repeat(50) + "Z", "C.Y", "[C]NY", "^CNY$", " CNY", "", " ", "\u0000",
      "2023-01-15T00:00:00", " 2023-01-15", "+999999999-12-31", "2200-01-01", "1900-01-01", "SMALL ", "small",
      "0e1000000000", "1e400", "NaN", "-0", "１２３", "\u202e440305", "44030５", "'; DROP TABLE loans; --", "%s%n",
      "${jndi:ldap://x}", "x".repeat(10_001)};

  private static JsonNode parse(String json) {
    try {
      return TREES.readTree(json);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static JsonNode nested(int depth) {
    JsonNode node = NODES.numberNode(1);
    for (int i = 0; i < depth; i++) {
      node = NODES.arrayNode().add(node);
    }
    return node;
  }

  /** A change at one place, and whether no valid document can result from it. */
  private record Change(String pointer, boolean alwaysInvalid) {
  }

  /**
   * A value to put where another stood, chosen by the seed; null means "delete the member". The kinds 2 (another
   * JSON type), 5 (an empty array for a value that is not a list) and 6 (nesting beyond the limit) can never be valid.
   */
  private static JsonNode replacement(int kind, Random random, JsonNode old) {
    switch (kind) {
      case 0:
        return null;
      case 1:
        return NODES.nullNode();
      case 2:
        // another type: a string for a number or a container, a number for a string, a string for a boolean
        return old.isTextual() ? NODES.numberNode(12345) : old.isBoolean() ? NODES.textNode("true")
            : old.isArray() ? NODES.objectNode() : old.isObject() ? NODES.arrayNode() : NODES.textNode(old.asText());
      case 3:
        return NODES.numberNode(new java.math.BigDecimal(new String[] {"1e1000000000", "0e1000000000", "-1",
            "1.005", "99999999999999999999", "-0.01", "1e16", "0"}[random.nextInt(8)]));
      case 4:
        return NODES.textNode(TRICKS[random.nextInt(TRICKS.length)]);
      case 5:
        return NODES.arrayNode();
      case 6:
        return nested(33 + random.nextInt(5));
      case 7:
        return NODES.textNode(new String[] {"365%", "-1%", "1e3%", "2 %", "%", "101%"}[random.nextInt(6)]);
      default:
        return NODES.booleanNode(random.nextBoolean());
    }
  }

  /** Changes the document at one place: the pointer changed, or an unknown member's pointer when one is added. */
  private static Change mutate(JsonNode root, Random random, List<String> pointers) {
    String pointer = pointers.get(random.nextInt(pointers.size()));
    int slash = pointer.lastIndexOf('/');
    JsonNode parent = root.at(pointer.substring(0, slash));
    String last = pointer.substring(slash + 1);
    if (parent.isObject() && random.nextInt(12) == 0) {
      ((ObjectNode) parent).put("unknownFact", 1);
      return new Change(pointer.substring(0, slash) + "/unknownFact", true);
    }
    int kind = random.nextInt(9);
    JsonNode original = root.at(pointer);
    JsonNode value = replacement(kind, random, original);
    boolean alwaysInvalid = kind == 2 && !original.isNull() || kind == 5 && !original.isArray() || kind == 6;
    if (parent.isObject()) {
      if (value == null) {
        ((ObjectNode) parent).remove(last);
      } else {
        ((ObjectNode) parent).set(last, value);
      }
    } else {
      ArrayNode array = (ArrayNode) parent;
      int index = Integer.parseInt(last);
      if (value == null) {
        array.remove(index);
      } else {
        array.set(index, value);
      }
    }
    return new Change(pointer, alwaysInvalid);
  }

  private static String parentOf(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  @Test
  void test_corpus_typedErrorNamingThePlaceOrAReport_neverALeak() throws IOException {
    String valid = HuiqiJson.write(EntitlementRequest.of(CatalogProfiles.sample(), LocalDate.of(2023, 6, 30)));
    assertThat(ENGINE.evaluateJson(valid)).contains("\"outcomes\"");
    List<String> pointers = JsonPointers.of(parse(valid));
    int rejected = 0;
    long slowest = 0;
    for (int seed = 0; seed < DOCUMENTS; seed++) {
      Random random = new Random(seed);
      JsonNode root = parse(valid);
      Change change = mutate(root, random, pointers);
      String changed = change.pointer();
      String document = WRITER.writeValueAsString(root);
      long start = System.nanoTime();
      Throwable thrown = catchThrowable(() -> {
        String report = ENGINE.evaluateJson(document);
        assertThat(report).doesNotContain("internal-error");
      });
      long millis = (System.nanoTime() - start) / 1_000_000;
      slowest = seed == 0 ? slowest : Math.max(slowest, millis);
      String what = "seed " + seed + ", changed " + changed;
      if (thrown instanceof AssertionError failed) {
        throw failed;
      }
      if (change.alwaysInvalid()) {
        assertThat(thrown).as(what + ": a document no reading makes valid was accepted").isNotNull();
      }
      if (thrown != null) {
        assertThat(thrown).as(what).isInstanceOf(InvalidInputException.class);
        InvalidInputException ex = (InvalidInputException) thrown;
        String field = ex.field();
        boolean atThePlace = field.startsWith(changed) || changed.startsWith(field + "/") || changed.equals(field)
            || (!parentOf(changed).isEmpty() && field.startsWith(parentOf(changed) + "/"))
            || field.equals("/") && ex.code().equals(InvalidInputException.TOO_LARGE);
        assertThat(atThePlace).as(what + ": named " + field + " (" + ex.getMessage() + ")").isTrue();
        assertThat(((HuiqiException) ex).code()).as(what).startsWith("input.");
        rejected++;
      }
    }
    assertThat(slowest).as("the slowest answer, ms").isLessThan(SLOWEST_MILLIS);
    // most changes break the document; some (an optional fact removed or nulled) leave a valid request
    assertThat(rejected).isBetween(DOCUMENTS / 2, DOCUMENTS);
  }
}
