package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import org.junit.jupiter.api.Test;

/** {@link PolicyData#getMeasure(MeasureId, Class)} without a model type is a typed error naming it. */
class PolicyDataGetMeasureTest {

  @Test
  void test_getMeasure_withoutItsType_namesTheType() {
    PolicyData data = PolicyData.builtIn();
    MeasureId id = FirstLoanMeasure.SHENZHEN_2023.id();
    assertThat(data.getMeasure(id, FirstLoanMeasure.class).id()).isEqualTo(id);
    // before: a bare NullPointerException from type.isInstance
    assertThatThrownBy(() -> data.getMeasure(id, null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("type"));
  }
}
