package io.github.huiqi.core.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/**
 * The one strict decoding of a file's bytes as UTF-8, shared by the policy-pack reader and the command line's profile
 * reader: a byte sequence that is not UTF-8 (a file saved as GBK or GB 18030, as some Windows editors save Chinese
 * text) is refused, never replaced, and the caller is told the offset of the first bad byte to name it in its own
 * error. Not part of the public API.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class Utf8Text {

  private Utf8Text() {
  }

  /**
   * Decodes bytes as UTF-8, refusing any that are not.
   *
   * @param <X>  the caller's error type
   * @param bytes  the bytes, not null, not changed
   * @param notUtf8  makes the caller's error from the offset of the first byte that is not UTF-8 (0-based)
   * @return the text, with any byte-order mark kept (the caller decides what it means)
   * @throws X the error {@code notUtf8} makes, if the bytes are not UTF-8
   */
  public static <X extends RuntimeException> String decode(byte[] bytes, IntFunction<X> notUtf8) {
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder();
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      throw notUtf8.apply(in.position());
    }
    return out.flip().toString();
  }
}
