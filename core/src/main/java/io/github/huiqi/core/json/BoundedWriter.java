package io.github.huiqi.core.json;

import java.io.IOException;
import java.io.Writer;

/** A writer into a string that refuses to grow beyond a limit: the bound on every JSON response. */
final class BoundedWriter extends Writer {

  private final StringBuilder text = new StringBuilder();
  private final long limit;
  private boolean exceeded;

  BoundedWriter(long limit) {
    this.limit = limit;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      exceeded = true;
      throw new IOException("the response is longer than " + limit + " characters");
    }
    text.append(chars, offset, length);
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    if (text.length() + (long) length > limit) {
      exceeded = true;
      throw new IOException("the response is longer than " + limit + " characters");
    }
    text.append(string, offset, offset + length);
  }

  @Override
  public void flush() {
    // nothing to flush: the text is held in memory
  }

  @Override
  public void close() {
    // nothing to release
  }

  boolean exceeded() {
    return exceeded;
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
