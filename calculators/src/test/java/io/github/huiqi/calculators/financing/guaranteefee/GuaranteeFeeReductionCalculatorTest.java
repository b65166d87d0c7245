package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.ExplainedConditions.kinds;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link GuaranteeFeeReductionCalculator} against 深工信〔2023〕26号 第6条: "2023年，政府性融资担保机构针对小微企业的担保费率
 * 最高减免40%、且不高于1%". Every expected figure is worked by hand in the comment beside it.
 */
public class GuaranteeFeeReductionCalculatorTest {

  private static final GuaranteeFeeReductionMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeReductionCalculator SUT = GuaranteeFeeReductionCalculator.DEFAULT;
  private static final LocalDate START = LocalDate.of(2023, 3, 1);
  // 366 days (2024-02-29 lies inside) but 12 whole months: the default basis (whole months ÷ 12 plus odd days ÷ 360,
  // domain reference §4.3 item 21) makes the period 12/12 = 360/360 of a year, ACT/360 would make it 366/360
  private static final LocalDate END = LocalDate.of(2024, 3, 1);

  private static GuaranteeFeeReductionRequest request(String standard) {
    return GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"), Rate.parse(standard), START,
        END);
  }

  private static GuaranteeFeeReductionRequest request(String standard, String reduction) {
    return request(standard).withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.parse(reduction)));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_builtInMeasure_parametersFromTheClause() {
    assertThat(MEASURE.maximumReduction().value()).isEqualTo(Rate.parse("40%"));
    assertThat(MEASURE.feeRateCeiling().value()).isEqualTo(Rate.parse("1%"));
    assertThat(MEASURE.reGuaranteeReduction().value()).isEqualTo(Rate.ZERO);
    assertThat(MEASURE.eligibleBorrowerSizes().value()).containsExactly(EnterpriseSize.SMALL, EnterpriseSize.MICRO);
    // no source fixes the fee basis: a library default, 年费率 × 期限(月) ÷ 12 (domain reference §4.3 item 21)
    assertThat(MEASURE.dayCount().value()).isEqualTo(DayCount.WHOLE_MONTHS);
    assertThat(MEASURE.dayCount().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(MEASURE.dayCount().citation().article()).isEqualTo("decisions register §4.3");
    assertThat(MEASURE.dayCount().citation().item()).hasValue("21");
    assertThat(MEASURE.documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
  }

  @Test
  void test_receipt_issuedUnlessOmitted() {
    // 第6条: 1,000,000 × 1.5% × (1 − 40%) × 12/12 = 9,000.00 either way; only the receipt is left out when asked
    GuaranteeFeeReductionResult issued = SUT.explainFee(MEASURE, request("1.5%"), ReceiptChoice.ISSUE);
    GuaranteeFeeReductionResult omitted = SUT.explainFee(MEASURE, request("1.5%"), ReceiptChoice.OMIT);
    assertThat(issued.explanation().receipt()).isPresent();
    assertThat(omitted.explanation().receipt()).isEmpty();
    assertThat(omitted.amount().minimum()).isEqualTo(Cny.of("9000.00"));
  }

  @Test
  void test_fee_maximumReductionBelowCeiling() {
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, request("1.5%"));
    // 第6条: 1.5% × (1 − 40%) = 0.9% ≤ 1%, so the ceiling is not binding
    assertThat(result.reducedFeeRate()).isEqualTo(Rate.parse("0.9%"));
    assertThat(result.ceilingBinding()).isFalse();
    assertThat(result.limitsConflict()).isFalse();
    // 1,000,000 × 0.9% × 12/12 = 9,000.00
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("9000.00"));
    assertThat(result.amount().isExact()).isTrue();
    // standard: 1,000,000 × 1.5% × 12/12 = 15,000.00
    assertThat(result.standardFee()).isEqualTo(Cny.of("15000.00"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.bindingLimit()).isEmpty();
    assertThat(SUT.fee(MEASURE, request("1.5%"))).isEqualTo(Cny.of("9000.00"));
    assertThat(result.exactAmount()).contains(Cny.of("9000.00"));
    assertThat(SUT.feeRate(MEASURE, request("1.5%"))).isEqualTo(Rate.parse("0.9%"));
  }

  @Test
  void test_fee_ceilingBindsAndLimitsConflict() {
    GuaranteeFeeReductionRequest req = GuaranteeFeeReductionRequest.of(EnterpriseSize.MICRO, true, Cny.of("1000000"),
        Rate.parse("2%"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1));
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, req);
    // 第6条: 2% × (1 − 40%) = 1.2% > 1%: a 40% cut cannot reach 1% — conflict; the library applies the 1% ceiling
    // (decisions register §4.3 item 18)
    assertThat(result.limitsConflict()).isTrue();
    assertThat(result.ceilingBinding()).isTrue();
    assertThat(result.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    // 2023-01-01 → 2023-07-01 = 181 days, 6 whole months and no odd day: 1,000,000 × 1% × 6/12 = 5,000.00
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("5000.00"));
    // the ceiling expressed as a fee: the same 5,000.00
    assertThat(result.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("fee-rate-ceiling");
      assertThat(limit.limit()).isEqualTo(Cny.of("5000.00"));
    });
    // the guarantee qualifies and the rate charged, 1%, meets "不高于1%": no condition is shown as not met; the
    // conflict is a finding, told in the detail of the ceiling's condition
    List<ConditionStep> conditions = result.explanation().stepsOf(ConditionStep.class);
    assertThat(conditions).allSatisfy(step -> assertThat(step.outcome()).isEqualTo(ConditionOutcome.MET));
    assertThat(conditions).filteredOn(step -> step.detail().contains("conflict")).singleElement()
        .satisfies(step -> assertThat(step.detail()).startsWith("1% ≤ 1%").contains("2% × (1 − 40%) = 1.2% > 1%"));
  }

  @Test
  void test_explained_endsOnTheReducedFee_theAmount() {
    // QA audit: the typed explanation computed the reduced fee, then the standard fee, and ended on the standard fee,
    // which is not the amount. 第6条: 3% × (1 − 40%) = 1.8% > 1%, so 1%; 12 whole months (decisions register §4.3
    // item 21): standard 1,000,000 × 3% = 30,000.00, reduced 1,000,000 × 1% = 10,000.00, the amount
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, request("3%"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("10000.00"));
    List<CalculationStep> fees = result.explanation().stepsOf(CalculationStep.class);
    assertThat(fees.get(fees.size() - 2).name().en()).isEqualTo("standard fee");
    assertThat(fees.get(fees.size() - 2).formula()).isEqualTo("1000000.00 × 3% × 360/360");
    assertThat(fees.get(fees.size() - 1).name().en()).isEqualTo("reduced fee");
    assertThat(fees.get(fees.size() - 1).formula()).isEqualTo("1000000.00 × 1% × 360/360");
    RoundingStep last = (RoundingStep) result.explanation().steps().get(result.explanation().steps().size() - 1);
    assertThat(last.after()).isEqualByComparingTo("10000.00");
  }

  @Test
  void test_conflict_atOneOverPointSixBoundary() {
    // 1 ÷ 0.6 = 1.6666…% has no finite decimal; the test is standard × 0.6 > 1%, done exactly.
    // 1.666666666666% × 0.6 = 0.9999999999996% ≤ 1%: no conflict (the nearest 12-decimal rate below 1/0.6)
    assertThat(SUT.explainFee(MEASURE, request("1.666666666666%")).limitsConflict()).isFalse();
    // 1.666666666667% × 0.6 = 1.0000000000002% > 1%: conflict (the nearest 12-decimal rate above 1/0.6)
    assertThat(SUT.explainFee(MEASURE, request("1.666666666667%")).limitsConflict()).isTrue();
    // 1.6667% × 0.6 = 1.00002% > 1%: conflict, although a rounded threshold of 1.667% would say otherwise
    assertThat(SUT.explainFee(MEASURE, request("1.6667%")).limitsConflict()).isTrue();
    // one basis point either side of 1/0.6: 1.6567% × 0.6 = 0.99402% (no); 1.6767% × 0.6 = 1.00602% (conflict)
    assertThat(SUT.explainFee(MEASURE, request("1.6567%")).limitsConflict()).isFalse();
    assertThat(SUT.explainFee(MEASURE, request("1.6767%")).limitsConflict()).isTrue();
  }

  @Test
  void test_conflict_exactBoundaryIsNoConflict() {
    // With a terminating boundary: a 50% maximum makes it 1% ÷ 0.5 = 2% exactly.
    GuaranteeFeeReductionMeasure halving = new GuaranteeFeeReductionMeasure(MEASURE.id(), MEASURE.clause(),
        MEASURE.documentStatus(), MEASURE.title(), MEASURE.policyPeriod(), MEASURE.eligibleBorrowerSizes(),
        MEASURE.maximumReduction().withValue(Rate.parse("50%")), MEASURE.feeRateCeiling(),
        MEASURE.reGuaranteeReduction(), MEASURE.dayCount(), MEASURE.rounding());
    GuaranteeFeeReductionResult at = SUT.explainFee(halving, request("2%"));
    // 2% × (1 − 50%) = 1% exactly: both limits hold, no conflict, ceiling not binding ("不高于" is inclusive)
    assertThat(at.limitsConflict()).isFalse();
    assertThat(at.ceilingBinding()).isFalse();
    assertThat(at.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    // 1,000,000 × 1% × 12/12 = 10,000.00
    assertThat(at.amount().maximum()).isEqualTo(Cny.of("10000.00"));
    // one basis point above: 2.01% × 50% = 1.005% > 1%: conflict, ceiling 1% binds
    GuaranteeFeeReductionResult above = SUT.explainFee(halving, request("2.01%"));
    assertThat(above.limitsConflict()).isTrue();
    assertThat(above.ceilingBinding()).isTrue();
    assertThat(above.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    // one basis point below: 1.99% × 50% = 0.995%
    assertThat(SUT.explainFee(halving, request("1.99%")).reducedFeeRate()).isEqualTo(Rate.parse("0.995%"));
  }

  @Test
  void test_fee_aroundOnePercent() {
    // 1% × (1 − 40%) = 0.6%: 1,000,000 × 0.6% × 12/12 = 6,000.00
    assertThat(SUT.fee(MEASURE, request("1%"))).isEqualTo(Cny.of("6000.00"));
    // chosen cut 0%: 1% stays 1%, at the ceiling, not above it: 1,000,000 × 1% × 12/12 = 10,000.00
    GuaranteeFeeReductionResult atCeiling = SUT.explainFee(MEASURE, request("1%", "0%"));
    assertThat(atCeiling.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    assertThat(atCeiling.ceilingBinding()).isFalse();
    assertThat(atCeiling.amount().maximum()).isEqualTo(Cny.of("10000.00"));
    // chosen cut 0%: 1.01% is above 1%, so the ceiling binds: 1%
    GuaranteeFeeReductionResult justAbove = SUT.explainFee(MEASURE, request("1.01%", "0%"));
    assertThat(justAbove.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    assertThat(justAbove.ceilingBinding()).isTrue();
    assertThat(justAbove.limitsConflict()).isFalse(); // 1.01% × 0.6 = 0.606% ≤ 1%
    // chosen cut 0%: 0.99% stays 0.99%: 1,000,000 × 0.99% × 12/12 = 9,900.00
    assertThat(SUT.fee(MEASURE, request("0.99%", "0%"))).isEqualTo(Cny.of("9900.00"));
  }

  @Test
  void test_reduction_fortyPercentExactlyVersusSmallerChoice() {
    // default: the maximum 40%: 1.5% → 0.9%
    GuaranteeFeeReductionResult byDefault = SUT.explainFee(MEASURE, request("1.5%"));
    assertThat(byDefault.reduction()).isEqualTo(Rate.parse("40%"));
    assertThat(byDefault.explanation().stepsOf(DefaultUsedStep.class))
        .anySatisfy(step -> assertThat(step.overridden()).isFalse());
    // 40% chosen explicitly: the same 0.9%, 1,000,000 × 0.9% × 12/12 = 9,000.00
    assertThat(SUT.fee(MEASURE, request("1.5%", "40%"))).isEqualTo(Cny.of("9000.00"));
    // 10% chosen: 1.5% × 90% = 1.35% > 1% → ceiling 1%: 1,000,000 × 1% × 12/12 = 10,000.00
    GuaranteeFeeReductionResult smaller = SUT.explainFee(MEASURE, request("1.5%", "10%"));
    assertThat(smaller.reduction()).isEqualTo(Rate.parse("10%"));
    assertThat(smaller.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    assertThat(smaller.ceilingBinding()).isTrue();
    assertThat(smaller.limitsConflict()).isFalse(); // the maximum cut would reach 0.9%
    // 20% chosen on 1.2%: 1.2% × 80% = 0.96%: 1,000,000 × 0.96% × 12/12 = 9,600.00
    assertThat(SUT.fee(MEASURE, request("1.2%", "20%"))).isEqualTo(Cny.of("9600.00"));
    // 40.01% exceeds "最高减免40%"
    assertThatThrownBy(() -> SUT.fee(MEASURE, request("1.5%", "40.01%")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/options/reduction"));
  }

  @Test
  void test_reGuarantee_defaultNoneAndChosen() {
    GuaranteeFeeReductionRequest req = request("1.5%").withStandardReGuaranteeFeeRate(Rate.parse("0.5%"));
    GuaranteeFeeReGuarantee byDefault = SUT.explainFee(MEASURE, req).reGuarantee().orElseThrow();
    // default 0% ("可适当减收", no figure): 1,000,000 × 0.5% × 12/12 = 5,000.00
    assertThat(byDefault.reduction()).isEqualTo(Rate.ZERO);
    assertThat(byDefault.fee()).isEqualTo(Cny.of("5000.00"));
    GuaranteeFeeReductionRequest halved = req.withOptions(
        GuaranteeFeeReductionOptions.DEFAULTS.withReGuaranteeReduction(Rate.parse("50%")));
    GuaranteeFeeReGuarantee chosen = SUT.explainFee(MEASURE, halved).reGuarantee().orElseThrow();
    // 0.5% × 50% = 0.25%: 1,000,000 × 0.25% × 12/12 = 2,500.00
    assertThat(chosen.rate()).isEqualTo(Rate.parse("0.25%"));
    assertThat(chosen.fee()).isEqualTo(Cny.of("2500.00"));
    // a medium borrower does not qualify, so the re-guarantor's reduction does not apply either
    GuaranteeFeeReductionRequest medium = GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.MEDIUM)
        .governmentGuarantor(true).guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%"))
        .guaranteeStart(START).guaranteeEnd(END).standardReGuaranteeFeeRate(Rate.parse("0.5%"))
        .options(halved.options()).build();
    assertThat(SUT.explainFee(MEASURE, medium).reGuarantee().orElseThrow().fee()).isEqualTo(Cny.of("5000.00"));
    assertThat(SUT.explainFee(MEASURE, medium).explanation().render(Locale.ENGLISH))
        .contains("not applied: the guarantee does not qualify");
    // an unknown size leaves it undetermined whether the guarantee qualifies: no reduction, 5,000.00, and said so
    GuaranteeFeeReductionRequest unknown = GuaranteeFeeReductionRequest.builder().governmentGuarantor(true)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%")).guaranteeStart(START)
        .guaranteeEnd(END).standardReGuaranteeFeeRate(Rate.parse("0.5%")).options(halved.options()).build();
    GuaranteeFeeReductionResult undetermined = SUT.explainFee(MEASURE, unknown);
    assertThat(undetermined.reGuarantee().orElseThrow().fee()).isEqualTo(Cny.of("5000.00"));
    assertThat(undetermined.explanation().render(Locale.ENGLISH))
        .contains("not applied: whether the guarantee qualifies is undetermined");
    assertThat(SUT.explainFee(MEASURE, request("1.5%")).reGuarantee()).isEmpty();
  }

  @Test
  void test_eligibility_sizeAndGuarantor() {
    GuaranteeFeeReductionRequest medium = GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.MEDIUM)
        .governmentGuarantor(true).guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%"))
        .guaranteeStart(START).guaranteeEnd(END).build();
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, medium);
    // not 小微: the measure does not apply; the standard fee 1,000,000 × 1.5% × 12/12 = 15,000.00 stands
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(r -> r.code()).containsExactly("not-borrower-small-or-micro");
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("15000.00"));
    assertThat(SUT.feeRate(MEASURE, medium)).isEqualTo(Rate.parse("1.5%"));

    GuaranteeFeeReductionRequest commercial = GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.MICRO)
        .governmentGuarantor(false).guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%"))
        .guaranteeStart(START).guaranteeEnd(END).build();
    assertThat(SUT.explainFee(MEASURE, commercial).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-government-guarantor");
  }

  @Test
  void test_eligibility_unknownSizeIsUndetermined() {
    GuaranteeFeeReductionRequest unknown = GuaranteeFeeReductionRequest.builder().governmentGuarantor(true)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%")).guaranteeStart(START)
        .guaranteeEnd(END).build();
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/borrowerSize");
    // the fee is 1,000,000 × 0.9% × 12/12 = 9,000.00 if small or micro, 1,000,000 × 1.5% × 12/12 = 15,000.00 if not
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("9000.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("15000.00"));
    assertThatThrownBy(() -> SUT.fee(MEASURE, unknown)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/borrowerSize"));
    assertThatThrownBy(() -> SUT.feeRate(MEASURE, unknown)).isInstanceOf(MissingFactsException.class);
    // a known failure wins over an unknown: a medium firm with an unknown guarantor is ineligible
    GuaranteeFeeReductionRequest both = GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.MEDIUM)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%")).guaranteeStart(START)
        .guaranteeEnd(END).build();
    assertThat(SUT.explainFee(MEASURE, both).eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_eligibility_unknownFactThatCannotChangeTheAnswer() {
    // unknown size, but with a chosen cut of 0% on 0.9% (≤ 1%) the measure leaves the rate at 0.9% either way,
    // so both plain forms answer: 0.9%, and 1,000,000 × 0.9% × 12/12 = 9,000.00
    GuaranteeFeeReductionRequest unknown = GuaranteeFeeReductionRequest.builder().governmentGuarantor(true)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("0.9%")).guaranteeStart(START)
        .guaranteeEnd(END).options(GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.ZERO)).build();
    assertThat(SUT.explainFee(MEASURE, unknown).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(SUT.feeRate(MEASURE, unknown)).isEqualTo(Rate.parse("0.9%"));
    assertThat(SUT.fee(MEASURE, unknown)).isEqualTo(Cny.of("9000.00"));
  }

  @Test
  void test_eligibility_policyYearBoundaries() {
    // "2023年": the last day counts, the day before the first and the day after the last do not
    assertThat(verdictStartingOn(LocalDate.of(2023, 1, 1))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictStartingOn(LocalDate.of(2023, 12, 31))).isEqualTo(Verdict.ELIGIBLE);
    assertThat(verdictStartingOn(LocalDate.of(2022, 12, 31))).isEqualTo(Verdict.INELIGIBLE);
    assertThat(verdictStartingOn(LocalDate.of(2024, 1, 1))).isEqualTo(Verdict.INELIGIBLE);
  }

  private static Verdict verdictStartingOn(LocalDate start) {
    GuaranteeFeeReductionRequest req = GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("1000000"),
        Rate.parse("1.5%"), start, start.plusYears(1));
    return SUT.explainFee(MEASURE, req).eligibility().verdict();
  }

  @Test
  void test_dayCount_option() {
    GuaranteeFeeReductionRequest req = request("1.5%")
        .withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(DayCount.ACT_365F));
    // 1,000,000 × 0.9% × 366/365 = 9,000 × 366/365 = 9,024.657… → 9,024.66
    assertThat(SUT.fee(MEASURE, req)).isEqualTo(Cny.of("9024.66"));
    GuaranteeFeeReductionRequest actual = request("1.5%").withOptions(
        GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(DayCount.ACT_360));
    // 1,000,000 × 0.9% × 366/360 = 9,000 × 366/360 = 9,150.00
    assertThat(SUT.fee(MEASURE, actual)).isEqualTo(Cny.of("9150.00"));
    // the explanation says the option replaced the default
    assertThat(SUT.explainFee(MEASURE, actual).explanation().stepsOf(DefaultUsedStep.class))
        .anySatisfy(step -> assertThat(step.value()).isEqualTo("ACT/360"));
  }

  @Test
  void test_fee_wholeYearAtTheCeilingCostsExactlyOnePercent() {
    // the issue's case: 2,000,000 guaranteed from 2023-03-15 to 2024-03-15 (366 days, 12 whole months) at a
    // standard 2%: 2% × (1 − 40%) = 1.2% > 1%, so 1% applies (深工信〔2023〕26号 第6条)
    GuaranteeFeeReductionRequest year = GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true,
        Cny.of("2000000"), Rate.parse("2%"), LocalDate.of(2023, 3, 15), LocalDate.of(2024, 3, 15));
    // by default 年费率 × 期限(月) ÷ 12: 2,000,000 × 1% × 12/12 = 20,000.00, exactly 1% of the amount for the year
    assertThat(SUT.fee(MEASURE, year)).isEqualTo(Cny.of("20000.00"));
    // under ACT/360: 2,000,000 × 1% × 366/360 = 20,000 × 366/360 = 20,333.333… → 20,333.33, above 1% for the year
    assertThat(SUT.fee(MEASURE, year.withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(
        DayCount.ACT_360)))).isEqualTo(Cny.of("20333.33"));
    // under ACT/365F: 20,000 × 366/365 = 20,054.794… → 20,054.79
    assertThat(SUT.fee(MEASURE, year.withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withDayCount(
        DayCount.ACT_365F)))).isEqualTo(Cny.of("20054.79"));
  }

  @Test
  void test_fee_wholeMonthsPlusOddDays() {
    // 2023-01-15 → 2023-04-25: 3 whole months (to 2023-04-15) and 10 odd days (04-15 → 04-25, 算头不算尾):
    // 1,000,000 × 0.9% × (3/12 + 10/360) = 9,000 × (90 + 10)/360 = 2,500.00
    GuaranteeFeeReductionRequest req = GuaranteeFeeReductionRequest.of(EnterpriseSize.MICRO, true,
        Cny.of("1000000"), Rate.parse("1.5%"), LocalDate.of(2023, 1, 15), LocalDate.of(2023, 4, 25));
    assertThat(SUT.fee(MEASURE, req)).isEqualTo(Cny.of("2500.00"));
    // a month is a calendar month: 2023-01-31 → 2023-02-28 is one whole month (month-end roll-back), 1/12 of a year:
    // 1,000,000 × 0.9% × 1/12 = 750.00
    GuaranteeFeeReductionRequest february = GuaranteeFeeReductionRequest.of(EnterpriseSize.MICRO, true,
        Cny.of("1000000"), Rate.parse("1.5%"), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 28));
    assertThat(SUT.fee(MEASURE, february)).isEqualTo(Cny.of("750.00"));
  }

  @Test
  void test_explanation_rendersBothLanguagesWithCitations() {
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, request("2%"));
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    String en = result.explanation().render(Locale.ENGLISH);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    // an eligible guarantee shows no condition as not met; the ceiling's condition is met (1% ≤ 1%)
    assertThat(zh).contains("深工信〔2023〕26号 第6条").contains("减免后担保费率不高于 1% — 满足（1% ≤ 1%；冲突：")
        .doesNotContain("不满足");
    assertThat(en).contains("decisions register §4.3 item 18").contains("conflict").doesNotContain("not met");
    // every rate as a percentage: 2% × (1 − 40%) = 1.2%, never the fraction 0.012
    assertThat(en).contains("standard rate after the maximum reduction = 2% × (1 − 40%) = 1.2% [")
        .contains("Cap: fee-rate ceiling 1%; 1.2% → 1% (binding)")
        .doesNotContain("0.012").doesNotContain("= 0.01 ");
    // the period in whole months: 2023-03-01 → 2024-03-01 = 366 days, 12 whole months and no odd day → 360/360
    assertThat(en).contains("= 366 days, WHOLE-MONTHS (12 whole months + 0 days) → 360/360");
    assertThat(zh).contains("1000000.00 × 1% × 360/360 = 10000.0000000000");
    // the ceiling named once, its figure once (the cap step once read "担保费率不高于 1% 1%")
    assertThat(zh).contains("上限：担保费率上限 1%；1.2% → 1%（封顶生效）").doesNotContain("1% 1%");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheField() {
    assertThatThrownBy(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("-1"), Rate.parse("1%"),
        START, END)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteedPrincipal"));
    assertThatThrownBy(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("100"),
        Rate.parse("1%"),
        END, START)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteeEnd"));
    assertThatThrownBy(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("100"), null, START,
        END))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("standardFeeRate"));
    assertThatThrownBy(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, Cny.of("100"),
        Rate.parse("-1%"),
        START, END)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("standardFeeRate"));
    MonetaryAmount dollars = Money.of(new BigDecimal("100"), "USD");
    assertThatThrownBy(() -> GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true, dollars, Rate.parse("1%"),
        START, END)).isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteedPrincipal"));
    assertThatThrownBy(() -> SUT.fee(null, request("1%"))).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("measure"));
  }

  @Test
  void test_badJson_namesThePointer() {
    String missingRate = "{\"borrowerSize\":\"SMALL\",\"governmentGuarantor\":true,"
        + "\"guaranteedPrincipal\":{\"amount\":1000000,\"currency\":\"CNY\"},"
        + "\"guaranteeStart\":\"2023-03-01\",\"guaranteeEnd\":\"2024-03-01\"}";
    assertThatThrownBy(() -> SUT.explainFeeJson(MEASURE, missingRate))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/standardFeeRate"));
    String negative = missingRate.replace("1000000", "-5").replace("\"guaranteeStart\"",
        "\"standardFeeRate\":\"1%\",\"guaranteeStart\"");
    assertThatThrownBy(() -> SUT.explainFeeJson(MEASURE, negative))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/guaranteedPrincipal"));
    String reversed = missingRate.replace("\"guaranteeStart\":\"2023-03-01\",\"guaranteeEnd\":\"2024-03-01\"",
        "\"standardFeeRate\":\"1%\",\"guaranteeStart\":\"2024-03-01\",\"guaranteeEnd\":\"2023-03-01\"");
    assertThatThrownBy(() -> SUT.explainFeeJson(MEASURE, reversed))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/guaranteeEnd"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_json_roundTrips() {
    GuaranteeFeeReductionRequest req = request("2%", "30%").withStandardReGuaranteeFeeRate(Rate.parse("0.5%"));
    assertThat(HuiqiJson.read(HuiqiJson.write(req), GuaranteeFeeReductionRequest.class)).isEqualTo(req);
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, req);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), GuaranteeFeeReductionResult.class)).isEqualTo(result);
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURE), GuaranteeFeeReductionMeasure.class)).isEqualTo(MEASURE);
  }

  @Test
  void test_json_inAndOut() {
    String json = "{\"borrowerSize\":\"MICRO\",\"governmentGuarantor\":true,"
        + "\"guaranteedPrincipal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"standardFeeRate\":\"1.5%\","
        + "\"guaranteeStart\":\"2023-03-01\",\"guaranteeEnd\":\"2024-03-01\"}";
    GuaranteeFeeReductionResult result = HuiqiJson.read(SUT.explainFeeJson(MEASURE, json),
        GuaranteeFeeReductionResult.class);
    // 1.5% × 60% = 0.9%; 2023-03-01 → 2024-03-01 is 12 whole months: 1,000,000 × 0.9% × 12/12 = 9,000.00
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("9000.00"));
    assertThat(result.reducedFeeRate()).isEqualTo(Rate.parse("0.9%"));
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_reducedFeeNeverAboveCeilingOrStandard(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeReductionRequest req = randomRequest(random);
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, req);
    Rate standard = req.standardFeeRate();
    assertThat(result.reducedFeeRate()).isLessThanOrEqualTo(Rate.parse("1%"));
    assertThat(result.reducedFeeRate()).isLessThanOrEqualTo(standard);
    assertThat(result.reducedFee()).isLessThanOrEqualTo(result.standardFee());
    // whole fen
    BigDecimal fee = Cny.yuan(result.reducedFee(), "fee");
    assertThat(fee.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    // conflict ⇔ standard × 0.6 > 1% ⇔ 3 × standard > 5% (an independent, integer-factor form of the same test)
    boolean expectedConflict = standard.fraction().multiply(BigDecimal.valueOf(3))
        .compareTo(new BigDecimal("0.05")) > 0;
    assertThat(result.limitsConflict()).isEqualTo(expectedConflict);
    // a conflict forces the ceiling to bind
    if (result.limitsConflict()) {
      assertThat(result.ceilingBinding()).isTrue();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_feeMonotoneInPrincipal(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeReductionRequest req = randomRequest(random);
    BigDecimal more = Cny.yuan(req.guaranteedPrincipal(), "p").add(Generators.yuan(random, 0, 1_000_000));
    GuaranteeFeeReductionRequest bigger = GuaranteeFeeReductionRequest.builder().from(req)
        .guaranteedPrincipal(Cny.of(more)).build();
    assertThat(SUT.fee(MEASURE, bigger)).isGreaterThanOrEqualTo(SUT.fee(MEASURE, req));
  }

  public static GuaranteeFeeReductionRequest randomRequest(Random random) {
    LocalDate start = Generators.date(random, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31));
    LocalDate end = start.plusDays(1 + random.nextInt(1100));
    GuaranteeFeeReductionRequest req = GuaranteeFeeReductionRequest.of(random.nextBoolean() ? EnterpriseSize.SMALL
        : EnterpriseSize.MICRO, true, Cny.of(Generators.yuan(random, 1, 50_000_000)),
        Rate.parse(Generators.percent(random, 1, 500)), start, end);
    if (random.nextBoolean()) {
      req = req.withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withReduction(
          Rate.parse(Generators.percent(random, 0, 4000))));
    }
    return req;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_wholeYearsCostExactlyTheAnnualRate(long seed) {
    // the default basis's promise: n whole years at an annual rate r cost r × principal × n, rounded half-up to the
    // fen once, whatever the days in those years (domain reference §4.3 item 21)
    Random random = new Random(seed);
    GuaranteeFeeReductionRequest base = randomRequest(random);
    int years = 1 + random.nextInt(3);
    GuaranteeFeeReductionRequest req = GuaranteeFeeReductionRequest.builder().from(base)
        .guaranteeEnd(base.guaranteeStart().plusYears(years)).build();
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, req);
    BigDecimal principal = Cny.yuan(req.guaranteedPrincipal(), "p");
    BigDecimal n = BigDecimal.valueOf(years);
    assertThat(Cny.yuan(result.reducedFee(), "fee")).isEqualByComparingTo(result.reducedFeeRate().fraction()
        .multiply(principal).multiply(n).setScale(2, java.math.RoundingMode.HALF_UP));
    assertThat(Cny.yuan(result.standardFee(), "fee")).isEqualByComparingTo(req.standardFeeRate().fraction()
        .multiply(principal).multiply(n).setScale(2, java.math.RoundingMode.HALF_UP));
    // so a fee at the 1% ceiling is never more than 1% of the principal a year
    assertThat(Cny.yuan(result.reducedFee(), "fee")).isLessThanOrEqualTo(new BigDecimal("0.01").multiply(principal)
        .multiply(n).setScale(2, java.math.RoundingMode.HALF_UP));
  }

  @Test
  @Tag("threads")
  void test_concurrent_sameAsSequential() throws Exception {
    Random random = new Random(20261122L);
    List<GuaranteeFeeReductionRequest> inputs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      inputs.add(randomRequest(random));
    }
    List<GuaranteeFeeReductionResult> sequential = new ArrayList<>();
    for (GuaranteeFeeReductionRequest req : inputs) {
      sequential.add(SUT.explainFee(MEASURE, req));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<GuaranteeFeeReductionResult>> futures = new ArrayList<>();
      for (GuaranteeFeeReductionRequest req : inputs) {
        futures.add(pool.submit(() -> SUT.explainFee(MEASURE, req)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conflict_aroundFiveThirdsPercentWithFees() {
    // 第6条 conflict point: a 40% cut reaches 1% exactly only from 1% ÷ 0.6 = 5/3% = 1.6666…%, which no decimal rate
    // equals; "at" the point means the nearest decimals either side, decided exactly on standard × 0.6 against 1%.
    // 1.6666% × 0.6 = 0.99996% ≤ 1%: no conflict, the ceiling does not bind;
    // fee 1,000,000 × 0.99996% × 12/12 = 9,999.60
    GuaranteeFeeReductionResult below = SUT.explainFee(MEASURE, request("1.6666%"));
    assertThat(below.limitsConflict()).isFalse();
    assertThat(below.ceilingBinding()).isFalse();
    assertThat(below.reducedFeeRate()).isEqualTo(Rate.parse("0.99996%"));
    assertThat(below.amount().maximum()).isEqualTo(Cny.of("9999.60"));
    // 1.6667% × 0.6 = 1.00002% > 1%: conflict, the 1% ceiling applies;
    // fee 1,000,000 × 1% × 12/12 = 10,000.00
    GuaranteeFeeReductionResult above = SUT.explainFee(MEASURE, request("1.6667%"));
    assertThat(above.limitsConflict()).isTrue();
    assertThat(above.ceilingBinding()).isTrue();
    assertThat(above.reducedFeeRate()).isEqualTo(Rate.parse("1%"));
    assertThat(above.amount().maximum()).isEqualTo(Cny.of("10000.00"));
    // the issue's rounded 1.667%: 1.667% × 0.6 = 1.0002% > 1%: conflict, 1% applies, 10,000.00
    GuaranteeFeeReductionResult issueFigure = SUT.explainFee(MEASURE, request("1.667%"));
    assertThat(issueFigure.limitsConflict()).isTrue();
    assertThat(issueFigure.amount().maximum()).isEqualTo(Cny.of("10000.00"));
    // the nearest 12-decimal rate below 5/3%: 1.666666666666% × 0.6 = 0.9999999999996%, no conflict; its fee
    // 1,000,000 × 0.009999999999996 × 12/12 = 9,999.999999996 → 10,000.00, the same fen as at the ceiling:
    // at the point itself both limits give the same fee
    GuaranteeFeeReductionResult nearest = SUT.explainFee(MEASURE, request("1.666666666666%"));
    assertThat(nearest.limitsConflict()).isFalse();
    assertThat(nearest.amount().maximum()).isEqualTo(Cny.of("10000.00"));
  }

  @Test
  void test_eligibility_unknownGuarantorIsUndeterminedNamingIt() {
    GuaranteeFeeReductionRequest unknown = GuaranteeFeeReductionRequest.builder().borrowerSize(EnterpriseSize.SMALL)
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("1.5%")).guaranteeStart(START)
        .guaranteeEnd(END).build();
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/governmentGuarantor");
    // 1.5% × 60% = 0.9%: 1,000,000 × 0.9% × 12/12 = 9,000.00 if a government guarantor; the standard
    // 1,000,000 × 1.5% × 12/12 = 15,000.00 if not
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("9000.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("15000.00"));
    // the same through JSON: the omitted fact is named as a JSON Pointer
    String json = "{\"borrowerSize\":\"SMALL\","
        + "\"guaranteedPrincipal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"standardFeeRate\":\"1.5%\","
        + "\"guaranteeStart\":\"2023-03-01\",\"guaranteeEnd\":\"2024-03-01\"}";
    GuaranteeFeeReductionResult viaJson = HuiqiJson.read(SUT.explainFeeJson(MEASURE, json),
        GuaranteeFeeReductionResult.class);
    assertThat(viaJson.eligibility().missingFacts()).containsExactly("/governmentGuarantor");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_feeNeverAboveTheFeeAtOnePercentAndMonotoneInStandardRate(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeReductionRequest req = randomRequest(random).withStandardReGuaranteeFeeRate(
        Rate.parse(Generators.percent(random, 0, 100)));
    GuaranteeFeeReductionResult result = SUT.explainFee(MEASURE, req);
    // the fee never exceeds principal × 1% × (whole months ÷ 12 + odd days ÷ 360), rounded half-up to the fen (an
    // independent computation: the months counted one calendar month at a time)
    BigDecimal principal = Cny.yuan(req.guaranteedPrincipal(), "p");
    long months = 0;
    while (!req.guaranteeStart().plusMonths(months + 1).isAfter(req.guaranteeEnd())) {
      months++;
    }
    long oddDays = java.time.temporal.ChronoUnit.DAYS.between(req.guaranteeStart().plusMonths(months),
        req.guaranteeEnd());
    BigDecimal atCeiling = principal.multiply(new BigDecimal("0.01"))
        .multiply(BigDecimal.valueOf(30 * months + oddDays))
        .divide(BigDecimal.valueOf(360), 2, java.math.RoundingMode.HALF_UP);
    assertThat(Cny.yuan(result.amount().maximum(), "fee")).isLessThanOrEqualTo(atCeiling);
    // every fee is whole fen
    for (MonetaryAmount fee : List.of(result.standardFee(), result.reducedFee(),
        result.reGuarantee().orElseThrow().fee())) {
      assertThat(Cny.yuan(fee, "fee").stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    }
    // a higher standard rate never gives a lower reduced rate or fee
    Rate higher = Rate.ofFraction(req.standardFeeRate().fraction().add(
        new BigDecimal(random.nextInt(100)).movePointLeft(4)));
    GuaranteeFeeReductionRequest dearer = GuaranteeFeeReductionRequest.builder().from(req).standardFeeRate(higher)
        .build();
    GuaranteeFeeReductionResult dearerResult = SUT.explainFee(MEASURE, dearer);
    assertThat(dearerResult.reducedFeeRate()).isGreaterThanOrEqualTo(result.reducedFeeRate());
    assertThat(dearerResult.reducedFee()).isGreaterThanOrEqualTo(result.reducedFee());
    // the plain forms agree with the explaining form
    assertThat(SUT.fee(MEASURE, req)).isEqualTo(result.amount().maximum());
    assertThat(SUT.feeRate(MEASURE, req)).isEqualTo(result.reducedFeeRate());
  }

  //-------------------------------------------------------------------------
  // The explanation: four conditions, in order — a government guarantor, a small or micro borrower, the guarantee
  // starting in 2023 (第6条 "2023年，政府性融资担保机构针对小微企业"), and the reduced rate at most 1% — each with its
  // outcome. The last is met by construction (Reading A applies the ceiling); the first three are the facts.

  private static GuaranteeFeeReductionRequest.Builder facts() {
    return GuaranteeFeeReductionRequest.builder().guaranteedPrincipal(Cny.of("1000000"))
        .standardFeeRate(Rate.parse("1.5%")).guaranteeStart(START).guaranteeEnd(END);
  }

  @Test
  void test_conditions_allMet_andEveryStepShown() {
    Explanation explanation = SUT.explainFee(MEASURE, request("1.5%")).explanation();
    assertOutcomes(explanation, MET, MET, MET, MET);
    assertThat(detailsOf(explanation, "guarantee starts within")).containsExactly("guaranteeStart = 2023-03-01");
    // 1.5% × (1 − 40%) = 0.9% ≤ 1%, no conflict
    assertThat(detailsOf(explanation, "reduced fee rate at most")).containsExactly("0.9% ≤ 1%");
    // principal, standard rate, three defaults, three conditions, the rate at the maximum cut, the rate after the
    // cut, the ceiling, the ceiling's condition, the period, the reduced fee and its rounding, the standard fee and
    // its rounding
    assertThat(kinds(explanation)).containsExactly(InputStep.class, InputStep.class, DefaultUsedStep.class,
        DefaultUsedStep.class, DefaultUsedStep.class, ConditionStep.class, ConditionStep.class, ConditionStep.class,
        CalculationStep.class, CalculationStep.class, CapStep.class, ConditionStep.class, PeriodStep.class,
        CalculationStep.class, RoundingStep.class, CalculationStep.class, RoundingStep.class);
    // with a re-guarantee: its reduction (a default) and its fee with the rounding follow
    Explanation reGuaranteed = SUT.explainFee(MEASURE, request("1.5%")
        .withStandardReGuaranteeFeeRate(Rate.parse("0.5%"))).explanation();
    assertThat(kinds(reGuaranteed).subList(17, kinds(reGuaranteed).size())).containsExactly(DefaultUsedStep.class,
        CalculationStep.class, RoundingStep.class);
  }

  @Test
  void test_conditions_eachNotMetAlone() {
    assertOutcomes(SUT.explainFee(MEASURE, facts().borrowerSize(EnterpriseSize.SMALL).governmentGuarantor(false)
        .build()).explanation(), NOT_MET, MET, MET, MET);
    assertOutcomes(SUT.explainFee(MEASURE, facts().borrowerSize(EnterpriseSize.MEDIUM).governmentGuarantor(true)
        .build()).explanation(), MET, NOT_MET, MET, MET);
    // started 2024-01-01, the day after "2023年"
    Explanation late = SUT.explainFee(MEASURE, GuaranteeFeeReductionRequest.of(EnterpriseSize.SMALL, true,
        Cny.of("1000000"), Rate.parse("1.5%"), LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1))).explanation();
    assertOutcomes(late, MET, MET, NOT_MET, MET);
    assertThat(detailsOf(late, "guarantee starts within")).containsExactly("guaranteeStart = 2024-01-01");
  }

  @Test
  void test_conditions_unknown() {
    assertOutcomes(SUT.explainFee(MEASURE, facts().governmentGuarantor(true).build()).explanation(),
        MET, UNKNOWN, MET, MET);
    assertOutcomes(SUT.explainFee(MEASURE, facts().borrowerSize(EnterpriseSize.MICRO).build()).explanation(),
        UNKNOWN, MET, MET, MET);
    assertOutcomes(SUT.explainFee(MEASURE, facts().build()).explanation(), UNKNOWN, UNKNOWN, MET, MET);
  }

  @Test
  void test_options_reductionsFromZeroTo100Percent() {
    // a reduction is a share of the standard rate: a negative one would raise the fee above the standard rate, one
    // above 100% would make it negative; both are rejected naming the option, 0% and 100% are accepted
    for (String bad : List.of("-50%", "-0.01%", "100.01%")) {
      assertThatThrownBy(() -> GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.parse(bad)))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("reduction"));
      assertThatThrownBy(() -> GuaranteeFeeReductionOptions.DEFAULTS.withReGuaranteeReduction(Rate.parse(bad)))
          .isInstanceOfSatisfying(InvalidInputException.class,
              ex -> assertThat(ex.field()).isEqualTo("reGuaranteeReduction"));
    }
    for (String good : List.of("0%", "100%")) {
      assertThat(GuaranteeFeeReductionOptions.DEFAULTS.withReduction(Rate.parse(good)).reduction())
          .hasValue(Rate.parse(good));
      assertThat(GuaranteeFeeReductionOptions.DEFAULTS.withReGuaranteeReduction(Rate.parse(good))
          .reGuaranteeReduction()).hasValue(Rate.parse(good));
    }
    // the guarantor's standard re-guarantee rate is a rate of the principal, 0% to 100% too
    for (String bad : List.of("-0.01%", "100.01%")) {
      assertThatThrownBy(() -> request("1.5%").withStandardReGuaranteeFeeRate(Rate.parse(bad)))
          .isInstanceOfSatisfying(InvalidInputException.class,
              ex -> assertThat(ex.field()).isEqualTo("standardReGuaranteeFeeRate"));
    }
    // a 100% re-guarantee reduction: the re-guarantee fee is 0.00
    GuaranteeFeeReductionRequest free = request("1.5%").withStandardReGuaranteeFeeRate(Rate.parse("0.5%"))
        .withOptions(GuaranteeFeeReductionOptions.DEFAULTS.withReGuaranteeReduction(Rate.parse("100%")));
    assertThat(SUT.explainFee(MEASURE, free).reGuarantee().orElseThrow().fee()).isEqualTo(Cny.of("0.00"));
  }
}
