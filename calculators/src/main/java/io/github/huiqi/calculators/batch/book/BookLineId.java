package io.github.huiqi.calculators.batch.book;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.JsonCodec;
import java.util.Optional;

/**
 * Reads the id of an NDJSON book's line that failed to bind, so that its failure can name the loan: the line is read
 * again as a JSON tree under the same codec's limits and the id is a named top-level member whose value is a JSON
 * string that is not blank, as written. Only a failed line is read twice; a line that binds takes its id from its
 * request. Not part of the public API.
 * <p>
 * A line that is not one well-formed JSON object within the limits (malformed, a member name repeated, too deep, too
 * many tokens, a string or number too long), or whose member is absent, not a string or blank, has no id: the
 * failure is still reported by its line number and field. Never throws for the line's content.
 */
final class BookLineId {

  private BookLineId() {
  }

  /**
   * Reads a line's id.
   *
   * @param text  the line, null if it was too long to be held
   * @param field  the top-level member holding the id, such as {@code loanId}; null if the book names none
   * @param codec  the codec the line was read with
   * @return the id, empty if the line has none that can be read
   */
  static Optional<String> read(String text, String field, JsonCodec codec) {
    if (text == null || field == null) {
      return Optional.empty();
    }
    JsonNode tree;
    try {
      tree = codec.read(text, JsonNode.class);
    } catch (HuiqiException ex) {
      // the codec reports every failure to read as bad input: such a line has no id to read
      return Optional.empty();
    }
    // get(name) is null for an absent member and for anything but an object (an array, a number, a string)
    JsonNode id = tree.get(field);
    return id != null && id.isTextual() && !id.textValue().isBlank() ? Optional.of(id.textValue())
        : Optional.empty();
  }
}
