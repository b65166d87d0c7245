package io.github.huiqi.core.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests the guarantee-fee measure models as loaded from the built-in packs: their figures, statuses, citations,
 * invariants and JSON.
 */
class GuaranteeFeeMeasuresTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeReductionMeasure REDUCTION =
      DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeAverageMeasure AVERAGE =
      DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
  private static final GuaranteeFeeBenchmarkCapMeasure CAP =
      DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final GuaranteeFeeSubsidyMeasure SUBSIDY =
      DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);

  @Test
  void test_builtIn_figuresFromTheirSources() {
    // 深工信〔2023〕26号 第6条: "最高减免40%、且不高于1%"
    assertThat(REDUCTION.maximumReduction().value()).isEqualTo(Rate.parse("40%"));
    assertThat(REDUCTION.feeRateCeiling().value()).isEqualTo(Rate.parse("1%"));
    assertThat(REDUCTION.policyPeriod().value()).isEqualTo(DateRange.year(2023));
    assertThat(REDUCTION.maximumReduction().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(REDUCTION.reGuaranteeReduction().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    // 沪企服办〔2023〕1号 第十五条: "平均担保费率保持1%（含）以下"
    assertThat(AVERAGE.averageFeeCeiling().value()).isEqualTo(Rate.parse("1%"));
    assertThat(AVERAGE.averageFeeCeiling().citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("含"));
    // draft 第五条: "二分之一"
    assertThat(CAP.capRatio().value()).isEqualTo(Rate.parse("50%"));
    // 2017 guide: 30%, 3,000,000, 50%, 300,000
    assertThat(SUBSIDY.subsidyRatio().value()).isEqualTo(Rate.parse("30%"));
    assertThat(SUBSIDY.maximumLoanPrincipal().value()).isEqualTo(Cny.of("3000000"));
    assertThat(SUBSIDY.maximumFeeToLoanRate().value()).isEqualTo(Rate.parse("50%"));
    assertThat(SUBSIDY.capPerEnterprisePerYear().value()).isEqualTo(Cny.of("300000"));
    assertThat(SUBSIDY.subsidyRatio().citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
  }

  @Test
  void test_builtIn_statusesFollowTheirDocuments() {
    assertThat(REDUCTION.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(AVERAGE.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(CAP.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(SUBSIDY.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    for (Measure measure : List.<Measure>of(REDUCTION, AVERAGE, CAP, SUBSIDY)) {
      assertThat(DATA.documentOf(measure).status()).isEqualTo(measure.documentStatus());
    }
  }

  @Test
  void test_json_roundTripsThroughTheMeasureType() {
    for (Measure measure : List.<Measure>of(REDUCTION, AVERAGE, CAP, SUBSIDY)) {
      String json = HuiqiJson.write(measure);
      assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
    }
    assertThat(HuiqiJson.write(REDUCTION)).contains("\"type\" : \"" + GuaranteeFeeReductionMeasure.TYPE + "\"");
  }

  @Test
  void test_invariants_nameTheParameter() {
    assertThatThrownBy(() -> new GuaranteeFeeReductionMeasure(REDUCTION.id(), REDUCTION.clause(),
        REDUCTION.documentStatus(), REDUCTION.title(), REDUCTION.policyPeriod(), REDUCTION.eligibleBorrowerSizes(),
        REDUCTION.maximumReduction().withValue(Rate.parse("101%")), REDUCTION.feeRateCeiling(),
        REDUCTION.reGuaranteeReduction(), REDUCTION.dayCount(), REDUCTION.rounding()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("maximumReduction/value"));
    assertThatThrownBy(() -> new GuaranteeFeeReductionMeasure(REDUCTION.id(), REDUCTION.clause(),
        REDUCTION.documentStatus(), REDUCTION.title(), REDUCTION.policyPeriod(),
        REDUCTION.eligibleBorrowerSizes().withValue(List.<EnterpriseSize>of()), REDUCTION.maximumReduction(),
        REDUCTION.feeRateCeiling(), REDUCTION.reGuaranteeReduction(), REDUCTION.dayCount(), REDUCTION.rounding()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("eligibleBorrowerSizes/value"));
    assertThatThrownBy(() -> new GuaranteeFeeAverageMeasure(AVERAGE.id(), AVERAGE.clause(), AVERAGE.documentStatus(),
        AVERAGE.title(), AVERAGE.policyPeriod().withValue(DateRange.startingOn(LocalDate.of(2023, 1, 1))),
        AVERAGE.averageFeeCeiling(), AVERAGE.weighting(), AVERAGE.dayCount(), AVERAGE.rounding()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("policyPeriod/value/end"));
    assertThatThrownBy(() -> new GuaranteeFeeBenchmarkCapMeasure(CAP.id(), CAP.clause(), CAP.documentStatus(),
        CAP.title(), CAP.capRatio().withValue(Rate.ZERO), CAP.benchmark(), CAP.dayCount(), CAP.rounding()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("capRatio/value"));
    assertThatThrownBy(() -> new GuaranteeFeeSubsidyMeasure(SUBSIDY.id(), SUBSIDY.clause(),
        SUBSIDY.documentStatus(), SUBSIDY.title(), SUBSIDY.region(), SUBSIDY.eligibleBorrowerSizes(),
        SUBSIDY.subsidyRatio(), SUBSIDY.maximumLoanPrincipal(), SUBSIDY.maximumFeeToLoanRate(),
        SUBSIDY.capPerEnterprisePerYear().withValue(Cny.of("-1")), SUBSIDY.rounding(), SUBSIDY.implementingRules()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("capPerEnterprisePerYear/value"));
    assertThatThrownBy(() -> new GuaranteeFeeSubsidyMeasure(SUBSIDY.id(), SUBSIDY.clause(),
        SUBSIDY.documentStatus(), SUBSIDY.title(), SUBSIDY.region(), SUBSIDY.eligibleBorrowerSizes(),
        SUBSIDY.subsidyRatio(), SUBSIDY.maximumLoanPrincipal(), SUBSIDY.maximumFeeToLoanRate(),
        SUBSIDY.capPerEnterprisePerYear(), SUBSIDY.rounding(), null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("implementingRules"));
  }
}
