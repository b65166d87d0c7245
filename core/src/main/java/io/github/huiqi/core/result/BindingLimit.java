package io.github.huiqi.core.result;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import javax.money.MonetaryAmount;

/**
 * The cap or limit that decided an amount, such as "单户企业贴息金额最高20万元".
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param code  a stable code for the limit, such as {@code cap-per-enterprise}
 * @param name  the limit's name
 * @param limit  the limit's value
 * @param citation  the clause that sets it
 */
public record BindingLimit(String code, LocalizedText name, MonetaryAmount limit, Citation citation) {

  /**
   * Creates a binding limit.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the limit not CNY
   */
  public BindingLimit {
    Args.notBlank(code, "code");
    Args.notNull(name, "name");
    Cny.yuan(limit, "limit");
    Args.notNull(citation, "citation");
  }
}
