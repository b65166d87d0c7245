package io.github.huiqi.core.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.testing.InputAssertions;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Whether a loan is guaranteed: from its guarantee, or said outright; contradictions rejected. The subsidy claimed
 * first on a loan: read by its constant name, anything else refused naming the loan's field.
 */
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

  private static final String PROFILE = "{\"loans\": [{\"loanId\": \"L1\", \"principal\": "
      + "{\"amount\": 1000000.00, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-01-15\", "
      + "\"maturityDate\": \"2024-01-15\", \"annualInterestRate\": \"4%%\", \"interestSubsidyClaimedFirst\": %s}]}";

  @Test
  void test_interestSubsidyClaimedFirst_readByName_absentIsNoClaim() {
    // decisions register §4.6 item 72: the subsidy already claimed (first) on the loan, by its constant name
    EnterpriseProfile read = HuiqiJson.read(PROFILE.formatted("\"TECH_SME\""), EnterpriseProfile.class);
    assertThat(read.loans().orElseThrow().get(0).interestSubsidyClaimedFirst())
        .contains(StackingScheme.TECH_SME);
    assertThat(loan().interestSubsidyClaimedFirst(StackingScheme.FIRST_LOAN).build()
        .interestSubsidyClaimedFirst()).contains(StackingScheme.FIRST_LOAN);
    // not given: no claim recorded
    assertThat(loan().build().interestSubsidyClaimedFirst()).isEmpty();
  }

  @Test
  void test_interestSubsidyClaimedFirst_badValue_namesTheLoansField() {
    for (String bad : new String[] {"\"tech_sme\"", "\"RENOVATION\"", "1", "true", "{}"}) {
      Throwable thrown = catchThrowable(() -> HuiqiJson.read(PROFILE.formatted(bad), EnterpriseProfile.class));
      assertThat(thrown).as(bad).isInstanceOf(InvalidInputException.class);
      assertThat(((InvalidInputException) thrown).field()).as(bad).isEqualTo("/loans/0/interestSubsidyClaimedFirst");
    }
  }
}
