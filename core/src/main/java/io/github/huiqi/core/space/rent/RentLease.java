package io.github.huiqi.core.space.rent;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A lease of business space as an enterprise profile holds it (in its {@code leases}): what the rent and space
 * measures read.
 * <p>
 * The area is the actual area leased (实际面积), in square metres; the lease runs from {@code start} to {@code end},
 * both included. Where the space is: flags for a district-level science park or accelerator (区级科技创新产业园 /
 * 科技企业加速器), policy-based innovative industrial space (创新型产业用房), an 工业上楼 project, and state-owned
 * industrial space (国有产业用房). Absent facts are not known.
 * <p>
 * In JSON: {@code {"leaseId": "L-1", "area": 1200, "start": "2020-07-01", "end": "2025-06-30",
 * "monthlyRent": {"amount": 42000, "currency": "CNY"}, "districtPark": true,
 * "rentPaid": [{"year": 2022, "amount": {"amount": 504000, "currency": "CNY"}}]}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableRentLease.class)
@JsonDeserialize(as = ImmutableRentLease.class)
public abstract class RentLease {

  /**
   * The largest area a lease may give, square metres: 10,000,000 m² (10 km², 1,000 公顷), far above the floor area of
   * any one building; a larger figure is refused, naming {@code area} (decisions register §4.6 item 173).
   */
  public static final BigDecimal MAX_AREA = new BigDecimal("10000000");

  RentLease() {
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
   * Returns the lease's id, unique among the profile's leases.
   *
   * @return the id
   */
  public abstract String leaseId();

  /**
   * Returns the actual area leased (实际面积), square metres.
   *
   * @return the area, positive, at most {@link #MAX_AREA}
   */
  public abstract BigDecimal area();

  /**
   * Returns the lease's first day.
   *
   * @return the date
   */
  public abstract LocalDate start();

  /**
   * Returns the lease's last day, included; not before the start.
   *
   * @return the date, if known
   */
  public abstract Optional<LocalDate> end();

  /**
   * Returns the rent for the whole area per month, CNY.
   *
   * @return the rent, not negative, if known
   */
  public abstract Optional<MonetaryAmount> monthlyRent();

  /**
   * Returns whether the space is in a district-level science park or accelerator (区级科技创新产业园 /
   * 科技企业加速器).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> districtPark();

  /**
   * Returns whether the space is government-led innovative industrial space (创新型产业用房).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> innovationSpace();

  /**
   * Returns the reference rent the housing authority publishes for comparable space (租金参考价格), CNY per square
   * metre per month; a published reference rent is positive (decisions register §4.6 item 173).
   *
   * @return the rent, positive, if known
   */
  public abstract Optional<MonetaryAmount> referenceRent();

  /**
   * Returns the discount on the reference rent the space is let at (优惠比例).
   *
   * @return the discount, 0% to 100%, if known
   */
  public abstract Optional<Rate> rentDiscount();

  /**
   * Returns whether the space is in an 工业上楼 project.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> highRiseProject();

  /**
   * Returns whether the space is state-owned industrial space (国有产业用房).
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> stateOwned();

  /**
   * Returns the rent paid on the lease by calendar year, each year at most once; a year not listed is not known.
   *
   * @return the payments, possibly empty
   */
  public abstract List<RentPayment> rentPaid();

  /**
   * Finds the rent paid in a year.
   *
   * @param year  the year
   * @return the rent, empty if not listed
   */
  public Optional<MonetaryAmount> rentPaidIn(int year) {
    return rentPaid().stream().filter(p -> p.year() == year).map(RentPayment::amount).findFirst();
  }

  /**
   * Tells whether the lease runs at least one day within a period, such as the validity of a monthly figure (a rent
   * subsidy or ceiling a month is owed or read only for the months a lease runs within it, decisions register §4.4
   * item 28): false when it ends before the period starts or starts after the period ends.
   *
   * @param period  the period, such as a rate's validity
   * @return true or false; empty when the lease has no end date and starts before the period (it may have ended
   *     before it)
   * @throws InvalidInputException if the period is null
   */
  public Optional<Boolean> runsWithin(DateRange period) {
    Args.notNull(period, "period");
    Optional<LocalDate> last = period.end();
    if (last.isPresent() && start().isAfter(last.get())) {
      return Optional.of(false);
    }
    if (!start().isBefore(period.start())) {
      return Optional.of(true);
    }
    return end().map(end -> !end.isBefore(period.start()));
  }

  @Value.Check
  void check() {
    Args.notBlank(leaseId(), "leaseId");
    if (Args.positive(area(), "area").compareTo(MAX_AREA) > 0) {
      // no one lease comes near it: a figure in another unit (mm², 亩 × 10⁶) or a typing slip, never a lease to pay on
      throw new InvalidInputException(InvalidInputException.INVALID, "area", area().toPlainString(),
          "must be at most " + MAX_AREA.toPlainString() + " m² (10 km², above any one lease)",
          "不得大于 " + MAX_AREA.toPlainString() + " 平方米（10 平方公里，超过任何单个租约）", null);
    }
    Args.date(start(), "start");
    Args.date(end(), "end").ifPresent(end -> Args.inOrder(start(), end, "start", "end"));
    Args.notNullOptional(monthlyRent(), "monthlyRent").ifPresent(a -> Cny.notNegativeYuan(a, "monthlyRent"));
    Args.notNullOptional(districtPark(), "districtPark");
    Args.notNullOptional(innovationSpace(), "innovationSpace");
    Args.notNullOptional(referenceRent(), "referenceRent").ifPresent(a -> Cny.positiveYuan(a, "referenceRent"));
    Args.notNullOptional(rentDiscount(), "rentDiscount").ifPresent(r -> Args.inputRate(r, "rentDiscount"));
    Args.notNullOptional(highRiseProject(), "highRiseProject");
    Args.notNullOptional(stateOwned(), "stateOwned");
    List<RentPayment> paid = Args.listCopy(rentPaid(), "rentPaid");
    Set<Integer> years = new HashSet<>();
    for (int i = 0; i < paid.size(); i++) {
      if (!years.add(paid.get(i).year())) {
        throw new InvalidInputException("rentPaid/" + i + "/year", paid.get(i).year(), "must be unique in the lease");
      }
    }
  }

  /**
   * Builds a {@link RentLease}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} naming the field (a zero area or one above {@link #MAX_AREA}, a reference rent of
   * zero, an end before the start).
   */
  public static class Builder extends ImmutableRentLease.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
