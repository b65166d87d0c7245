package io.github.huiqi.examples.bank;

import static io.github.huiqi.calculators.testkit.HuiqiAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceResult;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.QaProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.examples.Printed;
import io.github.huiqi.examples.bank.QaKitExample.BankSubsidyService;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A bank's QA suite as it would use the kit: the conformance pack against the bank's service (a stub delegating to
 * huiqi), the kit's assertions on single outcomes built from the kit's fixtures, and a defect caught and named.
 * AssertJ is on this module's test class path only, as in a bank's project.
 */
class QaKitExampleTest {

  private static final BankSubsidyService SERVICE = BankSubsidyService.delegatingToHuiqi();
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final MeasureId FEE_REDUCTION = MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction");
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  @Test
  void test_theBanksService_passesTheConformancePack() {
    ConformanceReport report = ConformanceRunner.run(SERVICE::answer);
    assertThat(report.failed()).as(report.summary()).isEmpty();
    assertThat(report.results()).hasSizeGreaterThanOrEqualTo(26);
  }

  @Test
  void test_aBuildThatDropsTheFen_failsTheVectorsWithFen_namingThem() {
    ConformanceReport report = QaKitExample.run(new PrintStream(OutputStream.nullOutputStream()));
    // the pack's expected amounts with fen, each worked in its vector: 1,555.56 (深工信〔2023〕26号 第5条, a month's
    // use), 5,090,000.01 and 90,000.01 (小升规方案 第十条), 499,999.99, 370,370.37 and 2,500,000.01 (沪企服办〔2023〕1号
    // 第二条, 第三条, 第五条), 376.55 and 5,000.01 (第二十条, 第二十二条), 6,172.83 (the 专精特新 draft 第十二条), 28,215.01
    // (深工信〔2023〕26号 第2条), 199,999.99 and 6,913.20 (the 2021 reply letter 一); the fee ceilings and caps are whole
    // years at annual rates under the guarantee-fee convention (20,000.00 and 10,000.00 for 沪企服办〔2023〕1号 第十五条,
    // 108,750.00 and 346,250.00 for the 专精特新 draft 第五条), so they hold no fen to drop
    assertThat(report.failed()).extracting(ConformanceResult::vectorId).containsExactly(
        "first-loan/used-exactly-one-month", "renovation-interest/exact-with-the-project-cap",
        "renovation-interest/support-not-known", "share/four-above-below-the-cap", "share/transfer-uplift-half-up",
        "share/renovation-a-fen-below-and-half-a-fen-up", "insurance/shanghai-half-a-fen-and-a-deadline",
        "vat/shanghai-monthly-at-the-threshold", "fee-share/draft-half-the-fee",
        "insurance/shenzhen-half-a-fen-and-the-last-day", "rent/longgang-below-the-cap-by-a-fen",
        "rent/policy-rent-least-discount");
    assertThat(report.failed().get(1).differences())
        .containsExactly("amount: expected exactly 5090000.01 but was exactly 5090000.00");
  }

  @Test
  void test_singleOutcomes_assertedTheWayAQaSuiteWould() {
    // 1,000,000 × 2% × 90/360 = 5,000.00 (深工信〔2023〕26号 第5条)
    EnterpriseProfile typical = QaProfiles.of("first-loan/ninety-days").build();
    assertThat(SERVICE.assess(FIRST_LOAN, typical, AS_OF)).isEligible().hasExactAmount("5000.00")
        .hasNoBindingLimit().hasNoMissingFacts().citesClause("第5条");
    // the same firm with the first-time-borrower fact unknown: 0 up to 5,000.00, the fact named
    EnterpriseProfile unknown = QaProfiles.of("first-loan/ninety-days").firstTimeBorrower(Optional.empty()).build();
    assertThat(SERVICE.assess(FIRST_LOAN, unknown, AS_OF)).isUndetermined().hasAmountBetween("0", "5000.00")
        .namesMissingFact("/firstTimeBorrower");
    // the loans not given: 0 up to "单户企业贴息金额最高20万元", the cap the upper end and so the binding limit
    // (decisions register §4.6 item 88)
    assertThat(SERVICE.assess(FIRST_LOAN, QaProfiles.of("first-loan/loans-not-known").build(), AS_OF))
        .isUndetermined().hasAmountBetween("0", "200000.00").isCappedBy("200000.00")
        .hasBindingLimit("cap-per-enterprise").namesMissingFact("/loans");
    // 2% × 60% = 1.2% > 1%: the 1% ceiling binds; saved 10,000.00 − 5,000.00 = 5,000.00 (深工信〔2023〕26号 第6条)
    assertThat(SERVICE.assess(FEE_REDUCTION, QaProfiles.of("guarantee-fee-reduction/one-percent-ceiling-binds")
        .build(), AS_OF)).isEligible().hasExactAmount("5000.00").isCappedBy("5000.00")
        .hasBindingLimit("fee-rate-ceiling").citesClause("深工信〔2023〕26号 第6条");
  }

  @Test
  void test_aWholeReport_onTheShenzhenSample() {
    // the sample: a 宝安区 first-time borrower whose first drawdown (3,000,000, 2023-02-10, lender in 深圳市) falls in
    // "2023年1-3月": eligible under 深工信〔2023〕26号 第5条; the report is complete
    assertThat(EntitlementEngine.builtIn().evaluate(QaProfiles.shenzhenSample().build(), QaProfiles.AS_OF))
        .isComplete().hasOutcome(FIRST_LOAN.value()).outcome(FIRST_LOAN.value()).isEligible()
        .citesClause("深工信〔2023〕26号 第5条");
  }

  @Test
  void test_main_printsBothSummaries() {
    String out = Printed.byMain(QaKitExample::main);
    assertThat(out).contains("bank service: ").contains("passed, 0 failed")
        .contains("drops the fen: ").contains("12 failed")
        .contains("FAIL renovation-interest/exact-with-the-project-cap (深圳市关于推动小型微型工业企业上规模发展三年行动方案"
            + "(2022-2024年) 第十条)");
  }
}
