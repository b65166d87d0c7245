package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcome;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.financing.riskpool.RiskPoolBaseRatio;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link RiskPoolEvaluator} on profiles against 深工信〔2023〕26号 第5条: "…对各商业银行在2023年1月1日至3月31日新增贷款
 * （展期视同新增）的风险损失补偿比例提高30个百分点，补偿比例最高为80%", with the built-in base ratio 30% (2019 细则 "总体按30%").
 * The figures are the calculator test's, reached through a profile: ratio × principal outstanding at first
 * non-performing classification, rounded half-up to the fen.
 */
public class RiskPoolEvaluatorTest {

  private static final MeasureId ID = RiskPoolMeasure.SHENZHEN_2023.id();
  private static final Catalog CATALOG = Catalog.builtIn();
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

  /** A GENERAL loan of 1,000,000.00, fully outstanding when non-performing a year after the grant, no exclusion. */
  private static LoanFacts.Builder bad(String id, LocalDate granted) {
    return LoanFacts.builder().loanId(id).principal(Cny.of("1000000.00")).drawdownDate(granted)
        .maturityDate(granted.plusYears(2)).annualInterestRate(Rate.parse("4%"))
        .riskPoolCategory(RiskPoolLoanCategory.GENERAL).underOtherRiskCompensation(false).guaranteed(false)
        .nonPerforming(NonPerformance.builder().since(granted.plusYears(1)).principalOutstanding(Cny.of("1000000.00"))
            .build());
  }

  private static EnterpriseProfile firm(LoanFacts... loans) {
    return EnterpriseProfile.builder().registrationRegionCode("440305").loans(List.of(loans)).build();
  }

  private static MeasureOutcome plain(RiskPoolMeasure measure, EnterpriseProfile profile) {
    Catalog.Entry entry = CATALOG.get(ID);
    return RiskPoolEvaluator.DEFAULT.evaluate(measure, profile,
        new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry));
  }

  private static MeasureOutcome explained(RiskPoolMeasure measure, EnterpriseProfile profile) {
    Catalog.Entry entry = CATALOG.get(ID);
    return RiskPoolEvaluator.DEFAULT.explain(measure, profile,
        new EvaluationContext(AS_OF, CATALOG.data(), EngineOptions.DEFAULTS, entry));
  }

  /** Both forms on a measure; they must agree, and the plain form carry no texts. */
  private static MeasureOutcome both(RiskPoolMeasure measure, EnterpriseProfile profile) {
    MeasureOutcome explained = explained(measure, profile);
    MeasureOutcome plain = plain(measure, profile);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.reasons()).isEmpty();
    assertThat(plain.notes()).isEmpty();
    assertThat(plain.explanation().steps()).isEmpty();
    return explained;
  }

  private static MeasureOutcome both(EnterpriseProfile profile) {
    return both(RiskPoolFixtures.POOL, profile);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_completeProfile_compensationToTheLender() {
    MeasureOutcome outcome = both(firm(bad("IN", LocalDate.of(2023, 2, 1)).build(),
        bad("OUT", LocalDate.of(2022, 12, 31)).build()));
    // IN granted in the 第5条 window: 1,000,000 × (30% + 30 pp) = 600,000.00
    // OUT granted the day before: 1,000,000 × 30% = 300,000.00; total 900,000.00
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(RiskPoolEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_LENDER);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("900000.00")));
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.bindingLimit()).isEmpty(); // 60% < 80%
    assertThat(outcome.notes()).extracting(Reason::code).contains("paid-to-lender")
        .doesNotContain("recoveries-returned", "category-not-given");
    // the explanation holds each loan's own claim explanation: both loans' exclusions, met
    assertThat(outcome.explanation().stepsOf(io.github.huiqi.core.result.ConditionStep.class))
        .extracting(io.github.huiqi.core.result.ConditionStep::outcome)
        .contains(io.github.huiqi.core.result.ConditionOutcome.MET);
    // a performing loan beside them adds nothing
    MeasureOutcome withGood = both(firm(bad("IN", LocalDate.of(2023, 2, 1)).build(),
        bad("GOOD", LocalDate.of(2023, 2, 1)).nonPerforming(Optional.empty()).build()));
    assertThat(withGood.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
  }

  @Test
  void test_largeBorrower_notInTheSmePool() {
    // 第5条 names the pool "市中小微企业银行贷款风险补偿资金池": a large firm's bad loan, granted in the window, which a
    // small firm would have compensated at 60% (600,000.00), is not the pool's; the condition is explained as not met
    EnterpriseProfile large = EnterpriseProfile.builder().from(firm(bad("IN", LocalDate.of(2023, 2, 1)).build()))
        .size(EnterpriseSize.LARGE).build();
    MeasureOutcome outcome = both(large);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-sme-borrower");
    assertThat(outcome.explanation().stepsOf(io.github.huiqi.core.result.ConditionStep.class))
        .extracting(io.github.huiqi.core.result.ConditionStep::outcome)
        .containsExactly(io.github.huiqi.core.result.ConditionOutcome.NOT_MET);
    // with its loans not given, still ineligible: no loan of a large firm is in the pool
    assertThat(both(EnterpriseProfile.builder().registrationRegionCode("440305").size(EnterpriseSize.LARGE).build())
        .verdict()).isEqualTo(Verdict.INELIGIBLE);
    // a medium firm is one of the pool's: 600,000.00 as for the small firm
    EnterpriseProfile medium = EnterpriseProfile.builder().from(firm(bad("IN", LocalDate.of(2023, 2, 1)).build()))
        .size(EnterpriseSize.MEDIUM).build();
    assertThat(both(medium).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
  }

  @Test
  void test_sizeNotGiven_figuresLarge_notInTheSmePool() {
    // no size stated, but the 2023 figures (the prior full year for 2024-06-30) of a manufacturer (C3484, 工业) are
    // 2,000 employees and 500,000,000 of revenue: 300号 第四条（二） "从业人员1000人以下或营业收入40000万元以下的为中小微型
    // 企业", so with both at or above the bound it is large and its loans are not the 中小微企业 pool's (第5条), where a
    // small firm's bad loan granted in the window would be compensated at 60% (600,000.00)
    EnterpriseProfile figuresLarge = EnterpriseProfile.builder().from(firm(bad("IN", LocalDate.of(2023, 2, 1)).build()))
        .industryCode("C3484").years(List.of(EnterpriseYear.builder().year(2023).employees(2000)
            .revenue(Cny.of("500000000")).build())).build();
    MeasureOutcome outcome = both(figuresLarge);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("not-sme-borrower");
    assertThat(CATALOG.evaluate(ID, figuresLarge, AS_OF).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // the same figures one step under the bound (999 employees): medium, one of the pool's borrowers: 600,000.00
    EnterpriseProfile figuresMedium = EnterpriseProfile.builder().from(figuresLarge).years(List.of(EnterpriseYear
        .builder().year(2023).employees(999).revenue(Cny.of("500000000")).build())).build();
    assertThat(both(figuresMedium).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
  }

  @Test
  void test_extensionCountsAsNew_andRecoveriesNoted() {
    // "展期视同新增": granted 2022-10-15 (outside), extended 2023-02-01 (inside): 30% + 30 pp = 60% → 600,000.00
    LoanFacts extended = bad("EXT", LocalDate.of(2022, 10, 15)).extensionDate(LocalDate.of(2023, 2, 1)).build();
    assertThat(both(firm(extended)).amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    // 100,000 recovered later: 100,000 × 60% = 60,000.00 returns to the pool; the amount stays the compensation
    LoanFacts recovered = bad("REC", LocalDate.of(2023, 2, 1)).nonPerforming(NonPerformance.builder()
        .since(LocalDate.of(2024, 2, 1)).principalOutstanding(Cny.of("1000000.00")).recoveries(Cny.of("100000"))
        .build()).build();
    MeasureOutcome outcome = both(firm(recovered));
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    assertThat(outcome.notes()).filteredOn(n -> n.code().equals("recoveries-returned"))
        .singleElement().satisfies(n -> assertThat(n.message().in(Locale.ENGLISH)).contains("60000.00"));
  }

  @Test
  void test_categoryNotGiven_exactWhenEveryRowAgrees() {
    // the built-in table is 30% for every category: the category cannot change 1,000,000 × 60% = 600,000.00
    LoanFacts uncategorised = bad("U", LocalDate.of(2023, 2, 1)).riskPoolCategory(Optional.empty()).build();
    MeasureOutcome outcome = both(firm(uncategorised));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    assertThat(outcome.missingFacts()).isEmpty();
    assertThat(outcome.notes()).extracting(Reason::code).contains("category-not-given");
  }

  @Test
  void test_categoryNotGiven_rangeWhenRowsDiffer() {
    // a host's table: FIRST_LOAN 50%, every other category GENERAL's 30%; granted 2023-04-01, no uplift:
    // GENERAL 1,000,000 × 30% = 300,000.00 … FIRST_LOAN 1,000,000 × 50% = 500,000.00
    RiskPoolMeasure pool = RiskPoolFixtures.POOL;
    RiskPoolBaseRatio general = pool.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    RiskPoolMeasure host = new RiskPoolMeasure(pool.id(), pool.clause(), pool.documentStatus(), pool.title(),
        List.of(general, new RiskPoolBaseRatio(RiskPoolLoanCategory.FIRST_LOAN,
            general.ratio().withValue(Rate.parse("50%")))), pool.upliftWindows(), pool.ceiling(), pool.lossBasis(),
        pool.returnRecoveries(), pool.rounding(), pool.exclusionRules(), pool.lossTrigger());
    LoanFacts uncategorised = bad("U", LocalDate.of(2023, 4, 1)).riskPoolCategory(Optional.empty()).build();
    MeasureOutcome outcome = both(host, firm(uncategorised));
    // every category compensates the loan: the category sets the amount only, so the loan qualifies, eligible with
    // the range (decisions register §4.6 item 42; it was undetermined before the QA audit)
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("300000.00"), Cny.of("500000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/riskPoolCategory");
    // with the category given: FIRST_LOAN 500,000.00 exactly
    MeasureOutcome given = both(host, firm(bad("F", LocalDate.of(2023, 4, 1))
        .riskPoolCategory(RiskPoolLoanCategory.FIRST_LOAN).build()));
    assertThat(given.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("500000.00")));
  }

  /** A host's table: FIRST_LOAN 50%, every other category GENERAL's 30%. */
  private static RiskPoolMeasure firstLoanAtHalf() {
    RiskPoolMeasure pool = RiskPoolFixtures.POOL;
    RiskPoolBaseRatio general = pool.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    return new RiskPoolMeasure(pool.id(), pool.clause(), pool.documentStatus(), pool.title(),
        List.of(general, new RiskPoolBaseRatio(RiskPoolLoanCategory.FIRST_LOAN,
            general.ratio().withValue(Rate.parse("50%")))), pool.upliftWindows(), pool.ceiling(), pool.lossBasis(),
        pool.returnRecoveries(), pool.rounding(), pool.exclusionRules(), pool.lossTrigger());
  }

  @Test
  void test_categoryNotGiven_theCategoryIsTheReasonAndEachRowIsShown() {
    // granted 2023-04-01, no uplift; every exclusion known and met: only the category is open, and every category
    // compensates, so the loan qualifies (decisions register §4.6 item 42; undetermined before the QA audit): the
    // reasons are the met conditions, the category a note; the step shows each row's compensation:
    // 1,000,000 × 30% = 300,000.00, FIRST_LOAN 1,000,000 × 50% = 500,000.00
    LoanFacts uncategorised = bad("U", LocalDate.of(2023, 4, 1)).riskPoolCategory(Optional.empty()).build();
    MeasureOutcome outcome = both(firstLoanAtHalf(), firm(uncategorised));
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("300000.00"), Cny.of("500000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/riskPoolCategory");
    assertThat(outcome.reasons()).extracting(Reason::code).doesNotContain("loan-category");
    assertThat(outcome.notes()).extracting(Reason::code).contains("category-not-given");
    assertThat(outcome.explanation().stepsOf(io.github.huiqi.core.result.InputStep.class))
        .filteredOn(step -> step.name().en().equals("loan category")).singleElement()
        .satisfies(step -> assertThat(step.value()).isEqualTo("not given; compensation by category: "
            + "GENERAL 300000.00, FIRST_LOAN 500000.00, CREDIT 300000.00, TECH_ENTERPRISE 300000.00, "
            + "INTELLECTUAL_PROPERTY 300000.00, GREEN 300000.00, INDIVIDUAL_BUSINESS 300000.00, "
            + "SMALL_MICRO_BUSINESS_OWNER 300000.00"));
    // another fact unknown as well: its reason is kept beside the category's; 0 if under another scheme, at most
    // FIRST_LOAN's 500,000.00
    LoanFacts alsoUnknown = bad("V", LocalDate.of(2023, 4, 1)).riskPoolCategory(Optional.empty())
        .underOtherRiskCompensation(Optional.empty()).build();
    MeasureOutcome both = both(firstLoanAtHalf(), firm(alsoUnknown));
    assertThat(both.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(both.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("500000.00")));
    assertThat(both.missingFacts())
        .containsExactly("/loans/0/underOtherRiskCompensation", "/loans/0/riskPoolCategory");
    assertThat(both.reasons()).extracting(Reason::code)
        .containsExactly("not-under-other-risk-compensation", "loan-category");
  }

  @Test
  void test_ceilingBinds_limitReported() {
    // a host's agreed 60% GENERAL row: 60% + 30 pp = 90% → capped at 80%: 1,000,000 × 80% = 800,000.00
    RiskPoolMeasure pool = RiskPoolFixtures.POOL;
    RiskPoolBaseRatio general = pool.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    RiskPoolMeasure host = new RiskPoolMeasure(pool.id(), pool.clause(), pool.documentStatus(), pool.title(),
        List.of(new RiskPoolBaseRatio(RiskPoolLoanCategory.GENERAL, general.ratio().withValue(Rate.parse("60%")))),
        pool.upliftWindows(), pool.ceiling(), pool.lossBasis(), pool.returnRecoveries(), pool.rounding(),
        pool.exclusionRules(), pool.lossTrigger());
    MeasureOutcome outcome = both(host, firm(bad("C", LocalDate.of(2023, 2, 1)).build()));
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("800000.00")));
    assertThat(outcome.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("ratio-ceiling");
      assertThat(limit.limit()).isEqualTo(Cny.of("800000.00"));
    });
  }

  @Test
  void test_ceilingBindsTheUpperEnd_limitReported() {
    // decisions register §4.6 item 88: the ceiling "补偿比例最高为80%" (第5条) binds an open range whose upper end it cut
    // (before, only an eligible loan's first category was read). A host's FIRST_LOAN row at 60%, GENERAL the built-in
    // 30%; granted 2023-02-01, in the window, +30 pp: GENERAL 60% → 600,000.00; FIRST_LOAN 90% → 80%: 800,000.00
    RiskPoolMeasure pool = RiskPoolFixtures.POOL;
    RiskPoolBaseRatio general = pool.baseRatioFor(RiskPoolLoanCategory.GENERAL);
    RiskPoolMeasure host = new RiskPoolMeasure(pool.id(), pool.clause(), pool.documentStatus(), pool.title(),
        List.of(general, new RiskPoolBaseRatio(RiskPoolLoanCategory.FIRST_LOAN,
            general.ratio().withValue(Rate.parse("60%")))), pool.upliftWindows(), pool.ceiling(), pool.lossBasis(),
        pool.returnRecoveries(), pool.rounding(), pool.exclusionRules(), pool.lossTrigger());
    MeasureOutcome open = both(host, firm(bad("U", LocalDate.of(2023, 2, 1)).riskPoolCategory(Optional.empty())
        .build()));
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("600000.00"), Cny.of("800000.00")));
    assertThat(open.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("ratio-ceiling");
      assertThat(limit.limit()).isEqualTo(Cny.of("800000.00"));
      assertThat(limit.citation()).isEqualTo(pool.ceiling().citation());
    });
    // a FIRST_LOAN loan whose other-scheme fact is not given: 0 if under another scheme, else 800,000.00, the
    // ceiling the upper end
    MeasureOutcome undetermined = both(host, firm(bad("V", LocalDate.of(2023, 2, 1))
        .riskPoolCategory(RiskPoolLoanCategory.FIRST_LOAN).underOtherRiskCompensation(Optional.empty()).build()));
    assertThat(undetermined.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(undetermined.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("800000.00")));
    assertThat(undetermined.bindingLimit().map(limit -> limit.limit())).contains(Cny.of("800000.00"));
    // below the ceiling (the built-in 30% + 30 pp = 60%: 0 – 600,000.00): none
    assertThat(both(firm(bad("W", LocalDate.of(2023, 2, 1)).underOtherRiskCompensation(Optional.empty()).build()))
        .bindingLimit()).isEmpty();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_missingExclusionFact_rangeFromZero() {
    LoanFacts unknown = bad("U", LocalDate.of(2023, 2, 1)).underOtherRiskCompensation(Optional.empty())
        .build();
    MeasureOutcome outcome = both(firm(unknown));
    // 0 if under another scheme, 600,000.00 if not
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("600000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/underOtherRiskCompensation");

    MeasureOutcome noLoans = both(EnterpriseProfile.builder().registrationRegionCode("440305").build());
    assertThat(noLoans.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noLoans.amount()).isEqualTo(OutcomeAmount.atLeast(Cny.ZERO));
    assertThat(noLoans.missingFacts()).containsExactly("/loans");
  }

  @Test
  void test_guaranteeNotKnown_namedOnce() {
    // whether the loan is guaranteed is not known, and no guarantee is recorded: the re-guarantee, asked only of a
    // guaranteed loan, waits on the same fact; 0 if guaranteed, 600,000.00 (1,000,000 × 60%) if not
    LoanFacts unknown = bad("U", LocalDate.of(2023, 2, 1)).guaranteed(Optional.empty()).build();
    MeasureOutcome outcome = both(firm(unknown));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0"), Cny.of("600000.00")));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guaranteed");
    assertOutcome(outcome.explanation(), "not guaranteed by a financing-guarantee", UNKNOWN);
    assertOutcome(outcome.explanation(), "not covered by re-guarantee", UNKNOWN);
  }

  @Test
  void test_guaranteedWithoutARecord_excludedTheReGuaranteeNotKnown() {
    // known to be guaranteed, with no guarantee record: excluded (2018 rules); whether it is re-guaranteed is not
    // known, and not a reason of the exclusion
    LoanFacts guaranteed = bad("G", LocalDate.of(2023, 2, 1)).guaranteed(true).build();
    MeasureOutcome outcome = both(firm(guaranteed));
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.reasons()).extracting(Reason::code).containsExactly("guaranteed-by-financing-guarantor");
    assertOutcome(outcome.explanation(), "not guaranteed by a financing-guarantee", NOT_MET);
    assertOutcome(outcome.explanation(), "not covered by re-guarantee", UNKNOWN);
    // known not to be guaranteed: not re-guaranteed either, so both exclusions are met: 600,000.00
    MeasureOutcome not = both(firm(bad("N", LocalDate.of(2023, 2, 1)).guaranteed(false).build()));
    assertThat(not.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    assertOutcome(not.explanation(), "not guaranteed by a financing-guarantee", MET);
    assertOutcome(not.explanation(), "not covered by re-guarantee", MET);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_noBadLoanOrExcluded_ineligibleZero() {
    MeasureOutcome empty = both(firm());
    assertThat(empty.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(empty.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(empty.reasons()).extracting(Reason::code).containsExactly("no-non-performing-loan");
    MeasureOutcome performing = both(firm(bad("G", LocalDate.of(2023, 2, 1))
        .nonPerforming(Optional.empty()).build()));
    assertThat(performing.verdict()).isEqualTo(Verdict.INELIGIBLE);
    // a loan with a guarantee is guaranteed by a financing-guarantee company: excluded (2018 rules)
    LoanFacts guaranteed = bad("GU", LocalDate.of(2023, 2, 1))
        .guaranteed(true).guarantee(LoanGuarantee.builder().governmentGuarantor(true).build()).build();
    MeasureOutcome excluded = both(firm(guaranteed));
    assertThat(excluded.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(excluded.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(excluded.reasons()).extracting(Reason::code).containsExactly("guaranteed-by-financing-guarantor");
    LoanFacts other = bad("O", LocalDate.of(2023, 2, 1)).underOtherRiskCompensation(true).build();
    assertThat(both(firm(other)).reasons()).extracting(Reason::code)
        .containsExactly("under-other-risk-compensation");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badFact_outstandingAbovePrincipal() {
    LoanFacts over = bad("X", LocalDate.of(2023, 2, 1)).nonPerforming(NonPerformance.builder()
        .since(LocalDate.of(2024, 2, 1)).principalOutstanding(Cny.of("1000000.01")).build()).build();
    assertField(() -> both(firm(bad("OK", LocalDate.of(2023, 2, 1)).build(), over)),
        "/loans/1/nonPerforming/principalOutstanding");
    assertField(() -> plain(RiskPoolFixtures.POOL, firm(over)), "/loans/0/nonPerforming/principalOutstanding");
  }

  @Test
  void test_catalogue_runsTheEvaluator() {
    MeasureOutcome outcome = CATALOG.evaluate(ID, firm(bad("IN", LocalDate.of(2023, 2, 1)).build()), AS_OF);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("600000.00")));
    assertThat(outcome.clauseLabel()).isEqualTo("深工信〔2023〕26号 第5条");
  }

  @Test
  void test_namedPointers_resolveInAFullProfile() throws Exception {
    LoanFacts full = bad("F", LocalDate.of(2023, 2, 1)).extensionDate(LocalDate.of(2023, 3, 1))
        .guaranteed(true).guarantee(LoanGuarantee.builder().reGuaranteed(false).build())
        .nonPerforming(NonPerformance.builder().since(LocalDate.of(2024, 2, 1)).principalOutstanding(Cny.of("1"))
            .accruedInterest(Cny.of("1")).recoveries(Cny.of("1")).build()).build();
    JsonNode json = new ObjectMapper().readTree(HuiqiJson.write(firm(full)));
    for (String pointer : List.of("/loans", "/loans/0/riskPoolCategory", "/loans/0/underOtherRiskCompensation",
        "/loans/0/guarantee", "/loans/0/guarantee/reGuaranteed", "/loans/0/nonPerforming/principalOutstanding",
        "/loans/0/nonPerforming/since", "/loans/0/drawdownDate", "/loans/0/extensionDate", "/loans/0/principal")) {
      assertThat(json.at(pointer).isMissingNode()).as(pointer).isFalse();
    }
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_formsAgreeAndRangesHold(long seed) {
    Random random = new Random(seed);
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < 1 + random.nextInt(4); i++) {
      LocalDate granted = Generators.date(random, LocalDate.of(2022, 1, 1), LocalDate.of(2023, 12, 31));
      BigDecimal principal = Generators.yuan(random, 1, 5_000_000);
      LoanFacts.Builder loan = bad("R" + i, granted).principal(Cny.of(principal))
          .nonPerforming(NonPerformance.builder().since(granted.plusDays(random.nextInt(700)))
              .principalOutstanding(Cny.of(principal.multiply(BigDecimal.valueOf(random.nextInt(101)))
                  .divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN))).build());
      if (random.nextInt(4) == 0) {
        loan.nonPerforming(Optional.empty());
      }
      if (random.nextInt(4) == 0) {
        loan.underOtherRiskCompensation(Optional.empty());
      }
      if (random.nextInt(4) == 0) {
        loan.riskPoolCategory(Optional.empty());
      }
      if (random.nextInt(6) == 0) {
        loan.guaranteed(true).guarantee(LoanGuarantee.builder().build());
      }
      loans.add(loan.build());
    }
    MeasureOutcome outcome = both(firm(loans.toArray(LoanFacts[]::new)));
    // every ratio is at most 80%: the most the pool pays is 80% of the outstanding principal, summed
    BigDecimal outstanding = loans.stream().flatMap(l -> l.nonPerforming().stream())
        .map(n -> Cny.yuan(n.principalOutstanding(), "o")).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertThat(outcome.amount().maximum().orElseThrow())
        .isLessThanOrEqualTo(Cny.of(outstanding.multiply(new BigDecimal("0.8"))));
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    }
  }
}
