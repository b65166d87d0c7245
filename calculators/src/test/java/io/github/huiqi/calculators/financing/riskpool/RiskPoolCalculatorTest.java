package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.claim;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.date;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcome;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-worked cases of 深工信〔2023〕26号 第5条 and the pool rules (domain reference §2.1, §4.2). */
class RiskPoolCalculatorTest {

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
      // 惠企纾困"30条" window 2022-03-01..2022-06-30: the day before, first day, last day, day after
      "2022-02-28, 300000.00",  // base only: 1,000,000 × 30% = 300,000.00
      "2022-03-01, 600000.00",  // 1,000,000 × (30% + 30 pp) = 600,000.00
      "2022-06-30, 600000.00",  // 1,000,000 × 60% = 600,000.00
      "2022-07-01, 300000.00",  // 1,000,000 × 30% = 300,000.00
      // 第5条 window 2023-01-01..2023-03-31
      "2022-12-31, 300000.00",  // 1,000,000 × 30% = 300,000.00
      "2023-01-01, 600000.00",  // 1,000,000 × 60% = 600,000.00
      "2023-03-31, 600000.00",  // 1,000,000 × 60% = 600,000.00
      "2023-04-01, 300000.00",  // 1,000,000 × 30% = 300,000.00
  })
  void test_windows_firstAndLastDaysAndTheDaysOutside(LocalDate granted, BigDecimal expected) {
    RiskPoolClaim loan = claim("L", granted).build();
    assertThat(yuan(CALCULATOR.compensation(POOL, loan))).isEqualByComparingTo(expected);
    RiskPoolLoanCompensation explained = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(explained.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(explained.upliftWindow().isPresent()).isEqualTo(expected.compareTo(new BigDecimal("600000")) == 0);
  }

  @Test
  void test_extension_extensionDateInsideOriginalGrantOutside() {
    // 第5条 "展期视同新增": granted 2022-10-15 (outside), extended 2023-02-01 (inside) → 30% + 30 pp = 60%
    RiskPoolClaim loan = claim("EXT", date(2022, 10, 15)).extensionDate(date(2023, 2, 1))
        .firstNonPerformingDate(date(2023, 9, 30)).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.effectiveGrantDate()).isEqualTo(date(2023, 2, 1));
    assertThat(result.upliftWindow()).contains(DateRange.of(date(2023, 1, 1), date(2023, 3, 31)));
    assertThat(result.ratio()).isEqualTo(Rate.parse("60%"));
    // 1,000,000 × 60% = 600,000.00
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("600000.00");
    assertThat(result.explanation().render(Locale.SIMPLIFIED_CHINESE)).contains("展期视同新增");
  }

  @Test
  void test_extension_originalGrantInsideExtensionOutside() {
    // the extension date counts as the grant date: granted 2023-02-01 (inside), extended 2023-05-01 (outside)
    // → base 30% only: 1,000,000 × 30% = 300,000.00
    RiskPoolClaim loan = claim("EXT2", date(2023, 2, 1)).extensionDate(date(2023, 5, 1)).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.upliftWindow()).isEmpty();
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("300000.00");
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "base {0}, granted {1} → ratio {2}, {3}")
  @CsvSource({
      "50%, 2023-02-01, 80%, 800000.00, false",     // 50% + 30 pp = 80% exactly, ceiling reached not exceeded
      "49%, 2023-02-01, 79%, 790000.00, false",     // 49% + 30 pp = 79%: 1,000,000 × 79% = 790,000.00
      "51%, 2023-02-01, 80%, 800000.00, true",      // 51% + 30 pp = 81% → capped at 80% = 800,000.00
      "60%, 2023-02-01, 80%, 800000.00, true",      // custom 60% + 30 pp = 90% → capped at 80% = 800,000.00
      "80%, 2023-02-01, 80%, 800000.00, true",      // 80% + 30 pp = 110% → 80%
      "60%, 2023-04-01, 60%, 600000.00, false",     // no uplift: 60% stays: 600,000.00
      "80%, 2023-04-01, 80%, 800000.00, false",     // base at the ceiling: 800,000.00
      "0%, 2023-02-01, 30%, 300000.00, false",      // 0% + 30 pp = 30%: 300,000.00
  })
  void test_ratio_upliftThenCeiling(String base, LocalDate granted, String ratio, BigDecimal expected,
      boolean capped) {
    RiskPoolClaim loan = claim("R", granted).baseRatio(Rate.parse(base)).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.baseRatio()).isEqualTo(Rate.parse(base));
    assertThat(result.ratio()).isEqualTo(Rate.parse(ratio));
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo(expected);
    assertThat(result.bindingLimit().isPresent()).isEqualTo(capped);
    CapStep ceiling = result.explanation().stepsOf(CapStep.class).get(0);
    // the 80% ceiling, held as the fraction 0.8 and shown as "80%"
    assertThat(ceiling.rate()).isTrue();
    assertThat(ceiling.limit()).isEqualByComparingTo("0.8");
    assertThat(ceiling.render(java.util.Locale.ENGLISH)).contains(" 80%; ");
    assertThat(ceiling.isBinding()).isEqualTo(capped);
  }

  @Test
  void test_ratio_baseAboveCeilingIsBadInput() {
    RiskPoolClaim loan = claim("R", date(2023, 4, 1)).baseRatio(Rate.parse("80.01%")).build();
    assertThatThrownBy(() -> CALCULATOR.explainCompensation(POOL, loan))
        .isInstanceOfSatisfying(io.github.huiqi.core.error.InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("baseRatio"));
  }

  @Test
  void test_ratio_tableRowForCategory() {
    // the built-in rows are all 30% (GENERAL from the 2019 细则; others the documented default)
    RiskPoolClaim loan = claim("G", date(2023, 3, 1)).category(RiskPoolLoanCategory.GREEN).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.category()).isEqualTo(RiskPoolLoanCategory.GREEN);
    assertThat(result.baseRatio()).isEqualTo(Rate.parse("30%"));
    // 1,000,000 × (30% + 30 pp) = 600,000.00
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("600000.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_exclusions_eachKnownExclusionGivesItsReason() {
    RiskPoolLoanCompensation guaranteed = CALCULATOR.explainCompensation(POOL,
        claim("A", date(2023, 2, 1)).guaranteedByFinancingGuarantor(true).build());
    RiskPoolLoanCompensation reGuaranteed = CALCULATOR.explainCompensation(POOL,
        claim("B", date(2023, 2, 1)).reGuaranteed(true).build());
    RiskPoolLoanCompensation other = CALCULATOR.explainCompensation(POOL,
        claim("C", date(2023, 2, 1)).underOtherRiskCompensation(true).build());
    assertThat(guaranteed.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("guaranteed-by-financing-guarantor");
    assertThat(reGuaranteed.eligibility().reasons()).extracting(Reason::code).containsExactly("re-guaranteed");
    assertThat(other.eligibility().reasons()).extracting(Reason::code)
        .containsExactly("under-other-risk-compensation");
    for (RiskPoolLoanCompensation excluded : new RiskPoolLoanCompensation[] {guaranteed, reGuaranteed, other}) {
      assertThat(excluded.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(excluded.compensation().isExact()).isTrue();
      assertThat(yuan(excluded.compensation().maximum())).isZero();
      assertThat(excluded.bindingLimit()).isEmpty();
      // the ratio is still reported: 30% + 30 pp = 60%
      assertThat(excluded.ratio()).isEqualTo(Rate.parse("60%"));
    }
    assertThat(yuan(CALCULATOR.compensation(POOL, claim("A", date(2023, 2, 1))
        .guaranteedByFinancingGuarantor(true).build()))).isZero();
  }

  @Test
  void test_exclusions_unknownFactLeavesTheLoanUndetermined() {
    RiskPoolClaim loan = RiskPoolClaim.builder().loanId("U").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(date(2023, 2, 1)).firstNonPerformingDate(date(2024, 2, 1))
        .principalOutstanding(Cny.of("500000")).guaranteedByFinancingGuarantor(false).underOtherRiskCompensation(false)
        .build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/reGuaranteed");
    // range 0 .. 500,000 × 60% = 300,000.00
    assertThat(yuan(result.compensation().minimum())).isZero();
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("300000.00");
    assertThat(result.explanation().stepsOf(ConditionStep.class)).extracting(ConditionStep::outcome)
        .contains(ConditionOutcome.UNKNOWN);
    assertThatThrownBy(() -> CALCULATOR.compensation(POOL, loan))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/reGuaranteed"));
  }

  @Test
  void test_exclusions_eachUnknownFactIsNamed() {
    // all three exclusion facts unknown: undetermined, each named; range 0 .. 1,000,000 × 60% = 600,000.00
    RiskPoolClaim loan = RiskPoolClaim.builder().loanId("U3").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(date(2023, 3, 31)).firstNonPerformingDate(date(2024, 3, 31))
        .principalOutstanding(Cny.of("1000000")).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.eligibility().missingFacts()).containsExactly("/guaranteedByFinancingGuarantor",
        "/reGuaranteed", "/underOtherRiskCompensation");
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("600000.00");
    assertThat(yuan(result.compensation().minimum())).isZero();
  }

  @Test
  void test_exclusions_knownExclusionWinsOverUnknown() {
    RiskPoolClaim loan = RiskPoolClaim.builder().loanId("K").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(date(2023, 2, 1)).firstNonPerformingDate(date(2024, 2, 1))
        .principalOutstanding(Cny.of("500000")).guaranteedByFinancingGuarantor(true).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(yuan(result.compensation().maximum())).isZero();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_loss_defaultIsPrincipalOutstanding() {
    // 1,000,000 granted, 750,000.50 outstanding at classification, 2023-04-01 (no uplift):
    // 750,000.50 × 30% = 225,000.15
    RiskPoolClaim loan = claim("P", date(2023, 4, 1)).principalOutstanding(Cny.of("750000.50"))
        .accruedInterest(Cny.of("9999.99")).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(result.lossBasis()).isEqualTo(RiskPoolLossBasis.PRINCIPAL);
    assertThat(yuan(result.compensableLoss())).isEqualByComparingTo("750000.50");
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("225000.15");
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class).get(0).overridden()).isFalse();
  }

  @Test
  void test_loss_principalAndInterestOption() {
    // 800,000.00 + 12,345.67 = 812,345.67 × 30% = 243,703.701 → half-up 243,703.70
    RiskPoolClaim loan = claim("PI", date(2023, 4, 1)).principalOutstanding(Cny.of("800000.00"))
        .accruedInterest(Cny.of("12345.67")).build();
    RiskPoolOptions options = RiskPoolOptions.DEFAULTS
        .withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST);
    RiskPoolLoanCompensation result = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(loan))
        .withOptions(options)).claims().get(0).compensation().orElseThrow();
    assertThat(yuan(result.compensableLoss())).isEqualByComparingTo("812345.67");
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("243703.70");
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class).get(0).overridden()).isTrue();
  }

  @Test
  void test_loss_principalAndInterestWithoutInterestIsBadInput() {
    RiskPoolClaim loan = claim("PI", date(2023, 4, 1)).build();
    RiskPoolOptions options = RiskPoolOptions.DEFAULTS
        .withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST);
    RiskPoolClaimOutcome outcome = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(loan))
        .withOptions(options)).claims().get(0);
    assertThat(outcome.compensation()).isEmpty();
    assertThat(outcome.failure().orElseThrow().field()).isEqualTo("/claims/0/accruedInterest");
  }

  @Test
  void test_rounding_halfUpToTheFen() {
    // 333.33 × 30% = 99.999 → 100.00 (half-up, domain §4.5 item 35)
    RiskPoolClaim loan = claim("S", date(2023, 4, 1)).principalOutstanding(Cny.of("333.33")).build();
    assertThat(yuan(CALCULATOR.compensation(POOL, loan))).isEqualByComparingTo("100.00");
    // 0.05 × 30% = 0.015 → 0.02
    RiskPoolClaim tiny = claim("T", date(2023, 4, 1)).principalOutstanding(Cny.of("0.05")).build();
    assertThat(yuan(CALCULATOR.compensation(POOL, tiny))).isEqualByComparingTo("0.02");
  }

  @Test
  void test_rounding_neverCrossesTheCeiling() {
    // 0.01 × 79.99% = 0.007999 would round half-up to 0.01 = 100% of the loss; 80% × 0.01 = 0.008 → 0.00 (down)
    RiskPoolClaim loan = claim("C", date(2023, 4, 1)).principalOutstanding(Cny.of("0.01"))
        .baseRatio(Rate.parse("79.99%")).build();
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, loan);
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("0.00");
    assertThat(result.bindingLimit()).isPresent();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_recoveries_returnedProRata() {
    // ratio 60%; compensation 600,000.00; recoveries 100,000.00 × 60% = 60,000.00; net 540,000.00
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL,
        claim("RC", date(2023, 2, 1)).recoveries(Cny.of("100000.00")).build());
    assertThat(yuan(result.compensation().maximum())).isEqualByComparingTo("600000.00");
    assertThat(yuan(result.recoveryReturn().maximum())).isEqualByComparingTo("60000.00");
    assertThat(yuan(result.netCompensation().maximum())).isEqualByComparingTo("540000.00");
  }

  @Test
  void test_recoveries_returnNeverMoreThanTheCompensation() {
    // recoveries 2,000,000.00 × 60% = 1,200,000.00 → capped at the compensation 600,000.00; net 0.00
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL,
        claim("RC", date(2023, 2, 1)).recoveries(Cny.of("2000000.00")).build());
    assertThat(yuan(result.recoveryReturn().maximum())).isEqualByComparingTo("600000.00");
    assertThat(yuan(result.netCompensation().maximum())).isEqualByComparingTo("0.00");
    assertThat(result.explanation().stepsOf(CapStep.class)).anyMatch(CapStep::isBinding);
  }

  @Test
  void test_recoveries_optionOff() {
    // option off: no return; net = compensation 600,000.00
    RiskPoolRequest request = RiskPoolRequest.of(List.of(claim("RC", date(2023, 2, 1))
        .recoveries(Cny.of("100000.00")).build())).withOptions(RiskPoolOptions.DEFAULTS.withReturnRecoveries(false));
    RiskPoolLoanCompensation result = CALCULATOR.explainClaims(POOL, request).claims().get(0).compensation()
        .orElseThrow();
    assertThat(yuan(result.recoveryReturn().maximum())).isZero();
    assertThat(yuan(result.netCompensation().maximum())).isEqualByComparingTo("600000.00");
  }

  @Test
  void test_recoveries_roundedHalfUp() {
    // ratio 30%; recoveries 0.05 × 30% = 0.015 → 0.02
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL,
        claim("RC", date(2023, 4, 1)).recoveries(Cny.of("0.05")).build());
    assertThat(yuan(result.recoveryReturn().maximum())).isEqualByComparingTo("0.02");
    // net 300,000.00 − 0.02 = 299,999.98
    assertThat(yuan(result.netCompensation().maximum())).isEqualByComparingTo("299999.98");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_explanation_citesTheClauseInBothLanguages() {
    RiskPoolLoanCompensation result = CALCULATOR.explainCompensation(POOL, claim("E", date(2023, 2, 1)).build());
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    assertThat(zh).contains("深工信〔2023〕26号 第5条").contains("补偿比例上限");
    assertThat(en).contains("ceiling on the ratio").contains("compensation before rounding");
    // the loan's category in Chinese words in the Chinese text (it once read "基础补偿比例（GENERAL）")
    assertThat(zh).contains("计算：基础补偿比例（中小微企业贷款） = table[GENERAL] = ").doesNotContain("（GENERAL）");
  }

  //-------------------------------------------------------------------------
  // The explanation: the three exclusions of the pool rules (not guaranteed by a financing-guarantee company, not
  // re-guaranteed, not under another scheme), then one condition for each uplift window (惠企纾困"30条"
  // 2022-03-01..2022-06-30, 第5条 2023-01-01..2023-03-31), met when the effective grant date falls inside it.

  private static final String WINDOW_2022 = "within 2022-03-01..2022-06-30";
  private static final String WINDOW_2023 = "within 2023-01-01..2023-03-31";

  @ParameterizedTest(name = "{0}: 2022 window {1}, 2023 window {2}")
  @CsvSource({
      "2022-02-28, NOT_MET, NOT_MET",
      "2022-03-01, MET, NOT_MET",
      "2022-06-30, MET, NOT_MET",
      "2022-07-01, NOT_MET, NOT_MET",
      "2022-12-31, NOT_MET, NOT_MET",
      "2023-01-01, NOT_MET, MET",
      "2023-03-31, NOT_MET, MET",
      "2023-04-01, NOT_MET, NOT_MET",
  })
  void test_conditions_upliftWindows(LocalDate granted, ConditionOutcome in2022, ConditionOutcome in2023) {
    Explanation explanation = CALCULATOR.explainCompensation(POOL, claim("L", granted).build()).explanation();
    assertOutcomes(explanation, MET, MET, MET, in2022, in2023);
    assertThat(detailsOf(explanation, WINDOW_2023)).containsExactly("grantDate = " + granted);
  }

  @Test
  void test_conditions_extensionCountsAsTheGrant() {
    // granted 2022-10-15 (outside both), extended 2023-02-01 (inside the 2023 window): 展期视同新增
    Explanation explanation = CALCULATOR.explainCompensation(POOL, claim("EXT", date(2022, 10, 15))
        .extensionDate(date(2023, 2, 1)).firstNonPerformingDate(date(2023, 9, 30)).build()).explanation();
    assertOutcome(explanation, WINDOW_2022, NOT_MET);
    assertOutcome(explanation, WINDOW_2023, MET);
    assertThat(detailsOf(explanation, WINDOW_2023))
        .containsExactly("extensionDate = 2023-02-01 (展期视同新增; grantDate 2022-10-15)");
  }

  @Test
  void test_conditions_eachExclusion() {
    assertOutcomes(CALCULATOR.explainCompensation(POOL, claim("A", date(2023, 2, 1))
        .guaranteedByFinancingGuarantor(true).build()).explanation(), NOT_MET, MET, MET, NOT_MET, MET);
    assertOutcomes(CALCULATOR.explainCompensation(POOL, claim("B", date(2023, 2, 1))
        .reGuaranteed(true).build()).explanation(), MET, NOT_MET, MET, NOT_MET, MET);
    assertOutcomes(CALCULATOR.explainCompensation(POOL, claim("C", date(2023, 2, 1))
        .underOtherRiskCompensation(true).build()).explanation(), MET, MET, NOT_MET, NOT_MET, MET);
    // none of the three known: each UNKNOWN, the window still decided
    RiskPoolClaim unknown = RiskPoolClaim.builder().loanId("U").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of("1000000")).grantDate(date(2023, 2, 1)).firstNonPerformingDate(date(2024, 2, 1))
        .principalOutstanding(Cny.of("500000")).build();
    assertOutcomes(CALCULATOR.explainCompensation(POOL, unknown).explanation(), UNKNOWN, UNKNOWN, UNKNOWN, NOT_MET,
        MET);
  }

  @Test
  void test_explanation_everyStepShown() {
    // table ratio, in the 2023 window: the loan, the two defaults, five conditions, the table's base ratio, the
    // uplifted ratio, the ceiling, the loss, the compensation before rounding, the rounding
    Explanation uplifted = CALCULATOR.explainCompensation(POOL, claim("L", date(2023, 2, 1)).build()).explanation();
    assertThat(kinds(uplifted)).containsExactly(InputStep.class, DefaultUsedStep.class, DefaultUsedStep.class,
        ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        CalculationStep.class, CalculationStep.class, CapStep.class, CalculationStep.class, CalculationStep.class,
        RoundingStep.class);
    assertThat(uplifted.stepsOf(InputStep.class).get(0).value()).isEqualTo("GENERAL, principal 1000000.00 CNY, "
        + "granted 2023-02-01, first non-performing 2024-02-01, principal outstanding 1000000.00 CNY");
    // an agreed base ratio outside the windows, with recoveries: the agreed ratio is an input, no uplift; the
    // recovery's return, its rounding and its cap follow
    Explanation agreed = CALCULATOR.explainCompensation(POOL, claim("L", date(2023, 4, 1))
        .baseRatio(Rate.parse("40%")).recoveries(Cny.of("1000.00")).build()).explanation();
    assertThat(kinds(agreed)).containsExactly(InputStep.class, DefaultUsedStep.class, DefaultUsedStep.class,
        ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        InputStep.class, CapStep.class, CalculationStep.class, CalculationStep.class, RoundingStep.class,
        CalculationStep.class, RoundingStep.class, CapStep.class);
    assertThat(agreed.stepsOf(InputStep.class).get(1).value()).isEqualTo(Rate.parse("40%").toString());
  }

  @Test
  void test_explanation_formulasShowWhatWasUsed() {
    // an extended GREEN loan: the input names the extension; the base ratio is the GREEN row of the table
    Explanation green = CALCULATOR.explainCompensation(POOL, claim("G", date(2022, 10, 15))
        .category(RiskPoolLoanCategory.GREEN).extensionDate(date(2023, 2, 1)).firstNonPerformingDate(date(2023, 9, 30))
        .build()).explanation();
    assertThat(green.stepsOf(InputStep.class).get(0).value()).contains("granted 2022-10-15, extended 2023-02-01, ");
    assertThat(green.stepsOf(CalculationStep.class).get(0).formula()).isEqualTo("table[GREEN]");
    // the loss: principal outstanding alone by default; with the option, plus the accrued interest
    RiskPoolClaim withInterest = claim("PI", date(2023, 4, 1)).principalOutstanding(Cny.of("800000.00"))
        .accruedInterest(Cny.of("12345.67")).build();
    Explanation principal = CALCULATOR.explainCompensation(POOL, withInterest).explanation();
    assertThat(principal.stepsOf(CalculationStep.class)).extracting(CalculationStep::formula)
        .contains("principalOutstanding 800000.00");
    // the three-argument form takes the options: 800,000.00 + 12,345.67 = 812,345.67 × 30% = 243,703.70
    RiskPoolLoanCompensation both = CALCULATOR.explainCompensation(POOL, withInterest,
        RiskPoolOptions.DEFAULTS.withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST));
    assertThat(both.explanation().stepsOf(CalculationStep.class)).extracting(CalculationStep::formula)
        .contains("principalOutstanding 800000.00 + accruedInterest 12345.67");
    assertThat(yuan(both.compensation().maximum())).isEqualByComparingTo("243703.70");
  }

  @Test
  void test_explanation_amountCeilingShownWhenItBinds() {
    // 0.01 × 79.99% would round to 0.01, above 80% × 0.01 = 0.008 → 0.00: a second cap step, on the amount
    RiskPoolLoanCompensation capped = CALCULATOR.explainCompensation(POOL, claim("C", date(2023, 4, 1))
        .principalOutstanding(Cny.of("0.01")).baseRatio(Rate.parse("79.99%")).build());
    assertThat(capped.explanation().stepsOf(CapStep.class)).hasSize(2);
    assertThat(capped.explanation().stepsOf(CapStep.class).get(1).isBinding()).isTrue();
    // 1,000,000 × 30% = 300,000.00 is below 80% × 1,000,000: only the ratio's cap step
    assertThat(CALCULATOR.explainCompensation(POOL, claim("L", date(2023, 4, 1)).build()).explanation()
        .stepsOf(CapStep.class)).hasSize(1);
  }
}
