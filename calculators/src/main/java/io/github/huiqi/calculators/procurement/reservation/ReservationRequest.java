package io.github.huiqi.calculators.procurement.reservation;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import javax.money.MonetaryAmount;

/**
 * A government works project's budget and the part of it reserved for SMEs, as the purchaser sets them.
 * <p>
 * In JSON: {@code {"budget": {"amount": 10000000, "currency": "CNY"}, "reservedForSmes": {"amount": 4000000,
 * "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param budget  the project's budget (采购预算), positive
 * @param reservedForSmes  the part reserved for SMEs, not negative and not above the budget
 */
public record ReservationRequest(MonetaryAmount budget, MonetaryAmount reservedForSmes) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if an amount is null, the budget not positive, or the reserved part negative or
   *     above the budget, naming the field
   */
  public ReservationRequest {
    BigDecimal total = Cny.positiveYuan(Args.notNull(budget, "budget"), "budget");
    BigDecimal reserved = Cny.notNegativeYuan(Args.notNull(reservedForSmes, "reservedForSmes"), "reservedForSmes");
    if (reserved.compareTo(total) > 0) {
      throw InvalidInputException.conflict("reservedForSmes", reserved.toPlainString(), "budget",
          total.toPlainString(), "must not be above", "不得高于");
    }
  }
}
