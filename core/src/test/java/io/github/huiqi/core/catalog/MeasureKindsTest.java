package io.github.huiqi.core.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Finding a measure kind by its JSON type name: a kind, none, or a typed error for no name at all. */
class MeasureKindsTest {

  @Test
  void test_find_byName_noneForAnUnknownOne_aTypedErrorForNull() {
    String first = MeasureKinds.all().get(0).typeName();
    assertThat(MeasureKinds.find(first)).contains(MeasureKinds.all().get(0));
    assertThat(MeasureKinds.find("financing.no-such-kind")).isEmpty();
    // before: a bare NullPointerException from the index's lookup
    assertThatThrownBy(() -> MeasureKinds.find(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("typeName"));
  }
}
