package io.github.huiqi.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.InputAssertions;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Whether a loan is guaranteed: from its guarantee, or said outright; contradictions rejected. */
class LoanFactsTest {

  private static LoanFacts.Builder loan() {
    LoanFacts.Builder builder = LoanFacts.builder();
    builder.loanId("L1").principal(Cny.of("1000000")).drawdownDate(LocalDate.of(2023, 2, 10))
        .maturityDate(LocalDate.of(2024, 2, 10)).annualInterestRate(Rate.parse("3.65%"));
    return builder;
  }

  @Test
  void test_isGuaranteed_fromTheGuaranteeOrTheFact() {
    assertThat(loan().build().isGuaranteed()).isEmpty();
    assertThat(loan().guaranteed(false).build().isGuaranteed()).contains(false);
    assertThat(loan().guaranteed(true).build().isGuaranteed()).contains(true);
    assertThat(loan().guarantee(LoanGuarantee.builder().build()).build().isGuaranteed()).contains(true);
    assertThat(loan().guaranteed(Optional.of(true)).guarantee(LoanGuarantee.builder().build()).build()
        .isGuaranteed()).contains(true);
  }

  @Test
  void test_unguaranteedWithAGuarantee_isRejectedNamingTheGuarantee() {
    InputAssertions.assertField(() -> loan().guaranteed(false).guarantee(LoanGuarantee.builder().build()).build(),
        "guarantee");
  }
}
