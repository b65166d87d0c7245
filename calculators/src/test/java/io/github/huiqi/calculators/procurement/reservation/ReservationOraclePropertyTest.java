package io.github.huiqi.calculators.procurement.reservation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import java.math.BigDecimal;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The SME reservation against {@link ReservationOracle} on seeded random projects: budgets at 4,000,000 to the fen
 * either side, reservations at the whole budget or 40% of it to the fen either side (a 40% with a third decimal
 * among them); both built-in measures, through the plain, explaining and JSON forms.
 */
class ReservationOraclePropertyTest {

  private static final long SEED = 0x5EED_4E5EL;
  private static final int CASES = 4000;
  private static final PolicyData DATA = PolicyData.builtIn();

  @Test
  void test_meetsRule_agreesWithTheOracle() {
    Random random = new Random(SEED);
    ReservationMeasure[] measures = {DATA.getMeasure(ReservationMeasure.SHENZHEN_2023),
        DATA.getMeasure(ReservationMeasure.SHANGHAI_2023)};
    for (int i = 0; i < CASES; i++) {
      BigDecimal budget = random.nextBoolean()
          ? ReservationOracle.WHOLLY_UP_TO.add(BigDecimal.valueOf(random.nextInt(7) - 3, 2))
          : BigDecimal.valueOf(1 + random.nextLong(5_000_000_000L), 2);
      BigDecimal anchor = budget.compareTo(ReservationOracle.WHOLLY_UP_TO) <= 0 && random.nextInt(4) != 0 ? budget
          : budget.multiply(ReservationOracle.SHARE).setScale(2, java.math.RoundingMode.HALF_UP);
      BigDecimal reserved = random.nextInt(5) == 0 ? BigDecimal.valueOf(random.nextLong(
          budget.movePointRight(2).longValueExact() + 1), 2)
          : anchor.add(BigDecimal.valueOf(random.nextInt(5) - 2, 2)).max(BigDecimal.ZERO).min(budget);
      ReservationMeasure measure = measures[random.nextInt(2)];
      String label = "seed " + SEED + " case " + i + ": " + measure.id() + " budget " + budget + ", reserved "
          + reserved;
      ReservationOracle.Expected expected = ReservationOracle.expected(budget, reserved);
      ReservationRequest request = new ReservationRequest(Cny.of(budget), Cny.of(reserved));

      assertThat(ReservationCalculator.DEFAULT.meetsRule(measure, request)).as(label).isEqualTo(expected.meets());
      check(label, ReservationCalculator.DEFAULT.explainMeetsRule(measure, request), expected);
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(ReservationCalculator.DEFAULT.explainMeetsRuleJson(measure,
            HuiqiJson.write(request)), ReservationResult.class), expected);
      }
    }
  }

  private static void check(String label, ReservationResult result, ReservationOracle.Expected expected) {
    assertThat(result.fullyReserved()).as(label).isEqualTo(expected.wholly());
    assertThat(Cny.yuan(result.requiredReservation(), "required")).as(label)
        .isEqualByComparingTo(expected.required());
    assertThat(result.meetsRule()).as(label).isEqualTo(expected.meets());
  }
}
