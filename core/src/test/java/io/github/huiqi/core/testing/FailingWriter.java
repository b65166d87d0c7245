package io.github.huiqi.core.testing;

import java.io.IOException;
import java.io.Writer;

/**
 * A writer for tests of what a library call does when its output fails: every write throws an {@link IOException}
 * with the given message (such as "disk full"); flushing and closing do nothing.
 */
public final class FailingWriter extends Writer {

  private final String message;

  /**
   * Creates a writer whose every write fails.
   *
   * @param message  the message of the {@link IOException} each write throws
   */
  public FailingWriter(String message) {
    this.message = message;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    throw new IOException(message);
  }

  @Override
  public void flush() {
  }

  @Override
  public void close() {
  }
}
