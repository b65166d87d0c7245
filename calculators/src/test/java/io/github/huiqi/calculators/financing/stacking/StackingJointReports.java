package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * The joint-limit tests' reading of a report: through the engine's JSON entry point, through its three paths at once
 * ({@link #pairOnThreePaths}), and its amounts in yuan.
 */
final class StackingJointReports {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  /** The first-loan subsidy (深工信〔2023〕26号 第5条). */
  static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  /** The tech-SME interest subsidy (深工信〔2023〕26号 第13条). */
  static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  private StackingJointReports() {
  }

  /** The report through the JSON entry point, read back: the JSON round trip keeps the joint limits. */
  static EntitlementReport report(String request) {
    String json = ENGINE.evaluateJson(request);
    EntitlementReport report = HuiqiJson.read(json, EntitlementReport.class);
    assertThat(HuiqiJson.write(report)).isEqualTo(json);
    return report;
  }

  /** The report's outcome of a measure, which must be there. */
  static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(new MeasureId(id)).orElseThrow();
  }

  static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  static void assertRange(OutcomeAmount amount, String least, String most) {
    assertThat(yuan(amount.minimum())).isEqualByComparingTo(least);
    assertThat(yuan(amount.maximum().orElseThrow())).isEqualByComparingTo(most);
  }
  /**
   * The first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条) outcomes of a profile under a precedence, through the
   * typed engine plain and explained and through {@code evaluateJson} read back: the three must agree on every joint
   * limit, the total in reach, the questions and each outcome's verdict, amount and missing facts, and the JSON tree
   * on each outcome's verdict and least; the report must be whole.
   *
   * @return the plain report and the JSON's tree
   */
  static ThreePaths pairOnThreePaths(String profileJson, LocalDate asOf, StackingPrecedence precedence) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementRequest request = EntitlementRequest.of(profile, asOf)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(precedence))
        .withMeasures(List.of(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME)));
    EntitlementReport plain = ENGINE.evaluate(request);
    EntitlementReport explained = ENGINE.evaluate(request.withExplain(true));
    String json = ENGINE.evaluateJson("{\"asOf\": \"" + asOf + "\", \"measures\": [\"" + FIRST_LOAN + "\", \""
        + TECH_SME + "\"], \"options\": {\"interestSubsidyPrecedence\": \"" + precedence + "\"}, \"profile\": "
        + profileJson + "}");
    EntitlementReport read = HuiqiJson.read(json, EntitlementReport.class);
    for (EntitlementReport other : List.of(explained, read)) {
      assertThat(other.jointLimits()).hasSameSizeAs(plain.jointLimits());
      for (int i = 0; i < plain.jointLimits().size(); i++) {
        JointLimit a = plain.jointLimits().get(i);
        JointLimit b = other.jointLimits().get(i);
        assertThat(b.measures()).isEqualTo(a.measures());
        assertThat(b.loanIds()).isEqualTo(a.loanIds());
        assertThat(b.minimum()).isEqualTo(a.minimum());
        assertThat(b.maximum()).isEqualTo(a.maximum());
        assertThat(b.factsDecidingNothing()).isEqualTo(a.factsDecidingNothing());
      }
      assertThat(other.totals().inReach()).isEqualTo(plain.totals().inReach());
      assertThat(other.nextQuestions()).isEqualTo(plain.nextQuestions());
      assertThat(other.complete()).isTrue();
      assertThat(other.failures()).isEmpty();
      for (MeasureOutcome outcome : plain.outcomes()) {
        MeasureOutcome same = other.outcome(outcome.measure()).orElseThrow();
        assertThat(same.verdict()).isEqualTo(outcome.verdict());
        assertThat(same.amount()).isEqualTo(outcome.amount());
        assertThat(same.missingFacts()).isEqualTo(outcome.missingFacts());
      }
    }
    assertThat(plain.complete()).isTrue();
    assertThat(plain.failures()).isEmpty();
    assertThat(plain.outcomes()).extracting(o -> o.measure().value()).containsExactly(FIRST_LOAN, TECH_SME);
    JsonNode node = HuiqiJson.read(json, JsonNode.class);
    assertThat(node.at("/complete").asBoolean()).isTrue();
    for (MeasureOutcome outcome : plain.outcomes()) {
      JsonNode same = EngineJson.outcome(node, outcome.measure().value());
      assertThat(same.at("/verdict").asText()).isEqualTo(outcome.verdict().name());
      assertThat(EngineJson.least(same)).isEqualByComparingTo(Cny.yuan(outcome.amount().minimum(), "minimum"));
    }
    return new ThreePaths(plain, node);
  }

  /**
   * The English words of the note of the one-interest-subsidy-per-loan rule on a measure's outcome, explained through
   * the typed engine under a precedence.
   */
  static String noteEn(String profileJson, LocalDate asOf, StackingPrecedence precedence, String measure) {
    EntitlementRequest request = EntitlementRequest.of(HuiqiJson.read(profileJson, EnterpriseProfile.class), asOf)
        .withOptions(EngineOptions.DEFAULTS.withInterestSubsidyPrecedence(precedence))
        .withMeasures(List.of(MeasureId.of(FIRST_LOAN), MeasureId.of(TECH_SME))).withExplain(true);
    return ENGINE.evaluate(request).outcome(MeasureId.of(measure)).orElseThrow().notes().stream()
        .filter(note -> note.code().equals(StackingInterestSubsidyRule.CODE)).findFirst().orElseThrow().message().en();
  }

  /**
   * A report that agreed on its three paths.
   *
   * @param plain  the typed plain report
   * @param json  the tree of {@code evaluateJson}'s report
   */
  record ThreePaths(EntitlementReport plain, JsonNode json) {
  }
}
