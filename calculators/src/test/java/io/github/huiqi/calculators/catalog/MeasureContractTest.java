package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.catalog.MeasureKinds;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.ProfileFixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every registered evaluator meets, over the bare profile, the sample and seeded variants of the sample
 * with facts missing: the plain and explaining forms agree; 64 threads give what one gives; the outcome survives a JSON
 * round trip; every missing fact is a pointer that resolves in the profile's schema; every outcome cites a clause and
 * gives its reasons (an undetermined one, what could not be decided); a draft measure's outcome says draft.
 */
class MeasureContractTest {

  private static final Catalog CATALOG = Catalog.builtIn();

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    List<EnterpriseProfile> profiles = new ArrayList<>(List.of(CatalogProfiles.bare(), CatalogProfiles.sample(),
        ProfileFixtures.full()));
    Random random = new Random(20261202L);
    for (int i = 0; i < 12; i++) {
      profiles.add(CatalogProfiles.sampleWithGaps(random, 25));
    }
    for (Catalog.Entry entry : CATALOG.entries()) {
      for (int p = 0; p < profiles.size(); p++) {
        cases.add(Arguments.of(entry.measure().id().value(), p, profiles.get(p)));
      }
    }
    return cases.stream();
  }

  private static MeasureOutcome run(String id, EnterpriseProfile profile, boolean explain) {
    Catalog.Entry entry = CATALOG.get(io.github.huiqi.core.policy.MeasureId.of(id));
    return entry.evaluate(profile, new EvaluationContext(CatalogProfiles.AS_OF, CATALOG.data(),
        EngineOptions.DEFAULTS, entry), explain);
  }

  @ParameterizedTest(name = "{0} on profile {1}")
  @MethodSource("cases")
  void test_plainAndExplainingFormsAgree(String id, int index, EnterpriseProfile profile) {
    MeasureOutcome plain = run(id, profile, false);
    MeasureOutcome explained = run(id, profile, true);
    assertThat(plain.verdict()).isEqualTo(explained.verdict());
    assertThat(plain.amount()).isEqualTo(explained.amount());
    assertThat(plain.amountKind()).isEqualTo(explained.amountKind());
    assertThat(plain.bindingLimit()).isEqualTo(explained.bindingLimit());
    assertThat(plain.missingFacts()).isEqualTo(explained.missingFacts());
    assertThat(plain.countedInTotal()).isEqualTo(explained.countedInTotal());
    assertThat(plain.windowStatus()).isEqualTo(explained.windowStatus());
    // the detail is part of the answer (the class, the entry year, what a referral refers to), not of the explanation
    assertThat(plain.detail()).isEqualTo(explained.detail());
    assertThat(plain.explanation().steps()).isEmpty();
  }

  @ParameterizedTest(name = "{0} on profile {1}")
  @MethodSource("cases")
  void test_outcomeSurvivesJsonRoundTrip(String id, int index, EnterpriseProfile profile) {
    MeasureOutcome explained = run(id, profile, true);
    MeasureOutcome back = HuiqiJson.read(HuiqiJson.write(explained), MeasureOutcome.class);
    assertThat(back).isEqualTo(explained);
    // compact: the same outcome; without the explanation: the same outcome with no steps
    assertThat(HuiqiJson.read(HuiqiJson.write(explained, JsonOutput.COMPACT), MeasureOutcome.class))
        .isEqualTo(explained);
    String lean = HuiqiJson.write(explained, JsonOutput.COMPACT.withoutExplanation());
    assertThat(lean).doesNotContain("\"explanation\"");
    MeasureOutcome leanBack = HuiqiJson.read(lean, MeasureOutcome.class);
    assertThat(leanBack.explanation()).isEqualTo(new Explanation(List.of()));
    assertThat(leanBack).usingRecursiveComparison().ignoringFields("explanation").isEqualTo(explained);
  }

  @ParameterizedTest(name = "{0} on profile {1}")
  @MethodSource("cases")
  void test_missingFactsResolveInTheProfileSchema(String id, int index, EnterpriseProfile profile) {
    MeasureOutcome explained = run(id, profile, true);
    for (String fact : explained.missingFacts()) {
      assertThat(EnterpriseProfileSchema.resolves(fact)).as("missing fact %s of %s", fact, id).isTrue();
    }
    if (explained.verdict() == Verdict.UNDETERMINED) {
      assertThat(explained.missingFacts()).isNotEmpty();
    }
  }

  @ParameterizedTest(name = "{0} on profile {1}")
  @MethodSource("cases")
  void test_anUndeterminedOutcomeMayBeWorthNothing(String id, int index, EnterpriseProfile profile) {
    // Verdict: undetermined means a condition may still fail, and a failed condition gives nothing; so an outcome
    // whose least amount is positive already qualifies whatever the missing facts are, and is eligible with a range
    // (decisions register §4.6 item 42)
    MeasureOutcome plain = run(id, profile, false);
    if (plain.verdict() == Verdict.UNDETERMINED) {
      assertThat(plain.amount().minimum().isZero()).as("the least amount of undetermined %s: %s", id,
          plain.amount()).isTrue();
    }
  }

  @Test
  void test_theEngineKeepsTheVerdictConvention() {
    // the stacking rules change verdicts and amounts after the evaluators: an undetermined outcome of the engine may
    // still be worth nothing, an eligible one stays eligible when something is certain (decisions register §4.6
    // item 42)
    List<EnterpriseProfile> profiles = new ArrayList<>(List.of(CatalogProfiles.bare(), CatalogProfiles.sample(),
        ProfileFixtures.full()));
    Random random = new Random(20261204L);
    for (int i = 0; i < 24; i++) {
      profiles.add(CatalogProfiles.sampleWithGaps(random, 25));
    }
    for (EnterpriseProfile profile : profiles) {
      for (MeasureOutcome outcome : EntitlementEngine.builtIn().evaluate(profile, CatalogProfiles.AS_OF).outcomes()) {
        if (outcome.verdict() == Verdict.UNDETERMINED) {
          assertThat(outcome.amount().minimum().isZero()).as("the least amount of undetermined %s: %s",
              outcome.measure(), outcome.amount()).isTrue();
        }
      }
    }
  }

  @ParameterizedTest(name = "{0} on profile {1}")
  @MethodSource("cases")
  void test_everyOutcomeCitesAClause(String id, int index, EnterpriseProfile profile) {
    MeasureOutcome explained = run(id, profile, true);
    assertThat(explained.clauseLabel()).contains(explained.clause().article());
    for (Reason reason : explained.reasons()) {
      assertThat(reason.citation().label()).isNotBlank();
    }
    assertThat(explained.explanation().steps().size() + explained.reasons().size()).isPositive();
    if (explained.verdict() == Verdict.UNDETERMINED) {
      // MeasureOutcome#reasons: for an undetermined verdict, what could not be decided
      assertThat(explained.reasons()).as("the reasons of undetermined %s", id).isNotEmpty();
    }
    if (CATALOG.data().documentOf(CATALOG.get(explained.measure()).measure()).status() == DocumentStatus.DRAFT) {
      assertThat(explained.documentStatus()).isEqualTo(DocumentStatus.DRAFT);
      assertThat(explained.countedInTotal()).isFalse();
    }
  }

  @Test
  @Tag("threads")
  void test_sixtyFourThreadsGiveWhatOneGives() throws Exception {
    List<EnterpriseProfile> profiles = new ArrayList<>(List.of(CatalogProfiles.bare(), CatalogProfiles.sample()));
    Random random = new Random(7L);
    for (int i = 0; i < 6; i++) {
      profiles.add(CatalogProfiles.sampleWithGaps(random, 30));
    }
    List<String> expected = new ArrayList<>();
    for (EnterpriseProfile profile : profiles) {
      expected.add(HuiqiJson.write(EntitlementEngine.builtIn().explain(profile, CatalogProfiles.AS_OF)));
    }
    ExecutorService pool = Executors.newFixedThreadPool(64);
    try {
      List<Future<Boolean>> results = new ArrayList<>();
      for (int t = 0; t < 64; t++) {
        int offset = t;
        results.add(pool.submit(() -> {
          for (int i = 0; i < profiles.size(); i++) {
            int k = (i + offset) % profiles.size();
            String json = HuiqiJson.write(EntitlementEngine.builtIn().explain(profiles.get(k), CatalogProfiles.AS_OF));
            if (!json.equals(expected.get(k))) {
              return false;
            }
          }
          return true;
        }));
      }
      for (Future<Boolean> result : results) {
        assertThat(result.get()).isTrue();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void test_everyKindHasAnEvaluatorAndEveryMeasureAWindow() {
    for (MeasureKinds.Kind kind : MeasureKinds.all()) {
      assertThat(MeasureRegistry.BUILT_IN.find(kind.modelType())).as(kind.typeName()).isPresent();
    }
    assertThat(CATALOG.entries()).hasSize(CATALOG.data().measures().size());
    for (Catalog.Entry entry : CATALOG.entries()) {
      assertThat(entry.window().start()).isNotNull();
    }
  }
}
