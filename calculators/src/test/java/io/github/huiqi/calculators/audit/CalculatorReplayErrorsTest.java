package io.github.huiqi.calculators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolPropertyTest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.UnknownIdentifierException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link CalculatorReplay}'s typed errors to the fields they name: a receipt naming too few measures, an
 * unknown measure or calculation (at its place in the saved document when replayed from JSON), a calculation name
 * that is not a string, a one-claim receipt given a request of several claims, and null arguments.
 */
class CalculatorReplayErrorsTest {

  private static final FirstLoanMeasure FIRST_LOAN = FirstLoanFixtures.MEASURE;
  private static final FirstLoanRequest REQUEST = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build());

  private static Receipt recorded() {
    return FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation().receipt().orElseThrow();
  }

  private static Receipt withMeasures(Receipt r, List<MeasureIdentity> measures) {
    return new Receipt(r.libraryVersion(), r.asOf(), r.packs(), r.canonicalization(), r.inputSha256(),
        r.resultSha256(), r.calculation(), measures);
  }

  private static Receipt withCalculation(Receipt r, String calculation) {
    return new Receipt(r.libraryVersion(), r.asOf(), r.packs(), r.canonicalization(), r.inputSha256(),
        r.resultSha256(), Optional.of(calculation), r.measures());
  }

  private static InvalidInputException invalid(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(call);
    assertThat(thrown).isInstanceOf(InvalidInputException.class);
    return (InvalidInputException) thrown;
  }

  @Test
  void replayJson_aReceiptNotAnObject_isAWrongTypeQuotingIt() {
    // before: "/explanation/receipt must be present: only an explained result has a receipt", value '', though the
    // receipt was there, written as 12345, a string or a boolean
    String requestJson = HuiqiJson.write(REQUEST);
    for (String written : List.of("12345", "\"x\"", "true", "[]")) {
      ObjectNode result = (ObjectNode) HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN,
          requestJson), JsonNode.class);
      ((ObjectNode) result.at("/explanation")).set("receipt", HuiqiJson.read(written, JsonNode.class));
      InvalidInputException ex = invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson,
          HuiqiJson.write(result)));
      assertThat(ex.field()).isEqualTo("/explanation/receipt");
      assertThat(ex.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
      assertThat(ex.value()).isEqualTo(written);
    }
    // a result without its receipt (not explained) is still told that it needs one
    ObjectNode bare = (ObjectNode) HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN,
        requestJson), JsonNode.class);
    ((ObjectNode) bare.at("/explanation")).remove("receipt");
    InvalidInputException missing = invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson,
        HuiqiJson.write(bare)));
    assertThat(missing.field()).isEqualTo("/explanation/receipt");
    assertThat(missing.problem()).startsWith("must be present");
  }

  @Test
  void replay_aReceiptNamingTooFewMeasures() {
    Receipt none = withMeasures(recorded(), List.of());
    InvalidInputException ex = invalid(() -> CalculatorReplay.builtIn().replay(REQUEST, none));
    assertThat(ex.field()).isEqualTo("measures");
    assertThat(ex.problem()).isEqualTo("must name the 1 measure(s) financing.first-loan.subsidy takes");
    // from JSON, named at the receipt's place in the result
    String requestJson = HuiqiJson.write(REQUEST);
    ObjectNode result = (ObjectNode) HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN,
        requestJson), JsonNode.class);
    ((ObjectNode) result.at("/explanation/receipt")).remove("measures");
    assertThat(invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(result))).field())
        .isEqualTo("/explanation/receipt/measures");
  }

  @Test
  void replay_anUnknownMeasure() {
    MeasureIdentity known = recorded().measures().get(0);
    Receipt unknown = withMeasures(recorded(), List.of(new MeasureIdentity("sz-gxj-2023-26.no-such-measure",
        known.document(), known.sha256())));
    // replayed from objects: the policy data's own error
    assertThatThrownBy(() -> CalculatorReplay.builtIn().replay(REQUEST, unknown))
        .isInstanceOf(UnknownIdentifierException.class);
    // from JSON: named at its place in the document, as an unknown value
    String requestJson = HuiqiJson.write(REQUEST);
    ObjectNode result = (ObjectNode) HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN,
        requestJson), JsonNode.class);
    ((ObjectNode) result.at("/explanation/receipt/measures/0")).put("measure", "sz-gxj-2023-26.no-such-measure");
    InvalidInputException ex = invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson,
        HuiqiJson.write(result)));
    assertThat(ex.code()).isEqualTo(InvalidInputException.UNKNOWN_VALUE);
    assertThat(ex.field()).isEqualTo("/explanation/receipt/measures/0/measure");
    assertThat(ex.value()).isEqualTo("sz-gxj-2023-26.no-such-measure");
    // the receipt alone: its own root is the place
    ObjectNode receipt = (ObjectNode) result.at("/explanation/receipt");
    assertThat(invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(receipt))).field())
        .isEqualTo("/measures/0/measure");
  }

  @Test
  void replay_anUnknownCalculation() {
    Receipt unknown = withCalculation(recorded(), "financing.no-such.calculation");
    InvalidInputException ex = invalid(() -> CalculatorReplay.builtIn().replay(REQUEST, unknown));
    assertThat(ex.code()).isEqualTo(InvalidInputException.UNKNOWN_VALUE);
    assertThat(ex.field()).isEqualTo("calculation");
    String requestJson = HuiqiJson.write(REQUEST);
    ObjectNode result = (ObjectNode) HuiqiJson.read(FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN,
        requestJson), JsonNode.class);
    ((ObjectNode) result.at("/explanation/receipt")).put("calculation", "financing.no-such.calculation");
    assertThat(invalid(() -> CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(result))).field())
        .isEqualTo("/explanation/receipt/calculation");
    assertThat(invalid(() -> CalculatorReplay.findReceipt(HuiqiJson.write(result))).field())
        .isEqualTo("/explanation/receipt/calculation");
    // not a string at all
    ((ObjectNode) result.at("/explanation/receipt")).put("calculation", 42);
    InvalidInputException wrongType = invalid(() -> CalculatorReplay.findReceipt(HuiqiJson.write(result)));
    assertThat(wrongType.code()).isEqualTo(InvalidInputException.WRONG_TYPE);
    assertThat(wrongType.field()).isEqualTo("/explanation/receipt/calculation");
  }

  @Test
  void findReceipt_onlyACalculatorReceipt() {
    String requestJson = HuiqiJson.write(REQUEST);
    String resultJson = FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN, requestJson);
    assertThat(CalculatorReplay.findReceipt(resultJson)).contains(recorded());
    assertThat(CalculatorReplay.findReceipt(HuiqiJson.write(recorded()))).contains(recorded());
    // a result whose receipt was left out has none
    ObjectNode omitted = (ObjectNode) HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) omitted.at("/explanation")).remove("receipt");
    assertThat(CalculatorReplay.findReceipt(HuiqiJson.write(omitted))).isEmpty();
    // an object with a calculation but no resultSha256 is no receipt
    ObjectNode result = (ObjectNode) HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) result.at("/explanation/receipt")).remove("resultSha256");
    assertThat(CalculatorReplay.findReceipt(HuiqiJson.write(result))).isEmpty();
    // an entitlement report's receipt names no calculation: not a calculator's
    ObjectNode engine = (ObjectNode) HuiqiJson.read(resultJson, JsonNode.class);
    ((ObjectNode) engine.at("/explanation/receipt")).putNull("calculation");
    assertThat(CalculatorReplay.findReceipt(HuiqiJson.write(engine))).isEmpty();
  }

  @Test
  void replay_oneClaimsReceipt_needsARequestOfThatOneClaim() {
    Random random = new Random(7);
    RiskPoolClaim a = RiskPoolPropertyTest.randomClaim(random, new BigDecimal("1000.00"));
    RiskPoolClaim b = RiskPoolPropertyTest.randomClaim(random, new BigDecimal("2000.00"));
    Receipt receipt = RiskPoolCalculator.DEFAULT.explainCompensation(RiskPoolFixtures.POOL, a).explanation()
        .receipt().orElseThrow();
    ReplayResult replay = CalculatorReplay.builtIn().replay(RiskPoolRequest.of(List.of(a)), receipt);
    assertThat(replay.matches()).isTrue();
    InvalidInputException ex = invalid(() -> CalculatorReplay.builtIn().replay(RiskPoolRequest.of(List.of(a, b)),
        receipt));
    assertThat(ex.field()).isEqualTo("/claims");
    assertThat(ex.value()).isEqualTo("2");
  }

  @Test
  void nullArguments_named() {
    assertThat(invalid(() -> CalculatorReplay.builtIn().replay(null, recorded())).field()).isEqualTo("request");
    assertThat(invalid(() -> CalculatorReplay.builtIn().replay(REQUEST, null)).field()).isEqualTo("receipt");
    assertThat(invalid(() -> CalculatorReplay.of(null)).field()).isEqualTo("data");
    assertThat(CalculatorReplay.of(PolicyData.builtIn()).replay(REQUEST, recorded()).matches()).isTrue();
  }
}
