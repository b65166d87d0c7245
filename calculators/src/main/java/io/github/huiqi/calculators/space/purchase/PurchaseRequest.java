package io.github.huiqi.calculators.space.purchase;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A request to know whether a firm may buy the state-owned industrial space it leases: whether it is 专精特新, its
 * output of the year tested, its leases (those with {@code stateOwned} true count) and the date the tenure is counted
 * to.
 * <p>
 * In JSON: {@code {"specialisedAndInnovative": true, "annualOutput": {"amount": 300000000, "currency": "CNY"},
 * "leases": [ ... ], "asOf": "2023-06-30"}}; a lease's missing fact is named as {@code /leases/0/stateOwned}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param specialisedAndInnovative  whether the firm is a 专精特新 enterprise, if known
 * @param annualOutput  the output value of the year tested, not negative, if known
 * @param leases  the leases, possibly empty
 * @param asOf  the date the tenure is counted to
 */
public record PurchaseRequest(Optional<Boolean> specialisedAndInnovative, Optional<MonetaryAmount> annualOutput,
    List<RentLease> leases, LocalDate asOf) {

  /**
   * Creates a request.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or the output negative, naming it
   */
  public PurchaseRequest {
    specialisedAndInnovative = specialisedAndInnovative == null ? Optional.empty() : specialisedAndInnovative;
    annualOutput = annualOutput == null ? Optional.empty() : annualOutput;
    annualOutput.ifPresent(a -> Cny.notNegativeYuan(a, "annualOutput"));
    leases = Args.listCopy(leases, "leases");
    Args.date(asOf, "asOf");
  }
}
