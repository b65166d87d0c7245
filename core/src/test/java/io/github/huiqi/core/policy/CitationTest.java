package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/** A citation's factories refuse a missing part with a typed error naming it. */
class CitationTest {

  @Test
  void test_libraryDefault_withoutItsNote_namesTheNote() {
    // before: a bare NullPointerException from Optional.of
    assertThatThrownBy(() -> Citation.libraryDefault("decisions register §4.1 item 1", null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("note"));
    assertThatThrownBy(() -> Citation.libraryDefault(null, "why"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("article"));
    assertThat(Citation.libraryDefault("decisions register §4.1 item 1", "why").label())
        .isEqualTo("huiqi decisions register §4.1 item 1");
  }
}
