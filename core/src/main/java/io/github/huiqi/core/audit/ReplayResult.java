package io.github.huiqi.core.audit;

import io.github.huiqi.core.internal.Args;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Whether a recorded receipt still matches a recomputation, and every difference: a changed pack names the pack and
 * both hashes, a changed input or result both hashes, another library version both versions.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param matches  whether nothing differs
 * @param differences  what differs, in the receipt's order; empty when it matches
 * @param recomputed  the receipt recomputed now
 */
public record ReplayResult(boolean matches, List<Difference> differences, Receipt recomputed) {

  /**
   * The difference a replay from a saved result (or report) gives when the saved body no longer hashes to its
   * receipt's {@code resultSha256}, as when it was edited after issue: recorded, the receipt's hash; now, the hash of
   * the body as saved (canonical JSON, without the receipt).
   */
  public static final String SAVED_RESULT = "savedResult/resultSha256";

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null, or {@code matches} disagrees with the
   *     differences
   */
  public ReplayResult {
    differences = Args.listCopy(differences, "differences");
    Args.notNull(recomputed, "recomputed");
    if (matches != differences.isEmpty()) {
      throw new io.github.huiqi.core.error.InvalidInputException("matches", matches,
          "must be true exactly when nothing differs");
    }
  }

  /**
   * One difference between the recorded receipt and the recomputed one.
   *
   * @param field  what differs, such as {@code packs/sz-gxj-2023-26/sha256} or {@code resultSha256}
   * @param recorded  the recorded value
   * @param now  the recomputed value
   */
  public record Difference(String field, String recorded, String now) {

    /**
     * Creates a difference.
     *
     * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
     */
    public Difference {
      Args.notNull(field, "field");
      Args.notNull(recorded, "recorded");
      Args.notNull(now, "now");
    }
  }

  /** Collects differences. */
  static final class Builder {
    private final List<Difference> differences = new ArrayList<>();

    void compare(String field, Object recorded, Object now) {
      if (!Objects.equals(recorded, now)) {
        add(field, String.valueOf(recorded), String.valueOf(now));
      }
    }

    void add(String field, String recorded, String now) {
      differences.add(new Difference(field, recorded, now));
    }

    ReplayResult build(Receipt recomputed) {
      return new ReplayResult(differences.isEmpty(), differences, recomputed);
    }
  }
}
