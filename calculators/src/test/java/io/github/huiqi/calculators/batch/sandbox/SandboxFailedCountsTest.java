package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.FailingEngines;
import io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The firms each measure failed for under the baseline and under the change
 * ({@link SandboxMeasureDelta#failedBefore()}, {@link SandboxMeasureDelta#failedAfter()}), worked by hand over five
 * lines of NDJSON from the blind audit's population (as of 2023-07-15): SZ-A (first-loan subsidy 50,277.78), SZ-BAD ({@code "size":"HUGE"}, a bad field),
 * a line that is not JSON, SZ-N (its risk pool fails; first-loan subsidy 10,222.22) and SZ-K (first-loan subsidy
 * ineligible), as {@code ScreeningFailureCountsTest} screens them. The change is an engine whose first-loan evaluator
 * fails for every profile ({@link FailingEngines#firstLoanFailing()}), so that no firm has a first-loan outcome under
 * it and the count comes from the firms that failed the measure there.
 */
class SandboxFailedCountsTest {

  private static final EntitlementEngine BUILT_IN = EntitlementEngine.builtIn();
  private static final EntitlementEngine FIRST_LOAN_FAILING = FailingEngines.firstLoanFailing();
  private static final MeasureId FIRST_LOAN = FirstLoanMeasure.SHENZHEN_2023.id();
  private static final MeasureId POOL = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");

  /** SZ-A, SZ-BAD, a line that is not JSON, SZ-N, SZ-K. */
  private static List<String> lines() {
    List<String> blind = ScreeningBlindAuditPopulation.lines();
    return List.of(blind.get(0), blind.get(ScreeningBlindAuditPopulation.BAD_LINE), "this line is not JSON",
        blind.get(11), blind.get(10));
  }

  private static List<Long> failed(SandboxMeasureDelta m) {
    return List.of(m.failedBefore(), m.failedAfter());
  }

  @Test
  void aChangeThatMakesAMeasureFail_countsItsFirmsAfter() {
    List<ScreeningFirm> named = new ArrayList<>();
    SandboxReport report = SandboxRun.compareJson(BUILT_IN, FIRST_LOAN_FAILING, lines().iterator(),
        ScreeningBlindAuditPopulation.AS_OF, named::add);
    // five firms, all failed under one engine or both: SZ-BAD and the line that is not JSON (not profiles), SZ-N
    // (its pool), SZ-A and SZ-K (the first-loan subsidy, under the change)
    assertThat(report.firms()).isEqualTo(5);
    assertThat(report.failedFirms()).isEqualTo(5);
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN).orElseThrow();
    // before: the two lines that are no profile; after: those two, and SZ-A, SZ-N and SZ-K, which the change fails
    assertThat(failed(firstLoan)).containsExactly(2L, 5L);
    // before: SZ-A and SZ-N eligible, 50,277.78 + 10,222.22 = 60,500.00 certain and in reach; after: nothing
    assertThat(List.of(firstLoan.eligibleBefore(), firstLoan.eligibleAfter())).containsExactly(2L, 0L);
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.of("60500.00"));
    assertThat(firstLoan.inReachBefore()).isEqualTo(Cny.of("60500.00"));
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.ZERO);
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.ZERO);
    assertThat(List.of(firstLoan.gainers(), firstLoan.losers())).containsExactly(0L, 2L);
    // the pool: SZ-N and the two lines, under both
    assertThat(failed(report.measure(POOL).orElseThrow())).containsExactly(3L, 3L);
    // every other measure: the two lines that are no profile, under both
    assertThat(report.measures()).hasSizeGreaterThan(2).allSatisfy(m -> {
      if (!m.measure().equals(FIRST_LOAN) && !m.measure().equals(POOL)) {
        assertThat(failed(m)).as(m.measure().value()).containsExactly(2L, 2L);
      }
    });
    // the sink: SZ-A under the change, SZ-BAD, the line that is not JSON, SZ-N under both (the change fails it
    // otherwise), SZ-K
    assertThat(named).extracting(ScreeningFirm::index).containsExactly(0L, 1L, 2L, 3L, 3L, 4L);
  }

  @Test
  void aChangeThatMendsAMeasure_countsItsFirmsBefore() {
    SandboxReport report = SandboxRun.compareJson(FIRST_LOAN_FAILING, BUILT_IN, lines().iterator(),
        ScreeningBlindAuditPopulation.AS_OF, firm -> { });
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN).orElseThrow();
    // no first-loan outcome under the baseline: its five failed firms there, then the two lines that are no profile
    assertThat(failed(firstLoan)).containsExactly(5L, 2L);
    assertThat(List.of(firstLoan.gainers(), firstLoan.losers())).containsExactly(2L, 0L);
    assertThat(failed(report.measure(POOL).orElseThrow())).containsExactly(3L, 3L);
  }

  @Test
  void sameEngineTwice_failedAsTheScreeningCountsIt() {
    SandboxReport report = SandboxRun.compareJson(BUILT_IN, BUILT_IN, lines().iterator(),
        ScreeningBlindAuditPopulation.AS_OF, firm -> { });
    var totals = ScreeningRun.screenJson(BUILT_IN, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF,
        firm -> { });
    assertThat(report.failedFirms()).isEqualTo(3);
    assertThat(report.measures()).hasSameSizeAs(totals.measures()).allSatisfy(m -> {
      long screened = totals.measure(m.measure()).orElseThrow().failed();
      assertThat(failed(m)).as(m.measure().value()).containsExactly(screened, screened);
    });
    assertThat(failed(report.measure(POOL).orElseThrow())).containsExactly(3L, 3L);
  }

  @Test
  void tally_aFirmsTwoResults_mustBeOneFirms() {
    ScreeningFirm a = ScreeningRun.screenOne(BUILT_IN, 0, null, ScreeningBlindAuditPopulation.AS_OF);
    ScreeningFirm b = ScreeningRun.screenOne(BUILT_IN, 1, null, ScreeningBlindAuditPopulation.AS_OF);
    assertThatThrownBy(() -> new SandboxTally().add(a, b))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("is"));
    // a firm that is no profile alone: no outcome, so no measure reported, one failed firm
    SandboxReport alone = new SandboxTally().add(a, a).report();
    assertThat(List.of(alone.firms(), alone.failedFirms())).containsExactly(1L, 1L);
    assertThat(alone.measures()).isEmpty();
    assertThat(alone.measure(FIRST_LOAN)).isEqualTo(Optional.empty());
  }
}
