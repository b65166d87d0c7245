package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyDocument;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The engine classifies first: a profile that gives its figures but not its size gets the class of
 * 工信部联企业〔2011〕300号 for every measure that needs it, with a note citing the standard; a profile lacking a figure
 * gets the figure named in the outcomes that need the size, and in the next-question ranking.
 */
class SizeProfileStepTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  /** The Shenzhen sample (a C3484 manufacturer, size SMALL) with its size removed and a 2022 year added. */
  private static EnterpriseProfile withoutSize(EnterpriseYear year2022) {
    EnterpriseProfile sample = CatalogProfiles.sample();
    List<EnterpriseYear> years = new ArrayList<>(sample.years().orElseThrow());
    years.add(year2022);
    return EnterpriseProfile.builder().from(sample).years(years).size(Optional.empty()).build();
  }

  /** The plain and the explained report of a profile on the sample's date. */
  private static List<EntitlementReport> bothForms(EnterpriseProfile profile) {
    return List.of(ENGINE.evaluate(profile, CatalogProfiles.AS_OF), ENGINE.explain(profile, CatalogProfiles.AS_OF));
  }

  /** The 2023 fee reduction of a small or micro firm (第6条), worked by hand in EntitlementEngineTest: 50,000.00. */
  private static MeasureOutcome smallMicroFee(EntitlementReport report) {
    MeasureOutcome fee = fee(report);
    assertThat(fee.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50000.00")));
    return fee;
  }

  /** The note saying the size was derived from the figures. */
  private static Reason sizeNote(MeasureOutcome outcome) {
    return outcome.notes().stream().filter(n -> n.code().equals("size-derived")).findFirst().orElseThrow();
  }

  private static MeasureOutcome fee(EntitlementReport report) {
    return report.outcome(GuaranteeFeeReductionMeasure.SHENZHEN_2023.id()).orElseThrow();
  }

  @Test
  void test_figuresGiven_sizeDerived_sameOutcomeAsStatedSize_withANote() {
    // 2022 (the prior full year on 2023-06-30): 120 employees ≥ 20 and 18,000,000 ≥ 3,000,000 but < 20,000,000 of
    // revenue: 工业, small (第四条（二）). The 2023 fee reduction (第6条) for a small firm is worked by hand in
    // EntitlementEngineTest: 50,000.00; the derived size gives the same.
    EnterpriseProfile profile = withoutSize(EnterpriseYear.builder().year(2022).employees(120)
        .revenue(Cny.of("18000000")).totalAssets(Cny.of("30000000")).build());
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).contains(EnterpriseSize.SMALL);
    assertThat(step.missingFigures()).isEmpty();
    for (EntitlementReport report : bothForms(profile)) {
      MeasureOutcome fee = smallMicroFee(report);
      Reason note = sizeNote(fee);
      assertThat(note.citation().document()).isEqualTo("工信部联企业〔2011〕300号");
      assertThat(note.message().zh()).contains("小型企业").contains("2022");
      // a measure that does not read the size carries no note
      assertThat(report.outcome(SizeStandard.MIIT_2011.id()).orElseThrow().notes())
          .noneMatch(n -> n.code().equals("size-derived"));
    }
  }

  @Test
  void test_ineligibleOnAnotherCondition_explainedWithTheDerivedClass_notAsAnUnknownSize() {
    // 小升规方案 第四条's cultivation pool: an industrial small or micro firm with prior-year revenue of at least
    // 10,000,000 and (register §1.3 card 001-4a) below 20,000,000. 2023 (the prior year on 2024-06-30): 150 employees
    // (< 300) and 26,000,000 of revenue: 工业, small (300号 第四条（二）: medium needs both 300 employees and
    // 20,000,000); the revenue fails the pool's upper bound, so the outcome is ineligible whatever the size
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3982")
        .years(List.of(EnterpriseYear.builder().year(2023).employees(150).revenue(Cny.of("26000000")).build()))
        .build();
    LocalDate asOf = LocalDate.of(2024, 6, 30);
    MeasureId pool = ScaleUpPoolMeasure.SHENZHEN_2022.id();
    MeasureOutcome plain = ENGINE.evaluate(profile, asOf).outcome(pool).orElseThrow();
    MeasureOutcome explained = ENGINE.explain(profile, asOf).outcome(pool).orElseThrow();
    for (MeasureOutcome outcome : List.of(plain, explained)) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
      assertThat(outcome.missingFacts()).isEmpty();
    }
    // the explanation reads the size condition as met on the class the figures decide, with the note saying where
    // the class came from; before 2026-12-06 it read "unknown (fact missing) (size not given)"
    List<String> steps = explained.explanation().steps().stream()
        .map(step -> step.render(Locale.ENGLISH)).toList();
    assertThat(steps).anyMatch(step -> step.contains("a small or micro enterprise") && step.contains("— met"));
    assertThat(steps).noneMatch(step -> step.contains("unknown (fact missing)"));
    assertThat(sizeNote(explained).message().en()).contains("classified small");
  }

  @Test
  void test_aFigureMissing_classOpen_sameOutcomeForEveryPossibleClass_decided() {
    // 2022 revenue 18,000,000 < 20,000,000 rules out medium and large (第四条（二）: medium needs Y ≥ 2,000万元);
    // small needs ≥ 20 employees, not given, so the firm is small or micro. The 2023 fee reduction (深工信〔2023〕26号
    // 第6条) is for 小微企业, small and micro alike: 50,000.00 as for the stated small size (first test), not undetermined
    EnterpriseProfile profile = withoutSize(EnterpriseYear.builder().year(2022).revenue(Cny.of("18000000")).build());
    int index = profile.yearIndex(2022);
    String employees = "/years/" + index + "/employees";
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).isEmpty();
    assertThat(step.missingFigures()).containsExactly(employees);
    for (EntitlementReport report : bothForms(profile)) {
      MeasureOutcome fee = smallMicroFee(report);
      assertThat(fee.missingFacts()).doesNotContain("/size", employees);
      Reason note = sizeNote(fee);
      assertThat(note.citation().document()).isEqualTo("工信部联企业〔2011〕300号");
      assertThat(note.message().zh()).contains("小型企业或微型企业");
      // the class itself stays open, but the firm is an SME either way (register §4.6 item 42)
      MeasureOutcome size = report.outcome(SizeStandard.MIIT_2011.id()).orElseThrow();
      assertThat(size.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(size.detail().orElseThrow().zh()).isEqualTo("小型企业或微型企业（2022年数据，规模待定）");
      assertThat(size.missingFacts()).containsExactly(employees);
    }
  }

  @Test
  void test_aFigureMissing_isNamedWhereTheSizeIsNeeded_andRanked() {
    // 2022: 500 employees (≥ 300, < 1,000), revenue not given: medium, small or micro (第四条（二）); the fee
    // reduction (第6条) is for 小微企业 only, so a medium firm gets nothing: the revenue decides
    EnterpriseProfile profile = withoutSize(EnterpriseYear.builder().year(2022).employees(500).build());
    int index = profile.yearIndex(2022);
    String employees = "/years/" + index + "/revenue";
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).isEmpty();
    assertThat(step.missingFigures()).containsExactly(employees);
    EntitlementReport report = ENGINE.evaluate(profile, CatalogProfiles.AS_OF);
    MeasureOutcome fee = fee(report);
    assertThat(fee.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(fee.missingFacts()).contains("/size", employees);
    // not large with 500 employees (工业 large needs ≥ 1,000): an SME whichever class, the class open
    MeasureOutcome size = report.outcome(SizeStandard.MIIT_2011.id()).orElseThrow();
    assertThat(size.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(size.missingFacts()).containsExactly(employees);
    NextQuestion question = report.nextQuestions().stream().filter(q -> q.fact().equals(employees)).findFirst()
        .orElseThrow();
    NextQuestion sizeQuestion = report.nextQuestions().stream().filter(q -> q.fact().equals("/size")).findFirst()
        .orElseThrow();
    // the figure decides at least what the size decides: the same money-bearing measures need it
    assertThat(question.measures()).containsAll(sizeQuestion.measures());
    assertThat(question.amountDecided().isGreaterThanOrEqualTo(sizeQuestion.amountDecided())).isTrue();
  }

  @Test
  void test_noPriorYear_namesTheYears_andAStatedSizeLeavesEverythingAlone() {
    EnterpriseProfile sample = CatalogProfiles.sample();
    EnterpriseProfile noSize = withoutSize(EnterpriseYear.builder().year(2021).employees(5).build());
    SizeProfileStep step = SizeProfileStep.of(noSize, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.missingFigures()).containsExactly("/years");
    assertThat(SizeProfileStep.of(sample, PolicyData.builtIn(), CatalogProfiles.AS_OF).missingFigures()).isEmpty();
    assertThat(SizeProfileStep.of(sample, PolicyData.builtIn(), CatalogProfiles.AS_OF).derivedSize()).isEmpty();
    // an industry outside the standard (金融业) derives nothing and adds nothing
    EnterpriseProfile bank = EnterpriseProfile.builder().from(noSize).industryCode("J6620").build();
    SizeProfileStep none = SizeProfileStep.of(bank, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(none.derivedSize()).isEmpty();
    assertThat(none.missingFigures()).isEmpty();
    assertThat(ENGINE.evaluate(bank, CatalogProfiles.AS_OF).outcome(SizeStandard.MIIT_2011.id()).orElseThrow()
        .missingFacts()).containsExactly("/size");
  }

  @Test
  void test_yearOption_evaluationYear() {
    // the sample's 2023 figures (120 employees, 18,000,000 of revenue) classify it small when the evaluation year's
    // figures are chosen; by default (the prior full year, 2022, not in the profile) it asks for the years
    EnterpriseProfile noSize = EnterpriseProfile.builder().from(CatalogProfiles.sample()).size(Optional.empty())
        .build();
    SizeProfileStep byDefault = SizeProfileStep.of(noSize, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(byDefault.derivedSize()).isEmpty();
    assertThat(byDefault.missingFigures()).containsExactly("/years");
    SizeProfileStep current = SizeProfileStep.of(noSize, PolicyData.builtIn(), CatalogProfiles.AS_OF,
        new SizeOptions(SizeFiguresYear.EVALUATION_YEAR));
    assertThat(current.derivedSize()).contains(EnterpriseSize.SMALL);
  }

  /** A measure of another kind, to stand where the size standard is looked for. */
  private record OtherMeasure(MeasureId id, ClauseRef clause, DocumentStatus documentStatus, LocalizedText title)
      implements Measure {
  }

  @Test
  void test_standardFromTheData_byItsIdOrElseAnyOtherSizeStandard() {
    // the 2022 figures classify the sample small (第四条（二）, as in the first test); only where the data holds a
    // size standard, under the built-in id or another
    EnterpriseProfile profile = withoutSize(EnterpriseYear.builder().year(2022).employees(120)
        .revenue(Cny.of("18000000")).totalAssets(Cny.of("30000000")).build());
    SizeStandard miit = PolicyData.builtIn().getMeasure(SizeStandard.MIIT_2011);
    PolicyDocument document = PolicyData.builtIn().documentOf(miit);
    SizeStandard renamed = new SizeStandard(MeasureId.of("miit-2011-300.local-size"), miit.clause(),
        miit.documentStatus(), miit.title(), miit.industries(), miit.classificationRule(), miit.industryMapping(),
        miit.indicatorDefinitions());
    OtherMeasure impostor = new OtherMeasure(SizeStandard.MIIT_2011.id(), miit.clause(), miit.documentStatus(),
        miit.title());
    PolicyData other = PolicyData.of(List.of(PolicyPack.of(PolicyPack.SCHEMA, document, List.of(renamed),
        List.of())));
    assertThat(SizeProfileStep.of(profile, other, CatalogProfiles.AS_OF).derivedSize()).contains(EnterpriseSize.SMALL);
    PolicyData both = PolicyData.of(List.of(PolicyPack.of(PolicyPack.SCHEMA, document, List.of(impostor, renamed),
        List.of())));
    assertThat(SizeProfileStep.of(profile, both, CatalogProfiles.AS_OF).derivedSize()).contains(EnterpriseSize.SMALL);
    // the built-in id held by a measure of another kind, and no size standard: nothing derived, nothing asked
    PolicyData none = PolicyData.of(List.of(PolicyPack.of(PolicyPack.SCHEMA, document, List.of(impostor),
        List.of())));
    SizeProfileStep inactive = SizeProfileStep.of(profile, none, CatalogProfiles.AS_OF);
    assertThat(inactive.derivedSize()).isEmpty();
    assertThat(inactive.missingFigures()).isEmpty();
  }
}
