package io.github.huiqi.calculators.qa;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.ContainerNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.huiqi.core.policy.PolicyPacks;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The parameter values of a built-in policy pack, and for each one or two mutants of the pack with that value nudged.
 * <p>
 * A parameter is a JSON object with a {@code value} and a {@code citation} (the pack schema's cited, dated
 * parameter), or a rate-series point ({@code validFrom}, {@code rate}, {@code citation}). Its value's leaves are
 * mutated: a percentage or a number ×1.1 (rounded up to a whole number for an integer, and at least one more) and one
 * unit of its last written digit down (2% gives 2.2% and 1%, 6 gives 7 and 5; zero goes one unit up instead), so a
 * figure that only a minimum or a maximum lets through is nudged both ways; a date one day later and one month
 * earlier; a boolean flipped. Texts, enumerated codes, ids, region codes and citations are not parameter values and
 * are left alone. With {@code validity} the dates of each parameter's validity are mutated too (one day later at the
 * start, one day earlier at the end), reported as a separate place ({@code …/validity/start}).
 */
final class PackMutants {

  /**
   * One mutant: the pack, the JSON Pointer of the value changed, the change shown, and how to make the pack's text.
   */
  record Mutant(String pack, String pointer, String change, JsonNode root, JsonNode changed) {

    /** The place changed, as the allowlist names it: {@code pack#pointer}. */
    String place() {
      return pack + "#" + pointer;
    }

    /** The whole pack's mutated text, made on demand (a pack's mutants are not all held at once). */
    String json() {
      JsonNode copy = root.deepCopy();
      int slash = pointer.lastIndexOf('/');
      ContainerNode<?> parent = (ContainerNode<?>) copy.at(pointer.substring(0, slash));
      String key = unescape(pointer.substring(slash + 1));
      if (parent instanceof ObjectNode object) {
        object.set(key, changed);
      } else {
        ((ArrayNode) parent).set(Integer.parseInt(key), changed);
      }
      try {
        return MAPPER.writeValueAsString(copy);
      } catch (JsonProcessingException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern PERCENT = Pattern.compile("-?\\d+(\\.\\d+)?%");
  private static final BigDecimal TEN_PERCENT_MORE = new BigDecimal("1.1");

  private final String pack;
  private final JsonNode root;
  private final boolean validity;

  private PackMutants(String pack, JsonNode root, boolean validity) {
    this.pack = pack;
    this.root = root;
    this.validity = validity;
  }

  /**
   * Reads a built-in pack's text.
   *
   * @param resource  the resource name, one of {@code PolicyPacks.BUILT_IN_RESOURCES}
   * @return the text
   */
  static String text(String resource) {
    try (InputStream in = PackMutants.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Lists a pack's mutants, in document order.
   *
   * @param pack  the pack's resource name
   * @param json  the pack's text
   * @param validity  whether the parameters' validity dates are mutated too
   * @return the mutants
   */
  static List<Mutant> of(String pack, String json, boolean validity) {
    try {
      PackMutants walker = new PackMutants(pack, MAPPER.readTree(json), validity);
      List<Mutant> found = new ArrayList<>();
      walker.walk(walker.root, "", found);
      return found;
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private void walk(JsonNode node, String pointer, List<Mutant> found) {
    if (node.isObject()) {
      if (node.has("citation") && node.has("value")) {
        leaves(node.get("value"), pointer + "/value", found);
        if (validity && node.has("validity")) {
          validity(node.get("validity"), pointer + "/validity", found);
        }
        return;
      }
      if (node.has("citation") && node.has("validFrom") && node.has("rate")) {
        leaves(node.get("validFrom"), pointer + "/validFrom", found);
        leaves(node.get("rate"), pointer + "/rate", found);
        return;
      }
      node.fields().forEachRemaining(e -> walk(e.getValue(), pointer + "/" + escape(e.getKey()), found));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        walk(node.get(i), pointer + "/" + i, found);
      }
    }
  }

  private void leaves(JsonNode value, String pointer, List<Mutant> found) {
    if (value.isContainerNode()) {
      if (value.isObject()) {
        value.fields().forEachRemaining(e -> leaves(e.getValue(), pointer + "/" + escape(e.getKey()), found));
      } else {
        for (int i = 0; i < value.size(); i++) {
          leaves(value.get(i), pointer + "/" + i, found);
        }
      }
      return;
    }
    for (JsonNode changed : nudges(value)) {
      found.add(mutant(pointer, value, changed));
    }
  }

  private void validity(JsonNode range, String pointer, List<Mutant> found) {
    if (range.has("start")) {
      LocalDate start = LocalDate.parse(range.get("start").asText());
      found.add(mutant(pointer + "/start", range.get("start"), TextNode.valueOf(start.plusDays(1).toString())));
    }
    if (range.has("end")) {
      LocalDate end = LocalDate.parse(range.get("end").asText());
      found.add(mutant(pointer + "/end", range.get("end"), TextNode.valueOf(end.minusDays(1).toString())));
    }
  }

  /** The nudged values of a leaf, none for a text that is not a figure. */
  static List<JsonNode> nudges(JsonNode value) {
    Set<JsonNode> nudged = new LinkedHashSet<>();
    if (value.isBoolean()) {
      nudged.add(BooleanNode.valueOf(!value.booleanValue()));
    } else if (value.isIntegralNumber()) {
      long n = value.longValue();
      long larger = new BigDecimal(n).multiply(TEN_PERCENT_MORE).setScale(0, RoundingMode.CEILING).longValueExact();
      nudged.add(number(Math.max(larger, n + 1)));
      nudged.add(number(n == 0 ? 1 : n - 1));
    } else if (value.isTextual() && PERCENT.matcher(value.asText()).matches()) {
      String text = value.asText();
      BigDecimal rate = new BigDecimal(text.substring(0, text.length() - 1));
      BigDecimal unit = BigDecimal.ONE.movePointLeft(Math.max(rate.scale(), 0));
      BigDecimal larger = rate.multiply(TEN_PERCENT_MORE).stripTrailingZeros();
      nudged.add(TextNode.valueOf((larger.compareTo(rate) == 0 ? rate.add(unit) : larger).toPlainString() + "%"));
      BigDecimal step = rate.signum() == 0 ? rate.add(unit) : rate.subtract(unit);
      nudged.add(TextNode.valueOf(step.toPlainString() + "%"));
    } else if (value.isTextual() && DATE.matcher(value.asText()).matches()) {
      LocalDate date = LocalDate.parse(value.asText());
      nudged.add(TextNode.valueOf(date.plusDays(1).toString()));
      nudged.add(TextNode.valueOf(date.minusMonths(1).toString()));
    }
    return List.copyOf(nudged);
  }

  private static JsonNode number(long n) {
    return n == (int) n ? IntNode.valueOf((int) n) : LongNode.valueOf(n);
  }

  private Mutant mutant(String pointer, JsonNode was, JsonNode changed) {
    return new Mutant(pack, pointer, was + " → " + changed, root, changed);
  }

  private static String escape(String key) {
    return key.replace("~", "~0").replace("/", "~1");
  }

  private static String unescape(String key) {
    return key.replace("~1", "/").replace("~0", "~");
  }
}
