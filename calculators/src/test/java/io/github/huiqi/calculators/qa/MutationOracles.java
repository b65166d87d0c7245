package io.github.huiqi.calculators.qa;

import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.EntitlementSamples;
import io.github.huiqi.calculators.catalog.engine.EvaluationFailure;
import io.github.huiqi.calculators.testkit.ConformanceAnswer;
import io.github.huiqi.calculators.testkit.ConformancePack;
import io.github.huiqi.calculators.testkit.ConformanceReport;
import io.github.huiqi.calculators.testkit.ConformanceRunner;
import io.github.huiqi.calculators.testkit.ConformanceVector;
import io.github.huiqi.calculators.testkit.QaProfiles;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The worked cases a mutated pack is run against, and whether any of them notices the change.
 * <p>
 * The published conformance vectors first (a vector that fails under the mutant notices it), then the entitlement
 * engine over a fixed set of requests, each compared with its outcome under the built-in data (verdict, amount range,
 * binding limit and detail, such as a deferral's end date, of every measure, and every measure that could not be
 * evaluated): the Shenzhen sample; the boundary cases of {@link PinnedCases}; the sample's profile and the bare
 * profile at each of {@link #DATES}; each vector's profile over the whole catalogue at its own date; and a seeded
 * {@link ScreeningPopulation} (all facts known, and a tenth unknown) at each of the
 * dates. Built once; {@link #difference} stops at the first case that differs.
 */
final class MutationOracles {

  /** The evaluation dates of the population and of the sample's profile. */
  static final List<LocalDate> DATES = List.of(LocalDate.of(2022, 6, 30), LocalDate.of(2023, 6, 30),
      LocalDate.of(2023, 12, 31));

  private final ConformancePack vectors = ConformancePack.builtIn();
  private final List<EntitlementRequest> requests = new ArrayList<>();
  private final List<String> expected = new ArrayList<>();

  /**
   * Builds the cases and their outcomes under the built-in data.
   *
   * @param populationSize  the firms of each seeded population, evaluated at each date
   */
  MutationOracles(int populationSize) {
    requests.add(EntitlementSamples.shenzhenManufacturer2023());
    requests.addAll(PinnedCases.all());
    for (LocalDate date : DATES) {
      requests.add(EntitlementRequest.of(QaProfiles.shenzhenSample().build(), date));
      requests.add(EntitlementRequest.of(QaProfiles.bare().build(), date));
    }
    for (ConformanceVector vector : vectors.vectors()) {
      requests.add(EntitlementRequest.of(vector.profile(), vector.asOf()));
    }
    int[] unknownPerMille = {0, 100};
    for (int i = 0; i < unknownPerMille.length; i++) {
      ScreeningPopulation population = ScreeningPopulation.of(20_261_207L + i, populationSize, unknownPerMille[i]);
      while (population.hasNext()) {
        var profile = population.next();
        for (LocalDate date : DATES) {
          requests.add(EntitlementRequest.of(profile, date));
        }
      }
    }
    EntitlementEngine builtIn = EntitlementEngine.builtIn();
    for (EntitlementRequest request : requests) {
      expected.add(fingerprint(builtIn, request));
    }
  }

  /** The number of engine requests, besides the vectors. */
  int requestCount() {
    return requests.size();
  }

  /**
   * Runs every case under the data and returns the first that differs from the built-in outcome.
   *
   * @param data  the (mutated) policy data
   * @return the first difference (or the catalogue's refusal of the data), empty when no case notices the data
   */
  Optional<String> difference(PolicyData data) {
    EntitlementEngine engine;
    try {
      engine = EntitlementEngine.of(Catalog.of(data));
    } catch (RuntimeException ex) {
      return Optional.of("refused by the catalogue: " + ex);
    }
    ConformanceReport report = ConformanceRunner.run(vectors, vector -> {
      EntitlementReport answer = engine.evaluate(vector.request());
      return answer.outcome(vector.measure()).map(ConformanceAnswer::of).orElseThrow(() -> new IllegalStateException(
          "failed " + vector.measure().value() + ": " + answer.failures()));
    });
    if (!report.allPassed()) {
      return Optional.of("vector " + report.failed().get(0));
    }
    for (int i = 0; i < requests.size(); i++) {
      String now = fingerprint(engine, requests.get(i));
      if (!now.equals(expected.get(i))) {
        return Optional.of("engine case " + i + " at " + requests.get(i).asOf() + ": " + firstDifference(
            expected.get(i), now));
      }
    }
    return Optional.empty();
  }

  private static String fingerprint(EntitlementEngine engine, EntitlementRequest request) {
    EntitlementReport report;
    try {
      report = engine.evaluate(request);
    } catch (RuntimeException ex) {
      return "threw " + ex;
    }
    StringBuilder out = new StringBuilder();
    for (MeasureOutcome outcome : report.outcomes()) {
      out.append(outcome.measure().value()).append(' ').append(outcome.verdict()).append(' ')
          .append(outcome.amount());
      outcome.detail().ifPresent(detail -> out.append(" detail ").append(detail));
      outcome.bindingLimit().ifPresent(limit -> out.append(" bound ").append(limit.code()).append(' ')
          .append(limit.limit()));
      out.append('\n');
    }
    for (EvaluationFailure failure : report.failures()) {
      out.append("failed ").append(failure.measure().value()).append(' ').append(failure.code()).append(' ')
          .append(failure.field()).append('\n');
    }
    return out.toString();
  }

  private static String firstDifference(String before, String after) {
    List<String> was = before.lines().toList();
    List<String> now = after.lines().toList();
    for (int i = 0; i < Math.max(was.size(), now.size()); i++) {
      String a = i < was.size() ? was.get(i) : "(none)";
      String b = i < now.size() ? now.get(i) : "(none)";
      if (!a.equals(b)) {
        return a + " → " + b;
      }
    }
    return "(same lines)";
  }
}
