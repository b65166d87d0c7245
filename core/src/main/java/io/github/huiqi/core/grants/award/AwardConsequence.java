package io.github.huiqi.core.grants.award;

import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;

/**
 * A non-monetary consequence of an award's event, such as "在大赛中荣获全国500强的企业…可直接认定为专精特新中小企业": when its
 * trigger is met, the outcome's notes say so (its reason code is the consequence's code).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the reason code of the note, lower-case words joined by hyphens
 * @param text  what the enterprise gains
 * @param trigger  what earns it, with the source's words
 */
public record AwardConsequence(String code, LocalizedText text, GrantTrigger trigger) {

  /**
   * Creates a consequence.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public AwardConsequence {
    Args.notBlank(code, "code");
    Args.notNull(text, "text");
    Args.notNull(trigger, "trigger");
  }
}
