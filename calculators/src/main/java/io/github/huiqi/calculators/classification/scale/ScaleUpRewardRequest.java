package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A request for the 小升规 reward: the firm's industry and its yearly 规上 history.
 * <p>
 * In JSON: {@code {"industryCode": "C3484", "history": [{"year": 2021, "aboveScale": false, ...}, {"year": 2022,
 * "aboveScale": true, "revenue": {...}}, {"year": 2023, "aboveScale": true, "revenue": {...}}]}}. The years may come
 * in any order, each at most once.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param industryCode  the GB/T 4754-2017 code, such as {@code C3484}; empty if not known
 * @param history  the years known
 */
public record ScaleUpRewardRequest(Optional<String> industryCode, List<ScaleUpYear> history) {

  /**
   * Creates a request.
   *
   * @throws InvalidInputException if a field is null, the code malformed or a year repeated, naming it
   */
  public ScaleUpRewardRequest {
    Args.notNullOptional(industryCode, "industryCode").ifPresent(code -> {
      if (!Args.isIndustryCode(code)) {
        throw new InvalidInputException("industryCode", code,
            "must be a GB/T 4754-2017 code: a section letter A..T with 0, 2, 3 or 4 digits, such as C3484");
      }
    });
    history = Args.listCopy(history, "history");
    Set<Integer> seen = new HashSet<>();
    for (int i = 0; i < history.size(); i++) {
      if (!seen.add(history.get(i).year())) {
        throw new InvalidInputException("history/" + i + "/year", history.get(i).year(), "must be unique");
      }
    }
  }

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
      history.add(new ScaleUpYear(year.year(), year.aboveScale(), year.revenue()));
    }
    return new ScaleUpRewardRequest(profile.industryCode(), history);
  }
}
