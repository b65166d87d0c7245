package io.github.huiqi.calculators.classification.size;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.classification.size.SizeIndicator;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to classify an enterprise's size (工信部联企业〔2011〕300号): its GB/T 4754-2017 industry code and its
 * figures, each optional.
 * <p>
 * The industry code has the profile's format: a section letter with 0, 2, 3 or 4 digits, such as {@code C3311}; the
 * letter must be the division's section, and the code must fall in one of the standard's groups
 * ({@link SizeIndustry#ofCode}). An absent figure is not known: the class is then undetermined unless the known
 * figures decide it (a firm with fewer than 20 employees in industry is micro whatever its revenue).
 * <p>
 * In JSON: {@code {"industryCode": "C3311", "employees": 120, "revenue": {"amount": 18000000, "currency": "CNY"},
 * "totalAssets": {...}}}.
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableSizeRequest.class)
@JsonDeserialize(as = ImmutableSizeRequest.class)
public abstract class SizeRequest {

  SizeRequest() {
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
   * Returns the GB/T 4754-2017 industry code, such as {@code C3311}.
   *
   * @return the code
   */
  public abstract String industryCode();

  /**
   * Returns 从业人员 (X): persons employed at the period's end, zero or more.
   *
   * @return the count, if known
   */
  public abstract Optional<Integer> employees();

  /**
   * Returns 营业收入 (Y) for the year, CNY, zero or more.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> revenue();

  /**
   * Returns 资产总额 (Z) at the period's end, CNY, zero or more.
   *
   * @return the amount, if known
   */
  public abstract Optional<MonetaryAmount> totalAssets();

  /**
   * Returns the industry group the code falls in.
   *
   * @return the group
   * @throws io.github.huiqi.core.error.InvalidInputException never for a built request: its code is checked
   */
  public SizeIndustry industry() {
    return SizeIndustry.ofCode(industryCode());
  }

  /**
   * Returns an indicator's figure as a number: persons for X, yuan for Y and Z.
   *
   * @param indicator  the indicator
   * @return the figure, if known
   */
  public Optional<BigDecimal> figure(SizeIndicator indicator) {
    switch (Args.notNull(indicator, "indicator")) {
      case EMPLOYEES:
        return employees().map(BigDecimal::valueOf);
      case REVENUE:
        return revenue().map(amount -> Cny.yuan(amount, "revenue"));
      default:
        return totalAssets().map(amount -> Cny.yuan(amount, "totalAssets"));
    }
  }

  @Value.Check
  void check() {
    SizeIndustry.ofCode(industryCode());
    Args.notNullOptional(employees(), "employees").ifPresent(count -> Args.notNegative(count, "employees"));
    Args.notNullOptional(revenue(), "revenue").ifPresent(amount -> Cny.notNegativeYuan(amount, "revenue"));
    Args.notNullOptional(totalAssets(), "totalAssets")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "totalAssets"));
  }

  /**
   * Builds a {@link SizeRequest}. Each setter returns this builder; {@code build()} validates, naming the field of a
   * bad value ({@code industryCode}, {@code employees}, ...).
   */
  public static class Builder extends ImmutableSizeRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
