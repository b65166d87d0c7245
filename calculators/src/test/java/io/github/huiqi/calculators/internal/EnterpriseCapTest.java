package io.github.huiqi.calculators.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link EnterpriseCap} to the per-enterprise cap rule ("单户企业贴息金额最高20万元", 深工信〔2023〕26号): the
 * cap is given to eligible loans in drawdown order (then request order), undetermined loans count only towards what
 * is possible, and the loans' verdicts combine as eligible if any is, else undetermined if any is.
 */
class EnterpriseCapTest {

  private static final BigDecimal CAP = new BigDecimal("200000.00");
  private static final Citation CLAUSE = Citation.libraryDefault("test", "a condition of a test");

  private static EnterpriseCap.Part part(String drawdown, Verdict verdict, String computed) {
    return new EnterpriseCap.Part(LocalDate.parse(drawdown), verdict, new BigDecimal(computed));
  }

  @Test
  void allocate_inDrawdownOrderThenRequestOrder() {
    EnterpriseCap.Allocation allocation = EnterpriseCap.allocate(List.of(
        part("2023-03-01", Verdict.ELIGIBLE, "150000.00"),
        part("2023-01-10", Verdict.ELIGIBLE, "80000.00"),
        part("2023-02-01", Verdict.UNDETERMINED, "30000.00"),
        part("2023-01-10", Verdict.INELIGIBLE, "10000.00"),
        part("2023-03-01", Verdict.ELIGIBLE, "5000.00")), CAP);
    // drawdown order: loan 1 (01-10) takes 80,000.00, leaving 120,000.00; loan 3 (01-10) is ineligible; loan 2
    // (02-01) undetermined; loan 0 (03-01) takes the 120,000.00 left of its 150,000.00; loan 4 (03-01, after loan
    // 0 in request order) gets nothing
    assertThat(allocation.paid()).containsExactly(new BigDecimal("120000.00"), new BigDecimal("80000.00"),
        new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));
    // before the cap: 150,000 + 80,000 + 5,000 = 235,000.00 > 200,000.00, so the cap binds
    assertThat(allocation.beforeCap()).isEqualTo(new BigDecimal("235000.00"));
    assertThat(allocation.total()).isEqualTo(CAP);
    // possible: 235,000 + the undetermined 30,000 = 265,000.00, capped at 200,000.00
    assertThat(allocation.possible()).isEqualTo(CAP);
    assertThat(allocation.binding()).isTrue();
  }

  @Test
  void allocate_underAndExactlyAtTheCap() {
    // 120,000 + 80,000 = 200,000.00: exactly the cap, which therefore does not reduce anything
    EnterpriseCap.Allocation exactly = EnterpriseCap.allocate(List.of(
        part("2023-01-01", Verdict.ELIGIBLE, "120000.00"),
        part("2023-02-01", Verdict.ELIGIBLE, "80000.00")), CAP);
    assertThat(exactly.total()).isEqualTo(CAP);
    assertThat(exactly.paid()).containsExactly(new BigDecimal("120000.00"), new BigDecimal("80000.00"));
    assertThat(exactly.binding()).isFalse();
    // 10,000 eligible and 30,000 undetermined: total 10,000.00, possible 40,000.00, the cap far away
    EnterpriseCap.Allocation under = EnterpriseCap.allocate(List.of(
        part("2023-01-01", Verdict.ELIGIBLE, "10000.00"),
        part("2023-02-01", Verdict.UNDETERMINED, "30000.00")), CAP);
    assertThat(under.total()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(under.possible()).isEqualTo(new BigDecimal("40000.00"));
    assertThat(under.beforeCap()).isEqualTo(new BigDecimal("10000.00"));
    assertThat(under.paid()).containsExactly(new BigDecimal("10000.00"), new BigDecimal("0.00"));
    assertThat(under.binding()).isFalse();
    EnterpriseCap.Allocation none = EnterpriseCap.allocate(List.of(), CAP);
    assertThat(none.total()).isZero();
    assertThat(none.paid()).isEmpty();
  }

  private static Reason reason(String code) {
    return new Reason(code, LocalizedText.of(code, code), CLAUSE);
  }

  private static TracedCondition.Decision ineligible(String... codes) {
    List<Reason> reasons = java.util.Arrays.stream(codes).map(EnterpriseCapTest::reason).toList();
    return new TracedCondition.Decision(Verdict.INELIGIBLE, List.of(),
        new Eligibility(Verdict.INELIGIBLE, reasons, List.of()));
  }

  private static TracedCondition.Decision undetermined(String code, String... facts) {
    return new TracedCondition.Decision(Verdict.UNDETERMINED, List.of(facts),
        new Eligibility(Verdict.UNDETERMINED, List.of(reason(code)), List.of(facts)));
  }

  @Test
  void combine_anyEligibleLoanMakesTheEnterpriseEligible() {
    TracedCondition.Decision eligible = new TracedCondition.Decision(Verdict.ELIGIBLE, List.of(),
        new Eligibility(Verdict.ELIGIBLE, List.of(reason("first-time-borrower")), List.of()));
    TracedCondition.Decision combined = EnterpriseCap.combine(List.of(ineligible("not-in-region"),
        undetermined("in-region", "/loans/1/lenderRegionCode"), eligible));
    assertThat(combined.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(combined.missingFacts()).isEmpty();
    assertThat(combined.eligibility()).isSameAs(eligible.eligibility());
  }

  @Test
  void combine_undetermined_namesEachMissingFactOnce_fromTheUndeterminedLoansOnly() {
    TracedCondition.Decision combined = EnterpriseCap.combine(List.of(
        undetermined("in-region", "/loans/0/lenderRegionCode"),
        ineligible("not-first-time-borrower"),
        undetermined("in-region", "/loans/0/lenderRegionCode", "/firstTimeBorrower"),
        undetermined("for-production", "/loans/2/forProductionOrOperation")));
    assertThat(combined.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(combined.missingFacts()).containsExactly("/loans/0/lenderRegionCode", "/firstTimeBorrower",
        "/loans/2/forProductionOrOperation");
    assertThat(combined.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(combined.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("in-region", "for-production");
    assertThat(combined.eligibility().missingFacts()).isEqualTo(combined.missingFacts());
  }

  @Test
  void combine_ineligible_eachFailedConditionOnce() {
    TracedCondition.Decision combined = EnterpriseCap.combine(List.of(ineligible("not-in-region"),
        ineligible("not-in-region", "not-first-drawdown")));
    assertThat(combined.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(combined.missingFacts()).isEmpty();
    assertThat(combined.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("not-in-region", "not-first-drawdown");
  }

  @Test
  void combine_plainForm_buildsNoEligibility() {
    TracedCondition.Decision plain = EnterpriseCap.combine(List.of(
        new TracedCondition.Decision(Verdict.INELIGIBLE, List.of(), null),
        new TracedCondition.Decision(Verdict.UNDETERMINED, List.of("/firstTimeBorrower"), null)));
    assertThat(plain.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(plain.missingFacts()).containsExactly("/firstTimeBorrower");
    assertThat(plain.eligibility()).isNull();
    // one loan explained and one not: still no eligibility (only built when every loan carries one)
    TracedCondition.Decision mixed = EnterpriseCap.combine(List.of(ineligible("not-in-region"),
        new TracedCondition.Decision(Verdict.INELIGIBLE, List.of(), null)));
    assertThat(mixed.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(mixed.eligibility()).isNull();
  }
}
