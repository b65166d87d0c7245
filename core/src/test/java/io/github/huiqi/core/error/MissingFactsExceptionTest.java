package io.github.huiqi.core.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tests {@link MissingFactsException}: it always names at least one fact. */
class MissingFactsExceptionTest {

  @Test
  void test_namesTheFactsInOrder() {
    MissingFactsException ex = new MissingFactsException(List.of("/loans/1/guarantorInRegion", "/enterpriseSize"));
    assertThat(ex.missingFacts()).containsExactly("/loans/1/guarantorInRegion", "/enterpriseSize");
    assertThat(ex.getMessage()).contains("/loans/1/guarantorInRegion, /enterpriseSize");
  }

  @Test
  void test_emptyListIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new MissingFactsException(List.of()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("missingFacts"));
  }

  @Test
  void test_nullListOrFactIsRejectedNamingTheField() {
    assertThatThrownBy(() -> new MissingFactsException(null))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("missingFacts"));
    assertThatThrownBy(() -> new MissingFactsException(Arrays.asList("/a", null)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("missingFacts/1"));
  }
}
