package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningOutcome;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolBaseRatio;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A policy office's QA of the screening totals per measure and the sandbox's fiscal-cost difference on five firms
 * worked by hand (深工信〔2023〕26号 第5条): the first-loan subsidy (2% a year, ACT/360, at most six months, at most
 * 200,000 an enterprise spent in drawdown order) and the risk pool (+30 points on loans granted
 * 2023-01-01..2023-03-31, base 30%, ceiling 80%), under the pack and under a changed pack (the cap 200,000 → 300,000
 * or → 100,000, the uplift 30 → 40 points).
 * <p>
 * The five firms, as of 2023-09-30:
 * <ul>
 *   <li>A (SMALL, 南山 440305), first-time borrower: 12,000,000 drawn 2023-01-01 (to 07-01, 181 days: 240,000 ×
 *       181/360 = 120,666.666… → 120,666.67) and 10,000,000 drawn 2023-03-31 (to 09-30, 183 days: 200,000 ×
 *       183/360 = 101,666.666… → 101,666.67); under the 200,000 cap, in drawdown order, 120,666.67 + 79,333.33 =
 *       200,000.00; under 300,000, 222,333.34; under 100,000, 100,000.00 (the first loan alone passes it).</li>
 *   <li>B (SMALL, 440305), first-time borrower, 1,000,000 drawn 2023-02-15, its use not known: undetermined,
 *       0 .. 20,000 × 181/360 = 10,055.56, under every cap.</li>
 *   <li>C (MICRO, 440305), first-time borrower, 20,000,000 drawn 2023-03-31: 400,000 × 183/360 = 203,333.33 →
 *       200,000.00 under the cap; 203,333.33 under 300,000; 100,000.00 under 100,000.</li>
 *   <li>D (MEDIUM, 宝安 440306), no first-time borrower, two loans turned bad 2023-09-01, 500,000.00 outstanding
 *       each: D1 granted 2023-03-31 (the window's last day) 60% → 300,000.00 (70% → 350,000.00 under 40 points);
 *       D2 granted 2023-04-01 (the day after) 30% → 150,000.00 either way.</li>
 *   <li>E (MEDIUM, 440305), no first-time borrower, 100,000.01 outstanding on a loan granted 2023-01-01, whether a
 *       financing guarantor stands behind it not known: undetermined, 0 .. 60% × 100,000.01 = 60,000.006 →
 *       60,000.01 (70% → 70,000.007 → 70,000.01 under 40 points).</li>
 * </ul>
 */
class ScreeningSandboxAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = DATA.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final RiskPoolMeasure POOL = DATA.getMeasure(RiskPoolMeasure.SHENZHEN_2023);

  private static LoanFacts.Builder firstLoan(String id, String principal, LocalDate drawn) {
    return LoanFacts.builder().loanId(id).principal(Cny.of(principal)).drawdownDate(drawn)
        .maturityDate(drawn.plusYears(1)).annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300")
        .firstDrawdownOfFirstContract(true).forProductionOrOperation(true)
        .subsidisedUnderAnotherMunicipalScheme(false);
  }

  private static LoanFacts badLoan(String id, LocalDate granted, String outstanding, Optional<Boolean> guaranteed) {
    return LoanFacts.builder().loanId(id).principal(Cny.of("1000000")).drawdownDate(granted)
        .maturityDate(granted.plusYears(1)).annualInterestRate(Rate.parse("3.65%")).lenderRegionCode("440300")
        .guaranteed(guaranteed).underOtherRiskCompensation(false).riskPoolCategory(RiskPoolLoanCategory.GENERAL)
        .nonPerforming(NonPerformance.builder().since(LocalDate.of(2023, 9, 1))
            .principalOutstanding(Cny.of(outstanding)).build())
        .build();
  }

  private static EnterpriseProfile firm(String name, String region, EnterpriseSize size, boolean firstTime,
      LoanFacts... loans) {
    return EnterpriseProfile.builder().name(name).registrationRegionCode(region).independentLegalPerson(true)
        .size(size).firstTimeBorrower(firstTime).onSeriousDishonestyList(false).loans(List.of(loans)).build();
  }

  static List<EnterpriseProfile> population() {
    return List.of(
        firm("A", "440305", EnterpriseSize.SMALL, true,
            firstLoan("A1", "12000000", LocalDate.of(2023, 1, 1)).build(),
            firstLoan("A2", "10000000", LocalDate.of(2023, 3, 31)).build()),
        firm("B", "440305", EnterpriseSize.SMALL, true,
            firstLoan("B1", "1000000", LocalDate.of(2023, 2, 15)).forProductionOrOperation(Optional.empty())
                .build()),
        firm("C", "440305", EnterpriseSize.MICRO, true,
            firstLoan("C1", "20000000", LocalDate.of(2023, 3, 31)).build()),
        firm("D", "440306", EnterpriseSize.MEDIUM, false,
            badLoan("D1", LocalDate.of(2023, 3, 31), "500000.00", Optional.of(false)),
            badLoan("D2", LocalDate.of(2023, 4, 1), "500000.00", Optional.of(false))),
        firm("E", "440305", EnterpriseSize.MEDIUM, false,
            badLoan("E1", LocalDate.of(2023, 1, 1), "100000.01", Optional.empty())));
  }

  private static FirstLoanMeasure withCap(String yuan) {
    FirstLoanMeasure f = FIRST_LOAN;
    return new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(), f.firstLoanWindow(), f.region(),
        f.annualSubsidyRate(), f.maximumSubsidyMonths(), f.minimumUseMonths(), f.minimumLoanRate(),
        f.capPerEnterprise().withValue(Cny.of(yuan)), f.dayCount(), f.rounding(), f.implementingRules());
  }

  private static RiskPoolMeasure withUplift(String points) {
    RiskPoolMeasure p = POOL;
    List<Parameter<RiskPoolUpliftWindow>> windows = new ArrayList<>();
    p.upliftWindows().forEach(w -> windows.add(w.withValue(RiskPoolUpliftWindow.of(w.value().grantWindow(),
        Rate.ofPercent(points)))));
    return new RiskPoolMeasure(p.id(), p.clause(), p.documentStatus(), p.title(), p.baseRatios(), windows,
        p.ceiling(), p.lossBasis(), p.returnRecoveries(), p.rounding(), p.exclusionRules(), p.lossTrigger());
  }

  private static RiskPoolMeasure withBaseAndUplift(String base, String points) {
    RiskPoolMeasure p = withUplift(points);
    List<RiskPoolBaseRatio> bases = new ArrayList<>();
    p.baseRatios().forEach(row -> bases.add(new RiskPoolBaseRatio(row.category(),
        row.ratio().withValue(Rate.ofPercent(base)))));
    return new RiskPoolMeasure(p.id(), p.clause(), p.documentStatus(), p.title(), bases, p.upliftWindows(),
        p.ceiling(), p.lossBasis(), p.returnRecoveries(), p.rounding(), p.exclusionRules(), p.lossTrigger());
  }

  private static ScreeningOutcome outcome(ScreeningFirm firm, MeasureId measure) {
    return firm.outcomes().stream().filter(o -> o.measure().equals(measure)).findFirst().orElseThrow();
  }

  @Test
  void screening_fiveFirms_perMeasureCountsAndAmounts_byHand() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(EntitlementEngine.builtIn(), population().iterator(), AS_OF,
        firms::add);
    assertThat(totals.firms()).isEqualTo(5);
    assertThat(totals.failedFirms()).isZero();

    // first loan: A and C eligible, B undetermined (its use), D and E no first-time borrowers
    ScreeningMeasureTotals firstLoan = totals.measure(FIRST_LOAN.id()).orElseThrow();
    assertThat(firstLoan.eligible()).isEqualTo(2);
    assertThat(firstLoan.undetermined()).isEqualTo(1);
    assertThat(firstLoan.ineligible()).isEqualTo(2);
    // certain 200,000.00 (A) + 200,000.00 (C) = 400,000.00; in reach + 10,055.56 (B) = 410,055.56
    assertThat(firstLoan.certain()).isEqualTo(Cny.of("400000.00"));
    assertThat(firstLoan.inReach()).isEqualTo(Cny.of("410055.56"));
    ScreeningOutcome b = outcome(firms.get(1), FIRST_LOAN.id());
    assertThat(b.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(b.minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(b.maximum()).contains(Cny.of("10055.56"));
    assertThat(b.missingFacts()).containsExactly("/loans/0/forProductionOrOperation");

    // risk pool: D eligible (300,000.00 + 150,000.00 = 450,000.00), E undetermined (0 .. 60,000.01)
    ScreeningMeasureTotals pool = totals.measure(POOL.id()).orElseThrow();
    assertThat(pool.eligible()).isEqualTo(1);
    assertThat(pool.undetermined()).isEqualTo(1);
    assertThat(pool.certain()).isEqualTo(Cny.of("450000.00"));
    // in reach 450,000.00 + 60,000.01 = 510,000.01
    assertThat(pool.inReach()).isEqualTo(Cny.of("510000.01"));
    assertThat(outcome(firms.get(3), POOL.id()).minimum()).isEqualTo(Cny.of("450000.00"));
  }

  @Test
  void sandbox_capTo300000AndUpliftTo40Points_theCostDifferenceByHand() {
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(withCap("300000"))
        .withMeasure(withUplift("40"))));
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(), changed, population().iterator(), AS_OF);
    assertThat(report.firms()).isEqualTo(5);

    // first loan: A 200,000.00 → 222,333.34 (+22,333.34), C 200,000.00 → 203,333.33 (+3,333.33), B unchanged
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN.id()).orElseThrow();
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.of("400000.00"));
    // 222,333.34 + 203,333.33 = 425,666.67
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("425666.67"));
    assertThat(firstLoan.certainChange()).isEqualTo(Cny.of("25666.67"));
    // in reach: 410,055.56 → 425,666.67 + 10,055.56 = 435,722.23
    assertThat(firstLoan.inReachBefore()).isEqualTo(Cny.of("410055.56"));
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("435722.23"));
    assertThat(firstLoan.gainers()).isEqualTo(2);
    assertThat(firstLoan.losers()).isZero();
    assertThat(firstLoan.eligibleBefore()).isEqualTo(2);
    assertThat(firstLoan.eligibleAfter()).isEqualTo(2);

    // risk pool: D1 300,000.00 → 350,000.00, D2 150,000.00 either way (granted the day after the window);
    // certain 450,000.00 → 500,000.00; E in reach 60,000.01 → 70,000.01: in reach 510,000.01 → 570,000.01
    SandboxMeasureDelta pool = report.measure(POOL.id()).orElseThrow();
    assertThat(pool.certainBefore()).isEqualTo(Cny.of("450000.00"));
    assertThat(pool.certainAfter()).isEqualTo(Cny.of("500000.00"));
    assertThat(pool.certainChange()).isEqualTo(Cny.of("50000.00"));
    assertThat(pool.inReachAfter()).isEqualTo(Cny.of("570000.01"));
    assertThat(pool.inReachChange()).isEqualTo(Cny.of("60000.00"));
    assertThat(pool.gainers()).isEqualTo(2);

    // by size: SMALL A +22,333.34 (B none); MICRO C +3,333.33; MEDIUM D +50,000.00 and E +10,000.00
    assertThat(report.group("SMALL").orElseThrow().inReachChange()).isEqualTo(Cny.of("22333.34"));
    assertThat(report.group("SMALL").orElseThrow().firms()).isEqualTo(2);
    assertThat(report.group("SMALL").orElseThrow().gainers()).isEqualTo(1);
    assertThat(report.group("MICRO").orElseThrow().inReachChange()).isEqualTo(Cny.of("3333.33"));
    assertThat(report.group("MEDIUM").orElseThrow().inReachChange()).isEqualTo(Cny.of("60000.00"));
    assertThat(report.group("MEDIUM").orElseThrow().gainers()).isEqualTo(2);
    // by district: 440305 A + C + E = 22,333.34 + 3,333.33 + 10,000.00 = 35,666.67; 440306 D 50,000.00
    assertThat(report.group("440305").orElseThrow().inReachChange()).isEqualTo(Cny.of("35666.67"));
    assertThat(report.group("440305").orElseThrow().firms()).isEqualTo(4);
    assertThat(report.group("440306").orElseThrow().inReachChange()).isEqualTo(Cny.of("50000.00"));
    assertThat(report.measures()).filteredOn(m -> !m.measure().equals(FIRST_LOAN.id())
        && !m.measure().equals(POOL.id())).allSatisfy(m -> assertThat(m.inReachChange().isZero()).isTrue());
  }

  @Test
  void sandbox_capLoweredTo100000_theLosers_andTheUndeterminedFirmUnchanged() {
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(withCap("100000"))));
    SandboxReport report = SandboxRun.compare(EntitlementEngine.builtIn(), changed, population().iterator(), AS_OF);
    // A 200,000.00 → 100,000.00 (its first loan, 120,666.67, alone passes the cap); C 200,000.00 → 100,000.00;
    // B 0 .. 10,055.56 either way
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN.id()).orElseThrow();
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("200000.00"));
    assertThat(firstLoan.certainChange()).isEqualTo(Cny.of("-200000.00"));
    // in reach 410,055.56 → 210,055.56
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("210055.56"));
    assertThat(firstLoan.losers()).isEqualTo(2);
    assertThat(firstLoan.gainers()).isZero();
    assertThat(report.group("SMALL").orElseThrow().losers()).isEqualTo(1);
    assertThat(report.group("SMALL").orElseThrow().inReachChange()).isEqualTo(Cny.of("-100000.00"));
    assertThat(report.group("MICRO").orElseThrow().inReachChange()).isEqualTo(Cny.of("-100000.00"));
    // the pool is untouched
    assertThat(report.measure(POOL.id()).orElseThrow().inReachChange().isZero()).isTrue();
    assertThat(report.group("MEDIUM").orElseThrow().inReachChange().isZero()).isTrue();
  }
  @Test
  void sandbox_atA50PercentBase_40PointsAddNothingInTheWindow_theCeilingTakesIt() {
    // a host whose agreed base is 50% for every category (the 2020 revision's "最高给予50%", decisions register §4.2
    // item 11): in the window 50% + 30 = 80% already reaches the ceiling, so 40 points change nothing
    // D1 80% × 500,000.00 = 400,000.00 either way; D2 (outside the window) 50% × 500,000.00 = 250,000.00 either way;
    // E 0 .. 80% × 100,000.01 = 80,000.008: half-up 80,000.01, but never above the ceiling × the loss rounded down
    //   (decisions register, risk pool rounding), 80,000.00, either way
    EntitlementEngine base50 = EntitlementEngine.of(Catalog.of(DATA.withMeasure(withBaseAndUplift("50", "30"))));
    EntitlementEngine base50up40 = EntitlementEngine.of(Catalog.of(DATA.withMeasure(withBaseAndUplift("50", "40"))));
    SandboxReport report = SandboxRun.compare(base50, base50up40, population().iterator(), AS_OF);
    SandboxMeasureDelta pool = report.measure(POOL.id()).orElseThrow();
    // certain 400,000.00 + 250,000.00 = 650,000.00; in reach + 80,000.00 = 730,000.00, before and after
    assertThat(pool.certainBefore()).isEqualTo(Cny.of("650000.00"));
    assertThat(pool.certainAfter()).isEqualTo(Cny.of("650000.00"));
    assertThat(pool.inReachBefore()).isEqualTo(Cny.of("730000.00"));
    assertThat(pool.inReachAfter()).isEqualTo(Cny.of("730000.00"));
    assertThat(pool.gainers() + pool.losers()).isZero();
    assertThat(report.group("MEDIUM").orElseThrow().inReachChange().isZero()).isTrue();
  }
  @Test
  void anEligibleFirmWithAnOpenLoan_certainItsKnownLoan_inReachTheCap_andTheRaisedCapMovesOnlyItsReach() {
    // G: 12,000,000 drawn 2023-01-01 (120,666.67, worked above) and 10,000,000 drawn 2023-03-31, its use not known
    // (101,666.67): eligible by its first loan; certain min(120,666.67, 200,000) = 120,666.67; in reach
    // min(120,666.67 + 101,666.67, 200,000) = 200,000.00 (第5条, the cap per enterprise)
    EnterpriseProfile g = firm("G", "440305", EnterpriseSize.SMALL, true,
        firstLoan("G1", "12000000", LocalDate.of(2023, 1, 1)).build(),
        firstLoan("G2", "10000000", LocalDate.of(2023, 3, 31)).forProductionOrOperation(Optional.empty()).build());
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningTotals totals = ScreeningRun.screen(EntitlementEngine.builtIn(), List.of(g).iterator(), AS_OF,
        firms::add);
    ScreeningMeasureTotals firstLoan = totals.measure(FIRST_LOAN.id()).orElseThrow();
    assertThat(firstLoan.eligible()).isEqualTo(1);
    assertThat(firstLoan.undetermined()).isZero();
    assertThat(firstLoan.certain()).isEqualTo(Cny.of("120666.67"));
    assertThat(firstLoan.inReach()).isEqualTo(Cny.of("200000.00"));
    assertThat(outcome(firms.get(0), FIRST_LOAN.id()).missingFacts())
        .containsExactly("/loans/1/forProductionOrOperation");

    // under a 300,000 cap: certain still 120,666.67; in reach 120,666.67 + 101,666.67 = 222,333.34 (+22,333.34)
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(DATA.withMeasure(withCap("300000"))));
    SandboxMeasureDelta delta = SandboxRun.compare(EntitlementEngine.builtIn(), changed, List.of(g).iterator(),
        AS_OF).measure(FIRST_LOAN.id()).orElseThrow();
    assertThat(delta.certainChange().isZero()).isTrue();
    assertThat(delta.inReachAfter()).isEqualTo(Cny.of("222333.34"));
    assertThat(delta.inReachChange()).isEqualTo(Cny.of("22333.34"));
    assertThat(delta.gainers()).isEqualTo(1);
  }
}
