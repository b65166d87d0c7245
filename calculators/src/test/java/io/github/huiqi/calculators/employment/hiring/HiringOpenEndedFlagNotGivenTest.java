package io.github.huiqi.calculators.employment.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A hire whose contract's end is given and comes early, with the open-ended flag not given (decisions register §4.6
 * item 122), through the engine typed (plain and explained) and its {@code evaluateJson}: 沪企服办〔2023〕1号 第十九条
 * "签订1年及以上劳动合同…按照2000元/人的标准给予一次性吸纳就业补贴". An open-ended contract meets the term whatever end a
 * system filled in (HiringRecord, item 69), so the early end fails it only for a contract known to be fixed-term; with
 * the flag not given the hire is open, naming {@code /hires/0/openEndedContract}. Before 2026-12-07 it read
 * ineligible, 0.00, though the firm with the flag true gets 2,000.00 (found by the engine fact-drop hunt's flip
 * check, rich population seed 1, firm 15: dropping {@code /hires/0/openEndedContract}, flipped to true).
 */
class HiringOpenEndedFlagNotGivenTest {

  private static final MeasureId HIRING = new MeasureId("sh-qfb-2023-1.hiring-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /**
   * A 浦东新区 enterprise with one hire of 2023-04-01, registered unemployed 5 months, insurance paid, its contract
   * ending on the given day, the open-ended flag as given (null: not given).
   */
  private static String profile(String end, Boolean openEnded) {
    String flag = openEnded == null ? "" : ", \"openEndedContract\": " + openEnded;
    return "{\"registrationRegionCode\": \"310115\", \"legalForm\": \"ENTERPRISE\", \"hires\": [{\"hireId\": \"H0\","
        + " \"hireDate\": \"2023-04-01\", \"registeredUnemployedMonths\": 5, \"contractEnd\": \"" + end + "\""
        + flag + ", \"socialInsurancePaid\": true}]}";
  }

  /** The measure's outcome the three ways: typed plain, typed explained, and through evaluateJson; they must agree. */
  private static List<MeasureOutcome> outcomes(String profileJson) {
    return EngineJsonOutcomes.threeWays(profileJson, AS_OF, HIRING);
  }

  @Test
  void test_earlyEndAndFlagNotGiven_openFromZeroToTwoThousand_namingTheFlag() {
    // hired 2023-04-01: a year's contract runs to the anniversary's eve 2024-03-31 at least; the end 2023-12-31 is
    // early. Flag true: the term is met, 1 hire × 2,000 = 2,000.00; flag false: it fails, 0.00. Not given: either,
    // so 0.00 – 2,000.00, undetermined, naming the flag alone (the end is given)
    for (MeasureOutcome open : outcomes(profile("2023-12-31", null))) {
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(open.amount().maximum()).contains(Cny.of("2000.00"));
      assertThat(open.missingFacts()).containsExactly("/hires/0/openEndedContract");
    }
    for (MeasureOutcome openEnded : outcomes(profile("2023-12-31", true))) {
      // 第十九条: 1 × 2,000 = 2,000.00, the open-ended contract meeting "1年及以上" whatever end was filled in
      assertThat(openEnded.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(openEnded.exactAmount()).contains(Cny.of("2000.00"));
    }
    for (MeasureOutcome fixed : outcomes(profile("2023-12-31", false))) {
      // a fixed term 2023-04-01..2023-12-31, nine months, short of a year: 0.00
      assertThat(fixed.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(fixed.exactAmount()).contains(Cny.of("0.00"));
    }
  }

  @Test
  void test_endOnTheAnniversarysEve_flagNotNeeded_eligible() {
    // 2023-04-01..2024-03-31 is exactly one year ("及以上" includes it): open-ended or not, the term is met, so the
    // flag not given is not asked for and the hire is eligible, 1 × 2,000 = 2,000.00; a day earlier, 2024-03-30, the
    // flag decides again
    for (MeasureOutcome year : outcomes(profile("2024-03-31", null))) {
      assertThat(year.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(year.exactAmount()).contains(Cny.of("2000.00"));
      assertThat(year.missingFacts()).isEmpty();
    }
    for (MeasureOutcome dayShort : outcomes(profile("2024-03-30", null))) {
      assertThat(dayShort.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(dayShort.amount().minimum()).isEqualTo(Cny.of("0.00"));
      assertThat(dayShort.amount().maximum()).contains(Cny.of("2000.00"));
      assertThat(dayShort.missingFacts()).containsExactly("/hires/0/openEndedContract");
    }
  }
}
