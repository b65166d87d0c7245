package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.rd.RdFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.SOFTWARE;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.costs;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.entrusted;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.expensed;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.firm;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.intangible;
import static io.github.huiqi.calculators.tax.rd.RdFixtures.projects;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.tax.rd.RdBaseRules;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.rd.RdProject;
import java.time.LocalDate;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@link RdCalculator}: each case fails with an {@link InvalidInputException} naming the
 * field, on the Java path and on the JSON path.
 */
class RdInputTest {

  private static final String COSTS = "{\"personnel\": {\"amount\": 600000, \"currency\": \"CNY\"}, "
      + "\"directInputs\": {\"amount\": 0, \"currency\": \"CNY\"}, \"depreciation\": {\"amount\": 0, \"currency\": "
      + "\"CNY\"}, \"intangibleAmortisation\": {\"amount\": 0, \"currency\": \"CNY\"}, \"newProductDesign\": "
      + "{\"amount\": 0, \"currency\": \"CNY\"}, \"otherRelated\": {\"amount\": 0, \"currency\": \"CNY\"}}";

  private static void assertJsonField(String json, String pointer) {
    assertField(() -> CALCULATOR.explainExtraDeductionJson(MEASURE, json), pointer);
  }

  @Test
  void test_negativeCosts_nameTheCategory() {
    assertField(() -> costs("-0.01", "0", "0", "0", "0", "0"), "personnel");
    assertField(() -> costs("0", "-1", "0", "0", "0", "0"), "directInputs");
    assertField(() -> costs("0", "0", "-1", "0", "0", "0"), "depreciation");
    assertField(() -> costs("0", "0", "0", "-1", "0", "0"), "intangibleAmortisation");
    assertField(() -> costs("0", "0", "0", "0", "-1", "0"), "newProductDesign");
    assertField(() -> costs("0", "0", "0", "0", "0", "-1"), "otherRelated");
    assertField(() -> intangible("-1", null, 12), "cost");
    assertField(() -> new RdExpensedCosts(Money.of(1, "USD"), Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO),
        "personnel");
  }

  @Test
  void test_taxYearWithNoRules_namesTaxYear() {
    // the built-in table starts in 2016 (财税〔2015〕119号)
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2015, SOFTWARE)), "taxYear");
    assertField(() -> CALCULATOR.explainExtraDeduction(MEASURE, firm(2015, SOFTWARE)), "taxYear");
    assertField(() -> RdRequest.of(0, RdExpensedCosts.NONE), "taxYear");
  }

  @Test
  void test_unknownIndustryCode_rejected() {
    for (String code : new String[] {"Z99", "c16", "C1", "C12345", "", "6510", "I 6510"}) {
      assertField(() -> firm(2023, code), "industryCode");
    }
  }

  @Test
  void test_intangibleMonths_checked() {
    assertField(() -> intangible("1", null, 0), "monthsInYear");
    assertField(() -> intangible("1", null, 13), "monthsInYear");
    assertField(() -> intangible("1", 0, 12), "amortisationMonths");
    // 12 months in the year of a 6-month period
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE).withIntangible(intangible("1", 6, 12))),
        "intangibles/0/monthsInYear");
  }

  @Test
  void test_missingRequiredFields_named() {
    assertField(() -> RdRequest.of(2023, null), "expensedCosts");
    assertField(() -> new RdExpensedCosts(null, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO, Cny.ZERO), "personnel");
    assertField(() -> CALCULATOR.extraDeduction(null, firm(2023, SOFTWARE)), "measure");
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, null), "request");
    assertField(() -> CALCULATOR.explainExtraDeduction(MEASURE, null), "request");
  }

  @Test
  void test_json_badInput_namesThePointer() {
    assertJsonField("{\"taxYear\": 2015, \"industryCode\": \"I6510\", \"expensedCosts\": " + COSTS + "}",
        "/taxYear");
    assertJsonField("{\"taxYear\": 2023, \"industryCode\": \"Z99\", \"expensedCosts\": " + COSTS + "}",
        "/industryCode");
    assertJsonField("{\"taxYear\": 2023, \"expensedCosts\": " + COSTS.replace("600000", "-1") + "}",
        "/expensedCosts/personnel");
    assertJsonField("{\"taxYear\": 2023, \"expensedCosts\": " + COSTS + ", \"intangibles\": [{\"cost\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}, \"monthsInYear\": 13}]}", "/intangibles/0/monthsInYear");
    assertJsonField("{\"taxYear\": 2023, \"expensedCosts\": " + COSTS + ", \"intangibles\": [{\"cost\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}, \"amortisationMonths\": 6, \"monthsInYear\": 12}]}",
        "/intangibles/0/monthsInYear");
    assertJsonField("{\"taxYear\": 2023, \"techSme\": \"yes\", \"expensedCosts\": " + COSTS + "}", "/techSme");
  }

  @Test
  void test_projectsAndEntrustments_badInput_namesTheField() {
    // a negative cost in a project, a grant above its category, a name repeated
    assertField(() -> RdProject.builder().name("P").costs(costs("-1", "0", "0", "0", "0", "0")).capitalised(false)
        .build(), "personnel");
    assertField(() -> projects(2023, SOFTWARE).withProject(expensed("P", "1", "0"))
        .withProject(expensed("P", "2", "0")), "projects/1/name");
    // a capitalisation (amortisation start) outside the tax year
    RdProject formed2022 = RdProject.builder().name("C").costs(costs("1", "0", "0", "0", "0", "0"))
        .capitalised(true).amortisationStart(LocalDate.of(2022, 12, 31)).build();
    assertField(() -> projects(2023, SOFTWARE).withProject(formed2022), "projects/0/amortisationStart");
    // a negative entrusted price, special income or materials
    assertField(() -> entrusted(RdEntrusteeKind.DOMESTIC, "-0.01"), "price");
    assertField(() -> RdRequest.builder().taxYear(2023).specialIncome(Cny.of("-1")).build(), "specialIncome");
    assertField(() -> RdRequest.builder().taxYear(2023).soldProductMaterialsCarriedForward(Cny.of("-1")).build(),
        "soldProductMaterialsCarriedForward");
    // R&D entrusted to an overseas entity with no domestic base to take 2/3 of (财税〔2018〕64号)
    RdRequest noBase = projects(2023, SOFTWARE).withEntrustment(entrusted(RdEntrusteeKind.OVERSEAS_INDIVIDUAL, "5"))
        .withEntrustment(entrusted(RdEntrusteeKind.OVERSEAS_ENTITY, "100000"));
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, noBase), "entrustments/1/price");
    assertField(() -> CALCULATOR.explainExtraDeduction(MEASURE, noBase), "entrustments/1/price");
  }

  @Test
  void test_projectsAndEntrustments_json_badInput_namesThePointer() {
    String project = "{\"name\": \"P\", \"capitalised\": false, \"costs\": " + COSTS + "}";
    assertJsonField("{\"taxYear\": 2023, \"projects\": [" + project.replace("600000", "-1") + "]}",
        "/projects/0/costs/personnel");
    String formed2024 = "{\"name\": \"P\", \"capitalised\": true, \"amortisationStart\": \"2024-01-01\", "
        + "\"costs\": " + COSTS + "}";
    assertJsonField("{\"taxYear\": 2023, \"projects\": [" + formed2024 + "]}", "/projects/0/amortisationStart");
    assertJsonField("{\"taxYear\": 2023, \"entrustments\": [{\"entrustee\": \"OVERSEAS_ENTITY\", \"price\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}}]}", "/entrustments/0/price");
    assertJsonField("{\"taxYear\": 2023, \"entrustments\": [{\"entrustee\": \"ABROAD\", \"price\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}}]}", "/entrustments/0/entrustee");
  }

  @Test
  void test_yearFormedOption_checksTheYear() {
    RdOptions formed = RdOptions.DEFAULTS
        .withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED);
    // missing, after the tax year, or before the table
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE)
        .withIntangible(intangible("1", null, 12)).withOptions(formed)), "intangibles/0/yearFormed");
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE)
        .withIntangible(intangible("1", null, 12).withYearFormed(2024)).withOptions(formed)),
        "intangibles/0/yearFormed");
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE)
        .withIntangible(intangible("1", null, 12).withYearFormed(2015)).withOptions(formed)),
        "intangibles/0/yearFormed");
    assertField(() -> intangible("1", null, 12).withYearFormed(1899), "yearFormed");
  }

  @Test
  void test_intangibleFormedAfterTheTaxYear_refusedUnderTheDefaultOptionToo() {
    // decisions register §4.6 item 108: an intangible is amortised from the year it is formed, so a 2023 request
    // listing one formed in 2024 contradicts itself; refused, naming it, as under YEAR_FORMED above
    assertField(() -> CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE)
        .withIntangible(intangible("1200", null, 12).withYearFormed(2024))), "intangibles/0/yearFormed");
    assertField(() -> CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, SOFTWARE)
        .withIntangible(intangible("1200", null, 12).withYearFormed(2024))), "intangibles/0/yearFormed");
    // formed in the tax year or before: amortised. The standard costs give a base of 1,080,000 (RdFixtures); the
    // intangible 1,200 over the default 120 months, 12 in the year: 120.00; 2023 (2023年第7号) 100% extra on both:
    // 1,080,000 + 120 = 1,080,120.00
    for (int formed : new int[] {2023, 2022}) {
      assertThat(Cny.yuan(CALCULATOR.extraDeduction(MEASURE, firm(2023, SOFTWARE)
          .withIntangible(intangible("1200", null, 12).withYearFormed(formed))), "extra")).as("formed " + formed)
          .isEqualByComparingTo("1080120");
    }
  }

  @Test
  void test_taxYearRangeAndMaterials_checkedOnTheRequest() {
    // the tax year is a four-digit year: 1900 and 9999 accepted, 1899 and 10000 rejected
    assertThat(RdRequest.builder().taxYear(1900).build().taxYear()).isEqualTo(1900);
    assertThat(RdRequest.builder().taxYear(9999).build().taxYear()).isEqualTo(9999);
    assertField(() -> RdRequest.builder().taxYear(1899).build(), "taxYear");
    assertField(() -> RdRequest.builder().taxYear(10000).build(), "taxYear");
    assertField(() -> RdRequest.builder().taxYear(2023).soldProductMaterials(Cny.of("-0.01")).build(),
        "soldProductMaterials");
  }

  @Test
  void test_resultParts_checked() {
    // A107012 has lines 1 to 52
    assertThat(new RdFormLine(1, LocalizedText.of("一", "one"), Cny.of("0"), MEASURE.base().form()).line())
        .isEqualTo(1);
    assertField(() -> new RdFormLine(0, LocalizedText.of("零", "zero"), Cny.of("0"), MEASURE.base().form()), "line");
    // a project's limit and intangible cost are never negative
    assertField(() -> new RdProjectFigures("P", false, Cny.of("0"), Cny.of("0"), Cny.of("0"),
        Optional.of(Cny.of("-0.01")), Cny.of("0"), Cny.of("0"), Optional.empty()), "otherCostsLimit");
    assertField(() -> new RdProjectFigures("P", true, Cny.of("0"), Cny.of("0"), Cny.of("0"), Optional.empty(),
        Cny.of("0"), Cny.of("0"), Optional.of(Cny.of("-0.01"))), "intangibleCost");
    // nor is the result's extra deduction on expensed R&D
    RdResult r = CALCULATOR.explainExtraDeduction(MEASURE, firm(2023, SOFTWARE));
    assertField(() -> new RdResult(r.measure(), r.documentStatus(), r.taxYear(), r.eligibility(), r.otherCostsCap(),
        r.allowedOtherCosts(), r.eligibleExpensedBase(), r.appliedKind(), r.expensedExtraRate(),
        Optional.of(Cny.of("-0.01")), r.intangibles(), r.totalExtraDeduction(), r.projects(), r.formLines(),
        r.explanation()), "expensedExtraDeduction");
  }

  @Test
  void test_yearWithARateButNoOtherCostsScope_namesTaxYear() {
    // a host table whose other-costs scopes stop before 2023 (the rates go on): the limit cannot be computed
    RdMeasure m = MEASURE;
    RdBaseRules b = m.base();
    RdBaseRules to2022 = new RdBaseRules(b.otherCostsScopes().stream().filter(s -> !s.validity().contains(
        LocalDate.of(2023, 1, 1))).toList(), b.entrustedShare(), b.overseasEntrustedShare(), b.overseasCapOfDomestic(),
        b.costCategories(), b.overseasIndividualExcluded(), b.grantsExcluded(), b.specialIncome(),
        b.soldProductMaterials(), b.form());
    RdMeasure host = new RdMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.rates(),
        m.excludedIndustries(), m.otherCostsCapShare(), m.defaultAmortisationYears(), m.rounding(), to2022);
    InvalidInputException ex = assertField(() -> CALCULATOR.extraDeduction(host, firm(2023, SOFTWARE)), "taxYear");
    assertThat(ex.problem()).contains(to2022.otherCostsScopes().get(0).validity().toString());
  }
}
