package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The columnar risk-compensation fast path against the plain calculator, to the fen, over seeded random books that
 * hit every boundary of the family's hand-worked tests: each uplift window's first and last day and the days outside
 * (2022-02-28/03-01, 2022-06-30/07-01, 2022-12-31/2023-01-01, 2023-03-31/04-01), a ratio exactly at and above the
 * 80% ceiling, half-fen ties, exclusions yes/no/unknown, recoveries above the compensation, the loss bases, an
 * agreed base above the ceiling (a failure in both), and changed measures (uplift 40 points, whole-yuan and
 * half-even rounding).
 */
class BookRiskPoolFastPathPropertyTest {

  private static final RiskPoolMeasure BUILT_IN = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  private static final LocalDate[] EDGES = {
      LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1),
      LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1)};

  @Test
  void builtInMeasureAgreesWithThePlainFormToTheFen() {
    for (int round = 0; round < 4; round++) {
      long seed = System.nanoTime() + round;
      check(BUILT_IN, RiskPoolOptions.DEFAULTS, seed, 3_000);
    }
  }

  @Test
  void optionsAgreeWithThePlainFormToTheFen() {
    long seed = System.nanoTime();
    check(BUILT_IN, RiskPoolOptions.DEFAULTS.withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST), seed, 2_000);
    check(BUILT_IN, RiskPoolOptions.DEFAULTS.withReturnRecoveries(false), seed + 1, 2_000);
  }

  @Test
  void changedMeasuresAgreeWithThePlainFormToTheFen() {
    long seed = System.nanoTime();
    check(withUplift(BUILT_IN, "40"), RiskPoolOptions.DEFAULTS, seed, 2_000);
    check(withRounding(BUILT_IN, new MoneyRounding(0, RoundingMode.HALF_EVEN)), RiskPoolOptions.DEFAULTS, seed + 1,
        2_000);
    check(withRounding(BUILT_IN, MoneyRounding.FEN_DOWN), RiskPoolOptions.DEFAULTS, seed + 2, 2_000);
  }

  @Test
  void twoThreadsGiveTheSameColumnsAndTotalsAsOne() {
    long seed = System.nanoTime();
    System.out.println("BookRiskPoolFastPathPropertyTest threads seed " + seed);
    Random random = new Random(seed);
    int size = 5_001;
    BookRiskPoolColumns one = new BookRiskPoolColumns(size);
    BookRiskPoolColumns two = new BookRiskPoolColumns(size);
    for (int i = 0; i < size; i++) {
      RiskPoolClaim claim = claim(random, i);
      one.set(i, claim);
      two.set(i, claim);
    }
    BookRiskPoolFastPath path = BookRiskPoolFastPath.of(BUILT_IN, RiskPoolOptions.DEFAULTS);
    BookColumnTotals single = path.compute(one);
    BookColumnTotals parallel = path.compute(two, 2);
    assertThat(parallel.toTotals()).as("seed %d", seed).isEqualTo(single.toTotals());
    assertThat(two.compensationFen()).as("seed %d", seed).isEqualTo(one.compensationFen());
    assertThat(two.status()).as("seed %d", seed).isEqualTo(one.status());
  }

  private static void check(RiskPoolMeasure measure, RiskPoolOptions options, long seed, int size) {
    System.out.println("BookRiskPoolFastPathPropertyTest seed " + seed);
    Random random = new Random(seed);
    List<RiskPoolClaim> claims = new ArrayList<>(size);
    BookRiskPoolColumns columns = new BookRiskPoolColumns(size);
    for (int i = 0; i < size; i++) {
      RiskPoolClaim claim = claim(random, i);
      claims.add(claim);
      columns.set(i, claim);
    }
    BookColumnTotals totals = BookRiskPoolFastPath.of(measure, options).compute(columns);
    BookTally expected = new BookTally();
    for (int i = 0; i < size; i++) {
      RiskPoolClaim claim = claims.get(i);
      String where = "seed " + seed + " row " + i + " " + claim;
      RiskPoolLoanCompensation plain;
      try {
        plain = RiskPoolCalculator.DEFAULT.explainCompensation(measure, claim, options);
      } catch (InvalidInputException ex) {
        assertThat(columns.status()[i]).as(where).isEqualTo(BookColumnCodes.FAILED);
        expected.add(BookItem.failed(i, Optional.empty(), BookFailure.from(ex)));
        continue;
      }
      Verdict verdict = plain.eligibility().verdict();
      assertThat(BookColumnCodes.verdict(columns.status()[i])).as(where).contains(verdict);
      assertThat(columns.compensationFen()[i]).as(where)
          .isEqualTo(fen(plain.compensation().maximum().getNumber().numberValueExact(BigDecimal.class)));
      assertThat(columns.recoveryReturnFen()[i]).as(where)
          .isEqualTo(fen(plain.recoveryReturn().maximum().getNumber().numberValueExact(BigDecimal.class)));
      assertThat(columns.item(i).amount()).as(where).contains(plain.compensation());
      expected.add(BookItem.of(i, Optional.empty(), plain.eligibility(), Optional.of(plain.compensation()),
          Optional.empty()));
    }
    assertThat(totals.toTotals()).as("seed %d", seed).isEqualTo(expected.totals());
  }

  private static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  /** A random claim biased to the boundaries. */
  static RiskPoolClaim claim(Random random, int i) {
    LocalDate grant = random.nextInt(3) == 0 ? EDGES[random.nextInt(EDGES.length)]
        : LocalDate.of(2021, 6, 1).plusDays(random.nextInt(1000));
    Optional<LocalDate> extension = random.nextInt(6) == 0
        ? Optional.of(random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)] : grant.plusDays(random.nextInt(400)))
            .filter(date -> !date.isBefore(grant)) : Optional.empty();
    LocalDate effective = extension.orElse(grant);
    LocalDate bad = effective.plusDays(random.nextInt(500));
    long principalFen = switch (random.nextInt(5)) {
      case 0 -> 1 + random.nextInt(1000);                       // tiny: ties at half a fen
      case 1 -> 100_000_001L + 2L * random.nextInt(1_000_000);   // odd fen: 50% and 30% give half-fen ties
      case 2 -> 9_000_000_000_000_000L / 1_000 + random.nextInt(1000); // large: products beyond a long
      default -> 1_000_00L + (long) (random.nextDouble() * 5_000_000_000L);
    };
    long outstandingFen = random.nextInt(4) == 0 ? principalFen : (long) (principalFen * random.nextDouble());
    RiskPoolClaim.Builder builder = RiskPoolClaim.builder();
    builder.loanId("L" + i)
        .category(RiskPoolLoanCategory.values()[random.nextInt(RiskPoolLoanCategory.values().length)])
        .principal(Cny.of(BigDecimal.valueOf(principalFen, 2))).grantDate(grant).firstNonPerformingDate(bad)
        .principalOutstanding(Cny.of(BigDecimal.valueOf(outstandingFen, 2)));
    extension.ifPresent(builder::extensionDate);
    if (random.nextInt(3) > 0) {
      builder.accruedInterest(Cny.of(BigDecimal.valueOf(random.nextInt(10_000_000), 2)));
    }
    if (random.nextInt(3) == 0) {
      long recovered = random.nextBoolean() ? outstandingFen : random.nextInt(100_000_000);
      builder.recoveries(Cny.of(BigDecimal.valueOf(recovered, 2)));
    }
    switch (random.nextInt(8)) {
      case 0 -> builder.baseRatio(Rate.ofPercent("80"));             // exactly at the ceiling
      case 1 -> builder.baseRatio(Rate.ofPercent("80.0001"));        // one millionth above: a failure in both
      case 2 -> builder.baseRatio(Rate.ofPercent(BigDecimal.valueOf(random.nextInt(8001), 2)));
      default -> { }
    }
    builder.guaranteedByFinancingGuarantor(fact(random)).reGuaranteed(fact(random))
        .underOtherRiskCompensation(fact(random));
    return builder.build();
  }

  private static Optional<Boolean> fact(Random random) {
    int pick = random.nextInt(12);
    return pick == 0 ? Optional.empty() : pick == 1 ? Optional.of(true) : Optional.of(false);
  }

  static RiskPoolMeasure withUplift(RiskPoolMeasure m, String points) {
    List<Parameter<RiskPoolUpliftWindow>> windows = new ArrayList<>();
    for (Parameter<RiskPoolUpliftWindow> w : m.upliftWindows()) {
      windows.add(Parameter.of(RiskPoolUpliftWindow.of(w.value().grantWindow(), Rate.ofPercent(points)),
          w.citation(), w.validity()));
    }
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.baseRatios(), windows,
        m.ceiling(), m.lossBasis(), m.returnRecoveries(), m.rounding(), m.exclusionRules(), m.lossTrigger());
  }

  private static RiskPoolMeasure withRounding(RiskPoolMeasure m, MoneyRounding rounding) {
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.baseRatios(), m.upliftWindows(),
        m.ceiling(), m.lossBasis(), m.returnRecoveries(),
        Parameter.of(rounding, m.rounding().citation(), m.rounding().validity()), m.exclusionRules(),
        m.lossTrigger());
  }
}
