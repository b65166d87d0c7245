package io.github.huiqi.core.policy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.Utf8Text;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.TrustedJson;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads policy packs from JSON and lists the built-in ones.
 * <p>
 * A pack is validated as it loads: the JSON must be well formed, every field present and valid, every parameter
 * cited and dated, and every date a parameter gives (a deadline, a window's start or end) within that parameter's
 * own validity, a window marked {@link ReachesBeforeValidity} excepted before it (decisions register §4.6 item 141).
 * A failure is a {@link PolicyDataException} naming the pack and the field as a JSON Pointer (with the value, and for
 * a date the validity it falls outside). A pack built in code, or a measure replaced with
 * {@link PolicyData#withMeasure}, is not read here and not checked so; the built-in packs, read with a lean reader
 * at start-up, are checked by the library's build rather than at every start.
 * <p>
 * The built-in packs are resources under {@value #RESOURCE_DIRECTORY}, one per source document:
 * {@link #BUILT_IN_RESOURCES}. They reproduce the source texts and the external instruments they cite, as read by the
 * library's authors; a production host should review them, or load its own.
 * <p>
 * This class is thread-safe.
 */
public final class PolicyPacks {

  /** The resource directory of the built-in packs. */
  public static final String RESOURCE_DIRECTORY = "/io/github/huiqi/core/policy/packs/";

  /**
   * The built-in packs' resource names, in load order: the reference rates first, then the five source documents,
   * then the external instruments whose measures the catalogue evaluates (the 2011 size standard).
   */
  public static final List<String> BUILT_IN_RESOURCES = List.of(
      "cn-reference-rates.json",
      "sz-gxj-2023-26.json",
      "sz-gxj-2022-small-to-scale.json",
      "sz-gxj-2021-reply-20210370.json",
      "sh-qfb-2023-1.json",
      "sz-gxj-zjtx-32-draft.json",
      "miit-2011-300.json");

  private PolicyPacks() {
  }

  /**
   * Reads a pack from JSON text.
   *
   * @param json  the JSON text
   * @param name  the pack's name for error messages, such as its file name
   * @return the pack
   * @throws PolicyDataException if the pack is malformed, naming the pack and the field
   */
  public static PolicyPack read(String json, String name) {
    Args.notNull(name, "name");
    PolicyPack pack;
    try {
      pack = HuiqiJson.read(Args.notNull(json, "json"), PolicyPack.class);
    } catch (InvalidInputException ex) {
      throw new PolicyDataException(name, ex.field(), ex.problem() + " (was '" + ex.value() + "')", ex);
    }
    return DateParameterValidity.check(pack, name);
  }

  /**
   * Reads a pack from a file.
   *
   * @param file  the file, UTF-8 JSON
   * @return the pack
   * @throws PolicyDataException if the pack is malformed, naming the file and the field; or is not UTF-8 text
   *     (code {@value InvalidInputException#MALFORMED_JSON} in its cause, the value the offset of the first bad byte)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static PolicyPack read(Path file) {
    Args.notNull(file, "file");
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read policy pack " + file, ex);
    }
    return read(utf8(bytes, file.toString()), file.toString());
  }

  /** Decodes a pack's bytes, refusing any that are not UTF-8 with the typed error naming the first bad byte. */
  private static String utf8(byte[] bytes, String name) {
    return Utf8Text.decode(bytes, position -> {
      String offset = "byte " + position;
      InvalidInputException notText = new InvalidInputException(InvalidInputException.MALFORMED_JSON, "", offset,
          "must be UTF-8 text", "必须为 UTF-8 文本", null);
      return new PolicyDataException(name, "", "must be UTF-8 text (" + offset + ")", notText);
    });
  }

  /**
   * Reads a built-in pack by its resource name, one of {@link #BUILT_IN_RESOURCES}.
   *
   * @param resourceName  the resource name, such as {@code sz-gxj-2023-26.json}
   * @return the pack
   * @throws PolicyDataException if the resource is missing or malformed
   */
  public static PolicyPack readBuiltIn(String resourceName) {
    Args.notNull(resourceName, "resourceName");
    try (InputStream in = PolicyPacks.class.getResourceAsStream(RESOURCE_DIRECTORY + resourceName)) {
      if (in == null) {
        throw new PolicyDataException(resourceName, "", "no such built-in pack", null);
      }
      return readTrusted(readBounded(in, resourceName), resourceName);
    } catch (IOException ex) {
      throw new PolicyDataException(resourceName, "", "cannot be read: " + ex.getMessage(), ex);
    }
  }

  /**
   * Reads the library's own pack with the lean reader, which builds the same records through the same validating
   * constructors without Jackson's data binding; anything it does not read is read the hardened way, so a malformed
   * pack still fails with the hardened reader's {@link PolicyDataException} naming the field.
   */
  static PolicyPack readTrusted(String json, String name) {
    return readTrusted(json.getBytes(StandardCharsets.UTF_8), name);
  }

  /**
   * Reads the library's own pack, as UTF-8 bytes, with the lean reader; anything it does not read is decoded and read
   * the hardened way. The dates' check against their validity ({@link DateParameterValidity}) is left to the build,
   * which reads every built-in pack through {@link #read(String, String)}: it would add its reflection to every cold
   * start for packs that do not change after the build.
   */
  static PolicyPack readTrusted(byte[] utf8, String name) {
    PolicyPack pack;
    try {
      pack = TrustedJson.read(utf8, PolicyPack.class);
    } catch (TrustedJson.Unsupported ex) {
      return read(new String(utf8, StandardCharsets.UTF_8), name);
    }
    // the library's own packs: their dates are checked against their validity by the build, not at every start
    return pack;
  }

  private static byte[] readBounded(InputStream in, String name) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
      out.write(buffer, 0, n);
      if (out.size() > HuiqiJson.MAX_DOCUMENT_LENGTH * 4) {
        throw new PolicyDataException(name, "", "is larger than the limit of a policy pack", null);
      }
    }
    return out.toByteArray();
  }
}
