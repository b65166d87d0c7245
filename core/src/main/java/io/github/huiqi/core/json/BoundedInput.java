package io.github.huiqi.core.json;

import java.io.FilterInputStream;
import java.io.FilterReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;

/**
 * Streams that stop at the document-length limit, whatever Jackson version reads them: reading beyond the limit
 * throws {@link TooLong}, so that a document too long is reported as such, never as a fault of the element being read
 * when the limit was reached, and never read to its end.
 * <p>
 * The byte stream also refuses a UTF-16 surrogate encoded as UTF-8 (bytes {@code ED A0..BF}, which no UTF-8 text
 * holds: CESU-8's form of a character beyond U+FFFF, or a lone surrogate), throwing {@link NotUtf8}: Jackson before
 * 2.21 reads it as a lone surrogate character where later versions refuse it, and every other byte sequence that is
 * not UTF-8 is refused by every supported version, so that a document's bytes are judged alike whichever Jackson
 * reads them.
 */
final class BoundedInput {

  private BoundedInput() {
  }

  /** Thrown when a stream is longer than the limit; carries the length read when reading stopped. */
  static final class TooLong extends IOException {
    private static final long serialVersionUID = 1L;
    private final long length;

    TooLong(long length, long limit) {
      super("the document is longer than " + limit);
      this.length = length;
    }

    long length() {
      return length;
    }
  }

  /** Thrown when a byte stream holds a surrogate encoded as UTF-8; carries the offset of its first byte. */
  static final class NotUtf8 extends IOException {
    private static final long serialVersionUID = 1L;
    private final long offset;

    NotUtf8(long offset) {
      super("the document is not UTF-8 at byte " + offset);
      this.offset = offset;
    }

    long offset() {
      return offset;
    }
  }

  /** The count of what a bounded stream has read, shared by the byte and the character form. */
  static final class Count {
    private final long limit;
    private long count;
    private long tooLong = -1;
    private long notUtf8 = -1;

    Count(long limit) {
      this.limit = limit;
    }

    /** Adds what was read; throws once the total passes the limit. */
    void add(long n) throws TooLong {
      count += n;
      if (count > limit) {
        tooLong = count;
        throw new TooLong(count, limit);
      }
    }

    /** The length read when the limit was passed, or -1. */
    long tooLong() {
      return tooLong;
    }

    /** Records the offset of a byte sequence that is not UTF-8 and throws {@link NotUtf8}. */
    void notUtf8(long offset) throws NotUtf8 {
      notUtf8 = offset;
      throw new NotUtf8(offset);
    }

    /** The offset of the first byte sequence found not to be UTF-8, or -1. */
    long notUtf8() {
      return notUtf8;
    }
  }

  /** A byte stream bounded in bytes, refusing a surrogate encoded as UTF-8. */
  static final class Bytes extends FilterInputStream {
    private final Count count;
    /** The bytes read so far, the offset of the next one. */
    private long position;
    /** The byte before the next one, -1 at the start. */
    private int previous = -1;

    Bytes(InputStream in, long limit) {
      super(in);
      this.count = new Count(limit);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count.add(b >= 0 ? 1 : 0);
      if (b >= 0) {
        check(b);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count.add(Math.max(n, 0));
      for (int i = offset; i < offset + n; i++) {
        check(buffer[i] & 0xFF);
      }
      return n;
    }

    /** Checks the next byte against the one before: ED then A0..BF starts a surrogate encoded as UTF-8. */
    private void check(int b) throws NotUtf8 {
      if (previous == 0xED && b >= 0xA0 && b <= 0xBF) {
        count.notUtf8(position - 1);
      }
      previous = b;
      position++;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count.add(skipped);
      position += skipped;
      previous = -1;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the stream is the caller's
    }

    /** What this stream has read. */
    Count count() {
      return count;
    }
  }

  /** A character stream bounded in characters. */
  static final class Chars extends FilterReader {
    private final Count count;
    /** Whether nothing has been read yet: a byte-order mark there is skipped (it still counts toward the length). */
    private boolean atStart = true;

    Chars(Reader in, long limit) {
      super(in);
      this.count = new Count(limit);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count.add(c >= 0 ? 1 : 0);
      if (atStart) {
        atStart = false;
        if (c == '\uFEFF') {
          c = super.read();
          count.add(c >= 0 ? 1 : 0);
        }
      }
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count.add(Math.max(n, 0));
      if (atStart && n > 0) {
        atStart = false;
        if (buffer[offset] == '\uFEFF') {
          System.arraycopy(buffer, offset + 1, buffer, offset, n - 1);
          return n == 1 ? read(buffer, offset, length) : n - 1;
        }
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count.add(skipped);
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }

    @Override
    public void close() {
      // the reader is the caller's
    }

    /** What this reader has read. */
    Count count() {
      return count;
    }
  }
}
