package io.github.huiqi.core.audit;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text, or of a value's canonical JSON, as lower-case hexadecimal.
 * <p>
 * This class is thread-safe.
 */
public final class Sha256 {

  private Sha256() {
  }

  /**
   * Returns the SHA-256 of a text's UTF-8 bytes.
   *
   * @param text  the text, not null
   * @return 64 lower-case hexadecimal digits
   * @throws InvalidInputException if the text is null
   */
  public static String of(String text) {
    Args.notNull(text, "text");
    return HexFormat.of().formatHex(sha256().digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns the SHA-256 of a value's canonical JSON in UTF-8: {@code of(HuiqiJson.writeCanonical(value))}, the hash an
   * audit receipt records, worked out as the text is written rather than from the whole text held in memory (a
   * receipt's explained result runs to tens of kilobytes). A character that UTF-8 cannot encode (half of a surrogate
   * pair) is hashed as {@code ?}, as {@link String#getBytes} encodes it.
   * <pre>{@code
   * String resultSha256 = Sha256.ofCanonicalJson(result);
   * }</pre>
   *
   * @param value  the value, not null
   * @return 64 lower-case hexadecimal digits
   * @throws InvalidInputException if the value is null
   */
  public static String ofCanonicalJson(Object value) {
    Args.notNull(value, "value");
    MessageDigest digest = sha256();
    // the encoder replaces what UTF-8 cannot encode with '?', as String.getBytes does
    Writer utf8 = new OutputStreamWriter(new DigestOutputStream(OutputStream.nullOutputStream(), digest),
        StandardCharsets.UTF_8);
    HuiqiJson.writeCanonical(value, utf8);
    return HexFormat.of().formatHex(digest.digest());
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      // every Java platform has SHA-256 (java.security.MessageDigest)
      throw new IllegalStateException("SHA-256 is not available", ex);
    }
  }

  /**
   * Checks that a text is a SHA-256 in lower-case hexadecimal.
   *
   * @param hex  the text
   * @param field  the field name used in an error
   * @return the text
   * @throws InvalidInputException if null or not 64 lower-case hexadecimal digits
   */
  static String requireHex(String hex, String field) {
    Args.notNull(hex, field);
    boolean ok = hex.length() == 64;
    for (int i = 0; ok && i < 64; i++) {
      char c = hex.charAt(i);
      ok = c >= '0' && c <= '9' || c >= 'a' && c <= 'f';
    }
    if (!ok) {
      throw new InvalidInputException(field, hex, "must be a SHA-256: 64 lower-case hexadecimal digits");
    }
    return hex;
  }
}
