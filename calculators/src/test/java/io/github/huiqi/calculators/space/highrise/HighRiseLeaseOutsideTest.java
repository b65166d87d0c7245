package io.github.huiqi.calculators.space.highrise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The 工业上楼 average-rent ceiling (深工信〔2023〕26号 第3条 "平均租金价格…不高于35元/月/平方米", valid 2023-01-01 to
 * 2023-12-31) with a lease whose {@code highRiseProject} is not given but which runs no day within the ceiling's
 * validity (decisions register §4.4 item 28, §4.6 item 143), through the engine typed (plain and explained) and its
 * {@code evaluateJson}. Such a lease is out of the programme in a 工业上楼 project or not, so its flag decides nothing
 * and is not named; before 2026-12-07 the outcome was undetermined naming it, though true and false both give
 * ineligible (found by EntitlementFactNamingPropertyTest's completion audit on fresh seeds, seed 112, rich firm 24 on
 * 2024-03-15: a lease of 2021-08-13 to 2022-08-13, its flag not given).
 */
class HighRiseLeaseOutsideTest {

  private static final MeasureId HIGH_RISE = new MeasureId("sz-gxj-2023-26.high-rise-average-rent");
  private static final LocalDate AS_OF = LocalDate.of(2024, 3, 15);

  /** A lease of 876 m² from start to end, its flag as given (null: not given). */
  private static String lease(String id, String start, String end, Boolean highRise) {
    return "{\"leaseId\": \"" + id + "\", \"area\": 876, \"start\": \"" + start + "\", \"end\": \"" + end + "\""
        + ", \"monthlyRent\": {\"amount\": 26280.00, \"currency\": \"CNY\"}"
        + (highRise == null ? "" : ", \"highRiseProject\": " + highRise) + "}";
  }

  /** A 宝安区 small enterprise with its leases. */
  private static List<MeasureOutcome> outcomes(String... leases) {
    String profile = "{\"registrationRegionCode\": \"440306\", \"industryCode\": \"C3484\", \"size\": \"SMALL\""
        + ", \"leases\": [" + String.join(", ", leases) + "]}";
    return EngineJsonOutcomes.threeWays(profile, AS_OF, HIGH_RISE);
  }

  @Test
  void test_theFoundLease_endedBeforeTheValidity_isNotAsked() {
    // 2021-08-13 to 2022-08-13 ends before 2023-01-01: no day within the validity, so in a project or not it is out
    // of the programme; ineligible, nothing named (before: undetermined naming /leases/0/highRiseProject)
    List<MeasureOutcome> all = outcomes(lease("R0", "2021-08-13", "2022-08-13", null));
    for (MeasureOutcome outcome : all) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(outcome.missingFacts()).isEmpty();
    }
    // explained: the condition failed, "not-" its code
    assertThat(all.get(1).reasons()).extracting(Reason::code).containsExactly("not-high-rise-lease");
  }

  @Test
  void test_theValiditysEdges_endOrStart() {
    // ends 2022-12-31, the day before the validity: ineligible, nothing named; ends 2023-01-01, its first day: a day
    // within, so the flag decides (true: eligible; false: ineligible) and is named
    for (MeasureOutcome outcome : outcomes(lease("R0", "2021-01-01", "2022-12-31", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.missingFacts()).isEmpty();
    }
    for (MeasureOutcome outcome : outcomes(lease("R0", "2021-01-01", "2023-01-01", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.missingFacts()).containsExactly("/leases/0/highRiseProject");
    }
    // starts 2024-01-01, the day after the validity's last: ineligible, nothing named; starts 2023-12-31, its last
    // day: named
    for (MeasureOutcome outcome : outcomes(lease("R0", "2024-01-01", "2026-12-31", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.missingFacts()).isEmpty();
    }
    for (MeasureOutcome outcome : outcomes(lease("R0", "2023-12-31", "2026-12-31", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.missingFacts()).containsExactly("/leases/0/highRiseProject");
    }
  }

  @Test
  void test_beside_aLeaseWithin_onlyThatOneDecides() {
    // R0 ended 2022-08-13, its flag not given, beside R1 (2023-03-01 to 2025-02-28) in a project: eligible, nothing
    // named; R1 known not in a project: ineligible, nothing named (before: undetermined naming R0's flag)
    for (MeasureOutcome outcome : outcomes(lease("R0", "2021-08-13", "2022-08-13", null),
        lease("R1", "2023-03-01", "2025-02-28", true))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.missingFacts()).isEmpty();
    }
    for (MeasureOutcome outcome : outcomes(lease("R0", "2021-08-13", "2022-08-13", null),
        lease("R1", "2023-03-01", "2025-02-28", false))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.missingFacts()).isEmpty();
    }
  }
}
