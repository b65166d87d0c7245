package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A guaranteed first loan (沪企服办〔2023〕1号 第十五条 "…担保、从上海辖内商业银行首次获得普惠贷款的中小微企业，给予2%的贴息
 * 补助") whose guarantee fee is flat or zero gets nothing extra: the 2% is on the principal. The outcome said nothing of
 * it; its explaining form now says why, and which facts change the amount.
 */
class FirstLoanGuaranteedFeeHintTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final Catalog.Entry ENTRY = CATALOG.get(FirstLoanGuaranteedMeasure.SHANGHAI_2023.id());
  private static final EvaluationContext CONTEXT = new EvaluationContext(LocalDate.of(2023, 6, 30), CATALOG.data(),
      EngineOptions.DEFAULTS, ENTRY);

  private static EnterpriseProfile firm(LoanGuarantee guarantee) {
    return EnterpriseProfile.builder().registrationRegionCode("310115").size(EnterpriseSize.SMALL)
        .loans(List.of(loan("L1").firstInclusiveFinanceLoan(true).guarantee(guarantee).build())).build();
  }

  @Test
  void test_zeroOrFlatFee_sameAmount_andTheHintSaysWhy() {
    // 2022-10-15 → 2023-01-13 = 90 days; 1,000,000 × 2% × 90/360 = 5,000.00, whatever the fee
    for (String fee : List.of("0%", "1%", "3%")) {
      MeasureOutcome outcome = ENTRY.evaluate(firm(LoanGuarantee.builder().policyFund(true)
          .feeRate(Rate.parse(fee)).build()), CONTEXT, true);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("5000.00")));
      assertThat(outcome.notes()).extracting(Reason::code).contains("guarantee-fee-not-in-subsidy");
      Reason hint = outcome.notes().stream().filter(n -> n.code().equals("guarantee-fee-not-in-subsidy"))
          .findFirst().orElseThrow();
      assertThat(hint.message().in(Locale.ENGLISH)).contains("L1 " + fee).contains("2% of the principal")
          .contains("sh-qfb-2023-1.average-guarantee-fee-ceiling").contains("principal, the drawdown");
      assertThat(hint.message().in(Locale.SIMPLIFIED_CHINESE)).contains("不影响本项贴息");
      assertThat(hint.citation().label()).contains("第十五条");
    }
  }

  @Test
  void test_noFeeGiven_orPlainForm_noHint() {
    MeasureOutcome noFee = ENTRY.evaluate(firm(LoanGuarantee.builder().policyFund(true).build()), CONTEXT, true);
    assertThat(noFee.notes()).extracting(Reason::code).doesNotContain("guarantee-fee-not-in-subsidy");
    MeasureOutcome plain = ENTRY.evaluate(firm(LoanGuarantee.builder().policyFund(true).feeRate(Rate.parse("0%"))
        .build()), CONTEXT, false);
    assertThat(plain.notes()).isEmpty();
    // a fee paid rather than a rate is named as it is given
    MeasureOutcome paid = ENTRY.evaluate(firm(LoanGuarantee.builder().policyFund(true).feePaid(Cny.of("0"))
        .build()), CONTEXT, true);
    assertThat(paid.notes()).extracting(Reason::code).contains("guarantee-fee-not-in-subsidy");
  }
}
