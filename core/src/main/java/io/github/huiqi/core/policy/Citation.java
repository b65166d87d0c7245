package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.Optional;

/**
 * Where a value comes from: its provenance, the document or instrument, the article and item, and optionally the
 * quoted words and a note.
 * <p>
 * For example the 2% first-loan subsidy rate cites {@code SOURCE_TEXT}, {@code 深工信〔2023〕26号}, {@code 第5条},
 * quoting "给予2%的贴息补助"; the ACT/360 day count cites {@code LIBRARY_DEFAULT}, {@code huiqi},
 * {@code decisions register §4.1 item 1}, with a note saying why: an entry of the decisions register that ships in
 * this jar ({@code io/github/huiqi/core/policy/decisions-register.md}), so every such citation resolves in what a user
 * has.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param provenance  the kind of source
 * @param document  the document's 文号 or title, or the external instrument's title, or {@code huiqi} for a default
 * @param article  the article (条) or section, such as {@code 第5条}
 * @param item  the item (款/项) within the article, if any
 * @param quote  the words quoted from the source, if any
 * @param note  a note on how the value was read or why a default was chosen, if any
 */
public record Citation(
    Provenance provenance,
    String document,
    String article,
    Optional<String> item,
    Optional<String> quote,
    Optional<String> note) {

  /**
   * Creates a citation.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a required field is null or blank
   */
  public Citation {
    Args.notNull(provenance, "provenance");
    Args.notBlank(document, "document");
    Args.notBlank(article, "article");
    Args.notNullOptional(item, "item");
    Args.notNullOptional(quote, "quote");
    Args.notNullOptional(note, "note");
  }

  /**
   * Obtains a citation of a source text's article.
   *
   * @param document  the document's 文号 or title
   * @param article  the article
   * @param quote  the words quoted
   * @return the citation
   */
  public static Citation sourceText(String document, String article, String quote) {
    return new Citation(Provenance.SOURCE_TEXT, document, article, Optional.empty(), Optional.ofNullable(quote),
        Optional.empty());
  }

  /**
   * Obtains a citation of a documented library default.
   *
   * @param reference  the entry of the decisions register ({@code decisions-register.md} beside this class) that
   *     records the open question, such as {@code decisions register §4.1 item 1}
   * @param note  why this default was chosen
   * @return the citation
   * @throws io.github.huiqi.core.error.InvalidInputException if the note is null, or the reference (named
   *     {@code article}) null or blank
   */
  public static Citation libraryDefault(String reference, String note) {
    Args.notNull(note, "note");
    return new Citation(Provenance.LIBRARY_DEFAULT, "huiqi", reference, Optional.empty(), Optional.empty(),
        Optional.of(note));
  }

  /**
   * Returns a short reference such as {@code 深工信〔2023〕26号 第5条} or {@code 深工信〔2023〕26号 第5条 第2款}.
   *
   * @return the reference text
   */
  public String label() {
    return document + " " + article + item.map(i -> " " + i).orElse("");
  }
}
