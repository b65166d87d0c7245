package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.plain;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.resolveIn;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.staff;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The 小型微利企业 relief evaluated on enterprise profiles, after the R&amp;D deduction: std(TI<sub>a</sub>) −
 * due(TI<sub>a</sub>) on the taxable income after it, the firm-year view's line. 2023: 5% on the whole of TI ≤
 * 3,000,000 (财政部 税务总局公告2023年第6号 第一条 and 2023年第12号 第三条) against 25% (企业所得税法 第四条); the four
 * conditions (2022年第13号 第二条); R&amp;D 100% (2023年第7号), 120% for IC and 工业母机 enterprises (2023年第44号), before
 * the test (企业所得税法 第三十条). The cases are the firm-year test's, on a profile: 100 employees and 10,000,000 of
 * assets in each quarter, a manufacturer, not restricted.
 */
class SmallLowProfitEvaluatorTest {

  private static final MeasureId SLPE = SmallLowProfitMeasure.SHENZHEN_2023.id();

  private static EnterpriseProfile firmOf(EnterpriseYear.Builder year) {
    return firm(year.build()).build();
  }

  @Test
  void test_completeProfile_theDeductionBringsTheIncomeUnderTheCliff() {
    // TIb 3,400,000 − E 500,000 = 2,900,000 ≤ 3,000,000: due 2,900,000 × 5% = 145,000; std(TIa) 725,000;
    // the relief (b) = 725,000 − 145,000 = 580,000.00
    MeasureOutcome outcome = agreeing(SLPE, firmOf(year(2023, "3400000", "500000")));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("580000.00")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.reasons()).extracting(Reason::code)
        .contains("rd-deduction-brings-taxable-income-within-limit");
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("tax-year", "rd-kinds-from-profile");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("of which the 小型微利企业 relief");
  }

  @Test
  void test_explained_closesOnTheRelief_notOnTheThreeReliefsTotal() {
    // QA audit: the firm-year steps end on the three reliefs' total, which was this outcome's last step. TIb
    // 3,400,000, E 500,000: the relief 725,000 − 145,000 = 580,000.00 (as above); the deduction's effect at 25%,
    // std(TIb) 850,000 − std(TIa) 725,000 = 125,000.00 (企业所得税法 第四条, decisions register §1.7); no VAT periods,
    // 0.00 of VAT. Total 705,000.00; this measure's part 705,000.00 − 0.00 − 125,000.00 = 580,000.00
    MeasureOutcome outcome = agreeing(SLPE, firmOf(year(2023, "3400000", "500000")));
    List<ExplanationStep> steps = outcome.explanation().steps();
    CalculationStep total = (CalculationStep) steps.get(steps.size() - 2);
    assertThat(total.name().en()).isEqualTo("total saved by the three reliefs");
    assertThat(total.result()).isEqualByComparingTo("705000.00");
    CalculationStep last = (CalculationStep) steps.get(steps.size() - 1);
    assertThat(last.name().en()).isEqualTo("of which the 小型微利企业 relief (this measure)");
    assertThat(last.name().zh()).isEqualTo("其中小型微利企业减免所得税额（本措施）");
    assertThat(last.formula()).isEqualTo("705000.00 − 0.00 (VAT) − 125000.00 (R&D)");
    assertThat(last.result()).isEqualByComparingTo("580000.00");
  }

  @Test
  void test_atAndAboveTheLimit() {
    // TIb 3,500,000 − 500,000 = 3,000,000 (不超过, inclusive): 750,000 − 150,000 = 600,000.00
    assertThat(agreeing(SLPE, firmOf(year(2023, "3500000", "500000"))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    // 3,500,000.01 − 500,000 = 3,000,000.01 > 3,000,000: the cliff, no relief on any part
    MeasureOutcome above = agreeing(SLPE, firmOf(year(2023, "3500000.01", "500000")));
    assertThat(above.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(above.amount()).isEqualTo(OutcomeAmount.ZERO);
    // 301 employees averaged > 300: ineligible however low the income; 300 is within: TIa 1,500,000:
    // 375,000 − 75,000 = 300,000.00
    assertThat(agreeing(SLPE, firmOf(year(2023, "2000000", "500000").quarters(staff(301)))).verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    assertThat(agreeing(SLPE, firmOf(year(2023, "2000000", "500000").quarters(staff(300)))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("300000.00")));
  }

  @Test
  void test_conditionNotKnown_fromZeroToTheReliefIfEligible() {
    MeasureOutcome industry = agreeing(SLPE, firm(year(2023, "3400000", "500000").build())
        .restrictedOrProhibitedIndustry(Optional.empty()).build());
    assertThat(industry.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(industry.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
    assertThat(industry.missingFacts()).containsExactly("/restrictedOrProhibitedIndustry");
    MeasureOutcome quarters = agreeing(SLPE, firmOf(year(2023, "3400000", "500000")
        .quarters(Optional.empty())));
    assertThat(quarters.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("580000.00")));
    assertThat(quarters.missingFacts()).containsExactly("/years/0/quarters");
  }

  @Test
  void test_deductionARange_theRdFactNamed() {
    // IC / 工业母机 not known: E 500,000 or 600,000. TIb 3,550,000: TIa 3,050,000 (ineligible, 0) or 2,950,000
    // (737,500 − 147,500 = 590,000.00): undetermined, [0, 590,000.00]
    MeasureOutcome cliff = agreeing(SLPE, firm(year(2023, "3550000", "500000").build())
        .icOrMachineTool(Optional.empty()).build());
    assertThat(cliff.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(cliff.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("590000.00")));
    assertThat(cliff.missingFacts()).containsExactly("/icOrMachineTool");
    // TIb 2,000,000: TIa 1,500,000 or 1,400,000, both eligible: 300,000.00 or 350,000 − 70,000 = 280,000.00;
    // eligible either way, the amount open on the fact
    MeasureOutcome within = agreeing(SLPE, firm(year(2023, "2000000", "500000").build())
        .icOrMachineTool(Optional.empty()).build());
    assertThat(within.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(within.amount()).isEqualTo(OutcomeAmount.between(Cny.of("280000.00"), Cny.of("300000.00")));
    assertThat(within.missingFacts()).containsExactly("/icOrMachineTool");
  }

  @Test
  void test_incomeAfterTheDeductionNotKnown_boundedAtTheLimit() {
    // taxable income not known: at most the relief at the limit, 3,000,000 × 25% − 3,000,000 × 5% = 600,000.00
    MeasureOutcome income = agreeing(SLPE, firmOf(year(2023, "0", "500000")
        .taxableIncomeBeforeRd(Optional.empty())));
    assertThat(income.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(income.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("600000.00")));
    assertThat(income.missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd");
    assertThat(income.notes()).extracting(Reason::code).contains("slpe-relief-bound");
    assertThat(income.notes()).filteredOn(n -> n.code().equals("slpe-relief-bound")).singleElement()
        .satisfies(n -> assertThat(n.citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT));
    // R&D not known, TIb 3,400,000 above the limit: the deduction decides; at most 600,000.00
    MeasureOutcome above = agreeing(SLPE, firmOf(year(2023, "3400000", null).rdExpensedCosts(Optional.empty())));
    assertThat(above.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(above.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("600000.00")));
    assertThat(above.missingFacts()).containsExactly("/years/0/rdExpensedCosts");
    // intangibles not known, TIb 2,000,000 within: eligible whatever the deduction; the known expensed 1 deducts
    // 100% × 1 = 1 at least, so TIa ≤ 1,999,999 and the relief at most 1,999,999 × 25% − 1,999,999 × 5% =
    // 499,999.75 − 99,999.95 = 399,999.80 (SmallLowProfitRangeAuditTest)
    MeasureOutcome below = agreeing(SLPE, firmOf(year(2023, "2000000", "1").rdIntangibles(Optional.empty())));
    assertThat(below.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(below.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("399999.80")));
    assertThat(below.missingFacts()).containsExactly("/years/0/rdIntangibles");
    // a condition failing at the bound fails for every income: ineligible
    assertThat(agreeing(SLPE, firm(year(2023, "0", null).taxableIncomeBeforeRd(Optional.empty()).build())
        .restrictedOrProhibitedIndustry(true).build()).verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_incomeAfterTheDeductionNotKnown_atTheEdges() {
    // R&D not known, TIb exactly 3,000,000 (不超过, inclusive): within the limit whatever the deduction, eligible;
    // at most 3,000,000 × 25% − 3,000,000 × 5% = 750,000 − 150,000 = 600,000.00, the R&D fact named
    MeasureOutcome atLimit = agreeing(SLPE, firmOf(year(2023, "3000000", null).rdExpensedCosts(Optional.empty())));
    assertThat(atLimit.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(atLimit.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("600000.00")));
    assertThat(atLimit.missingFacts()).containsExactly("/years/0/rdExpensedCosts");
    // the explained form says why it is a bound, and at which income
    assertThat(atLimit.explanation().stepsOf(InputStep.class)).extracting(step -> step.name().en())
        .contains("taxable income after the R&D deduction not known: the most relief, at 3000000.00");
    // TIb 0: no deduction can lower it, so the R&D facts are not asked for; eligible, nothing to relieve
    MeasureOutcome zero = agreeing(SLPE, firmOf(year(2023, "0", null).rdExpensedCosts(Optional.empty())));
    assertThat(zero.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(zero.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(zero.missingFacts()).isEmpty();
    // a restricted industry fails the definition at the bound: ineligible, and the explained form says why
    MeasureOutcome restricted = agreeing(SLPE, firm(year(2023, "0", null).taxableIncomeBeforeRd(Optional.empty())
        .build()).restrictedOrProhibitedIndustry(true).build());
    assertThat(restricted.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(restricted.reasons()).extracting(Reason::code).contains("industry-restricted-or-prohibited");
  }

  @Test
  void test_lossYear_eligibleWithNothingToRelieve() {
    MeasureOutcome loss = agreeing(SLPE, firmOf(year(2023, "-250000", "0")));
    assertThat(loss.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(loss.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(loss.notes()).extracting(Reason::code).contains("loss-taken-as-zero");
  }

  @Test
  void test_ineligible_restrictedNoQuartersNoYearOrNoRules() {
    assertIneligible(firm(year(2023, "100000", "0").build()).restrictedOrProhibitedIndustry(true).build(),
        "industry-restricted-or-prohibited");
    assertIneligible(firmOf(year(2023, "100000", "0").quarters(List.of())), "no-quarters-operated");
    assertIneligible(firm().build(), "no-tax-year");
    // 2018: before the measure's table (2019–2027)
    assertIneligible(firmOf(year(2018, "100000", "0")), "no-rules-for-tax-year");
    // years not given, evaluated on 2023-06-30: whichever year up to 2023 the firm gives, the relief is at most the
    // relief at the 3,000,000 limit (decisions register §1.7): 2019–2020 1,000,000 × (25% − 5%) + 2,000,000 × (25% −
    // 10%) = 500,000; 2021 1,000,000 × 22.5% + 2,000,000 × 15% = 525,000; 2022 1,000,000 × 22.5% + 2,000,000 × 20%
    // = 625,000; 2023 3,000,000 × 20% = 600,000: from 0 to 625,000.00
    MeasureOutcome years = agreeing(SLPE, firm().years(Optional.empty()).build());
    assertThat(years.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(years.missingFacts()).containsExactly("/years");
    assertThat(years.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("625000.00")));
    // on 2021-06-30 the years up to 2021: 525,000.00; on 2018-06-30 no year before it has rules: no upper bound
    assertThat(agreeing(SLPE, firm().years(Optional.empty()).build(), LocalDate.of(2021, 6, 30)).amount())
        .isEqualTo(OutcomeAmount.upTo(Cny.of("525000.00")));
    assertThat(agreeing(SLPE, firm().years(Optional.empty()).build(), LocalDate.of(2018, 6, 30)).amount())
        .isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
  }

  @Test
  void test_individualBusiness_noEnterpriseIncomeTaxToRelieve() {
    // 深工信〔2023〕26号 第1条 relieves 小型微利企业 of enterprise income tax ("按20%的税率缴纳企业所得税"); a 个体工商户
    // is a natural person in business (《民法典》第五十四条), not an enterprise income taxpayer (企业所得税法 第一条).
    // TIb 1,000,000 with no R&D would be relieved 1,000,000 × 20% = 200,000.00 for an enterprise; for it, nothing
    EnterpriseProfile enterprise = firm(year(2023, "1000000", "0").build()).legalForm(LegalForm.ENTERPRISE).build();
    assertThat(agreeing(SLPE, enterprise).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("200000.00")));
    EnterpriseProfile individual = EnterpriseProfile.builder().from(enterprise)
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS).build();
    assertIneligible(individual, "not-enterprise-income-taxpayer");
    // whatever its years: not known, still nothing to relieve
    assertIneligible(EnterpriseProfile.builder().from(individual).years(Optional.empty()).build(),
        "not-enterprise-income-taxpayer");
  }

  @Test
  void test_soleProprietorshipOrPartnership_outsideTheEnterpriseIncomeTaxLaw() {
    // 企业所得税法 第一条第二款: "个人独资企业、合伙企业不适用本法" — no enterprise income tax, so no 小型微利企业 relief
    // (深工信〔2023〕26号 第1条). The same firm as an enterprise is relieved 200,000.00 (above)
    EnterpriseProfile enterprise = firm(year(2023, "1000000", "0").build()).legalForm(LegalForm.ENTERPRISE).build();
    for (LegalForm form : List.of(LegalForm.SOLE_PROPRIETORSHIP, LegalForm.PARTNERSHIP)) {
      EnterpriseProfile profile = EnterpriseProfile.builder().from(enterprise).legalForm(form).build();
      assertIneligible(profile, "not-enterprise-income-taxpayer");
      Reason reason = agreeing(SLPE, profile).reasons().get(0);
      assertThat(reason.citation().article()).isEqualTo("第一条");
      assertThat(reason.citation().item()).contains("第二款");
      assertThat(reason.citation().quote()).contains("个人独资企业、合伙企业不适用本法");
    }
  }

  private static void assertIneligible(EnterpriseProfile profile, String reason) {
    MeasureOutcome outcome = agreeing(SLPE, profile);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).contains(reason);
  }

  @Test
  void test_missingFacts_resolveInAFullProfile() throws Exception {
    MeasureOutcome sparse = agreeing(SLPE, firm(year(2023, "3550000", "500000").quarters(Optional.empty()).build())
        .icOrMachineTool(Optional.empty()).restrictedOrProhibitedIndustry(Optional.empty()).build());
    MeasureOutcome unknownIncome = agreeing(SLPE, firmOf(year(2023, "0", "1")
        .taxableIncomeBeforeRd(Optional.empty())));
    MeasureOutcome unknownRd = agreeing(SLPE, firmOf(year(2023, "1", "1").rdExpensedCosts(Optional.empty())
        .rdIntangibles(Optional.empty())));
    assertThat(sparse.missingFacts()).containsExactlyInAnyOrder("/restrictedOrProhibitedIndustry",
        "/years/0/quarters", "/icOrMachineTool");
    assertThat(unknownRd.missingFacts()).containsExactly("/years/0/rdExpensedCosts", "/years/0/rdIntangibles");
    EnterpriseProfile full = firmOf(year(2023, "1", "1"));
    resolveIn(full, sparse.missingFacts());
    resolveIn(full, unknownIncome.missingFacts());
    resolveIn(full, unknownRd.missingFacts());
  }

  @Test
  void test_badFacts_nameTheProfilePointer() {
    // Q2 listed twice, Q1 between: the repeat, named as listed (the order alone is no fault since 2026-12-07: the
    // quarters are read in the order of their numbers, register §4.6 item 126)
    EnterpriseProfile disordered = firmOf(year(2023, "100000", "0").quarters(List.of(staff(10).get(1),
        staff(10).get(0), staff(10).get(1))));
    assertField(() -> plain(SLPE, disordered, FirmYearProfiles.AS_OF), "/years/0/quarters/2/quarter");
    assertField(() -> FirmYearProfiles.explained(SLPE, disordered, FirmYearProfiles.AS_OF),
        "/years/0/quarters/2/quarter");
    // an R&D intangible amortised 12 months in the year over a 6-month period: the deduction cannot be computed
    EnterpriseProfile badRd = firmOf(year(2023, "100000", "0").rdIntangibles(List.of(
        RdIntangibleAsset.builder().cost(Cny.of("1000")).amortisationMonths(6).monthsInYear(12).build())));
    assertField(() -> plain(SLPE, badRd, FirmYearProfiles.AS_OF), "/years/0/rdIntangibles/0/monthsInYear");
    assertField(() -> FirmYearProfiles.explained(SLPE, badRd, FirmYearProfiles.AS_OF),
        "/years/0/rdIntangibles/0/monthsInYear");
  }
}
