package io.github.huiqi.core.policy;

import io.github.huiqi.core.internal.Args;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /**
   * Returns the short reference in a language: in Chinese ({@code zh}) an entry of the library's decisions register
   * reads as README.zh-CN names the register: an item, whether the packs give it as an item of its own or the
   * reference names it ({@code item 21}), as {@code 惠企取舍登记 §4.3 第21项}; a card of §1 ({@code card 000-6}, or
   * its number as the item) as {@code 惠企取舍登记 §1.2 卡片 000-6}; a section alone as {@code 惠企取舍登记 §2.8}. Any
   * other reference, and every reference in another language, is {@link #label()} as it is (the documents' own titles
   * are Chinese already).
   * <pre>{@code
   * Citation.libraryDefault("decisions register §4.5 item 35", "…").label(Locale.CHINESE);  // 惠企取舍登记 §4.5 第35项
   * }</pre>
   *
   * @param locale  the language
   * @return the reference text
   * @throws io.github.huiqi.core.error.InvalidInputException if the locale is null
   */
  public String label(Locale locale) {
    Args.notNull(locale, "locale");
    if (!"zh".equals(locale.getLanguage()) || !document.equals("huiqi")) {
      return label();
    }
    Matcher m = Register.ENTRY.matcher(article + item.map(i -> " " + i).orElse(""));
    if (!m.matches()) {
      return label();
    }
    String entry = m.group(3);
    if (entry == null) {
      return "惠企取舍登记 " + m.group(1);
    }
    boolean card = "card".equals(m.group(2)) || m.group(2) == null && Register.CARD.matcher(entry).matches();
    return "惠企取舍登记 " + m.group(1) + (card ? " 卡片 " + entry : " 第" + entry + "项");
  }

  /** The forms of a reference to the decisions register, compiled on first use. */
  private static final class Register {

    /** A register reference: the section, then an item or a card, named or a member of its own. */
    static final Pattern ENTRY = Pattern.compile(
        "decisions register (§[0-9]+(?:\\.[0-9]+)*)(?: (?:(items?|card) )?([0-9][0-9A-Za-z-]*))?");

    /** A card's number, {@code 000-6} or {@code 003-15b}. */
    static final Pattern CARD = Pattern.compile("[0-9]{3}-[0-9A-Za-z]+");

    private Register() {
    }
  }
}
