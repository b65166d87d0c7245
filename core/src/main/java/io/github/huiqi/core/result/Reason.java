package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;

/**
 * Why a verdict was reached: a stable code, a message in Chinese and English, and the clause behind it.
 * <p>
 * Codes are stable, so a host can map them to its own texts: for example {@code outside-window},
 * {@code loan-rate-below-floor}, {@code use-shorter-than-minimum}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the stable code, lower-case with hyphens
 * @param message  the message
 * @param citation  the clause or rule behind the reason
 */
public record Reason(String code, LocalizedText message, Citation citation) {

  /**
   * Creates a reason.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public Reason {
    Args.notBlank(code, "code");
    Args.notNull(message, "message");
    Args.notNull(citation, "citation");
  }
}
