package io.github.huiqi.core.policy;

import java.util.List;

/**
 * The built-in packs of {@link PolicyPacks#BUILT_IN_RESOURCES}, each read and validated the first time a lookup needs
 * it, then kept: a caller who asks for one measure reads one document's pack, not all seven. Thread-safe: a pack is
 * read under this object's lock, once.
 */
final class BuiltInPacks {

  private final List<String> resources = PolicyPacks.BUILT_IN_RESOURCES;
  /** The packs read so far, by their index in {@link #resources}; guarded by this. */
  private final PolicyPack[] read = new PolicyPack[resources.size()];

  /**
   * The built-in pack of a document, read if not yet.
   *
   * @param documentId  the document's id, such as {@code sz-gxj-2023-26}
   * @return the pack, or null if no built-in pack is that document's
   * @throws io.github.huiqi.core.error.PolicyDataException if the pack is malformed (a packaging defect)
   */
  PolicyPack packOf(String documentId) {
    int index = resources.indexOf(documentId + ".json");
    if (index < 0) {
      return null;
    }
    PolicyPack pack = pack(index);
    // a pack's resource is named after its document (PolicyPacksTest): anything else is left to the full look-up
    return pack.document().id().value().equals(documentId) ? pack : null;
  }

  /**
   * Every built-in pack, read if not yet, gathered in load order as {@link PolicyData#of(List)} gathers them.
   *
   * @throws io.github.huiqi.core.error.PolicyDataException if a pack is malformed (a packaging defect)
   */
  PolicyContents all() {
    PolicyContents contents = PolicyContents.EMPTY;
    for (int i = 0; i < read.length; i++) {
      contents = contents.withPack(pack(i));
    }
    return contents;
  }

  /** How many packs have been read so far (for the tests). */
  synchronized int packsRead() {
    int count = 0;
    for (PolicyPack pack : read) {
      count += pack == null ? 0 : 1;
    }
    return count;
  }

  private synchronized PolicyPack pack(int index) {
    PolicyPack pack = read[index];
    if (pack == null) {
      pack = PolicyPacks.readBuiltIn(resources.get(index));
      read[index] = pack;
    }
    return pack;
  }
}
