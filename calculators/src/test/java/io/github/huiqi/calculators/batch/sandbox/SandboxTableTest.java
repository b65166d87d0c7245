package io.github.huiqi.calculators.batch.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link SandboxRun}'s arithmetic to {@link SandboxReport}'s definitions on four firms whose outcomes are set
 * by table (evaluators that look each firm up), so that every sum is worked by hand: gainers and losers per measure,
 * the cost in reach (a floor at its least, an ineligible firm at zero), the groups summing only the fiscal measures
 * (money to the firm or to its lender, never a counterparty's fee ceiling), and a firm rising on one measure and
 * falling on another counted as neither.
 */
class SandboxTableTest {

  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final MeasureId FIRST_LOAN = FirstLoanMeasure.SHENZHEN_2023.id();
  private static final MeasureId POOL = RiskPoolMeasure.SHENZHEN_2023.id();

  /** One firm's outcome: a verdict and its least and most amounts (most null for no upper bound). */
  private record Row(Verdict verdict, String least, String most) {
  }

  private static Row eligible(String least, String most) {
    return new Row(Verdict.ELIGIBLE, least, most);
  }

  private static Row undetermined(String most) {
    return new Row(Verdict.UNDETERMINED, "0", most);
  }

  /**
   * An evaluator giving each firm, by name, its row; a firm not in the table is ineligible, zero; with no table, a
   * measure the engine cannot evaluate (no outcome, a failure).
   */
  private static <M extends Measure> MeasureEvaluator<M> table(Class<M> type, AmountKind kind,
      Map<String, Row> rows) {
    return new MeasureEvaluator<>() {
      @Override
      public Class<M> measureType() {
        return type;
      }

      @Override
      public AmountKind amountKind() {
        return kind;
      }

      @Override
      public MeasureOutcome evaluate(M measure, EnterpriseProfile profile, EvaluationContext context,
          boolean explain) {
        if (rows == null) {
          throw new InvalidInputException("/loans", "[]", "cannot be evaluated by this engine");
        }
        Row row = rows.get(profile.name().orElseThrow());
        MeasureOutcome.Builder b = context.startOutcome(kind);
        if (row == null) {
          return context.finish(b.verdict(Verdict.INELIGIBLE).amount(OutcomeAmount.ZERO));
        }
        OutcomeAmount amount = row.most() == null ? OutcomeAmount.atLeast(Cny.of(row.least()))
            : OutcomeAmount.between(Cny.of(row.least()), Cny.of(row.most()));
        b.verdict(row.verdict()).amount(amount);
        if (row.verdict() == Verdict.UNDETERMINED) {
          b.addMissingFacts("/loans");
        }
        return context.finish(b);
      }
    };
  }

  private static EntitlementEngine engine(Map<String, Row> firstLoan, Map<String, Row> pool,
      Map<String, Row> ceiling) {
    MeasureRegistry registry = MeasureRegistry.BUILT_IN
        .withEvaluator(table(FirstLoanMeasure.class, AmountKind.PAYMENT_TO_FIRM, firstLoan))
        .withEvaluator(table(RiskPoolMeasure.class, AmountKind.PAYMENT_TO_LENDER, pool))
        .withEvaluator(table(GuaranteeFeeBenchmarkCapMeasure.class, AmountKind.COUNTERPARTY_CEILING, ceiling));
    return EntitlementEngine.of(Catalog.of(DATA, registry));
  }

  private static EnterpriseProfile firm(String name, String district, EnterpriseSize size) {
    EnterpriseProfile.Builder b = EnterpriseProfile.builder().name(name).registrationRegionCode(district);
    if (size != null) {
      b.size(size);
    }
    return b.build();
  }

  @Test
  void fourFirms_byTable() {
    // one measure of each stubbed type in the built-in data, so that each table is counted once
    assertThat(DATA.measures()).filteredOn(FirstLoanMeasure.class::isInstance).hasSize(1);
    assertThat(DATA.measures()).filteredOn(RiskPoolMeasure.class::isInstance).hasSize(1);
    MeasureId ceilingId = DATA.measures().stream().filter(GuaranteeFeeBenchmarkCapMeasure.class::isInstance)
        .map(Measure::id).findFirst().orElseThrow();
    EntitlementEngine before = engine(
        Map.of("A", eligible("100", "100"), "B", undetermined("80"), "C", eligible("40", null),
            "D", eligible("70", "70")),
        Map.of("A", eligible("200", "200"), "B", eligible("100", "100")),
        Map.of("A", eligible("10", "10"), "C", eligible("50", "50")));
    EntitlementEngine after = engine(
        Map.of("A", eligible("150", "150"), "C", eligible("40", "40")),
        Map.of("A", eligible("200", "200"), "B", eligible("160", "160"), "C", undetermined("500")),
        Map.of("A", eligible("30", "30")));
    List<EnterpriseProfile> firms = List.of(firm("A", "440305", EnterpriseSize.SMALL),
        firm("B", "440305", EnterpriseSize.SMALL), firm("C", "440306", EnterpriseSize.MEDIUM),
        firm("D", "440306", null));
    SandboxReport report = SandboxRun.compare(before, after, firms.iterator(), AS_OF);
    assertThat(report.firms()).isEqualTo(4);
    // every measure of the catalogue once, in catalogue order
    assertThat(report.measures()).extracting(SandboxMeasureDelta::measure).containsExactlyElementsOf(
        before.catalog().entries().stream().map(e -> e.measure().id()).toList());

    // First loan, in reach: A 100 → 150 (+50); B 80 (undetermined, its most) → 0 (ineligible); C a floor of 40,
    // counted at its least, → exactly 40 (no change); D 70 → 0 (ineligible)
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN).orElseThrow();
    assertThat(firstLoan.kind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(firstLoan.gainers()).isEqualTo(1);
    assertThat(firstLoan.losers()).isEqualTo(2);
    // certain: 100 + 40 + 70 = 210 before; 150 + 40 = 190 after
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.of("210"));
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("190"));
    assertThat(firstLoan.certainChange()).isEqualTo(Cny.of("-20"));
    // in reach: 100 + 80 + 40 + 70 = 290 before; 150 + 40 = 190 after
    assertThat(firstLoan.inReachBefore()).isEqualTo(Cny.of("290"));
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("190"));
    assertThat(firstLoan.inReachChange()).isEqualTo(Cny.of("-100"));
    assertThat(firstLoan.eligibleBefore()).isEqualTo(3);
    assertThat(firstLoan.eligibleAfter()).isEqualTo(2);
    // Risk pool (paid to the lender): B 100 → 160 (+60), C nothing → 500 in reach (+500)
    SandboxMeasureDelta pool = report.measure(POOL).orElseThrow();
    assertThat(pool.gainers()).isEqualTo(2);
    assertThat(pool.losers()).isZero();
    assertThat(pool.inReachChange()).isEqualTo(Cny.of("560"));
    // the fee ceiling: A 10 → 30, C 50 → nothing; listed per measure, never summed into the groups
    SandboxMeasureDelta ceiling = report.measure(ceilingId).orElseThrow();
    assertThat(ceiling.kind()).isEqualTo(AmountKind.COUNTERPARTY_CEILING);
    assertThat(ceiling.gainers()).isEqualTo(1);
    assertThat(ceiling.losers()).isEqualTo(1);

    // by size, in the order LARGE, MEDIUM, SMALL, MICRO, unknown, only the groups with firms:
    // SMALL: A +50; B −80 on the first loan and +60 on the pool = −20, rising and falling, neither: +30, 1 gainer
    // MEDIUM: C +500 on the pool (its ceiling's fall not counted): a gainer; unknown: D −70, a loser
    assertThat(report.bySize()).extracting(SandboxGroupDelta::group).containsExactly("MEDIUM", "SMALL", "unknown");
    assertGroup(report, "SMALL", 2, 1, 0, "30");
    assertGroup(report, "MEDIUM", 1, 1, 0, "500");
    assertGroup(report, "unknown", 1, 0, 1, "-70");
    assertThat(report.group("LARGE")).isEmpty();
    // by district: 440305 holds A and B (+30); 440306 holds C and D (+500 − 70 = +430)
    assertThat(report.byDistrict()).extracting(SandboxGroupDelta::group).containsExactly("440305", "440306");
    assertGroup(report, "440305", 2, 1, 0, "30");
    assertGroup(report, "440306", 2, 1, 1, "430");
    assertThat(report.group("310115")).isEmpty();
    assertThat(report.measure(MeasureId.of("test-2023-1.none"))).isEmpty();
  }

  private static void assertGroup(SandboxReport report, String group, long firms, long gainers, long losers,
      String change) {
    SandboxGroupDelta delta = report.group(group).orElseThrow();
    assertThat(delta.firms()).as(group).isEqualTo(firms);
    assertThat(delta.gainers()).as(group).isEqualTo(gainers);
    assertThat(delta.losers()).as(group).isEqualTo(losers);
    assertThat(delta.inReachChange()).as(group).isEqualTo(Cny.of(change));
  }

  @Test
  void fiscalKinds() {
    assertThat(SandboxRun.isFiscal(AmountKind.PAYMENT_TO_FIRM)).isTrue();
    assertThat(SandboxRun.isFiscal(AmountKind.TAX_SAVED)).isTrue();
    assertThat(SandboxRun.isFiscal(AmountKind.FEE_SAVED)).isTrue();
    assertThat(SandboxRun.isFiscal(AmountKind.PAYMENT_TO_LENDER)).isTrue();
    assertThat(SandboxRun.isFiscal(AmountKind.COUNTERPARTY_CEILING)).isFalse();
    assertThat(SandboxRun.isFiscal(AmountKind.NON_MONETARY)).isFalse();
  }

  @Test
  void nullArguments_named() {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    Iterator<EnterpriseProfile> none = List.<EnterpriseProfile>of().iterator();
    assertField(() -> SandboxRun.compare(null, engine, none, AS_OF), "baseline");
    assertField(() -> SandboxRun.compare(engine, null, none, AS_OF), "changed");
    assertField(() -> SandboxRun.compare(engine, engine, null, AS_OF), "population");
    assertField(() -> SandboxRun.compare(engine, engine, none, null), "asOf");
    SandboxReport empty = SandboxRun.compare(engine, engine, none, AS_OF);
    assertThat(empty.firms()).isZero();
    assertThat(empty.bySize()).isEmpty();
    assertThat(empty.byDistrict()).isEmpty();
  }

  private static void assertField(ThrowingCallable call, String field) {
    org.assertj.core.api.Assertions.assertThatThrownBy(call).isInstanceOf(InvalidInputException.class)
        .extracting(ex -> ((InvalidInputException) ex).field()).isEqualTo(field);
  }

  @Test
  void aMeasureOnlyOneEngineEvaluates_countsAsNothingUnderTheOther() {
    // the first loan only under the change (A 100), the pool only under the baseline (A 200)
    EntitlementEngine before = engine(null, Map.of("A", eligible("200", "200")), Map.of());
    EntitlementEngine after = engine(Map.of("A", eligible("100", "100")), null, Map.of());
    SandboxReport report = SandboxRun.compare(before, after,
        List.of(firm("A", "440305", EnterpriseSize.SMALL)).iterator(), AS_OF);
    SandboxMeasureDelta firstLoan = report.measure(FIRST_LOAN).orElseThrow();
    assertThat(firstLoan.kind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
    assertThat(firstLoan.certainBefore()).isEqualTo(Cny.ZERO);
    assertThat(firstLoan.certainAfter()).isEqualTo(Cny.of("100"));
    assertThat(firstLoan.inReachBefore()).isEqualTo(Cny.ZERO);
    assertThat(firstLoan.inReachAfter()).isEqualTo(Cny.of("100"));
    assertThat(firstLoan.eligibleBefore()).isZero();
    assertThat(firstLoan.eligibleAfter()).isEqualTo(1);
    assertThat(firstLoan.gainers()).isEqualTo(1);
    SandboxMeasureDelta pool = report.measure(POOL).orElseThrow();
    assertThat(pool.kind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(pool.certainBefore()).isEqualTo(Cny.of("200"));
    assertThat(pool.certainAfter()).isEqualTo(Cny.ZERO);
    assertThat(pool.inReachAfter()).isEqualTo(Cny.ZERO);
    assertThat(pool.eligibleBefore()).isEqualTo(1);
    assertThat(pool.eligibleAfter()).isZero();
    assertThat(pool.losers()).isEqualTo(1);
    // A: +100 on the first loan, −200 on the pool: −100, rising and falling, neither gainer nor loser
    assertGroup(report, "SMALL", 1, 0, 0, "-100");
  }
}
