package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The cases where {@link StackingCompletions} leaves the ranges as the open stacking gives them (decisions register
 * §4.6 item 52): no fact, more than eight facts, a fact that is not a yes/no fact of the enterprise or of a loan held.
 * The stacking is then never run.
 */
class StackingCompletionsTest {

  private static final EnterpriseFacts FIRM = EnterpriseFacts.builder().build();

  private static StackingCompletions.Bounds over(List<String> facts) {
    return StackingCompletions.over(facts, FIRM, List.of(), (enterprise, loans) -> {
      throw new AssertionError("the stacking must not run");
    });
  }

  @Test
  void test_noFact_notBounded() {
    assertThat(over(List.of()).bounded()).isFalse();
  }

  @Test
  void test_nineFacts_moreThanEight_notBounded_namingThemAll() {
    // 2 ^ 9 = 512 runs, above the 256 the brief allows: the ranges stay the open stacking's
    List<String> facts = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      facts.add("/loans/" + i + "/subsidisedUnderAnotherMunicipalScheme");
    }
    StackingCompletions.Bounds bounds = over(facts);
    assertThat(bounds.bounded()).isFalse();
    assertThat(bounds.facts()).isEqualTo(facts);
  }

  @Test
  void test_aFactNotYesOrNo_orOfALoanNotHeld_notBounded_namingIt() {
    assertThat(over(List.of("/enterprise/firstTimeBorrower", "/enterprise/size")).facts())
        .containsExactly("/enterprise/size");
    assertThat(over(List.of("/loans/0/lenderRegionCode")).bounded()).isFalse();
    // no loan 0 held: the flag cannot be completed
    assertThat(over(List.of("/loans/0/subsidisedUnderAnotherMunicipalScheme")).facts())
        .containsExactly("/loans/0/subsidisedUnderAnotherMunicipalScheme");
    assertThat(over(List.of("/interest/0/amount")).bounded()).isFalse();
  }
}
