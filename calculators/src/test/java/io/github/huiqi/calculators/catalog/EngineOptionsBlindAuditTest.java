package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineOptions.UnsettledStacking;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.stacking.StackingPrecedence;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.calculators.testkit.ConformancePack;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the engine's options, {@code interestSubsidyPrecedence} (decisions register §4.1 item 10, §4.6
 * item 72) and {@code unsettledStacking} (§4.4 item 25, §4.6 item 80), where each changes an amount, which outcome is
 * set aside and the total, at a tie and one fen from it, through the typed engine (the request's options, the engine's
 * {@code withOptions} with {@code explain}) and {@code evaluateJson}.
 * <p>
 * The firm (a first-time borrower enrolled as a 科技型中小企业 2022–2025, small: 80 staff, 15,000,000 revenue),
 * evaluated on 2023-12-31, worked by hand:
 * <ul>
 *   <li>L1, 1,000,000 drawn 2023-02-01, first drawdown of its first contract, recording the tech-SME subsidy as
 *       claimed first. 深工信〔2023〕26号 第5条: 2% × 181 days (2023-02-01 → 2023-08-01, 28 + 31 + 30 + 31 + 30 + 31,
 *       at most 6 months) ÷ 360 × 1,000,000 = 10,055.555… → 10,055.56. 第13条: 80% × I1's interest (accrued
 *       2023-02-01 → 2023-05-01, paid 2023-05-01): 12,569.45 × 80% = 10,055.56 exactly, a tie; 12,569.46 × 80% =
 *       10,055.568 → 10,055.57, one fen above.
 *   <li>第13条's 贴保 (2020 办法 第十四条（三）): 50% × G1's 8,000 = 4,000.00 (9,000: 4,500.00).
 *   <li>The small/micro guarantee-fee subsidy (2021 reply letter 二, the 2017 guide): L2 drawn 2022-06-01, fee 1.5% ≤
 *       50% × 4%: 30% × 15,000 = 4,500.00.
 * </ul>
 * One subsidy per loan: FIRST_CLAIMED keeps L1 with the claimed tech-SME subsidy (item 72), LARGER takes the larger,
 * the first-loan subsidy on a tie (item 10). COUNT_HIGHER compares the tech-SME outcome whole with the small/micro
 * subsidy by their maxima, a tie keeping the tech-SME outcome, and sets the lower aside (item 80).
 */
class EngineOptionsBlindAuditTest {

  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final MeasureId TECH_SME = MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy");
  private static final MeasureId FEE_SUBSIDY =
      MeasureId.of("sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  private static String profile(String interest, String fee) {
    return """
        {"registrationRegionCode": "440306", "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
          "legalForm": "ENTERPRISE", "independentLegalPerson": true, "firstTimeBorrower": true,
          "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
          "techSme": {"held": true, "since": "2022-01-01", "until": "2025-12-31"},
          "onSeriousDishonestyList": false,
          "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
             "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false}],
          "loans": [
            {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
             "maturityDate": "2024-02-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
             "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
             "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false,
             "guaranteed": false, "interestSubsidyClaimedFirst": "TECH_SME"},
            {"loanId": "L2", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
             "maturityDate": "2023-05-31", "annualInterestRate": "4%", "lenderRegionCode": "440300",
             "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
             "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false,
             "guaranteed": true,
             "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
               "standardFeeRate": "2%", "feeRate": "1.5%", "feePaid": {"amount": 15000, "currency": "CNY"}}}],
          "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-02-01",
             "accrualEnd": "2023-05-01", "paymentDate": "2023-05-01",
             "interestPaid": {"amount": INTEREST, "currency": "CNY"}}],
          "guaranteeFeePayments": [{"paymentId": "G1", "paymentDate": "2023-03-01",
             "amountPaid": {"amount": FEE, "currency": "CNY"}}],
          "insurancePremiumPayments": [], "renovationProjects": []}"""
        .replace("INTEREST", interest).replace("FEE", fee);
  }

  private static EngineOptions options(StackingPrecedence precedence, UnsettledStacking stacking) {
    return EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(precedence).withUnsettledStacking(stacking);
  }

  /** Expected: first-loan, tech-SME, fee subsidy, the one set aside (null for none) and the total in reach. */
  private record Expected(String firstLoan, String techSme, String feeSubsidy, MeasureId setAside, String total) {
  }

  private static void assertEveryPath(String profileJson, EngineOptions options, Expected expected) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    List<MeasureId> measures = List.of(FIRST_LOAN, TECH_SME, FEE_SUBSIDY);
    EntitlementReport typed = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile, AS_OF)
        .withMeasures(measures).withOptions(options));
    EntitlementReport explained = EntitlementEngine.builtIn().withOptions(options).explain(profile, AS_OF);
    for (EntitlementReport report : List.of(typed, explained)) {
      assertThat(report.options()).isEqualTo(options);
      assertOutcome(report.outcome(FIRST_LOAN).orElseThrow(), expected.firstLoan, expected.setAside);
      assertOutcome(report.outcome(TECH_SME).orElseThrow(), expected.techSme, expected.setAside);
      assertOutcome(report.outcome(FEE_SUBSIDY).orElseThrow(), expected.feeSubsidy, expected.setAside);
    }
    // the total of the three measures alone (the explained report runs the whole catalogue)
    assertThat(typed.totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of(expected.total)));
    String request = "{\"profile\": " + profileJson + ", \"asOf\": \"2023-12-31\", \"measures\": [\""
        + FIRST_LOAN.value() + "\", \"" + TECH_SME.value() + "\", \"" + FEE_SUBSIDY.value() + "\"], \"options\": "
        + HuiqiJson.write(options) + "}";
    JsonNode json = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson(request), JsonNode.class);
    assertThat(json.at("/options/interestSubsidyPrecedence").asText())
        .isEqualTo(options.interestSubsidyPrecedence().name());
    assertThat(json.at("/options/unsettledStacking").asText()).isEqualTo(options.unsettledStacking().name());
    for (JsonNode outcome : json.at("/outcomes")) {
      String id = outcome.at("/measure").asText();
      String figure = id.equals(FIRST_LOAN.value()) ? expected.firstLoan
          : id.equals(TECH_SME.value()) ? expected.techSme : expected.feeSubsidy;
      assertThat(outcome.at("/amount/minimum/amount").decimalValue()).as(id).isEqualByComparingTo(figure);
      assertThat(outcome.at("/amount/maximum/amount").decimalValue()).as(id).isEqualByComparingTo(figure);
      boolean aside = expected.setAside != null && id.equals(expected.setAside.value());
      assertThat(outcome.at("/countedInTotal").asBoolean()).as(id + " counted").isEqualTo(!aside);
    }
    assertThat(json.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo(expected.total);
    assertThat(json.at("/totals/inReach/maximum/amount").decimalValue()).isEqualByComparingTo(expected.total);
  }

  private static void assertOutcome(MeasureOutcome outcome, String figure, MeasureId setAside) {
    assertThat(outcome.amount()).as(outcome.measure().value())
        .isEqualTo(OutcomeAmount.exactly(Cny.of(figure)));
    assertThat(outcome.setAside()).as(outcome.measure().value() + " set aside")
        .isEqualTo(outcome.measure().equals(setAside));
  }

  @Test
  void firstClaimed_countBoth_theClaimStandsOnATie() {
    // L1 stays with 第13条, claimed first: first-loan 0.00 (eligible), tech-SME 10,055.56 + 4,000.00 = 14,055.56;
    // total 0.00 + 14,055.56 + 4,500.00 = 18,555.56
    assertEveryPath(profile("12569.45", "8000"), EngineOptions.DEFAULTS,
        new Expected("0.00", "14055.56", "4500.00", null, "18555.56"));
  }

  @Test
  void larger_countBoth_theFirstLoanSubsidyOnATie() {
    // a tie (10,055.56 each): LARGER gives L1 to 第5条: first-loan 10,055.56, tech-SME 0.00 + 4,000.00 = 4,000.00;
    // total 10,055.56 + 4,000.00 + 4,500.00 = 18,555.56
    assertEveryPath(profile("12569.45", "8000"), options(StackingPrecedence.LARGER, UnsettledStacking.COUNT_BOTH),
        new Expected("10055.56", "4000.00", "4500.00", null, "18555.56"));
  }

  @Test
  void larger_oneFenAboveTheTie_theTechSmeSubsidyTakesTheLoan() {
    // 第13条 10,055.57 > 10,055.56: tech-SME 10,055.57 + 4,000.00 = 14,055.57, first-loan 0.00;
    // total 14,055.57 + 4,500.00 = 18,555.57
    assertEveryPath(profile("12569.46", "8000"), options(StackingPrecedence.LARGER, UnsettledStacking.COUNT_BOTH),
        new Expected("0.00", "14055.57", "4500.00", null, "18555.57"));
  }

  @Test
  void firstClaimed_countHigher_setsTheFeeSubsidyAside() {
    // tech-SME 14,055.56 > 4,500.00: the small/micro subsidy set aside; total 0.00 + 14,055.56 = 14,055.56
    assertEveryPath(profile("12569.45", "8000"),
        options(StackingPrecedence.FIRST_CLAIMED, UnsettledStacking.COUNT_HIGHER),
        new Expected("0.00", "14055.56", "4500.00", FEE_SUBSIDY, "14055.56"));
  }

  @Test
  void larger_countHigher_thePrecedenceTurnsWhichSideIsHigher() {
    // with L1 gone to 第5条 the tech-SME outcome is its 贴保 alone, 4,000.00 < 4,500.00: it is set aside;
    // total 10,055.56 + 4,500.00 = 14,555.56
    assertEveryPath(profile("12569.45", "8000"), options(StackingPrecedence.LARGER, UnsettledStacking.COUNT_HIGHER),
        new Expected("10055.56", "4000.00", "4500.00", TECH_SME, "14555.56"));
  }

  @Test
  void larger_countHigher_aTieKeepsTheTechSmeOutcome() {
    // G1 9,000: 贴保 4,500.00 = the small/micro 4,500.00, a tie: the tech-SME outcome kept (item 80), the fee
    // subsidy set aside; total 10,055.56 + 4,500.00 = 14,555.56
    assertEveryPath(profile("12569.45", "9000"), options(StackingPrecedence.LARGER, UnsettledStacking.COUNT_HIGHER),
        new Expected("10055.56", "4500.00", "4500.00", FEE_SUBSIDY, "14555.56"));
  }

  @Test
  void badOptionValuesInTheRequestJson_areTypedErrorsNamingTheOption() {
    String head = "{\"profile\": " + profile("12569.45", "8000") + ", \"asOf\": \"2023-12-31\", \"options\": ";
    String[][] bad = {
      {"{\"unsettledStacking\": \"HIGHER\"}", "/options/unsettledStacking", "HIGHER"},
      {"{\"unsettledStacking\": \"count_higher\"}", "/options/unsettledStacking", "count_higher"},
      {"{\"unsettledStacking\": true}", "/options/unsettledStacking", "true"},
      {"{\"interestSubsidyPrecedence\": \"FIRST_LOAN\"}", "/options/interestSubsidyPrecedence", "FIRST_LOAN"},
      {"{\"interestSubsidyPrecedence\": [\"LARGER\"]}", "/options/interestSubsidyPrecedence", "[\"LARGER\"]"},
      {"{\"precedence\": \"LARGER\"}", "/options/precedence", "precedence"},
      {"\"LARGER\"", "/options", "\"LARGER\""}};
    for (String[] one : bad) {
      assertThatThrownBy(() -> EntitlementEngine.builtIn().evaluateJson(head + one[0] + "}")).as(one[0])
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(one[1]);
            assertThat(String.valueOf(e.value())).isEqualTo(one[2]);
            assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Jackson");
          });
    }
    // a null member, or null options, is the default, as an absent one (EngineOptions: "either may be omitted")
    JsonNode nulls = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson(head
        + "{\"unsettledStacking\": null, \"interestSubsidyPrecedence\": null}}"), JsonNode.class);
    assertThat(nulls.at("/options/unsettledStacking").asText()).isEqualTo("COUNT_BOTH");
    assertThat(new BigDecimal("0")).isZero();
  }

  @Test
  void anEngineWithOptions_appliesThemToARequestThatGivesNone() {
    // a bank configures its engine once (LARGER, COUNT_HIGHER) and asks for three measures with a request of its
    // own: the request gives no options, so the engine's apply, as in larger_countHigher_…: 10,055.56, 4,000.00 set
    // aside, 4,500.00; 14,555.56. Before 2026-12-06 the request form ran the defaults (18,555.56, nothing set
    // aside) whatever the engine's options, silently (found by this audit).
    EngineOptions chosen = options(StackingPrecedence.LARGER, UnsettledStacking.COUNT_HIGHER);
    EntitlementEngine engine = EntitlementEngine.builtIn().withOptions(chosen);
    EnterpriseProfile profile = HuiqiJson.read(profile("12569.45", "8000"), EnterpriseProfile.class);
    EntitlementRequest request = EntitlementRequest.of(profile, AS_OF).withMeasures(List.of(FIRST_LOAN, TECH_SME,
        FEE_SUBSIDY));
    assertThat(request.hasOptions()).isFalse();
    for (EntitlementReport report : List.of(engine.evaluate(request), engine.evaluate(request.withExplain(true)))) {
      assertThat(report.options()).isEqualTo(chosen);
      assertOutcome(report.outcome(FIRST_LOAN).orElseThrow(), "10055.56", TECH_SME);
      assertOutcome(report.outcome(TECH_SME).orElseThrow(), "4000.00", TECH_SME);
      assertOutcome(report.outcome(FEE_SUBSIDY).orElseThrow(), "4500.00", TECH_SME);
      assertThat(report.totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("14555.56")));
    }
    // the receipt hashes the request with the options applied: the same as a request that gives them
    assertThat(engine.evaluate(request.withExplain(true)).receipt().orElseThrow().inputSha256())
        .isEqualTo(EntitlementEngine.builtIn().evaluate(request.withExplain(true).withOptions(chosen)).receipt()
            .orElseThrow().inputSha256());
    assertThat(engine.replay(request, engine.evaluate(request.withExplain(true)).receipt().orElseThrow()).matches())
        .isTrue();
    // the JSON form: no options member, or a null one, the engine's; the request's own options win
    String head = "{\"profile\": " + profile("12569.45", "8000") + ", \"asOf\": \"2023-12-31\", \"measures\": [\""
        + FIRST_LOAN.value() + "\", \"" + TECH_SME.value() + "\", \"" + FEE_SUBSIDY.value() + "\"]";
    for (String tail : new String[] {"}", ", \"options\": null}"}) {
      JsonNode json = HuiqiJson.read(engine.evaluateJson(head + tail), JsonNode.class);
      assertThat(json.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("LARGER");
      assertThat(json.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("14555.56");
    }
    JsonNode own = HuiqiJson.read(engine.evaluateJson(head + ", \"options\": {}}"), JsonNode.class);
    assertThat(own.at("/options/interestSubsidyPrecedence").asText()).isEqualTo("FIRST_CLAIMED");
    assertThat(own.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("18555.56");
    // the built-in engine, as before: the defaults
    assertThat(EntitlementEngine.builtIn().evaluate(request).totals().inReach())
        .isEqualTo(OutcomeAmount.exactly(Cny.of("18555.56")));
    // written as JSON and read back, a request that gives no options still gives none (no "options" member), so
    // the engine's apply to it as to the original: 14,555.56; one that gives options keeps them
    String written = HuiqiJson.write(request);
    assertThat(written).doesNotContain("\"options\"");
    EntitlementRequest readBack = HuiqiJson.read(written, EntitlementRequest.class);
    assertThat(readBack.hasOptions()).isFalse();
    assertThat(engine.evaluate(readBack).totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("14555.56")));
    EntitlementRequest defaults = HuiqiJson.read(HuiqiJson.write(request.withOptions(EngineOptions.DEFAULTS)),
        EntitlementRequest.class);
    assertThat(defaults.hasOptions()).isTrue();
    assertThat(engine.evaluate(defaults).totals().inReach()).isEqualTo(OutcomeAmount.exactly(Cny.of("18555.56")));
  }

  @Test
  void conformanceVectors_keepTheDefaultsTheyWereWorkedUnder_onAnEngineWithOptions() {
    // a vector's request gives the default options (ConformanceVector.request), so an engine set otherwise still
    // answers every built-in vector as worked
    EntitlementEngine engine = EntitlementEngine.builtIn().withOptions(options(StackingPrecedence.LARGER,
        UnsettledStacking.COUNT_HIGHER));
    ConformanceReport report = ConformanceRunner.run(vector -> ConformanceAnswer.of(
        engine.evaluate(vector.request()).outcome(vector.measure()).orElseThrow()));
    assertThat(report.failed()).isEmpty();
    assertThat(ConformancePack.builtIn().vectors().get(0).request().hasOptions()).isTrue();
  }
}
