package io.github.huiqi.calculators.employment.insurance;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link InsuranceEvaluator} on profiles: 深工信〔2023〕26号 第2条 in Shenzhen and 沪企服办〔2023〕1号 第二十条 in
 * Shanghai, the late fee of 社会保险法 第八十六条 (0.05% a day) waived.
 */
class InsuranceEvaluatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 10, 1);

  @Test
  void test_shenzhen_feeSaved() {
    // 120,000 × 0.05% × 274 days (2022-12-15 → 2023-09-15) = 16,440.00 saved
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .insuranceDeferrals(List.of(InsuranceCalculatorTest.pension().repaidDate(LocalDate.of(2023, 9, 15)).build()))
        .build();
    MeasureOutcome outcome = CatalogRuns.both(InsuranceMeasure.SHENZHEN_2023.id(), profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("16440.00")));
    assertThat(outcome.notes()).extracting(n -> n.citation().provenance()).contains(Provenance.LIBRARY_DEFAULT);
    // the Shanghai instance is for Shanghai employers
    assertThat(CatalogRuns.both(InsuranceMeasure.SHANGHAI_2023.id(), profile, AS_OF).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_shanghai_notYetRepaid_rangeAndPointer() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("310104")
        .insuranceDeferrals(List.of(InsuranceCalculatorTest.pension().build())).build();
    MeasureOutcome outcome = CatalogRuns.both(InsuranceMeasure.SHANGHAI_2023.id(), profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    // up to 120,000 × 0.05% × 381 days (to 2023-12-31) = 22,860.00
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.ZERO, Cny.of("22860.00")));
    assertThat(outcome.missingFacts()).containsExactly("/insuranceDeferrals/0/repaidDate");
    assertThat(outcome.responsibleDepartments()).extracting(d -> d.zh())
        .containsExactly("市人力资源社会保障局", "市医保局", "市税务局");
  }

  @Test
  void test_unknownAndEmpty() {
    MeasureOutcome unknown = CatalogRuns.both(InsuranceMeasure.SHENZHEN_2023.id(),
        EnterpriseProfile.builder().registrationRegionCode("440306").build(), AS_OF);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/insuranceDeferrals");
    MeasureOutcome none = CatalogRuns.both(InsuranceMeasure.SHENZHEN_2023.id(),
        EnterpriseProfile.builder().registrationRegionCode("440306").insuranceDeferrals(List.of()).build(), AS_OF);
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
  }
}
