package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanEvaluator;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The registry of evaluators and stacking rules: what it holds, and the copies that add or replace one. */
class MeasureRegistryTest {

  private static final StackingRule NOTHING = new StackingRule() {
    @Override
    public String code() {
      return "nothing";
    }

    @Override
    public List<MeasureOutcome> apply(List<MeasureOutcome> outcomes, EnterpriseProfile profile,
        EvaluationContext context, Catalog catalog, boolean explain) {
      return outcomes;
    }
  };

  @Test
  void builtIn_oneEvaluatorPerMeasureType_everyBuiltInMeasureCovered() {
    List<MeasureEvaluator<?>> evaluators = MeasureRegistry.BUILT_IN.evaluators();
    List<Object> types = evaluators.stream().<Object>map(MeasureEvaluator::measureType).toList();
    assertThat(types).doesNotHaveDuplicates().contains(FirstLoanMeasure.class);
    for (Measure measure : PolicyData.builtIn().measures()) {
      assertThat(MeasureRegistry.BUILT_IN.find(measure.getClass())).as(measure.id().value()).isPresent();
    }
  }

  @Test
  void withStackingRule_addsItLast_andLeavesTheOriginalAsItWas() {
    int before = MeasureRegistry.BUILT_IN.stackingRules().size();
    MeasureRegistry more = MeasureRegistry.BUILT_IN.withStackingRule(NOTHING);
    assertThat(more.stackingRules()).hasSize(before + 1).last().isSameAs(NOTHING);
    assertThat(MeasureRegistry.BUILT_IN.stackingRules()).hasSize(before).doesNotContain(NOTHING);
    assertThat(more.evaluators()).hasSameSizeAs(MeasureRegistry.BUILT_IN.evaluators());
    assertThatThrownBy(() -> MeasureRegistry.BUILT_IN.withStackingRule(null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("rule");
  }

  @Test
  void withEvaluator_replacesTheSameMeasureTypes() {
    MeasureRegistry same = MeasureRegistry.BUILT_IN.withEvaluator(FirstLoanEvaluator.DEFAULT);
    assertThat(same.evaluators()).hasSameSizeAs(MeasureRegistry.BUILT_IN.evaluators());
    assertThat(same.find(FirstLoanMeasure.class)).containsSame(FirstLoanEvaluator.DEFAULT);
    assertThat(same.stackingRules()).isEqualTo(MeasureRegistry.BUILT_IN.stackingRules());
  }
}
