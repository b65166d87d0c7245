package io.github.huiqi.calculators.employment.hiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The one-off hiring subsidy against {@link HiringOracle} on seeded random firms: hires on 2023's first and last days
 * and a day outside, 2 or 3 months unemployed, graduates of 2022, 2023 and 2024, contracts ending the day before the
 * anniversary or one day short of it (a 29 February among them), insurance paid, not or not known; through the
 * plain, explaining and JSON forms.
 */
class HiringOraclePropertyTest {

  private static final long SEED = 0x5EED_41AEL;
  private static final int CASES = 3000;
  private static final HiringMeasure MEASURE = PolicyData.builtIn().getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final HiringCalculator CALCULATOR = HiringCalculator.DEFAULT;
  private static final LocalDate[] DATES = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 2, 28), LocalDate.of(2023, 3, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)};

  @Test
  void test_subsidy_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      List<HiringOracle.Hire> hires = randomHires(random);
      String label = "seed " + SEED + " case " + i + ": " + hires;
      HiringOracle.Expected expected = HiringOracle.expected(hires);
      HiringRequest request = new HiringRequest(build(hires));

      HiringResult result = CALCULATOR.explainSubsidy(MEASURE, request);
      check(label, result, expected);
      if (expected.open() == 0) {
        assertThat(Cny.yuan(CALCULATOR.subsidy(MEASURE, request), "subsidy")).as(label)
            .isEqualByComparingTo(expected.least());
      } else {
        assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      }
      if (i % 20 == 0) {
        // the engine on a Shanghai employer whose hires these are, evaluated at the end of 2023
        MeasureOutcome outcome = CatalogRuns.both(HiringMeasure.SHANGHAI_2023.id(), EnterpriseProfile.builder()
            .registrationRegionCode("310115").hires(build(hires)).build(), HiringOracle.LAST);
        CatalogRuns.assertRange(label + " (engine)", outcome, expected.verdict(), expected.least(),
            expected.most());
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE, HuiqiJson.write(request)),
            HiringResult.class), expected);
      }
    }
  }

  private static void check(String label, HiringResult result, HiringOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(result.eligibleHires()).as(label).isEqualTo(expected.eligible());
    assertThat(result.undeterminedHires()).as(label).isEqualTo(expected.open());
    assertThat(Cny.yuan(result.subsidy().minimum(), "minimum")).as(label).isEqualByComparingTo(expected.least());
    assertThat(Cny.yuan(result.subsidy().maximum(), "maximum")).as(label).isEqualByComparingTo(expected.most());
  }

  private static List<HiringOracle.Hire> randomHires(Random random) {
    List<HiringOracle.Hire> hires = new ArrayList<>();
    int count = random.nextInt(10) == 0 ? 0 : 1 + random.nextInt(4);
    for (int k = 0; k < count; k++) {
      LocalDate hired = random.nextBoolean() ? DATES[random.nextInt(DATES.length)]
          : LocalDate.of(2022, 12, 1).plusDays(random.nextInt(420));
      LocalDate anniversaryEve = hired.plusYears(1).minusDays(1);
      LocalDate end = switch (random.nextInt(4)) {
        case 0 -> anniversaryEve;
        case 1 -> anniversaryEve.minusDays(1);
        case 2 -> anniversaryEve.plusDays(1);
        default -> hired.plusDays(random.nextInt(900));
      };
      int insurance = random.nextInt(6);
      hires.add(new HiringOracle.Hire(hired, random.nextInt(6), random.nextBoolean(), 2022 + random.nextInt(3),
          random.nextInt(5) == 0, end, insurance == 0 ? null : insurance != 1));
    }
    return hires;
  }

  private static List<HiringRecord> build(List<HiringOracle.Hire> hires) {
    List<HiringRecord> built = new ArrayList<>();
    for (int k = 0; k < hires.size(); k++) {
      HiringOracle.Hire h = hires.get(k);
      HiringRecord.Builder builder = HiringRecord.builder().hireId("P" + k).hireDate(h.hired())
          .registeredUnemployedMonths(h.unemployedMonths()).shanghaiGraduate(h.shanghaiGraduate())
          .graduationYear(h.graduationYear()).openEndedContract(h.openEnded()).contractEnd(h.contractEnd());
      if (h.insurancePaid() != null) {
        builder.socialInsurancePaid(h.insurancePaid());
      }
      built.add(builder.build());
    }
    return built;
  }
}
