package io.github.huiqi.calculators.employment.hiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.employment.training.TrainingCalculator;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.testing.InputAssertions;
import org.junit.jupiter.api.Test;

/**
 * Audit cases for the JSON entry points of the employment calculators: a whole number beyond the range of its type
 * (more than 2,147,483,647 months or trainees) is rejected naming its JSON Pointer and the number written.
 */
class HiringJsonAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  @Test
  void test_monthsBeyondTheRange_namesPointerAndValue() {
    HiringMeasure measure = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
    InvalidInputException ex = InputAssertions.assertField(() -> HiringCalculator.DEFAULT.explainSubsidyJson(measure,
        "{\"hires\": [{\"hireId\": \"H\", \"hireDate\": \"2023-01-01\", \"registeredUnemployedMonths\": 3000000000}]}"),
        "/hires/0/registeredUnemployedMonths");
    assertThat(ex.value()).isEqualTo("3000000000");
    assertThat(ex.code()).isEqualTo(InvalidInputException.NUMBER_BOUNDS);
  }

  @Test
  void test_traineesBeyondTheRange_namesPointerAndValue() {
    TrainingMeasure measure = DATA.getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
    InvalidInputException ex = InputAssertions.assertField(() -> TrainingCalculator.DEFAULT
        .explainMaximumSubsidyJson(measure, "{\"trainingSessions\": [{\"sessionId\": \"T\", \"trainees\": "
            + "-99999999999, \"costPerTrainee\": {\"amount\": 1, \"currency\": \"CNY\"}}]}"),
        "/trainingSessions/0/trainees");
    assertThat(ex.value()).isEqualTo("-99999999999");
  }
}
