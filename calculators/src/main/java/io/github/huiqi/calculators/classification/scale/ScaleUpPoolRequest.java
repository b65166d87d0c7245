package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * A request to test membership of the 小升规 cultivation pool: the firm's industry, size and prior-year revenue, each
 * optional (absent = not known).
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "size": "SMALL", "priorYearRevenue": {"amount": 15000000,
 * "currency": "CNY"}}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param industryCode  the GB/T 4754-2017 code, such as {@code C3484} (a section letter with 0, 2, 3 or 4 digits)
 * @param size  the size class under 工信部联企业〔2011〕300号
 * @param priorYearRevenue  the prior year's 营业收入, CNY, zero or more
 */
public record ScaleUpPoolRequest(
    Optional<String> industryCode,
    Optional<EnterpriseSize> size,
    Optional<MonetaryAmount> priorYearRevenue) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null, the code malformed or the revenue negative, naming it
   */
  public ScaleUpPoolRequest {
    Args.notNullOptional(industryCode, "industryCode").ifPresent(code -> {
      if (!Args.isIndustryCode(code)) {
        throw new InvalidInputException("industryCode", code,
            "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3484");
      }
    });
    Args.notNullOptional(size, "size");
    Args.notNullOptional(priorYearRevenue, "priorYearRevenue")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "priorYearRevenue"));
  }

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
    return new ScaleUpPoolRequest(profile.industryCode(), profile.size(),
        profile.year(priorYear).flatMap(EnterpriseYear::revenue));
  }

  /**
   * Returns the profile pointer of the prior year's revenue: {@code /years/i/revenue}, or {@code /years} when the
   * profile has no such year.
   *
   * @param profile  the enterprise
   * @param priorYear  the prior year
   * @return the pointer
   */
  public static String revenuePointer(EnterpriseProfile profile, int priorYear) {
    int index = Args.notNull(profile, "profile").yearIndex(priorYear);
    return index < 0 ? "/years" : "/years/" + index + "/revenue";
  }
}
