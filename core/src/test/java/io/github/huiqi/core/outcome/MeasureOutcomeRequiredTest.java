package io.github.huiqi.core.outcome;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Tests that a {@link MeasureOutcome} is never built without one of its required attributes: a host's evaluator that
 * leaves one out gets an error naming it from {@code build()}, not a {@link NullPointerException} later in the
 * engine's totals or its JSON.
 */
class MeasureOutcomeRequiredTest {

  private static void assertRequired(String field, UnaryOperator<MeasureOutcome.Builder> leaveOut) {
    assertField(() -> leaveOut.apply(OutcomeFixtures.firstLoanSubsidy()).build(), field);
  }

  @Test
  void test_eachRequiredAttributeLeftNull_isNamed() {
    assertRequired("measure", b -> b.measure(null));
    assertRequired("title", b -> b.title(null));
    assertRequired("clause", b -> b.clause(null));
    assertRequired("documentStatus", b -> b.documentStatus(null));
    assertRequired("window", b -> b.window(null));
    assertRequired("windowStatus", b -> b.windowStatus(null));
    assertRequired("verdict", b -> b.verdict(null));
    assertRequired("amountKind", b -> b.amountKind(null));
    assertRequired("amount", b -> b.amount(null));
    // with all of them, it builds
    assertThat(OutcomeFixtures.firstLoanSubsidy().build().amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
  }
}
