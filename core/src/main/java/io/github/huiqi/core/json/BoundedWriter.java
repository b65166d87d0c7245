package io.github.huiqi.core.json;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer that refuses to grow beyond a limit: the bound on every JSON response. It builds a string, or passes the
 * characters on to another writer, counting them.
 */
final class BoundedWriter extends Writer {

  private final StringBuilder text;
  private final Writer target;
  private final long limit;
  private long written;
  private boolean exceeded;
  private IOException failure;

  BoundedWriter(long limit) {
    this.limit = limit;
    this.text = new StringBuilder();
    this.target = null;
  }

  BoundedWriter(long limit, Writer target) {
    this.limit = limit;
    this.text = null;
    this.target = target;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    admit(length);
    if (text != null) {
      text.append(chars, offset, length);
    } else {
      try {
        target.write(chars, offset, length);
      } catch (IOException ex) {
        failure = ex;
        throw ex;
      }
    }
  }

  @Override
  public void write(String string, int offset, int length) throws IOException {
    admit(length);
    if (text != null) {
      text.append(string, offset, offset + length);
    } else {
      try {
        target.write(string, offset, length);
      } catch (IOException ex) {
        failure = ex;
        throw ex;
      }
    }
  }

  private void admit(int length) throws IOException {
    if (written + length > limit) {
      exceeded = true;
      throw new IOException("the response is longer than " + limit + " characters");
    }
    written += length;
  }

  @Override
  public void flush() throws IOException {
    // the target is flushed by its owner; a string needs no flushing
  }

  @Override
  public void close() {
    // nothing to release: the target is the caller's
  }

  boolean exceeded() {
    return exceeded;
  }

  /** The target's own failure, if writing to it failed. */
  IOException failure() {
    return failure;
  }

  @Override
  public String toString() {
    return text == null ? "" : text.toString();
  }
}
