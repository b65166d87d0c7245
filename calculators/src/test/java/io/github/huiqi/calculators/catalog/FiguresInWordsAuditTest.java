package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.procurement.arrears.ArrearsEvaluator;
import io.github.huiqi.calculators.space.rent.RentAreaEvaluator;
import io.github.huiqi.calculators.space.rent.RentPolicyEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The words of an outcome say the measure's own figures, so that a host's pack that replaces a figure reads right:
 * 光明区's 20元/m² (2021 reply letter 一), the policy rent's 30%–70% (the same letter) and the arrears limit of 50万元
 * (沪企服办〔2023〕1号 第二十一条). Before, each text wrote the built-in figure whatever the measure held.
 */
class FiguresInWordsAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final Catalog CATALOG = Catalog.builtIn();

  private static EvaluationContext context(Measure measure) {
    return new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, CATALOG.get(measure.id()));
  }

  private static RentLease.Builder lease() {
    return RentLease.builder().leaseId("L").area(new BigDecimal("100")).start(LocalDate.of(2023, 1, 1))
        .end(LocalDate.of(2025, 12, 31));
  }

  @Test
  void test_guangmingRate_inTheDetail() {
    RentAreaMeasure builtIn = PolicyData.builtIn().getMeasure(RentAreaMeasure.GUANGMING);
    RentAreaMeasure host = new RentAreaMeasure(builtIn.id(), builtIn.clause(), builtIn.documentStatus(),
        builtIn.title(), builtIn.ratePerSquareMetre().withValue(Cny.of("25")), builtIn.periodUnit(),
        builtIn.rounding(), builtIn.techFirmRule(), builtIn.parkRule());
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440311").size(EnterpriseSize.SMALL)
        .techSme(Qualification.builder().held(true).since(LocalDate.of(2022, 1, 1)).build())
        .leases(List.of(lease().districtPark(true).build())).build();
    // 25 × 100 m² = 2,500.00 a month, and the words say 25, not 20
    MeasureOutcome outcome = RentAreaEvaluator.DEFAULT.evaluate(host, firm, context(host), false);
    assertThat(outcome.amount().minimum()).isEqualTo(Cny.of("2500.00"));
    assertThat(outcome.detail().orElseThrow().zh()).contains("（25元/m²，按实际面积）");
    assertThat(outcome.detail().orElseThrow().en()).contains("(25 yuan a square metre of actual area)");
  }

  @Test
  void test_policyRentDiscounts_inTheDetail() {
    RentPolicyMeasure builtIn = PolicyData.builtIn().getMeasure(RentPolicyMeasure.SHENZHEN_2021);
    RentPolicyMeasure host = new RentPolicyMeasure(builtIn.id(), builtIn.clause(), builtIn.documentStatus(),
        builtIn.title(), builtIn.minimumDiscount().withValue(Rate.ofPercent("20")),
        builtIn.maximumDiscount().withValue(Rate.ofPercent("60")), builtIn.rounding(), builtIn.spaceRule());
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("440306")
        .leases(List.of(lease().innovationSpace(true).referenceRent(Cny.of("50")).build())).build();
    // no discount given: 50 × 100 × (1 − 60%) = 2,000.00 to 50 × 100 × (1 − 20%) = 4,000.00
    MeasureOutcome outcome = RentPolicyEvaluator.DEFAULT.evaluate(host, firm, context(host), false);
    assertThat(outcome.amount().minimum()).isEqualTo(Cny.of("2000.00"));
    assertThat(outcome.amount().maximum()).contains(Cny.of("4000.00"));
    assertThat(outcome.detail().orElseThrow().zh()).endsWith("参考价格优惠20%－60%");
    assertThat(outcome.detail().orElseThrow().en()).contains(": 20% to 60% below the reference rent");
  }

  @Test
  void test_arrearsLimit_inTheReason() {
    ArrearsMeasure builtIn = PolicyData.builtIn().getMeasure(ArrearsMeasure.SHANGHAI_2023);
    ArrearsMeasure host = new ArrearsMeasure(builtIn.id(), builtIn.clause(), builtIn.documentStatus(),
        builtIn.title(), builtIn.fullClearanceLimit().withValue(Cny.of("1000000")), builtIn.coveredDebtors(),
        builtIn.undisputedRule(), builtIn.smeRule());
    EnterpriseProfile firm = EnterpriseProfile.builder().registrationRegionCode("310115").size(EnterpriseSize.SMALL)
        .arrearsClaims(List.of(ArrearsClaim.builder().claimId("A").debtorKind(ArrearsDebtorKind.GOVERNMENT_AGENCY)
            .amount(Cny.of("800000")).disputed(false).build())).build();
    // 800,000 undisputed ≤ a host's 1,000,000: for full clearance; the reason says 100万元 and 1,000,000
    MeasureOutcome outcome = ArrearsEvaluator.DEFAULT.evaluate(host, firm, context(host), true);
    assertThat(outcome.reasons().get(0).message().zh()).isEqualTo("100万元以下无分歧账款清偿率100%");
    assertThat(outcome.reasons().get(0).message().en())
        .isEqualTo("undisputed claims of at most 1,000,000 to be paid off in full");
    // the built-in measure's words are as before
    MeasureOutcome shanghai = ArrearsEvaluator.DEFAULT.evaluate(builtIn, firm, context(builtIn), true);
    assertThat(shanghai.reasons().get(0).message().zh()).isEqualTo("50万元以下无分歧账款清偿率100%");
    assertThat(shanghai.reasons().get(0).message().en())
        .isEqualTo("undisputed claims of at most 500,000 to be paid off in full");
  }
}
