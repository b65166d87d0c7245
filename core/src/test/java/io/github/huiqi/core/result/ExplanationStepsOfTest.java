package io.github.huiqi.core.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Explanation#stepsOf} without a step type is a typed error naming it. */
class ExplanationStepsOfTest {

  @Test
  void test_stepsOf_withoutAType_namesTheType() {
    Explanation empty = new Explanation(List.of());
    assertThat(empty.stepsOf(ExplanationStep.class)).isEmpty();
    // before: a bare NullPointerException from type::isInstance
    assertThatThrownBy(() -> empty.stepsOf(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("type"));
  }
}
