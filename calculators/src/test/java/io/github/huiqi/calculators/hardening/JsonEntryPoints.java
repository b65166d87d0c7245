package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.audit.CalculatorReplay;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.json.HuiqiJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Every JSON entry point of the library with a valid sample document: each calculator's {@code explain...Json}, the
 * engine's {@code evaluateJson}, and its {@code replayJson} with either the request or the receipt as the document;
 * {@code CalculatorReplay.replayJson} with either a first-loan request or its saved result as the document (the
 * replay reads the result's receipt and its body, which must hash to the receipt's).
 * A test in this package checks that the list names as many calculator entry points as the main code declares.
 */
public final class JsonEntryPoints {

  private static final List<JsonEntryPoint> ALL = build();

  private JsonEntryPoints() {
  }

  /**
   * Returns every entry point.
   *
   * @return the entry points, in a fixed order
   */
  public static List<JsonEntryPoint> all() {
    return ALL;
  }

  /**
   * Returns the entry point of a name.
   *
   * @param name  the name, such as {@code FirstLoanCalculator.explainSubsidyJson}
   * @return the entry point
   */
  public static JsonEntryPoint named(String name) {
    return ALL.stream().filter(entry -> entry.name().equals(name)).findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no entry point " + name));
  }

  private static List<JsonEntryPoint> build() {
    List<JsonEntryPoint> all = new ArrayList<>();
    all.addAll(FinancingEntryPoints.all());
    all.addAll(TaxAndGrantEntryPoints.all());
    all.addAll(SpaceAndClassEntryPoints.all());
    EntitlementEngine engine = EntitlementEngine.builtIn();
    EntitlementRequest sample = EntitlementRequest.of(CatalogProfiles.sample(), CatalogProfiles.AS_OF);
    String request = HuiqiJson.write(sample);
    all.add(new JsonEntryPoint("EntitlementEngine.evaluateJson", request, engine::evaluateJson));
    String receipt = HuiqiJson.write(HuiqiJson.read(engine.evaluateJson(HuiqiJson.write(sample.withExplain(true))),
        EntitlementReport.class).receipt().orElseThrow());
    all.add(new JsonEntryPoint("EntitlementEngine.replayJson(request)", request,
        json -> engine.replayJson(json, receipt)));
    all.add(new JsonEntryPoint("EntitlementEngine.replayJson(receipt)", receipt,
        json -> engine.replayJson(request, json)));
    JsonEntryPoint firstLoan = all.stream().filter(entry -> entry.name().startsWith("FirstLoanCalculator."))
        .findFirst().orElseThrow();
    String loanRequest = firstLoan.validJson();
    String loanResult = firstLoan.answer(loanRequest);
    CalculatorReplay replay = CalculatorReplay.builtIn();
    all.add(new JsonEntryPoint("CalculatorReplay.replayJson(request)", loanRequest,
        json -> replay.replayJson(json, loanResult)));
    all.add(new JsonEntryPoint("CalculatorReplay.replayJson(result)", loanResult,
        json -> replay.replayJson(loanRequest, json)));
    return List.copyOf(all);
  }
}
