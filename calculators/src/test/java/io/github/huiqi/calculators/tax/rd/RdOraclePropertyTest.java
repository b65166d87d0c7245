package io.github.huiqi.calculators.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The R&amp;D super deduction against {@link RdOracle} on seeded random years: every tax year of the table and its
 * rows' ends, each enterprise kind on and off, codes on and off the negative list, other related costs at the 10%
 * cap to the fen either side, intangibles of every period and part year; through the plain, explaining and JSON
 * forms.
 */
class RdOraclePropertyTest {

  private static final long SEED = 0x5EED_0D1L;
  private static final int CASES = 2000;
  private static final RdMeasure MEASURE = PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023);
  private static final RdCalculator CALCULATOR = RdCalculator.DEFAULT;
  private static final String[] CODES = {"C4190", "C1610", "C1590", "H6110", "F5110", "K7010", "L7211", "R9011",
      "R8810", "I6510", "M7320", "G5411"};

  @Test
  void test_extraDeduction_agreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int i = 0; i < CASES; i++) {
      RdOracle.Year year = randomYear(random);
      String label = "seed " + SEED + " case " + i + ": " + year;
      RdOracle.Expected expected = RdOracle.expected(year);
      RdRequest request = request(year);

      assertThat(yuan(CALCULATOR.extraDeduction(MEASURE, request))).as(label)
          .isEqualByComparingTo(expected.total());
      check(label, CALCULATOR.explainExtraDeduction(MEASURE, request), expected);
      if (i % 20 == 0) {
        checkEngine(label + " (engine)", year, random);
      }
      if (i % 10 == 0) {
        check(label + " (JSON)", HuiqiJson.read(CALCULATOR.explainExtraDeductionJson(MEASURE,
            HuiqiJson.write(request)), RdResult.class), expected);
      }
    }
  }

  private static void check(String label, RdResult result, RdOracle.Expected expected) {
    assertThat(result.eligibility().verdict()).as(label)
        .isEqualTo(expected.eligible() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(result.totalExtraDeduction().isExact()).as(label).isTrue();
    assertThat(yuan(result.totalExtraDeduction().maximum())).as(label).isEqualByComparingTo(expected.total());
    if (!expected.eligible()) {
      return;
    }
    assertThat(yuan(result.otherCostsCap())).as(label).isEqualByComparingTo(expected.cap());
    assertThat(yuan(result.allowedOtherCosts())).as(label).isEqualByComparingTo(expected.allowedOther());
    assertThat(yuan(result.eligibleExpensedBase())).as(label).isEqualByComparingTo(expected.base());
    assertThat(result.expensedExtraRate().orElseThrow().fraction()).as(label)
        .isEqualByComparingTo(expected.rate());
    assertThat(yuan(result.expensedExtraDeduction().orElseThrow())).as(label)
        .isEqualByComparingTo(expected.expensedExtra());
    assertThat(result.intangibles()).as(label).hasSameSizeAs(expected.intangibleExtras());
    for (int j = 0; j < expected.intangibleExtras().size(); j++) {
      assertThat(yuan(result.intangibles().get(j).yearExtraAmortisation())).as(label + " intangible " + j)
          .isEqualByComparingTo(expected.intangibleExtras().get(j));
    }
  }

  /**
   * The engine on a Shenzhen enterprise whose one tax year this is: the tax the deduction saves, 25% of the taxable
   * income before it less 25% of what remains (企业所得税法 第四条), each rounded half-up to the fen. The engine reads a
   * manufacturer from the industry code (section C, register §4.5 item 34), so the oracle is asked with that kind.
   */
  private static void checkEngine(String label, RdOracle.Year drawn, Random random) {
    RdOracle.Year y = new RdOracle.Year(drawn.taxYear(), drawn.industryCode(), drawn.techSme(),
        drawn.industryCode().startsWith("C"), drawn.icOrMachineTool(), drawn.personnel(), drawn.directInputs(),
        drawn.depreciation(), drawn.amortisation(), drawn.design(), drawn.other(), drawn.intangibles());
    RdOracle.Expected expected = RdOracle.expected(y);
    BigDecimal before = random.nextBoolean() ? expected.total().add(BigDecimal.valueOf(random.nextInt(5) - 2, 2))
        .max(BigDecimal.ZERO) : BigDecimal.valueOf(random.nextLong(10_000_000_000L), 2);
    BigDecimal quarter = new BigDecimal("0.25");
    BigDecimal saved = before.multiply(quarter).setScale(2, java.math.RoundingMode.HALF_UP).subtract(before
        .subtract(expected.total()).max(BigDecimal.ZERO).multiply(quarter).setScale(2, java.math.RoundingMode.HALF_UP));
    RdRequest request = request(y);
    EnterpriseYear year = EnterpriseYear.builder().year(y.taxYear()).taxableIncomeBeforeRd(Cny.of(before))
        .rdExpensedCosts(request.expensedCosts()).rdIntangibles(request.intangibles()).build();
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440305")
        .industryCode(y.industryCode()).techSme(Qualification.held(y.techSme())).icOrMachineTool(y.icOrMachineTool())
        .years(List.of(year)).build();
    MeasureOutcome outcome = CatalogRuns.both(RdMeasure.SHENZHEN_2023.id(), profile,
        LocalDate.of(y.taxYear(), 12, 31));
    assertThat(outcome.verdict()).as(label + ", income " + before)
        .isEqualTo(expected.eligible() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(outcome.amount()).as(label + ", income " + before)
        .isEqualTo(OutcomeAmount.exactly(Cny.of(expected.eligible() ? saved : BigDecimal.ZERO.setScale(2))));
  }

  //-------------------------------------------------------------------------
  private static RdOracle.Year randomYear(Random random) {
    int[] edges = {2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2027, 2028};
    int taxYear = random.nextBoolean() ? edges[random.nextInt(edges.length)] : 2016 + random.nextInt(15);
    String code = random.nextInt(3) == 0 ? CODES[random.nextInt(CODES.length)] : "C4190";
    BigDecimal personnel = amount(random);
    BigDecimal directInputs = amount(random);
    BigDecimal depreciation = amount(random);
    BigDecimal amortisation = amount(random);
    BigDecimal design = amount(random);
    BigDecimal five = personnel.add(directInputs).add(depreciation).add(amortisation).add(design);
    // the cap five × 10% ÷ 90% = five ÷ 9, to the fen either side, or anything
    BigDecimal other = random.nextBoolean()
        ? five.divide(new BigDecimal("9"), 2, java.math.RoundingMode.HALF_UP)
            .add(BigDecimal.valueOf(random.nextInt(5) - 2, 2)).max(BigDecimal.ZERO)
        : amount(random);
    List<RdOracle.Intangible> intangibles = new ArrayList<>();
    for (int k = random.nextInt(4) == 0 ? 1 + random.nextInt(3) : 0; k > 0; k--) {
      Integer period = random.nextBoolean() ? null : 1 + random.nextInt(random.nextBoolean() ? 12 : 240);
      int months = 1 + random.nextInt(period == null ? 12 : Math.min(12, period));
      intangibles.add(new RdOracle.Intangible(BigDecimal.valueOf(random.nextInt(1_000_000_000), 2), period,
          months));
    }
    if (random.nextInt(40) == 0) {
      // no R&D at all: the firm still qualifies, for nothing
      BigDecimal none = BigDecimal.ZERO.setScale(2);
      return new RdOracle.Year(taxYear, code, random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0,
          none, none, none, none, none, none, List.of());
    }
    return new RdOracle.Year(taxYear, code, random.nextBoolean(), random.nextBoolean(), random.nextInt(4) == 0,
        personnel, directInputs, depreciation, amortisation, design, other, intangibles);
  }

  private static BigDecimal amount(Random random) {
    return switch (random.nextInt(4)) {
      case 0 -> BigDecimal.ZERO.setScale(2);
      case 1 -> BigDecimal.valueOf(random.nextInt(1000), 2);
      default -> BigDecimal.valueOf(random.nextLong(5_000_000_000L), 2);
    };
  }

  private static RdRequest request(RdOracle.Year y) {
    List<RdIntangibleAsset> intangibles = y.intangibles().stream().map(i -> RdIntangibleAsset.builder()
        .cost(Cny.of(i.cost())).amortisationMonths(Optional.ofNullable(i.periodMonths())).monthsInYear(i.monthsInYear())
        .build()).toList();
    return RdRequest.builder().taxYear(y.taxYear()).industryCode(y.industryCode()).techSme(y.techSme())
        .manufacturing(y.manufacturing()).icOrMachineTool(y.icOrMachineTool())
        .expensedCosts(new RdExpensedCosts(Cny.of(y.personnel()), Cny.of(y.directInputs()),
            Cny.of(y.depreciation()), Cny.of(y.amortisation()), Cny.of(y.design()), Cny.of(y.other())))
        .intangibles(intangibles).build();
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
