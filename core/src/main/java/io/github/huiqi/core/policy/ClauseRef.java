package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * A reference to a clause of a policy document: the document, the article (条) and optionally the item (款/项).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param document  the document's identifier
 * @param article  the article, as the document numbers it, such as {@code 第5条} or {@code 第十五条}
 * @param item  the item within the article, if any
 */
public record ClauseRef(DocumentId document, String article, Optional<String> item) {

  /**
   * Creates a reference.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the article blank
   */
  public ClauseRef {
    Args.notNull(document, "document");
    Args.notBlank(article, "article");
    Args.notNullOptional(item, "item");
  }

  /**
   * Obtains a reference to an article.
   *
   * @param document  the document
   * @param article  the article
   * @return the reference
   */
  public static ClauseRef of(DocumentId document, String article) {
    return new ClauseRef(document, article, Optional.empty());
  }

  @Override
  public String toString() {
    return document + " " + article + item.map(i -> " " + i).orElse("");
  }
}
