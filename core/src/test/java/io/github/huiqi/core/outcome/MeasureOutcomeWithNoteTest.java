package io.github.huiqi.core.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link MeasureOutcome#withNote}: the note goes after the others, everything else (the counted flag set by a
 * rule included) is kept, the original is unchanged, and a null note is named.
 */
class MeasureOutcomeWithNoteTest {

  private static final Citation SOURCE = new Citation(Provenance.SOURCE_TEXT, "sz-gxj-2023-26", "第5条",
      Optional.empty(), Optional.empty(), Optional.empty());
  private static final Reason FIRST = new Reason("first", LocalizedText.of("甲", "first"), SOURCE);
  private static final Reason SECOND = new Reason("second", LocalizedText.of("乙", "second"), SOURCE);

  private static MeasureOutcome outcome() {
    return OutcomeFixtures.firstLoanSubsidy()
        .verdict(Verdict.UNDETERMINED)
        .amount(OutcomeAmount.upTo(Cny.of("30000.00")))
        .addMissingFacts("/loans/0/endOfUseDate")
        .addNotes(FIRST)
        .countedInTotal(false)
        .build();
  }

  @Test
  void test_appendedAfterTheOthers() {
    MeasureOutcome original = outcome();
    MeasureOutcome noted = original.withNote(SECOND);
    assertThat(noted.notes()).containsExactly(FIRST, SECOND);
    assertThat(noted).isEqualTo(original.toBuilder().addNotes(SECOND).build());
    // the counted flag a rule set is kept, not worked out again (it would be true for this open benefit)
    assertThat(noted.countedInTotal()).isFalse();
    assertThat(original.notes()).containsExactly(FIRST);
  }

  @Test
  void test_nullNamed() {
    assertThatThrownBy(() -> outcome().withNote(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("note");
  }
}
