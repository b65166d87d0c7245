package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The small-scale VAT relief against {@link VatOracle} on seeded random periods around every boundary of the
 * clause: the thresholds to the fen either side (as sales, as VAT-inclusive gross at the levy's rate, and with the
 * special-invoice and immovable-property sales), the months where the rows of the table change, 湖北 or elsewhere
 * or not given, the options. Each case through the plain and explaining forms, a share through the JSON entry point
 * and the engine.
 */
class VatOraclePropertyTest {

  private static final long SEED = 0x5EED_0A7L;
  private static final int CASES = 3000;
  private static final String SHENZHEN = "440305";
  private static final String WUHAN = "420100";
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  /** The months either side of every change of row, and the table's ends. */
  private static final YearMonth[] EDGES = {YearMonth.of(2019, 1), YearMonth.of(2020, 2), YearMonth.of(2020, 3),
      YearMonth.of(2021, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 12), YearMonth.of(2022, 1),
      YearMonth.of(2022, 3), YearMonth.of(2022, 4), YearMonth.of(2022, 12), YearMonth.of(2023, 1),
      YearMonth.of(2023, 12), YearMonth.of(2024, 1), YearMonth.of(2027, 12)};

  @Test
  void test_vatDueAndSaved_agreeWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      VatOracle.Sales sales = randomSales(random);
      VatRequest request = request(sales);
      String label = "seed " + SEED + " case " + i + ": " + sales;
      VatOracle.Expected expected = VatOracle.expected(sales);

      VatResult result = CALCULATOR.explainVatDue(MEASURE, request);
      check(label, result, expected);
      if (expected.dueMin().compareTo(expected.dueMax()) == 0) {
        assertThat(yuan(CALCULATOR.vatDue(MEASURE, request))).as(label).isEqualByComparingTo(expected.dueMin());
        assertThat(yuan(CALCULATOR.amountSaved(MEASURE, request))).as(label)
            .isEqualByComparingTo(expected.savedMin());
      } else {
        assertThat(catchMissing(request)).as(label).isTrue();
      }
      if (i % 10 == 0) {
        VatResult viaJson = HuiqiJson.read(CALCULATOR.explainVatDueJson(MEASURE, HuiqiJson.write(request)),
            VatResult.class);
        check(label + " (JSON)", viaJson, expected);
      }
      if (i % 25 == 0 && sales.hubei() != null && sales.countSpecial() && sales.rounding() == RoundingMode.HALF_UP) {
        checkEngine(label + " (engine)", sales, expected);
      }
    }
  }

  private static void check(String label, VatResult result, VatOracle.Expected expected) {
    assertThat(result.eligibility().verdict()).as(label).isEqualTo(expected.verdict());
    assertThat(yuan(result.vatDue().minimum())).as(label).isEqualByComparingTo(expected.dueMin());
    assertThat(yuan(result.vatDue().maximum())).as(label).isEqualByComparingTo(expected.dueMax());
    assertThat(yuan(result.standardVat())).as(label).isEqualByComparingTo(expected.standardVat());
    assertThat(yuan(result.amountSaved().minimum())).as(label).isEqualByComparingTo(expected.savedMin());
    assertThat(yuan(result.amountSaved().maximum())).as(label).isEqualByComparingTo(expected.savedMax());
  }

  private static boolean catchMissing(VatRequest request) {
    try {
      CALCULATOR.vatDue(MEASURE, request);
      return false;
    } catch (MissingFactsException ex) {
      return ex.missingFacts().contains("/taxpayerRegionCode");
    }
  }

  /** The engine on a small-scale taxpayer whose year holds this one period: the VAT saved, eligible if relieved. */
  private static void checkEngine(String label, VatOracle.Sales sales, VatOracle.Expected expected) {
    int year = sales.firstMonth().getYear();
    VatPeriodSales period = VatPeriodSales.builder().from(periodSales(sales)).build();
    EnterpriseProfile profile = EnterpriseProfile.builder().name("深圳某精密制造有限公司")
        .registrationRegionCode(sales.hubei() ? WUHAN : SHENZHEN).industryCode("C4190")
        .restrictedOrProhibitedIndustry(false).smallScaleTaxpayer(true).techSme(Qualification.held(false))
        .icOrMachineTool(false).years(List.of(EnterpriseYear.builder().year(year).vatPeriods(List.of(period))
            .build())).build();
    MeasureOutcome outcome = ENGINE.evaluate(profile, LocalDate.of(Math.max(year, 2023), 12, 31))
        .outcome(VatMeasure.SHENZHEN_2023.id()).orElseThrow();
    boolean relieved = VatOracle.relievedUnderEveryLevy(sales);
    assertThat(outcome.verdict()).as(label).isEqualTo(relieved ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(outcome.amount()).as(label).isEqualTo(relieved
        ? OutcomeAmount.exactly(Cny.of(expected.savedMin())) : OutcomeAmount.ZERO);
  }

  //-------------------------------------------------------------------------
  private static VatOracle.Sales randomSales(Random random) {
    YearMonth month = randomMonth(random);
    boolean quarterly = random.nextBoolean();
    if (quarterly) {
      month = YearMonth.of(month.getYear(), 1 + (month.getMonthValue() - 1) / 3 * 3);
      if (month.equals(YearMonth.of(2020, 1))) {
        month = random.nextBoolean() ? YearMonth.of(2019, 10) : YearMonth.of(2020, 4);
      }
    }
    int regionPick = random.nextInt(3);
    Boolean hubei = regionPick == 0 ? null : regionPick == 1;
    boolean inclusive = random.nextInt(3) == 0;
    BigDecimal threshold = VatOracle.threshold(month, quarterly);
    BigDecimal levy = VatOracle.levy(month, Boolean.TRUE.equals(hubei));
    BigDecimal conversion = levy == null ? VatOracle.STANDARD : levy;

    BigDecimal special = BigDecimal.ZERO;
    BigDecimal invoiceRate = null;
    if (random.nextInt(3) == 0) {
      special = fen(random, random.nextBoolean() ? 2_000_000 : 20_000_000);
      invoiceRate = random.nextBoolean() ? null : new BigDecimal(random.nextBoolean() ? "0.01" : "0.03");
    }
    BigDecimal propertySales = BigDecimal.ZERO;
    BigDecimal propertyVat = BigDecimal.ZERO;
    if (random.nextInt(4) == 0) {
      propertySales = random.nextBoolean() ? new BigDecimal("0.01") : fen(random, 300_000_000);
      propertyVat = propertySales.multiply(new BigDecimal("0.05")).setScale(2, RoundingMode.HALF_UP);
    }
    boolean countSpecial = random.nextInt(8) != 0;
    RoundingMode rounding = random.nextInt(8) == 0 ? RoundingMode.DOWN : RoundingMode.HALF_UP;

    // the sales tested: the threshold less what else is counted, to the fen either side, or anywhere
    BigDecimal others = (countSpecial ? special : BigDecimal.ZERO)
        .add(random.nextBoolean() ? propertySales : BigDecimal.ZERO);
    BigDecimal target = threshold.subtract(others).add(new BigDecimal(random.nextInt(5) - 2).movePointLeft(2));
    BigDecimal sales;
    switch (random.nextInt(4)) {
      case 0, 1 -> sales = target;
      case 2 -> sales = fen(random, 100_000_000);
      default -> sales = fen(random, 5_000_000);
    }
    if (inclusive) {
      // the gross whose conversion lands on the target, give or take a fen of gross
      sales = sales.multiply(BigDecimal.ONE.add(conversion)).setScale(2, RoundingMode.HALF_UP)
          .add(new BigDecimal(random.nextInt(3) - 1).movePointLeft(2));
    }
    if (sales.signum() < 0) {
      sales = BigDecimal.ZERO.setScale(2);
    }
    return new VatOracle.Sales(month, quarterly, sales, inclusive, special, invoiceRate, propertySales, propertyVat,
        hubei, countSpecial, rounding);
  }

  private static YearMonth randomMonth(Random random) {
    if (random.nextBoolean()) {
      return EDGES[random.nextInt(EDGES.length)];
    }
    return YearMonth.of(2019 + random.nextInt(9), 1 + random.nextInt(12));
  }

  private static BigDecimal fen(Random random, long maxFen) {
    return BigDecimal.valueOf(random.nextLong(maxFen), 2);
  }

  private static VatPeriodSales periodSales(VatOracle.Sales s) {
    VatPeriodSales.Builder builder = VatPeriodSales.builder().period(period(s)).sales(Cny.of(s.sales()))
        .salesBasis(s.inclusive() ? VatSalesBasis.INCLUDING_VAT : VatSalesBasis.EXCLUDING_VAT);
    if (s.special().signum() > 0) {
      builder.specialInvoiceSales(Cny.of(s.special()));
      if (s.invoiceRate() != null) {
        builder.specialInvoiceRate(Rate.ofFraction(s.invoiceRate()));
      }
    }
    if (s.propertySales().signum() > 0) {
      builder.immovablePropertySales(Cny.of(s.propertySales())).immovablePropertyVat(Cny.of(s.propertyVat()));
    }
    return builder.build();
  }

  private static VatFilingPeriod period(VatOracle.Sales s) {
    YearMonth m = s.firstMonth();
    return s.quarterly() ? VatFilingPeriod.ofQuarter(m.getYear(), (m.getMonthValue() + 2) / 3)
        : VatFilingPeriod.ofMonth(m.getYear(), m.getMonthValue());
  }

  private static VatRequest request(VatOracle.Sales s) {
    VatPeriodSales p = periodSales(s);
    VatRequest request = VatRequest.builder().period(p.period()).sales(p.sales()).salesBasis(p.salesBasis())
        .specialInvoiceSales(p.specialInvoiceSales()).specialInvoiceRate(p.specialInvoiceRate())
        .immovablePropertySales(p.immovablePropertySales()).immovablePropertyVat(p.immovablePropertyVat()).build();
    if (s.hubei() != null) {
      request = request.withTaxpayerRegionCode(s.hubei() ? WUHAN : SHENZHEN);
    }
    if (!s.countSpecial() || s.rounding() == RoundingMode.DOWN) {
      VatOptions options = VatOptions.DEFAULTS.withSpecialInvoiceSalesInThresholdTest(s.countSpecial());
      request = request.withOptions(s.rounding() == RoundingMode.DOWN
          ? options.withRounding(MoneyRounding.FEN_DOWN) : options);
    }
    return request;
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
