package io.github.huiqi.calculators.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.policy.MeasureId;
import org.junit.jupiter.api.Test;

/** Finding a catalogue entry by measure id: the entry, none for an id the catalogue lacks, a typed error for null. */
class CatalogFindTest {

  @Test
  void test_find_entryNoneOrATypedErrorForNull() {
    Catalog catalog = Catalog.builtIn();
    assertThat(catalog.find(FirstLoanMeasure.SHENZHEN_2023.id())).isPresent();
    assertThat(catalog.find(MeasureId.of("sz-gxj-2023-26.no-such-measure"))).isEmpty();
    // before: a bare NullPointerException from the index
    assertThatThrownBy(() -> catalog.find(null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("id"));
  }
}
