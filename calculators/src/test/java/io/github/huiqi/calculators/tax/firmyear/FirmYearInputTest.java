package io.github.huiqi.calculators.tax.firmyear;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.MEASURES;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures.staff;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitOptions;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Bad input to {@link FirmYearCalculator}: each case fails with an {@link InvalidInputException} naming the field,
 * relative to the firm-year request on the Java path and as a JSON Pointer on the JSON path.
 */
class FirmYearInputTest {

  private static final String INCOME = "\"incomeTax\": {\"taxableIncomeBeforeRd\": {\"amount\": 3400000, "
      + "\"currency\": \"CNY\"}, \"restrictedOrProhibitedIndustry\": false}";

  private static void assertJsonField(String json, String pointer) {
    assertField(() -> CALCULATOR.explainTotalSavedJson(MEASURES, json), pointer);
  }

  private static String vat(int year, int quarter, String sales) {
    return "{\"period\": {\"year\": " + year + ", \"quarter\": " + quarter + "}, \"sales\": {\"amount\": " + sales
        + ", \"currency\": \"CNY\"}, \"salesBasis\": \"EXCLUDING_VAT\"}";
  }

  @Test
  void test_vatPeriodOfAnotherYear_namesItsYear() {
    assertField(() -> firm("1", null, staff(10), List.of(quarter(2023, 1, "1"), quarter(2022, 4, "1"))),
        "vatPeriods/1/period/year");
    assertJsonField("{\"taxYear\": 2023, \"vatPeriods\": [" + vat(2023, 1, "1") + ", " + vat(2024, 1, "1") + "], "
        + INCOME + "}", "/vatPeriods/1/period/year");
  }

  @Test
  void test_duplicatedOrOverlappingVatPeriods_nameThePeriod() {
    assertField(() -> firm("1", null, staff(10), List.of(quarter(2023, 1, "1"), quarter(2023, 2, "1"),
        quarter(2023, 2, "5"))), "vatPeriods/2/period");
    assertJsonField("{\"taxYear\": 2023, \"vatPeriods\": [" + vat(2023, 1, "1") + ", " + vat(2023, 1, "2") + "], "
        + INCOME + "}", "/vatPeriods/1/period");
    // a month inside a quarter already given, and periods out of order
    assertField(() -> firm("1", null, staff(10), List.of(quarter(2023, 1, "1"),
        FirmYearFixtures.month(2023, 3, "1"))), "vatPeriods/1/period");
    assertField(() -> firm("1", null, staff(10), List.of(quarter(2023, 2, "1"), quarter(2023, 1, "1"))),
        "vatPeriods/1/period");
  }

  @Test
  void test_negativeIncome_namesIt() {
    assertField(() -> firm("-0.01", null), "taxableIncomeBeforeRd");
    assertJsonField("{\"taxYear\": 2023, \"incomeTax\": {\"taxableIncomeBeforeRd\": {\"amount\": -1, "
        + "\"currency\": \"CNY\"}}}", "/incomeTax/taxableIncomeBeforeRd");
    assertJsonField("{\"taxYear\": 2023}", "/incomeTax");
  }

  @Test
  void test_quartersOutOfOrder_namedUnderIncomeTax() {
    assertJsonField("{\"taxYear\": 2023, \"incomeTax\": {\"taxableIncomeBeforeRd\": {\"amount\": 1, \"currency\": "
        + "\"CNY\"}, \"quarters\": [" + quarterJson(2) + ", " + quarterJson(1) + "]}}",
        "/incomeTax/quarters/1/quarter");
    // a fraction for a headcount
    assertJsonField("{\"taxYear\": 2023, \"incomeTax\": {\"taxableIncomeBeforeRd\": {\"amount\": 1, \"currency\": "
        + "\"CNY\"}, \"quarters\": [" + quarterJson(1).replace("\"employeesAtEnd\": 10", "\"employeesAtEnd\": 10.5")
        + "]}}", "/incomeTax/quarters/0/employeesAtEnd");
  }

  private static String quarterJson(int quarter) {
    return "{\"quarter\": " + quarter + ", \"employeesAtStart\": 10, \"employeesAtEnd\": 10, \"totalAssetsAtStart\": "
        + "{\"amount\": 1, \"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": 1, \"currency\": \"CNY\"}}";
  }

  @Test
  void test_rdOfAnotherYear_namesRdTaxYear() {
    assertField(() -> FirmYearRequest.builder().taxYear(2023).incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10)))
        .rd(FirmYearFixtures.rd(2022, "1")).build(), "rd/taxYear");
    assertJsonField("{\"taxYear\": 2023, " + INCOME + ", \"rd\": {\"taxYear\": 2022, \"expensedCosts\": "
        + "{\"personnel\": {\"amount\": 1, \"currency\": \"CNY\"}, \"directInputs\": {\"amount\": 0, \"currency\": "
        + "\"CNY\"}, \"depreciation\": {\"amount\": 0, \"currency\": \"CNY\"}, \"intangibleAmortisation\": "
        + "{\"amount\": 0, \"currency\": \"CNY\"}, \"newProductDesign\": {\"amount\": 0, \"currency\": \"CNY\"}, "
        + "\"otherRelated\": {\"amount\": -5, \"currency\": \"CNY\"}}}}", "/rd/expensedCosts/otherRelated");
  }

  @Test
  void test_incomeTaxPart_fromAProfile_missingFactsNamed_restrictedIndustryAndOptions() {
    // a profile without the year, or with the year but not its taxable income: each named as missing
    EnterpriseProfile noIncome = EnterpriseProfile.builder()
        .years(List.of(EnterpriseYear.builder().year(2023).build())).build();
    assertThatThrownBy(() -> FirmYearIncomeTax.from(noIncome, 2022)).isInstanceOfSatisfying(
        MissingFactsException.class, ex -> assertThat(ex.missingFacts()).containsExactly("/years"));
    assertThatThrownBy(() -> FirmYearIncomeTax.from(noIncome, 2023)).isInstanceOfSatisfying(
        MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd"));

    FirmYearIncomeTax plain = FirmYearIncomeTax.of(Cny.of("100000"), staff(10));
    assertThat(plain.effectiveOptions()).isEqualTo(SmallLowProfitOptions.DEFAULTS);
    // a restricted or prohibited industry is not a 小型微利企业 (财税〔2019〕13号 第二条: 从事国家非限制和禁止行业):
    // no relief; not known: undetermined, the fact named under the income-tax part
    FirmYearResult restricted = CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2023)
        .incomeTax(plain.withRestrictedOrProhibitedIndustry(Optional.of(true))).build());
    assertThat(restricted.outcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE).eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    FirmYearResult unknown = CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2023)
        .incomeTax(plain.withRestrictedOrProhibitedIndustry(Optional.empty())).build());
    assertThat(unknown.missingFacts()).containsExactly("/incomeTax/restrictedOrProhibitedIndustry");
  }

  @Test
  void test_taxYear_from1900To9999() {
    // the request's own range (its years are then checked against each part's tables): 1900 and 9999 are years,
    // 1899 and 10000 are not
    for (int year : new int[] {1900, 9999}) {
      assertThat(FirmYearRequest.builder().taxYear(year).incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10)))
          .build().taxYear()).isEqualTo(year);
    }
    for (int year : new int[] {1899, 10000}) {
      assertField(() -> FirmYearRequest.builder().taxYear(year)
          .incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10))).build(), "taxYear");
    }
  }

  @Test
  void test_yearWithoutRules_namesThePartsField() {
    // 2030: beyond every table (2019..2027); the income tax is asked first when there is no VAT or R&D
    assertField(() -> CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2030)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10))).build()), "taxYear");
    assertField(() -> CALCULATOR.totalSaved(MEASURES, FirmYearRequest.builder().taxYear(2030)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10))).build()), "taxYear");
    // a VAT period without rules is named under its place in the request
    assertField(() -> CALCULATOR.explainTotalSaved(MEASURES, FirmYearRequest.builder().taxYear(2030)
        .vatPeriods(List.of(quarter(2030, 1, "1"))).incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10)))
        .build()), "vatPeriods/0/period");
    assertJsonField("{\"taxYear\": 2030, \"vatPeriods\": [" + vat(2030, 1, "1") + "], " + INCOME + "}",
        "/vatPeriods/0/period");
    assertField(() -> CALCULATOR.totalSaved(MEASURES, FirmYearRequest.builder().taxYear(1950)
        .incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10))).rd(FirmYearFixtures.rd(1950, "1"))
        .build()), "rd/taxYear");
    assertField(() -> FirmYearRequest.builder().taxYear(1899).incomeTax(FirmYearIncomeTax.of(Cny.of("1"), staff(10)))
        .build(), "taxYear");
  }

  @Test
  void test_nullArguments_nameThem() {
    assertField(() -> CALCULATOR.explainTotalSaved(null, firm("1", null)), "measures");
    assertField(() -> CALCULATOR.totalSaved(MEASURES, null), "request");
    assertField(() -> FirmYearRequest.builder().taxYear(2023).incomeTax(null).build(), "incomeTax");
    assertField(() -> new FirmYearMeasures(MEASURES.vat(), null, MEASURES.incomeTax()), "rd");
  }
}
