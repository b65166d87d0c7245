package io.github.huiqi.core.classification.size;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;

/**
 * The lower bounds of one column of the size standard for one industry group: a firm belongs to the column when it
 * meets every bound given, inclusive ("大型、中型和小型企业须同时满足所列指标的下限，否则下划一档").
 * <p>
 * In JSON: {@code {"size": "MEDIUM", "minimumEmployees": 300, "minimumRevenue": {"amount": 20000000,
 * "currency": "CNY"}}}. The micro column has no band: a firm that meets no column is micro.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param size  the column: {@code LARGE}, {@code MEDIUM} or {@code SMALL}
 * @param minimumEmployees  the least 从业人员 (X), persons, positive; empty if the group does not use X
 * @param minimumRevenue  the least 营业收入 (Y), CNY, positive; empty if the group does not use Y
 * @param minimumTotalAssets  the least 资产总额 (Z), CNY, positive; empty if the group does not use Z
 */
public record SizeBand(
    EnterpriseSize size,
    Optional<Integer> minimumEmployees,
    Optional<MonetaryAmount> minimumRevenue,
    Optional<MonetaryAmount> minimumTotalAssets) {

  /**
   * Creates a band.
   *
   * @throws InvalidInputException if the size is null or micro, a bound is not positive, or no bound is given
   */
  public SizeBand {
    Args.notNull(size, "size");
    if (size == EnterpriseSize.MICRO) {
      throw new InvalidInputException("size", size, "must be LARGE, MEDIUM or SMALL: micro is what meets no band");
    }
    // plain checks, no lambdas: this runs as the built-in data loads, where each lambda's first use costs
    if (Args.notNullOptional(minimumEmployees, "minimumEmployees").isPresent() && minimumEmployees.get() <= 0) {
      throw new InvalidInputException("minimumEmployees", minimumEmployees.get(), "must be positive");
    }
    if (Args.notNullOptional(minimumRevenue, "minimumRevenue").isPresent()) {
      Cny.positiveYuan(minimumRevenue.get(), "minimumRevenue");
    }
    if (Args.notNullOptional(minimumTotalAssets, "minimumTotalAssets").isPresent()) {
      Cny.positiveYuan(minimumTotalAssets.get(), "minimumTotalAssets");
    }
    if (minimumEmployees.isEmpty() && minimumRevenue.isEmpty() && minimumTotalAssets.isEmpty()) {
      throw new InvalidInputException("minimumEmployees", "null", "must be given, or another bound");
    }
  }

  /**
   * Returns the indicators this band bounds, in the order X, Y, Z.
   *
   * @return the indicators
   */
  public Set<SizeIndicator> indicators() {
    Set<SizeIndicator> set = EnumSet.noneOf(SizeIndicator.class);
    if (minimumEmployees.isPresent()) {
      set.add(SizeIndicator.EMPLOYEES);
    }
    if (minimumRevenue.isPresent()) {
      set.add(SizeIndicator.REVENUE);
    }
    if (minimumTotalAssets.isPresent()) {
      set.add(SizeIndicator.TOTAL_ASSETS);
    }
    return set;
  }

  /**
   * Returns the lower bound of an indicator as a number: persons for X, yuan for Y and Z.
   *
   * @param indicator  the indicator
   * @return the bound, empty if this band does not bound it
   */
  public Optional<BigDecimal> bound(SizeIndicator indicator) {
    switch (Args.notNull(indicator, "indicator")) {
      case EMPLOYEES:
        return minimumEmployees.isPresent()
            ? Optional.of(BigDecimal.valueOf(minimumEmployees.get())) : Optional.empty();
      case REVENUE:
        return minimumRevenue.isPresent()
            ? Optional.of(Cny.yuan(minimumRevenue.get(), "minimumRevenue")) : Optional.empty();
      default:
        return minimumTotalAssets.isPresent()
            ? Optional.of(Cny.yuan(minimumTotalAssets.get(), "minimumTotalAssets")) : Optional.empty();
    }
  }
}
