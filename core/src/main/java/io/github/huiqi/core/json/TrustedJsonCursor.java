package io.github.huiqi.core.json;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A cursor over the UTF-8 bytes of a JSON text the library wrote itself, for {@link TrustedJson}: strict RFC 8259
 * grammar (no comments, no single quotes, no leading zeros, no trailing commas, no control character inside a
 * string, only space, tab, line feed and carriage return between tokens), the hardened reader's limits counted so that
 * they never pass a text the hardened reader would stop (strings and names in bytes, which are never fewer than their
 * characters; every bracket, name and value a token). Anything else makes it give up with
 * {@link TrustedJson.Unsupported}, and the caller reads the text the hardened way.
 * <p>
 * Strings are decoded as {@code new String(bytes, UTF_8)} decodes the whole text, which is how the packs were read
 * before: a malformed byte sequence becomes U+FFFD either way.
 * <p>
 * Not thread-safe: one cursor per read.
 */
final class TrustedJsonCursor {

  private final byte[] text;
  private int position;
  private int depth;
  private long tokens;
  /** Whether the container just opened has had no member or element yet. */
  private boolean first;
  /** Whether the last number read had neither a fraction nor an exponent. */
  private boolean integral;

  /**
   * Creates a cursor at the start of a text.
   *
   * @param text  the UTF-8 bytes, not changed while the cursor reads
   */
  TrustedJsonCursor(byte[] text) {
    this.text = text;
  }

  //-------------------------------------------------------------------------
  /**
   * Consumes the {@code '{'} that opens an object.
   *
   * @throws TrustedJson.Unsupported if the next token is not one, or the nesting is too deep
   */
  void beginObject() throws TrustedJson.Unsupported {
    open('{');
  }

  /**
   * Reads the name of the object's next member, as the position of that name among the names given, and the colon
   * after it; or consumes the {@code '}'} that closes the object. The name is compared as bytes, without making a
   * string of it, trying the expected position first (the library writes members in their record's order).
   *
   * @param names  the names a member may have, as UTF-8 bytes
   * @param expected  the position to try first
   * @return the position of the name among {@code names}, or -1 at the end of the object
   * @throws TrustedJson.Unsupported if the text is not a member or the object's end here, or the name is none of them
   */
  int nextMember(byte[][] names, int expected) throws TrustedJson.Unsupported {
    if (!next('}')) {
      return -1;
    }
    if (peek() != '"') {
      throw unsupported("not a name");
    }
    int start = position + 1;
    int end = start;
    while (end < text.length && text[end] != '"' && text[end] != '\\') {
      end++;
    }
    int index;
    if (end < text.length && text[end] == '"' && end - start <= HuiqiJson.MAX_NAME_LENGTH) {
      boolean next = expected < names.length && matches(names[expected], start, end);
      index = next ? expected : find(names, start, end);
      position = end + 1;
      token();
    } else {
      // escaped, unterminated or too long: read as a string, which decodes or refuses it
      byte[] name = string(HuiqiJson.MAX_NAME_LENGTH).getBytes(StandardCharsets.UTF_8);
      index = -1;
      for (int i = 0; i < names.length && index < 0; i++) {
        index = Arrays.equals(names[i], name) ? i : -1;
      }
    }
    if (index < 0) {
      throw unsupported("unknown member name");
    }
    if (peek() != ':') {
      throw unsupported("no colon after a name");
    }
    position++;
    return index;
  }

  private int find(byte[][] names, int start, int end) {
    for (int i = 0; i < names.length; i++) {
      if (matches(names[i], start, end)) {
        return i;
      }
    }
    return -1;
  }

  private boolean matches(byte[] name, int start, int end) {
    if (name.length != end - start) {
      return false;
    }
    for (int i = 0; i < name.length; i++) {
      if (name[i] != text[start + i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Consumes the {@code '['} that opens an array.
   *
   * @throws TrustedJson.Unsupported if the next token is not one, or the nesting is too deep
   */
  void beginArray() throws TrustedJson.Unsupported {
    open('[');
  }

  /**
   * Moves to the array's next element, or consumes the {@code ']'} that closes it.
   *
   * @return true if an element follows, false at the end of the array
   * @throws TrustedJson.Unsupported if neither an element nor the array's end is here
   */
  boolean nextElement() throws TrustedJson.Unsupported {
    return next(']');
  }

  /**
   * Tells whether the next value is the literal {@code null}, consuming it if so.
   *
   * @return true if it was null
   * @throws TrustedJson.Unsupported if the text is malformed here
   */
  boolean nextIsNull() throws TrustedJson.Unsupported {
    if (peek() != 'n') {
      return false;
    }
    literal("null");
    return true;
  }

  /**
   * Reads a string value.
   *
   * @return the string
   * @throws TrustedJson.Unsupported if the next value is not a string, or is too long
   */
  String readString() throws TrustedJson.Unsupported {
    return string(HuiqiJson.MAX_STRING_LENGTH);
  }

  /**
   * Reads a boolean value.
   *
   * @return the boolean
   * @throws TrustedJson.Unsupported if the next value is not {@code true} or {@code false}
   */
  boolean readBoolean() throws TrustedJson.Unsupported {
    int c = peek();
    if (c == 't') {
      literal("true");
      return true;
    }
    if (c == 'f') {
      literal("false");
      return false;
    }
    throw unsupported("not a boolean");
  }

  /**
   * Reads a number value as written; {@link #wasIntegral()} then tells whether it had neither fraction nor exponent.
   *
   * @return the number's text
   * @throws TrustedJson.Unsupported if the next value is not a number, or is too long
   */
  String readNumber() throws TrustedJson.Unsupported {
    int c = peek();
    int start = position;
    if (c == '-') {
      position++;
    }
    if (at() == '0') {
      position++;
    } else if (digits() == 0) {
      throw unsupported("not a number");
    }
    integral = true;
    if (at() == '.') {
      position++;
      integral = false;
      if (digits() == 0) {
        throw unsupported("no digit after a decimal point");
      }
    }
    if (at() == 'e' || at() == 'E') {
      position++;
      integral = false;
      if (at() == '+' || at() == '-') {
        position++;
      }
      if (digits() == 0) {
        throw unsupported("no digit in an exponent");
      }
    }
    if (position - start > HuiqiJson.MAX_NUMBER_LENGTH) {
      throw unsupported("number too long");
    }
    token();
    return new String(text, start, position - start, StandardCharsets.ISO_8859_1);
  }

  /**
   * Tells whether the last number read was written without a fraction or an exponent, as Jackson's
   * {@code VALUE_NUMBER_INT}.
   *
   * @return true if integral
   */
  boolean wasIntegral() {
    return integral;
  }

  /**
   * Checks that nothing but whitespace follows the value read.
   *
   * @throws TrustedJson.Unsupported if something does
   */
  void end() throws TrustedJson.Unsupported {
    if (peek() != -1) {
      throw unsupported("trailing tokens");
    }
  }

  //-------------------------------------------------------------------------
  private void open(char bracket) throws TrustedJson.Unsupported {
    if (peek() != bracket) {
      throw unsupported("expected " + bracket);
    }
    position++;
    if (++depth > HuiqiJson.MAX_NESTING_DEPTH) {
      throw unsupported("nested too deep");
    }
    token();
    first = true;
  }

  /** Consumes the separator before a member or element, or the closing bracket; true if a member or element follows. */
  private boolean next(char close) throws TrustedJson.Unsupported {
    int c = peek();
    if (c == close) {
      position++;
      depth--;
      token();
      first = false;
      return false;
    }
    if (!first) {
      if (c != ',') {
        throw unsupported("expected , or " + close);
      }
      position++;
    }
    first = false;
    return true;
  }

  private String string(int maxBytes) throws TrustedJson.Unsupported {
    if (peek() != '"') {
      throw unsupported("not a string");
    }
    int start = ++position;
    byte[] bytes = text;
    int i = start;
    while (true) {
      if (i >= bytes.length) {
        throw unsupported("unterminated string");
      }
      int b = bytes[i];
      if (b == '"') {
        break;
      }
      if (b == '\\') {
        return escaped(start, i, maxBytes);
      }
      if (b >= 0 && b < 0x20) {
        throw unsupported("control character in a string");
      }
      i++;
    }
    if (i - start > maxBytes) {
      throw unsupported("string too long");
    }
    position = i + 1;
    token();
    return new String(bytes, start, i - start, StandardCharsets.UTF_8);
  }

  /** The rest of a string with escapes, from its start and the first backslash. */
  private String escaped(int start, int backslash, int maxBytes) throws TrustedJson.Unsupported {
    StringBuilder out = new StringBuilder();
    int segment = start;
    int i = backslash;
    while (true) {
      if (i >= text.length) {
        throw unsupported("unterminated string");
      }
      int b = text[i];
      if (b == '"') {
        break;
      }
      if (b >= 0 && b < 0x20) {
        throw unsupported("control character in a string");
      }
      if (b != '\\') {
        i++;
        continue;
      }
      out.append(new String(text, segment, i - segment, StandardCharsets.UTF_8));
      if (i + 1 >= text.length) {
        throw unsupported("unterminated string");
      }
      int e = text[i + 1];
      i += 2;
      switch (e) {
        case '"', '\\', '/' -> out.append((char) e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          out.append((char) hex(i));
          i += 4;
        }
        default -> throw unsupported("bad escape");
      }
      segment = i;
    }
    if (i - start > maxBytes) {
      throw unsupported("string too long");
    }
    out.append(new String(text, segment, i - segment, StandardCharsets.UTF_8));
    position = i + 1;
    token();
    return out.toString();
  }

  private int hex(int from) throws TrustedJson.Unsupported {
    if (from + 4 > text.length) {
      throw unsupported("short unicode escape");
    }
    int value = 0;
    for (int i = from; i < from + 4; i++) {
      int digit = Character.digit(text[i], 16);
      if (digit < 0) {
        throw unsupported("bad unicode escape");
      }
      value = value * 16 + digit;
    }
    return value;
  }

  private void literal(String word) throws TrustedJson.Unsupported {
    int end = position + word.length();
    if (end > text.length) {
      throw unsupported("bad literal");
    }
    for (int i = 0; i < word.length(); i++) {
      if (text[position + i] != word.charAt(i)) {
        throw unsupported("bad literal");
      }
    }
    position = end;
    token();
  }

  private int digits() {
    int start = position;
    while (position < text.length && text[position] >= '0' && text[position] <= '9') {
      position++;
    }
    return position - start;
  }

  private int at() {
    return position < text.length ? text[position] : -1;
  }

  /** Skips whitespace; returns the next byte (0 to 255) without consuming it, or -1 at the end of the text. */
  private int peek() {
    while (position < text.length) {
      int b = text[position] & 0xFF;
      if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
        return b;
      }
      position++;
    }
    return -1;
  }

  private void token() throws TrustedJson.Unsupported {
    if (++tokens > HuiqiJson.MAX_TOKENS) {
      throw unsupported("too many tokens");
    }
  }

  private TrustedJson.Unsupported unsupported(String problem) {
    return new TrustedJson.Unsupported(problem + " at byte " + position, null);
  }
}
