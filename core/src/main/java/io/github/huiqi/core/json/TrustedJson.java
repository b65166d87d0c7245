package io.github.huiqi.core.json;

import java.nio.charset.StandardCharsets;

/**
 * A lean reader of the library's own trusted JSON (the built-in policy packs): records built through their canonical
 * constructors, which check every invariant, without Jackson, whose set-up and parser classes make most of a cold
 * start. It reads the UTF-8 bytes directly ({@link TrustedJsonCursor}) and binds each value as it reaches it, each
 * type's components and constructor worked out once ({@link TrustedBinder}).
 * <p>
 * It accepts only the plain shapes the library writes: every record component by its name (an absent one null, or
 * empty if optional, as the hardened reader passes it; an absent primitive is not taken), strings for ids, dates
 * ({@code yyyy-MM-dd}), enum names and rates, JSON numbers for decimals, amount objects in CNY, measures tagged by
 * {@code type} as their first member; strict JSON within the hardened reader's limits, without duplicate names.
 * Whatever else it meets (an unknown field, a null, a value of another JSON type, a type it does not bind, a
 * constructor's refusal) makes it give up with {@link Unsupported}; the caller then reads the text with the hardened
 * {@link HuiqiJson#read(String, Class)}, which either reads it or names the culprit as a JSON Pointer. So this reader
 * is meant never to accept what the hardened one rejects, and never needs to explain a failure. A test checks that
 * both read the built-in packs to equal values.
 * <p>
 * This is an internal class of the library, public only for {@code io.github.huiqi.core.policy.PolicyPacks}.
 * It is thread-safe.
 */
public final class TrustedJson {

  private TrustedJson() {
  }

  /** Thrown when the lean reader does not read a text; the caller reads it the hardened way instead. */
  public static final class Unsupported extends Exception {
    private static final long serialVersionUID = 1L;

    Unsupported(String message, Throwable cause) {
      super(message, cause, false, false);
    }
  }

  /**
   * Reads a record from the library's own JSON text.
   *
   * @param <T>  the type
   * @param json  the JSON text, not null
   * @param type  a record type
   * @return the value
   * @throws Unsupported if the lean reader does not read this text (read it with {@link HuiqiJson} instead)
   */
  public static <T> T read(String json, Class<T> type) throws Unsupported {
    if (json.length() > HuiqiJson.MAX_DOCUMENT_LENGTH) {
      throw new Unsupported("too long", null);
    }
    return read(json.getBytes(StandardCharsets.UTF_8), type);
  }

  /**
   * Reads a record from the library's own JSON text, as UTF-8 bytes.
   *
   * @param <T>  the type
   * @param utf8  the JSON text's UTF-8 bytes, not null, not changed
   * @param type  a record type
   * @return the value
   * @throws Unsupported if the lean reader does not read this text (read it with {@link HuiqiJson} instead)
   */
  public static <T> T read(byte[] utf8, Class<T> type) throws Unsupported {
    // the limit is in characters, and a text has no more characters than bytes
    if (utf8.length > HuiqiJson.MAX_DOCUMENT_LENGTH) {
      throw new Unsupported("too long", null);
    }
    try {
      TrustedJsonCursor cursor = new TrustedJsonCursor(utf8);
      Object value = TrustedBinder.of(type).read(cursor);
      cursor.end();
      return type.cast(value);
    } catch (RuntimeException | ReflectiveOperationException ex) {
      throw new Unsupported("not read: " + ex, ex);
    }
  }
}
