package io.github.huiqi.calculators.hardening;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The fields named by the failures a result reports instead of throwing: a risk-pool claim's {@code failure}, the
 * engine's {@code failures} (a measure that could not use a fact).
 */
final class ItemFailures {

  private static final ObjectMapper READER = new ObjectMapper();

  private ItemFailures() {
  }

  /**
   * Returns the field of every failure in a result.
   *
   * @param resultJson  the result
   * @return the fields, in document order
   */
  static List<String> fields(String resultJson) {
    try {
      List<String> fields = new ArrayList<>();
      collect(READER.readTree(resultJson), false, fields);
      return fields;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void collect(JsonNode node, boolean failure, List<String> into) {
    if (node.isObject()) {
      if (failure && node.path("field").isTextual()) {
        into.add(node.get("field").textValue());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        boolean named = member.getKey().equals("failure") || member.getKey().equals("failures");
        collect(member.getValue(), named, into);
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        collect(element, failure, into);
      }
    }
  }
}
