package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;

/**
 * Whether a lease runs within the validity of the rate that pays or prices it: a monthly figure (光明区's 20 元/m² a
 * month, the policy rent a month of 创新型产业用房) is owed only for the months the lease runs within it, so a lease
 * with at least one day within it counts for a month's figure, and one that ends before the validity starts or starts
 * after it ends counts nothing (decisions register §4.4 item 28). A lease with no end date that starts before the
 * validity may have ended before it: not known, naming {@code /leases/i/end} ({@link RentLease#runsWithin}). Not
 * part of the public API.
 */
final class RentLeaseSpan {

  /** The reason code of a lease wholly outside the rate's validity. */
  static final String OUTSIDE = "lease-outside-validity";

  private RentLeaseSpan() {
  }

  /**
   * The condition that the lease runs within the rate's validity.
   *
   * @param lease  the lease
   * @param at  the lease's pointer, such as {@code /leases/0}
   * @param rate  the rate that pays or prices the lease
   * @return the condition: met, not met (reason {@link #OUTSIDE}) or unknown naming {@code <at>/end}
   */
  static TracedCondition condition(RentLease lease, String at, Parameter<?> rate) {
    return TracedCondition.of(lease.runsWithin(rate.validity()), Boolean::booleanValue, at + "/end",
        "lease-within-validity", OUTSIDE, () -> LocalizedText.of("租赁期（" + lease.start() + " 至 "
            + lease.end().map(LocalDate::toString).orElse("未知") + "）在补贴标准有效期 " + rate.validity() + " 内",
            "the lease (" + lease.start() + " to " + lease.end().map(LocalDate::toString).orElse("not known")
            + ") runs within the rate's validity " + rate.validity()), rate.citation());
  }
}
