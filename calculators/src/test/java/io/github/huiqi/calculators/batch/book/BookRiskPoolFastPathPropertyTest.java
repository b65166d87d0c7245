package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolBaseRatio;
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
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The columnar risk-compensation fast path against the plain calculator, to the fen, over seeded random books that
 * hit every boundary of the family's hand-worked tests: each uplift window's first and last day and the days outside
 * (2022-02-28/03-01, 2022-06-30/07-01, 2022-12-31/2023-01-01, 2023-03-31/04-01), a ratio exactly at and above the
 * 80% ceiling, half-fen ties, exclusions yes/no/unknown, recoveries above the compensation, the loss bases, an
 * agreed base above the ceiling (a failure in both), classification dates on either side of the base ratio's first
 * day (2018-12-31/2019-01-01, the built-in 30%'s validity from 2019-01-01, agreed ratio or not), and changed measures
 * (uplift 40 points, whole-yuan and half-even rounding, base ratios whose validities differ by category and end). Books
 * of good rows are computed by the fast path's block loop without branches; a block with a bad row or a product beyond
 * a long, and a measure it does not cover (half-even or whole-yuan rounding, windows spanning over 30 years), row by
 * row: both are held to the plain form.
 */
class BookRiskPoolFastPathPropertyTest {

  private static final RiskPoolMeasure BUILT_IN = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);
  /** A block of the fast path: a book of more rows than this has several. */
  private static final int BLOCK = 4096;
  /**
   * Measures the block loop computes (rounding at the fen by every mode but half-even; two windows, none, two
   * adjoining with different uplifts) and measures it leaves to the rows (half-even, whole yuan, a 40-year window).
   */
  private static final List<RiskPoolMeasure> MEASURES = List.of(BUILT_IN, withUplift(BUILT_IN, "40"),
      withRounding(BUILT_IN, new MoneyRounding(2, RoundingMode.HALF_DOWN)),
      withRounding(BUILT_IN, new MoneyRounding(2, RoundingMode.UP)),
      withRounding(BUILT_IN, new MoneyRounding(2, RoundingMode.CEILING)),
      withRounding(BUILT_IN, new MoneyRounding(2, RoundingMode.FLOOR)),
      withRounding(BUILT_IN, MoneyRounding.FEN_DOWN),
      withWindows(BUILT_IN),
      withWindows(BUILT_IN, window(LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30), "30"),
          window(LocalDate.of(2022, 7, 1), LocalDate.of(2023, 3, 31), "10")),
      withRounding(BUILT_IN, new MoneyRounding(2, RoundingMode.HALF_EVEN)),
      withRounding(BUILT_IN, MoneyRounding.YUAN_HALF_UP),
      withWindows(BUILT_IN, window(LocalDate.of(1990, 1, 1), LocalDate.of(2029, 12, 31), "30")),
      withValidities(BUILT_IN));
  private static final List<RiskPoolOptions> OPTIONS = List.of(RiskPoolOptions.DEFAULTS,
      RiskPoolOptions.DEFAULTS.withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST),
      RiskPoolOptions.DEFAULTS.withReturnRecoveries(false));
  private static final LocalDate[] EDGES = {
      LocalDate.of(2022, 2, 28), LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30), LocalDate.of(2022, 7, 1),
      LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1)};
  /**
   * Classification dates at the edges of the base ratios' validities: the built-in 30% from 2019-01-01, and
   * {@link #withValidities}'s GENERAL row to 2023-12-31 and FIRST_LOAN row from 2021-01-01.
   */
  private static final LocalDate[] CLASSIFIED = {
      LocalDate.of(2011, 5, 31), LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1), LocalDate.of(2019, 1, 2),
      LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1), LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1)};

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
    check(withValidities(BUILT_IN), RiskPoolOptions.DEFAULTS, seed + 3, 2_000);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void aBookOfOneBlock_goodOrWithOneBadOrOverflowingRow_agreesWithThePlainForm(long seed) {
    Random random = new Random(seed);
    RiskPoolMeasure measure = MEASURES.get(random.nextInt(MEASURES.size()));
    RiskPoolOptions options = OPTIONS.get(random.nextInt(OPTIONS.size()));
    int size = 1 + random.nextInt(40);
    List<RiskPoolClaim> claims = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      claims.add(claim(random, i, true));
    }
    switch (random.nextInt(4)) {
      case 0 -> claims.set(random.nextInt(size), failing(random, size));
      case 1 -> claims.set(random.nextInt(size), overflowing(random, size));
      default -> { }
    }
    check(measure, options, "seed " + seed, claims);
  }

  @Test
  void fourBlocks_goodThenAFailedAndAnOverflowingRowThenGood_agreeWithThePlainForm() {
    // blocks 0, 2 and 3 (17 rows) by the block loop, the last two starting past row 0; block 1 row by row
    Random random = new Random(20261203L);
    List<RiskPoolClaim> claims = new ArrayList<>();
    for (int i = 0; i < 3 * BLOCK + 17; i++) {
      claims.add(claim(random, i, true));
    }
    claims.set(BLOCK + 100, failing(random, BLOCK + 100));
    claims.set(2 * BLOCK - 5, overflowing(random, 2 * BLOCK - 5));
    check(BUILT_IN, RiskPoolOptions.DEFAULTS, "four blocks", claims);
    check(BUILT_IN, RiskPoolOptions.DEFAULTS.withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST), "with interest",
        claims);
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
    for (int i = 0; i < size; i++) {
      claims.add(claim(random, i));
    }
    check(measure, options, "seed " + seed, claims);
  }

  private static void check(RiskPoolMeasure measure, RiskPoolOptions options, String label,
      List<RiskPoolClaim> claims) {
    int size = claims.size();
    BookRiskPoolColumns columns = new BookRiskPoolColumns(size);
    for (int i = 0; i < size; i++) {
      columns.set(i, claims.get(i));
    }
    BookColumnTotals totals = BookRiskPoolFastPath.of(measure, options).compute(columns);
    BookTally expected = new BookTally();
    for (int i = 0; i < size; i++) {
      RiskPoolClaim claim = claims.get(i);
      String where = label + " row " + i + " " + claim;
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
    assertThat(totals.toTotals()).as(label).isEqualTo(expected.totals());
  }

  private static long fen(BigDecimal yuan) {
    return yuan.movePointRight(2).longValueExact();
  }

  /** A random claim biased to the boundaries. */
  static RiskPoolClaim claim(Random random, int i) {
    return claim(random, i, false);
  }

  /** A claim the plain form rejects: an agreed base a millionth above the 80% ceiling, or the interest absent. */
  private static RiskPoolClaim failing(Random random, int i) {
    RiskPoolClaim good = claim(random, i, true);
    return random.nextBoolean() ? RiskPoolClaim.builder().from(good).baseRatio(Rate.ofPercent("80.0001")).build()
        : RiskPoolClaim.builder().from(good).accruedInterest(Optional.empty()).build();
  }

  /**
   * A good claim whose loss or recoveries times the ratio is beyond a long (10^15 fen × 10% is 10^20 ppm-fen):
   * computed exactly, row by row.
   */
  private static RiskPoolClaim overflowing(Random random, int i) {
    long fen = 1_000_000_000_000_000L + random.nextInt(1000);
    RiskPoolClaim good = claim(random, i, true);
    return random.nextBoolean()
        ? RiskPoolClaim.builder().from(good).principal(Cny.of(BigDecimal.valueOf(fen, 2)))
            .principalOutstanding(Cny.of(BigDecimal.valueOf(fen, 2))).build()
        : RiskPoolClaim.builder().from(good).recoveries(Cny.of(BigDecimal.valueOf(fen, 2))).build();
  }

  /**
   * A random claim biased to the boundaries; a good one (clean) has neither a base above the ceiling nor a loss
   * beyond a long times a ratio, and always its accrued interest.
   */
  private static RiskPoolClaim claim(Random random, int i, boolean clean) {
    LocalDate grant;
    Optional<LocalDate> extension;
    LocalDate bad;
    if (random.nextInt(4) == 0) {
      // classified on a validity's edge, granted (and perhaps extended) up to 800 days before
      bad = CLASSIFIED[random.nextInt(CLASSIFIED.length)];
      LocalDate granted = bad.minusDays(random.nextInt(800));
      grant = granted;
      extension = random.nextInt(6) == 0
          ? Optional.of(granted.plusDays(random.nextInt((int) (bad.toEpochDay() - granted.toEpochDay()) + 1)))
          : Optional.empty();
    } else {
      LocalDate granted = random.nextInt(3) == 0 ? EDGES[random.nextInt(EDGES.length)]
          : LocalDate.of(2021, 6, 1).plusDays(random.nextInt(1000));
      grant = granted;
      extension = random.nextInt(6) == 0 ? Optional.of(random.nextBoolean() ? EDGES[random.nextInt(EDGES.length)]
          : granted.plusDays(random.nextInt(400))).filter(date -> !date.isBefore(granted)) : Optional.empty();
      bad = extension.orElse(grant).plusDays(random.nextInt(500));
    }
    long principalFen = switch (random.nextInt(5)) {
      case 0 -> 1 + random.nextInt(1000);                       // tiny: ties at half a fen
      case 1 -> 100_000_001L + 2L * random.nextInt(1_000_000);   // odd fen: 50% and 30% give half-fen ties
      case 2 -> clean ? 1 + random.nextInt(1000)
          : 9_000_000_000_000_000L / 1_000 + random.nextInt(1000); // large: products beyond a long
      default -> 1_000_00L + (long) (random.nextDouble() * 5_000_000_000L);
    };
    long outstandingFen = random.nextInt(4) == 0 ? principalFen : (long) (principalFen * random.nextDouble());
    RiskPoolClaim.Builder builder = RiskPoolClaim.builder();
    builder.loanId("L" + i)
        .category(RiskPoolLoanCategory.values()[random.nextInt(RiskPoolLoanCategory.values().length)])
        .principal(Cny.of(BigDecimal.valueOf(principalFen, 2))).grantDate(grant).firstNonPerformingDate(bad)
        .principalOutstanding(Cny.of(BigDecimal.valueOf(outstandingFen, 2)));
    extension.ifPresent(builder::extensionDate);
    if (clean || random.nextInt(3) > 0) {
      builder.accruedInterest(Cny.of(BigDecimal.valueOf(random.nextInt(10_000_000), 2)));
    }
    if (random.nextInt(3) == 0) {
      long recovered = random.nextBoolean() ? outstandingFen : random.nextInt(100_000_000);
      builder.recoveries(Cny.of(BigDecimal.valueOf(recovered, 2)));
    }
    switch (random.nextInt(8)) {
      case 0 -> builder.baseRatio(Rate.ofPercent("80"));             // exactly at the ceiling
      case 1 -> builder.baseRatio(Rate.ofPercent(clean ? "79.9999" : "80.0001")); // a millionth above: failure
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

  private static Parameter<RiskPoolUpliftWindow> window(LocalDate start, LocalDate end, String points) {
    Parameter<RiskPoolUpliftWindow> any = BUILT_IN.upliftWindows().get(0);
    return Parameter.of(RiskPoolUpliftWindow.of(DateRange.of(start, end), Rate.ofPercent(points)), any.citation(),
        any.validity());
  }

  @SafeVarargs
  private static RiskPoolMeasure withWindows(RiskPoolMeasure m, Parameter<RiskPoolUpliftWindow>... windows) {
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.baseRatios(), List.of(windows),
        m.ceiling(), m.lossBasis(), m.returnRecoveries(), m.rounding(), m.exclusionRules(), m.lossTrigger());
  }

  /**
   * The measure with base ratios whose validities differ by category: GENERAL 30% valid 2019-01-01..2023-12-31,
   * FIRST_LOAN 40% valid from 2021-01-01 (every other category takes the GENERAL row).
   */
  static RiskPoolMeasure withValidities(RiskPoolMeasure m) {
    Parameter<Rate> general = m.baseRatioFor(RiskPoolLoanCategory.GENERAL).ratio();
    List<RiskPoolBaseRatio> rows = List.of(
        new RiskPoolBaseRatio(RiskPoolLoanCategory.GENERAL, Parameter.of(general.value(), general.citation(),
            DateRange.of(LocalDate.of(2019, 1, 1), LocalDate.of(2023, 12, 31)))),
        new RiskPoolBaseRatio(RiskPoolLoanCategory.FIRST_LOAN, Parameter.of(Rate.ofPercent("40"), general.citation(),
            DateRange.startingOn(LocalDate.of(2021, 1, 1)))));
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), rows, m.upliftWindows(),
        m.ceiling(), m.lossBasis(), m.returnRecoveries(), m.rounding(), m.exclusionRules(), m.lossTrigger());
  }

  private static RiskPoolMeasure withRounding(RiskPoolMeasure m, MoneyRounding rounding) {
    return new RiskPoolMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.baseRatios(), m.upliftWindows(),
        m.ceiling(), m.lossBasis(), m.returnRecoveries(),
        Parameter.of(rounding, m.rounding().citation(), m.rounding().validity()), m.exclusionRules(),
        m.lossTrigger());
  }
}
