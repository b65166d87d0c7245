package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The policy sandbox on a population of four firms worked by hand: the first-loan cap raised from 200,000 to
 * 300,000 and the risk pool's uplift from 30 to 40 points (深工信〔2023〕26号 第5条).
 */
class SandboxRunTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  @Test
  void fourFirms_costPerMeasure_gainers_bySizeAndDistrict() {
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure f = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    FirstLoanMeasure cap300k = new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(),
        f.firstLoanWindow(), f.region(), f.annualSubsidyRate(), f.maximumSubsidyMonths(), f.minimumUseMonths(),
        f.minimumLoanRate(), f.capPerEnterprise().withValue(Cny.of("300000")), f.dayCount(), f.rounding(),
        f.implementingRules());
    RiskPoolMeasure p = data.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<Parameter<RiskPoolUpliftWindow>> forty = new ArrayList<>();
    p.upliftWindows().forEach(w -> forty.add(w.withValue(RiskPoolUpliftWindow.of(w.value().grantWindow(),
        Rate.ofPercent("40")))));
    RiskPoolMeasure uplift40 = new RiskPoolMeasure(p.id(), p.clause(), p.documentStatus(), p.title(),
        p.baseRatios(), forty, p.ceiling(), p.lossBasis(), p.returnRecoveries(), p.rounding(), p.exclusionRules(),
        p.lossTrigger());
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(data.withMeasure(cap300k).withMeasure(uplift40)));

    List<EnterpriseProfile> population = List.of(
        borrower("A", "440305", EnterpriseSize.SMALL, "1000000"),
        borrower("B", "440305", EnterpriseSize.SMALL, "30000000"),
        borrower("C", "310115", EnterpriseSize.MICRO, "30000000"),
        badLoan("D", "440306", EnterpriseSize.MEDIUM));
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(), changed, population.iterator(), AS_OF);

    // First loan. A: 1,000,000 × 2% × 181/360 = 10,055.56 under either cap.
    // B: 30,000,000 × 2% × 181/360 = 301,666.67 → 200,000.00 under the cap, 300,000.00 under the raised one.
    // C is registered in Shanghai: a Shenzhen measure, ineligible either way. D is no first-time borrower.
    SandboxMeasureDelta firstLoan = report.measure(f.id()).orElseThrow();
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.of("210055.56"));
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("310055.56"));
    assertThat(firstLoan.certainChange()).isEqualTo(Cny.of("100000.00"));
    assertThat(firstLoan.gainers()).isEqualTo(1);
    assertThat(firstLoan.losers()).isZero();
    // Risk pool, D's loan granted 2023-02-15 (in the window), 800,000 outstanding, GENERAL (30% base):
    // 800,000 × (30% + 30 pp) = 480,000.00 before; 800,000 × (30% + 40 pp) = 560,000.00 after (≤ 80% ceiling).
    SandboxMeasureDelta pool = report.measure(p.id()).orElseThrow();
    assertThat(pool.certainBefore()).isEqualTo(Cny.of("480000.00"));
    assertThat(pool.certainAfter()).isEqualTo(Cny.of("560000.00"));
    assertThat(pool.gainers()).isEqualTo(1);
    // By size class and district: SMALL (B) +100,000.00; MEDIUM (D) +80,000.00; MICRO (C) nothing.
    assertThat(report.group("SMALL").orElseThrow().inReachChange()).isEqualTo(Cny.of("100000.00"));
    assertThat(report.group("SMALL").orElseThrow().gainers()).isEqualTo(1);
    assertThat(report.group("MEDIUM").orElseThrow().inReachChange()).isEqualTo(Cny.of("80000.00"));
    assertThat(report.group("MICRO").orElseThrow().gainers()).isZero();
    assertThat(report.group("440305").orElseThrow().inReachChange()).isEqualTo(Cny.of("100000.00"));
    assertThat(report.group("440306").orElseThrow().inReachChange()).isEqualTo(Cny.of("80000.00"));
    assertThat(report.group("310115").orElseThrow().firms()).isEqualTo(1);
    assertThat(report.firms()).isEqualTo(4);
    // every other measure is unchanged
    assertThat(report.measures()).filteredOn(m -> !m.measure().equals(f.id()) && !m.measure().equals(p.id()))
        .allSatisfy(m -> {
          assertThat(m.inReachChange().isZero()).as("%s", m.measure()).isTrue();
          assertThat(m.gainers() + m.losers()).isZero();
        });
  }

  @Test
  void aDateOutsideTheEnginesRange_isRefused_notAReportOfNoChange() {
    // before: every firm failed under both engines ("profile: input.invalid at asOf") and the report said no measure
    // changed and no firm gained, for a date the engine cannot evaluate
    EntitlementEngine engine = EntitlementEngine.builtIn();
    List<EnterpriseProfile> population = List.of(badLoan("D", "440306", EnterpriseSize.MEDIUM));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> SandboxRun.compare(engine, engine,
        population.iterator(), LocalDate.of(2101, 1, 1)))
        .isInstanceOfSatisfying(io.github.huiqi.core.error.InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("asOf"));
  }

  /** A first-time borrower meeting every first-loan condition, its loan drawn 2023-02-15 for a year. */
  private static EnterpriseProfile borrower(String name, String region, EnterpriseSize size, String principal) {
    LoanFacts loan = LoanFacts.builder().loanId(name + "-L").principal(Cny.of(principal))
        .drawdownDate(LocalDate.of(2023, 2, 15)).maturityDate(LocalDate.of(2024, 2, 15))
        .annualInterestRate(Rate.parse("3.65%")).lenderRegionCode(region.substring(0, 4) + "00")
        .firstDrawdownOfFirstContract(true).forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false).build();
    return EnterpriseProfile.builder().name(name).registrationRegionCode(region).independentLegalPerson(true)
        .size(size).firstTimeBorrower(true).onSeriousDishonestyList(false).loans(List.of(loan)).build();
  }

  /** A firm whose 1,000,000 loan of 2023-02-15 turned bad on 2023-09-01 with 800,000 outstanding. */
  private static EnterpriseProfile badLoan(String name, String region, EnterpriseSize size) {
    LoanFacts loan = LoanFacts.builder().loanId(name + "-L").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 2, 15)).maturityDate(LocalDate.of(2024, 2, 15))
        .annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300").guaranteed(false)
        .underOtherRiskCompensation(false).riskPoolCategory(RiskPoolLoanCategory.GENERAL)
        .nonPerforming(NonPerformance.builder().since(LocalDate.of(2023, 9, 1))
            .principalOutstanding(Cny.of("800000")).build())
        .build();
    return EnterpriseProfile.builder().name(name).registrationRegionCode(region).independentLegalPerson(true)
        .size(size).firstTimeBorrower(false).onSeriousDishonestyList(false).loans(List.of(loan)).build();
  }
}
