package io.github.huiqi.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.Version;
import io.github.huiqi.core.error.InvalidInputException;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link JacksonSupport}: Jackson 2.15 and newer are accepted and an older one is refused by name, and each read
 * limit is set where the Jackson on the class path offers it. The build runs these tests twice, with the newest
 * Jackson and with the oldest supported (the {@code jackson-oldest} run, which sets
 * {@code huiqi.test.jacksonVersion}).
 */
class JacksonSupportTest {

  @Test
  void test_theRunHasTheJacksonItWasGiven() {
    String expected = System.getProperty("huiqi.test.jacksonVersion");
    String core = com.fasterxml.jackson.core.json.PackageVersion.VERSION.toString();
    String databind = com.fasterxml.jackson.databind.cfg.PackageVersion.VERSION.toString();
    if (expected != null) {
      assertThat(core).as("jackson-core of the jackson-oldest run").isEqualTo(expected);
      assertThat(databind).as("jackson-databind of the jackson-oldest run").isEqualTo(expected);
    }
    assertThat(com.fasterxml.jackson.core.json.PackageVersion.VERSION)
        .isGreaterThanOrEqualTo(JacksonSupport.MINIMUM);
  }

  @Test
  void test_require_refusesOlderThan215NamingTheMinimum() {
    assertThatThrownBy(() -> JacksonSupport.require(version(2, 14, 3), "jackson-core"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("Jackson 2.15 or a newer 2.x")
        .hasMessageContaining("jackson-core 2.14.3");
    assertThatThrownBy(() -> JacksonSupport.require(version(1, 9, 13), "jackson-databind"))
        .hasMessageContaining("jackson-databind 1.9.13");
    JacksonSupport.require(version(2, 15, 0), "jackson-core");
    JacksonSupport.require(version(2, 23, 0), "jackson-core");
  }

  @Test
  void test_readConstraints_setEveryLimitTheVersionOffers() {
    StreamReadConstraints limits = JacksonSupport.readConstraints();
    assertThat(limits.getMaxNumberLength()).isEqualTo(HuiqiJson.MAX_NUMBER_LENGTH);
    assertThat(limits.getMaxNestingDepth()).isEqualTo(HuiqiJson.MAX_NESTING_DEPTH);
    assertThat(limits.getMaxStringLength()).isEqualTo(HuiqiJson.MAX_STRING_LENGTH);
    int minor = com.fasterxml.jackson.core.json.PackageVersion.VERSION.getMinorVersion();
    assertThat(JacksonSupport.offers("maxDocumentLength", long.class)).isEqualTo(minor >= 16);
    assertThat(JacksonSupport.offers("maxNameLength", int.class)).isEqualTo(minor >= 16);
    assertThat(JacksonSupport.offers("maxTokenCount", long.class)).isEqualTo(minor >= 18);
  }

  @Test
  void test_aTooLongDocumentIsRefusedWhateverTheVersion() {
    // the library bounds a text document itself, so Jackson 2.15 (no document limit) refuses it the same way
    String json = "[" + " ".repeat(HuiqiJson.MAX_DOCUMENT_LENGTH) + "]";
    assertThatThrownBy(() -> HuiqiJson.read(json, Object.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.code()).isEqualTo(InvalidInputException.TOO_LARGE);
          assertThat(ex.field()).isEqualTo("/");
        });
  }

  private static Version version(int major, int minor, int patch) {
    return new Version(major, minor, patch, null, "com.fasterxml.jackson.core", "jackson-core");
  }
}
