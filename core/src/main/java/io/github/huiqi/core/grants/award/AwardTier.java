package io.github.huiqi.core.grants.award;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;

/**
 * One tier of an award: what earns it and its cited figure. A tier on a recognition is earned once; a tier on an
 * event is earned once for each matching event (each winning project, each platform-year, each green project).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the tier's code, unique in the measure: lower-case words joined by hyphens
 * @param name  the tier's name
 * @param trigger  what earns it
 * @param amount  its figure and how it binds, cited
 */
public record AwardTier(String code, LocalizedText name, GrantTrigger trigger, Parameter<AwardAmount> amount) {

  /**
   * Creates a tier.
   *
   * @throws InvalidInputException if a field is null or the code malformed
   */
  public AwardTier {
    Args.notBlank(code, "code");
    if (!Args.isHyphenatedWords(code)) {
      throw new InvalidInputException("code", code, "must be lower-case words joined by hyphens");
    }
    Args.notNull(name, "name");
    Args.notNull(trigger, "trigger");
    Args.notNull(amount, "amount");
  }
}
