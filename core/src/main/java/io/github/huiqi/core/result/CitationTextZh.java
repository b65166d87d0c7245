package io.github.huiqi.core.result;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The Chinese form of an option's citation, for {@link DefaultUsedStep#render} when the locale is Chinese: the label
 * of a decisions-register entry and the note on why the default was chosen. The JSON of a step, and so its audit
 * receipt, keeps the citation as written, in English.
 * <p>
 * A register entry's label (document {@code huiqi}) reads as README.zh-CN names the register, 取舍登记: an item,
 * a member of its own ({@code §4.3} and {@code 21}, as the packs write it) or named in the article ({@code §4.5 item
 * 34}, as {@code Citation.libraryDefault} takes it), → {@code 惠企取舍登记 §4.3 第21项}, {@code 惠企取舍登记 §4.5
 * 第34项}; a card of §1 ({@code §1.2 card 000-6}, or its number as the item, {@code §1.3} and {@code 001-14}) →
 * {@code 惠企取舍登记 §1.2 卡片 000-6}; a section alone ({@code §2.8}) as it is. Any other document's label is kept.
 * <p>
 * A note reads in Chinese where the table {@code citation-notes-zh.json} beside this class has it, keyed by the exact
 * English note: the notes of the packs' parameters that the calculators' options cite and of the calculators' own
 * citations of the register. A note not in the table (a host's own pack, say) is kept in English. The table is read
 * once, on first use, and never changes.
 */
final class CitationTextZh {

  private static final String TABLE = "citation-notes-zh.json";

  private CitationTextZh() {
  }

  /**
   * The citation's label in Chinese.
   *
   * @param citation  the citation
   * @return {@code 惠企取舍登记 §4.3 第21项} for an entry of the register, else the label as it is
   */
  static String label(Citation citation) {
    return citation.label(Locale.CHINESE);
  }

  /**
   * The note in Chinese.
   *
   * @param english  the note as the citation holds it
   * @return its Chinese text, if the table has it
   */
  static Optional<String> note(String english) {
    return Optional.ofNullable(Table.NOTES.get(english));
  }

  /**
   * The whole table, for its tests.
   *
   * @return each English note and its Chinese text, in the table's order
   */
  static Map<String, String> notes() {
    return Table.NOTES;
  }

  /** Lazy holder for the table, read on the first Chinese render of a note. */
  private static final class Table {
    static final Map<String, String> NOTES = read();

    private static Map<String, String> read() {
      JsonNode root;
      try (InputStream in = CitationTextZh.class.getResourceAsStream(TABLE)) {
        if (in == null) {
          throw new IllegalStateException("huiqi-core is missing its " + TABLE + " resource");
        }
        root = HuiqiJson.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), JsonNode.class);
      } catch (IOException ex) {
        throw new UncheckedIOException("Cannot read huiqi-core's " + TABLE, ex);
      }
      Map<String, String> notes = new LinkedHashMap<>();
      for (JsonNode entry : root.path("notes")) {
        String english = entry.path("en").asText("");
        String chinese = entry.path("zh").asText("");
        if (english.isEmpty() || chinese.isEmpty() || notes.put(english, chinese) != null) {
          throw new IllegalStateException(TABLE + ": an entry without both texts, or twice: " + entry);
        }
      }
      return Collections.unmodifiableMap(notes);
    }
  }
}
