package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link SizeEvaluator} on profiles against 工信部联企业〔2011〕300号: the class from the prior full year's figures
 * (2022 on 2023-06-30) with its note and reason, the profile's stated size when the figures do not decide, and an
 * industry outside the standard or a code too coarse for it.
 */
class SizeEvaluatorTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static EnterpriseProfile.Builder firm(String industryCode, EnterpriseYear year2022) {
    return EnterpriseProfile.builder().registrationRegionCode("440306").industryCode(industryCode)
        .years(List.of(year2022));
  }

  private static EnterpriseYear year2022(Integer employees, String revenue) {
    EnterpriseYear.Builder year = EnterpriseYear.builder().year(2022).totalAssets(Cny.of("30000000"));
    if (employees != null) {
      year.employees(employees);
    }
    if (revenue != null) {
      year.revenue(Cny.of(revenue));
    }
    return year.build();
  }

  private static MeasureOutcome both(EnterpriseProfile profile) {
    return CatalogRuns.both(SizeStandard.MIIT_2011.id(), profile, AS_OF);
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Test
  void test_amountKind_nonMonetary() {
    assertThat(SizeEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
  }

  @Test
  void test_smallFromTheFigures_explainedWithTheYearNote_andTheSmeReason() {
    // 第四条（二）工业: 120 employees ≥ 20 and 18,000,000 ≥ 3,000,000 but < 20,000,000 of revenue: small
    MeasureOutcome outcome = both(firm("C3484", year2022(120, "18000000")).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
    assertThat(codes(outcome.reasons())).containsExactly("sme");
    assertThat(codes(outcome.notes())).containsExactly("size-figures-year");
    assertThat(outcome.explanation().steps()).isNotEmpty();
  }

  @Test
  void test_largeFromTheFigures_ineligible_notAnSme() {
    // 第四条（二）工业: 1,000 employees and 400,000,000 of revenue, both at the large bounds: large
    MeasureOutcome outcome = both(firm("C3484", year2022(1000, "400000000")).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(codes(outcome.reasons())).containsExactly("not-sme");
  }

  @Test
  void test_figuresUndecided_theStatedSizeUsed_withANote() {
    // 18,000,000 of revenue rules out medium and large, small needs ≥ 20 employees: not given; the profile says SMALL
    MeasureOutcome outcome = both(firm("C3484", year2022(null, "18000000")).size(EnterpriseSize.SMALL).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(codes(outcome.notes())).containsExactly("size-figures-year", "size-as-stated");
    assertThat(outcome.missingFacts()).isEmpty();
    // the class is the stated one, not the figures': the detail says so rather than "small (2022 figures)"
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("small (as the profile states)");
    assertThat(outcome.detail().orElseThrow().zh()).isEqualTo("小型企业（档案所填规模）");
  }

  @Test
  void test_figuresUndecided_onlySmeClassesPossible_eligible_theClassOpen() {
    // 18,000,000 of revenue: small or micro (第四条（二）工业: medium needs ≥ 20,000,000 of revenue, small ≥ 20
    // employees), the headcount not given and no size stated: an SME either way, so eligible (register §4.6 item 42),
    // the classes still possible the detail, and the headcount still missing, which the reason names
    MeasureOutcome outcome = both(firm("C3484", year2022(null, "18000000")).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("small or micro (2022 figures, class open)");
    assertThat(outcome.detail().orElseThrow().zh()).isEqualTo("小型企业或微型企业（2022年数据，规模待定）");
    assertThat(outcome.missingFacts()).containsExactly("/years/0/employees");
    assertThat(codes(outcome.reasons())).containsExactly("sme-class-open");
    assertThat(outcome.reasons().get(0).message().en()).isEqualTo("an SME (small or micro); the facts that decide the "
        + "class are not known: /years/0/employees");
    assertThat(outcome.reasons().get(0).citation().label()).contains("划分办法");
    // 500 employees, the revenue not given: not large (工业 large needs ≥ 1,000 employees and ≥ 400,000,000), medium
    // with ≥ 20,000,000 of revenue, small with ≥ 3,000,000, else micro: still an SME
    MeasureOutcome headcountOnly = both(firm("C3484", year2022(500, null)).build());
    assertThat(headcountOnly.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(headcountOnly.detail().orElseThrow().en())
        .isEqualTo("medium or small or micro (2022 figures, class open)");
    assertThat(headcountOnly.missingFacts()).containsExactly("/years/0/revenue");
  }

  @Test
  void test_figuresUndecided_largePossible_undetermined_theReasonNamesTheFacts() {
    // 1,200 employees, the revenue not given: large with ≥ 400,000,000 of revenue (第四条（二）工业), else medium or
    // smaller: whether the firm is an SME is open, and the explaining form says which fact would decide the class
    MeasureOutcome outcome = both(firm("C3484", year2022(1200, null)).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/years/0/revenue");
    assertThat(codes(outcome.reasons())).containsExactly("size-not-decided");
    assertThat(outcome.reasons().get(0).message().zh()).isEqualTo("划型所需的数据未知：/years/0/revenue");
    assertThat(outcome.reasons().get(0).citation().label()).contains("划分办法");
    // no year 2022 at all: the year is what is missing
    MeasureOutcome noYear = both(EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("C3484")
        .build());
    assertThat(noYear.missingFacts()).containsExactly("/years");
    assertThat(noYear.reasons().get(0).message().en())
        .isEqualTo("the facts that decide the class are not known: /years");
  }

  @Test
  void test_statedSizeTheFiguresContradict_theFiguresClass_withANoteInBothForms() {
    // 第四条（二）工业: 1,000 employees and 400,000,000 of revenue make the firm large; it states SMALL, which every
    // other measure reads, so the conflict is named
    EnterpriseProfile profile = firm("C3484", year2022(1000, "400000000")).size(EnterpriseSize.SMALL).build();
    MeasureOutcome outcome = both(profile);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("large (2022 figures)");
    assertThat(codes(outcome.notes())).containsExactly("size-figures-year", "size-stated-differs");
    assertThat(outcome.notes().get(1).message().en()).isEqualTo("the profile states small but the figures classify "
        + "the firm large: this outcome follows the figures, the other measures the stated size");
    Catalog.Entry entry = Catalog.builtIn().get(SizeStandard.MIIT_2011.id());
    MeasureOutcome plain = entry.evaluate(profile, new EvaluationContext(AS_OF, Catalog.builtIn().data(),
        EngineOptions.DEFAULTS, entry), false);
    assertThat(codes(plain.notes())).containsExactly("size-stated-differs");
    // stated as the figures have it: no note
    assertThat(codes(both(firm("C3484", year2022(1000, "400000000")).size(EnterpriseSize.LARGE).build()).notes()))
        .containsExactly("size-figures-year");
  }

  @Test
  void test_industryOutsideTheStandard_statedSizeUsed_elseUndeterminedNamingTheSize() {
    // 金融业 J is not classified by the standard
    MeasureOutcome stated = both(firm("J6620", year2022(120, "18000000")).size(EnterpriseSize.SMALL).build());
    assertThat(stated.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(codes(stated.reasons())).containsExactly("sme");
    MeasureOutcome unknown = both(firm("J6620", year2022(120, "18000000")).build());
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).containsExactly("/size");
    assertThat(codes(unknown.reasons())).containsExactly("industry-outside-standard");
  }

  @Test
  void test_codeTooCoarse_namesTheIndustryCode_aWrongCodeIsRefused() {
    // F: 批发业 or 零售业 (register §4.6 item 137). 120 persons, 18,000,000: 批发业（四） medium needs 5,000万元, small
    // 120 ≥ 5 and 18,000,000 ≥ 10,000,000: small; 零售业（五） medium 120 ≥ 50 and 18,000,000 ≥ 5,000,000: medium.
    // Medium or small: an SME either way (item 42), the class open on the industry code
    MeasureOutcome coarse = both(firm("F", year2022(120, "18000000")).build());
    assertThat(coarse.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(coarse.detail().orElseThrow().zh()).isEqualTo("中型企业或小型企业（2022年数据，规模待定）");
    assertThat(coarse.missingFacts()).containsExactly("/industryCode");
    // G: may be 铁路运输业 G53, outside the standard: undetermined whatever the figures
    MeasureOutcome railwayPerhaps = both(firm("G", year2022(120, "18000000")).build());
    assertThat(railwayPerhaps.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(railwayPerhaps.missingFacts()).containsExactly("/industryCode");
    // A33: division 33 is in section C, not A: an error, not a missing fact
    assertThatThrownBy(() -> Catalog.builtIn().evaluate(SizeStandard.MIIT_2011.id(),
        firm("A33", year2022(120, "18000000")).build(), AS_OF))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.code()).isEqualTo("input.invalid"));
  }

  @Test
  void test_figures_yearPointer_evenWhenTheIndustryIsMissing() {
    EnterpriseProfile noIndustry = EnterpriseProfile.builder().years(List.of(year2022(120, "18000000"))).build();
    // the only year is the first: /years/0, though the request cannot be built without the industry code
    assertThat(SizeProfileFigures.read(noIndustry, 2022).yearPointer()).contains("/years/0");
    assertThat(SizeProfileFigures.read(noIndustry, 2022).missing()).containsExactly("/industryCode");
    // 2021 is not in the profile: no pointer
    assertThat(SizeProfileFigures.read(noIndustry, 2021).yearPointer()).isEmpty();
    assertThat(SizeProfileFigures.read(noIndustry, 2021).missing()).containsExactly("/industryCode", "/years");
  }
}
