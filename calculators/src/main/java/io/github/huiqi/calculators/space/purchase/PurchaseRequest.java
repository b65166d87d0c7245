package io.github.huiqi.calculators.space.purchase;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.internal.RequiredList;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to know whether a firm may buy the state-owned industrial space it leases: whether it is 专精特新, its
 * output of the year tested, its leases (those with {@code stateOwned} true count) and the date the tenure is counted
 * to.
 * <p>
 * In JSON: {@code {"specialisedAndInnovative": true, "annualOutput": {"amount": 300000000, "currency": "CNY"},
 * "leases": [ ... ], "asOf": "2023-06-30"}}; a lease's missing fact is named as {@code /leases/0/stateOwned}. An
 * absent fact is not known; {@code leases} and {@code asOf} are required, and an empty list of leases is known to be
 * none; a lease id given twice is refused ({@code leases/1/leaseId}), as in every request holding leases.
 * <p>
 * Build with {@link #builder()} (an unset fact is not known):
 * <pre>
 * PurchaseRequest request = PurchaseRequest.builder()
 *     .specialisedAndInnovative(true)
 *     .annualOutput(Cny.of("300000000.00"))
 *     .leases(List.of(stateOwnedLease))
 *     .asOf(LocalDate.of(2023, 6, 30))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutablePurchaseRequest.class)
@JsonDeserialize(as = ImmutablePurchaseRequest.class)
public abstract class PurchaseRequest {

  PurchaseRequest() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns whether the firm is a 专精特新 enterprise.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> specialisedAndInnovative();

  /**
   * Returns the output value of the year tested, CNY, not negative.
   *
   * @return the output, if known
   */
  public abstract Optional<MonetaryAmount> annualOutput();

  /**
   * Returns the leases; required, possibly empty.
   *
   * @return the leases
   */
  @RequiredList
  public abstract List<RentLease> leases();

  /**
   * Returns the date the tenure is counted to; required.
   *
   * @return the date
   */
  public abstract LocalDate asOf();

  @Value.Check
  void check() {
    annualOutput().ifPresent(amount -> Cny.notNegativeYuan(amount, "annualOutput"));
    List<RentLease> leases = Args.listCopy(leases(), "leases");
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < leases.size(); i++) {
      // as every other request holding leases: one lease counted twice is a mistake, never a second lease
      if (!ids.add(leases.get(i).leaseId())) {
        throw new InvalidInputException("leases/" + i + "/leaseId", leases.get(i).leaseId(),
            "must be unique in leases");
      }
    }
    Args.date(asOf(), "asOf");
  }

  /**
   * Builds a {@link PurchaseRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link io.github.huiqi.core.error.InvalidInputException} if the leases or the date are not set (null), a lease is
   * null or its id repeats, the output is negative or not CNY, or the date out of range, naming the field
   * ({@code leases}, {@code leases/1}, {@code leases/1/leaseId}, {@code annualOutput}, {@code asOf}).
   */
  public static class Builder extends ImmutablePurchaseRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
