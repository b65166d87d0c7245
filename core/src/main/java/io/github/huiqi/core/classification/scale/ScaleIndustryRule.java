package io.github.huiqi.core.classification.scale;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import javax.money.MonetaryAmount;

/**
 * The entry rule of 规模以上工业 for a span of years: the least annual 主营业务收入, inclusive, and whether every
 * state-owned industrial enterprise is included whatever its revenue (the 1998-2006 rule).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param minimumRevenue  the least 主营业务收入, CNY, positive
 * @param allStateOwned  whether all state-owned industrial enterprises are above designated size
 */
public record ScaleIndustryRule(MonetaryAmount minimumRevenue,
    @JsonProperty(value = "allStateOwned", required = true) boolean allStateOwned) {

  /**
   * Creates a rule.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if the revenue is null or not positive
   */
  public ScaleIndustryRule {
    Args.notNull(minimumRevenue, "minimumRevenue");
    Cny.positiveYuan(minimumRevenue, "minimumRevenue");
  }
}
