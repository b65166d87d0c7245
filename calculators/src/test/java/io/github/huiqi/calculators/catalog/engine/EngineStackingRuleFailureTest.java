package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.StackingRule;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * A stacking rule that cannot be applied (a host's own, added with {@link MeasureRegistry#withStackingRule}, or a
 * built-in one on a profile it does not foresee) is a reported failure of its measures, and the rest of the report
 * is computed, as for a measure that cannot be evaluated: never an exception for the whole report.
 */
class EngineStackingRuleFailureTest {

  private static final EnterpriseProfile SAMPLE = EntitlementSamples.shenzhenManufacturer2023().profile();
  private static final LocalDate AS_OF = EntitlementSamples.shenzhenManufacturer2023().asOf();
  private static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  private static final MeasureId TECH_SME = MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy");

  /** A rule over the first-loan measures, or over none named, that throws what it is given. */
  private static StackingRule throwing(List<Class<? extends Measure>> classes, RuntimeException ex) {
    return new StackingRule() {
      @Override
      public String code() {
        return "host-rule";
      }

      @Override
      public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
          EvaluationContext context, Catalog catalog, boolean explain) {
        throw ex;
      }

      @Override
      public List<Class<? extends Measure>> measureClasses() {
        return classes;
      }
    };
  }

  private static EntitlementEngine engineWith(StackingRule rule) {
    return EntitlementEngine.of(Catalog.of(PolicyData.builtIn(), MeasureRegistry.BUILT_IN.withStackingRule(rule)));
  }

  @Test
  void test_aTypedError_itsMeasuresFail_theRestComputed() {
    EntitlementReport whole = EntitlementEngine.builtIn().evaluate(SAMPLE, AS_OF);
    EntitlementReport report = engineWith(throwing(List.of(FirstLoanMeasure.class),
        new InvalidInputException("/loans/0/principal", "1", "must be larger"))).evaluate(SAMPLE, AS_OF);
    assertThat(report.complete()).isFalse();
    // every first-loan measure of the catalogue is set aside, each a failure naming the rule and the error
    List<MeasureId> firstLoans = whole.outcomes().stream().map(MeasureOutcome::measure)
        .filter(id -> Catalog.builtIn().get(id).measure() instanceof FirstLoanMeasure).toList();
    assertThat(firstLoans).contains(FIRST_LOAN);
    assertThat(report.failures()).extracting(EvaluationFailure::measure).containsExactlyElementsOf(firstLoans);
    EvaluationFailure failure = report.failures().get(0);
    assertThat(failure.code()).isEqualTo(InvalidInputException.INVALID);
    assertThat(failure.field()).isEqualTo("/loans/0/principal");
    assertThat(failure.message()).startsWith("stacking rule host-rule: ").contains("must be larger");
    assertThat(failure.message(Locale.SIMPLIFIED_CHINESE)).startsWith("叠加规则 host-rule：");
    assertThat(report.outcome(FIRST_LOAN)).isEmpty();
    // the other measures as in the built-in engine's report (the tech-SME subsidy, which the built-in rules ran
    // before the host's, among them)
    assertThat(report.outcome(TECH_SME)).isEqualTo(whole.outcome(TECH_SME));
    assertThat(report.outcomes()).hasSize(whole.outcomes().size() - firstLoans.size());
  }

  @Test
  void test_anInternalError_ofARuleNamingNoClasses_everyOutcomeFails() {
    EntitlementReport report = engineWith(throwing(List.of(), new IllegalStateException("boom")))
        .evaluate(SAMPLE, AS_OF);
    assertThat(report.complete()).isFalse();
    assertThat(report.outcomes()).isEmpty();
    assertThat(report.failures()).hasSize(EntitlementEngine.builtIn().evaluate(SAMPLE, AS_OF).outcomes().size());
    assertThat(report.failures()).allSatisfy(failure -> {
      assertThat(failure.code()).isEqualTo("internal-error");
      assertThat(failure.message()).isEqualTo("stacking rule host-rule: IllegalStateException: boom");
    });
  }
}
