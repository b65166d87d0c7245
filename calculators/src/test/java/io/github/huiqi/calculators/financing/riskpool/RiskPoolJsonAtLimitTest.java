package io.github.huiqi.calculators.financing.riskpool;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonCodec;
import io.github.huiqi.core.json.JsonLimits;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Explanation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * The risk-compensation batch over JSON at book size: the largest request the limits accept is computed, its result
 * written in every form and read back equal, exactly at the document-length limit; past a limit the document is
 * blamed, never a claim.
 */
class RiskPoolJsonAtLimitTest {

  /**
   * Each claim: GENERAL, 1,000,000.00 granted 2023-02-01, inside the 第5条 window 2023-01-01..2023-03-31, fully
   * outstanding, no exclusion: 1,000,000.00 × (30% + 30 pp) = 600,000.00 (深工信〔2023〕26号 第5条).
   */
  private static final AmountRange EACH = AmountRange.exactly(Cny.of("600000.00"));

  private static RiskPoolClaim claim(int i) {
    return RiskPoolFixtures.claim(String.format("B-%06d", i), LocalDate.of(2023, 2, 1)).build();
  }

  /** A request of claims as a bank would write it: indented, about 430 characters a claim. */
  private static String request(int claims) {
    return HuiqiJson.write(RiskPoolRequest.of(IntStream.range(0, claims).mapToObj(RiskPoolJsonAtLimitTest::claim)
        .collect(Collectors.toList())));
  }

  /** The most claims a request may hold under a document length: the lengths grow by the same text a claim. */
  private static int mostClaims(long maxDocumentLength) {
    long one = request(1).length();
    long perClaim = request(2).length() - one;
    return (int) ((maxDocumentLength - one) / perClaim) + 1;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_largestRequestTheDefaultsAccept_roundTripsAtTheLimit() {
    int most = mostClaims(HuiqiJson.MAX_DOCUMENT_LENGTH);
    String largest = request(most);
    assertThat(largest.length()).isLessThanOrEqualTo(HuiqiJson.MAX_DOCUMENT_LENGTH);
    // one claim more is too long: the document is blamed with its length, not the claim being read at the limit
    String tooLong = request(most + 1);
    InvalidInputException ex = catchThrowableOfType(() -> CALCULATOR.explainClaimsJson(POOL, tooLong),
        InvalidInputException.class);
    assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
    assertThat(ex.field()).isEqualTo("/");
    assertThat(ex.value()).isEqualTo(String.valueOf(tooLong.length()));

    // the largest request, computed and written compact with every explanation: over ten million characters, so
    // the codec's limits are raised to exactly the result's length, and it reads back equal
    RiskPoolResult expected = CALCULATOR.explainClaims(POOL, HuiqiJson.read(largest, RiskPoolRequest.class));
    assertThat(expected.claims()).hasSize(most);
    assertThat(expected.totalCompensation())
        .isEqualTo(AmountRange.exactly(Cny.of(new BigDecimal("600000.00").multiply(BigDecimal.valueOf(most)))));
    long length = HuiqiJson.codec(JsonLimits.ofDocumentLength(100_000_000)).write(expected, JsonOutput.COMPACT)
        .length();
    assertThat(length).isGreaterThan(HuiqiJson.MAX_RESPONSE_LENGTH);
    JsonCodec exact = HuiqiJson.codec(JsonLimits.ofDocumentLength(length)).with(JsonOutput.COMPACT);
    String json = CALCULATOR.explainClaimsJson(POOL, largest, exact);
    assertThat(json).hasSize((int) length);
    assertThat(exact.read(json, RiskPoolResult.class)).isEqualTo(expected);
    // one character short, reading the same text blames the document
    InvalidInputException shorter = catchThrowableOfType(() -> HuiqiJson.codec(JsonLimits.ofDocumentLength(length - 1))
        .read(json, RiskPoolResult.class), InvalidInputException.class);
    assertThat(shorter.field()).isEqualTo("/");
    assertThat(shorter.value()).isEqualTo(String.valueOf(length));
  }

  @Test
  void test_defaultLimits_eachFormReadsBackOrBlamesTheDocument() {
    // for each form and batch size: the result the default codec writes reads back equal under the default limits,
    // or is refused as a document too large (length or tokens), never as a fault of a claim
    List<String> capacities = new ArrayList<>();
    for (JsonOutput form : List.of(JsonOutput.INDENTED, JsonOutput.COMPACT, JsonOutput.COMPACT.withoutExplanation())) {
      int largestRead = 0;
      for (int claims : new int[] {1, 40, 78, 79, 80, 140, 150, 350, 400, 450}) {
        RiskPoolResult expected = CALCULATOR.explainClaims(POOL, RiskPoolRequest.of(
            IntStream.range(0, claims).mapToObj(RiskPoolJsonAtLimitTest::claim).collect(Collectors.toList())));
        String json = HuiqiJson.write(expected, form);
        try {
          RiskPoolResult back = HuiqiJson.read(json, RiskPoolResult.class);
          assertThat(back).isEqualTo(form.explanation() ? expected : withoutExplanations(expected));
          largestRead = claims;
        } catch (InvalidInputException ex) {
          assertThat(ex.code()).as("%s claims, %s", claims, form).isEqualTo(InvalidInputException.TOO_LARGE);
          assertThat(ex.field()).as("%s claims, %s", claims, form).isEqualTo("/");
        }
      }
      capacities.add(form + ": " + largestRead);
    }
    // about 13.0 KB a claim indented, 9.2 KB compact, 2.4 KB compact without explanations: 76, 108 and 424 claims
    // fit the 1,000,000 characters (the tokens, 546 or 163 a claim, would allow 183 and 613)
    System.out.println("claims read back under the default limits, of those tried: " + capacities);
  }

  @Test
  void test_raisedLimits_tenThousandClaimsWithoutExplanations_roundTrip() {
    JsonCodec codec = HuiqiJson.codec(JsonLimits.ofDocumentLength(40_000_000))
        .with(JsonOutput.COMPACT.withoutExplanation());
    String request = request(10_000);
    assertThat(request.length()).isGreaterThan(4_000_000);
    String json = CALCULATOR.explainClaimsJson(POOL, request, codec);
    RiskPoolResult back = codec.read(json, RiskPoolResult.class);
    assertThat(back.claims()).hasSize(10_000);
    assertThat(back.claims().get(9_999).compensation().orElseThrow().compensation()).isEqualTo(EACH);
    // 10,000 × 600,000.00 = 6,000,000,000.00
    assertThat(back.totalCompensation()).isEqualTo(AmountRange.exactly(Cny.of("6000000000.00")));
    assertThat(back.claims().get(0).compensation().orElseThrow().explanation().steps()).isEmpty();
  }

  private static RiskPoolResult withoutExplanations(RiskPoolResult result) {
    List<RiskPoolClaimOutcome> outcomes = new ArrayList<>();
    for (RiskPoolClaimOutcome outcome : result.claims()) {
      RiskPoolLoanCompensation c = outcome.compensation().orElseThrow();
      outcomes.add(RiskPoolClaimOutcome.of(outcome.index(), new RiskPoolLoanCompensation(c.loanId(), c.eligibility(),
          c.category(), c.effectiveGrantDate(), c.upliftWindow(), c.baseRatio(), c.ratio(), c.lossBasis(),
          c.compensableLoss(), c.compensation(), c.recoveryReturn(), c.netCompensation(), c.bindingLimit(),
          new Explanation(List.of()))));
    }
    // the batch's receipt is not an explanation: the form without explanations keeps it
    return new RiskPoolResult(result.measure(), result.documentStatus(), outcomes, result.totalCompensation(),
        result.totalRecoveryReturn(), result.totalNetCompensation(), result.failedClaims(), result.receipt());
  }
}
