package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 小升规 reward against {@link ScaleUpRewardOracle} on seeded random histories: entries from 2019 to 2026 (the
 * plan's years 2022–2024 and a year either side), years missing or with their status or revenue not known, revenue
 * equal, a fen up or down; industrial codes and others; through the plain, explaining and JSON forms.
 */
class ScaleUpRewardOraclePropertyTest {

  private static final long SEED = 0x5EED_5CA1L;
  private static final int CASES = 3000;
  private static final ScaleUpRewardMeasure MEASURE =
      PolicyData.builtIn().getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);
  private static final ScaleUpRewardCalculator CALCULATOR = ScaleUpRewardCalculator.DEFAULT;
  private static final String[] CODES = {"C3311", "B0610", "D4411", "I6511", "E4710", "F5211"};

  @Test
  void test_reward_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      String code = random.nextInt(10) == 0 ? null : random.nextInt(4) == 0 ? CODES[random.nextInt(CODES.length)]
          : "C3311";
      List<ScaleUpRewardOracle.Year> history = randomHistory(random);
      String label = "seed " + SEED + " case " + i + ": " + code + " " + history;
      ScaleUpRewardOracle.Expected expected = ScaleUpRewardOracle.expected(code, history);
      ScaleUpRewardRequest request = ScaleUpRewardRequest.builder().industryCode(Optional.ofNullable(code))
          .history(build(history)).build();

      check(label, CALCULATOR.explainReward(MEASURE, request), expected);
      BigDecimal most = expected.verdict().equals("INELIGIBLE") ? BigDecimal.ZERO : ScaleUpRewardOracle.CEILING;
      if (expected.verdict().equals("UNDETERMINED")) {
        assertThatThrownBy(() -> CALCULATOR.maximumReward(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      } else {
        assertThat(Cny.yuan(CALCULATOR.maximumReward(MEASURE, request), "reward")).as(label)
            .isEqualByComparingTo(most);
      }
      if (i % 20 == 0) {
        // the engine on a firm whose years carry this history: up to 200,000 unless ineligible
        List<EnterpriseYear> years = new ArrayList<>();
        for (ScaleUpRewardOracle.Year y : history) {
          years.add(EnterpriseYear.builder().year(y.year()).aboveScale(Optional.ofNullable(y.inDatabase()))
              .revenue(Optional.ofNullable(y.revenue()).map(Cny::of)).build());
        }
        MeasureOutcome outcome = CatalogRuns.both(ScaleUpRewardMeasure.SHENZHEN_2022.id(), EnterpriseProfile
            .builder().registrationRegionCode("440306").industryCode(Optional.ofNullable(code)).years(years).build(),
            LocalDate.of(2024, 12, 31));
        assertThat(outcome.verdict().name()).as(label + " (engine)").isEqualTo(expected.verdict());
        assertThat(outcome.amount()).as(label + " (engine)").isEqualTo(expected.verdict().equals("INELIGIBLE")
            ? OutcomeAmount.ZERO : OutcomeAmount.upTo(Cny.of(ScaleUpRewardOracle.CEILING.setScale(2))));
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainRewardJson(MEASURE, HuiqiJson.write(request)),
            ScaleUpRewardResult.class), expected);
      }
    }
  }

  private static void check(String label, ScaleUpRewardResult result, ScaleUpRewardOracle.Expected expected) {
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(result.entryYear()).as(label).isEqualTo(Optional.ofNullable(expected.entry()));
    assertThat(Cny.yuan(result.amount().minimum(), "minimum")).as(label).isEqualByComparingTo(BigDecimal.ZERO);
    assertThat(Cny.yuan(result.amount().maximum(), "maximum")).as(label).isEqualByComparingTo(
        expected.verdict().equals("INELIGIBLE") ? BigDecimal.ZERO : ScaleUpRewardOracle.CEILING);
  }

  /** Consecutive years with one dropped now and then: not in the database, then in it from an entry year. */
  private static List<ScaleUpRewardOracle.Year> randomHistory(Random random) {
    List<ScaleUpRewardOracle.Year> history = new ArrayList<>();
    int first = 2017 + random.nextInt(8);
    int entry = 2019 + random.nextInt(8);
    BigDecimal revenue = BigDecimal.valueOf(random.nextInt(100_000_000), 2).add(new BigDecimal("20000000"));
    for (int year = first; year <= first + 1 + random.nextInt(6); year++) {
      if (random.nextInt(8) == 0) {
        continue;
      }
      Boolean in = random.nextInt(10) == 0 ? null : year >= entry && random.nextInt(12) != 0;
      BigDecimal figure = random.nextInt(10) == 0 ? null : revenue;
      history.add(new ScaleUpRewardOracle.Year(year, in, figure));
      revenue = revenue.add(switch (random.nextInt(4)) {
        case 0 -> BigDecimal.ZERO;
        case 1 -> new BigDecimal("0.01");
        case 2 -> new BigDecimal("-0.01");
        default -> BigDecimal.valueOf(random.nextInt(2_000_000) - 500_000, 2);
      });
    }
    java.util.Collections.shuffle(history, random);
    return history;
  }

  private static List<ScaleUpYear> build(List<ScaleUpRewardOracle.Year> history) {
    List<ScaleUpYear> built = new ArrayList<>();
    for (ScaleUpRewardOracle.Year y : history) {
      built.add(ScaleUpYear.builder().year(y.year()).aboveScale(Optional.ofNullable(y.inDatabase()))
          .revenue(Optional.ofNullable(y.revenue()).map(Cny::of)).build());
    }
    return built;
  }
}
