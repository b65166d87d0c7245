package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.month;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.plain;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.quarter;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.resolveIn;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatPeriodSales;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The small-scale VAT relief evaluated on enterprise profiles: the VAT saved against the standard 3% over the tax
 * year's filing periods. 2023: exempt up to 300,000 a quarter / 100,000 a month inclusive, otherwise 1% on the whole
 * sales (财政部 税务总局公告2023年第1号 第一条、第二条, restated by 深工信〔2023〕26号 第1条; the quarterly figure by
 * 国家税务总局公告2023年第1号 第一条); 2022-04..12: 3%-rate sales exempt (2022年第15号); domain reference §2.11.
 */
class VatEvaluatorTest {

  private static final MeasureId VAT = VatMeasure.SHENZHEN_2023.id();

  /** 2023 by quarter: 300,000 / 300,000.01 / 0 / 1,000,000, as in the firm-year test. */
  private static EnterpriseYear year2023() {
    return EnterpriseYear.builder().year(2023).vatPeriods(List.of(quarter(2023, 1, "300000"),
        quarter(2023, 2, "300000.01"), quarter(2023, 3, "0"), quarter(2023, 4, "1000000"))).build();
  }

  @Test
  void test_completeProfile_savedOverTheTaxYearsQuarters() {
    // Q1 300,000 ≤ 300,000 (含本数): exempt, saved 300,000 × 3% = 9,000.00; Q2 300,000.01 × 1% = 3,000.0001 →
    // 3,000.00 against 9,000.0003 → 9,000.00: saved 6,000.00; Q3 0: 0; Q4 1,000,000 × 1% = 10,000.00 against 30,000.00:
    // saved 20,000.00. Total 9,000 + 6,000 + 0 + 20,000 = 35,000.00. The year 2024 is after the evaluation date's
    // year and not read; 2022 is before the latest year up to it
    EnterpriseYear later = EnterpriseYear.builder().year(2024).vatPeriods(List.of(quarter(2024, 1, "1000000")))
        .build();
    EnterpriseYear earlier = EnterpriseYear.builder().year(2022).vatPeriods(List.of()).build();
    MeasureOutcome outcome = agreeing(VAT, firm(earlier, year2023(), later).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("35000.00")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.countedInTotal()).isTrue();
    assertThat(outcome.reasons()).extracting(Reason::code).contains("small-scale-taxpayer",
        "within-exemption-threshold", "reduced-levy");
    assertThat(outcome.notes()).singleElement().satisfies(note -> {
      assertThat(note.code()).isEqualTo("tax-year");
      assertThat(note.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    });
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("filing period 2023-Q4 (/years/1/vatPeriods/3)");
  }

  @Test
  void test_taxYear_theLatestNotAfterTheEvaluationDatesYear() {
    // evaluated on 2023-06-30 with 2022 and 2024 only: 2022 is read. 2022-Q3 450,000.01 (2022年第15号: exempt) →
    // saved 450,000.01 × 3% = 13,500.0003 → 13,500.00; 2022-Q1 600,000 > 450,000 (2021年第11号) at 1% (2022年第15号
    // extends 2021年第7号 第一条 to 2022-03-31) → saved 600,000 × 3% − 600,000 × 1% = 18,000.00 − 6,000.00 =
    // 12,000.00; together 25,500.00
    EnterpriseYear y2022 = EnterpriseYear.builder().year(2022).vatPeriods(List.of(quarter(2022, 1, "600000"),
        quarter(2022, 3, "450000.01"))).build();
    EnterpriseYear y2024 = EnterpriseYear.builder().year(2024).vatPeriods(List.of()).build();
    MeasureOutcome outcome = agreeing(VAT, firm(y2024, y2022).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("25500.00")));
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("tax-year");
    assertThat(outcome.notes().get(0).message().en()).contains("2022");
  }

  @Test
  void test_smallScaleStatusNotKnown_fromZeroToWhatThePeriodsSave() {
    MeasureOutcome outcome = agreeing(VAT, firm(year2023()).smallScaleTaxpayer(Optional.empty()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("35000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/smallScaleTaxpayer");
  }

  @Test
  void test_regionNotKnownWhereItDecidesTheLevy_rangeOverTheRegions() {
    // 2020-05, 120,000 a month > 100,000: Hubei exempt → 0; elsewhere 1% → 1,200.00 (2020年第13号);
    // standard 3,600.00: saved from 2,400.00 to 3,600.00, naming the profile's region. A relief applies in either
    // region (湖北 免征, 其他地区 3% 减按 1%), so the firm is eligible: the region decides the amount only
    EnterpriseYear y2020 = EnterpriseYear.builder().year(2020).vatPeriods(List.of(month(2020, 5, "120000")))
        .build();
    EnterpriseProfile noRegion = firm(y2020).registrationRegionCode(Optional.empty()).build();
    MeasureOutcome outcome = agreeing(VAT, noRegion, LocalDate.of(2020, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("2400.00"), Cny.of("3600.00")));
    assertThat(outcome.missingFacts()).containsExactly("/registrationRegionCode");
    // the region known (Shenzhen): 2,400.00 exactly
    assertThat(agreeing(VAT, firm(y2020).build(), LocalDate.of(2020, 6, 30)).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("2400.00")));
  }

  @Test
  void test_regionNotKnown_throughTheJson_oneLevyIn2021_eitherReliefIn2020() {
    // 2021-06, 200,000 a month > 150,000 (2021年第11号): 1% in every province, 湖北 included (2021年第7号 第一条
    // extends 2020年第13号's 1% to 2021-12-31 and taxes 湖北 at 1% from 2021-04-01): 200,000 × 1% = 2,000.00, saved
    // 200,000 × 3% − 2,000.00 = 4,000.00 whatever the region, which is not asked
    String request = ("{'profile': {'smallScaleTaxpayer': true, 'years': [{'year': 2021, 'vatPeriods': [{'period': "
        + "{'year': 2021, 'month': 6}, 'sales': {'amount': 200000, 'currency': 'CNY'}, 'salesBasis': "
        + "'EXCLUDING_VAT'}]}]}, 'asOf': '2021-12-31', 'measures': ['" + VAT + "']}").replace('\'', '"');
    JsonNode open = EngineJson.firstOutcome(request);
    assertThat(open.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("4000.00");
    assertThat(open.at("/missingFacts")).isEmpty();
    // 2020-05 through the JSON: a relief in either region (湖北 免征, elsewhere 1%, 2020年第13号): eligible, saved
    // 120,000 × 3% = 3,600.00 in 湖北 or 3,600.00 − 1,200.00 = 2,400.00 elsewhere, the region asked (was: undetermined)
    JsonNode either = EngineJson.firstOutcome(request.replace("2021", "2020").replace("\"month\": 6",
        "\"month\": 5").replace("200000", "120000"));
    assertThat(either.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(either.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("2400.00");
    assertThat(either.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("3600.00");
    assertThat(either.at("/missingFacts")).extracting(JsonNode::asText).containsExactly("/registrationRegionCode");
  }

  @Test
  void test_yearsOrPeriodsNotKnown_undeterminedWithNoUpperBound() {
    MeasureOutcome years = agreeing(VAT, firm().years(Optional.empty()).smallScaleTaxpayer(Optional.empty())
        .build());
    assertThat(years.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(years.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(years.missingFacts()).containsExactly("/smallScaleTaxpayer", "/years");
    EnterpriseYear unknownPeriods = EnterpriseYear.builder().year(2023).build();
    MeasureOutcome periods = agreeing(VAT, firm(EnterpriseYear.builder().year(2021).build(), unknownPeriods).build());
    assertThat(periods.missingFacts()).containsExactly("/years/1/vatPeriods");
    assertThat(periods.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
  }

  @Test
  void test_yearsNotKnown_theReasonListsTheFactsAsText() {
    // the reason a reader sees names the facts one after another, not a Java list ("…：[/smallScaleTaxpayer, /years]")
    MeasureOutcome years = agreeing(VAT, firm().years(Optional.empty()).smallScaleTaxpayer(Optional.empty())
        .build());
    assertThat(years.reasons()).filteredOn(r -> r.code().equals("tax-year-figures")).singleElement()
        .satisfies(r -> {
          assertThat(r.message().zh()).isEqualTo("纳税年度的数据未知：/smallScaleTaxpayer、/years");
          assertThat(r.message().en()).isEqualTo("the tax year's figures are not known: /smallScaleTaxpayer, /years");
        });
  }

  @Test
  void test_ineligible_notSmallScaleNoPeriodsNoYearOrNoRelief() {
    assertIneligible(firm(year2023()).smallScaleTaxpayer(false).build(), AS_OF_2023, "not-small-scale-taxpayer");
    assertIneligible(firm(EnterpriseYear.builder().year(2023).vatPeriods(List.of()).build()).build(), AS_OF_2023,
        "no-vat-periods");
    assertIneligible(firm().build(), AS_OF_2023, "no-tax-year");
    // only a later year, registered after 2023: no tax year by 2023 (TaxYearsAfterEvaluationTest: a later year alone,
    // with no such registration, is undetermined)
    assertIneligible(firm(EnterpriseYear.builder().year(2024).vatPeriods(List.of()).build())
        .registrationDate(LocalDate.of(2024, 1, 2)).build(), AS_OF_2023, "no-tax-year");
    // 2019-01: 120,000 > 100,000 at 3% (财税〔2019〕13号): no relief, nothing saved
    EnterpriseYear y2019 = EnterpriseYear.builder().year(2019).vatPeriods(List.of(month(2019, 1, "120000"))).build();
    assertIneligible(firm(y2019).build(), LocalDate.of(2019, 6, 30), "not-within-exemption-threshold");
    // 2018: before the measure's table (2019-01..2027-12)
    EnterpriseYear y2018 = EnterpriseYear.builder().year(2018).vatPeriods(List.of(month(2018, 1, "1"))).build();
    assertIneligible(firm(y2018).build(), AS_OF_2023, "no-rules-for-tax-year");
  }

  private static final LocalDate AS_OF_2023 = FirmYearProfiles.AS_OF;

  private static void assertIneligible(EnterpriseProfile profile, LocalDate asOf, String reason) {
    MeasureOutcome outcome = agreeing(VAT, profile, asOf);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code).contains(reason);
  }

  @Test
  void test_missingFacts_resolveInAFullProfile() throws Exception {
    EnterpriseYear y2020 = EnterpriseYear.builder().year(2020).vatPeriods(List.of(month(2020, 5, "120000")))
        .build();
    MeasureOutcome outcome = agreeing(VAT, firm(y2020).registrationRegionCode(Optional.empty())
        .smallScaleTaxpayer(Optional.empty()).build(), LocalDate.of(2020, 6, 30));
    MeasureOutcome periods = agreeing(VAT, firm(EnterpriseYear.builder().year(2020).build()).build(),
        LocalDate.of(2020, 6, 30));
    List<String> missing = new java.util.ArrayList<>(outcome.missingFacts());
    missing.addAll(periods.missingFacts());
    assertThat(missing).containsExactly("/smallScaleTaxpayer", "/registrationRegionCode", "/years/0/vatPeriods");
    resolveIn(firm(y2020).build(), missing);
  }

  @Test
  void test_badFacts_nameTheProfilePointer() {
    // a month filed twice: the periods overlap (a month with a quarter is rejected when the year is built, the
    // filing frequency holding for the year: VatFilingFrequencyAuditTest)
    EnterpriseYear overlapping = EnterpriseYear.builder().year(2023).vatPeriods(List.of(month(2023, 2, "1"),
        month(2023, 2, "1"))).build();
    InvalidInputException twice = assertField(() -> plain(VAT, firm(overlapping).build(), AS_OF_2023),
        "/years/0/vatPeriods/1/period");
    // a repeat, as every repeat: input.duplicate, naming both periods (the repeat's pointer and value, the first's
    // pointer and value in the problem)
    assertThat(twice.code()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(twice.value()).isEqualTo("2023-02");
    assertThat(twice.getMessage()).contains("/years/0/vatPeriods/0/period (2023-02)", "'2023-02'");
    assertThat(twice.message(Locale.SIMPLIFIED_CHINESE)).contains("/years/0/vatPeriods/0/period（2023-02）");
    // 2020-Q1 holds February (3%) and March (1%): above the quarter's 300,000 the calculator rejects the period
    // (decisions register §4.6 item 84)
    EnterpriseYear y2020 = EnterpriseYear.builder().year(2020).vatPeriods(List.of(quarter(2020, 1, "300000.01")))
        .build();
    assertField(() -> plain(VAT, firm(y2020).build(), LocalDate.of(2020, 6, 30)), "/years/0/vatPeriods/0/period");
    // property VAT without property sales
    VatPeriodSales propertyVatAlone = VatPeriodSales.builder().from(month(2023, 1, "1"))
        .immovablePropertyVat(Cny.of("5")).build();
    EnterpriseYear bad = EnterpriseYear.builder().year(2023).vatPeriods(List.of(propertyVatAlone)).build();
    assertField(() -> FirmYearProfiles.explained(VAT, firm(bad).build(), AS_OF_2023),
        "/years/0/vatPeriods/0/immovablePropertyVat");
  }

  @Test
  void test_aPeriodTwice_throughTheJson_aFailureWithTheDuplicateCode() {
    // 2023-02 filed twice in the profile's year 2023: the engine reports the measure's failure, input.duplicate at
    // the repeat (/years/0/vatPeriods/1/period, 2023-02), the message naming the first (/years/0/vatPeriods/0/period)
    String period = "{'period': {'year': 2023, 'month': 2}, 'sales': {'amount': 1, 'currency': 'CNY'}, "
        + "'salesBasis': 'EXCLUDING_VAT'}";
    String request = ("{'profile': {'smallScaleTaxpayer': true, 'years': [{'year': 2023, 'vatPeriods': [" + period
        + ", " + period + "]}]}, 'asOf': '2023-12-31', 'measures': ['" + VAT + "']}").replace('\'', '"');
    JsonNode report = EngineJson.report(request);
    assertThat(report.at("/outcomes")).isEmpty();
    JsonNode failure = report.at("/failures/0");
    assertThat(failure.at("/measure").asText()).isEqualTo(VAT.value());
    assertThat(failure.at("/code").asText()).isEqualTo(InvalidInputException.DUPLICATE);
    assertThat(failure.at("/field").asText()).isEqualTo("/years/0/vatPeriods/1/period");
    assertThat(failure.at("/value").asText()).isEqualTo("2023-02");
    assertThat(failure.at("/message").asText()).contains("/years/0/vatPeriods/0/period (2023-02)");
  }

  @Test
  void test_reasons_onlyThoseOfThePeriodsThatShareTheVerdict() {
    // 2019 (财税〔2019〕13号: 300,000 a quarter, 3% with no reduced levy): Q1 400,000 > 300,000 at 3%: ineligible,
    // saved 0; Q2 300,000 ≤ 300,000 (含本数): exempt, eligible, saved 300,000 × 3% = 9,000.00. The enterprise is
    // eligible for the relief Q2 gives; Q1's failed conditions are not its reasons
    EnterpriseYear mixed = EnterpriseYear.builder().year(2019).vatPeriods(List.of(quarter(2019, 1, "400000"),
        quarter(2019, 2, "300000"))).build();
    LocalDate asOf2019 = LocalDate.of(2019, 12, 31);
    MeasureOutcome known = agreeing(VAT, firm(mixed).build(), asOf2019);
    assertThat(known.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(known.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("9000.00")));
    assertThat(known.reasons()).extracting(Reason::code)
        .containsExactly("small-scale-taxpayer", "within-exemption-threshold");
    // small-scale status unknown: undetermined from 0 to 9,000.00, still for the reasons of the eligible period
    MeasureOutcome unknown = agreeing(VAT, firm(mixed).smallScaleTaxpayer(Optional.empty()).build(), asOf2019);
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("9000.00")));
    assertThat(unknown.missingFacts()).containsExactly("/smallScaleTaxpayer");
    assertThat(unknown.reasons()).extracting(Reason::code)
        .containsExactly("small-scale-taxpayer", "within-exemption-threshold");
    // 2019-01 alone, 120,000 > 100,000 at 3% (财税〔2019〕13号): ineligible for both failed conditions, naming no fact
    EnterpriseYear y2019 = EnterpriseYear.builder().year(2019).vatPeriods(List.of(month(2019, 1, "120000"))).build();
    MeasureOutcome none = agreeing(VAT, firm(y2019).smallScaleTaxpayer(Optional.empty()).build(),
        LocalDate.of(2019, 6, 30));
    assertThat(none.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(none.missingFacts()).isEmpty();
    assertThat(none.reasons()).extracting(Reason::code)
        .containsExactly("not-within-exemption-threshold", "not-reduced-levy");
  }

  @Test
  void test_explanation_eachPeriodsVerdictAndSaving() {
    // 2020-05, 120,000, region unknown: saved 2,400.00 (elsewhere, 1%) to 3,600.00 (Hubei, exempt); the period's
    // line shows the range
    EnterpriseYear y2020 = EnterpriseYear.builder().year(2020).vatPeriods(List.of(month(2020, 5, "120000")))
        .build();
    String range = agreeing(VAT, firm(y2020).registrationRegionCode(Optional.empty()).build(),
        LocalDate.of(2020, 6, 30)).explanation().render(Locale.ENGLISH);
    // the amounts as amounts, the words in each reader's language (once "= UNDETERMINED, saved CNY 2400.00 .. CNY
    // 3600.00" to both readers)
    assertThat(range).contains("filing period 2020-05 (/years/0/vatPeriods/0): verdict, VAT saved = UNDETERMINED, "
        + "2400.00 .. 3600.00\n");
    assertThat(agreeing(VAT, firm(y2020).registrationRegionCode(Optional.empty()).build(), LocalDate.of(2020, 6, 30))
        .explanation().render(Locale.SIMPLIFIED_CHINESE))
        .contains("输入：—— 申报期 2020-05（/years/0/vatPeriods/0）：结论，少缴增值税 = UNDETERMINED, 2400.00 .. 3600.00\n");
    String exact = agreeing(VAT, firm(y2020).build(), LocalDate.of(2020, 6, 30)).explanation()
        .render(Locale.ENGLISH);
    assertThat(exact).contains("= ELIGIBLE, 2400.00\n").doesNotContain(" .. ");
  }

  @Test
  void test_taxYearAfterTheTable_ineligibleNotBadInput() {
    // the table ends 2027-12 (2023年第19号): a 2028 year has no rules, whatever its periods
    EnterpriseYear y2028 = EnterpriseYear.builder().year(2028).vatPeriods(List.of(month(2028, 1, "1"))).build();
    assertIneligible(firm(y2028).build(), LocalDate.of(2028, 6, 30), "no-rules-for-tax-year");
  }

  @Test
  void test_amountKind_taxSaved() {
    assertThat(VatEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(VatEvaluator.DEFAULT.measureType()).isEqualTo(VatMeasure.class);
  }
}
