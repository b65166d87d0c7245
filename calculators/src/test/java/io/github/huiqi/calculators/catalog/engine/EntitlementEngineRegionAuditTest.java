package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the region rule of district measures: a firm whose registration code names only its city
 * (深圳市 440300) may be in 光明区 or 龙岗区, so the district measures of the 2021 reply letter are open for it, asking
 * for a finer code; a firm of another district is outside them.
 */
class EntitlementEngineRegionAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final MeasureId GUANGMING = MeasureId.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy");
  private static final MeasureId LONGGANG = MeasureId.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");

  private static MeasureOutcome outcome(EntitlementReport report, MeasureId id) {
    return report.outcome(id).orElseThrow();
  }

  @Test
  void test_cityCodeOnly_districtMeasuresUndeterminedAskingForTheRegion() {
    // 2021 reply letter (光明区, 龙岗区 items): the district's enterprises; "440300" = 深圳市 as a whole, which holds
    // 440311 (光明区) and 440307 (龙岗区): whether the firm is in the district is not known
    EnterpriseProfile shenzhen = EnterpriseProfile.builder().registrationRegionCode("440300").build();
    for (EntitlementReport report : new EntitlementReport[] {ENGINE.evaluate(shenzhen, AS_OF),
        ENGINE.explain(shenzhen, AS_OF)}) {
      for (MeasureId id : new MeasureId[] {GUANGMING, LONGGANG}) {
        MeasureOutcome outcome = outcome(report, id);
        assertThat(outcome.verdict()).as(id.toString()).isEqualTo(Verdict.UNDETERMINED);
        assertThat(outcome.missingFacts()).as(id.toString()).contains("/registrationRegionCode", "/leases");
      }
    }
  }

  @Test
  void test_cityCodeOnly_explained_theRegionConditionFirstAndUnknown() {
    EnterpriseProfile shenzhen = EnterpriseProfile.builder().registrationRegionCode("440300").build();
    MeasureOutcome outcome = outcome(ENGINE.explain(shenzhen, AS_OF), GUANGMING);
    assertThat(outcome.reasons()).extracting(r -> r.code()).first().isEqualTo("enterprise-in-region");
    assertThat(outcome.explanation().steps().get(0)).isInstanceOfSatisfying(ConditionStep.class, step -> {
      assertThat(step.outcome()).isEqualTo(ConditionOutcome.UNKNOWN);
      assertThat(step.detail()).isEqualTo("registrationRegionCode = 440300, a wider area than 440311");
    });
    // a region not given at all: the same condition, unknown, saying so
    MeasureOutcome bare = outcome(ENGINE.explain(EnterpriseProfile.builder().build(), AS_OF), GUANGMING);
    assertThat(bare.explanation().steps().get(0)).isInstanceOfSatisfying(ConditionStep.class,
        step -> assertThat(step.detail()).isEqualTo("registrationRegionCode not given"));
  }

  @Test
  void test_regionNotGiven_aMeasureTestingItItself_saysSoOnce() {
    // 深工信〔2023〕26号 第5条 tests "在深圳市注册经营" itself, as does the 2017 guide's "在深圳市注册": with no region the
    // reader is told once that it is unknown (each once read "企业在深圳市注册" before its own reason and step)
    EnterpriseProfile unknown = EnterpriseProfile.builder().industryCode("C3484").build();
    EntitlementReport report = ENGINE.explain(unknown, AS_OF);
    for (MeasureId id : new MeasureId[] {MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy"),
        MeasureId.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy")}) {
      MeasureOutcome outcome = outcome(report, id);
      assertThat(outcome.verdict()).as(id.toString()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(outcome.missingFacts()).as(id.toString()).contains("/registrationRegionCode");
      assertThat(outcome.reasons()).as(id.toString()).filteredOn(r -> r.code().equals("enterprise-in-region"))
          .hasSize(1);
      assertThat(outcome.explanation().stepsOf(ConditionStep.class)).as(id.toString())
          .filteredOn(step -> step.detail().equals("registrationRegionCode not given")).hasSize(1);
    }
    // the measure's own words are kept: 第5条's "注册经营"
    assertThat(outcome(report, MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy")).reasons())
        .filteredOn(r -> r.code().equals("enterprise-in-region")).singleElement()
        .satisfies(r -> assertThat(r.message().zh()).isEqualTo("企业在深圳市（440300）注册经营"));
  }

  @Test
  void test_otherDistrictOrCity_stillOutside() {
    // 440305 = 南山区: neither 光明区 nor 龙岗区; 310115 = 上海市浦东新区
    for (String code : new String[] {"440305", "310115", "310000"}) {
      EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode(code).build();
      for (EntitlementReport report : new EntitlementReport[] {ENGINE.evaluate(firm, AS_OF),
          ENGINE.explain(firm, AS_OF)}) {
        assertThat(outcome(report, GUANGMING).verdict()).as(code).isEqualTo(Verdict.INELIGIBLE);
        assertThat(outcome(report, LONGGANG).verdict()).as(code).isEqualTo(Verdict.INELIGIBLE);
      }
    }
  }

  @Test
  void test_districtCode_inItsOwnDistrictOnly() {
    EnterpriseProfile guangming = EnterpriseProfile.builder().registrationRegionCode("440311").build();
    EntitlementReport report = ENGINE.evaluate(guangming, AS_OF);
    assertThat(outcome(report, GUANGMING).verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome(report, GUANGMING).missingFacts()).doesNotContain("/registrationRegionCode");
    assertThat(outcome(report, LONGGANG).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }
}
