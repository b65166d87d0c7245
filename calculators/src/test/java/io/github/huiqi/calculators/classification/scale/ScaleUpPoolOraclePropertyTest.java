package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The 小升规 cultivation pool against {@link ScaleUpPoolOracle} on seeded random firms: revenue at 10,000,000 and
 * 20,000,000 to the fen either side, every size, industrial codes and others, each fact sometimes not given; through
 * the plain, explaining and JSON forms.
 */
class ScaleUpPoolOraclePropertyTest {

  private static final long SEED = 0x5EED_9001L;
  private static final int CASES = 3000;
  private static final ScaleUpPoolMeasure MEASURE = PolicyData.builtIn().getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
  private static final String[] CODES = {"C3311", "B0610", "D4411", "I6511", "E4710", "F5211", "A0111"};

  @Test
  void test_membership_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      String code = random.nextInt(8) == 0 ? null : CODES[random.nextInt(CODES.length)];
      EnterpriseSize size = random.nextInt(8) == 0 ? null : EnterpriseSize.values()[random.nextInt(4)];
      BigDecimal revenue = random.nextInt(8) == 0 ? null : random.nextBoolean()
          ? (random.nextBoolean() ? ScaleUpPoolOracle.LOW : ScaleUpPoolOracle.HIGH)
              .add(BigDecimal.valueOf(random.nextInt(3) - 1, 2))
          : BigDecimal.valueOf(random.nextLong(4_000_000_000L), 2);
      String label = "seed " + SEED + " case " + i + ": " + code + ", " + size + ", " + revenue;
      String expected = ScaleUpPoolOracle.expected(code, size, revenue);
      ScaleUpPoolRequest request = ScaleUpPoolRequest.builder().industryCode(Optional.ofNullable(code))
          .size(Optional.ofNullable(size)).priorYearRevenue(Optional.ofNullable(revenue).map(Cny::of)).build();

      assertThat(ScaleUpPoolCalculator.DEFAULT.explainMembership(MEASURE, request).eligibility().verdict().name())
          .as(label).isEqualTo(expected);
      if (expected.equals("UNDETERMINED")) {
        assertThatThrownBy(() -> ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request)).as(label)
            .isInstanceOf(MissingFactsException.class);
      } else {
        assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(MEASURE, request)).as(label)
            .isEqualTo(expected.equals("ELIGIBLE"));
      }
      if (i % 10 == 0) {
        assertThat(HuiqiJson.read(ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(MEASURE,
            HuiqiJson.write(request)), ScaleUpPoolResult.class).eligibility().verdict().name()).as(label + " (JSON)")
            .isEqualTo(expected);
      }
    }
  }
}
