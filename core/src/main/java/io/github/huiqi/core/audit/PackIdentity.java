package io.github.huiqi.core.audit;

import io.github.huiqi.core.internal.Args;

/**
 * The identity of one policy pack as a result used it: the document it carries, the pack's version, and the SHA-256 of
 * the pack's canonical JSON (its content, whatever the whitespace or member order of the file it was read from).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param document  the pack's document id, such as {@code sz-gxj-2023-26}
 * @param version  the pack's version: its {@code version} member, or {@code unversioned}
 * @param sha256  the SHA-256 of the pack's canonical JSON, 64 lower-case hexadecimal digits
 */
public record PackIdentity(String document, String version, String sha256) {

  /**
   * Creates an identity.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or blank, or the hash is not 64
   *     lower-case hexadecimal digits
   */
  public PackIdentity {
    Args.notBlank(document, "document");
    Args.notBlank(version, "version");
    Sha256.requireHex(sha256, "sha256");
  }
}
