package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;

/**
 * The 龙岗区 firm the rent-support engine tests share (RentShareAuthorityWidthTest, RentShareKnownCapTest): a small
 * 龙岗区 enterprise with its leases, evaluated for support year 2023 (2022's rent) through the engine typed (plain and
 * explained) and its {@code evaluateJson}.
 */
final class RentShareLonggangFirms {

  private static final MeasureId LONGGANG = new MeasureId("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
  /** Support year 2023: the rent counted is 2022's. */
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private RentShareLonggangFirms() {
  }

  /** A lease running 2021–2025: its park as given (null: not given), its 2022 rent as given (null: not given). */
  static String lease(String id, Boolean park, String rent2022) {
    return "{\"leaseId\": \"" + id + "\", \"area\": 500, \"start\": \"2021-01-01\", \"end\": \"2025-12-31\""
        + (park == null ? "" : ", \"districtPark\": " + park)
        + (rent2022 == null ? "" : ", \"rentPaid\": [{\"year\": 2022, \"amount\": {\"amount\": " + rent2022
            + ", \"currency\": \"CNY\"}}]") + "}";
  }

  /** A 龙岗区 small enterprise with its leases; high-tech since 2022 unless {@code highTech} is false (not given). */
  static String profile(boolean highTech, String... leases) {
    return "{\"registrationRegionCode\": \"440307\", \"industryCode\": \"I6513\", \"size\": \"SMALL\""
        + (highTech ? ", \"highTech\": {\"held\": true, \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"}" : "")
        + ", \"leases\": [" + String.join(", ", leases) + "]}";
  }

  /** The rent support's outcome the three ways on 2023-06-30: typed plain, typed explained, and evaluateJson. */
  static List<MeasureOutcome> outcomes(String profileJson) {
    return EngineJsonOutcomes.threeWays(profileJson, AS_OF, LONGGANG);
  }
}
