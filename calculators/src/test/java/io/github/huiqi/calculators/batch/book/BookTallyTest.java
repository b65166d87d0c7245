package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link BookTally} and {@link BookTotals} to their sums, worked by hand: items counted by verdict, a failed
 * item counted apart with no amount, the amounts summed exactly at the fen, two tallies merged as one, and totals
 * whose counts do not add up refused.
 */
class BookTallyTest {

  private static final Reason REASON = new Reason("not-first-time-borrower", LocalizedText.of("非首贷", "not first"),
      Citation.libraryDefault("test", "a condition"));

  private static BookItem item(long index, Verdict verdict, String least, String most) {
    Eligibility eligibility = switch (verdict) {
      case ELIGIBLE -> new Eligibility(verdict, List.of(), List.of());
      case INELIGIBLE -> new Eligibility(verdict, List.of(REASON), List.of());
      default -> new Eligibility(verdict, List.of(REASON), List.of("/loans/0/firstDrawdownOfFirstContract"));
    };
    return BookItem.of(index, Optional.of("L" + index), eligibility,
        Optional.of(new AmountRange(Cny.of(least), Cny.of(most))), Optional.empty());
  }

  private static BookItem failed(long index) {
    return BookItem.failed(index, Optional.of("L" + index), new BookFailure("/principal", "-1", "input.negative",
        "must not be negative"));
  }

  @Test
  void add_countsByVerdict_sumsAtTheFen() {
    BookTotals totals = new BookTally()
        .add(item(0, Verdict.ELIGIBLE, "10055.56", "10055.56"))
        .add(item(1, Verdict.UNDETERMINED, "0.00", "5000.01"))
        .add(item(2, Verdict.INELIGIBLE, "0.00", "0.00"))
        .add(failed(3))
        .add(item(4, Verdict.ELIGIBLE, "200000.00", "200000.00"))
        .totals();
    assertThat(totals.items()).isEqualTo(5);
    assertThat(totals.eligible()).isEqualTo(2);
    assertThat(totals.undetermined()).isEqualTo(1);
    assertThat(totals.ineligible()).isEqualTo(1);
    assertThat(totals.failed()).isEqualTo(1);
    // least: 10,055.56 + 0 + 0 + 200,000.00 = 210,055.56; most: 10,055.56 + 5,000.01 + 0 + 200,000.00 = 215,055.57
    assertThat(totals.certain()).isEqualTo(Cny.of("210055.56"));
    assertThat(totals.amount()).isEqualTo(new AmountRange(Cny.of("210055.56"), Cny.of("215055.57")));
  }

  @Test
  void merge_isTheTallyOfBoth() {
    BookTally a = new BookTally().add(item(0, Verdict.ELIGIBLE, "100.00", "100.00")).add(failed(1));
    BookTally b = new BookTally().add(item(2, Verdict.UNDETERMINED, "0.00", "50.50"))
        .add(item(3, Verdict.INELIGIBLE, "0.00", "0.00"));
    BookTotals merged = a.merge(b).totals();
    assertThat(merged).isEqualTo(new BookTotals(4, 1, 1, 1, 1,
        new AmountRange(Cny.of("100.00"), Cny.of("150.50"))));
    assertThat(new BookTally().totals()).isEqualTo(BookTotals.empty());
    assertThatThrownBy(() -> new BookTally().add(null)).isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> new BookTally().merge(null)).isInstanceOf(InvalidInputException.class);
  }

  @Test
  void merge_addsEveryCountOfBoth_notOnlyTheOnesTheOtherLacks() {
    // both tallies hold an item of each kind: the merged counts are the sums, 2 of each
    BookTally a = new BookTally().add(item(0, Verdict.ELIGIBLE, "100.00", "100.00")).add(failed(1))
        .add(item(2, Verdict.UNDETERMINED, "0.00", "1.00")).add(item(3, Verdict.INELIGIBLE, "0.00", "0.00"));
    BookTally b = new BookTally().add(item(4, Verdict.ELIGIBLE, "0.01", "0.01")).add(failed(5))
        .add(item(6, Verdict.UNDETERMINED, "0.00", "2.00")).add(item(7, Verdict.INELIGIBLE, "0.00", "0.00"));
    // least: 100.00 + 0.01 = 100.01; most: 100.00 + 1.00 + 0.01 + 2.00 = 103.01
    assertThat(a.merge(b).totals()).isEqualTo(new BookTotals(8, 2, 2, 2, 2,
        new AmountRange(Cny.of("100.01"), Cny.of("103.01"))));
  }

  @Test
  void indicativeOnly_onlyForADraftsTotals() {
    assertThat(new BookTally().totals().indicativeOnly()).isFalse();
    BookTally inForce = new BookTally().documentStatus(Optional.of(DocumentStatus.IN_FORCE));
    assertThat(inForce.totals().indicativeOnly()).isFalse();
    // a draft's figure among them makes the whole indicative
    assertThat(inForce.documentStatus(Optional.of(DocumentStatus.DRAFT)).totals().indicativeOnly()).isTrue();
  }

  @Test
  void totals_countsMustAddUp() {
    AmountRange zero = AmountRange.exactly(Cny.of("0.00"));
    assertThat(new BookTotals(4, 1, 1, 1, 1, zero).items()).isEqualTo(4);
    for (long[] c : new long[][] {{5, 1, 1, 1, 1}, {3, 1, 1, 1, 1}, {0, -1, 1, 0, 0}, {0, 1, -1, 0, 0},
        {0, 0, 1, -1, 0}, {0, 0, 0, 1, -1}, {-1, 0, 0, 0, -1}}) {
      assertThatThrownBy(() -> new BookTotals(c[0], c[1], c[2], c[3], c[4], zero))
          .isInstanceOf(InvalidInputException.class)
          .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo("items");
    }
  }
}
