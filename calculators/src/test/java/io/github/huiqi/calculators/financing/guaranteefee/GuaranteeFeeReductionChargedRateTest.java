package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.firm;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The guarantee-fee reduction (深工信〔2023〕26号 第6条: "担保费率最高减免40%、且不高于1%") read against the rate the
 * guarantor charges (decisions register §1.2 card 000-6), and bounded when the standard rate is not given (a rate is
 * at most 100%, the requests' own bound). Every loan: 1,000,000, 2023-03-01 → 2024-03-01, 12 whole months, so under
 * the fee basis 年费率 × 月 ÷ 12 (§4.3 item 21) a year's fee is principal × rate exactly.
 */
class GuaranteeFeeReductionChargedRateTest {

  private static final MeasureId ID = GuaranteeFeeReductionMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static LoanFacts withGuarantee(LoanGuarantee.Builder guarantee) {
    return loan("L1", "1000000", LocalDate.of(2023, 3, 1), LocalDate.of(2024, 3, 1))
        .guarantee(guarantee.governmentGuarantor(true).build()).build();
  }

  private static LoanGuarantee.Builder rates(String standard, String charged) {
    return LoanGuarantee.builder().standardFeeRate(Rate.parse(standard)).feeRate(Rate.parse(charged));
  }

  @Test
  void test_chargedAboveTheMeasure_theActualSaving() {
    // standard 2%: the measure's rate min(2% × 60%, 1%) = 1%; the guarantor charges 1.5%. The firm saves
    // 1,000,000 × 2% − 1,000,000 × 1.5% = 20,000.00 − 15,000.00 = 5,000.00 (before: the entitlement,
    // 20,000.00 − 10,000.00 = 10,000.00). The guarantor's rate, not the 1% ceiling, sets it: no binding limit.
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, withGuarantee(rates("2%", "1.5%"))), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("5000.00"));
    assertThat(outcome.bindingLimit()).isEmpty();
    assertThat(outcome.notes()).extracting(Reason::code).contains("fee-rate-charged")
        .doesNotContain("maximum-reduction-used");
    // the entitlement, 10,000.00, is in the explanation
    String en = outcome.explanation().render(Locale.ENGLISH);
    assertThat(en).contains("fee the measure allows to save").contains("10000.00").contains("5000.00");
  }

  @Test
  void test_chargedAtTheMeasure_theEntitlementAndItsCeiling() {
    // charged 1% = the measure's rate: saved 20,000.00 − 10,000.00 = 10,000.00; the ceiling binds, as a fee
    // 1,000,000 × 1% = 10,000.00
    MeasureOutcome at = both(ID, firm(EnterpriseSize.SMALL, withGuarantee(rates("2%", "1%"))), AS_OF);
    assertThat(at.amount()).isEqualTo(exactly("10000.00"));
    assertThat(at.bindingLimit().orElseThrow().limit()).isEqualTo(Cny.of("10000.00"));
    // charged 0.5%, below the measure's 1%: the measure's part only, 10,000.00 (the other 5,000.00 is the
    // guarantor's own, beyond what 第6条 provides)
    MeasureOutcome below = both(ID, firm(EnterpriseSize.SMALL, withGuarantee(rates("2%", "0.5%"))), AS_OF);
    assertThat(below.amount()).isEqualTo(exactly("10000.00"));
    // charged 2.5%, above the standard 2%: the firm saves nothing, 0.00
    MeasureOutcome above = both(ID, firm(EnterpriseSize.SMALL, withGuarantee(rates("2%", "2.5%"))), AS_OF);
    assertThat(above.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(above.amount()).isEqualTo(exactly("0.00"));
  }

  @Test
  void test_standardRateUnknown_boundedByAHundredPercent() {
    // the standard rate is not given: at most 100% (the requests refuse more), the measure's rate then
    // min(100% × 60%, 1%) = 1%: at most 1,000,000 × 100% − 1,000,000 × 1% = 1,000,000.00 − 10,000.00 = 990,000.00
    // (before: at least 0, unbounded)
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL,
        withGuarantee(LoanGuarantee.builder())), AS_OF);
    // the standard rate sets the saving only: eligible with the range (decisions register §4.6 item 42; it was
    // undetermined before the QA audit)
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("0", "990000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/standardFeeRate");
    // the rate charged is given, 1.5%: at most 1,000,000.00 − 15,000.00 = 985,000.00
    MeasureOutcome charged = both(ID, firm(EnterpriseSize.SMALL,
        withGuarantee(LoanGuarantee.builder().feeRate(Rate.parse("1.5%")))), AS_OF);
    assertThat(charged.amount()).isEqualTo(between("0", "985000.00"));
  }
}
