package io.github.huiqi.calculators.tax.smalllowprofit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.QuarterlyAverage;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitNegativePrepayment;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of the 小型微利企业 relief (深工信〔2023〕26号 第1条 with the instruments its pack cites for the
 * other years and the lower part) against {@link SmallLowProfitOracle}: every tax year 2019–2027 and a year either
 * side (no rules, refused); taxable income at 0, at 1,000,000 and 3,000,000 exactly and a fen either side, and at
 * random; the quarterly averages of employees and total assets at 300 and 50,000,000 exactly and the least step
 * either side (half an employee, half a fen per quarter), over one to four quarters in any order a firm may have
 * operated them; the industry restricted, not, or not given, and the quarters not given; the rounding options; through
 * the plain and explaining forms, the JSON entry point for a share, the averages request for a share, the quarterly
 * prepayment (both treatments of a negative difference) for a third, and the engine (CatalogRuns) for a share, on a
 * profile with no R&amp;D and quarters from the one of registration (register §4.5 item 31).
 */
class SmallLowProfitOraclePropertyTest {

  private static final long SEED = 2023_01_13L;
  private static final int CASES = 4_000;
  private static final SmallLowProfitMeasure MEASURE = SmallLowProfitFixtures.MEASURE;
  private static final SmallLowProfitCalculator CALCULATOR = SmallLowProfitFixtures.CALCULATOR;
  private static final MoneyRounding[] ROUNDINGS = {MoneyRounding.FEN_HALF_UP, MoneyRounding.FEN_DOWN,
      MoneyRounding.YUAN_HALF_UP};

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < CASES; n++) {
      int year = 2018 + random.nextInt(11);
      BigDecimal income = income(random);
      Boolean restricted = random.nextInt(8) == 0 ? null : random.nextInt(10) == 0;
      List<SmallLowProfitOracle.Quarter> quarters = random.nextInt(12) == 0 ? List.of()
          : quarters(random, operated(random));
      Optional<MoneyRounding> rounding = random.nextInt(5) == 0 ? Optional.of(ROUNDINGS[random.nextInt(3)])
          : Optional.empty();
      SmallLowProfitRequest.Builder builder = SmallLowProfitRequest.builder().taxYear(year)
          .taxableIncome(Cny.of(income)).quarters(operating(quarters));
      Optional.ofNullable(restricted).ifPresent(builder::restrictedOrProhibitedIndustry);
      rounding.ifPresent(r -> builder.options(SmallLowProfitOptions.builder().rounding(r).build()));
      SmallLowProfitRequest request = builder.build();
      String what = "seed " + SEED + " case " + n + ": " + request;
      if (SmallLowProfitOracle.rates(year) == null) {
        assertThatThrownBy(() -> CALCULATOR.explainTaxDue(MEASURE, request)).as(what)
            .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("taxYear"));
        continue;
      }
      MoneyRounding r = rounding.orElse(MoneyRounding.FEN_HALF_UP);
      SmallLowProfitOracle.Tax expected = SmallLowProfitOracle.tax(year, income, restricted, quarters, r.scale(),
          r.mode());
      what += "\n  oracle " + expected;
      SmallLowProfitResult result;
      try {
        result = CALCULATOR.explainTaxDue(MEASURE, request);
      } catch (RuntimeException ex) {
        throw new AssertionError(what, ex);
      }
      assertResult(what, result, year, income, expected);
      // the plain forms: the figure when the facts decide it (an open verdict whose range is one figure, such as a
      // zero income, still gives it), else MissingFactsException
      if (expected.dueLeast().compareTo(expected.dueMost()) == 0) {
        assertThat(Cny.yuan(CALCULATOR.taxDue(MEASURE, request), "plain")).as(what)
            .isEqualByComparingTo(expected.dueMost());
      } else {
        assertThatThrownBy(() -> CALCULATOR.taxDue(MEASURE, request)).as(what)
            .isInstanceOf(MissingFactsException.class);
      }
      if (expected.reliefLeast().compareTo(expected.reliefMost()) == 0) {
        assertThat(Cny.yuan(CALCULATOR.relief(MEASURE, request), "plain")).as(what)
            .isEqualByComparingTo(expected.reliefMost());
      } else {
        assertThatThrownBy(() -> CALCULATOR.relief(MEASURE, request)).as(what)
            .isInstanceOf(MissingFactsException.class);
      }
      assertThat(Cny.yuan(CALCULATOR.standardTax(MEASURE, request), "standard")).as(what)
          .isEqualByComparingTo(expected.standard());
      if (n % 10 == 0) {
        SmallLowProfitResult viaJson = HuiqiJson.read(CALCULATOR.explainTaxDueJson(MEASURE,
            HuiqiJson.write(request)), SmallLowProfitResult.class);
        assertResult(what + " via JSON", viaJson, year, income, expected);
      }
      if (n % 4 == 1) {
        checkAverages(what + " averages", random, year, income, restricted, quarters, rounding, r);
      }
      if (n % 3 == 2) {
        checkPrepayment(what + " prepayment", random, year, n % 30 == 2);
      }
    }
  }

  private static void assertResult(String what, SmallLowProfitResult result, int year, BigDecimal income,
      SmallLowProfitOracle.Tax expected) {
    String label = what + "\n  library " + result.eligibility() + " due " + result.taxDue() + " std "
        + result.standardTax() + " relief " + result.relief();
    BigDecimal[] rates = SmallLowProfitOracle.rates(year);
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(result.taxYear()).as(label).isEqualTo(year);
    assertThat(Cny.yuan(result.taxableIncome(), "ti")).as(label).isEqualByComparingTo(income);
    assertThat(result.rateYears().containsYear(year)).as(label).isTrue();
    assertThat(result.lowerSliceRate().fraction()).as(label).isEqualByComparingTo(rates[0]);
    assertThat(result.upperSliceRate().fraction()).as(label).isEqualByComparingTo(rates[1]);
    assertThat(result.standardRate().fraction()).as(label).isEqualByComparingTo(SmallLowProfitOracle.STANDARD);
    if (expected.employeeSum() == null) {
      assertThat(result.averageEmployees()).as(label).isEmpty();
      assertThat(result.averageTotalAssets()).as(label).isEmpty();
    } else {
      assertAverage(label, result.averageEmployees(), expected.employeeSum(), expected.quarters());
      assertAverage(label, result.averageTotalAssets(), expected.assetSum(), expected.quarters());
    }
    assertRange(label + " due", result.taxDue(), expected.dueLeast(), expected.dueMost());
    assertThat(Cny.yuan(result.standardTax(), "std")).as(label).isEqualByComparingTo(expected.standard());
    assertRange(label + " relief", result.relief(), expected.reliefLeast(), expected.reliefMost());
  }

  private static void assertAverage(String label, Optional<QuarterlyAverage> actual, BigDecimal sum, int quarters) {
    assertThat(actual).as(label).isPresent();
    // the same mean: sum ÷ quarters, compared without dividing
    assertThat(actual.get().sumOfQuarterAverages().multiply(BigDecimal.valueOf(quarters))).as(label)
        .isEqualByComparingTo(sum.multiply(BigDecimal.valueOf(actual.get().quarters())));
  }

  /** The same year through the averages request: the averages given as sums over the quarters. */
  private static void checkAverages(String what, Random random, int year, BigDecimal income, Boolean restricted,
      List<SmallLowProfitOracle.Quarter> quarters, Optional<MoneyRounding> rounding, MoneyRounding r) {
    SmallLowProfitOracle.Tax expected = SmallLowProfitOracle.tax(year, income, restricted, quarters, r.scale(),
        r.mode());
    SmallLowProfitAveragesRequest.Builder builder = SmallLowProfitAveragesRequest.builder().taxYear(year)
        .taxableIncome(Cny.of(income));
    Optional.ofNullable(restricted).ifPresent(builder::restrictedOrProhibitedIndustry);
    rounding.ifPresent(chosen -> builder.options(SmallLowProfitOptions.builder().rounding(chosen).build()));
    if (!quarters.isEmpty()) {
      builder.averageEmployees(new QuarterlyAverage(expected.employeeSum(), quarters.size()))
          .averageTotalAssets(new QuarterlyAverage(expected.assetSum(), quarters.size()));
    }
    SmallLowProfitAveragesRequest request = builder.build();
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, request);
    assertResult(what + ": " + request, result, year, income, expected);
    if (expected.dueLeast().compareTo(expected.dueMost()) == 0) {
      assertThat(Cny.yuan(CALCULATOR.taxDue(MEASURE, request), "plain")).as(what)
          .isEqualByComparingTo(expected.dueMost());
    }
  }

  /** A quarterly prepayment of the year: the quarters to date end with the current one. */
  private static void checkPrepayment(String what, Random random, int year, boolean viaJson) {
    int through = 1 + random.nextInt(4);
    List<SmallLowProfitOracle.Quarter> quarters = random.nextInt(10) == 0 ? List.of()
        : quarters(random, toDate(random, through));
    BigDecimal income = income(random);
    Boolean restricted = random.nextInt(10) == 0 ? null : random.nextInt(10) == 0;
    SmallLowProfitOracle.Tax toDate = SmallLowProfitOracle.tax(year, income, restricted, quarters, 2,
        RoundingMode.HALF_UP);
    BigDecimal prepaid = switch (random.nextInt(4)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> toDate.dueLeast().add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2))
          .max(BigDecimal.ZERO);
      case 2 -> toDate.dueMost().add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2))
          .max(BigDecimal.ZERO);
      default -> fen(random, 100_000_000L);
    };
    Optional<SmallLowProfitNegativePrepayment> treatment = random.nextInt(3) == 0 ? Optional.empty()
        : Optional.of(SmallLowProfitNegativePrepayment.values()[random.nextInt(2)]);
    SmallLowProfitPrepaymentRequest.Builder builder = SmallLowProfitPrepaymentRequest.builder().taxYear(year)
        .throughQuarter(through).cumulativeTaxableIncome(Cny.of(income)).quarters(operating(quarters))
        .alreadyPrepaid(Cny.of(prepaid));
    Optional.ofNullable(restricted).ifPresent(builder::restrictedOrProhibitedIndustry);
    treatment.ifPresent(t -> builder.options(SmallLowProfitOptions.builder().negativePrepayment(t).build()));
    SmallLowProfitPrepaymentRequest request = builder.build();
    boolean refund = treatment.orElse(SmallLowProfitNegativePrepayment.CARRY_TO_ANNUAL_SETTLEMENT)
        == SmallLowProfitNegativePrepayment.REFUND;
    SmallLowProfitOracle.Prepayment expected = SmallLowProfitOracle.prepayment(toDate, prepaid, refund);
    String label = what + ": " + request + "\n  oracle " + toDate + " " + expected;
    List<SmallLowProfitPrepaymentResult> results = new ArrayList<>();
    try {
      results.add(CALCULATOR.explainPrepaymentPayable(MEASURE, request));
      if (viaJson) {
        results.add(HuiqiJson.read(CALCULATOR.explainPrepaymentPayableJson(MEASURE, HuiqiJson.write(request)),
            SmallLowProfitPrepaymentResult.class));
      }
    } catch (RuntimeException ex) {
      throw new AssertionError(label, ex);
    }
    for (SmallLowProfitPrepaymentResult result : results) {
      String at = label + "\n  library " + result.payable() + " credit " + result.creditCarried();
      assertThat(result.throughQuarter()).as(at).isEqualTo(through);
      assertResult(at, result.toDate(), year, income, toDate);
      assertThat(Cny.yuan(result.alreadyPrepaid(), "prepaid")).as(at).isEqualByComparingTo(prepaid);
      assertThat(result.negativePrepayment()).as(at).isEqualTo(refund ? SmallLowProfitNegativePrepayment.REFUND
          : SmallLowProfitNegativePrepayment.CARRY_TO_ANNUAL_SETTLEMENT);
      assertRange(at + " payable", result.payable(), expected.payableLeast(), expected.payableMost());
      assertRange(at + " credit", result.creditCarried(), expected.creditLeast(), expected.creditMost());
    }
    if (expected.payableLeast().compareTo(expected.payableMost()) != 0) {
      assertThatThrownBy(() -> CALCULATOR.prepaymentPayable(MEASURE, request)).as(label)
          .isInstanceOf(MissingFactsException.class);
    } else {
      assertThat(Cny.yuan(CALCULATOR.prepaymentPayable(MEASURE, request), "plain")).as(label)
          .isEqualByComparingTo(expected.payableMost());
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_engine_agreesWithTheOracle() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 400; n++) {
      int year = 2019 + random.nextInt(9);
      BigDecimal income = income(random);
      Boolean restricted = random.nextInt(8) == 0 ? null : random.nextInt(10) == 0;
      // registered before the year (all four quarters operated) or within it (from its quarter through the fourth)
      LocalDate registered = random.nextInt(3) == 0
          ? LocalDate.of(year, 1, 1).plusDays(random.nextInt(365))
          : LocalDate.of(year - 1 - random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
      int first = registered.getYear() < year ? 1 : 1 + (registered.getMonthValue() - 1) / 3;
      List<SmallLowProfitOracle.Quarter> quarters = quarters(random, range(first, 4));
      EnterpriseYear figures = EnterpriseYear.builder().from(FirmYearProfiles.year(year, income.toPlainString(),
          "0").build()).quarters(operating(quarters)).build();
      EnterpriseProfile.Builder profile = EnterpriseProfile.builder().from(FirmYearProfiles.firm(figures).build())
          .registrationDate(registered).restrictedOrProhibitedIndustry(Optional.ofNullable(restricted));
      SmallLowProfitOracle.Tax expected = SmallLowProfitOracle.tax(year, income, restricted, quarters, 2,
          RoundingMode.HALF_UP);
      LocalDate asOf = LocalDate.of(year, 12, 31).plusDays(random.nextInt(365));
      String what = "seed " + (SEED + 1) + " engine case " + n + ": " + year + " TI " + income + " restricted "
          + restricted + " registered " + registered + " " + quarters + " as of " + asOf + "\n  oracle " + expected;
      MeasureOutcome outcome;
      try {
        outcome = CatalogRuns.both(SmallLowProfitMeasure.SHENZHEN_2023.id(), profile.build(), asOf);
      } catch (RuntimeException ex) {
        throw new AssertionError(what, ex);
      }
      what += "\n  library " + outcome.verdict() + " " + outcome.amount() + " " + outcome.missingFacts();
      CatalogRuns.assertRange(what, outcome, expected.verdict(), expected.reliefLeast(), expected.reliefMost());
      if (n % 7 == 3) {
        // a year no instrument covers (2018, 2028), the latest up to the evaluation date's: ineligible, nothing
        int without = random.nextBoolean() ? 2018 : 2028;
        EnterpriseProfile.Builder ruleless = EnterpriseProfile.builder().from(profile.build()).years(List.of(
            EnterpriseYear.builder().from(figures).year(without).build())).registrationDate(LocalDate.of(2010, 1, 1));
        MeasureOutcome none = CatalogRuns.both(SmallLowProfitMeasure.SHENZHEN_2023.id(), ruleless.build(),
            LocalDate.of(without, 6, 30).plusDays(random.nextInt(500)));
        CatalogRuns.assertRange(what + "\n  year " + without + ": " + none.verdict() + " " + none.amount(), none,
            "INELIGIBLE", BigDecimal.ZERO, BigDecimal.ZERO);
      }
      if (n % 5 == 0) {
        // the years not given, or only a later one (register §1.7): open from zero to the most relief at the
        // 3,000,000 limit over the years with rules up to the evaluation date's, unless the industry fails
        EnterpriseProfile.Builder without = EnterpriseProfile.builder().from(profile.build());
        if (random.nextBoolean()) {
          without.years(Optional.empty());
        } else {
          without.years(List.of(EnterpriseYear.builder().from(figures).year(asOf.getYear() + 1).build()));
        }
        BigDecimal most = BigDecimal.ZERO;
        for (int y = 2019; y <= Math.min(asOf.getYear(), 2027); y++) {
          SmallLowProfitOracle.Tax atLimit = SmallLowProfitOracle.tax(y, SmallLowProfitOracle.INCOME_LIMIT, false,
              List.of(), 2, RoundingMode.HALF_UP);
          most = most.max(atLimit.reliefMost());
        }
        boolean fails = Boolean.TRUE.equals(restricted);
        MeasureOutcome open = CatalogRuns.both(SmallLowProfitMeasure.SHENZHEN_2023.id(), without.build(), asOf);
        CatalogRuns.assertRange(what + "\n  years not given: " + open.verdict() + " " + open.amount(), open,
            fails ? "INELIGIBLE" : "UNDETERMINED", BigDecimal.ZERO, fails ? BigDecimal.ZERO : most);
      }
    }
  }

  //-------------------------------------------------------------------------
  /** Taxable income at 0, at either slice edge exactly or a fen either side, small with odd fen, or at random. */
  private static BigDecimal income(Random random) {
    BigDecimal fenStep = BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2);
    return switch (random.nextInt(7)) {
      case 0 -> BigDecimal.ZERO;
      case 1 -> SmallLowProfitOracle.BOUNDARY.add(fenStep);
      case 2 -> SmallLowProfitOracle.INCOME_LIMIT.add(fenStep);
      case 3 -> fen(random, 1_000);
      default -> fen(random, 4_000_000_00L);
    };
  }

  /**
   * Quarters a firm may have operated in a year, in order: from one in the year through the fourth (it started), from
   * the first through one (it stopped), or any of them.
   */
  private static List<Integer> operated(Random random) {
    int k = 1 + random.nextInt(4);
    return switch (random.nextInt(3)) {
      case 0 -> range(k, 4);
      case 1 -> range(1, k);
      default -> {
        List<Integer> chosen = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
          if (random.nextBoolean()) {
            chosen.add(q);
          }
        }
        yield chosen.isEmpty() ? List.of(k) : chosen;
      }
    };
  }

  /** The quarters to date of a prepayment: ending with the current one, from the first or a later one. */
  private static List<Integer> toDate(Random random, int through) {
    List<Integer> chosen = random.nextInt(3) != 0 ? range(1 + random.nextInt(through), through) : new ArrayList<>();
    if (chosen.isEmpty()) {
      for (int q = 1; q < through; q++) {
        if (random.nextBoolean()) {
          chosen.add(q);
        }
      }
      chosen.add(through);
    }
    return chosen;
  }

  private static List<Integer> range(int first, int last) {
    List<Integer> list = new ArrayList<>();
    for (int q = first; q <= last; q++) {
      list.add(q);
    }
    return list;
  }

  /**
   * The quarters' figures: with even odds the employees' and assets' means sit on their limits exactly or the least
   * step either side, else at random.
   */
  private static List<SmallLowProfitOracle.Quarter> quarters(Random random, List<Integer> which) {
    int count = which.size();
    // twice the employees' sum of averages (Σ start + end) and twice the assets' (in fen)
    long employeesTwice = random.nextBoolean() ? 600L * count + random.nextInt(3) - 1
        : random.nextInt(700 * count + 1);
    long assetsTwiceFen = random.nextBoolean() ? 100_000_000_00L * count + random.nextInt(3) - 1
        : Math.floorMod(random.nextLong(), 120_000_000_00L * count + 1);
    long[] employees = split(random, employeesTwice, 2 * count);
    long[] assets = split(random, assetsTwiceFen, 2 * count);
    List<SmallLowProfitOracle.Quarter> list = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      list.add(new SmallLowProfitOracle.Quarter(which.get(i), (int) employees[2 * i], (int) employees[2 * i + 1],
          BigDecimal.valueOf(assets[2 * i]).movePointLeft(2), BigDecimal.valueOf(assets[2 * i + 1]).movePointLeft(2)));
    }
    return list;
  }

  /** A total split into parts, none negative. */
  private static long[] split(Random random, long total, int parts) {
    long[] out = new long[parts];
    long left = Math.max(0, total);
    for (int i = 0; i < parts - 1; i++) {
      long even = left / (parts - i);
      long share = random.nextBoolean() ? even : Math.floorMod(random.nextLong(), left + 1);
      out[i] = share;
      left -= share;
    }
    out[parts - 1] = left;
    return out;
  }

  private static List<OperatingQuarter> operating(List<SmallLowProfitOracle.Quarter> quarters) {
    List<OperatingQuarter> list = new ArrayList<>();
    for (SmallLowProfitOracle.Quarter q : quarters) {
      list.add(new OperatingQuarter(q.quarter(), q.employeesAtStart(), q.employeesAtEnd(),
          Cny.of(q.assetsAtStart()), Cny.of(q.assetsAtEnd())));
    }
    return list;
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static void assertRange(String label, AmountRange range, BigDecimal least, BigDecimal most) {
    assertThat(Cny.yuan(range.minimum(), "minimum")).as(label + " least").isEqualByComparingTo(least);
    assertThat(Cny.yuan(range.maximum(), "maximum")).as(label + " most").isEqualByComparingTo(most);
  }
}
