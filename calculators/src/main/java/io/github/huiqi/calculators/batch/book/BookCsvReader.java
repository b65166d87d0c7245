package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A small streaming reader of CSV records (RFC 4180): comma-separated fields, a field in quotation marks ({@code "})
 * may hold commas, line breaks and repeated quotation marks ({@code ""}) and is followed by a comma or the record's
 * end (text after its closing quote fails the record); records end at LF or CRLF; a leading byte-order mark is
 * skipped. Each record is returned with the line it starts on. Written by hand so that the
 * runtime closure stays Jackson, moneta-core and the JDK (jackson-dataformat-csv is not part of it).
 * <p>
 * A record that cannot be read fails with an {@link InvalidInputException} whose field is {@code line} (the reader
 * knows no column names) and whose value is the text of the bad field; the line the record starts on is
 * {@link #recordLine()}, the 0-based position of the bad field {@link #failedField()}, so that a reader that knows
 * the header (as {@link BookSource#csv} does) names the column, the convention of decisions register §4.6 item 47.
 * A record keeps at most {@link #MAX_FIELDS} fields of at most {@link #MAX_FIELD_LENGTH} characters each (register
 * §4.6 item 48).
 * <p>
 * Mutable and not thread-safe: one reader per file.
 */
public final class BookCsvReader {

  /** The longest field accepted, in characters, so that a missing closing quote cannot swallow a whole file. */
  public static final int MAX_FIELD_LENGTH = 100_000;
  /**
   * The most fields a record may have, so that a line of commas, or a file whose lines end in a lone carriage return
   * (read as one record), cannot fill the memory: the fields after it are counted, not kept.
   */
  public static final int MAX_FIELDS = 10_000;

  private final Reader in;
  private long line = 1;
  private int peeked = -2;
  private boolean started;
  private long recordLine = 1;
  /** Whether the last character read was a line end, so that the last record ended on the line before. */
  private boolean lastWasLineEnd;
  private int failedField = -1;
  private List<String> failedFields = List.of();
  private int maxFields = MAX_FIELDS;
  private String tooManyFields = "must have at most " + MAX_FIELDS + " fields";

  /**
   * Creates a reader.
   *
   * @param in  the characters; closed by the caller
   * @throws InvalidInputException if the reader is null
   */
  public BookCsvReader(Reader in) {
    this.in = Args.notNull(in, "in");
  }

  /**
   * Reads the next record.
   *
   * @return the record's fields and first line, null at the end of the input
   * @throws InvalidInputException if a field is longer than {@link #MAX_FIELD_LENGTH} or has text after its closing
   *     quote (the rest of its line is then skipped, so that the next call reads the next line's record) or a quote
   *     is not closed: field {@code line}, the value the bad field's text (at most 40 characters) or for a field too
   *     long its length; {@link #recordLine()} and {@link #failedField()} then say where; or if the record has more
   *     than {@link #MAX_FIELDS} fields, the value their number and the failed field's place the limit
   * @throws UncheckedIOException if reading fails
   */
  public Fields next() {
    int c = read();
    if (!started) {
      started = true;
      if (c == '\uFEFF') {
        c = read();
      }
    }
    if (c == -1) {
      return null;
    }
    long first = line;
    recordLine = first;
    failedField = -1;
    failedFields = List.of();
    List<String> fields = new ArrayList<>();
    long count = 0;
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean wasQuoted = false;
    while (true) {
      if (quoted) {
        if (c == -1) {
          throw failure(fields, shown(field), "must close its quoted field");
        }
        if (c == '"') {
          if (peek() == '"') {
            read();
            field.append('"');
          } else {
            quoted = false;
          }
        } else {
          if (c == '\n') {
            line++;
          }
          field.append((char) c);
        }
      } else if (c == '"' && field.length() == 0 && !wasQuoted) {
        quoted = true;
        wasQuoted = true;
      } else if (c == ',') {
        count = add(fields, count, field);
        field.setLength(0);
        wasQuoted = false;
      } else if (c == '\n' || c == -1 || c == '\r' && peek() == '\n') {
        if (c == '\r') {
          read();
        }
        if (c != -1) {
          line++;
        }
        count = add(fields, count, field);
        if (count > maxFields) {
          throw failure(fields, count, tooManyFields);
        }
        return new Fields(first, List.copyOf(fields));
      } else if (wasQuoted) {
        // text after a closing quote: a quote left open on an earlier row may have closed here, taking the rows
        // between into this field; the rest of this line belongs to the same bad record
        skipLine();
        throw failure(fields, shown(field), "must have a comma or the end of the line after its closing quote");
      } else {
        field.append((char) c);
      }
      if (field.length() > MAX_FIELD_LENGTH) {
        // the rest of the line belongs to the same bad record: the next record starts on the next line
        skipLine();
        throw failure(fields, field.length(), "must hold fields of at most " + MAX_FIELD_LENGTH + " characters");
      }
      c = read();
    }
  }

  /**
   * Returns the line the reader has reached: the line the next record starts on (after a failed {@link #next} whose
   * record's rest was skipped, the line after it; after one that reached the end of the input, the last line). The
   * line a failed record starts on is {@link #recordLine()}.
   *
   * @return the 1-based line
   */
  public long line() {
    return line;
  }

  /**
   * Returns the line the last record read, or the last one that failed, starts on.
   *
   * @return the 1-based line
   */
  public long recordLine() {
    return recordLine;
  }

  /**
   * Returns the line the last record read, or the last one that failed, ends on (its line end, or the input's end).
   *
   * @return the 1-based line
   */
  long lastLine() {
    return lastWasLineEnd ? line - 1 : line;
  }

  /**
   * Returns the 0-based position in its record of the field the last failed {@link #next} could not read.
   *
   * @return the position, -1 if the last call did not fail
   */
  public int failedField() {
    return failedField;
  }

  /**
   * Returns the fields of the last failed record read before its bad field, so that a book can name the loan.
   *
   * @return the fields, empty if the last call did not fail or failed in its first field
   */
  List<String> failedFields() {
    return failedFields;
  }

  /**
   * Limits the fields of the records read from now on, such as a book's rows to its header's width.
   *
   * @param max  the most fields a record may have
   * @param problem  the failure's problem when a record has more
   */
  void limitFields(int max, String problem) {
    maxFields = max;
    tooManyFields = problem;
  }

  /** Adds a field while the record is within the limit, only counting it after; returns the fields counted. */
  private long add(List<String> fields, long count, StringBuilder field) {
    if (count < maxFields) {
      fields.add(field.toString());
    }
    return count + 1;
  }

  private InvalidInputException failure(List<String> fields, Object value, String problem) {
    failedField = fields.size();
    failedFields = List.copyOf(fields);
    return new InvalidInputException("line", value, problem);
  }

  private static String shown(StringBuilder field) {
    return field.length() > 40 ? field.substring(0, 40) + "…" : field.toString();
  }

  private void skipLine() {
    int c = read();
    while (c != -1 && c != '\n') {
      c = read();
    }
    if (c == '\n') {
      line++;
    }
  }

  private int read() {
    int c;
    if (peeked != -2) {
      c = peeked;
      peeked = -2;
    } else {
      try {
        c = in.read();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    lastWasLineEnd = c == '\n';
    return c;
  }

  private int peek() {
    if (peeked == -2) {
      try {
        peeked = in.read();
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
    return peeked;
  }

  /**
   * One CSV record.
   *
   * @param line  the 1-based line the record starts on
   * @param fields  the fields, unquoted
   */
  public record Fields(long line, List<String> fields) {

    /**
     * Creates a record.
     *
     * @throws InvalidInputException if the fields are null
     */
    public Fields {
      fields = Args.listCopy(fields, "fields");
    }
  }
}
