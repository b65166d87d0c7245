package io.github.huiqi.calculators.classification.scale;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiBuilderStyle;
import io.github.huiqi.core.internal.RequiredList;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request for the 小升规 reward: the firm's industry and its yearly 规上 history.
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "history": [{"year": 2021, "aboveScale": false, ...}, {"year": 2022,
 * "aboveScale": true, "revenue": {...}}, {"year": 2023, "aboveScale": true, "revenue": {...}}]}}. The years may come
 * in any order, each at most once. {@code history} is required (an empty one is known to hold no year); an absent
 * {@code industryCode} is not known.
 * <p>
 * Build with {@link #builder()} (an unset industry code is not known), or from a profile with {@link #from}; this
 * history, a first entry in 2022 and growth in 2023, earns the reward's ceiling:
 * <pre>
 * ScaleUpRewardRequest request = ScaleUpRewardRequest.builder()
 *     .industryCode("C3484")
 *     .history(List.of(
 *         ScaleUpYear.of(2021, false, Cny.of("18000000")),
 *         ScaleUpYear.of(2022, true, Cny.of("21000000")),
 *         ScaleUpYear.of(2023, true, Cny.of("24000000"))))
 *     .build();
 * </pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiBuilderStyle
@JsonSerialize(as = ImmutableScaleUpRewardRequest.class)
@JsonDeserialize(as = ImmutableScaleUpRewardRequest.class)
public abstract class ScaleUpRewardRequest {

  ScaleUpRewardRequest() {
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
   * Returns the GB/T 4754-2017 code, such as {@code C3484}.
   *
   * @return the industry code, if known
   */
  public abstract Optional<String> industryCode();

  /**
   * Returns the years known, in any order, each year at most once; required, possibly empty.
   *
   * @return the history
   */
  @RequiredList
  public abstract List<ScaleUpYear> history();

  /**
   * Obtains the request of a profile: its {@code industryCode} and, year by year in the profile's order,
   * {@code aboveScale} and {@code revenue}. A missing fact {@code /history/i/...} of the request is the profile's
   * {@code /years/i/...}, and {@code /history} is {@code /years}.
   *
   * @param profile  the enterprise, whose {@code years} are known
   * @return the request
   * @throws InvalidInputException if the profile is null or its years are not known
   */
  public static ScaleUpRewardRequest from(EnterpriseProfile profile) {
    Args.notNull(profile, "profile");
    List<EnterpriseYear> years = profile.years().orElseThrow(() -> new InvalidInputException("years"));
    List<ScaleUpYear> history = new ArrayList<>(years.size());
    for (EnterpriseYear year : years) {
      history.add(ScaleUpYear.builder().year(year.year()).aboveScale(year.aboveScale()).revenue(year.revenue())
          .build());
    }
    return builder().industryCode(profile.industryCode()).history(history).build();
  }

  @Value.Check
  void check() {
    industryCode().ifPresent(code -> Args.industryCode(code, "industryCode"));
    List<ScaleUpYear> history = Args.listCopy(history(), "history");
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      if (!seen.add(history.get(i).year())) {
        throw new InvalidInputException("history/" + i + "/year", history.get(i).year(), "must be unique");
      }
    }
  }

  /**
   * Builds a {@link ScaleUpRewardRequest}. Each setter returns this builder; {@code build()} validates, throwing
   * {@link InvalidInputException} if the history is not set (null), a year is null or repeated, or the industry code
   * malformed, naming the field ({@code history}, {@code history/1}, {@code history/1/year}, {@code industryCode}).
   */
  public static class Builder extends ImmutableScaleUpRewardRequest.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
