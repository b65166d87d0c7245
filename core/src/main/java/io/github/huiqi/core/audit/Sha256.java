package io.github.huiqi.core.audit;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * SHA-256 of text, as lower-case hexadecimal.
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
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
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
