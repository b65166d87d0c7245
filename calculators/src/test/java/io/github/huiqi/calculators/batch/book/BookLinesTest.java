package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The NDJSON line reader over a source that hands its text over in pieces, as a socket or a decoding stream does: a
 * line's {@code \r} at the end of one piece and its {@code \n} at the start of the next is one line end, a blank line
 * alone in a piece is counted and skipped, and the count of lines read is the last line's number.
 */
class BookLinesTest {

  /** A reader handing over one piece a call (never more than the caller asks, never nothing before the end). */
  private static Reader pieces(String... texts) {
    Deque<String> left = new ArrayDeque<>(List.of(texts));
    return new Reader() {
      @Override
      public int read(char[] buffer, int offset, int length) {
        String piece = left.poll();
        if (piece == null) {
          return -1;
        }
        piece.getChars(0, piece.length(), buffer, offset);
        return piece.length();
      }

      @Override
      public void close() {
      }
    };
  }

  @Test
  void aLineEndSplitAcrossPieces_andABlankPiece_areReadAsOneLineEndAndASkippedLine() throws IOException {
    BookLines lines = new BookLines(pieces("{\"a\":1}\r", "\n", "\n", "x\n"), 100);
    // line 1: the 7 characters before "\r\n", the "\r" dropped though the "\n" came in the next piece
    assertThat(lines.next()).isEqualTo(new BookLines.Line(1, "{\"a\":1}", 7));
    // line 2 is blank (skipped); line 3 is "x"
    assertThat(lines.next()).isEqualTo(new BookLines.Line(3, "x", 1));
    assertThat(lines.number()).isEqualTo(3);
    assertThat(lines.next()).isNull();
    assertThat(lines.number()).isEqualTo(3);
  }
}
