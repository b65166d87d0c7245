package io.github.huiqi.calculators.tax.smalllowprofit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.QuarterlyAverage;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The facts the 小型微利企业 test needs besides taxable income: the industry condition and the employees and total
 * assets averaged by quarter. Unknown is not false: an empty fact makes the verdict undetermined, naming it.
 * <p>
 * Build them from the quarters operated with {@link #fromQuarters}, which averages the tax bureau's way, or give
 * averages already worked out (as on an annual return) with {@link QuarterlyAverage#of}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableSmallLowProfitFacts.class)
@JsonDeserialize(as = ImmutableSmallLowProfitFacts.class)
public abstract class SmallLowProfitFacts {

  SmallLowProfitFacts() {
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
   * Returns whether the enterprise is in an industry the state restricts or prohibits (国家限制和禁止行业), if known; true makes
   * it ineligible.
   *
   * @return true or false, if known
   */
  public abstract Optional<Boolean> restrictedOrProhibitedIndustry();

  /**
   * Returns the employees averaged by quarter, if known.
   *
   * @return the average employees, if known
   */
  public abstract Optional<QuarterlyAverage> averageEmployees();

  /**
   * Returns the total assets in yuan averaged by quarter, if known.
   *
   * @return the average total assets, if known
   */
  public abstract Optional<QuarterlyAverage> averageTotalAssets();

  /**
   * Averages the quarters operated the tax bureau's way: each quarter's (start + end) ÷ 2, and their mean over the
   * quarters given (财政部 税务总局公告2022年第13号 第二条). A firm that started mid-year gives only the quarters it
   * operated and is averaged over those; a quarter above a limit does not by itself exceed it. No quarters means the
   * employees and assets are unknown.
   *
   * @param restrictedOrProhibitedIndustry  the industry condition, if known
   * @param quarters  the quarters operated so far, in increasing order of quarter, each at most once; may be empty
   * @return the facts, the averages exact
   * @throws InvalidInputException if the list or an element is null, or a quarter is not after the one before it
   *     (out of order or duplicated); naming the field, such as {@code quarters/2/quarter}; or naming
   *     {@code quarters} if the figures sum beyond the accepted size of a decimal
   */
  public static SmallLowProfitFacts fromQuarters(Optional<Boolean> restrictedOrProhibitedIndustry,
      List<OperatingQuarter> quarters) {
    List<OperatingQuarter> list = Args.listCopy(quarters, "quarters");
    if (list.isEmpty()) {
      return builder().restrictedOrProhibitedIndustry(Args.notNullOptional(restrictedOrProhibitedIndustry,
          "restrictedOrProhibitedIndustry")).build();
    }
    // the employees' sum of (start + end), twice the sum of the quarters' averages, and whether one is odd (its
    // average then has a decimal .5, which the sum keeps as its one decimal, as adding the halves would)
    long employeesTwice = 0;
    boolean employeesHalf = false;
    BigDecimal assets = BigDecimal.ZERO;
    for (int i = 0; i < list.size(); i++) {
      OperatingQuarter quarter = list.get(i);
      if (i > 0 && quarter.quarter() == list.get(i - 1).quarter()) {
        // the same quarter twice, as any repeat: input.duplicate, not the order's input.out-of-order
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "quarters/" + i + "/quarter",
            quarter.quarter(), "must not repeat the quarter at quarters/" + (i - 1) + ": each quarter is given once",
            "必须唯一：与 quarters/" + (i - 1) + " 的季度重复，每个季度只填一次", null);
      }
      if (i > 0 && quarter.quarter() < list.get(i - 1).quarter()) {
        throw new InvalidInputException("quarters/" + i + "/quarter", quarter.quarter(), "must be after the previous "
            + "quarter " + list.get(i - 1).quarter() + ": quarters are given in order, each at most once");
      }
      long both = (long) quarter.employeesAtStart() + quarter.employeesAtEnd();
      employeesTwice += both;
      employeesHalf |= (both & 1) != 0;
      BigDecimal start;
      BigDecimal end;
      try {
        start = Cny.yuan(quarter.totalAssetsAtStart(), "totalAssetsAtStart");
        end = Cny.yuan(quarter.totalAssetsAtEnd(), "totalAssetsAtEnd");
      } catch (InvalidInputException ex) {
        throw ex.withField("quarters/" + i + "/" + ex.field());
      }
      assets = assets.add(half(start.add(end)));
    }
    BigDecimal employees = employeesHalf ? BigDecimal.valueOf(employeesTwice * 5, 1)
        : BigDecimal.valueOf(employeesTwice / 2);
    try {
      return builder().restrictedOrProhibitedIndustry(Args.notNullOptional(restrictedOrProhibitedIndustry,
          "restrictedOrProhibitedIndustry")).averageEmployees(new QuarterlyAverage(employees, list.size()))
          .averageTotalAssets(new QuarterlyAverage(assets, list.size())).build();
    } catch (InvalidInputException ex) {
      // only a sum of quarters beyond the accepted size of a decimal gets here
      throw ex.withField("quarters");
    }
  }

  /** Half of a value, exactly: what {@code value.divide(2)} gives, with no division. */
  private static BigDecimal half(BigDecimal value) {
    if (value.precision() <= 18) {
      // the unscaled value as a long (any amount of yuan is one), read with no BigInteger made; five times it is
      // below 5 × 10^18, within a long
      long unscaled = value.scaleByPowerOfTen(value.scale()).longValueExact();
      return (unscaled & 1) != 0 ? BigDecimal.valueOf(unscaled * 5, value.scale() + 1)
          : BigDecimal.valueOf(unscaled >> 1, value.scale());
    }
    return halfOfBig(value);
  }

  /** {@link #half} through the unscaled value's {@code BigInteger}, for a value too large for a long. */
  private static BigDecimal halfOfBig(BigDecimal value) {
    BigInteger unscaled = value.unscaledValue();
    return unscaled.testBit(0)
        ? new BigDecimal(unscaled.multiply(BigInteger.valueOf(5)), value.scale() + 1)
        : new BigDecimal(unscaled.shiftRight(1), value.scale());
  }

  @Value.Check
  void check() {
    Optional<Boolean> restrictedOrProhibitedIndustry = restrictedOrProhibitedIndustry();
    Optional<QuarterlyAverage> averageEmployees = averageEmployees();
    Optional<QuarterlyAverage> averageTotalAssets = averageTotalAssets();
    Args.notNullOptional(restrictedOrProhibitedIndustry, "restrictedOrProhibitedIndustry");
    Args.notNullOptional(averageEmployees, "averageEmployees");
    Args.notNullOptional(averageTotalAssets, "averageTotalAssets");
  }

  /**
   * Builds a {@link SmallLowProfitFacts}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if a field is null rather than empty, naming it.
   */
  public static class Builder extends ImmutableSmallLowProfitFacts.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
