package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.atLeast;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.exactly;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.shanghaiFirm;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link GuaranteeFeeAverageEvaluator} on profiles against 沪企服办〔2023〕1号 第十五条: "政府性融资担保机构平均担保费率
 * 保持1%（含）以下". The ceiling binds the guarantor's average over its book; for a firm the outcome is a counterparty
 * ceiling whose amount prices the firm's government guarantees at 1% for their time in force in 2023 (whole months
 * ÷ 12 plus odd days ÷ 360, decisions register §4.3 item 21, so that a whole year costs exactly 1%; each rounded
 * half-up to the fen), worked beside each assertion.
 */
public class GuaranteeFeeAverageEvaluatorTest {

  private static final MeasureId ID = GuaranteeFeeAverageMeasure.SHANGHAI_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final LocalDate JAN_1 = LocalDate.of(2023, 1, 1);

  private static LoanGuarantee government(String feeRate) {
    return LoanGuarantee.builder().governmentGuarantor(true).feeRate(Rate.parse(feeRate)).build();
  }

  /** The calculator test's book: 1,000,000 at 0.8% all 2023, and 2,000,000 at 1.2% for six months. */
  private static EnterpriseProfile book() {
    return shanghaiFirm(EnterpriseSize.SMALL,
        loan("G1", "1000000", JAN_1, LocalDate.of(2024, 1, 1)).guarantee(government("0.8%")).build(),
        loan("G2", "2000000", JAN_1, LocalDate.of(2023, 7, 1)).guarantee(government("1.2%")).build());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_ceilingAppliesToTheGuarantor() {
    MeasureOutcome outcome = both(ID, book(), AS_OF);
    // G1: 2023-01-01 → 2024-01-01 = 12 whole months, 1,000,000 × 1% × 12/12 = 10,000.00 (a year at the 1% ceiling
    // costs exactly 1%; ACT/360 gave 365/360 of it, 10,138.89)
    // G2: 2023-01-01 → 2023-07-01 = 6 whole months, 2,000,000 × 1% × 6/12 = 10,000.00
    // at the ceiling together: 10,000.00 + 10,000.00 = 20,000.00
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertThat(outcome.amount()).isEqualTo(exactly("20000.00"));
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty();
  }

  @Test
  void test_noteSaysTheCeilingIsOnTheAverage() {
    MeasureOutcome outcome = both(ID, book(), AS_OF);
    Reason note = outcome.notes().stream().filter(n -> n.code().equals("ceiling-on-guarantor-average")).findFirst()
        .orElseThrow();
    assertThat(note.citation().label()).contains("第十五条");
    assertThat(note.citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(note.message().in(Locale.ENGLISH)).contains("average").contains("not each fee");
    assertThat(outcome.notes()).extracting(Reason::code)
        .containsExactly("ceiling-on-guarantor-average", "amount-at-ceiling", "scope-not-tested");
    // the explanation prices each guarantee at the ceiling, and never claims the firm's own fees average 1%
    String en = outcome.explanation().render(Locale.ENGLISH);
    assertThat(en).contains("1000000.00 × 1% × 360/360").contains("10000.00").doesNotContain("average fee rate");
  }

  @Test
  void test_timeInForce_clippedToTheYearAndEndedByRepayment() {
    // drawn 2022-07-01, due 2023-07-01: in 2023 from 2023-01-01 to 2023-07-01 = 6 whole months;
    // 1,000,000 × 1% × 6/12 = 5,000.00
    LoanFacts spanning = loan("S", "1000000", LocalDate.of(2022, 7, 1), LocalDate.of(2023, 7, 1))
        .guarantee(government("1.5%")).build();
    assertThat(both(ID, shanghaiFirm(EnterpriseSize.SMALL, spanning), AS_OF).amount()).isEqualTo(exactly("5000.00"));
    // due 2024-01-01 but repaid 2023-04-01: 3 whole months; 1,000,000 × 1% × 3/12 = 2,500.00
    LoanFacts repaid = loan("R", "1000000", JAN_1, LocalDate.of(2024, 1, 1)).repaymentDate(LocalDate.of(2023, 4, 1))
        .guarantee(government("1.5%")).build();
    assertThat(both(ID, shanghaiFirm(EnterpriseSize.SMALL, repaid), AS_OF).amount()).isEqualTo(exactly("2500.00"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingGuarantorKind_rangeToItsFeeAtTheCeiling() {
    LoanFacts unknown = loan("U", "1000000", JAN_1, LocalDate.of(2024, 1, 1))
        .guarantee(LoanGuarantee.builder().feeRate(Rate.parse("0.8%")).build()).build();
    MeasureOutcome outcome = both(ID, shanghaiFirm(EnterpriseSize.SMALL, unknown), AS_OF);
    // if a government guarantor: 1,000,000 × 1% × 12/12 = 10,000.00
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0", "10000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/governmentGuarantor");
  }

  @Test
  void test_policyFundGuarantee_isAGovernmentGuarantor() {
    // 第十五条 names the 市中小微企业政策性融资担保基金管理中心 (the guarantee fund, policyFund) and then the
    // 政府性融资担保机构 whose average fee is at most 1%: the fund is one of them, so a loan it guarantees needs no
    // separate governmentGuarantor. Drawn 2022-11-15, due 2023-11-15: in 2023 from 2023-01-01 to 2023-11-15 =
    // 10 whole months (to 2023-11-01) + 14 odd days = 314/360; 1,000,000 × 1% × 314/360 = 8,722.222… → 8,722.22
    LoanFacts fund = loan("F", "1000000", LocalDate.of(2022, 11, 15), LocalDate.of(2023, 11, 15))
        .guarantee(LoanGuarantee.builder().policyFund(true).build()).build();
    MeasureOutcome outcome = both(ID, shanghaiFirm(EnterpriseSize.SMALL, fund), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("8722.22"));
    assertThat(outcome.missingFacts()).isEmpty();
    // a guarantee not through the fund says nothing about the guarantor: still asked for
    LoanFacts other = loan("O", "1000000", LocalDate.of(2022, 11, 15), LocalDate.of(2023, 11, 15))
        .guarantee(LoanGuarantee.builder().policyFund(false).build()).build();
    assertThat(both(ID, shanghaiFirm(EnterpriseSize.SMALL, other), AS_OF).missingFacts())
        .containsExactly("/loans/0/guarantee/governmentGuarantor");
  }

  @Test
  void test_missingGuaranteeAndLoans() {
    LoanFacts bare = loan("B", "2000000", JAN_1, LocalDate.of(2023, 7, 1)).build();
    MeasureOutcome outcome = both(ID, shanghaiFirm(EnterpriseSize.SMALL, bare), AS_OF);
    // if government-guaranteed: 2,000,000 × 1% × 6/12 = 10,000.00
    assertThat(outcome.amount()).isEqualTo(between("0", "10000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guaranteed");
    assertThat(outcome.notes()).extracting(Reason::code).contains("guarantee-not-known");

    MeasureOutcome noLoans = both(ID, EnterpriseProfile.builder().registrationRegionCode("310115").build(), AS_OF);
    assertThat(noLoans.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noLoans.amount()).isEqualTo(atLeast("0"));
    assertThat(noLoans.missingFacts()).containsExactly("/loans");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_knownEmptyAndNotCounting_ineligibleZero() {
    MeasureOutcome none = both(ID, shanghaiFirm(EnterpriseSize.SMALL), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);

    LoanFacts commercial = loan("C", "1000000", JAN_1, LocalDate.of(2024, 1, 1))
        .guarantee(LoanGuarantee.builder().governmentGuarantor(false).build()).build();
    MeasureOutcome other = both(ID, shanghaiFirm(EnterpriseSize.SMALL, commercial), AS_OF);
    assertThat(other.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(other.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(other.reasons()).extracting(Reason::code).containsExactly("not-government-guarantor");

    // in force only in 2022 (ends 2023-01-01, not counted): not in the measure's year, whatever its guarantee
    LoanFacts old = loan("O", "1000000", LocalDate.of(2022, 1, 1), JAN_1).build();
    MeasureOutcome before = both(ID, shanghaiFirm(EnterpriseSize.SMALL, old), AS_OF);
    assertThat(before.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(before.missingFacts()).isEmpty();
    assertThat(before.reasons()).extracting(Reason::code).containsExactly("not-guarantee-in-force-in-period");
  }

  @Test
  void test_mixedBook_onlyGovernmentGuaranteesPriced() {
    LoanFacts commercial = loan("C", "5000000", JAN_1, LocalDate.of(2024, 1, 1))
        .guarantee(LoanGuarantee.builder().governmentGuarantor(false).build()).build();
    LoanFacts g1 = loan("G1", "1000000", JAN_1, LocalDate.of(2024, 1, 1)).guarantee(government("0.8%")).build();
    MeasureOutcome outcome = both(ID, shanghaiFirm(EnterpriseSize.MEDIUM, commercial, g1), AS_OF);
    // only G1: 1,000,000 × 1% × 12/12 = 10,000.00; the firm's size is not tested (the ceiling binds the guarantor)
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(exactly("10000.00"));
  }
}
