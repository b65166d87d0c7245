package io.github.huiqi.calculators.tax.rd;

import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.agreeing;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.firm;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.plain;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.resolveIn;
import static io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles.year;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearProfiles;
import io.github.huiqi.calculators.tax.firmyear.FirmYearRelief;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdEntrusteeKind;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.rd.RdProject;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The R&amp;D super deduction evaluated on enterprise profiles: the income tax the extra deduction saves,
 * std(TI<sub>b</sub>) − std(max(TI<sub>b</sub> − E, 0)) at the standard 25% (企业所得税法 第四条), the firm-year view's
 * R&amp;D line. 2023: extra deduction 100% of expensed R&amp;D (财政部 税务总局公告2023年第7号 第一条), 120% for IC and
 * 工业母机 enterprises (2023年第44号), intangibles amortised at 200%; the negative list (财税〔2015〕119号 第四条). The
 * firm is {@link FirmYearProfiles#firm}: a manufacturer (C4190), not a tech SME nor an IC enterprise.
 */
class RdEvaluatorTest {

  private static final MeasureId RD = RdMeasure.SHENZHEN_2023.id();

  private static EnterpriseProfile firmOf(EnterpriseYear.Builder year) {
    return firm(year.build()).build();
  }

  @Test
  void test_completeProfile_theDeductionValuedAtTheStandardRate() {
    // E = 500,000 × 100% = 500,000; TIa = 3,400,000 − 500,000 = 2,900,000;
    // saved 3,400,000 × 25% − 2,900,000 × 25% = 850,000 − 725,000 = 125,000.00
    MeasureOutcome outcome = agreeing(RD, firmOf(year(2023, "3400000", "500000")));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("125000.00")));
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.notes()).extracting(Reason::code).containsExactly("tax-year", "rd-kinds-from-profile");
    assertThat(outcome.explanation().render(Locale.ENGLISH)).contains("saved by the deduction");
    // the same as the firm-year view's R&D line on the same facts
    assertThat(FirmYearFixtures.saved(FirmYearFixtures.CALCULATOR.explainTotalSaved(FirmYearFixtures.MEASURES,
        FirmYearFixtures.firm("3400000", "500000")), FirmYearRelief.RD_SUPER_DEDUCTION))
        .isEqualByComparingTo("125000.00");
  }

  @Test
  void test_roundingAndTheDeductionBeyondTheIncome() {
    // 3,500,000.01 × 25% = 875,000.0025 → 875,000.00; 3,000,000.01 × 25% = 750,000.0025 → 750,000.00; saved 125,000.00
    assertThat(agreeing(RD, firmOf(year(2023, "3500000.01", "500000"))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("125000.00")));
    // TIb 300,000 < E 500,000: TIa = 0, the deduction saves the whole standard tax 300,000 × 25% = 75,000.00
    assertThat(agreeing(RD, firmOf(year(2023, "300000", "500000"))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("75000.00")));
    // a loss year is taken as zero: nothing to save, noted
    MeasureOutcome loss = agreeing(RD, firmOf(year(2023, "-100000", "500000")));
    assertThat(loss.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(loss.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(loss.notes()).extracting(Reason::code).contains("loss-taken-as-zero");
  }

  @Test
  void test_intangibleAmortisedAt200Percent() {
    // intangible 1,200,000 over 120 months, 12 in 2023: extra 1,200,000 × 100% × 12/120 = 120,000 (2023年第7号);
    // E = 500,000 + 120,000 = 620,000; TIa 2,780,000; saved 850,000 − 695,000 = 155,000.00
    RdIntangibleAsset asset = RdIntangibleAsset.builder().cost(Cny.of("1200000")).amortisationMonths(120)
        .monthsInYear(12).build();
    MeasureOutcome outcome = agreeing(RD, firmOf(year(2023, "3400000", "500000").rdIntangibles(List.of(asset))));
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("155000.00")));
  }

  @Test
  void test_kindOrIndustryNotKnown_rangeOverThem() {
    // IC / 工业母机 not known: 100% or 120% (2023年第44号): E 500,000 or 600,000; saved 125,000.00 or
    // 850,000 − 2,800,000 × 25% = 150,000.00
    MeasureOutcome ic = agreeing(RD, firm(year(2023, "3400000", "500000").build())
        .icOrMachineTool(Optional.empty()).build());
    // every enterprise has a 2023 row (2023年第7号): the kind changes the rate only, so the firm is eligible with the
    // range (decisions register §4.6 item 42; it was undetermined before the QA audit)
    assertThat(ic.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(ic.amount()).isEqualTo(OutcomeAmount.between(Cny.of("125000.00"), Cny.of("150000.00")));
    assertThat(ic.missingFacts()).containsExactly("/icOrMachineTool");
    // industry not known: possibly on the negative list, E from 0 to 500,000: saved 0 to 125,000.00
    MeasureOutcome industry = agreeing(RD, firm(year(2023, "3400000", "500000").build())
        .industryCode(Optional.empty()).build());
    assertThat(industry.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(industry.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("125000.00")));
    assertThat(industry.missingFacts()).containsExactly("/industryCode");
  }

  @Test
  void test_yearFiguresNotKnown_boundedWhereTheProfileBoundsThem() {
    // taxable income not known: from 0 (a loss) to 25% × E = 25% × 500,000 = 125,000.00 (the deduction removes at
    // most E of income, whatever the income; RdRangeAuditTest)
    MeasureOutcome income = agreeing(RD, firmOf(year(2023, "0", "500000").taxableIncomeBeforeRd(Optional.empty())));
    assertThat(income.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(income.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("125000.00")));
    assertThat(income.missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd");
    // costs not known: from 0 to the whole standard tax 3,400,000 × 25% = 850,000.00
    MeasureOutcome costs = agreeing(RD, firmOf(year(2023, "3400000", null).rdExpensedCosts(Optional.empty())));
    assertThat(costs.amount()).isEqualTo(OutcomeAmount.upTo(Cny.of("850000.00")));
    assertThat(costs.missingFacts()).containsExactly("/years/0/rdExpensedCosts");
    // intangibles not known: from the costs' 125,000.00 to 850,000.00
    MeasureOutcome intangibles = agreeing(RD, firmOf(year(2023, "3400000", "500000")
        .rdIntangibles(Optional.empty())));
    assertThat(intangibles.amount()).isEqualTo(OutcomeAmount.between(Cny.of("125000.00"), Cny.of("850000.00")));
    assertThat(intangibles.missingFacts()).containsExactly("/years/0/rdIntangibles");
    // nothing to deduct and no income: exactly zero, whatever is missing
    assertThat(agreeing(RD, firmOf(year(2023, "0", null).rdExpensedCosts(Optional.empty()))).amount())
        .isEqualTo(OutcomeAmount.ZERO);
    MeasureOutcome years = agreeing(RD, firm().years(Optional.empty()).build());
    assertThat(years.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(years.missingFacts()).containsExactly("/years");
    assertThat(years.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
  }

  @Test
  void test_ineligible_negativeListNoYearOrNoRules() {
    // 批发业 (F5211) is on the negative list: no deduction
    MeasureOutcome wholesale = agreeing(RD, firm(year(2023, "3400000", "500000").build()).industryCode("F5211")
        .build());
    assertThat(wholesale.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(wholesale.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(wholesale.reasons()).extracting(Reason::code).contains("negative-list-industry");
    assertThat(agreeing(RD, firm().build()).reasons()).extracting(Reason::code).containsExactly("no-tax-year");
    // 2015: before the measure's rows (from 2016)
    MeasureOutcome early = agreeing(RD, firmOf(year(2015, "3400000", "500000")));
    assertThat(early.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(early.reasons()).extracting(Reason::code).containsExactly("no-rules-for-tax-year");
    // no R&D at all (zero costs, no intangibles): eligible, nothing saved
    MeasureOutcome none = agreeing(RD, firmOf(year(2023, "3400000", null)));
    assertThat(none.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
  }

  @Test
  void test_kindNotKnown_noRdToDeduct_theKindDecidesNothing() {
    // no R&D in 2023 (zero expensed costs, no intangibles): 100% or 120% (2023年第44号 for IC / 工业母机) of 0 is 0,
    // and every firm off the negative list is eligible in 2023 (2023年第7号): eligible, 0.00 saved, and
    // /icOrMachineTool is not asked, since it decides nothing
    MeasureOutcome none = agreeing(RD, firm(year(2023, "3400000", null).build()).icOrMachineTool(Optional.empty())
        .build());
    assertThat(none.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(none.missingFacts()).isEmpty();
    // the industry not known still is: on the negative list the firm would be ineligible
    MeasureOutcome industry = agreeing(RD, firm(year(2023, "3400000", null).build()).industryCode(Optional.empty())
        .build());
    assertThat(industry.missingFacts()).containsExactly("/industryCode");
  }

  @Test
  void test_kindNotKnown_deductionRemovesAllTheIncomeAtEitherRate_theKindDecidesNothing() {
    // TIb 300,000, R&D 500,000: E = 500,000 at 100% (2023年第7号) or 600,000 at 120% (2023年第44号 for IC / 工业母机);
    // either removes all the income, TIa = 0, and saves the whole standard tax 300,000 × 25% = 75,000.00. The kind
    // opens nothing: eligible at one figure, naming no fact (decisions register §4.6 item 45); before, the outcome
    // named /icOrMachineTool and the next questions asked it deciding 0.00. Found by EntitlementFactNamingPropertyTest
    MeasureOutcome outcome = agreeing(RD, firm(year(2023, "300000", "500000").build())
        .icOrMachineTool(Optional.empty()).build());
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("75000.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    // each completion gives the same: an IC enterprise 75,000.00, any other 75,000.00
    assertThat(agreeing(RD, firm(year(2023, "300000", "500000").build()).icOrMachineTool(true).build()).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("75000.00")));
    assertThat(agreeing(RD, firmOf(year(2023, "300000", "500000"))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("75000.00")));
    // TIb 550,000 lies between the two deductions: 100% leaves 50,000 (saved 550,000 × 25% − 50,000 × 25% =
    // 125,000.00), 120% leaves none (137,500.00): the kind opens the amount and is still named
    MeasureOutcome between = agreeing(RD, firm(year(2023, "550000", "500000").build())
        .icOrMachineTool(Optional.empty()).build());
    assertThat(between.amount()).isEqualTo(OutcomeAmount.between(Cny.of("125000.00"), Cny.of("137500.00")));
    assertThat(between.missingFacts()).containsExactly("/icOrMachineTool");
  }

  @Test
  void test_individualBusiness_noEnterpriseIncomeTaxToDeductFrom() {
    // 第1条's extra deduction is taken before enterprise income tax (税前加计扣除, 企业所得税法 第三十条); a 个体工商户
    // (《民法典》第五十四条) is not an enterprise income taxpayer (企业所得税法 第一条). For an enterprise, E =
    // 500,000 saves 500,000 × 25% = 125,000.00 (above); for an individual business, nothing
    EnterpriseProfile individual = firm(year(2023, "3400000", "500000").build())
        .legalForm(LegalForm.INDIVIDUAL_BUSINESS).build();
    MeasureOutcome outcome = agreeing(RD, individual);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-enterprise-income-taxpayer");
    assertThat(outcome.reasons().get(0).citation().article()).isEqualTo("第一条");
  }

  @Test
  void test_soleProprietorshipOrPartnership_noEnterpriseIncomeTaxToDeductFrom() {
    // 企业所得税法 第一条第二款: "个人独资企业、合伙企业不适用本法"; the same firm as an enterprise saves 125,000.00 (above)
    for (LegalForm form : List.of(LegalForm.SOLE_PROPRIETORSHIP, LegalForm.PARTNERSHIP)) {
      MeasureOutcome outcome = agreeing(RD, firm(year(2023, "3400000", "500000").build()).legalForm(form).build());
      assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
      assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-enterprise-income-taxpayer");
      assertThat(outcome.reasons().get(0).citation().item()).contains("第二款");
    }
  }

  @Test
  void test_projectsAndEntrustmentsOfTheProfile() {
    // 2023, own R&D 500,000; R&D entrusted at home 250,000 × 80% = 200,000 (财税〔2015〕119号 第二条);
    // a capitalised project (personnel 300,000, other 0) still in development: line 42, not deducted this year.
    // E = (500,000 + 300,000 + 200,000 − 300,000) × 100% = 700,000; TIa = 2,700,000;
    // saved 850,000 − 675,000 = 175,000.00
    RdProject developing = RdProject.builder().name("C").costs(RdFixtures.costs("300000", "0", "0", "0", "0", "0"))
        .capitalised(true).build();
    EnterpriseProfile firm = firmOf(year(2023, "3400000", "500000").rdProjects(List.of(developing))
        .rdEntrustments(List.of(RdFixtures.entrusted(RdEntrusteeKind.DOMESTIC, "250000"))));
    MeasureOutcome outcome = agreeing(RD, firm);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("175000.00")));
    // special income 100,000 (国家税务总局公告2017年第40号): E = 600,000; saved 850,000 − 700,000 = 150,000.00
    assertThat(agreeing(RD, firmOf(year(2023, "3400000", "500000").rdEntrustments(List.of(RdFixtures
        .entrusted(RdEntrusteeKind.DOMESTIC, "250000"))).rdSpecialIncome(Cny.of("100000")))).amount())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("150000.00")));
  }

  @Test
  void test_itemisedFactsAbsent_readAsNone_andNoted() {
    // the year without rdProjects … rdSoldProductMaterialsCarriedForward: the same 125,000.00 as with them known
    // none, and a note naming them
    EnterpriseYear bare = EnterpriseYear.builder().from(year(2023, "3400000", "500000").build())
        .rdProjects(Optional.empty()).rdEntrustments(Optional.empty()).rdSpecialIncome(Optional.empty())
        .rdSoldProductMaterials(Optional.empty()).rdSoldProductMaterialsCarriedForward(Optional.empty()).build();
    MeasureOutcome outcome = agreeing(RD, firm(bare).build());
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("125000.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.notes()).extracting(Reason::code).contains("rd-itemised-facts-read-as-none");
    assertThat(outcome.notes()).filteredOn(n -> n.code().equals("rd-itemised-facts-read-as-none")).singleElement()
        .satisfies(n -> assertThat(n.message().en()).contains("/years/0/rdProjects", "/years/0/rdEntrustments"));
    // named one after another, not as a Java list ("…按无计算：[/years/0/rdProjects, …]"), joined by 、 in Chinese
    // as the other zh lists of pointers are (划型所需的数据未知：/industryCode、/years)
    assertThat(outcome.notes()).filteredOn(n -> n.code().equals("rd-itemised-facts-read-as-none")).singleElement()
        .satisfies(n -> assertThat(n.message().zh()).isEqualTo("档案未列示的研发明细按无计算：/years/0/rdProjects、"
            + "/years/0/rdEntrustments、/years/0/rdSpecialIncome、/years/0/rdSoldProductMaterials、"
            + "/years/0/rdSoldProductMaterialsCarriedForward"));
  }

  @Test
  void test_overseasEntrustmentWithNoDomesticBase_namesTheProfilePointer() {
    // no own R&D and R&D entrusted to an overseas entity: 2/3 of nothing (财税〔2018〕64号)
    EnterpriseProfile firm = firmOf(year(2023, "3400000", null).rdEntrustments(List.of(
        RdFixtures.entrusted(RdEntrusteeKind.OVERSEAS_ENTITY, "100000"))));
    assertField(() -> plain(RD, firm, FirmYearProfiles.AS_OF), "/years/0/rdEntrustments/0/price");
    assertField(() -> FirmYearProfiles.explained(RD, firm, FirmYearProfiles.AS_OF), "/years/0/rdEntrustments/0/price");
  }

  @Test
  void test_missingFacts_resolveInAFullProfile() throws Exception {
    EnterpriseProfile sparse = firm(year(2023, "0", null).taxableIncomeBeforeRd(Optional.empty())
        .rdExpensedCosts(Optional.empty()).rdIntangibles(Optional.empty()).build()).industryCode(Optional.empty())
        .icOrMachineTool(Optional.empty()).techSme(Optional.empty()).build();
    MeasureOutcome outcome = agreeing(RD, sparse);
    assertThat(outcome.missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd", "/years/0/rdExpensedCosts",
        "/years/0/rdIntangibles", "/industryCode", "/icOrMachineTool");
    resolveIn(firmOf(year(2023, "1", "1")), outcome.missingFacts());
  }

  @Test
  void test_badFact_namesTheProfilePointer() {
    // an intangible amortised 12 months in the year over a 6-month period
    RdIntangibleAsset asset = RdIntangibleAsset.builder().cost(Cny.of("1000")).amortisationMonths(6).monthsInYear(12)
        .build();
    EnterpriseProfile firm = firmOf(year(2023, "3400000", "500000").rdIntangibles(List.of(asset)));
    assertField(() -> plain(RD, firm, FirmYearProfiles.AS_OF), "/years/0/rdIntangibles/0/monthsInYear");
    assertField(() -> FirmYearProfiles.explained(RD, firm, FirmYearProfiles.AS_OF),
        "/years/0/rdIntangibles/0/monthsInYear");
  }

  @Test
  void test_explanation_theCalculatorsStepsThenTheSaving() {
    // E = 500,000 × 100% (2023年第7号): the calculator's figure is in the explanation, then the saving
    String eligible = agreeing(RD, firmOf(year(2023, "3400000", "500000"))).explanation().render(Locale.ENGLISH);
    assertThat(eligible).contains("extra deduction on expensed R&D").contains("saved by the deduction");
    // 批发业 (F5211) on the negative list (财税〔2015〕119号 第四条): ineligible, and the explanation says why
    MeasureOutcome wholesale = agreeing(RD, firm(year(2023, "3400000", "500000").build()).industryCode("F5211")
        .build());
    assertThat(wholesale.explanation().stepsOf(ConditionStep.class))
        .anySatisfy(step -> {
          assertThat(step.condition().in(Locale.ENGLISH)).isEqualTo("industry not on the negative list");
          assertThat(step.outcome()).isEqualTo(ConditionOutcome.NOT_MET);
        });
  }

  @Test
  void test_exactDeduction_sharedWithTheIncomeTaxMeasure() {
    // the manufacturer's 2023 E = 500,000 × 100% = 500,000.00 (2023年第7号); IC not known: 100% or 120%, no exact E
    EnterpriseProfile known = firmOf(year(2023, "3400000", "500000"));
    Catalog.Entry entry = FirmYearProfiles.CATALOG.get(RD);
    EvaluationContext context = new EvaluationContext(FirmYearProfiles.AS_OF, FirmYearProfiles.CATALOG.data(),
        EngineOptions.DEFAULTS, entry);
    RdMeasure measure = FirmYearProfiles.CATALOG.data().getMeasure(RdMeasure.SHENZHEN_2023);
    assertThat(RdEvaluator.exactDeduction(measure, known, known.years().orElseThrow().get(0), context))
        .hasValueSatisfying(e -> assertThat(e).isEqualByComparingTo("500000.00"));
    EnterpriseProfile ic = firm(year(2023, "3400000", "500000").build()).icOrMachineTool(Optional.empty()).build();
    assertThat(RdEvaluator.exactDeduction(measure, ic, ic.years().orElseThrow().get(0), context)).isEmpty();
    assertThat(RdEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.TAX_SAVED);
  }

  @Test
  void test_incomeNotKnown_nothingToDeduct_savesNothing() {
    // no R&D costs and no intangibles, both known: E = 0, so std(TIb) − std(TIb) = 0 whatever the income
    MeasureOutcome none = agreeing(RD, firmOf(year(2023, "0", null).taxableIncomeBeforeRd(Optional.empty())));
    assertThat(none.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(none.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(none.missingFacts()).isEmpty();
    // the intangibles not known as well: they could deduct, so the income matters again
    MeasureOutcome open = agreeing(RD, firmOf(year(2023, "0", null).taxableIncomeBeforeRd(Optional.empty())
        .rdIntangibles(Optional.empty())));
    assertThat(open.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(open.missingFacts()).containsExactly("/years/0/taxableIncomeBeforeRd", "/years/0/rdIntangibles");
  }

  @Test
  void test_savingStep_theDeductionOrItsRange() {
    // E = 500,000.00 exactly: saved 850,000 − 725,000 = 125,000.00
    String exact = agreeing(RD, firmOf(year(2023, "3400000", "500000"))).explanation().render(Locale.ENGLISH);
    assertThat(exact).contains("E = 500000.00 = 125000.00");
    // IC not known: E 500,000 or 600,000 (2023年第44号); the step shows the range and the greater saving 150,000.00
    String range = agreeing(RD, firm(year(2023, "3400000", "500000").build()).icOrMachineTool(Optional.empty())
        .build()).explanation().render(Locale.ENGLISH);
    // written as amounts, not as MonetaryAmount's "CNY 500000.00 .. CNY 600000.00"
    assertThat(range).contains("E = 500000.00 .. 600000.00 = 150000.00").doesNotContain("CNY");
    // the intangibles not known: up to the whole standard tax 850,000.00, said so
    String partial = agreeing(RD, firmOf(year(2023, "3400000", "500000").rdIntangibles(Optional.empty())))
        .explanation().render(Locale.ENGLISH);
    assertThat(partial).contains("E = 500000.00 (R&D not fully known: up to the whole standard tax) = 850000.00");
  }

  @Test
  void test_requestFromProfile_kindsReadFromTheProfile() {
    // 科技型中小企业 enrolment held during 2023 (since 2023-05-10): techSme true for 2023
    EnterpriseYear y2023 = year(2023, "3400000", "500000").build();
    Qualification from2023 = Qualification.builder().held(true).since(LocalDate.of(2023, 5, 10)).build();
    RdRequest request = RdRequest.from(firm(y2023).techSme(from2023).build(), 2023);
    assertThat(request.taxYear()).isEqualTo(2023);
    assertThat(request.techSme()).contains(true);
    // a C (制造业) industry code is a manufacturer; I6510 (software) is not; no code: not known
    assertThat(request.manufacturing()).contains(true);
    assertThat(RdRequest.from(firm(y2023).industryCode("I6510").build(), 2023).manufacturing()).contains(false);
    assertThat(RdRequest.from(firm(y2023).industryCode(Optional.empty()).build(), 2023).manufacturing()).isEmpty();
    // enrolled from 2024, or only until 2022, or not held: not a 科技型中小企业 in 2023
    Qualification from2024 = Qualification.builder().held(true).since(LocalDate.of(2024, 1, 1)).build();
    Qualification to2022 = Qualification.builder().held(true).until(LocalDate.of(2022, 12, 31)).build();
    Qualification to2023 = Qualification.builder().held(true).until(LocalDate.of(2023, 1, 1)).build();
    assertThat(RdRequest.from(firm(y2023).techSme(from2024).build(), 2023).techSme()).contains(false);
    assertThat(RdRequest.from(firm(y2023).techSme(to2022).build(), 2023).techSme()).contains(false);
    assertThat(RdRequest.from(firm(y2023).techSme(to2023).build(), 2023).techSme()).contains(true);
    assertThat(RdRequest.from(firm(y2023).build(), 2023).techSme()).contains(false);
    assertThat(RdRequest.from(firm(y2023).techSme(Optional.empty()).build(), 2023).techSme()).isEmpty();
  }

  @Test
  void test_requestFromProfile_missingYearOrCostsNamed() {
    EnterpriseYear y2023 = year(2023, "3400000", "500000").build();
    assertThatThrownBy(() -> RdRequest.from(firm(y2023).build(), 2022))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/years"));
    EnterpriseYear y2022 = year(2022, "1", "1").build();
    EnterpriseYear bare = year(2023, "3400000", "500000").rdExpensedCosts(Optional.empty())
        .rdIntangibles(Optional.empty()).build();
    assertThatThrownBy(() -> RdRequest.from(firm(y2022, bare).build(), 2023))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/years/1/rdExpensedCosts", "/years/1/rdIntangibles"));
    EnterpriseYear noCosts = year(2023, "3400000", "500000").rdExpensedCosts(Optional.empty()).build();
    assertThatThrownBy(() -> RdRequest.from(firm(noCosts).build(), 2023))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/years/0/rdExpensedCosts"));
    EnterpriseYear noIntangibles = year(2023, "3400000", "500000").rdIntangibles(Optional.empty()).build();
    assertThatThrownBy(() -> RdRequest.from(firm(noIntangibles).build(), 2023))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/years/0/rdIntangibles"));
    // the year's costs given: 500,000 personnel in the request
    assertThat(Cny.yuan(RdRequest.from(firm(y2023).build(), 2023).expensedCosts().personnel(), "p"))
        .isEqualByComparingTo("500000");
  }

  @Test
  void test_missingFacts_namesWhatFromWouldThrowFor_withoutThrowing() {
    EnterpriseYear y2023 = year(2023, "3400000", "500000").build();
    EnterpriseYear y2022 = year(2022, "1", "1").build();
    EnterpriseYear bare = year(2023, "3400000", "500000").rdExpensedCosts(Optional.empty())
        .rdIntangibles(Optional.empty()).build();
    EnterpriseYear noCosts = year(2023, "3400000", "500000").rdExpensedCosts(Optional.empty()).build();
    EnterpriseYear noIntangibles = year(2023, "3400000", "500000").rdIntangibles(Optional.empty()).build();
    assertThat(RdRequest.missingFacts(firm(y2023).build(), 2022)).containsExactly("/years");
    assertThat(RdRequest.missingFacts(firm(y2022, bare).build(), 2023))
        .containsExactly("/years/1/rdExpensedCosts", "/years/1/rdIntangibles");
    assertThat(RdRequest.missingFacts(firm(noCosts).build(), 2023)).containsExactly("/years/0/rdExpensedCosts");
    assertThat(RdRequest.missingFacts(firm(noIntangibles).build(), 2023))
        .containsExactly("/years/0/rdIntangibles");
    assertThat(RdRequest.missingFacts(firm(y2022, y2023).build(), 2023)).isEmpty();
    assertThatThrownBy(() -> RdRequest.missingFacts(null, 2023)).isInstanceOf(InvalidInputException.class);
  }
}
