package io.github.huiqi.calculators.testkit;

import static io.github.huiqi.calculators.testkit.HuiqiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.FailingEngines;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The kit's AssertJ assertions on real outcomes: each passes on the hand-worked value and fails, with the amounts to
 * the fen in its message, on a value one fen or one fact away.
 */
class HuiqiAssertionsTest {

  private static final Catalog CATALOG = Catalog.builtIn();
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static MeasureOutcome firstLoan(String vectorId) {
    return CATALOG.evaluate(FIRST_LOAN, QaProfiles.of(vectorId).build(), AS_OF);
  }

  @Test
  void test_exactAmount_toTheFen_scaleInsensitive() {
    // 1,000,000 × 2% × 90/360 = 5,000.00 (深工信〔2023〕26号 第5条)
    MeasureOutcome outcome = firstLoan("first-loan/ninety-days");
    assertThat(outcome).hasVerdict(Verdict.ELIGIBLE).isEligible().hasExactAmount("5000.00").hasExactAmount("5000")
        .hasNoBindingLimit().hasNoMissingFacts().citesClause("第5条").citesClause("深工信〔2023〕26号 第5条");
    assertThatThrownBy(() -> assertThat(outcome).hasExactAmount("5000.01")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exactly 5000.01 but was exactly 5000.00");
    assertThatThrownBy(() -> assertThat(outcome).isIneligible()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("to be INELIGIBLE but was ELIGIBLE");
    assertThatThrownBy(() -> assertThat(outcome).citesClause("第6条")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("深工信〔2023〕26号 第5条");
  }

  @Test
  void test_cap_bindingLimitByAmountAndCode() {
    // 100,000.00 + 120,000.00 = 220,000.00 > "单户企业贴息金额最高20万元" → 200,000.00, the cap binding
    MeasureOutcome outcome = firstLoan("first-loan/cap-across-loans");
    assertThat(outcome).hasExactAmount("200000.00").isCappedBy("200000").hasBindingLimit("cap-per-enterprise");
    assertThatThrownBy(() -> assertThat(outcome).isCappedBy("199999.99")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("capped by 199999.99 but its binding limit was 200000.00");
    assertThatThrownBy(() -> assertThat(outcome).hasNoBindingLimit()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("cap-per-enterprise");
    assertThatThrownBy(() -> assertThat(firstLoan("first-loan/ninety-days")).isCappedBy("200000"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("binding limit was none");
  }

  @Test
  void test_rangeAndMissingFacts() {
    // no loans known: 0 up to "单户企业贴息金额最高20万元", naming /loans
    MeasureOutcome outcome = firstLoan("first-loan/loans-not-known");
    assertThat(outcome).isUndetermined().hasAmountBetween("0", "200000.00").namesMissingFact("/loans");
    assertThatThrownBy(() -> assertThat(outcome).hasExactAmount("200000")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("but was from 0.00 to 200000.00");
    assertThatThrownBy(() -> assertThat(outcome).hasAmountBetween("0", "199999.99"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("from 0.00 to 199999.99");
    assertThatThrownBy(() -> assertThat(outcome).namesMissingFact("/loans/0/principal"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("[/loans]");
    assertThatThrownBy(() -> assertThat(outcome).hasNoMissingFacts()).isInstanceOf(AssertionError.class);
  }

  @Test
  void test_floor_atLeastWithNoUpperBound() {
    // a new 小巨人 in Shanghai: "不低于30万元", a floor (沪企服办〔2023〕1号 第一条)
    MeasureOutcome outcome = CATALOG.evaluate(MeasureId.of("sh-qfb-2023-1.specialised-recognition-award"),
        QaProfiles.of("award/shanghai-new-little-giant-floor").build(), LocalDate.of(2023, 10, 31));
    assertThat(outcome).isEligible().hasAmountAtLeast("300000").citesClause("第一条");
    assertThatThrownBy(() -> assertThat(outcome).hasAmountBetween("0", "300000")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("but was at least 300000.00");
    assertThatThrownBy(() -> assertThat(firstLoan("first-loan/loans-not-known")).hasAmountAtLeast("0"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("but was from 0.00 to 200000.00");
  }

  @Test
  void test_report_outcomesAndTotal() {
    // the one measure asked for: the report's total is its 5,000.00
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(ConformancePack.builtIn().vectors().get(0)
        .request());
    assertThat(report).isComplete().hasOutcome(FIRST_LOAN.value()).totalInReachExactly("5000.00")
        .totalInReachAtLeast("4999.99");
    assertThat(report).outcome(FIRST_LOAN.value()).isEligible().hasExactAmount("5000.00");
    assertThatThrownBy(() -> assertThat(report).hasOutcome("sz-gxj-2023-26.loan-deferral"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("sz-gxj-2023-26.loan-deferral");
    assertThatThrownBy(() -> assertThat(report).totalInReachAtLeast("5000.01")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("at least 5000.01 but was exactly 5000.00");
    // the floor is inclusive; exactly is to the fen
    assertThat(report).totalInReachAtLeast("5000.00");
    assertThatThrownBy(() -> assertThat(report).totalInReachExactly("5000.01")).isInstanceOf(AssertionError.class)
        .hasMessageContaining("exactly 5000.01 but was exactly 5000.00");
    // a report with a failed measure is not complete, and says which
    EntitlementReport failed = FailingEngines.firstLoanFailing().evaluate(ConformancePack.builtIn().vectors().get(0)
        .request());
    assertThatThrownBy(() -> assertThat(failed).isComplete()).isInstanceOf(AssertionError.class)
        .hasMessageContaining("complete").hasMessageContaining(FIRST_LOAN.value());
    // AssertJ's own assertThat sits beside the kit's: a bank's test imports both
    org.assertj.core.api.Assertions.assertThat(report.outcomes()).hasSize(1);
  }

  @Test
  void test_chaining_afterLimitMissingFactAndVerdict() {
    // each assertion returns itself, so the next in the chain runs on the same outcome
    assertThat(firstLoan("first-loan/cap-across-loans")).hasBindingLimit("cap-per-enterprise").isEligible()
        .hasExactAmount("200000.00");
    assertThat(firstLoan("first-loan/loans-not-known")).namesMissingFact("/loans").isUndetermined();
    // drawn 2023-04-01, after "2023年1-3月" (第5条): nothing
    assertThat(firstLoan("first-loan/drawn-after-the-window")).isIneligible().hasExactAmount("0");
    assertThatThrownBy(() -> assertThat(firstLoan("first-loan/cap-across-loans")).hasBindingLimit("cap-per-loan"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("binding limit to be <cap-per-loan> but was <cap-per-enterprise>");
    assertThatThrownBy(() -> assertThat(firstLoan("first-loan/ninety-days")).hasBindingLimit("cap-per-enterprise"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("but was <none>");
  }
}
