package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.core.json.HuiqiJson;
import org.junit.jupiter.api.Test;

/** The engine's options: values equal by their two choices, copies that change one, and their JSON. */
class EngineOptionsTest {

  @Test
  void equalByBothChoices_eachCopyChangesOne() {
    EngineOptions higher = EngineOptions.DEFAULTS.withUnsettledStacking(UnsettledStacking.COUNT_HIGHER);
    EngineOptions larger = EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER);
    assertThat(higher.unsettledStacking()).isEqualTo(UnsettledStacking.COUNT_HIGHER);
    assertThat(higher.interestSubsidyPrecedence()).isEqualTo(StackingPrecedence.FIRST_CLAIMED);
    assertThat(larger.unsettledStacking()).isEqualTo(UnsettledStacking.COUNT_BOTH);
    assertThat(larger.interestSubsidyPrecedence()).isEqualTo(StackingPrecedence.LARGER);
    assertThat(higher).isNotEqualTo(EngineOptions.DEFAULTS).isNotEqualTo(larger).isNotEqualTo("COUNT_HIGHER");
    assertThat(larger).isNotEqualTo(EngineOptions.DEFAULTS);
    EngineOptions again = EngineOptions.DEFAULTS.withUnsettledStacking(UnsettledStacking.COUNT_HIGHER);
    assertThat(again).isEqualTo(higher).hasSameHashCodeAs(higher);
    assertThat(EngineOptions.DEFAULTS.withUnsettledStacking(UnsettledStacking.COUNT_BOTH))
        .isEqualTo(EngineOptions.DEFAULTS).hasSameHashCodeAs(EngineOptions.DEFAULTS);
    assertThat(higher).hasToString("EngineOptions[unsettledStacking=COUNT_HIGHER, "
        + "interestSubsidyPrecedence=FIRST_CLAIMED]");
  }

  @Test
  void json_eachChoiceOrItsDefault() {
    assertThat(HuiqiJson.read("{\"interestSubsidyPrecedence\": \"LARGER\"}", EngineOptions.class))
        .isEqualTo(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(StackingPrecedence.LARGER));
    assertThat(HuiqiJson.read("{}", EngineOptions.class)).isEqualTo(EngineOptions.DEFAULTS);
  }
}
