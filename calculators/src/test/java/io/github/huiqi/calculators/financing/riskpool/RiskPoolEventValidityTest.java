package io.github.huiqi.calculators.financing.riskpool;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests that a loss is compensated at the pool's base ratio only when it is first classified non-performing within
 * that ratio's validity: the built-in 30% (《深圳市中小微企业银行贷款风险补偿资金池管理实施细则（试行）》（2019）, "对…不良贷款
 * 总体按30%的比例给予风险补偿", valid from 2019-01-01; the pool itself was launched 2018-10-31 under 深府办〔2018〕18号,
 * domain reference §2.1). The classification date decides, not the evaluation date.
 */
public class RiskPoolEventValidityTest {

  private static final RiskPoolMeasure POOL = RiskPoolFixtures.POOL;

  /** A GENERAL loan of 1,000,000.00 granted a year before it was classified, fully outstanding, no exclusion. */
  private static RiskPoolClaim classifiedOn(LocalDate classified) {
    return RiskPoolFixtures.claim("L", classified.minusYears(1)).build();
  }

  @Test
  void test_lossClassifiedIn2011_notPaidAtTheRatioValidFrom2019() {
    RiskPoolClaim claim = classifiedOn(LocalDate.of(2011, 5, 31));
    // classified 2011-05-31, before the 30% row's validity 2019-01-01..: the pool's ratio does not pay it, 0.00
    // (before the fix: 1,000,000 × 30% = 300,000.00, certain)
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, claim)).isEqualTo(Cny.of("0.00"));
    RiskPoolLoanCompensation explained = RiskPoolFixtures.CALCULATOR.explainCompensation(POOL, claim);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(explained.compensation()).isEqualTo(AmountRange.exactly(Cny.of("0.00")));
    Reason reason = explained.eligibility().reasons().stream()
        .filter(r -> r.code().equals("event-outside-validity")).findFirst().orElseThrow();
    // the reason cites the parameter that would have paid (the 2019 细则's 30%) and names its validity
    assertThat(reason.citation()).isEqualTo(POOL.baseRatioFor(RiskPoolLoanCategory.GENERAL).ratio().citation());
    assertThat(reason.message().en()).contains("2019-01-01..");
  }

  @Test
  void test_validityBoundary_classificationDay() {
    // classified 2019-01-01, the first day of the 30% row's validity: 1,000,000 × 30% = 300,000.00
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, classifiedOn(LocalDate.of(2019, 1, 1))))
        .isEqualTo(Cny.of("300000.00"));
    // classified 2018-12-31, the day before: 0.00
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, classifiedOn(LocalDate.of(2018, 12, 31))))
        .isEqualTo(Cny.of("0.00"));
    // an agreed base ratio does not move the pool's validity: 50% agreed, classified 2018-12-31, still 0.00
    RiskPoolClaim agreed = RiskPoolClaim.builder().from(classifiedOn(LocalDate.of(2018, 12, 31)))
        .baseRatio(Rate.parse("50%")).build();
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, agreed)).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_engine_theOldLossLeftOutOfTheClaim_evaluatedIn2023() {
    LoanFacts old = bad("OLD", LocalDate.of(2010, 5, 31));      // classified 2011-05-31
    LoanFacts recent = bad("NEW", LocalDate.of(2022, 1, 15));   // classified 2023-01-15, granted outside both windows
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440305")
        .loans(List.of(old, recent)).build();
    MeasureOutcome both = Catalog.builtIn().evaluate(RiskPoolMeasure.SHENZHEN_2023.id(), firm,
        LocalDate.of(2023, 6, 30));
    // NEW: 1,000,000 × 30% = 300,000.00; OLD: classified before 2019-01-01, nothing. Total 300,000.00
    // (before the fix: 600,000.00)
    assertThat(both.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(both.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("300000.00")));

    EnterpriseProfile onlyOld = EnterpriseProfile.builder().from(firm).loans(List.of(old)).build();
    MeasureOutcome alone = Catalog.builtIn().evaluate(RiskPoolMeasure.SHENZHEN_2023.id(), onlyOld,
        LocalDate.of(2023, 6, 30));
    assertThat(alone.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(alone.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(alone.reasons()).extracting(Reason::code).contains("event-outside-validity");
  }

  /** A GENERAL loan of 1,000,000.00, fully outstanding when non-performing a year after the grant, no exclusion. */
  private static LoanFacts bad(String id, LocalDate granted) {
    return LoanFacts.builder().loanId(id).principal(Cny.of("1000000.00")).drawdownDate(granted)
        .maturityDate(granted.plusYears(2)).annualInterestRate(Rate.parse("4%"))
        .riskPoolCategory(RiskPoolLoanCategory.GENERAL).underOtherRiskCompensation(false).guaranteed(false)
        .nonPerforming(NonPerformance.builder().since(granted.plusYears(1)).principalOutstanding(Cny.of("1000000.00"))
            .build())
        .build();
  }
}
