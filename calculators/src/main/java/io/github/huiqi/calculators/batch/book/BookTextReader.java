package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.OptionalLong;

/**
 * The characters of a book file, decoded from its bytes so that a line holding bytes that are not text in the book's
 * charset fails alone: {@link BookSource#csv} and {@link BookSource#ndjson} report such a row as a failure of its line
 * (the value {@code byte K}, the 0-based offset of its first bad byte in the input) and read the rows after it as
 * usual. A reader such as {@code Files.newBufferedReader(path)} instead throws at the first bad byte, which ends the
 * whole book (the book then fails with an {@code InvalidInputException} naming the line, pointing here).
 * <p>
 * Each bad byte sequence is read as U+FFFD, the replacement character, and remembered with its line (lines end with
 * {@code \n}) until the book has read past that line; so memory stays constant in the size of the book. A sequence
 * cut short by the end of the input is bad too.
 * <pre>
 * try (InputStream bytes = Files.newInputStream(book)) {
 *   BookTotals totals = BookSource.csv(BookTextReader.utf8(bytes), BookSource.RISK_POOL_CLAIMS, "loanId")
 *       .run(calculator, sink);
 * }
 * </pre>
 * A bank whose core system exports in GB18030 (as Excel saves a CSV on a Chinese Windows) reads it with
 * {@code BookTextReader.of(bytes, Charset.forName("GB18030"))}.
 * <p>
 * Mutable and not thread-safe: one reader per book. Closing it closes the stream.
 */
public final class BookTextReader extends Reader {

  private static final int BUFFER = 8192;

  private final InputStream in;
  private final Charset charset;
  private final CharsetDecoder decoder;
  /** Bytes read and not yet decoded, in read mode. */
  private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
  /** Characters decoded and not yet returned, in read mode; one place kept free for a replacement character. */
  private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
  /** The bad byte sequences decoded and not yet passed: their lines and offsets, in order. */
  private final ArrayDeque<long[]> bad = new ArrayDeque<>();
  /** The offset in the input of {@code bytes}' first byte. */
  private long offset;
  /** The line of the next character decoded, from 1. */
  private long line = 1;
  private boolean endOfInput;
  /** Whether every byte has been decoded with the end of the input known, so that the decoder is to be flushed. */
  private boolean decodedToEnd;
  private boolean flushed;

  private BookTextReader(InputStream in, Charset charset) {
    this.in = in;
    this.charset = charset;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }

  /**
   * Reads a book of UTF-8 bytes (CSV or NDJSON).
   *
   * @param in  the bytes; closed when this reader is
   * @return the reader
   * @throws io.github.huiqi.core.error.InvalidInputException if the stream is null
   */
  public static BookTextReader utf8(InputStream in) {
    return of(in, StandardCharsets.UTF_8);
  }

  /**
   * Reads a book of bytes in a charset, such as GB18030 for a CSV file saved by Excel on a Chinese Windows.
   *
   * @param in  the bytes; closed when this reader is
   * @param charset  the book's charset
   * @return the reader
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public static BookTextReader of(InputStream in, Charset charset) {
    Args.notNull(in, "in");
    Args.notNull(charset, "charset");
    return new BookTextReader(in, charset);
  }

  /**
   * Returns the book's charset.
   *
   * @return the charset
   */
  public Charset charset() {
    return charset;
  }

  @Override
  public int read(char[] buffer, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    int count = Math.min(len, chars.remaining());
    chars.get(buffer, off, count);
    return count;
  }

  @Override
  public int read() throws IOException {
    if (!chars.hasRemaining() && !fill()) {
      return -1;
    }
    return chars.get();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  /**
   * Returns the offset of the first bad byte sequence on lines {@code from} to {@code to}, forgetting every one
   * before line {@code from} and those returned: a book asks once for each line or record it reads, in order.
   *
   * @param from  the first line, from 1
   * @param to  the last line
   * @return the 0-based offset in the input of the first bad byte, empty if the lines hold none
   */
  OptionalLong badByte(long from, long to) {
    while (!bad.isEmpty() && bad.peekFirst()[0] < from) {
      bad.removeFirst();
    }
    if (bad.isEmpty() || bad.peekFirst()[0] > to) {
      return OptionalLong.empty();
    }
    long first = bad.peekFirst()[1];
    while (!bad.isEmpty() && bad.peekFirst()[0] <= to) {
      bad.removeFirst();
    }
    return OptionalLong.of(first);
  }

  /** Decodes at least one character into the empty {@code chars}; false at the end of the input. */
  private boolean fill() throws IOException {
    chars.clear();
    // one place kept free, so that a bad sequence met with the buffer otherwise full still has its replacement
    chars.limit(chars.capacity() - 1);
    while (chars.position() == 0 && !flushed) {
      int start = chars.position();
      CoderResult result;
      if (decodedToEnd) {
        result = flush();
      } else {
        result = decoder.decode(bytes, chars, endOfInput);
        // the input's last bytes decoded (a sequence cut short among them reported as bad): the decoder is flushed
        decodedToEnd = endOfInput && result.isUnderflow();
      }
      countLines(start);
      if (result.isError()) {
        bad.addLast(new long[] {line, offset + bytes.position()});
        bytes.position(bytes.position() + result.length());
        // the place kept free: the loop ends here, the buffer no longer empty
        chars.limit(chars.capacity());
        chars.put('\uFFFD');
      } else if (result.isUnderflow() && !endOfInput) {
        readBytes();
      } else if (result.isUnderflow() && !flushed) {
        // every byte decoded at the end of the input: the decoder is flushed next
        continue;
      } else {
        break;
      }
    }
    chars.flip();
    return chars.hasRemaining();
  }

  private CoderResult flush() {
    CoderResult result = decoder.flush(chars);
    if (result.isUnderflow()) {
      flushed = true;
    }
    return result;
  }

  private void readBytes() throws IOException {
    offset += bytes.position();
    bytes.compact();
    int read = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (read < 0) {
      endOfInput = true;
    } else {
      bytes.position(bytes.position() + read);
    }
    bytes.flip();
  }

  /** Counts the line ends among the characters decoded from {@code start}. */
  private void countLines(int start) {
    char[] decoded = chars.array();
    for (int i = start; i < chars.position(); i++) {
      if (decoded[i] == '\n') {
        line++;
      }
    }
  }
}
