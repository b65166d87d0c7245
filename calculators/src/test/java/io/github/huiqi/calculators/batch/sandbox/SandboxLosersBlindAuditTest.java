package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
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
 * Blind audit of the policy sandbox over six firms given as NDJSON lines ({@link SandboxRun#compareJson}), every
 * figure worked by hand from 深工信〔2023〕26号 第5条 (首贷 2% a year for at most six months, 单户最高20万元; the pool's
 * loss compensation raised by 30 points for loans of 2023-01-01..03-31, 最高为80%): a change that lowers both (the
 * firms that lose), one that raises the uplift past the 80% ceiling, and a firm whose first-time borrowing is not given
 * (counted in reach, not in the certain cost). The QA pass of 2026-12-07 (helper AP) ran the same population through
 * the Spark job with the same figures.
 */
class SandboxLosersBlindAuditTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  /** A first-time borrower of 440306 with one loan from a Shenzhen bank meeting every first-loan condition. */
  private static String borrower(String name, String principal, String drawn, String due, String firstTime) {
    return ("{'name': '" + name + "', 'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'SMALL',"
        + " 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true," + firstTime + " 'onSeriousDishonestyList':"
        + " false, 'techSme': {'held': false}, 'loans': [" + loan(name + "1", principal, drawn, due, true, "") + "]}")
        .replace('\'', '"');
  }

  private static String loan(String id, String principal, String drawn, String due, boolean first, String bad) {
    return "{'loanId': '" + id + "', 'principal': {'amount': " + principal + ", 'currency': 'CNY'}, 'drawdownDate': '"
        + drawn + "', 'maturityDate': '" + due + "', 'annualInterestRate': '3.65%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': " + first + ", 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false, 'guaranteed': false,"
        + " 'riskPoolCategory': 'GENERAL', 'underOtherRiskCompensation': false" + bad + "}";
  }

  private static List<String> population() {
    String badLoans = "{'name': 'D', 'registrationRegionCode': '440306', 'industryCode': 'C3484', 'size': 'SMALL',"
        + " 'legalForm': 'ENTERPRISE', 'independentLegalPerson': true, 'firstTimeBorrower': false,"
        + " 'onSeriousDishonestyList': false, 'techSme': {'held': false}, 'loans': ["
        + loan("D1", "2000000", "2023-02-20", "2024-02-20", false, ", 'nonPerforming': {'since': '2023-08-31',"
            + " 'principalOutstanding': {'amount': 1500000, 'currency': 'CNY'}}") + ", "
        + loan("D2", "1000000", "2022-11-01", "2023-11-01", false, ", 'nonPerforming': {'since': '2023-09-15',"
            + " 'principalOutstanding': {'amount': 400000, 'currency': 'CNY'}}") + "]}";
    return List.of(
        borrower("A", "30000000", "2023-02-01", "2024-02-01", " 'firstTimeBorrower': true,"),
        borrower("B", "10000000", "2023-03-15", "2024-03-15", " 'firstTimeBorrower': true,"),
        borrower("C", "25000000", "2023-01-10", "2023-12-31", " 'firstTimeBorrower': true,"),
        badLoans.replace('\'', '"'),
        // F: the first-time borrowing not given: undetermined, counted in reach at its most
        borrower("F", "20000000", "2023-03-31", "2024-03-31", ""),
        "{\"name\": \"E\", \"registrationRegionCode\": \"310115\", \"industryCode\": \"C3484\", \"size\": \"SMALL\"}");
  }

  private static SandboxReport run(String cap, String points) {
    PolicyData data = PolicyData.builtIn();
    FirstLoanMeasure f = data.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    FirstLoanMeasure capped = new FirstLoanMeasure(f.id(), f.clause(), f.documentStatus(), f.title(),
        f.firstLoanWindow(), f.region(), f.annualSubsidyRate(), f.maximumSubsidyMonths(), f.minimumUseMonths(),
        f.minimumLoanRate(), f.capPerEnterprise().withValue(Cny.of(cap)), f.dayCount(), f.rounding(),
        f.implementingRules());
    RiskPoolMeasure p = data.getMeasure(RiskPoolMeasure.SHENZHEN_2023);
    List<Parameter<RiskPoolUpliftWindow>> windows = new ArrayList<>();
    p.upliftWindows().forEach(w -> windows.add(w.withValue(RiskPoolUpliftWindow.of(w.value().grantWindow(),
        Rate.ofPercent(points)))));
    RiskPoolMeasure uplifted = new RiskPoolMeasure(p.id(), p.clause(), p.documentStatus(), p.title(),
        p.baseRatios(), windows, p.ceiling(), p.lossBasis(), p.returnRecoveries(), p.rounding(), p.exclusionRules(),
        p.lossTrigger());
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(data.withMeasure(capped).withMeasure(uplifted)));
    List<String> failed = new ArrayList<>();
    SandboxReport report = SandboxRun.compareJson(EntitlementEngine.builtIn(), changed, population().iterator(),
        AS_OF, firm -> failed.add(firm.toString()));
    assertThat(failed).isEmpty();
    assertThat(report.firms()).isEqualTo(6);
    return report;
  }

  @Test
  void test_capLoweredTo150000_upliftTo20_firmsLose() {
    SandboxReport report = run("150000", "20");
    // First loan, six months from each drawdown, ACT/360:
    // A 2023-02-01..08-01, 181 days: 30,000,000 × 2% × 181/360 = 301,666.67 → 200,000.00, now 150,000.00
    // B 2023-03-15..09-15, 184 days: 10,000,000 × 2% × 184/360 = 102,222.22 under either cap
    // C 2023-01-10..07-10, 181 days: 25,000,000 × 2% × 181/360 = 251,388.89 → 200,000.00, now 150,000.00
    // F 2023-03-31..09-30, 183 days: 20,000,000 × 2% × 183/360 = 203,333.33 → 200,000.00, now 150,000.00, in reach
    // certain 200,000 + 102,222.22 + 200,000 = 502,222.22 → 150,000 + 102,222.22 + 150,000 = 402,222.22;
    // in reach + F: 702,222.22 → 552,222.22; A, C and F lose
    SandboxMeasureDelta firstLoan = report.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.of("502222.22"));
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("402222.22"));
    assertThat(firstLoan.inReachBefore()).isEqualTo(Cny.of("702222.22"));
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("552222.22"));
    assertThat(firstLoan.gainers()).isZero();
    assertThat(firstLoan.losers()).isEqualTo(3);
    assertThat(firstLoan.eligibleBefore()).isEqualTo(3);
    // Pool, D: D1 granted 2023-02-20 (in the window), 1,500,000 outstanding, 30% base:
    // (30% + 30 pp) × 1,500,000 = 900,000.00 → (30% + 20 pp) × 1,500,000 = 750,000.00;
    // D2 granted 2022-11-01 (outside both windows): 30% × 400,000 = 120,000.00 either way;
    // 1,020,000.00 → 870,000.00, D loses
    SandboxMeasureDelta pool = report.measure(RiskPoolMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(pool.certainBefore()).isEqualTo(Cny.of("1020000.00"));
    assertThat(pool.certainAfter()).isEqualTo(Cny.of("870000.00"));
    assertThat(pool.losers()).isEqualTo(1);
    assertThat(pool.gainers()).isZero();
    // 440306: −150,000.00 − 150,000.00 = −300,000.00, four firms lose; E (Shanghai) nothing
    assertThat(report.group("440306").orElseThrow().inReachChange()).isEqualTo(Cny.of("-300000.00"));
    assertThat(report.group("440306").orElseThrow().losers()).isEqualTo(4);
    assertThat(report.group("310115").orElseThrow().inReachChange()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_capRaisedTo300000_upliftTo60_theCeilingBinds() {
    SandboxReport report = run("300000", "60");
    // First loan: A 301,666.67 → 300,000.00; C 251,388.89 uncapped; F 203,333.33 in reach;
    // certain 300,000 + 102,222.22 + 251,388.89 = 653,611.11; in reach + 203,333.33 = 856,944.44; A, C, F gain
    SandboxMeasureDelta firstLoan = report.measure(FirstLoanMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("653611.11"));
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("856944.44"));
    assertThat(firstLoan.gainers()).isEqualTo(3);
    // Pool: 30% + 60 pp = 90%, above the 80% ceiling (补偿比例最高为80%): 80% × 1,500,000 = 1,200,000.00,
    // + 120,000.00 = 1,320,000.00
    SandboxMeasureDelta pool = report.measure(RiskPoolMeasure.SHENZHEN_2023.id()).orElseThrow();
    assertThat(pool.certainAfter()).isEqualTo(Cny.of("1320000.00"));
    assertThat(pool.inReachChange()).isEqualTo(Cny.of("300000.00"));
    // 440306: (856,944.44 − 702,222.22) + 300,000.00 = 454,722.22
    assertThat(report.group("440306").orElseThrow().inReachChange()).isEqualTo(Cny.of("454722.22"));
    assertThat(report.group("440306").orElseThrow().gainers()).isEqualTo(4);
  }
}
