package io.github.huiqi.calculators.hardening;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Writes a JSON tree as text in ways a tree cannot hold: a member written twice (a duplicate key), members in reverse
 * order, other whitespace. Numbers are written as the tree holds them ({@code 1E+1000000000} stays a scale bomb).
 */
final class JsonText {

  private final String duplicateAt;
  private final boolean reversed;
  private final String space;

  private JsonText(String duplicateAt, boolean reversed, String space) {
    this.duplicateAt = duplicateAt;
    this.reversed = reversed;
    this.space = space;
  }

  /** Writes a tree compactly. */
  static String compact(JsonNode root) {
    return new JsonText(null, false, "").write(root);
  }

  /** Writes a tree with the object at a pointer holding its first member twice. */
  static String withDuplicateMember(JsonNode root, String objectPointer) {
    return new JsonText(objectPointer, false, "").write(root);
  }

  /** Writes a tree with every object's members in reverse order. */
  static String reversed(JsonNode root) {
    return new JsonText(null, true, "").write(root);
  }

  /** Writes a tree with the given whitespace around every token. */
  static String spaced(JsonNode root, String space) {
    return new JsonText(null, false, space).write(root);
  }

  private String write(JsonNode root) {
    StringBuilder out = new StringBuilder();
    write(root, "", out);
    return space + out + space;
  }

  private void write(JsonNode node, String at, StringBuilder out) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> members = new ArrayList<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        members.add(it.next());
      }
      if (reversed) {
        Collections.reverse(members);
      }
      if (at.equals(duplicateAt) && !members.isEmpty()) {
        members.add(members.get(0));
      }
      out.append('{').append(space);
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          out.append(space).append(',').append(space);
        }
        Map.Entry<String, JsonNode> member = members.get(i);
        out.append(quote(member.getKey())).append(space).append(':').append(space);
        write(member.getValue(), at + "/" + member.getKey(), out);
      }
      out.append(space).append('}');
    } else if (node.isArray()) {
      out.append('[').append(space);
      for (int i = 0; i < node.size(); i++) {
        if (i > 0) {
          out.append(space).append(',').append(space);
        }
        write(node.get(i), at + "/" + i, out);
      }
      out.append(space).append(']');
    } else if (node.isTextual()) {
      out.append(quote(node.textValue()));
    } else if (node.isBigDecimal()) {
      out.append(node.decimalValue().toString());
    } else {
      out.append(node.toString());
    }
  }

  private static String quote(String text) {
    return "\"" + new String(JsonStringEncoder.getInstance().quoteAsString(text)) + "\"";
  }
}
