package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPropertyTest;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the firm-year view over seeded random enterprises (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
public class FirmYearPropertyTest {

  /** VAT periods of a year: a quarterly or a monthly filer, some periods left out, sales near the thresholds. */
  static List<VatRequest> randomVat(Random random, int year) {
    List<VatRequest> periods = new ArrayList<>();
    boolean quarterly = random.nextBoolean();
    int count = quarterly ? 4 : 12;
    long threshold = quarterly ? 300_000 : 100_000;
    for (int i = 1; i <= count; i++) {
      if (random.nextInt(5) == 0) {
        continue;
      }
      BigDecimal sales = random.nextBoolean() ? Generators.yuan(random, threshold - 1_000, threshold + 1_000)
          : Generators.yuan(random, 0, threshold * 3);
      VatFilingPeriod period = quarterly ? VatFilingPeriod.ofQuarter(year, i) : VatFilingPeriod.ofMonth(year, i);
      VatRequest request = VatRequest.of(period, Cny.of(sales),
          random.nextInt(4) == 0 ? VatSalesBasis.INCLUDING_VAT : VatSalesBasis.EXCLUDING_VAT);
      // a region for most; left out sometimes, which leaves 2021's periods undetermined
      periods.add(random.nextInt(4) == 0 ? request : request.withTaxpayerRegionCode(random.nextBoolean() ? "420100"
          : "440305"));
    }
    return periods;
  }

  static RdRequest randomRd(Random random, int year) {
    RdExpensedCosts costs = new RdExpensedCosts(Cny.of(Generators.yuan(random, 0, 1_000_000)),
        Cny.of(Generators.yuan(random, 0, 300_000)), Cny.ZERO, Cny.ZERO, Cny.ZERO,
        Cny.of(Generators.yuan(random, 0, 100_000)));
    RdRequest rd = RdRequest.of(year, costs);
    if (random.nextInt(6) != 0) {
      rd = rd.withIndustryCode(random.nextInt(8) == 0 ? "F5110" : RdFixtures.MANUFACTURE);
    }
    return random.nextInt(6) == 0 ? rd : rd.withKinds(random.nextBoolean() ? new RdEnterpriseKind[] {
        RdEnterpriseKind.TECH_SME} : new RdEnterpriseKind[] {RdEnterpriseKind.MANUFACTURING});
  }

  public static FirmYearRequest randomRequest(Random random) {
    int year = 2021 + random.nextInt(7);
    Optional<RdRequest> rd = random.nextInt(5) == 0 ? Optional.empty()
        : Optional.of(randomRd(random, year));
    BigDecimal income = switch (random.nextInt(4)) {
      case 0 -> Generators.yuan(random, 2_990_000, 4_000_000);
      case 1 -> Generators.yuan(random, 0, 300_000);
      default -> Generators.yuan(random, 0, 5_000_000);
    };
    Optional<Boolean> industry = random.nextInt(8) == 0 ? Optional.empty() : Optional.of(random.nextInt(8) == 0);
    List<OperatingQuarter> quarters = random.nextInt(10) == 0 ? List.of()
        : SmallLowProfitPropertyTest.randomQuarters(random, 4);
    return FirmYearRequest.builder().taxYear(year).vatPeriods(randomVat(random, year))
        .incomeTax(FirmYearIncomeTax.builder().taxableIncomeBeforeRd(Cny.of(income))
        .restrictedOrProhibitedIndustry(industry).quarters(quarters).build()).rd(rd).build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static void wholeFen(AmountRange range) {
    assertThat(yuan(range.minimum()).stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    assertThat(yuan(range.maximum()).stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_totalNeverNegative_neverAboveStandardTaxes_wholeFen(long seed) {
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, randomRequest(new Random(seed)));
    BigDecimal standard = yuan(result.standardVat()).add(yuan(result.standardIncomeTax()));
    assertThat(yuan(result.totalSaved().minimum())).isNotNegative();
    assertThat(yuan(result.totalSaved().maximum())).isLessThanOrEqualTo(standard);
    assertThat(yuan(result.vatSaved().maximum())).isLessThanOrEqualTo(yuan(result.standardVat()));
    assertThat(yuan(result.incomeTaxSaved().maximum())).isLessThanOrEqualTo(yuan(result.standardIncomeTax()));
    for (AmountRange range : List.of(result.totalSaved(), result.vatSaved(), result.vatDue(), result.incomeTaxDue(),
        result.incomeTaxSaved(), result.extraDeduction())) {
      wholeFen(range);
    }
    result.reliefs().forEach(outcome -> wholeFen(outcome.saved()));
    // TI after the deduction is never above TI before, never negative
    assertThat(yuan(result.taxableIncomeAfterRd().maximum())).isLessThanOrEqualTo(yuan(
        result.taxableIncomeBeforeRd()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_partsSumToTheTotal_andThePlainFormAgrees(long seed) {
    FirmYearRequest request = randomRequest(new Random(seed));
    FirmYearResult result = CALCULATOR.explainTotalSaved(MEASURES, request);
    if (!result.totalSaved().isExact()) {
      return;
    }
    BigDecimal sum = BigDecimal.ZERO;
    for (FirmYearReliefOutcome outcome : result.reliefs()) {
      assertThat(outcome.saved().isExact()).isTrue();
      sum = sum.add(yuan(outcome.saved().minimum()));
    }
    BigDecimal total = yuan(result.totalSaved().minimum());
    assertThat(sum).isEqualByComparingTo(total);
    assertThat(yuan(result.vatSaved().minimum()).add(yuan(result.incomeTaxSaved().minimum())))
        .isEqualByComparingTo(total);
    // income tax saved = standard tax on TI before − tax due on TI after
    assertThat(yuan(result.standardIncomeTax()).subtract(yuan(result.incomeTaxDue().minimum())))
        .isEqualByComparingTo(yuan(result.incomeTaxSaved().minimum()));
    assertThat(yuan(CALCULATOR.totalSaved(MEASURES, request))).isEqualByComparingTo(total);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_rdNeverLowersTheIncomeTaxSaved(long seed) {
    FirmYearRequest request = randomRequest(new Random(seed));
    FirmYearRequest withoutRd = FirmYearRequest.builder().from(request).rd(Optional.empty()).build();
    FirmYearResult with = CALCULATOR.explainTotalSaved(MEASURES, request);
    FirmYearResult without = CALCULATOR.explainTotalSaved(MEASURES, withoutRd);
    // tax due is monotone in taxable income (the cliff only jumps up), so deducting more never costs
    assertThat(yuan(with.incomeTaxSaved().minimum())).isGreaterThanOrEqualTo(yuan(
        without.incomeTaxSaved().minimum()));
    assertThat(yuan(with.incomeTaxSaved().maximum())).isGreaterThanOrEqualTo(yuan(
        without.incomeTaxSaved().maximum()));
    // and VAT is independent of the income-tax side
    assertThat(with.vatSaved()).isEqualTo(without.vatSaved());
  }

  /** The request with every missing fact supplied, at random. */
  static FirmYearRequest completed(FirmYearRequest request, Random random) {
    List<VatRequest> vat = new ArrayList<>();
    for (VatRequest period : request.vatPeriods()) {
      vat.add(period.taxpayerRegionCode().isPresent() ? period
          : period.withTaxpayerRegionCode(random.nextBoolean() ? "420100" : "440305"));
    }
    FirmYearIncomeTax tax = request.incomeTax();
    FirmYearIncomeTax completedTax = FirmYearIncomeTax.builder().from(tax)
        .restrictedOrProhibitedIndustry(tax.restrictedOrProhibitedIndustry().orElse(random.nextInt(4) == 0))
        .quarters(tax.quarters().isEmpty() ? SmallLowProfitPropertyTest.randomQuarters(random, 4) : tax.quarters())
        .build();
    Optional<RdRequest> rd = request.rd().map(r -> {
      RdRequest known = r.industryCode().isPresent() ? r
          : r.withIndustryCode(random.nextInt(3) == 0 ? "F5110" : RdFixtures.MANUFACTURE);
      return known.withFlags(Optional.of(r.techSme().orElse(random.nextBoolean())),
          Optional.of(r.manufacturing().orElse(random.nextBoolean())),
          Optional.of(r.icOrMachineTool().orElse(random.nextBoolean())));
    });
    return FirmYearRequest.builder().taxYear(request.taxYear()).vatPeriods(vat).incomeTax(completedTax).rd(rd).build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_supplyingTheMissingFacts_landsWithinTheRanges(long seed) {
    Random random = new Random(seed);
    FirmYearRequest request = randomRequest(random);
    FirmYearResult partial = CALCULATOR.explainTotalSaved(MEASURES, request);
    FirmYearResult full = CALCULATOR.explainTotalSaved(MEASURES, completed(request, random));
    assertThat(full.missingFacts()).isEmpty();
    for (FirmYearRelief relief : FirmYearRelief.values()) {
      within(full.outcome(relief).saved(), partial.outcome(relief).saved());
    }
    within(full.totalSaved(), partial.totalSaved());
    within(full.incomeTaxDue(), partial.incomeTaxDue());
    within(full.vatDue(), partial.vatDue());
  }

  private static void within(AmountRange exact, AmountRange range) {
    assertThat(exact.isExact()).isTrue();
    assertThat(yuan(exact.minimum())).isBetween(yuan(range.minimum()), yuan(range.maximum()));
  }
}
