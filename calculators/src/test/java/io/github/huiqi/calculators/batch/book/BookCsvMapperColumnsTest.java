package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A mapper given its columns says them, and its required columns, when every required column is one of them; given
 * no required columns it requires none.
 */
class BookCsvMapperColumnsTest {

  @Test
  void withColumns_saysItsColumnsAndTheRequiredOnes() {
    BookCsvMapper<?> some = BookCsvMapper.withColumns(List.of("loanId", "principal", "grantDate"),
        List.of("loanId", "principal"), BookSource.RISK_POOL_CLAIMS::map);
    assertThat(some.columns()).isEqualTo(Optional.of(Set.of("loanId", "principal", "grantDate")));
    assertThat(some.requiredColumns()).isEqualTo(Set.of("loanId", "principal"));

    BookCsvMapper<?> none = BookCsvMapper.withColumns(List.of("loanId"), BookSource.RISK_POOL_CLAIMS::map);
    assertThat(none.columns()).isEqualTo(Optional.of(Set.of("loanId")));
    assertThat(none.requiredColumns()).isEmpty();
  }
}
