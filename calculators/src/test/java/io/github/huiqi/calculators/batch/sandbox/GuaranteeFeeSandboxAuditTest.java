package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A policy office's QA of the guarantee-fee reduction (深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对小微企业的
 * 担保费率最高减免40%、且不高于1%") screened over four firms and costed in the sandbox with the 1% ceiling lowered to
 * 0.8%. Each firm has one loan of 1,000,000 guaranteed by a government guarantor from 2023-03-01 to 2024-03-01, a whole
 * year, so a fee is the principal × the annual rate (whole months ÷ 12, decisions register §4.3 item 21); the saving
 * is the standard fee less the fee under the measure, at the measure's maximum reduction of 40%:
 * <ul>
 *   <li>H (SMALL), standard 2%: min(2% × 60% = 1.2%, 1%) = 1%: 20,000.00 − 10,000.00 = 10,000.00 saved; under a
 *       0.8% ceiling 20,000.00 − 8,000.00 = 12,000.00.</li>
 *   <li>I (MICRO), standard 1.5%: 0.9%: 15,000.00 − 9,000.00 = 6,000.00; under 0.8%, 15,000.00 − 8,000.00 =
 *       7,000.00.</li>
 *   <li>J (SMALL), standard 1.2%: 0.72%, under either ceiling: 12,000.00 − 7,200.00 = 4,800.00.</li>
 *   <li>K (MEDIUM), standard 2%: not a small or micro firm, ineligible.</li>
 * </ul>
 */
class GuaranteeFeeSandboxAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeReductionMeasure FEE = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);

  private static EnterpriseProfile guaranteed(String name, EnterpriseSize size, String standardRate) {
    LoanFacts loan = LoanFacts.builder().loanId(name + "-L").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 3, 1)).maturityDate(LocalDate.of(2024, 3, 1))
        .annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300")
        .guarantee(LoanGuarantee.builder().governmentGuarantor(true).guarantorInRegion(true)
            .standardFeeRate(Rate.parse(standardRate)).build())
        .build();
    return EnterpriseProfile.builder().name(name).registrationRegionCode("440305").independentLegalPerson(true)
        .size(size).onSeriousDishonestyList(false).loans(List.of(loan)).build();
  }

  static List<EnterpriseProfile> population() {
    return List.of(guaranteed("H", EnterpriseSize.SMALL, "2%"), guaranteed("I", EnterpriseSize.MICRO, "1.5%"),
        guaranteed("J", EnterpriseSize.SMALL, "1.2%"), guaranteed("K", EnterpriseSize.MEDIUM, "2%"));
  }

  @Test
  void screening_feeSavedPerFirm_andTheMeasuresTotals() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(EntitlementEngine.builtIn(), population().iterator(), AS_OF,
        firms::add);
    ScreeningMeasureTotals fee = totals.measure(FEE.id()).orElseThrow();
    assertThat(fee.kind()).isEqualTo(AmountKind.FEE_SAVED);
    assertThat(fee.eligible()).isEqualTo(3);
    assertThat(fee.ineligible()).isEqualTo(1);
    assertThat(fee.undetermined()).isZero();
    // 10,000.00 + 6,000.00 + 4,800.00 = 20,800.00
    assertThat(fee.certain()).isEqualTo(Cny.of("20800.00"));
    assertThat(fee.inReach()).isEqualTo(Cny.of("20800.00"));
  }

  @Test
  void sandbox_theCeilingLoweredTo0point8Percent_costsTheGuarantors3000() {
    GuaranteeFeeReductionMeasure f = FEE;
    GuaranteeFeeReductionMeasure lower = new GuaranteeFeeReductionMeasure(f.id(), f.clause(), f.documentStatus(),
        f.title(), f.policyPeriod(), f.eligibleBorrowerSizes(), f.maximumReduction(),
        f.feeRateCeiling().withValue(Rate.parse("0.8%")), f.reGuaranteeReduction(), f.dayCount(), f.rounding());
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(lower)));
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(), changed, population().iterator(), AS_OF);
    SandboxMeasureDelta fee = report.measure(FEE.id()).orElseThrow();
    // 12,000.00 + 7,000.00 + 4,800.00 = 23,800.00: +2,000.00 (H) + 1,000.00 (I) = +3,000.00
    assertThat(fee.certainBefore()).isEqualTo(Cny.of("20800.00"));
    assertThat(fee.certainAfter()).isEqualTo(Cny.of("23800.00"));
    assertThat(fee.certainChange()).isEqualTo(Cny.of("3000.00"));
    assertThat(fee.gainers()).isEqualTo(2);
    assertThat(fee.losers()).isZero();
    // by size: SMALL H +2,000.00 (J none); MICRO I +1,000.00; MEDIUM K nothing
    assertThat(report.group("SMALL").orElseThrow().inReachChange()).isEqualTo(Cny.of("2000.00"));
    assertThat(report.group("SMALL").orElseThrow().gainers()).isEqualTo(1);
    assertThat(report.group("MICRO").orElseThrow().inReachChange()).isEqualTo(Cny.of("1000.00"));
    assertThat(report.group("MEDIUM").orElseThrow().inReachChange().isZero()).isTrue();
    assertThat(report.group("440305").orElseThrow().inReachChange()).isEqualTo(Cny.of("3000.00"));
  }
}
