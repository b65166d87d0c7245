package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.FailingEngines;
import io.github.huiqi.calculators.batch.screening.ScreeningBlindAuditPopulation;
import io.github.huiqi.calculators.batch.screening.ScreeningFirm;
import io.github.huiqi.calculators.batch.screening.ScreeningMeasureTotals;
import io.github.huiqi.calculators.batch.screening.ScreeningRun;
import io.github.huiqi.calculators.batch.screening.ScreeningTally;
import io.github.huiqi.calculators.batch.screening.ScreeningTotals;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.policy.MeasureId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The order of a population's totals per measure, in the screening ({@link ScreeningTally}, {@link ScreeningRun})
 * and in the policy sandbox ({@link SandboxTally}, {@link SandboxRun}): the engine's catalogue order whatever measure
 * the first firm failed. The population is three lines of the blind audit's (as of 2023-07-15), the first a firm
 * whose risk pool alone fails, so that it has an outcome for every measure but the pool: SZ-N (1,500,000 outstanding
 * of a 1,000,000 loan, as {@code ScreeningFailureCountsTest} works it), then SZ-A and SZ-K, which fail nothing and
 * have an outcome for every measure. Told no order, a tally lists the pool last, as first met.
 */
class CatalogueOrderTest {

  private static final EntitlementEngine BUILT_IN = EntitlementEngine.builtIn();
  private static final MeasureId POOL = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");
  private static final MeasureId FIRST_LOAN = FirstLoanMeasure.SHENZHEN_2023.id();

  /** SZ-N (its risk pool fails), SZ-A, SZ-K. */
  private static List<String> lines() {
    List<String> blind = ScreeningBlindAuditPopulation.lines();
    return List.of(blind.get(11), blind.get(0), blind.get(10));
  }

  /** The built-in catalogue's measures, in its order: every measure, since SZ-A has an outcome for each. */
  private static List<MeasureId> catalogue() {
    return BUILT_IN.catalog().entries().stream().map(entry -> entry.measure().id()).toList();
  }

  private static List<MeasureId> ids(ScreeningTotals totals) {
    return totals.measures().stream().map(ScreeningMeasureTotals::measure).toList();
  }

  private static List<MeasureId> ids(SandboxReport report) {
    return report.measures().stream().map(SandboxMeasureDelta::measure).toList();
  }

  @Test
  void theFirstFirmFailingThePool_populationIsFailingIt() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(BUILT_IN, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF, firms::add);
    // SZ-N: the pool's failure alone, so every measure's outcome but the pool's; SZ-A: every measure's
    assertThat(firms.get(0).failureDetails()).singleElement().satisfies(f -> assertThat(f.measure()).contains(POOL));
    assertThat(firms.get(0).outcomes()).extracting(o -> o.measure()).doesNotContain(POOL)
        .hasSize(catalogue().size() - 1);
    assertThat(firms.get(1).outcomes()).extracting(o -> o.measure()).containsExactlyElementsOf(catalogue());
  }

  @Test
  void screening_catalogueOrder_onOneThreadAndOnTwo() {
    for (int threads = 1; threads <= 2; threads++) {
      ScreeningTotals totals = ScreeningRun.screenJson(BUILT_IN, lines().iterator(),
          ScreeningBlindAuditPopulation.AS_OF, firm -> { }, threads);
      assertThat(ids(totals)).as("threads " + threads).containsExactlyElementsOf(catalogue());
      // the pool: SZ-N failed it (ScreeningFailureCountsTest)
      assertThat(totals.measure(POOL).orElseThrow().failed()).isEqualTo(1);
    }
  }

  @Test
  void tally_toldNoOrder_listsAsFirstMet_theOrderGiven_thenTheOthersAsFirstMet() {
    List<ScreeningFirm> firms = new ArrayList<>();
    ScreeningRun.screenJson(BUILT_IN, lines().iterator(), ScreeningBlindAuditPopulation.AS_OF, firms::add);
    List<MeasureId> firstMet = new ArrayList<>(catalogue());
    firstMet.remove(POOL);
    firstMet.add(POOL);
    ScreeningTally unordered = new ScreeningTally();
    ScreeningTally ordered = new ScreeningTally(ScreeningTally.catalogueOrder(BUILT_IN));
    // told only the first-loan subsidy: it first, the others as first met (the pool last)
    ScreeningTally partly = new ScreeningTally(List.of(FIRST_LOAN));
    firms.forEach(firm -> {
      unordered.add(firm);
      ordered.add(firm);
      partly.add(firm);
    });
    assertThat(ids(unordered.totals())).containsExactlyElementsOf(firstMet);
    assertThat(ids(ordered.totals())).containsExactlyElementsOf(catalogue());
    List<MeasureId> loanFirst = new ArrayList<>(firstMet);
    loanFirst.remove(FIRST_LOAN);
    loanFirst.add(0, FIRST_LOAN);
    assertThat(ids(partly.totals())).containsExactlyElementsOf(loanFirst);
    // the same figures whatever the order
    assertThat(ordered.totals().measure(POOL)).isEqualTo(unordered.totals().measure(POOL));

    SandboxTally sandboxUnordered = new SandboxTally();
    SandboxTally sandboxOrdered = new SandboxTally(catalogue());
    firms.forEach(firm -> {
      sandboxUnordered.add(firm, firm);
      sandboxOrdered.add(firm, firm);
    });
    assertThat(ids(sandboxUnordered.report())).containsExactlyElementsOf(firstMet);
    assertThat(ids(sandboxOrdered.report())).containsExactlyElementsOf(catalogue());
  }

  @Test
  void sandbox_catalogueOrder_whateverTheFirstFirmFailed() {
    SandboxReport report = SandboxRun.compareJson(BUILT_IN, BUILT_IN, lines().iterator(),
        ScreeningBlindAuditPopulation.AS_OF, firm -> { });
    assertThat(ids(report)).containsExactlyElementsOf(catalogue());
    // a baseline whose first-loan evaluator fails every firm: the subsidy is met under the change only, and listed in
    // its place in the catalogue, not after the baseline's measures
    SandboxReport mended = SandboxRun.compareJson(FailingEngines.firstLoanFailing(), BUILT_IN, lines().iterator(),
        ScreeningBlindAuditPopulation.AS_OF, firm -> { });
    assertThat(ids(mended)).containsExactlyElementsOf(catalogue());
    assertThat(mended.measure(FIRST_LOAN).orElseThrow().failedBefore()).isEqualTo(3);
  }

  @Test
  void anOrderNamingAMeasureTwice_orNone_isRefused() {
    assertThatThrownBy(() -> new ScreeningTally(List.of(POOL, FIRST_LOAN, POOL)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("order[2]");
    assertThatThrownBy(() -> new SandboxTally(null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("order");
    assertThatThrownBy(() -> ScreeningTally.catalogueOrder()).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("engines");
  }
}
