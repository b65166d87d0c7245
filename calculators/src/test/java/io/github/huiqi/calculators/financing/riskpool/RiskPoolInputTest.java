package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.claim;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.date;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Bad input, batches with per-claim failures, and JSON round trips for the risk-compensation pool. */
class RiskPoolInputTest {

  @Test
  void test_claimOutcome_neitherOrBoth_namesTheFailureAsPresentOrAbsent() {
    InvalidInputException neither = assertField(() -> new RiskPoolClaimOutcome(0, Optional.of("L1"), Optional.empty(),
        Optional.empty()), "failure");
    assertThat(neither.value()).isEqualTo("absent");
    assertThat(neither.getMessage()).doesNotContain("Optional");
  }

  @Test
  void test_claim_badInputNamesTheField() {
    assertField(() -> claim("N", date(2023, 2, 1)).principalOutstanding(Cny.of("-0.01")).build(),
        "principalOutstanding");
    InvalidInputException above = assertField(() -> claim("N", date(2023, 2, 1))
        .principalOutstanding(Cny.of("1000000.01")).build(), "principalOutstanding");
    assertThat(above.relatedFields()).containsExactly("principal");
    assertField(() -> claim("N", date(2023, 2, 1)).principal(Cny.of("0")).build(), "principal");
    assertField(() -> claim("N", date(2023, 2, 1)).principal(Money.of(1000, "USD")).build(), "principal");
    assertField(() -> claim("N", date(2023, 2, 1)).extensionDate(date(2023, 1, 31)).build(), "extensionDate");
    assertField(() -> claim("N", date(2023, 2, 1)).firstNonPerformingDate(date(2023, 1, 31)).build(),
        "firstNonPerformingDate");
    assertField(() -> claim("N", date(2023, 2, 1)).recoveries(Cny.of("-1")).build(), "recoveries");
    assertField(() -> claim("N", date(2023, 2, 1)).accruedInterest(Cny.of("-1")).build(), "accruedInterest");
    assertField(() -> claim("N", date(2023, 2, 1)).baseRatio(Rate.parse("-1%")).build(), "baseRatio");
    assertField(() -> claim("N", date(2023, 2, 1)).category(null).build(), "category");
    assertField(() -> claim("N", date(2023, 2, 1)).grantDate(null).build(), "grantDate");
    assertField(() -> claim(" ", date(2023, 2, 1)).build(), "loanId");
    assertField(() -> RiskPoolRequest.of(List.of()), "claims");
    // the loss may equal the principal, and be zero
    assertThat(claim("OK", date(2023, 2, 1)).principalOutstanding(Cny.of("0")).build()).isNotNull();
  }

  @Test
  void test_batch_perLoanResultsAndTotals() {
    RiskPoolRequest request = RiskPoolRequest.of(List.of(
        claim("A", date(2023, 2, 1)).build(),                                            // 600,000.00
        claim("B", date(2023, 4, 1)).principalOutstanding(Cny.of("500000")).build(),     // 500,000 × 30% = 150,000.00
        claim("C", date(2023, 2, 1)).guaranteedByFinancingGuarantor(true).build(),        // excluded: 0
        claim("D", date(2023, 2, 1)).baseRatio(Rate.parse("90%")).build()));              // bad: base above 80%
    RiskPoolResult result = CALCULATOR.explainClaims(POOL, request);
    assertThat(result.claims()).hasSize(4);
    assertThat(result.failedClaims()).isEqualTo(1);
    RiskPoolClaimOutcome failed = result.claims().get(3);
    assertThat(failed.loanId()).contains("D");
    assertThat(failed.failure().orElseThrow().field()).isEqualTo("/claims/3/baseRatio");
    assertThat(result.claims().get(2).compensation().orElseThrow().eligibility().verdict())
        .isEqualTo(Verdict.INELIGIBLE);
    // 600,000.00 + 150,000.00 + 0 = 750,000.00
    assertThat(Cny.yuan(result.totalCompensation().maximum(), "t")).isEqualByComparingTo("750000.00");
    assertThat(result.totalCompensation().isExact()).isTrue();
  }

  @Test
  void test_batch_repeatedLoanIdIsAFailureOfTheLaterClaim() {
    RiskPoolResult result = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(
        claim("A", date(2023, 2, 1)).build(), claim("A", date(2023, 4, 1)).build())));
    assertThat(result.claims().get(0).compensation()).isPresent();
    assertThat(result.claims().get(1).failure().orElseThrow().field()).isEqualTo("/claims/1/loanId");
  }

  @Test
  void test_batch_undeterminedClaimMakesTheTotalARange() {
    RiskPoolClaim unknown = RiskPoolClaim.builder().loanId("U")
        .category(io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory.GENERAL).principal(Cny.of("1000000"))
        .grantDate(date(2023, 4, 1)).firstNonPerformingDate(date(2024, 4, 1)).principalOutstanding(Cny.of("1000000"))
        .reGuaranteed(false).underOtherRiskCompensation(false).build();
    RiskPoolResult result = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(
        claim("A", date(2023, 2, 1)).build(), unknown)));
    // 600,000.00 + [0, 300,000.00] = [600,000.00, 900,000.00]
    assertThat(Cny.yuan(result.totalCompensation().minimum(), "t")).isEqualByComparingTo("600000.00");
    assertThat(Cny.yuan(result.totalCompensation().maximum(), "t")).isEqualByComparingTo("900000.00");
    assertThat(result.claims().get(1).compensation().orElseThrow().eligibility().missingFacts())
        .containsExactly("/claims/1/guaranteedByFinancingGuarantor");
  }

  //-------------------------------------------------------------------------
  private static final String GOOD = "{\"loanId\": \"%s\", \"category\": \"%s\","
      + " \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"grantDate\": \"2023-02-01\","
      + " \"firstNonPerformingDate\": \"2024-02-01\","
      + " \"principalOutstanding\": {\"amount\": %s, \"currency\": \"CNY\"},"
      + " \"guaranteedByFinancingGuarantor\": false, \"reGuaranteed\": false, \"underOtherRiskCompensation\": false}";

  @Test
  void test_json_oneBadClaimIsAFailureNotABatchFailure() {
    String json = "{\"claims\": ["
        + String.format(GOOD, "A", "GENERAL", "1000000") + ", "
        + String.format(GOOD, "B", "MORTGAGE", "1000000") + ", "
        + String.format(GOOD, "C", "GENERAL", "1000000.01") + ", "
        + "{\"loanId\": \"D\", \"category\": \"GENERAL\", \"grantDate\": \"2023-02-01\"}, "
        + String.format(GOOD, "E", "GENERAL", "1e100000") + ", "
        + String.format(GOOD, "F", "FIRST_LOAN", "500000")
        + "]}";
    RiskPoolResult result = HuiqiJson.read(CALCULATOR.explainClaimsJson(POOL, json),
        RiskPoolResult.class);
    assertThat(result.failedClaims()).isEqualTo(4);
    assertThat(result.claims().get(1).failure().orElseThrow().field()).isEqualTo("/claims/1/category");
    assertThat(result.claims().get(1).loanId()).contains("B");
    assertThat(result.claims().get(2).failure().orElseThrow().field())
        .isEqualTo("/claims/2/principalOutstanding");
    // the other side of the contradiction by its pointer, as the principal may be the one mistyped (before: "must not
    // exceed the principal 1000000", no pointer)
    assertThat(result.claims().get(2).failure().orElseThrow().problem())
        .isEqualTo("must not exceed /claims/2/principal '1000000.00'");
    assertThat(result.claims().get(3).failure().orElseThrow().field()).startsWith("/claims/3/");
    assertThat(result.claims().get(4).failure().orElseThrow().field())
        .isEqualTo("/claims/4/principalOutstanding/amount");
    // A: 1,000,000 × 60% = 600,000.00; F: 500,000 × 60% = 300,000.00; total 900,000.00
    assertThat(Cny.yuan(result.totalCompensation().maximum(), "t")).isEqualByComparingTo("900000.00");
  }

  @Test
  void test_json_missingRequiredFactNamesTheField() {
    String json = "{\"claims\": [{\"loanId\": \"D\", \"category\": \"GENERAL\","
        + " \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"grantDate\": \"2023-02-01\","
        + " \"principalOutstanding\": {\"amount\": 1, \"currency\": \"CNY\"}}]}";
    RiskPoolResult result = HuiqiJson.read(CALCULATOR.explainClaimsJson(POOL, json),
        RiskPoolResult.class);
    assertThat(result.claims().get(0).failure().orElseThrow().field())
        .isEqualTo("/claims/0/firstNonPerformingDate");
  }

  @Test
  void test_json_hugeNumberInsideAnArrayNamesItsElement() {
    // a field no claim has, holding an array: its second element is beyond the library's decimal bounds, and is
    // named as such (not as the unknown field) before the claim is read; the good claim beside it is still priced
    String bad = String.format(GOOD, "X", "GENERAL", "1000000")
        .replaceFirst("\\{", "{\"extra\": [1, 1e100000], ");
    // a third claim whose unknown array holds only numbers in bounds: every element is checked, then the claim
    // fails on the unknown field itself
    String unknown = String.format(GOOD, "Y", "GENERAL", "1000000").replaceFirst("\\{", "{\"extra\": [1, 2], ");
    String json = "{\"claims\": [" + String.format(GOOD, "A", "GENERAL", "1000000") + ", " + bad + ", " + unknown
        + "]}";
    RiskPoolResult result = HuiqiJson.read(CALCULATOR.explainClaimsJson(POOL, json), RiskPoolResult.class);
    assertThat(result.failedClaims()).isEqualTo(2);
    assertThat(result.claims().get(1).failure().orElseThrow().field()).isEqualTo("/claims/1/extra/1");
    assertThat(result.claims().get(2).failure().orElseThrow().field()).isEqualTo("/claims/2/extra");
    assertThat(result.claims().get(1).loanId()).contains("X");
    // A: 1,000,000 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条, granted 2023-02-01)
    assertThat(Cny.yuan(result.totalCompensation().maximum(), "t")).isEqualByComparingTo("600000.00");
  }

  @Test
  void test_receipts_issuedUnlessOmitted() {
    // one claim granted 2023-02-01: 1,000,000 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条) either way;
    // the receipt is the only difference, and a batch carries its own
    RiskPoolClaim claim = claim("A", date(2023, 2, 1)).build();
    RiskPoolLoanCompensation issued = CALCULATOR.explainCompensation(POOL, claim, RiskPoolOptions.DEFAULTS,
        ReceiptChoice.ISSUE);
    RiskPoolLoanCompensation omitted = CALCULATOR.explainCompensation(POOL, claim, RiskPoolOptions.DEFAULTS,
        ReceiptChoice.OMIT);
    assertThat(issued.explanation().receipt()).isPresent();
    assertThat(omitted.explanation().receipt()).isEmpty();
    assertThat(Cny.yuan(omitted.compensation().minimum(), "c")).isEqualByComparingTo("600000.00");
    RiskPoolResult batch = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(claim)));
    assertThat(batch.receipt()).isPresent();
    assertThat(batch.withReceipt(batch.receipt().orElseThrow()).receipt()).isEqualTo(batch.receipt());
    RiskPoolResult bare = new RiskPoolResult(batch.measure(), batch.documentStatus(), batch.claims(),
        batch.totalCompensation(), batch.totalRecoveryReturn(), batch.totalNetCompensation(), 0, null);
    assertThat(bare.receipt()).isEmpty();
  }

  @Test
  void test_json_envelopeErrorsFailTheCall() {
    assertField(() -> CALCULATOR.explainClaimsJson(POOL, "{\"claims\": []}"), "/claims");
    assertField(() -> CALCULATOR.explainClaimsJson(POOL,
        "{\"claims\": [" + String.format(GOOD, "A", "GENERAL", "1") + "], \"options\": {\"lossBasis\": \"ALL\"}}"),
        "/options/lossBasis");
    assertThatThrownBy(() -> CALCULATOR.explainClaimsJson(POOL, "{\"claims\": [")).isInstanceOf(
        InvalidInputException.class);
  }

  @Test
  void test_json_roundTrips() {
    RiskPoolClaim claim = claim("A", date(2022, 10, 1)).extensionDate(date(2023, 2, 1))
        .accruedInterest(Cny.of("123.45")).recoveries(Cny.of("10")).baseRatio(Rate.parse("45.5%")).build();
    assertThat(HuiqiJson.read(HuiqiJson.write(claim), RiskPoolClaim.class)).isEqualTo(claim);
    RiskPoolRequest request = RiskPoolRequest.builder().claims(List.of(claim))
        .options(RiskPoolOptions.DEFAULTS.withReturnRecoveries(false)).build();
    assertThat(HuiqiJson.read(HuiqiJson.write(request), RiskPoolRequest.class)).isEqualTo(request);
    RiskPoolLoanCompensation loan = CALCULATOR.explainCompensation(POOL, claim);
    assertThat(HuiqiJson.read(HuiqiJson.write(loan), RiskPoolLoanCompensation.class)).isEqualTo(loan);
    RiskPoolResult batch = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(List.of(claim,
        claim("B", date(2023, 2, 1)).baseRatio(Rate.parse("81%")).build())));
    assertThat(HuiqiJson.read(HuiqiJson.write(batch), RiskPoolResult.class)).isEqualTo(batch);
    // the JSON path gives the same result as the Java path
    assertThat(HuiqiJson.read(CALCULATOR.explainClaimsJson(POOL, HuiqiJson.write(request)),
        RiskPoolResult.class)).isEqualTo(CALCULATOR.explainClaims(POOL, request));
  }
}
