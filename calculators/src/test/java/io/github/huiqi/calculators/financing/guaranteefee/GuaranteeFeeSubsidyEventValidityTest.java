package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.firm;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that the Shenzhen small/micro guarantee-fee subsidy (2017 guide for 2016 loans, domain reference §2.4:
 * "补贴额 = 单笔担保额小于300万元的银行贷款实际发生的担保费 × 30% × 笔数 ≤ 30万元") pays a loan drawn within the validity of its
 * 30% (from 2016-01-01, the first loans the guide covers); the drawdown date decides, not the evaluation date.
 */
public class GuaranteeFeeSubsidyEventValidityTest {

  private static final GuaranteeFeeSubsidyMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);

  private static GuaranteeFeeSubsidyLoan drawn(LocalDate date) {
    // 1,000,000 at 4%, fee 2% (= 50% × 4%), 20,000 paid
    return GuaranteeFeeSubsidyLoan.of("L1", Cny.of("1000000"), date, Rate.parse("4%"), Rate.parse("2%"),
        Cny.of("20000"));
  }

  @Test
  void test_loanDrawnIn2015_notSubsidised_2016Paid30Percent() {
    // drawn 2015-12-31, the subsidy year 2015, before the 30%'s validity 2016-01-01..: 0.00
    // (before the fix: 30% × 20,000 = 6,000.00, certain)
    GuaranteeFeeSubsidyResult before = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(MEASURE,
        GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2015,
            List.of(drawn(LocalDate.of(2015, 12, 31)))));
    assertThat(before.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.amount().maximum()).isEqualTo(Cny.of("0.00"));
    Reason reason = before.eligibility().reasons().stream()
        .filter(r -> r.code().equals("event-outside-validity")).findFirst().orElseThrow();
    assertThat(reason.citation()).isEqualTo(MEASURE.subsidyRatio().citation());
    // drawn 2016-01-01, the first day: 30% × 20,000 = 6,000.00
    assertThat(GuaranteeFeeSubsidyCalculator.DEFAULT.subsidy(MEASURE, GuaranteeFeeSubsidyRequest.of(
        EnterpriseSize.SMALL, "440305", 2016, List.of(drawn(LocalDate.of(2016, 1, 1)))))).isEqualTo(Cny.of("6000.00"));
  }

  @Test
  void test_engine_evaluatedIn2016_the2015LoanNotCounted() {
    // evaluated 2016-06-30 (in the measure's window, from 2016-01-01), the subsidy year is 2015: the loan drawn
    // 2015-04-01 is before the 30%'s validity, nothing (before the fix: 6,000.00)
    LoanFacts drawn2015 = loan("L1", "1000000", LocalDate.of(2015, 4, 1), LocalDate.of(2016, 4, 1))
        .vehicleOrRealEstatePurchase(false).guarantee(LoanGuarantee.builder().guarantorInRegion(true)
            .feeRate(Rate.parse("2%")).feePaid(Cny.of("20000")).build()).build();
    MeasureOutcome outcome = both(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id(),
        firm(EnterpriseSize.SMALL, drawn2015), LocalDate.of(2016, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).contains("event-outside-validity");
  }
}
