package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.INTEREST_ID;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.agreeing;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.level3;
import static io.github.huiqi.calculators.financing.renovation.RenovationProfiles.profile;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that the renovation interest subsidy (小升规方案 第十条 "按实际支付利息的50%，给予最高500万元的贴息资助", the plan
 * for 2022–2024, its parameters valid 2022-08-03..2024-12-31) pays a project whose subsidised period starts within
 * that validity; the project's subsidy start decides, not the evaluation date.
 */
class RenovationInterestEventValidityTest {

  private static RenovationInterestRequest startingOn(LocalDate start) {
    return RenovationInterestRequest.builder().eligibleProject(true).subsidyStart(start)
        .payments(List.of(loanInterest("P1", start, start.plusMonths(6), "100000.00"))).build();
  }

  @Test
  void test_projectSubsidisedFrom2019_notThePlans() {
    // subsidised from 2019-01-01, before the plan's 50% (valid 2022-08-03..2024-12-31): 0.00
    // (before the fix: 50% × 100,000.00 = 50,000.00, certain)
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, startingOn(LocalDate.of(2019, 1, 1)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount()).isEqualTo(AmountRange.exactly(Cny.of("0.00")));
    Reason reason = result.eligibility().reasons().stream()
        .filter(r -> r.code().equals("event-outside-validity")).findFirst().orElseThrow();
    assertThat(reason.citation()).isEqualTo(INTEREST.subsidyRatio().citation());
    assertThat(reason.message().en()).contains("2022-08-03..2024-12-31");
  }

  @Test
  void test_validityBoundaries() {
    // from 2022-08-03, the plan's first day: 50% × 100,000.00 = 50,000.00
    assertThat(CALCULATOR.subsidy(INTEREST, startingOn(LocalDate.of(2022, 8, 3)))).isEqualTo(Cny.of("50000.00"));
    // from 2022-08-02, the day before: 0.00; from 2025-01-01, the day after its last: 0.00
    assertThat(CALCULATOR.subsidy(INTEREST, startingOn(LocalDate.of(2022, 8, 2)))).isEqualTo(Cny.of("0.00"));
    assertThat(CALCULATOR.subsidy(INTEREST, startingOn(LocalDate.of(2025, 1, 1)))).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_engine_oldProjectNotCounted() {
    // evaluated 2023-06-30: a project subsidised from 2019-01-01 with 100,000.00 of 2019 interest, nothing
    // (before the fix: 50,000.00)
    MeasureOutcome outcome = agreeing(INTEREST_ID, profile(level3("P-OLD").subsidyStart(LocalDate.of(2019, 1, 1))
        .addInterestPayments(loanInterest("I", LocalDate.of(2019, 1, 1), LocalDate.of(2019, 7, 1), "100000.00"))
        .build()));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).contains("event-outside-validity");
  }
}
