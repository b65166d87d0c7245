package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.time.DateBounds;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Boundaries of the risk-pool fast path that the mutation run of 2026-12-07 found no test holding: each bad column
 * alone in a block the branch-free loop would otherwise decide, a loss of exactly a long's fen, a row classified on
 * its grant day, and the failure named for a fact after an unknown or a yes one and for an agreed base of 100%.
 */
class BookRiskPoolBoundariesTest {

  private static final BookRiskPoolFastPath PATH =
      BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);
  /** 深工信〔2023〕26号 第5条: 1,000,000.00 granted 2023-01-01 × (30% + 30 points) = 600,000.00, in fen. */
  private static final long FIXTURE_FEN = 60_000_000L;

  private static BookRiskPoolColumns book(int rows) {
    BookRiskPoolColumns book = new BookRiskPoolColumns(rows);
    for (int i = 0; i < rows; i++) {
      book.set(i, RiskPoolFixtures.claim("L" + i, LocalDate.of(2023, 1, 1)).build());
    }
    return book;
  }

  @ParameterizedTest(name = "fault {0}")
  @ValueSource(ints = {0, 1, 2, 3})
  void eachBadColumn_theOnlyFaultOfItsBlock_failsItsRow(int fault) {
    BookRiskPoolColumns book = book(2);
    byte expected = switch (fault) {
      case 0 -> {
        book.baseRatioPpm()[1] = 800_001;   // an agreed base of 80.0001%, above the 80% ceiling (第5条)
        yield BookRiskPoolColumns.FAILED_BASE_RATIO;
      }
      case 1 -> {
        book.effectiveGrantDay()[1] = (int) DateBounds.EARLIEST.toEpochDay() - 1;   // before any date a claim holds
        yield BookRiskPoolColumns.FAILED_GRANT_DATE;
      }
      case 2 -> {
        book.firstNonPerformingDay()[1] = book.effectiveGrantDay()[1] - 1;   // classified before it was granted
        yield BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE;
      }
      default -> {
        book.firstNonPerformingDay()[1] = (int) DateBounds.LATEST.toEpochDay() + 1;
        yield BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE;
      }
    };
    BookColumnTotals totals = PATH.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.NO_FAILURE, expected);
    assertThat(book.compensationFen()).containsExactly(FIXTURE_FEN, 0L);
    assertThat(totals.toTotals().failed()).isEqualTo(1);
  }

  @Test
  void aLossOfExactlyALongsFen_isComputed_andALaterFaultIsNamedNotTheInterest() {
    BookRiskPoolFastPath withInterest = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL,
        RiskPoolOptions.builder().lossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST).build());
    BookRiskPoolColumns book = book(2);
    // 1,000,000.00 outstanding and interest bringing the loss to exactly Long.MAX_VALUE fen: within a long
    book.accruedInterestFen()[0] = Long.MAX_VALUE - 100_000_000L;
    book.accruedInterestFen()[1] = Long.MAX_VALUE - 100_000_000L;
    book.recoveriesFen()[1] = -1;   // the second row's fault is its recoveries
    withInterest.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.NO_FAILURE,
        BookRiskPoolColumns.FAILED_RECOVERIES);
    // 9,223,372,036,854,775,807 fen × 60% = 5,534,023,222,112,865,484.2 → 5,534,023,222,112,865,484 (half-up),
    // below the 80% ceiling's 7,378,697,629,483,820,645.6
    assertThat(book.compensationFen()[0]).isEqualTo(5_534_023_222_112_865_484L);
  }

  @Test
  void aRowClassifiedOnItsGrantDay_withABadFact_failsForTheFact() {
    BookRiskPoolColumns book = book(1);
    book.firstNonPerformingDay()[0] = book.effectiveGrantDay()[0];   // the same day: not before it
    book.guaranteedByFinancingGuarantor()[0] = 9;
    PATH.compute(book);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.FAILED_FACT);
  }

  @Test
  void aFailedRowsItem_namesTheBadFactAfterAnUnknownOrAYesOne_andABaseOf100Percent() {
    BookRiskPoolColumns book = book(3);
    book.guaranteedByFinancingGuarantor()[0] = BookColumnCodes.UNKNOWN;   // -1: a fact, not known
    book.reGuaranteed()[0] = 9;
    book.guaranteedByFinancingGuarantor()[1] = BookColumnCodes.YES;       // 1: a fact
    book.reGuaranteed()[1] = 9;
    book.baseRatioPpm()[2] = 1_000_000;   // 100%: a ratio, but above the measure's 80% ceiling
    PATH.compute(book);
    for (int i = 0; i < 2; i++) {
      BookFailure fact = book.item(i).failure().orElseThrow();
      assertThat(fact.field()).as("row %d", i).isEqualTo("/reGuaranteed");
      assertThat(fact.value()).as("row %d", i).isEqualTo("9");
    }
    BookFailure base = book.item(2).failure().orElseThrow();
    assertThat(base.field()).isEqualTo("/baseRatio");
    assertThat(base.problem()).isEqualTo("must not exceed the measure's ceiling");
  }
}
