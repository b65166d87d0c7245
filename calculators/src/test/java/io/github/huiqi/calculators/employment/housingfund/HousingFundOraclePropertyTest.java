package io.github.huiqi.calculators.employment.housingfund;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The housing-fund deferral against {@link HousingFundOracle} on seeded random applications: applied on 2023-01-01,
 * 2023-06-30 and a day either side, deferrals from the first, the 28th to the 31st of a month and 29 February,
 * requested ends on, a day before and a day after the latest, or none, difficulty or not or not known; through the
 * plain, explaining and JSON forms.
 */
class HousingFundOraclePropertyTest {

  private static final long SEED = 0x5EED_40F0L;
  private static final int CASES = 3000;
  private static final HousingFundMeasure MEASURE =
      PolicyData.builtIn().getMeasure(HousingFundMeasure.SHENZHEN_2023);
  private static final HousingFundCalculator CALCULATOR = HousingFundCalculator.DEFAULT;
  private static final LocalDate[] APPLIED = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 6, 30), LocalDate.of(2023, 7, 1)};
  private static final LocalDate[] STARTS = {LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 28),
      LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 7, 1), LocalDate.of(2024, 2, 29),
      LocalDate.of(2023, 8, 30)};

  @Test
  void test_deferredUntil_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      LocalDate applied = random.nextBoolean() ? APPLIED[random.nextInt(APPLIED.length)]
          : LocalDate.of(2022, 11, 1).plusDays(random.nextInt(300));
      LocalDate start = random.nextBoolean() ? STARTS[random.nextInt(STARTS.length)]
          : applied.plusDays(random.nextInt(200));
      LocalDate latest = HousingFundOracle.latest(start);
      LocalDate requested = switch (random.nextInt(5)) {
        case 0 -> null;
        case 1 -> latest;
        case 2 -> latest.minusDays(1);
        case 3 -> latest.plusDays(1);
        default -> start.plusDays(random.nextInt(500));
      };
      int pick = random.nextInt(6);
      Boolean hardship = pick == 0 ? null : pick != 1;
      String label = "seed " + SEED + " case " + i + ": applied " + applied + ", start " + start + ", requested "
          + requested + ", hardship " + hardship;
      HousingFundOracle.Expected expected = HousingFundOracle.expected(applied, start, requested, hardship);
      HousingFundDeferral.Builder builder = HousingFundDeferral.builder().applicationId("A1")
          .applicationDate(applied).deferralStart(start).requestedEnd(Optional.ofNullable(requested));
      if (hardship != null) {
        builder.hardship(hardship);
      }
      HousingFundDeferral application = builder.build();

      check(label, CALCULATOR.explainDeferredUntil(MEASURE, application), expected);
      if (expected.verdict().equals("UNDETERMINED")) {
        assertThatThrownBy(() -> CALCULATOR.deferredUntil(MEASURE, application)).as(label)
            .isInstanceOf(MissingFactsException.class);
      } else {
        assertThat(CALCULATOR.deferredUntil(MEASURE, application)).as(label)
            .isEqualTo(Optional.ofNullable(expected.until()));
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainDeferredUntilJson(MEASURE,
            HuiqiJson.write(application)), HousingFundResult.class), expected);
      }
    }
  }

  private static void check(String label, HousingFundResult result, HousingFundOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(result.latestEnd()).as(label).isEqualTo(expected.latest());
    assertThat(result.deferredUntil()).as(label).isEqualTo(Optional.ofNullable(expected.until()));
    assertThat(result.requestCapped()).as(label).isEqualTo(expected.capped());
  }
}
