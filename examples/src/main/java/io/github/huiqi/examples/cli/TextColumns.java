package io.github.huiqi.examples.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text table whose columns line up in a terminal, counting a CJK character as two columns wide.
 */
final class TextColumns {

  private final List<String[]> rows = new ArrayList<>();

  /**
   * Adds a row.
   *
   * @param cells  the cells
   * @return this table
   */
  TextColumns row(String... cells) {
    rows.add(cells.clone());
    return this;
  }

  /**
   * Renders the table, two spaces between columns, no trailing spaces.
   *
   * @return the text, one line per row
   */
  String render() {
    int columns = rows.stream().mapToInt(row -> row.length).max().orElse(0);
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < row.length; c++) {
        widths[c] = Math.max(widths[c], width(row[c]));
      }
    }
    StringBuilder text = new StringBuilder();
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder();
      for (int c = 0; c < row.length; c++) {
        line.append(row[c]);
        if (c < row.length - 1) {
          line.append(" ".repeat(widths[c] - width(row[c]) + 2));
        }
      }
      text.append(line.toString().stripTrailing()).append('\n');
    }
    return text.toString();
  }

  /** The display width: two columns for East Asian wide characters, one otherwise. */
  static int width(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      width += isWide(cp) ? 2 : 1;
      i += Character.charCount(cp);
    }
    return width;
  }

  private static boolean isWide(int cp) {
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) || (cp >= 0xAC00 && cp <= 0xD7A3)
        || (cp >= 0xF900 && cp <= 0xFAFF) || (cp >= 0xFE30 && cp <= 0xFE4F) || (cp >= 0xFF00 && cp <= 0xFF60)
        || (cp >= 0xFFE0 && cp <= 0xFFE6);
  }
}
