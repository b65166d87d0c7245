package io.github.huiqi.calculators.financing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.MonetaryAmount;

/**
 * Runs one measure of a profile given as JSON text through the entitlement engine's two entry points (the typed
 * {@code evaluate} on the profile read from the text, and {@code evaluateJson} on the text itself), checks that they
 * agree, and returns the typed outcome, for the blind audits of the financing families.
 */
public final class BlindAuditEngine {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private BlindAuditEngine() {
  }

  /**
   * Evaluates one measure on both paths.
   *
   * @param profileJson  the profile, as JSON text
   * @param asOf  the evaluation date
   * @param measure  the measure id
   * @return the typed path's outcome, after checking the JSON path's outcome is the same
   */
  public static MeasureOutcome outcome(String profileJson, String asOf, String measure) {
    EntitlementReport report = report(profileJson, asOf, measure);
    assertThat(report.failures()).as(measure + " failures").isEmpty();
    assertThat(report.outcomes()).hasSize(1);
    return report.outcomes().get(0);
  }

  /**
   * Evaluates one measure on both paths and returns the typed path's report (its outcomes and failures), after
   * checking the JSON path's report is the same.
   *
   * @param profileJson  the profile, as JSON text
   * @param asOf  the evaluation date
   * @param measure  the measure id
   * @return the typed path's report
   */
  public static EntitlementReport report(String profileJson, String asOf, String measure) {
    try {
      EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
      EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile,
          LocalDate.parse(asOf)).withMeasures(List.of(MeasureId.of(measure))));
      JsonNode fromApi = MAPPER.readTree(HuiqiJson.write(report));
      ObjectNode request = MAPPER.createObjectNode();
      request.set("profile", MAPPER.readTree(profileJson));
      request.put("asOf", asOf);
      request.putArray("measures").add(measure);
      JsonNode fromJson = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.toString()));
      for (String member : List.of("/outcomes", "/failures", "/totals", "/nextQuestions")) {
        assertThat(fromJson.at(member)).as(measure + member).isEqualTo(fromApi.at(member));
      }
      return report;
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
  }

  /** Asserts an outcome's verdict and range, {@code most} {@code null} for no upper end. */
  public static void assertOutcome(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    assertThat(outcome.verdict()).as(outcome.measure() + " verdict").isEqualTo(verdict);
    assertThat(yuan(outcome.amount().minimum())).as(outcome.measure() + " least").isEqualByComparingTo(least);
    if (most == null) {
      assertThat(outcome.amount().maximum()).as(outcome.measure() + " most").isEmpty();
    } else {
      assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(outcome.measure() + " most")
          .isEqualByComparingTo(most);
    }
  }

  /** An amount in yuan. */
  public static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }
}
