package io.github.huiqi.core.grants.award;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.grants.GrantTrigger;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import java.util.Optional;

/**
 * One tier of an award: what earns it and its cited figure. A tier on a recognition is earned once; a tier on an
 * event is earned once for each matching event (each winning project, each green project), or, where its cited
 * {@code repeat} says {@link AwardRepeat#ONCE_A_YEAR}, once for each calendar year holding a matching event (each
 * platform-year), or where it says {@link AwardRepeat#ONCE}, once in all (a one-off award for being recognised).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  the tier's code, unique in the measure: lower-case words joined by hyphens
 * @param name  the tier's name
 * @param trigger  what earns it
 * @param amount  its figure and how it binds, cited
 * @param repeat  how often several matching events earn it, cited; empty for {@link AwardRepeat#EACH_EVENT}
 */
public record AwardTier(String code, LocalizedText name, GrantTrigger trigger, Parameter<AwardAmount> amount,
    Optional<Parameter<AwardRepeat>> repeat) {

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
    Args.notNullOptional(repeat, "repeat");
  }

  /**
   * Creates a tier that each matching event earns.
   *
   * @param code  the tier's code, unique in the measure: lower-case words joined by hyphens
   * @param name  the tier's name
   * @param trigger  what earns it
   * @param amount  its figure and how it binds, cited
   * @throws InvalidInputException if a field is null or the code malformed
   */
  public AwardTier(String code, LocalizedText name, GrantTrigger trigger, Parameter<AwardAmount> amount) {
    this(code, name, trigger, amount, Optional.empty());
  }

  /**
   * Returns how often several matching events earn the tier.
   *
   * @return the cited repeat's value, {@link AwardRepeat#EACH_EVENT} when none is given
   */
  public AwardRepeat repeatOrDefault() {
    return repeat.map(Parameter::value).orElse(AwardRepeat.EACH_EVENT);
  }
}
