package io.github.huiqi.core.audit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of the huiqi library that computes a result, as its receipt records it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class LibraryVersion {

  /** The version, such as {@code 0.2.0-SNAPSHOT}, written into the jar at build time. */
  public static final String CURRENT = read();

  private LibraryVersion() {
  }

  private static String read() {
    try (InputStream in = LibraryVersion.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("huiqi-core is missing its version.properties resource");
      }
      Properties properties = new Properties();
      properties.load(in);
      String version = properties.getProperty("version", "");
      if (version.isBlank() || version.startsWith("${")) {
        throw new IllegalStateException("huiqi-core's version.properties was not filtered at build time: " + version);
      }
      return version;
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read huiqi-core's version.properties", ex);
    }
  }
}
