package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * A request to test membership of the 小升规 cultivation pool: the firm's industry, size and prior-year revenue, each
 * optional (absent = not known).
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "size": "SMALL", "priorYearRevenue": {"amount": 15000000,
 * "currency": "CNY"}}}.
 * <p>
 * Build with {@link #builder()} (an unset fact is not known), or from a profile with {@link #from}:
 * <pre>
 * ScaleUpPoolRequest request = ScaleUpPoolRequest.builder()
 *     .industryCode("C3484")
 *     .size(EnterpriseSize.SMALL)
 *     .priorYearRevenue(Cny.of("15000000"))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableScaleUpPoolRequest.class)
@JsonDeserialize(as = ImmutableScaleUpPoolRequest.class)
public abstract class ScaleUpPoolRequest {

  ScaleUpPoolRequest() {
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
   * Returns the GB/T 4754-2017 code, such as {@code C3484} (a section letter A..T with 0, 2, 3 or 4 digits).
   *
   * @return the industry code, if known
   */
  public abstract Optional<String> industryCode();

  /**
   * Returns the size class under 工信部联企业〔2011〕300号.
   *
   * @return the size class, if known
   */
  public abstract Optional<EnterpriseSize> size();

  /**
   * Returns the prior year's 营业收入, CNY, zero or more.
   *
   * @return the prior year's revenue, if known
   */
  public abstract Optional<MonetaryAmount> priorYearRevenue();

  /**
   * Obtains the request of a profile for an evaluation year: its {@code industryCode}, {@code size} and the revenue
   * of the year before. A missing fact of the request maps to the profile: {@code /industryCode}, {@code /size}, and
   * {@code /priorYearRevenue} to {@link #revenuePointer}.
   *
   * @param profile  the enterprise
   * @param priorYear  the prior year, whose revenue counts
   * @return the request
   * @throws InvalidInputException if the profile is null
   */
  public static ScaleUpPoolRequest from(EnterpriseProfile profile, int priorYear) {
    Args.notNull(profile, "profile");
    return builder().industryCode(profile.industryCode()).size(profile.size())
        .priorYearRevenue(profile.year(priorYear).flatMap(EnterpriseYear::revenue)).build();
  }

  /**
   * Returns the profile pointer of the prior year's revenue: {@code /years/i/revenue}, or {@code /years} when the
   * profile has no such year.
   *
   * @param profile  the enterprise
   * @param priorYear  the prior year
   * @return the pointer
   * @throws InvalidInputException if the profile is null
   */
  public static String revenuePointer(EnterpriseProfile profile, int priorYear) {
    int index = Args.notNull(profile, "profile").yearIndex(priorYear);
    return index < 0 ? "/years" : "/years/" + index + "/revenue";
  }

  @Value.Check
  void check() {
    industryCode().ifPresent(code -> Args.industryCode(code, "industryCode"));
    priorYearRevenue().ifPresent(amount -> Cny.notNegativeYuan(amount, "priorYearRevenue"));
  }

  /**
   * Builds a {@link ScaleUpPoolRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the industry code is malformed or the revenue negative or not CNY, naming the
   * field.
   */
  public static class Builder extends ImmutableScaleUpPoolRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
