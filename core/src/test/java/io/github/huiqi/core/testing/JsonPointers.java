package io.github.huiqi.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The JSON Pointers of a JSON tree, for the tests that change a document one place at a time (the fuzz audits and the
 * bad-input sweeps).
 */
public final class JsonPointers {

  private JsonPointers() {
  }

  /**
   * Lists every place of a tree below its root, in document order: each object member and each array element, then
   * the places within it.
   *
   * @param root  the tree
   * @return the pointers, such as {@code /loans}, {@code /loans/0}, {@code /loans/0/principal}; the root's own ({@code
   *     ""}) not among them
   */
  public static List<String> of(JsonNode root) {
    List<String> into = new ArrayList<>();
    collect(root, "", into);
    return into;
  }

  /**
   * Lists every place of a subtree, its own pointer first (unless it is the root).
   *
   * @param node  the subtree
   * @param at  its pointer in the whole tree, {@code ""} for the root
   * @return the pointers, each prefixed with {@code at}
   */
  public static List<String> under(JsonNode node, String at) {
    List<String> into = new ArrayList<>();
    collect(node, at, into);
    return into;
  }

  private static void collect(JsonNode node, String at, List<String> into) {
    if (!at.isEmpty()) {
      into.add(at);
    }
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> member = it.next();
        collect(member.getValue(), at + "/" + member.getKey(), into);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), at + "/" + i, into);
      }
    }
  }
}
