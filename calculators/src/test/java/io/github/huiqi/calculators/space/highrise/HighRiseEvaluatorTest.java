package io.github.huiqi.calculators.space.highrise;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link HighRiseEvaluator}: informational, since 深工信〔2023〕26号 第3条's 35 元/m² is a project's average.
 */
class HighRiseEvaluatorTest {

  private static final MeasureId ID = HighRiseMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static EnterpriseProfile firm(RentLease... leases) {
    return EnterpriseProfile.builder().registrationRegionCode("440306").leases(List.of(leases)).build();
  }

  @Test
  void test_firmInTheProgramme_detailGivesItsAverage() {
    // 42,000.00 ÷ 1,200 m² = 35.00 元/m²/month, within 35
    MeasureOutcome outcome = CatalogRuns.both(ID, firm(HighRiseCalculatorTest.lease("L", "1200", "42000.00")), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.detail().orElseThrow().zh()).contains("35.00", "不高于");
    assertThat(outcome.explanation().steps()).isNotEmpty();
    // 42,012.00 ÷ 1,200 = 35.01: above
    assertThat(CatalogRuns.both(ID, firm(HighRiseCalculatorTest.lease("L", "1200", "42012.00")), AS_OF).detail()
        .orElseThrow().en()).contains("35.01", "above");
  }

  @Test
  void test_aboveOnlyBeforeRounding_detailSaysSo() {
    // 42,000.01 ÷ 1,200 m² = 35.000008… 元/m²/month: above 35 (第3条 "不高于35元", compared unrounded), shown 35.00
    MeasureOutcome outcome = CatalogRuns.both(ID, firm(HighRiseCalculatorTest.lease("L", "1200", "42000.01")), AS_OF);
    assertThat(outcome.detail().orElseThrow().zh()).contains("35.00 元/月/平方米，舍入前高于35元");
    assertThat(outcome.detail().orElseThrow().en()).contains("35.00 CNY per m² a month, above 35 before rounding");
  }

  @Test
  void test_noLeaseInTheProgramme_reasonIsTheFailedCondition() {
    // 深工信〔2023〕26号 第3条 (工业上楼 average rent): a firm whose one lease is known not to be in an 工业上楼 project
    // fails the condition, so its reason is "not-high-rise-lease" (README: "not-" + the code when it fails), not the
    // met code; a firm whose lease's flag is unknown keeps the condition's own code, and one with no leases at all
    // ([] known empty) fails it too
    RentLease other = RentLease.builder().from(HighRiseCalculatorTest.lease("L", "10", "1.00")).highRiseProject(false)
        .build();
    MeasureOutcome failed = CatalogRuns.both(ID, firm(other), AS_OF);
    assertThat(failed.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(failed.reasons()).extracting(Reason::code).containsExactly("not-high-rise-lease");
    assertThat(CatalogRuns.both(ID, firm(), AS_OF).reasons()).extracting(Reason::code)
        .containsExactly("not-high-rise-lease");
    RentLease unknown = RentLease.builder().from(other).highRiseProject(Optional.empty()).build();
    MeasureOutcome open = CatalogRuns.both(ID, firm(unknown), AS_OF);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.reasons()).extracting(Reason::code).containsExactly("high-rise-lease");
  }

  @Test
  void test_notInTheProgramme_unknownFlag_unknownRent() {
    RentLease other = RentLease.builder().from(HighRiseCalculatorTest.lease("L", "10", "1.00")).highRiseProject(false)
        .build();
    assertThat(CatalogRuns.both(ID, firm(other), AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
    RentLease unknown = RentLease.builder().from(other).highRiseProject(Optional.empty()).build();
    MeasureOutcome flag = CatalogRuns.both(ID, firm(unknown), AS_OF);
    assertThat(flag.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(flag.missingFacts()).containsExactly("/leases/0/highRiseProject");
    // in the programme, the rent not given: eligible, non-monetary 0.00; the rent changes only the detail, so it is
    // not a missing fact (decisions register §4.6 item 51; before: /leases/0/monthlyRent, asked as deciding 0.00)
    RentLease noRent = RentLease.builder().from(other).highRiseProject(true).monthlyRent(Optional.empty()).build();
    MeasureOutcome rentOpen = CatalogRuns.both(ID, firm(noRent), AS_OF);
    assertThat(rentOpen.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(rentOpen.missingFacts()).isEmpty();
    assertThat(rentOpen.detail().orElseThrow().en()).contains("the firm's rent is not given");
  }

  @Test
  void test_theDetailReadsTheMeasuresCeiling() {
    // a host's ceiling of 30 元/m² in place of 第3条's 35: 3,200.00 ÷ 100 m² = 32.00 is above it, and the detail says
    // 30, the measure's figure (before, the words said 35 whatever the measure)
    HighRiseMeasure builtIn = PolicyData.builtIn().getMeasure(HighRiseMeasure.SHENZHEN_2023);
    HighRiseMeasure thirty = new HighRiseMeasure(builtIn.id(), builtIn.clause(), builtIn.documentStatus(),
        builtIn.title(), builtIn.averageRentCeiling().withValue(Cny.of("30")), builtIn.rounding(),
        builtIn.averageRule());
    Catalog catalog = Catalog.builtIn();
    MeasureOutcome outcome = HighRiseEvaluator.DEFAULT.evaluate(thirty,
        firm(HighRiseCalculatorTest.lease("L", "100", "3200.00")),
        new EvaluationContext(AS_OF, catalog.data(), EngineOptions.DEFAULTS, catalog.get(ID)), false);
    assertThat(outcome.detail().orElseThrow().en()).contains("average 32.00 CNY per m² a month, above 30;");
    assertThat(outcome.detail().orElseThrow().zh()).contains("32.00 元/月/平方米，高于30元");
  }
}
