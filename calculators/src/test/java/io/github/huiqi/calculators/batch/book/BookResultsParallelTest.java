package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@link BookCalculator#results} promises items indexed in encounter order; a caller may make the stream of items
 * parallel. Before, the index was counted where each item was computed, so under a parallel stream most items took
 * another request's index (16,969 of 20,000 on two cores), and a first-loan item, which has no id, was attributed to
 * another enterprise.
 */
class BookResultsParallelTest {

  private static final BookCalculator<RiskPoolClaim> POOL =
      BookCalculators.riskPool(RiskPoolFixtures.POOL, RiskPoolOptions.DEFAULTS);

  @Test
  void results_madeParallel_eachItemKeepsItsRequestsIndex() {
    List<RiskPoolClaim> claims = new ArrayList<>();
    for (int i = 0; i < 20_000; i++) {
      String outstanding = BigDecimal.valueOf(1000L * (i + 1)).setScale(2).toPlainString();
      claims.add(RiskPoolFixtures.claim("L" + i, RiskPoolFixtures.date(2023, 2, 1))
          .principal(Cny.of(outstanding)).principalOutstanding(Cny.of(outstanding)).build());
    }
    List<BookItem> items = POOL.results(claims.stream()).parallel().toList();

    assertThat(items).hasSize(20_000);
    for (int i = 0; i < items.size(); i++) {
      BookItem item = items.get(i);
      assertThat(item.index()).isEqualTo(i);
      assertThat(item.id()).contains("L" + i);
      // granted 2023-02-01, in 2023-01-01..2023-03-31: (30% + 30 pp) × 1,000.00 × (i + 1) = 600.00 × (i + 1)
      // (深工信〔2023〕26号 第5条 "提高30个百分点")
      assertThat(item.amount()).contains(AmountRange.exactly(Cny.of(BigDecimal.valueOf(60_000L * (i + 1), 2))));
    }
  }

  @Test
  void results_closingTheItems_closesTheBook() {
    AtomicBoolean closed = new AtomicBoolean();
    Stream<RiskPoolClaim> book = Stream.of(RiskPoolFixtures.claim("A", RiskPoolFixtures.date(2023, 2, 1)).build())
        .onClose(() -> closed.set(true));
    try (Stream<BookItem> items = POOL.results(book)) {
      // 1,000,000.00 × (30% + 30 pp) = 600,000.00 (第5条)
      assertThat(items.toList()).extracting(BookItem::amount)
          .containsExactly(Optional.of(AmountRange.exactly(Cny.of("600000.00"))));
    }
    assertThat(closed).isTrue();
  }
}
