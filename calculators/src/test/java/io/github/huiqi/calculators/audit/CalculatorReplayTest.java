package io.github.huiqi.calculators.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.classification.scale.ScaleClassifier;
import io.github.huiqi.calculators.classification.scale.ScaleRequest;
import io.github.huiqi.calculators.classification.scale.ScaleResult;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.renovation.RenovationFixtures;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportRequest;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolPropertyTest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingPropertyTest;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.hardening.JsonEntryPoint;
import io.github.huiqi.calculators.hardening.JsonEntryPoints;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearPropertyTest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPropertyTest;
import io.github.huiqi.calculators.tax.vat.VatFixtures;
import io.github.huiqi.calculators.tax.vat.VatPropertyTest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.audit.LibraryVersion;
import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.audit.PackIdentity;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Tests the audit receipt every calculator's explaining form gives its result, and {@link CalculatorReplay}: a result
 * replays on the data it was computed on; a changed measure (a pack edited, or a parameter replaced) does not, and the
 * difference names the measure and its pack.
 */
class CalculatorReplayTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final FirstLoanMeasure FIRST_LOAN = FirstLoanFixtures.MEASURE;
  private static final FirstLoanRequest REQUEST = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1").build());
  private static final String FIRST_LOAN_ID = FIRST_LOAN.id().value();

  @Test
  void test_anExplainedResultCarriesItsReceipt() {
    FirstLoanResult result = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST);
    Receipt receipt = result.explanation().receipt().orElseThrow();
    assertThat(receipt.libraryVersion()).isEqualTo(LibraryVersion.CURRENT);
    assertThat(receipt.calculation()).contains("financing.first-loan.subsidy");
    // a first-loan request has no evaluation date of its own, and the calculator reads no clock
    assertThat(receipt.asOf()).isEmpty();
    assertThat(receipt.canonicalization()).isEqualTo(Receipt.CANONICAL_JSON);
    // the measure given, by id, document and the hash of its own canonical JSON
    assertThat(receipt.measures()).containsExactly(new MeasureIdentity(FIRST_LOAN_ID, "sz-gxj-2023-26",
        Sha256.of(HuiqiJson.writeCanonical(new io.github.huiqi.core.policy.Measure[] {FIRST_LOAN}))));
    // it is the built-in one, so the built-in pack holding it is named: 深工信〔2023〕26号's, as the engine names it
    assertThat(receipt.packs()).containsExactly(DATA.packIdentities(List.of(FIRST_LOAN.id())).stream()
        .filter(pack -> pack.document().equals("sz-gxj-2023-26")).findFirst().orElseThrow());
    assertThat(receipt.inputSha256()).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(REQUEST)));
    FirstLoanResult withoutReceipt = new FirstLoanResult(result.measure(), result.documentStatus(),
        result.eligibility(), result.amount(), result.bindingLimit(), result.loans(),
        new Explanation(result.explanation().steps()));
    assertThat(receipt.resultSha256()).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(withoutReceipt)));
    // the same request gives the same receipt: nothing in it depends on the clock or the run
    assertThat(FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST)).isEqualTo(result);
  }

  @Test
  void test_nestedExplanationsCarryNone() {
    // an entitlement outcome's explanation is covered by the report's own receipt
    EntitlementEngine.builtIn().explain(EntitlementSamples.shenzhenManufacturer2023().profile(),
        EntitlementSamples.shenzhenManufacturer2023().asOf()).outcomes()
        .forEach(outcome -> assertThat(outcome.explanation().receipt()).as(outcome.measure().value()).isEmpty());
  }

  @Test
  void test_aResultReadsBackWithItsReceipt() {
    String json = FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN, HuiqiJson.write(REQUEST));
    FirstLoanResult read = HuiqiJson.read(json, FirstLoanResult.class);
    assertThat(read).isEqualTo(FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST));
    assertThat(HuiqiJson.read(HuiqiJson.write(read.explanation().receipt().orElseThrow()), Receipt.class))
        .isEqualTo(read.explanation().receipt().orElseThrow());
  }

  @Test
  void test_replay_theSameRequestMatches() {
    Receipt recorded = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation().receipt()
        .orElseThrow();
    ReplayResult replay = CalculatorReplay.builtIn().replay(REQUEST, recorded);
    assertThat(replay.matches()).isTrue();
    assertThat(replay.recomputed()).isEqualTo(recorded);
  }

  @Test
  void test_replay_aMeasureChangedWithWithMeasureDoesNotMatch() {
    Receipt recorded = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation().receipt()
        .orElseThrow();
    // the first-loan cap of 深工信〔2023〕26号 第5条 raised from 200,000 to 300,000
    FirstLoanMeasure raised = withCap(FIRST_LOAN, "300000");
    ReplayResult replay = CalculatorReplay.of(DATA.withMeasure(raised)).replay(REQUEST, recorded);
    assertThat(replay.matches()).isFalse();
    // the changed measure is no longer the built-in one: no pack holds it; its own hash differs; and the result,
    // whose explanation states the cap, differs too (the amount does not: one loan far below either cap)
    assertThat(replay.differences()).extracting(ReplayResult.Difference::field).containsExactly(
        "packs/sz-gxj-2023-26", "measures/" + FIRST_LOAN_ID + "/sha256", "resultSha256");
    assertThat(replay.differences().get(1).recorded()).isEqualTo(recorded.measures().get(0).sha256());
    assertThat(replay.differences().get(1).now()).isEqualTo(MeasureIdentity.of(raised).sha256());
    assertThat(replay.differences().get(0).now()).isEqualTo("absent");
  }

  @Test
  void test_replay_anEditedHostPackDoesNotMatch_andItsOwnResultsDo() {
    // a host's own copy of 深工信〔2023〕26号 with the cap edited, read as a host reads its pack
    String edited = HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
        .replaceFirst("\"amount\" : 200000", "\"amount\" : 300000");
    PolicyData host = DATA.withPack(PolicyPacks.read(edited, "host"));
    FirstLoanMeasure hostMeasure = host.getMeasure(FirstLoanMeasure.SHENZHEN_2023);
    Receipt builtInReceipt = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation()
        .receipt().orElseThrow();
    assertThat(CalculatorReplay.of(host).replay(REQUEST, builtInReceipt).differences())
        .extracting(ReplayResult.Difference::field).contains("measures/" + FIRST_LOAN_ID + "/sha256");
    // the host's result names no built-in pack (its measure is not the built-in one) but its measure's own hash,
    // and replays on the host's data
    Receipt hostReceipt = FirstLoanFixtures.CALCULATOR.explainSubsidy(hostMeasure, REQUEST).explanation().receipt()
        .orElseThrow();
    assertThat(hostReceipt.packs()).isEmpty();
    assertThat(hostReceipt.measures()).containsExactly(MeasureIdentity.of(hostMeasure));
    assertThat(CalculatorReplay.of(host).replay(REQUEST, hostReceipt).matches()).isTrue();
    assertThat(CalculatorReplay.builtIn().replay(REQUEST, hostReceipt).matches()).isFalse();
  }

  @Test
  void test_replay_anotherInputDoesNotMatch() {
    Receipt recorded = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation().receipt()
        .orElseThrow();
    FirstLoanRequest larger = FirstLoanFixtures.request(FirstLoanFixtures.loan("L1")
        .principal(Cny.of(new BigDecimal("2000000"))).build());
    assertThat(CalculatorReplay.builtIn().replay(larger, recorded).differences())
        .extracting(ReplayResult.Difference::field).containsExactly("inputSha256", "resultSha256");
  }

  @Test
  void test_replayJson_fromTheResultAndFromTheReceipt() {
    String requestJson = HuiqiJson.write(REQUEST);
    String resultJson = FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN, requestJson);
    assertThat(read(CalculatorReplay.builtIn().replayJson(requestJson, resultJson)).matches()).isTrue();
    Receipt receipt = CalculatorReplay.findReceipt(resultJson).orElseThrow();
    assertThat(read(CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(receipt))).matches())
        .isTrue();
    // the request written compactly, its members in another order, is the same input
    String compact = HuiqiJson.writeCanonical(REQUEST);
    assertThat(read(CalculatorReplay.builtIn().replayJson(compact, resultJson)).matches()).isTrue();
  }

  @Test
  void test_replayJson_anEditedBodyWithItsReceiptKept_doesNotMatch() {
    String requestJson = HuiqiJson.write(REQUEST);
    String resultJson = FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FIRST_LOAN, requestJson);
    Receipt receipt = CalculatorReplay.findReceipt(resultJson).orElseThrow();
    // the subsidy (exactly 10,055.56: its minimum and maximum) one yuan higher, the receipt untouched
    ObjectNode edited = (ObjectNode) HuiqiJson.read(resultJson, JsonNode.class);
    BigDecimal issued = edited.at("/amount/minimum/amount").decimalValue();
    assertThat(edited.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(issued);
    setSubsidy(edited, issued.add(BigDecimal.ONE));
    ReplayResult replay = read(CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(edited)));
    assertThat(replay.matches()).isFalse();
    // the recomputation agrees with the receipt; the saved body does not: the one difference names the result hash
    assertThat(replay.recomputed()).isEqualTo(receipt);
    assertThat(replay.differences()).singleElement().satisfies(difference -> {
      assertThat(difference.field()).isEqualTo(ReplayResult.SAVED_RESULT);
      assertThat(difference.recorded()).isEqualTo(receipt.resultSha256());
      assertThat(difference.now()).isNotEqualTo(receipt.resultSha256()).hasSize(64);
    });
    // put back, it matches again
    setSubsidy(edited, issued);
    assertThat(read(CalculatorReplay.builtIn().replayJson(requestJson, HuiqiJson.write(edited))).matches()).isTrue();
  }

  private static void setSubsidy(ObjectNode result, BigDecimal yuan) {
    ((ObjectNode) result.at("/amount/minimum")).put("amount", yuan);
    ((ObjectNode) result.at("/amount/maximum")).put("amount", yuan);
  }

  @Test
  void test_replayJson_everyCalculatorEntryPoint_checksTheBody_notItsNotation() {
    int checked = 0;
    int renotated = 0;
    int oneDecimals = 0;
    for (JsonEntryPoint entry : JsonEntryPoints.all()) {
      if (entry.name().startsWith("EntitlementEngine.") || entry.name().startsWith("CalculatorReplay.")) {
        continue;
      }
      String resultJson = entry.answer(entry.validJson());
      // the risk pool's one claim replays from a request of that one claim, as explainCompensationJson's Javadoc says
      String request = entry.name().equals("RiskPoolCalculator.explainCompensationJson")
          ? "{\"claims\": [" + entry.validJson() + "]}" : entry.validJson();
      assertThat(CalculatorReplay.findReceipt(resultJson)).as(entry.name()).isPresent();
      // as issued: matches, the body read back as its type hashing to the receipt's resultSha256
      assertThat(read(CalculatorReplay.builtIn().replayJson(request, resultJson)).matches())
          .as(entry.name()).isTrue();
      // on one line, every amount without trailing zeros (120.50 as 120.5, 5000.00 as 5E+3): canonical JSON writes
      // decimals without them, so the body hashes as issued
      JsonNode tree = HuiqiJson.read(resultJson, JsonNode.class);
      if (stripTrailingZeros(tree) > 0) {
        renotated++;
      }
      assertThat(read(CalculatorReplay.builtIn().replayJson(request, tree.toString())).matches())
          .as(entry.name() + " renotated").isTrue();
      // "120.0" for "120.00", by text
      String oneDecimal = resultJson.replaceAll("(\"amount\" : -?[0-9]+\\.[0-9])0([,\\s])", "$1$2");
      oneDecimals += oneDecimal.equals(resultJson) ? 0 : 1;
      assertThat(read(CalculatorReplay.builtIn().replayJson(request, oneDecimal)).matches())
          .as(entry.name() + " with one decimal").isTrue();
      // a text of the body (a reason's or a step's, in English) edited, the receipt kept: the body no longer matches
      ObjectNode edited = (ObjectNode) HuiqiJson.read(resultJson, JsonNode.class);
      ObjectNode text = firstEnglishText(edited);
      text.put("en", text.get("en").asText() + " (edited)");
      ReplayResult replay = read(CalculatorReplay.builtIn().replayJson(request, HuiqiJson.write(edited)));
      assertThat(replay.matches()).as(entry.name()).isFalse();
      assertThat(replay.differences()).as(entry.name()).extracting(ReplayResult.Difference::field)
          .containsExactly(ReplayResult.SAVED_RESULT);
      checked++;
    }
    System.out.printf("CalculatorReplay: %d calculator entry points replayed from JSON with their body checked, %d of "
        + "them renotated, %d with amounts of one decimal%n", checked, renotated, oneDecimals);
    // every calculator's explain...Json (JsonEntryPointCount checks the list against the main code)
    assertThat(checked).isGreaterThanOrEqualTo(CalculatorReplay.calculations().size() - 2);
    assertThat(renotated).isGreaterThan(checked / 2);
    assertThat(oneDecimals).isGreaterThan(checked / 2);
  }

  /** Writes every amount of the body (outside the receipt) without trailing zeros; returns how many it changed. */
  private static int stripTrailingZeros(JsonNode node) {
    int changed = 0;
    if (node.isObject()) {
      ObjectNode object = (ObjectNode) node;
      if (object.path("amount").isNumber() && object.path("currency").isTextual()) {
        BigDecimal amount = object.get("amount").decimalValue();
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() != amount.scale()) {
          object.put("amount", stripped);
          changed++;
        }
      }
      for (Map.Entry<String, JsonNode> member : object.properties()) {
        changed += member.getKey().equals("receipt") ? 0 : stripTrailingZeros(member.getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        changed += stripTrailingZeros(element);
      }
    }
    return changed;
  }

  /** The first text of a result, outside its receipt, in Chinese and English (a reason's message, a step's name). */
  private static ObjectNode firstEnglishText(JsonNode result) {
    ObjectNode found = firstEnglishTextIn(result);
    assertThat(found).as("a text in Chinese and English in %s", result).isNotNull();
    return found;
  }

  private static ObjectNode firstEnglishTextIn(JsonNode node) {
    if (node.isObject()) {
      if (node.path("en").isTextual() && node.path("zh").isTextual()) {
        return (ObjectNode) node;
      }
      for (Map.Entry<String, JsonNode> member : node.properties()) {
        ObjectNode found = member.getKey().equals("receipt") ? null : firstEnglishTextIn(member.getValue());
        if (found != null) {
          return found;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode element : node) {
        ObjectNode found = firstEnglishTextIn(element);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  @Test
  void test_replayJson_aResultWithoutReceipt_andAnEngineReceipt_areTypedErrors() {
    assertThatThrownBy(() -> CalculatorReplay.builtIn().replayJson(HuiqiJson.write(REQUEST), "{\"measure\": \"x\"}"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/explanation/receipt"));
    Receipt engine = new Receipt("0.2.0", LocalDate.of(2023, 6, 30), List.of(), Receipt.CANONICAL_JSON,
        Sha256.of("a"), Sha256.of("b"));
    assertThatThrownBy(() -> CalculatorReplay.builtIn().replay(REQUEST, engine))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("calculation"));
    Receipt recorded = FirstLoanFixtures.CALCULATOR.explainSubsidy(FIRST_LOAN, REQUEST).explanation().receipt()
        .orElseThrow();
    assertThatThrownBy(() -> CalculatorReplay.builtIn().replay("not a request", recorded))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("request"));
  }

  @Test
  void test_everyKindOfResultReplaysFromJson() {
    Random random = new Random(20231);
    System.out.println("CalculatorReplayTest seed 20231");
    List<String[]> cases = new ArrayList<>();
    // a batch of risk-compensation claims: its receipt is at /receipt
    List<RiskPoolClaim> claims = List.of(RiskPoolPropertyTest.randomClaim(random, new BigDecimal("1000.00")),
        RiskPoolPropertyTest.randomClaim(random, new BigDecimal("2000.00")));
    cases.add(run(HuiqiJson.write(RiskPoolRequest.of(claims)),
        json -> RiskPoolCalculator.DEFAULT.explainClaimsJson(RiskPoolFixtures.POOL, json)));
    // one claim: its input is a request of that one claim
    RiskPoolClaim claim = claims.get(0);
    cases.add(new String[] {HuiqiJson.write(RiskPoolRequest.of(List.of(claim))),
        HuiqiJson.write(RiskPoolCalculator.DEFAULT.explainCompensation(RiskPoolFixtures.POOL, claim))});
    // the benchmark cap reads the reference-rate pack too
    GuaranteeFeeBenchmarkCapMeasure cap = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    String capRequest = HuiqiJson.write(GuaranteeFeeBenchmarkCapCalculatorTest.randomLoan(random));
    String capResult = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(cap, capRequest);
    assertThat(CalculatorReplay.findReceipt(capResult).orElseThrow().packs()).extracting(PackIdentity::document)
        .containsExactly("cn-reference-rates", "sz-gxj-zjtx-32-draft");
    cases.add(new String[] {capRequest, capResult});
    // two measures
    cases.add(run(HuiqiJson.write(new RenovationSupportRequest(RenovationFixtures.grantRequest(),
        RenovationFixtures.interestRequest(RenovationFixtures.leaseInterest("P1", LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 7, 1), "2000")))), json -> RenovationSupportCalculator.DEFAULT
        .explainMaximumSupportJson(DATA.getMeasure(RenovationGrantMeasure.SHENZHEN_2022),
            DATA.getMeasure(RenovationInterestMeasure.SHENZHEN_2022), json)));
    cases.add(run(HuiqiJson.write(StackingPropertyTest.randomRequest(random)), json -> StackingCalculator.DEFAULT
        .explainTotalSubsidyJson(FIRST_LOAN, TechSmeFixtures.MEASURE, json)));
    // three measures
    cases.add(run(HuiqiJson.write(FirmYearPropertyTest.randomRequest(random)),
        json -> FirmYearCalculator.DEFAULT.explainTotalSavedJson(FirmYearFixtures.MEASURES, json)));
    // a prepayment: its receipt rides on the year to date's explanation
    SmallLowProfitMeasure smallLowProfit = DATA.getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    cases.add(run(HuiqiJson.write(SmallLowProfitPropertyTest.randomPrepayment(random)),
        json -> SmallLowProfitCalculator.DEFAULT.explainPrepaymentPayableJson(smallLowProfit, json)));
    cases.add(run(HuiqiJson.write(VatPropertyTest.randomRequest(random)),
        json -> VatFixtures.CALCULATOR.explainVatDueJson(VatFixtures.MEASURE, json)));
    // a standard read from its own data file, not a pack
    cases.add(run(HuiqiJson.write(ScaleRequest.of("C3484", 2023, Cny.of("25000000"))),
        json -> ScaleClassifier.DEFAULT.explainAboveScaleJson(ScaleStandard.builtIn(), json)));
    List<Class<?>> types = List.of(RiskPoolResult.class, RiskPoolLoanCompensation.class,
        GuaranteeFeeBenchmarkCapResult.class, RenovationSupportResult.class, StackingResult.class,
        FirmYearResult.class, SmallLowProfitPrepaymentResult.class, VatResult.class, ScaleResult.class);
    assertThat(types).hasSameSizeAs(cases);
    for (int i = 0; i < cases.size(); i++) {
      String[] c = cases.get(i);
      ReplayResult replay = read(CalculatorReplay.builtIn().replayJson(c[0], c[1]));
      assertThat(replay.matches()).as(c[1].substring(0, Math.min(200, c[1].length()))).isTrue();
      // the result, receipt and all, reads back as its type and writes the same JSON again
      assertThat(HuiqiJson.write(HuiqiJson.read(c[1], types.get(i)))).as(types.get(i).getSimpleName())
          .isEqualTo(c[1]);
    }
  }

  @Test
  void test_aRequestWithItsOwnDateRecordsIt() {
    ReferralMeasure pool = DATA.getMeasure(MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"),
        ReferralMeasure.class);
    String request = "{\"specialisedAndInnovative\": {\"held\": true, \"since\": \"2022-09-01\"}, "
        + "\"asOf\": \"2023-10-31\"}";
    Receipt receipt = CalculatorReplay.findReceipt(ReferralCalculator.DEFAULT.explainReferralJson(pool, request))
        .orElseThrow();
    assertThat(receipt.asOf()).contains(LocalDate.of(2023, 10, 31));
  }

  @Test
  void test_everyCalculationIsNamedOnce() {
    // one per explaining form of the calculators (the two risk-pool forms and the three 小型微利企业 forms apart)
    assertThat(CalculatorReplay.calculations()).hasSize(41).doesNotHaveDuplicates()
        .allSatisfy(name -> assertThat(name).matches("[a-z]+\\.[a-z-]+\\.[a-z-]+"));
  }

  //-------------------------------------------------------------------------
  private static String[] run(String requestJson, java.util.function.Function<String, String> explain) {
    return new String[] {requestJson, explain.apply(requestJson)};
  }

  private static ReplayResult read(String json) {
    return HuiqiJson.read(json, ReplayResult.class);
  }

  private static FirstLoanMeasure withCap(FirstLoanMeasure m, String cap) {
    Parameter<javax.money.MonetaryAmount> old = m.capPerEnterprise();
    return new FirstLoanMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.firstLoanWindow(), m.region(),
        m.annualSubsidyRate(), m.maximumSubsidyMonths(), m.minimumUseMonths(), m.minimumLoanRate(),
        old.withValue(Cny.of(cap)), m.dayCount(), m.rounding(), m.implementingRules());
  }
}
