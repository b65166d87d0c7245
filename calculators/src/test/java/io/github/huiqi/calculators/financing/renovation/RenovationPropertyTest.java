package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.GRANT;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationCategory;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the technical-renovation interest subsidy and grant (小升规方案 第十条) over seeded random projects
 * (seed in the test name; replay with {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
class RenovationPropertyTest {

  private static final BigDecimal INTEREST_CAP = new BigDecimal("5000000");
  private static final BigDecimal GRANT_CAP = new BigDecimal("50000000");
  private static final BigDecimal HALF_FEN = new BigDecimal("0.005");

  private static List<RenovationInterestPayment> randomPayments(Random random, long maxYuan) {
    List<RenovationInterestPayment> payments = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(8); i < n; i++) {
      LocalDate from = Generators.date(random, LocalDate.of(2022, 6, 1), LocalDate.of(2026, 6, 30));
      RenovationFinancingKind kind = random.nextBoolean() ? RenovationFinancingKind.BANK_FIXED_ASSET_LOAN
          : RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE;
      payments.add(RenovationInterestPayment.of("P" + i, kind, from, from.plusDays(1 + random.nextInt(400)),
          Cny.of(Generators.yuan(random, 0, maxYuan))));
    }
    return payments;
  }

  private static BigDecimal subsidy(List<RenovationInterestPayment> payments) {
    return Cny.yuan(CALCULATOR.subsidy(INTEREST, RenovationInterestRequest.of(START, payments)), "subsidy");
  }

  private static BigDecimal paid(List<RenovationInterestPayment> payments) {
    return payments.stream().map(p -> Cny.yuan(p.interestPaid(), "p")).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_interest_neverAboveCapNorHalfTheInterestPaid_wholeFen(long seed) {
    Random random = new Random(seed);
    List<RenovationInterestPayment> payments = randomPayments(random, random.nextBoolean() ? 5_000_000 : 200_000);
    BigDecimal subsidy = subsidy(payments);
    assertThat(subsidy).isNotNegative().isLessThanOrEqualTo(INTEREST_CAP);
    // 50% of the interest paid, plus at most half a fen from the one half-up rounding (and the apportionment's)
    assertThat(subsidy).isLessThanOrEqualTo(paid(payments).multiply(new BigDecimal("0.5")).add(HALF_FEN)
        .add(HALF_FEN.multiply(BigDecimal.valueOf(payments.size()))));
    assertThat(subsidy.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(subsidy);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_interest_monotone_moreInterestNeverLess(long seed) {
    Random random = new Random(seed);
    List<RenovationInterestPayment> payments = randomPayments(random, 2_000_000);
    BigDecimal before = subsidy(payments);
    List<RenovationInterestPayment> more = new ArrayList<>(payments);
    LocalDate from = Generators.date(random, START, LocalDate.of(2025, 6, 30));
    more.add(RenovationInterestPayment.of("EXTRA", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, from,
        from.plusDays(30), Cny.of(Generators.yuan(random, 0, 1_000_000))));
    assertThat(subsidy(more)).isGreaterThanOrEqualTo(before);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_interest_paymentsOutsideTheYearsCountNothing(long seed) {
    // the subsidised years are 2023-01-01..2025-12-31: interest for a period wholly before (ending by 2023-01-01,
    // not counted) or wholly after (from 2026-01-01) changes nothing, however large
    Random random = new Random(seed);
    List<RenovationInterestPayment> payments = randomPayments(random, 2_000_000);
    BigDecimal before = subsidy(payments);
    List<RenovationInterestPayment> more = new ArrayList<>(payments);
    LocalDate early = Generators.date(random, LocalDate.of(2020, 1, 1), START.minusDays(1));
    LocalDate earlyEnd = early.plusDays(1 + random.nextInt(400));
    more.add(RenovationInterestPayment.of("BEFORE", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN, early,
        earlyEnd.isAfter(START) ? START : earlyEnd, Cny.of(Generators.yuan(random, 1, 5_000_000))));
    LocalDate late = Generators.date(random, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 12, 31));
    more.add(RenovationInterestPayment.of("AFTER", RenovationFinancingKind.EQUIPMENT_FINANCE_LEASE, late,
        late.plusDays(1 + random.nextInt(400)), Cny.of(Generators.yuan(random, 1, 5_000_000))));
    assertThat(subsidy(more)).isEqualByComparingTo(before);
  }

  private static RenovationGrantRequest randomProject(Random random, BigDecimal investment, int level) {
    RenovationCategory category = random.nextInt(4) == 0 ? RenovationCategory.EQUIPMENT_UPGRADE
        : RenovationCategory.INTELLIGENT;
    // each share rounded down to the fen: an amount has no part of a fen, and 85% and 75% stay above 80% and 70%
    BigDecimal fixed = investment.multiply(new BigDecimal("0.85")).setScale(2, RoundingMode.DOWN);
    return RenovationGrantRequest.of(category, level, Cny.of(investment), Cny.of(investment), Cny.of(fixed),
        Cny.of(fixed.multiply(new BigDecimal("0.75")).setScale(2, RoundingMode.DOWN)));
  }

  private static BigDecimal grant(RenovationGrantRequest request) {
    return Cny.yuan(RenovationGrantCalculator.DEFAULT.maximumGrant(GRANT, request), "grant");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_grant_neverAboveCapNorTwentyPercent_wholeFen(long seed) {
    Random random = new Random(seed);
    BigDecimal investment = Generators.yuan(random, 0, 400_000_000);
    BigDecimal grant = grant(randomProject(random, investment, 1 + random.nextInt(5)));
    assertThat(grant).isNotNegative().isLessThanOrEqualTo(GRANT_CAP);
    assertThat(grant).isLessThanOrEqualTo(investment.multiply(new BigDecimal("0.20")).add(HALF_FEN));
    assertThat(grant.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(grant);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_grant_monotoneInInvestmentAndLevel(long seed) {
    Random random = new Random(seed);
    BigDecimal investment = Generators.yuan(random, 0, 300_000_000);
    BigDecimal more = investment.add(Generators.yuan(random, 0, 50_000_000));
    int level = 1 + random.nextInt(4);
    long state = random.nextLong();
    assertThat(grant(randomProject(new Random(state), more, level)))
        .isGreaterThanOrEqualTo(grant(randomProject(new Random(state), investment, level)));
    assertThat(grant(randomProject(new Random(state), investment, level + 1)))
        .isGreaterThanOrEqualTo(grant(randomProject(new Random(state), investment, level)));
  }

  private static <T> Optional<T> maybe(Random random, T value) {
    return random.nextInt(6) == 0 ? Optional.empty() : Optional.of(value);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_grant_plainFormAgreesWithTheExplainingForm(long seed) {
    // the plain form skips the texts of met conditions: it must still reach the same verdict and maximum, over
    // eligible, ineligible (structure short, level 1, refused) and undetermined projects
    Random random = new Random(seed);
    BigDecimal total = Generators.yuan(random, 0, 400_000_000);
    // shares of the total, rounded down to the fen: an amount has no part of a fen
    BigDecimal fixed = total.multiply(new BigDecimal(Generators.percent(random, 6000, 10000).replace("%", "")))
        .movePointLeft(2).setScale(2, RoundingMode.DOWN);
    BigDecimal equipment = fixed.multiply(new BigDecimal(Generators.percent(random, 5000, 10000).replace("%", "")))
        .movePointLeft(2).setScale(2, RoundingMode.DOWN);
    RenovationGrantRequest request = RenovationGrantRequest.builder()
        .category(random.nextBoolean() ? RenovationCategory.INTELLIGENT : RenovationCategory.EQUIPMENT_UPGRADE)
        .maturityLevel(maybe(random, 1 + random.nextInt(5))).eligibleInvestment(Cny.of(total))
        .totalInvestment(maybe(random, Cny.of(total))).fixedAssetInvestment(maybe(random, Cny.of(fixed)))
        .equipmentInvestment(maybe(random, Cny.of(equipment))).eligibleProject(maybe(random, random.nextInt(5) > 0))
        .build();
    RenovationGrantResult explained = RenovationGrantCalculator.DEFAULT.explainMaximumGrant(GRANT, request);
    // undetermined, the grant is 0 if the facts fall one way and up to the maximum the other: open unless it is 0.00
    if (explained.eligibility().verdict() == Verdict.UNDETERMINED
        && Cny.yuan(explained.amount().maximum(), "max").signum() != 0) {
      assertThatThrownBy(() -> grant(request)).isInstanceOfSatisfying(MissingFactsException.class,
          ex -> assertThat(ex.missingFacts()).isEqualTo(explained.eligibility().missingFacts()));
    } else {
      assertThat(grant(request)).isEqualByComparingTo(Cny.yuan(explained.amount().maximum(), "max"));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_interest_plainFormAgreesWithTheExplainingForm(long seed) {
    Random random = new Random(seed);
    RenovationInterestRequest request = RenovationInterestRequest.builder()
        .eligibleProject(maybe(random, random.nextInt(5) > 0)).subsidyStart(START)
        .payments(randomPayments(random, random.nextBoolean() ? 5_000_000 : 200_000)).build();
    RenovationInterestResult explained = CALCULATOR.explainSubsidy(INTEREST, request);
    if (explained.eligibility().verdict() == Verdict.UNDETERMINED
        && Cny.yuan(explained.amount().maximum(), "max").signum() != 0) {
      assertThatThrownBy(() -> CALCULATOR.subsidy(INTEREST, request)).isInstanceOf(MissingFactsException.class);
    } else {
      assertThat(Cny.yuan(CALCULATOR.subsidy(INTEREST, request), "s"))
          .isEqualByComparingTo(Cny.yuan(explained.amount().maximum(), "max"));
    }
  }
}
