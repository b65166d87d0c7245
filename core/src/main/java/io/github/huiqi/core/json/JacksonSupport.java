package io.github.huiqi.core.json;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * The Jackson versions the library runs with, 2.15 (the first with {@link StreamReadConstraints}) to the newest 2.x,
 * and the read limits each offers.
 * <p>
 * Limits Jackson added after 2.15 are applied where the version on the class path has them: the length of a property
 * name and of the whole document (2.16) and the token count (2.18). With 2.15 to 2.17 the library still bounds a text
 * document's length itself before parsing ({@link HuiqiJson#read(String, Class)}); only the token count of a
 * document within that length goes unbounded before 2.18. An older Jackson stops the first JSON use at once with one
 * message naming the minimum, instead of a {@code NoSuchMethodError} deep in a call.
 * <p>
 * Not part of the public API.
 */
final class JacksonSupport {

  /** The oldest Jackson the library supports. */
  static final Version MINIMUM = new Version(2, 15, 0, null, "com.fasterxml.jackson.core", "jackson-core");

  private JacksonSupport() {
  }

  /**
   * Checks the Jackson on the class path, core and databind alike.
   *
   * @throws IllegalStateException if either is older than {@link #MINIMUM}, naming both versions
   */
  static void requireSupported() {
    require(com.fasterxml.jackson.core.json.PackageVersion.VERSION, "jackson-core");
    require(com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION, "jackson-databind");
  }

  /**
   * Checks one version.
   *
   * @param found  the version found
   * @param artifact  the artifact's name, for the message
   * @throws IllegalStateException if older than {@link #MINIMUM}
   */
  static void require(Version found, String artifact) {
    if (found.getMajorVersion() != 2 || found.getMinorVersion() < MINIMUM.getMinorVersion()) {
      throw new IllegalStateException("huiqi needs Jackson 2." + MINIMUM.getMinorVersion() + " or a newer 2.x, but "
          + "the class path has " + artifact + " " + found + "; pin jackson-bom to 2." + MINIMUM.getMinorVersion()
          + " or newer (huiqi 需要 Jackson 2." + MINIMUM.getMinorVersion() + " 或更新的 2.x 版本)");
    }
  }

  /**
   * Returns the library's default read limits, each one the Jackson version on the class path has.
   *
   * @return the constraints
   */
  static StreamReadConstraints readConstraints() {
    return readConstraints(JsonLimits.DEFAULTS);
  }

  /**
   * Returns read limits, each one the Jackson version on the class path has.
   *
   * @param limits  the limits
   * @return the constraints
   */
  static StreamReadConstraints readConstraints(JsonLimits limits) {
    StreamReadConstraints.Builder builder = StreamReadConstraints.builder()
        .maxNumberLength(limits.maxNumberLength())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength());
    apply(builder, "maxNameLength", int.class, limits.maxNameLength());
    apply(builder, "maxDocumentLength", long.class, limits.maxDocumentLength());
    apply(builder, "maxTokenCount", long.class, limits.maxTokens());
    return builder.build();
  }

  /**
   * Checks whether the Jackson on the class path offers a limit.
   *
   * @param name  the builder method, such as {@code maxTokenCount}
   * @param type  its parameter type
   * @return true if it has the method
   */
  static boolean offers(String name, Class<?> type) {
    try {
      StreamReadConstraints.Builder.class.getMethod(name, type);
      return true;
    } catch (NoSuchMethodException ex) {
      return false;
    }
  }

  private static void apply(StreamReadConstraints.Builder builder, String name, Class<?> type, Object value) {
    if (!offers(name, type)) {
      return;
    }
    try {
      StreamReadConstraints.Builder.class.getMethod(name, type).invoke(builder, value);
    } catch (NoSuchMethodException | IllegalAccessException | InvocationTargetException ex) {
      throw new IllegalStateException("Cannot set the Jackson read limit " + name, ex);
    }
  }
}
