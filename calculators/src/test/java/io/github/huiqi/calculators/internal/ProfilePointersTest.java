package io.github.huiqi.calculators.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Holds {@link ProfilePointers} to its rules: the first rule that matches rewrites a request pointer into the
 * profile, a list element's index is mapped, a pointer no rule matches is the evaluator's defect, and lazy rules are
 * declared once, when first needed.
 */
class ProfilePointersTest {

  /**
   * Request loan i is profile loan i + 3 (the profile's first three loans were left out of the request); built by
   * each test, never held across runs.
   */
  private final ProfilePointers pointers = ProfilePointers.builder()
      .exact("/enterprise/enrolledTechSme", "/techSme")
      .prefix("/enterprise/", "/")
      .list("/loans/", "/loans/", i -> i + 3)
      .exact("/loans/x", "/other")
      .build();

  @Test
  void toProfile_firstMatchingRuleApplies() {
    // the exact rule comes before the prefix rule that also matches
    assertThat(pointers.toProfile("/enterprise/enrolledTechSme")).isEqualTo("/techSme");
    assertThat(pointers.toProfile("/enterprise/size")).isEqualTo("/size");
    assertThat(pointers.toProfile("/enterprise/")).isEqualTo("/");
  }

  @Test
  void toProfile_listIndexMapped_restKept() {
    assertThat(pointers.toProfile("/loans/0/lenderRegionCode")).isEqualTo("/loans/3/lenderRegionCode");
    assertThat(pointers.toProfile("/loans/12/nonPerforming/since")).isEqualTo("/loans/15/nonPerforming/since");
    // the element itself, with nothing after its index
    assertThat(pointers.toProfile("/loans/2")).isEqualTo("/loans/5");
    // not an index: the list rule does not match, and the next rule is tried
    assertThat(pointers.toProfile("/loans/x")).isEqualTo("/other");
  }

  @Test
  void toProfile_noRule_isTheEvaluatorsDefect() {
    assertThatThrownBy(() -> pointers.toProfile("/guarantee/fee")).isInstanceOf(IllegalStateException.class)
        .hasMessage("no profile pointer for request pointer /guarantee/fee");
    // an empty or non-numeric index matches no list rule
    assertThatThrownBy(() -> pointers.toProfile("/loans/")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pointers.toProfile("/loans/1a/principal")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> pointers.toProfile("/loan")).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void toProfile_list_keepsOrderAndDropsRepeats() {
    assertThat(pointers.toProfile(List.of("/loans/1/principal", "/enterprise/size", "/loans/1/principal",
        "/enterprise/enrolledTechSme"))).containsExactly("/loans/4/principal", "/size", "/techSme");
    assertThat(pointers.toProfile(List.of())).isEmpty();
  }

  @Test
  void lazy_declaredOnceWhenFirstNeeded() {
    AtomicInteger declared = new AtomicInteger();
    ProfilePointers lazy = ProfilePointers.lazy(() -> {
      declared.incrementAndGet();
      return ProfilePointers.builder().prefix("/enterprise/", "/").build();
    });
    assertThat(declared).hasValue(0);
    assertThat(lazy.toProfile("/enterprise/size")).isEqualTo("/size");
    assertThat(lazy.toProfile("/enterprise/name")).isEqualTo("/name");
    assertThat(declared).hasValue(1);
  }
}
