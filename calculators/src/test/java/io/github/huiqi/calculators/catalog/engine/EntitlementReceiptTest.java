package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.core.audit.LibraryVersion;
import io.github.huiqi.core.audit.PackIdentity;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.audit.ReplayResult;
import io.github.huiqi.core.audit.Sha256;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseYear;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPack;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.result.Reason;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tests the audit receipt of an explained report and its replay: the same request replays; a changed pack, another
 * date or another fact does not, and the difference names what changed.
 */
class EntitlementReceiptTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final EntitlementRequest SAMPLE = EntitlementSamples.shenzhenManufacturer2023();

  @Test
  void test_anExplainedReportCarriesItsReceipt() {
    EntitlementRequest request = SAMPLE.withExplain(true);
    EntitlementReport report = ENGINE.evaluate(request);
    Receipt receipt = report.receipt().orElseThrow();
    assertThat(receipt.libraryVersion()).isEqualTo(LibraryVersion.CURRENT);
    assertThat(receipt.asOf()).contains(SAMPLE.asOf());
    assertThat(receipt.canonicalization()).isEqualTo(Receipt.CANONICAL_JSON);
    // every pack with an evaluated measure, and the reference rates the fee caps read
    assertThat(receipt.packs()).extracting(PackIdentity::document).containsExactly("cn-reference-rates",
        "sz-gxj-2023-26", "sz-gxj-2022-small-to-scale", "sz-gxj-2021-reply-20210370", "sh-qfb-2023-1",
        "sz-gxj-zjtx-32-draft", "miit-2011-300");
    // the input is the request with the options applied (the request gives none: the engine's, the defaults)
    assertThat(receipt.inputSha256())
        .isEqualTo(Sha256.of(HuiqiJson.writeCanonical(request.withOptions(EngineOptions.DEFAULTS))));
    assertThat(receipt.resultSha256()).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(
        new EntitlementReport(report.asOf(), report.options(), report.complete(), report.outcomes(),
            report.failures(), report.totals(), report.nextQuestions(), Optional.empty()))));
    assertThat(ENGINE.explain(SAMPLE.profile(), SAMPLE.asOf()).receipt()).contains(receipt);
  }

  @Test
  void test_thePlainFormHasNoReceipt() {
    assertThat(ENGINE.evaluate(SAMPLE.withExplain(false)).receipt()).isEmpty();
  }

  @Test
  void test_replay_sameRequestMatches() {
    Receipt recorded = ENGINE.evaluate(SAMPLE.withExplain(true)).receipt().orElseThrow();
    ReplayResult replay = ENGINE.replay(SAMPLE, recorded);
    assertThat(replay.matches()).isTrue();
    assertThat(replay.recomputed()).isEqualTo(recorded);
  }

  @Test
  void test_replay_aChangedPackDoesNotMatchAndIsNamed() {
    Receipt recorded = ENGINE.evaluate(SAMPLE.withExplain(true)).receipt().orElseThrow();
    // the first-loan cap of 深工信〔2023〕26号 第5条 edited from 200,000 to 300,000
    PolicyPack pack = PolicyPacks.readBuiltIn("sz-gxj-2023-26.json");
    String edited = HuiqiJson.write(pack).replaceFirst("\"amount\" : 200000", "\"amount\" : 300000");
    PolicyData data = PolicyData.builtIn().withPack(PolicyPacks.read(edited, "edited"));
    EntitlementEngine changed = EntitlementEngine.of(Catalog.of(data, MeasureRegistry.BUILT_IN));
    ReplayResult replay = changed.replay(SAMPLE, recorded);
    assertThat(replay.matches()).isFalse();
    assertThat(replay.differences()).extracting(ReplayResult.Difference::field)
        .contains("packs/sz-gxj-2023-26/sha256").doesNotContain("inputSha256", "packs/sh-qfb-2023-1/sha256");
  }

  @Test
  void test_aReceiptNamesTheSizeStandardThatClassifiedTheProfile() {
    // the sample without its size, with its 2022 figures: 100 employees and 15,000,000 of revenue, an industrial firm
    // (C3484) that 工信部联企业〔2011〕300号 第四条（二） classes small (20 or more, 3,000,000 or more; not 300 and
    // 20,000,000). Only the fee reduction is asked for (第6条, for small and micro firms): (2% − 1%) × 5,000,000 for
    // a year = 50,000.00 with the derived size; the receipt names the 300号 pack whose bands decided it.
    EnterpriseProfile sample = SAMPLE.profile();
    List<EnterpriseYear> years = new ArrayList<>(sample.years().orElseThrow());
    years.add(EnterpriseYear.builder().year(2022).employees(100).revenue(Cny.of("15000000")).build());
    EnterpriseProfile unsized = new EnterpriseProfile.Builder().from(sample).size(Optional.empty()).years(years)
        .build();
    EntitlementRequest request = EntitlementRequest.of(unsized, SAMPLE.asOf()).withExplain(true)
        .withMeasures(List.of(GuaranteeFeeReductionMeasure.SHENZHEN_2023.id()));
    EntitlementReport report = ENGINE.evaluate(request);
    MeasureOutcome reduction = report.outcomes().get(0);
    assertThat(reduction.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("50000.00")));
    assertThat(reduction.notes()).extracting(Reason::code).contains("size-derived");
    Receipt recorded = report.receipt().orElseThrow();
    assertThat(recorded.packs()).extracting(PackIdentity::document).contains("sz-gxj-2023-26", "miit-2011-300");
    // a host's 300号 pack with another large-firm line: the replay names it
    PolicyPack pack = PolicyPacks.readBuiltIn("miit-2011-300.json");
    String edited = HuiqiJson.write(pack).replaceFirst("\"minimumEmployees\" : 1000", "\"minimumEmployees\" : 1001");
    PolicyData data = PolicyData.builtIn().withPack(PolicyPacks.read(edited, "edited"));
    ReplayResult replay = EntitlementEngine.of(Catalog.of(data, MeasureRegistry.BUILT_IN)).replay(request, recorded);
    assertThat(replay.differences()).extracting(ReplayResult.Difference::field)
        .contains("packs/miit-2011-300/sha256");
  }

  @Test
  void test_replay_anotherInputDoesNotMatch() {
    Receipt recorded = ENGINE.evaluate(SAMPLE.withExplain(true)).receipt().orElseThrow();
    ReplayResult replay = ENGINE.replay(EntitlementRequest.of(SAMPLE.profile(), SAMPLE.asOf().plusDays(1)),
        recorded);
    assertThat(replay.differences()).extracting(ReplayResult.Difference::field)
        .contains("asOf", "inputSha256", "resultSha256");
  }

  @Test
  void test_replayJson_fromTheReportAndFromTheReceipt() {
    String requestJson = HuiqiJson.write(SAMPLE.withExplain(true));
    String reportJson = ENGINE.evaluateJson(requestJson);
    ReplayResult fromReport = HuiqiJson.read(ENGINE.replayJson(requestJson, reportJson), ReplayResult.class);
    assertThat(fromReport.matches()).isTrue();
    Receipt receipt = HuiqiJson.read(reportJson, EntitlementReport.class).receipt().orElseThrow();
    ReplayResult fromReceipt = HuiqiJson.read(ENGINE.replayJson(requestJson, HuiqiJson.write(receipt)),
        ReplayResult.class);
    assertThat(fromReceipt.matches()).isTrue();
    // the request written with its members in another order is the same input
    String reordered = "{\"asOf\": \"" + SAMPLE.asOf() + "\", \"profile\": "
        + HuiqiJson.write(SAMPLE.profile()) + "}";
    assertThat(HuiqiJson.read(ENGINE.replayJson(reordered, reportJson), ReplayResult.class).matches()).isTrue();
  }

  @Test
  void test_replayJson_anEditedReportWithItsReceiptKept_doesNotMatch() {
    String requestJson = HuiqiJson.write(SAMPLE.withExplain(true));
    String reportJson = ENGINE.evaluateJson(requestJson);
    Receipt receipt = HuiqiJson.read(reportJson, EntitlementReport.class).receipt().orElseThrow();
    // the first outcome's first reason reworded, the receipt untouched
    ObjectNode edited = (ObjectNode) HuiqiJson.read(reportJson, JsonNode.class);
    ObjectNode message = (ObjectNode) edited.at("/outcomes/0/reasons/0/message");
    message.put("en", message.get("en").asText() + " (edited)");
    ReplayResult replay = HuiqiJson.read(ENGINE.replayJson(requestJson, HuiqiJson.write(edited)),
        ReplayResult.class);
    assertThat(replay.matches()).isFalse();
    assertThat(replay.recomputed()).isEqualTo(receipt);
    assertThat(replay.differences()).singleElement().satisfies(difference -> {
      assertThat(difference.field()).isEqualTo(ReplayResult.SAVED_RESULT);
      assertThat(difference.recorded()).isEqualTo(receipt.resultSha256());
      assertThat(difference.now()).isNotEqualTo(receipt.resultSha256());
    });
    // on one line, the members of the report as saved: the same report
    assertThat(HuiqiJson.read(ENGINE.replayJson(requestJson, HuiqiJson.read(reportJson, JsonNode.class).toString()),
        ReplayResult.class).matches()).isTrue();
  }

  @Test
  void test_replayJson_aSavedReportMissingAMember_isRequiredAtItsPointer() {
    String requestJson = HuiqiJson.write(SAMPLE.withExplain(true));
    String reportJson = ENGINE.evaluateJson(requestJson);
    // a boolean, a whole number, and the outcomes themselves (read as a report, not as a receipt missing its
    // libraryVersion)
    for (String pointer : List.of("/complete", "/nextQuestions/0/unboundedMeasures", "/outcomes")) {
      ObjectNode saved = (ObjectNode) HuiqiJson.read(reportJson, JsonNode.class);
      int slash = pointer.lastIndexOf('/');
      ((ObjectNode) saved.at(pointer.substring(0, slash))).remove(pointer.substring(slash + 1));
      assertThatThrownBy(() -> ENGINE.replayJson(requestJson, HuiqiJson.write(saved)))
          .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
            assertThat(ex.field()).as(pointer).isEqualTo(pointer);
            assertThat(ex.code()).as(pointer).isEqualTo(InvalidInputException.REQUIRED);
          });
    }
  }

  @Test
  void test_replayJson_aRequestNamingAnUnknownOrRepeatedMeasure_isNamedAtItsPointer() {
    // as evaluateJson names them: /measures/i, not an unknown identifier with no field
    String receiptJson = HuiqiJson.write(ENGINE.evaluate(SAMPLE.withExplain(true)).receipt().orElseThrow());
    String unknown = HuiqiJson.write(SAMPLE.withMeasures(List.of(SizeStandard.MIIT_2011.id())))
        .replace(SizeStandard.MIIT_2011.id().value(), "nope.nope");
    assertThatThrownBy(() -> ENGINE.replayJson(unknown, receiptJson))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("/measures/0");
          assertThat(ex.code()).isEqualTo(InvalidInputException.UNKNOWN_VALUE);
        });
    // a request cannot be built with a measure twice (EntitlementRequest refuses it): the JSON is edited instead
    String twice = HuiqiJson.write(SAMPLE.withMeasures(List.of(SizeStandard.MIIT_2011.id(),
        MeasureId.of("nope.nope")))).replace("nope.nope", SizeStandard.MIIT_2011.id().value());
    assertThatThrownBy(() -> ENGINE.replayJson(twice, receiptJson))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/measures/1"));
  }

  @Test
  void test_replayJson_aPlainReportHasNoReceipt() {
    String requestJson = HuiqiJson.write(SAMPLE.withExplain(false));
    String plain = ENGINE.evaluateJson(requestJson);
    assertThatThrownBy(() -> ENGINE.replayJson(requestJson, plain))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/receipt"));
  }
}
