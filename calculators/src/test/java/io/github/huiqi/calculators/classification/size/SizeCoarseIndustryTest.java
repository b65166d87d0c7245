package io.github.huiqi.calculators.classification.size;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.classification.size.SizeIndustry;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the size class of a firm whose industry code is too coarse to name one group of 工信部联企业〔2011〕300号
 * (decisions register §4.6 item 137): the class when every group the code may fall in gives it, else the classes
 * still possible with {@code /industryCode} named; the size measure itself, the engine's derived size and a measure
 * downstream that reads it (the Shenzhen guarantee-fee reduction), typed plain and explained and as JSON.
 * <p>
 * The bands (第四条, each column's lower bounds inclusive, 及以上): （十一）信息传输业 medium 100 persons and 1,000万元,
 * small 10 and 100万元, large 2,000 and 100,000万元; （十二）软件和信息技术服务业 medium 100 and 1,000万元, small 10 and
 * 50万元, large 300 and 10,000万元; （四）批发业 medium 20 and 5,000万元, small 5 and 1,000万元; （五）零售业 medium 50
 * and 500万元, small 10 and 100万元; （六）交通运输业 small 20 and 200万元, medium 300 and 3,000万元; （七）仓储业 small 20
 * and 100万元, medium 100 and 1,000万元; （九）住宿业 and （十）餐饮业 alike, medium 100 and 2,000万元, small 10 and 100万元.
 */
class SizeCoarseIndustryTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static EnterpriseProfile firm(String industryCode, int employees, String revenue) {
    return EnterpriseProfile.builder().registrationRegionCode("440306").industryCode(industryCode)
        .years(List.of(year2022(employees, revenue))).build();
  }

  private static EnterpriseYear year2022(int employees, String revenue) {
    return EnterpriseYear.builder().year(2022).employees(employees).revenue(Cny.of(revenue))
        .totalAssets(Cny.of("30000000")).build();
  }

  /** The size measure, plain and explained (CatalogRuns checks they agree). */
  private static MeasureOutcome size(EnterpriseProfile profile) {
    return CatalogRuns.both(SizeStandard.MIIT_2011.id(), profile, AS_OF);
  }

  private static List<String> codes(List<Reason> reasons) {
    return reasons.stream().map(Reason::code).toList();
  }

  @Test
  void test_mayBeIn_theGroupsOfTheCodesUnderThePrefix_noneWhereACodeIsOutsideTheStandard() {
    assertThat(SizeIndustry.mayBeIn("I")).containsExactly(SizeIndustry.INFORMATION_TRANSMISSION,
        SizeIndustry.SOFTWARE_AND_IT_SERVICES);
    assertThat(SizeIndustry.mayBeIn("F")).containsExactly(SizeIndustry.WHOLESALE, SizeIndustry.RETAIL);
    assertThat(SizeIndustry.mayBeIn("H")).containsExactly(SizeIndustry.ACCOMMODATION, SizeIndustry.CATERING);
    assertThat(SizeIndustry.mayBeIn("G59")).containsExactly(SizeIndustry.TRANSPORT, SizeIndustry.WAREHOUSING);
    // G holds 铁路运输业 G53, K and K70 自有房地产经营 K704, Q 卫生 Q84: outside the standard
    for (String mayBeOutside : List.of("G", "K", "K70", "Q")) {
      assertThat(SizeIndustry.mayBeIn(mayBeOutside)).as(mayBeOutside).isEmpty();
    }
    // codes that name one group, and no code
    for (String fine : List.of("C", "I65", "I6311", "G591", "K701", "M")) {
      assertThat(SizeIndustry.mayBeIn(fine)).as(fine).isEmpty();
    }
    assertThat(SizeIndustry.mayBeIn(null)).isEmpty();
  }

  @Test
  void test_sectionI_smallUnderBothGroups_small_determined() {
    // 50 persons, 5,000,000 of 2022 revenue. 信息传输业（十一）: medium needs 100 persons (50 < 100): not medium; small
    // 50 ≥ 10 and 5,000,000 ≥ 1,000,000: small. 软件和信息技术服务业（十二）: medium needs 100 persons: not medium;
    // small 50 ≥ 10 and 5,000,000 ≥ 500,000: small. Both small: small, no fact missing
    MeasureOutcome outcome = size(firm("I", 50, "5000000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(codes(outcome.reasons())).containsExactly("sme");
    // the fine codes give the same
    assertThat(size(firm("I6311", 50, "5000000")).detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
    assertThat(size(firm("I6510", 50, "5000000")).detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
  }

  @Test
  void test_sectionI_explained_eachGroupThenTheClassTheyShare() {
    MeasureOutcome explained = CatalogRuns.both(SizeStandard.MIIT_2011.id(), firm("I", 50, "5000000"), AS_OF);
    List<String> steps = explained.explanation().steps().stream().map(step -> step.render(Locale.ENGLISH)).toList();
    assertThat(steps).anyMatch(step -> step.contains("industry (GB/T 4754-2017 I): information transmission"));
    assertThat(steps).anyMatch(step -> step.contains("industry (GB/T 4754-2017 I): software and IT services"));
    assertThat(steps.get(steps.size() - 1)).contains("every group code I may fall in")
        .contains("gives one class: small");
  }

  @Test
  void test_sectionI_smallOrMicro_anSmeWithTheClassOpen_namingTheIndustryCode() {
    // 50 persons, 800,000 of revenue. 信息传输业: small needs 1,000,000 (800,000 < 1,000,000): micro.
    // 软件和信息技术服务业: small 50 ≥ 10 and 800,000 ≥ 500,000: small. Small or micro: an SME either way (item 42)
    MeasureOutcome outcome = size(firm("I", 50, "800000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.detail().orElseThrow().zh()).isEqualTo("小型企业或微型企业（2022年数据，规模待定）");
    assertThat(outcome.missingFacts()).containsExactly("/industryCode");
    // the fine codes decide: micro under I6311, small under I6510
    assertThat(size(firm("I6311", 50, "800000")).detail().orElseThrow().en()).isEqualTo("micro (2022 figures)");
    assertThat(size(firm("I6510", 50, "800000")).detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
  }

  @Test
  void test_sectionI_mediumOrLarge_undetermined_namingTheIndustryCode() {
    // 500 persons, 200,000,000 of revenue. 信息传输业: large needs 2,000 persons (500 < 2,000): not large; medium
    // 500 ≥ 100 and 200,000,000 ≥ 10,000,000: medium. 软件和信息技术服务业: large 500 ≥ 300 and 200,000,000 ≥
    // 100,000,000: large. Medium or large: not known to be an SME
    MeasureOutcome outcome = size(firm("I", 500, "200000000"));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.missingFacts()).containsExactly("/industryCode");
    assertThat(codes(outcome.reasons())).containsExactly("size-not-decided");
    assertThat(size(firm("I6311", 500, "200000000")).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(size(firm("I6510", 500, "200000000")).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_aFigureMissing_theCodeNamedOnlyWhereTheGroupsBoundsOnItDiffer() {
    // I, revenue 1,000,000,000, persons not given: under both groups every column's revenue bound is met (信息传输业
    // large 100,000万元, 软件 large 10,000万元), the persons decide, so each group leaves large, medium, small or micro.
    // The same classes, but the large column's persons differ (2,000 against 300): 500 persons would be medium under
    // 信息传输业 and large under 软件, so the code is named with the persons
    EnterpriseProfile revenueOnly = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("I")
        .years(List.of(EnterpriseYear.builder().year(2022).revenue(Cny.of("1000000000")).build())).build();
    MeasureOutcome open = size(revenueOnly);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/industryCode", "/years/0/employees");
    // H, revenue 5,000,000, persons not given: 住宿业（九） and 餐饮业（十） have the same bands (medium 100 persons and
    // 2,000万元, small 10 and 100万元): 5,000,000 < 20,000,000 rules out medium, small needs 10 persons: small or micro
    // under both, and the code cannot decide what the persons leave open: only the persons are named
    EnterpriseProfile hotelOrRestaurant = EnterpriseProfile.builder().registrationRegionCode("440306")
        .industryCode("H").years(List.of(EnterpriseYear.builder().year(2022).revenue(Cny.of("5000000")).build()))
        .build();
    MeasureOutcome smallOrMicro = size(hotelOrRestaurant);
    assertThat(smallOrMicro.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(smallOrMicro.detail().orElseThrow().zh()).isEqualTo("小型企业或微型企业（2022年数据，规模待定）");
    assertThat(smallOrMicro.missingFacts()).containsExactly("/years/0/employees");
  }

  @Test
  void test_g59_smallUnderTransportAndWarehousing_small() {
    // 50 persons, 5,000,000. 交通运输业（六）: medium needs 300 persons: not medium; small 50 ≥ 20 and 5,000,000 ≥
    // 2,000,000: small. 仓储业（七）: medium needs 100 persons: not medium; small 50 ≥ 20 and 5,000,000 ≥ 1,000,000: small
    MeasureOutcome outcome = size(firm("G59", 50, "5000000"));
    assertThat(outcome.detail().orElseThrow().en()).isEqualTo("small (2022 figures)");
    assertThat(outcome.missingFacts()).isEmpty();
  }

  @Test
  void test_aCodeThatMayBeOutsideTheStandard_undeterminedAsBefore_andNoYearNamesTheCodeToo() {
    // G may be 铁路运输业 G53, which the standard does not classify, whatever the figures
    MeasureOutcome railwayPerhaps = size(firm("G", 50, "5000000"));
    assertThat(railwayPerhaps.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(railwayPerhaps.missingFacts()).containsExactly("/industryCode");
    // I with no 2022 figures: the groups may yet disagree, so the code is named with the year, as before
    EnterpriseProfile noYear = EnterpriseProfile.builder().registrationRegionCode("440306").industryCode("I").build();
    assertThat(size(noYear).missingFacts()).containsExactly("/industryCode", "/years");
  }

  /** The Shenzhen sample (its guarantee fee paid in 2023) with the given industry and 2022 figures, no size. */
  private static EnterpriseProfile sample(String industryCode, int employees, String revenue) {
    EnterpriseProfile sample = CatalogProfiles.sample();
    List<EnterpriseYear> years = new ArrayList<>(sample.years().orElseThrow());
    years.add(year2022(employees, revenue));
    return EnterpriseProfile.builder().from(sample).industryCode(industryCode).years(years).size(Optional.empty())
        .build();
  }

  /** The fee reduction, typed plain, typed explained and through evaluateJson: the same verdict, amount, facts. */
  private static MeasureOutcome fee(EnterpriseProfile profile) {
    EntitlementReport plain = ENGINE.evaluate(profile, CatalogProfiles.AS_OF);
    EntitlementReport explained = ENGINE.explain(profile, CatalogProfiles.AS_OF);
    EntitlementReport json = HuiqiJson.read(ENGINE.evaluateJson(HuiqiJson.write(EntitlementRequest.of(profile,
        CatalogProfiles.AS_OF))), EntitlementReport.class);
    assertThat(json).isEqualTo(plain);
    MeasureOutcome outcome = plain.outcome(GuaranteeFeeReductionMeasure.SHENZHEN_2023.id()).orElseThrow();
    for (EntitlementReport other : List.of(explained, json)) {
      MeasureOutcome same = other.outcome(GuaranteeFeeReductionMeasure.SHENZHEN_2023.id()).orElseThrow();
      assertThat(same.verdict()).isEqualTo(outcome.verdict());
      assertThat(same.amount()).isEqualTo(outcome.amount());
      assertThat(same.missingFacts()).isEqualTo(outcome.missingFacts());
    }
    return outcome;
  }

  @Test
  void test_engine_sectionI_small_theFeeReductionDecided() {
    // small under both groups (second test): the engine derives small, and the 2023 fee reduction for 小微企业
    // (深工信〔2023〕26号 第6条) on the sample's fee is worked by hand in EntitlementEngineTest: 50,000.00
    EnterpriseProfile profile = sample("I", 50, "5000000");
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).contains(EnterpriseSize.SMALL);
    assertThat(step.missingFigures()).isEmpty();
    assertThat(SizeProfileStep.derivedSizeOf(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF))
        .contains(EnterpriseSize.SMALL);
    MeasureOutcome fee = fee(profile);
    assertThat(fee.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50000.00")));
    assertThat(fee.missingFacts()).doesNotContain("/size", "/industryCode");
    Reason note = fee.notes().stream().filter(n -> n.code().equals("size-derived")).findFirst().orElseThrow();
    assertThat(note.message().zh()).contains("小型企业").contains("信息传输业、软件和信息技术服务业");
    assertThat(note.citation().document()).isEqualTo("工信部联企业〔2011〕300号");
    assertThat(note.citation().item()).contains("（十一）、（十二）");
  }

  @Test
  void test_engine_sectionI_smallOrMicro_theFeeReductionTheSameForBoth_decided() {
    // small or micro (fourth test): the fee reduction is for small and micro alike: 50,000.00
    EnterpriseProfile profile = sample("I", 50, "800000");
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).isEmpty();
    assertThat(step.missingFigures()).containsExactly("/industryCode");
    MeasureOutcome fee = fee(profile);
    assertThat(fee.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50000.00")));
    Reason note = fee.notes().stream().filter(n -> n.code().equals("size-derived")).findFirst().orElseThrow();
    assertThat(note.message().zh()).contains("小型企业或微型企业（可能属于信息传输业、软件和信息技术服务业）");
  }

  @Test
  void test_engine_sectionF_mediumOrSmall_theFeeReductionUndetermined_namingTheIndustryCode() {
    // 120 persons, 18,000,000. 批发业（四）: medium needs 50,000,000 of revenue: not medium; small 120 ≥ 5 and
    // 18,000,000 ≥ 10,000,000: small. 零售业（五）: large needs 300 persons: not large; medium 120 ≥ 50 and
    // 18,000,000 ≥ 5,000,000: medium. A small firm's reduction is 50,000.00, a medium firm's nothing (第6条, 小微企业)
    EnterpriseProfile profile = sample("F", 120, "18000000");
    SizeProfileStep step = SizeProfileStep.of(profile, PolicyData.builtIn(), CatalogProfiles.AS_OF);
    assertThat(step.derivedSize()).isEmpty();
    assertThat(step.missingFigures()).containsExactly("/industryCode");
    MeasureOutcome fee = fee(profile);
    assertThat(fee.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("50000.00")));
    assertThat(fee.missingFacts()).contains("/size", "/industryCode");
    // F51 small, F52 medium: the fine codes decide
    assertThat(fee(sample("F51", 120, "18000000")).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50000.00")));
    assertThat(fee(sample("F52", 120, "18000000")).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_engine_sectionI_mediumOrLarge_noReductionUnderEither_ineligible() {
    // medium or large (fifth test): the reduction is for 小微企业 only (第6条), so neither class gets anything
    MeasureOutcome fee = fee(sample("I", 500, "200000000"));
    assertThat(fee.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(fee.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("0.00")));
  }
}
