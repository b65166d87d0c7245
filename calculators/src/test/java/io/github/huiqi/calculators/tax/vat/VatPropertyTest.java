package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.SHENZHEN;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.WUHAN;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.due;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Properties of the small-scale VAT over seeded random filing periods (seed in the test name; replay with
 * {@code -Dhuiqi.property.seed=<seed> -Dhuiqi.property.runs=1}).
 */
public class VatPropertyTest {

  private static final BigDecimal THREE_PERCENT = new BigDecimal("0.03");
  private static final BigDecimal HALF_FEN = new BigDecimal("0.005");

  /** A month or a quarter from 2019-01 to 2027-12, never 2020-Q1 (the levy changes within it). */
  static VatFilingPeriod randomPeriod(Random random) {
    int year = 2019 + random.nextInt(9);
    if (random.nextBoolean()) {
      return VatFilingPeriod.ofMonth(year, 1 + random.nextInt(12));
    }
    int quarter = 1 + random.nextInt(4);
    return year == 2020 && quarter == 1 ? VatFilingPeriod.ofQuarter(2020, 2) : VatFilingPeriod.ofQuarter(year, quarter);
  }

  /** Sales near the thresholds half of the time, anywhere up to 2,000,000 otherwise. */
  static BigDecimal randomSales(Random random) {
    return random.nextBoolean() ? Generators.yuan(random, 95_000, 160_000)
        : Generators.yuan(random, 0, 2_000_000);
  }

  public static VatRequest randomRequest(Random random) {
    VatSalesBasis basis = random.nextBoolean() ? VatSalesBasis.EXCLUDING_VAT
        : VatSalesBasis.INCLUDING_VAT;
    VatRequest request = VatRequest.of(randomPeriod(random), Cny.of(randomSales(random)), basis)
        .withTaxpayerRegionCode(random.nextBoolean() ? SHENZHEN : WUHAN);
    if (random.nextInt(3) == 0) {
      BigDecimal special = Generators.yuan(random, 0, 200_000);
      request = random.nextBoolean() ? request.withSpecialInvoiceSales(Cny.of(special))
          : request.withSpecialInvoiceSales(Cny.of(special), Rate.parse(random.nextBoolean() ? "1%" : "3%"));
    }
    if (random.nextInt(4) == 0) {
      BigDecimal property = Generators.yuan(random, 1, 3_000_000);
      BigDecimal propertyVat = property.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
      request = request.withImmovableProperty(Cny.of(property), Cny.of(propertyVat));
    }
    if (random.nextInt(5) == 0) {
      VatOptions options = VatOptions.DEFAULTS
          .withSpecialInvoiceSalesInThresholdTest(random.nextBoolean());
      request = request.withOptions(random.nextBoolean() ? options : options.withRounding(MoneyRounding.FEN_DOWN));
    }
    return request;
  }

  private static BigDecimal yuan(Optional<javax.money.MonetaryAmount> amount) {
    return amount.map(a -> Cny.yuan(a, "amount")).orElse(BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_reliefNeverNegative_andVatNeverAboveTheStandard(long seed) {
    Random random = new Random(seed);
    VatRequest request = randomRequest(random);
    VatResult result = CALCULATOR.explainVatDue(MEASURE, request);
    BigDecimal due = Cny.yuan(result.vatDue().maximum(), "due");
    BigDecimal standard = Cny.yuan(result.standardVat(), "standard");
    BigDecimal saved = Cny.yuan(result.amountSaved().maximum(), "saved");
    assertThat(due).isNotNegative().isLessThanOrEqualTo(standard);
    assertThat(saved).isNotNegative();
    // saved is exactly the difference, with no floor needed for the built-in rates
    assertThat(saved).isEqualByComparingTo(standard.subtract(due));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_neverAboveThreePercentOfTheGivenAmounts(long seed) {
    Random random = new Random(seed);
    VatRequest request = randomRequest(random);
    // an independent ceiling: 3% of the sales as given (VAT-inclusive or not) and of the special-invoice sales,
    // plus the property VAT, plus half a fen of rounding
    BigDecimal ceiling = THREE_PERCENT.multiply(Cny.yuan(request.sales(), "sales")
        .add(yuan(request.specialInvoiceSales()))).add(yuan(request.immovablePropertyVat())).add(HALF_FEN);
    assertThat(due(request)).isLessThanOrEqualTo(ceiling);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_wholeFen(long seed) {
    Random random = new Random(seed);
    VatResult result = CALCULATOR.explainVatDue(MEASURE, randomRequest(random));
    for (javax.money.MonetaryAmount amount : new javax.money.MonetaryAmount[] {result.vatDue().maximum(),
        result.standardVat(), result.amountSaved().maximum()}) {
      BigDecimal value = Cny.yuan(amount, "amount");
      assertThat(value.setScale(2, RoundingMode.UNNECESSARY)).isEqualByComparingTo(value);
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_monotoneInSalesWithinAPeriod(long seed) {
    Random random = new Random(seed);
    VatRequest low = randomRequest(random);
    BigDecimal more = Generators.yuan(random, 0, 300_000);
    VatRequest high = VatRequest.builder().from(low).sales(Cny.of(Cny.yuan(low.sales(), "sales").add(more))).build();
    assertThat(due(low)).isLessThanOrEqualTo(due(high));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_matchesTheDomainReferenceTable(long seed) {
    // domain reference §2.11, outside Hubei, plain sales excluding VAT, with its 2021-04..2022-03 levy corrected:
    //   monthly threshold 150,000 in 2021-04..2022-12, else 100,000 (quarterly × 3), inclusive;
    //   above it: 1% in 2020-03..2022-03 (2020年第13号, extended by 2021年第7号 第一条 and 2022年第15号) and
    //   2023-01..2027-12, exempt in 2022-04..2022-12, else 3%; whole sales taxed
    Random random = new Random(seed);
    VatFilingPeriod period = randomPeriod(random);
    BigDecimal sales = randomSales(random);
    int ym = period.year() * 100 + period.month().orElseGet(() -> period.quarter().get() * 3);
    BigDecimal monthly = ym >= 202104 && ym <= 202212 ? new BigDecimal("150000") : new BigDecimal("100000");
    BigDecimal threshold = period.month().isPresent() ? monthly : monthly.multiply(BigDecimal.valueOf(3));
    String rate = ym >= 202204 && ym <= 202212 ? "0" : (ym >= 202003 && ym <= 202203) || ym >= 202301 ? "0.01"
        : "0.03";
    BigDecimal expected = sales.compareTo(threshold) <= 0 ? BigDecimal.ZERO
        : sales.multiply(new BigDecimal(rate)).setScale(2, RoundingMode.HALF_UP);
    VatRequest request = VatRequest.of(period, Cny.of(sales),
        VatSalesBasis.EXCLUDING_VAT).withTaxpayerRegionCode(SHENZHEN);
    assertThat(due(request)).as(period + " " + sales).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_plainFormsEqualTheExplainingForm(long seed) {
    Random random = new Random(seed);
    VatRequest request = randomRequest(random);
    VatResult result = CALCULATOR.explainVatDue(MEASURE, request);
    assertThat(CALCULATOR.vatDue(MEASURE, request)).isEqualTo(result.vatDue().maximum());
    assertThat(CALCULATOR.amountSaved(MEASURE, request)).isEqualTo(result.amountSaved().maximum());
  }
}
