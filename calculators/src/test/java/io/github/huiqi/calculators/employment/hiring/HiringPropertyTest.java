package io.github.huiqi.calculators.employment.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of {@link HiringCalculator} over seeded random hires (the seed is in the test's name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}): each hire's verdict is the clause's, read afresh
 * here in three-valued logic; the subsidy is 2,000 × the eligible hires
 * (沪企服办〔2023〕1号 第十九条 "按照2000元/人的标准"), the range's top adds 2,000 per undetermined hire, and a further hire
 * never lowers it.
 */
class HiringPropertyTest {

  private static final HiringMeasure MEASURE = PolicyData.builtIn().getMeasure(HiringMeasure.SHANGHAI_2023);
  private static final BigDecimal PER_HIRE = new BigDecimal("2000.00");

  private static HiringRecord hire(Random random, int index) {
    LocalDate hired = LocalDate.of(2022, 12, 20).plusDays(random.nextInt(390));
    HiringRecord.Builder builder = HiringRecord.builder().hireId("H-" + index).hireDate(hired);
    if (random.nextInt(5) > 0) {
      builder.registeredUnemployedMonths(random.nextInt(7));
    }
    if (random.nextInt(5) > 0) {
      builder.shanghaiGraduate(random.nextBoolean());
    }
    if (random.nextInt(5) > 0) {
      builder.graduationYear(2021 + random.nextInt(4));
    }
    if (random.nextInt(5) == 0) {
      builder.openEndedContract(true);
    } else if (random.nextInt(5) > 0) {
      builder.contractEnd(hired.plusMonths(6 + random.nextInt(18)).minusDays(random.nextInt(3)));
      if (random.nextBoolean()) {
        builder.openEndedContract(false);
      }
    }
    if (random.nextInt(5) > 0) {
      builder.socialInsurancePaid(random.nextInt(4) > 0);
    }
    return builder.build();
  }

  /** The clause read afresh in three-valued logic (null = not known): all four conditions, the group an "or". */
  private static Verdict oracle(HiringRecord hire) {
    Boolean window = hire.hireDate().getYear() == 2023;
    Boolean unemployed = hire.registeredUnemployedMonths().map(m -> m >= 3).orElse(null);
    // a city graduate and of 2023: false when either part is known false (a year outside the cohort rules it out
    // whether or not the college is the city's), true when both are known true
    Boolean city = hire.shanghaiGraduate().orElse(null);
    Boolean cohort = hire.graduationYear().map(y -> y == 2023).orElse(null);
    Boolean graduate = Boolean.FALSE.equals(city) || Boolean.FALSE.equals(cohort) ? Boolean.FALSE
        : Boolean.TRUE.equals(city) && Boolean.TRUE.equals(cohort) ? Boolean.TRUE : null;
    Boolean group = Boolean.TRUE.equals(unemployed) || Boolean.TRUE.equals(graduate) ? Boolean.TRUE
        : Boolean.FALSE.equals(unemployed) && Boolean.FALSE.equals(graduate) ? Boolean.FALSE : null;
    // a year or more: open-ended, or an end on or after the anniversary's eve; an end before it fails only a contract
    // known not to be open-ended (with the flag not known, an open-ended one may have had that end filled in:
    // decisions register §4.6 item 122)
    Boolean longEnough = hire.contractEnd().map(end -> !end.isBefore(hire.hireDate().plusYears(1).minusDays(1)))
        .orElse(null);
    Boolean contract = hire.openEndedContract().orElse(false) || Boolean.TRUE.equals(longEnough) ? Boolean.TRUE
        : Boolean.FALSE.equals(longEnough) && hire.openEndedContract().isPresent() ? Boolean.FALSE : null;
    Boolean insurance = hire.socialInsurancePaid().orElse(null);
    List<Boolean> all = Arrays.asList(window, group, contract, insurance);
    return all.contains(Boolean.FALSE) ? Verdict.INELIGIBLE : all.contains(null) ? Verdict.UNDETERMINED
        : Verdict.ELIGIBLE;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_subsidyIsTwoThousandPerEligibleHire_andNeverFallsWithAnotherHire(long seed) {
    Random random = new Random(seed);
    List<HiringRecord> hires = new ArrayList<>();
    int count = random.nextInt(8);
    for (int i = 0; i < count; i++) {
      hires.add(hire(random, i));
    }
    HiringResult result = HiringCalculator.DEFAULT.explainSubsidy(MEASURE, new HiringRequest(hires));
    for (int i = 0; i < hires.size(); i++) {
      assertThat(result.decisions().get(i).eligibility().verdict()).as("hire %d", i).isEqualTo(oracle(hires.get(i)));
    }
    long eligible = hires.stream().filter(h -> oracle(h) == Verdict.ELIGIBLE).count();
    long undetermined = hires.stream().filter(h -> oracle(h) == Verdict.UNDETERMINED).count();
    assertThat(result.subsidy().minimum()).isEqualTo(Cny.of(PER_HIRE.multiply(BigDecimal.valueOf(eligible))));
    assertThat(result.subsidy().maximum()).isEqualTo(Cny.of(PER_HIRE.multiply(BigDecimal.valueOf(eligible
        + undetermined))));
    assertThat(result.eligibility().verdict() == Verdict.ELIGIBLE).isEqualTo(eligible > 0);
    List<HiringRecord> more = new ArrayList<>(hires);
    more.add(hire(random, count));
    HiringResult after = HiringCalculator.DEFAULT.explainSubsidy(MEASURE, new HiringRequest(more));
    assertThat(after.subsidy().minimum().isGreaterThanOrEqualTo(result.subsidy().minimum())).isTrue();
  }
}
