package io.github.huiqi.calculators.space.purchase;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.Qualification;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseOutput;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PurchaseCalculator} and {@link PurchaseEvaluator} against the Shenzhen 专精特新 draft 第二十九条: "对年产值
 * 达3亿以上、租用国有产业用房3年以上的专精特新企业，可按国有资产处置程序受让一定面积产业用房" (both conditions; 以上 includes the
 * number).
 */
class PurchaseCalculatorTest {

  private static final PurchaseMeasure MEASURE = PolicyData.builtIn().getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);
  private static final PurchaseCalculator CALC = PurchaseCalculator.DEFAULT;
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  /** State-owned space leased from 2020-07-01 (3 years on 2023-06-30) to 2026-06-30. */
  private static RentLease.Builder stateLease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("3000")).start(LocalDate.of(2020, 7, 1))
        .end(LocalDate.of(2026, 6, 30)).stateOwned(true);
  }

  private static PurchaseRequest request(String output, RentLease lease, LocalDate asOf) {
    return PurchaseRequest.builder().specialisedAndInnovative(true).annualOutput(Cny.of(output)).leases(List.of(lease))
        .asOf(asOf).build();
  }

  @Test
  void test_outputExactly300Million_andExactlyThreeYears_mayBuy() {
    assertThat(CALC.mayPurchase(MEASURE, request("300000000.00", stateLease().build(), AS_OF))).isTrue();
  }

  @Test
  void test_outputOneFenShort_notEnough() {
    assertThat(CALC.mayPurchase(MEASURE, request("299999999.99", stateLease().build(), AS_OF))).isFalse();
  }

  @Test
  void test_tenure_aDayShort_orEndedADayShort() {
    // as of 2023-06-29 the lease from 2020-07-01 is a day short of 3 years
    assertThat(CALC.mayPurchase(MEASURE, request("400000000.00", stateLease().build(), LocalDate.of(2023, 6, 29))))
        .isFalse();
    // ended on 2023-06-29: a day short, whatever the evaluation date
    assertThat(CALC.mayPurchase(MEASURE, request("400000000.00", stateLease().end(LocalDate.of(2023, 6, 29)).build(),
        LocalDate.of(2024, 1, 1)))).isFalse();
    // a lease that is not state-owned does not count
    assertThat(CALC.mayPurchase(MEASURE, request("400000000.00", stateLease().stateOwned(false).build(), AS_OF)))
        .isFalse();
  }

  @Test
  void test_missingFacts_named() {
    PurchaseResult flag = CALC.explainMayPurchase(MEASURE, request("400000000.00", stateLease()
        .stateOwned(Optional.empty()).build(), AS_OF));
    assertThat(flag.eligibility().missingFacts()).containsExactly("/leases/0/stateOwned");
    PurchaseResult end = CALC.explainMayPurchase(MEASURE, request("400000000.00", stateLease()
        .end(Optional.empty()).build(), AS_OF));
    assertThat(end.eligibility().missingFacts()).containsExactly("/leases/0/end");
    PurchaseResult output = CALC.explainMayPurchase(MEASURE, PurchaseRequest.builder()
        .leases(List.of(stateLease().build())).asOf(AS_OF).build());
    assertThat(output.eligibility().missingFacts()).containsExactly("/specialisedAndInnovative", "/annualOutput");
  }

  @Test
  void test_outputYearNotGiven_isRequired_namingThePointer() {
    // a profile's yearly output without its year: "is required" (was input.wrong-type, "must be a whole JSON number
    // but was '}'")
    InvalidInputException ex = assertField(() -> EntitlementEngine.builtIn().evaluateJson("{\"profile\": "
        + "{\"industrialOutputs\": [{\"grossOutput\": {\"amount\": 300000000, \"currency\": \"CNY\"}}]}, "
        + "\"asOf\": \"2023-06-30\"}"), "/profile/industrialOutputs/0/year");
    assertThat(ex.code()).isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_bad_negativeOutput() {
    assertField(() -> request("-1.00", stateLease().build(), AS_OF), "annualOutput");
    assertField(() -> new PurchaseOutput(2022, Cny.of("-0.01")), "grossOutput");
  }

  @Test
  void test_evaluator_draft_nonMonetary() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440306")
        .specialisedAndInnovative(Qualification.held(true)).leases(List.of(stateLease().build()))
        .industrialOutputs(List.of(new PurchaseOutput(2022, Cny.of("300000000.00")))).build();
    MeasureOutcome outcome = CatalogRuns.both(PurchaseMeasure.SHENZHEN_DRAFT.id(), profile, AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(outcome.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(outcome.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
    assertThat(outcome.countedInTotal()).isFalse();
    assertThat(outcome.notes()).extracting(n -> n.code()).contains("draft", "output-year");
    // the 2023 output is not the one tested on 2023-06-30: 2022's is, and it is missing here
    MeasureOutcome missing = CatalogRuns.both(PurchaseMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
        .from(profile).industrialOutputs(List.of(new PurchaseOutput(2023, Cny.of("500000000.00")))).build(), AS_OF);
    assertThat(missing.missingFacts()).containsExactly("/industrialOutputs");
    assertThat(outcome.detail().orElseThrow().en())
        .isEqualTo("may buy part of the leased space by the state-asset disposal procedure (draft)");
    // 2022 output one fen short of 3亿: ineligible, and no detail saying it may buy
    MeasureOutcome shortOutput = CatalogRuns.both(PurchaseMeasure.SHENZHEN_DRAFT.id(), EnterpriseProfile.builder()
        .from(profile).industrialOutputs(List.of(new PurchaseOutput(2022, Cny.of("299999999.99")))).build(), AS_OF);
    assertThat(shortOutput.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(shortOutput.detail()).isEmpty();
  }

  //-------------------------------------------------------------------------
  // Conditions in order: 专精特新, output of a year at least 300,000,000, a state-owned lease of 3 years or more.
  @Test
  void test_conditions_eachOutcome() {
    PurchaseResult both = CALC.explainMayPurchase(MEASURE, request("300000000.00", stateLease().build(), AS_OF));
    assertOutcomes(both.explanation(), MET, MET, MET);
    // 2020-07-01 plus 3 years less a day is 2023-06-30, the evaluation date
    assertThat(detailsOf(both.explanation(), "leasing state-owned")).containsExactly(
        "L-1: 2020-07-01..2023-06-30 ≥ 3 years (to 2023-06-30)");
    assertOutcomes(CALC.explainMayPurchase(MEASURE, request("299999999.99", stateLease().build(), AS_OF))
        .explanation(), MET, NOT_MET, MET);
    PurchaseResult short1 = CALC.explainMayPurchase(MEASURE, request("400000000.00", stateLease().build(),
        LocalDate.of(2023, 6, 29)));
    assertOutcomes(short1.explanation(), MET, MET, NOT_MET);
    assertThat(detailsOf(short1.explanation(), "leasing state-owned")).containsExactly(
        "/leases/0: 2020-07-01..2023-06-29 < 3 years");
    PurchaseResult notState = CALC.explainMayPurchase(MEASURE, request("400000000.00",
        stateLease().stateOwned(false).build(), AS_OF));
    assertThat(detailsOf(notState.explanation(), "leasing state-owned")).containsExactly(
        "no lease of state-owned space");
    // unknown: the ownership, the lease's end, the qualification and the output
    assertOutcomes(CALC.explainMayPurchase(MEASURE, request("400000000.00", stateLease().stateOwned(Optional.empty())
        .build(), AS_OF)).explanation(), MET, MET, UNKNOWN);
    assertOutcomes(CALC.explainMayPurchase(MEASURE, request("400000000.00", stateLease().end(Optional.empty())
        .build(), AS_OF)).explanation(), MET, MET, UNKNOWN);
    assertOutcomes(CALC.explainMayPurchase(MEASURE, PurchaseRequest.builder().leases(List.of(stateLease().build()))
        .asOf(AS_OF).build()).explanation(), UNKNOWN, UNKNOWN, MET);
  }
}
