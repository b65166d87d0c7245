package io.github.huiqi.core.outcome;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * The part of an outcome's range that no fact decides ({@code widthFixedByAuthority}): carried by the builder, copied
 * by {@code toBuilder}, written and read back in JSON, left out of the JSON when absent, never negative.
 */
class MeasureOutcomeAuthorityWidthTest {

  @Test
  void test_roundTrips_andIsLeftOutWhenAbsent() {
    // the 小升规 reward's "最高20万元": 0 – 200,000, all of it the authority's to fix
    MeasureOutcome outcome = OutcomeFixtures.firstLoanSubsidy().amount(OutcomeAmount.upTo(Cny.of("200000")))
        .widthFixedByAuthority(Cny.of("200000")).build();
    assertThat(outcome.widthFixedByAuthority()).contains(Cny.of("200000"));
    assertThat(outcome.toBuilder().build()).isEqualTo(outcome);
    String json = HuiqiJson.write(outcome);
    assertThat(json).contains("\"widthFixedByAuthority\"");
    assertThat(HuiqiJson.read(json, MeasureOutcome.class)).isEqualTo(outcome);
    assertThat(HuiqiJson.write(OutcomeFixtures.firstLoanSubsidy().build())).doesNotContain("widthFixedByAuthority");
  }

  @Test
  void test_negative_refusedNamingTheField() {
    assertField(() -> OutcomeFixtures.firstLoanSubsidy().widthFixedByAuthority(Cny.of("-0.01")).build(),
        "widthFixedByAuthority");
  }
}
