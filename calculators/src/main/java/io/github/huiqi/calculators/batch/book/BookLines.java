package io.github.huiqi.calculators.batch.book;

import java.io.IOException;
import java.io.Reader;

/**
 * Reads an NDJSON book line by line, never holding more than one line of at most a given length: a longer line is
 * counted to its end but not kept, so that one huge line cannot exhaust memory. Lines end with {@code \n} (a
 * {@code \r} before it is dropped); blank lines are skipped but counted; a byte-order mark opening the input is
 * skipped.
 * <p>
 * Mutable and not thread-safe.
 */
final class BookLines {

  private final Reader in;
  private final long maxLength;
  private final char[] buffer = new char[8192];
  private final StringBuilder line = new StringBuilder();
  private int position;
  private int end;
  private long number;
  private boolean started;

  BookLines(Reader in, long maxLength) {
    this.in = in;
    this.maxLength = maxLength;
  }

  /**
   * A line read: its 1-based number and its text, or for a line longer than the limit no text and its length.
   *
   * @param number  the line number
   * @param text  the text without its line end, null if too long
   * @param length  the line's length in characters, without its line end
   */
  record Line(long number, String text, long length) {
  }

  /**
   * Returns the lines read so far, blank ones included: the number of the last line read.
   *
   * @return the count
   */
  long number() {
    return number;
  }

  /**
   * Reads the next line that is not blank.
   *
   * @return the line, or null at the end of the input
   * @throws IOException if reading fails
   */
  Line next() throws IOException {
    while (true) {
      Line next = readLine();
      if (next == null || next.text() == null || !next.text().isBlank()) {
        return next;
      }
    }
  }

  private Line readLine() throws IOException {
    line.setLength(0);
    long length = 0;
    boolean any = false;
    boolean endsWithReturn = false;
    while (true) {
      if (position == end) {
        end = in.read(buffer, 0, buffer.length);
        position = 0;
        if (end <= 0) {
          end = 0;
          if (!any) {
            return null;
          }
          return finish(length, endsWithReturn);
        }
        if (!started) {
          // a byte-order mark opening the input (a Windows export) is not part of the first line, as in a CSV book
          started = true;
          if (buffer[0] == '\uFEFF') {
            position = 1;
            continue;
          }
        }
      }
      any = true;
      int start = position;
      while (position < end && buffer[position] != '\n') {
        position++;
      }
      int chunk = position - start;
      if (chunk > 0) {
        length += chunk;
        endsWithReturn = buffer[position - 1] == '\r';
        if (length - 1 <= maxLength) {
          line.append(buffer, start, chunk);
        }
      }
      if (position < end) {
        position++;   // the '\n'
        return finish(length, endsWithReturn);
      }
    }
  }

  private Line finish(long length, boolean endsWithReturn) {
    number++;
    long textLength = endsWithReturn ? length - 1 : length;
    if (textLength > maxLength) {
      return new Line(number, null, textLength);
    }
    return new Line(number, line.substring(0, (int) textLength), textLength);
  }
}
