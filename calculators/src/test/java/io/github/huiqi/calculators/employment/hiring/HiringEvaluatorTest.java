package io.github.huiqi.calculators.employment.hiring;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.hiring.HiringRecord;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HiringEvaluator} on profiles against 沪企服办〔2023〕1号 第十九条 ("按照2000元/人的标准给予一次性吸纳就业
 * 补贴"), through the catalogue and its enterprise-region condition (本市用人单位: registered in 上海市).
 */
class HiringEvaluatorTest {

  private static final MeasureId ID = HiringMeasure.SHANGHAI_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static EnterpriseProfile.Builder shanghai() {
    return EnterpriseProfile.builder().registrationRegionCode("310115");
  }

  @Test
  void test_threeHires_twoEligibleOneUndetermined_rangeAndPointer() {
    List<HiringRecord> hires = List.of(
        HiringCalculatorTest.unemployed("H-1", LocalDate.of(2023, 2, 1)).build(),
        HiringCalculatorTest.unemployed("H-2", LocalDate.of(2023, 6, 1)).build(),
        HiringCalculatorTest.unemployed("H-3", LocalDate.of(2023, 9, 1)).socialInsurancePaid(Optional.empty()).build());
    MeasureOutcome outcome = CatalogRuns.both(ID, shanghai().hires(hires).build(), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    // 2 × 2,000 = 4,000 known; 3 × 2,000 = 6,000 if H-3's insurance is paid
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("4000.00"), Cny.of("6000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/hires/2/socialInsurancePaid");
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.responsibleDepartments()).extracting(d -> d.zh())
        .containsExactly("市人力资源社会保障局", "市教委", "市财政局");
  }

  @Test
  void test_allDecided_exact() {
    // 1 × 2,000 = 2,000.00, exact: the standard is fixed, not a ceiling
    MeasureOutcome outcome = CatalogRuns.both(ID, shanghai().hires(List.of(
        HiringCalculatorTest.unemployed("H-1", LocalDate.of(2023, 2, 1)).build())).build(), AS_OF);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("2000.00")));
  }

  @Test
  void test_hiresUnknown_undeterminedNamingTheList() {
    MeasureOutcome outcome = CatalogRuns.both(ID, shanghai().build(), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/hires");
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
  }

  @Test
  void test_noHires_ineligibleZero() {
    MeasureOutcome outcome = CatalogRuns.both(ID, shanghai().hires(List.of()).build(), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(r -> r.code()).containsExactly("no-hires");
  }

  @Test
  void test_shenzhenEmployer_ineligibleByRegion() {
    MeasureOutcome outcome = CatalogRuns.both(ID, EnterpriseProfile.builder().registrationRegionCode("440305")
        .hires(List.of(HiringCalculatorTest.unemployed("H-1", LocalDate.of(2023, 2, 1)).build())).build(), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_badHireInProfileJson_namesThePointer() {
    String json = "{\"registrationRegionCode\": \"310115\", \"hires\": [{\"hireId\": \"H\", "
        + "\"hireDate\": \"2023-03-01\", \"registeredUnemployedMonths\": 2.5}]}";
    assertField(() -> HuiqiJson.read(json, EnterpriseProfile.class), "/hires/0/registeredUnemployedMonths");
  }
}
