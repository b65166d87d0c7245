package io.github.huiqi.calculators.catalog.engine;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;

/**
 * Test support for the audits that go through the engine's JSON entry point as a platform would: one request in, the
 * report read back from its JSON, one measure's outcome out.
 */
public final class EngineJsonOutcomes {

  private EngineJsonOutcomes() {
  }

  /**
   * Evaluates a JSON request with the built-in engine ({@link EntitlementEngine#evaluateJson}) and returns the outcome
   * of one measure from the report read back from JSON.
   *
   * @param requestJson  the request: {@code asOf}, optionally {@code measures}, and the {@code profile}
   * @param measure  the measure whose outcome to return
   * @return the outcome
   * @throws java.util.NoSuchElementException if the report has no outcome for the measure
   */
  public static MeasureOutcome outcome(String requestJson, MeasureId measure) {
    EntitlementReport report = HuiqiJson.read(EntitlementEngine.builtIn().evaluateJson(requestJson),
        EntitlementReport.class);
    return report.outcome(measure).orElseThrow();
  }

  /**
   * Evaluates a profile with the built-in engine the three ways a caller may — typed plain, typed explained, and
   * through {@link EntitlementEngine#evaluateJson} — and returns one measure's outcome from each, in that order, for
   * a test to assert the same figures of all three.
   *
   * @param profileJson  the profile's JSON
   * @param asOf  the evaluation date
   * @param measure  the measure whose outcome to return
   * @return the plain, explained and JSON outcomes
   * @throws java.util.NoSuchElementException if a report has no outcome for the measure
   */
  public static List<MeasureOutcome> threeWays(String profileJson, LocalDate asOf, MeasureId measure) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementEngine engine = EntitlementEngine.builtIn();
    return List.of(engine.evaluate(profile, asOf).outcome(measure).orElseThrow(),
        engine.explain(profile, asOf).outcome(measure).orElseThrow(),
        outcome("{\"asOf\": \"" + asOf + "\", \"profile\": " + profileJson + "}", measure));
  }
}
