package io.github.huiqi.calculators.procurement.arrears;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.procurement.arrears.ArrearsClass;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One claim's class.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param claimId  the claim's id
 * @param amount  the amount overdue, CNY
 * @param arrearsClass  the class, empty while whether it is disputed is not known
 */
public record ArrearsClassing(String claimId, MonetaryAmount amount, Optional<ArrearsClass> arrearsClass) {

  /**
   * Creates a classing.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public ArrearsClassing {
    Args.notBlank(claimId, "claimId");
    Args.notNull(amount, "amount");
    Args.notNullOptional(arrearsClass, "arrearsClass");
  }
}
