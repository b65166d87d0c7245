package io.github.huiqi.calculators.catalog.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntFunction;

/**
 * A profile's JSON with the same facts written otherwise, for {@link EntitlementOrderInvariancePropertyTest}: every
 * array's items in another order (shuffled or reversed, nested arrays too), or every identifier renamed consistently,
 * with the map that takes a JSON Pointer into the original profile to the pointer of the same fact in the new one.
 * <p>
 * The identifiers are the schema's ({@code enterprise-profile.schema.json}): the members named {@code ...Id}
 * ({@code loanId}, {@code paymentId}, {@code projectId}, {@code eventId}, {@code hireId}, {@code deferralId},
 * {@code leaseId}, {@code applicationId}, {@code claimId}, {@code sessionId}, {@code billId}), an R&amp;D project's
 * {@code name} (unique among its year's projects) and the firm's display {@code name}. Each member's values are
 * renamed by one map, so an interest payment's {@code loanId} (and a renovation interest payment's) follows the loan
 * it names; the new names sort in the reverse order of the old, so an order read from the names is reversed too.
 *
 * @param tree  the profile's JSON written otherwise
 * @param newIndex  for each array of the original (by pointer), the new index of each of its items
 * @param renamed  for each identifier member's name, the old value's new value (empty for a reordering)
 */
record ProfileReordering(JsonNode tree, Map<String, int[]> newIndex, Map<String, Map<String, String>> renamed) {

  /**
   * Every array's items shuffled by the seeded source.
   *
   * @param original  the profile's JSON, left unchanged
   * @param random  the source
   * @return the shuffled profile
   */
  static ProfileReordering shuffled(JsonNode original, Random random) {
    return permuted(original, size -> {
      List<Integer> order = new ArrayList<>();
      for (int i = 0; i < size; i++) {
        order.add(i);
      }
      Collections.shuffle(order, random);
      return order.stream().mapToInt(Integer::intValue).toArray();
    });
  }

  /**
   * Every array's items in reverse order.
   *
   * @param original  the profile's JSON, left unchanged
   * @return the reversed profile
   */
  static ProfileReordering reversed(JsonNode original) {
    return permuted(original, size -> {
      int[] order = new int[size];
      for (int i = 0; i < size; i++) {
        order[i] = size - 1 - i;
      }
      return order;
    });
  }

  /**
   * Every identifier renamed consistently (the class's Javadoc), the order of the names reversed.
   *
   * @param original  the profile's JSON, left unchanged
   * @return the renamed profile
   */
  static ProfileReordering renamed(JsonNode original) {
    Map<String, TreeSet<String>> values = new TreeMap<>();
    collect(original, "", values);
    Map<String, Map<String, String>> names = new HashMap<>();
    values.forEach((member, old) -> {
      Map<String, String> byOld = new HashMap<>();
      int rank = old.size();
      for (String value : old) {
        byOld.put(value, String.format("Z%03d-%s", rank--, value));
      }
      names.put(member, byOld);
    });
    JsonNode copy = original.deepCopy();
    rename(copy, "", names);
    return new ProfileReordering(copy, Map.of(), names);
  }

  /**
   * The pointer in the new profile of the fact at a pointer into the original; a pointer past the arrays' ends, or
   * into no array, is its own.
   *
   * @param pointer  a JSON Pointer into the original profile
   * @return the same fact's pointer in this one
   */
  String map(String pointer) {
    if (pointer.isEmpty() || newIndex.isEmpty()) {
      return pointer;
    }
    String[] segments = pointer.substring(1).split("/", -1);
    StringBuilder old = new StringBuilder();
    StringBuilder now = new StringBuilder();
    for (String segment : segments) {
      int[] indices = newIndex.get(old.toString());
      String mapped = segment;
      if (indices != null && segment.matches("\\d{1,9}") && Integer.parseInt(segment) < indices.length) {
        mapped = String.valueOf(indices[Integer.parseInt(segment)]);
      }
      old.append('/').append(segment);
      now.append('/').append(mapped);
    }
    return now.toString();
  }

  /**
   * A loan's new id (its own when the profile is reordered, not renamed).
   *
   * @param loanId  the loan's id in the original profile
   * @return its id in this one
   */
  String loanId(String loanId) {
    return renamed.getOrDefault("loanId", Map.of()).getOrDefault(loanId, loanId);
  }

  private static ProfileReordering permuted(JsonNode original, IntFunction<int[]> orders) {
    Map<String, int[]> newIndex = new HashMap<>();
    JsonNode tree = permute(original, "", orders, newIndex);
    return new ProfileReordering(tree, newIndex, Map.of());
  }

  /** The node with every array below it permuted, recording each array's new indices by its original pointer. */
  private static JsonNode permute(JsonNode node, String at, IntFunction<int[]> orders, Map<String, int[]> newIndex) {
    if (node.isObject()) {
      ObjectNode copy = JsonNodeFactory.instance.objectNode();
      node.fields().forEachRemaining(field -> copy.set(field.getKey(),
          permute(field.getValue(), at + "/" + field.getKey(), orders, newIndex)));
      return copy;
    }
    if (node.isArray()) {
      int[] order = orders.apply(node.size());
      int[] indices = new int[node.size()];
      ArrayNode copy = JsonNodeFactory.instance.arrayNode();
      for (int i = 0; i < order.length; i++) {
        copy.add(permute(node.get(order[i]), at + "/" + order[i], orders, newIndex));
        indices[order[i]] = i;
      }
      newIndex.put(at, indices);
      return copy;
    }
    return node.deepCopy();
  }

  /** Whether a member holds an identifier (the class's Javadoc); {@code at} is its object's pointer. */
  private static boolean identifier(String member, String at) {
    return member.endsWith("Id")
        || member.equals("name") && (at.isEmpty() || at.matches("/years/\\d+/rdProjects/\\d+"));
  }

  private static void collect(JsonNode node, String at, Map<String, TreeSet<String>> values) {
    if (node.isObject()) {
      node.fields().forEachRemaining(field -> {
        if (field.getValue().isTextual() && identifier(field.getKey(), at)) {
          values.computeIfAbsent(key(field.getKey(), at), k -> new TreeSet<>()).add(field.getValue().asText());
        }
        collect(field.getValue(), at + "/" + field.getKey(), values);
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, values);
      }
    }
  }

  private static void rename(JsonNode node, String at, Map<String, Map<String, String>> names) {
    if (node.isObject()) {
      List<String> members = new ArrayList<>();
      node.fieldNames().forEachRemaining(members::add);
      for (String member : members) {
        JsonNode value = node.get(member);
        if (value.isTextual() && identifier(member, at)) {
          ((ObjectNode) node).put(member, names.get(key(member, at)).get(value.asText()));
        } else {
          rename(value, at + "/" + member, names);
        }
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        rename(node.get(i), at + "/" + i, names);
      }
    }
  }

  /** The map a member's values are renamed by: one per member name ({@code loanId} wherever it is). */
  private static String key(String member, String at) {
    return member.equals("name") && !at.isEmpty() ? "rdProjectName" : member;
  }
}
