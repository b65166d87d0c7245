package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Tests {@link Jurisdiction#contains(String)} on administrative division codes (行政区划代码).
 */
class JurisdictionTest {

  @Test
  void test_shenzhen() {
    // 440305 南山区 is in 深圳市 440300; so are 440300 itself and 440309 龙华区
    assertThat(Jurisdiction.SHENZHEN.contains("440305")).isTrue();
    assertThat(Jurisdiction.SHENZHEN.contains("440300")).isTrue();
    assertThat(Jurisdiction.SHENZHEN.contains("440309")).isTrue();
    // 441900 东莞市 and 440100 广州市 are in Guangdong but not in Shenzhen; 440000 is the province
    assertThat(Jurisdiction.SHENZHEN.contains("441900")).isFalse();
    assertThat(Jurisdiction.SHENZHEN.contains("440100")).isFalse();
    assertThat(Jurisdiction.SHENZHEN.contains("440000")).isFalse();
  }

  @Test
  void test_shanghai() {
    // 310115 浦东新区 is in 上海市 310000; 320000 江苏省 is not
    assertThat(Jurisdiction.SHANGHAI.contains("310115")).isTrue();
    assertThat(Jurisdiction.SHANGHAI.contains("310000")).isTrue();
    assertThat(Jurisdiction.SHANGHAI.contains("320000")).isFalse();
    assertThat(Jurisdiction.SHANGHAI.contains("440305")).isFalse();
  }

  @Test
  void test_district_and_national() {
    Jurisdiction nanshan = new Jurisdiction(JurisdictionLevel.DISTRICT, "440305", "南山区");
    assertThat(nanshan.contains("440305")).isTrue();
    assertThat(nanshan.contains("440304")).isFalse();
    assertThat(nanshan.contains("440300")).isFalse();
    assertThat(Jurisdiction.CHINA.contains("440305")).isTrue();
    assertThat(Jurisdiction.CHINA.contains("310115")).isTrue();
    assertThat(Jurisdiction.CHINA.contains("4403")).isFalse();
  }

  @ParameterizedTest(name = "\"{0}\" is not a place")
  @ValueSource(strings = {"", "4403", "44030", "4403050", "44030a", "４４０３０５"})
  void test_malformedPlace_isNotContained(String place) {
    assertThat(Jurisdiction.SHENZHEN.contains(place)).isFalse();
    assertThat(Jurisdiction.CHINA.contains(place)).isFalse();
  }

  @Test
  void test_contains_agreesWithThePrefixOnRandomCodes() {
    // seeded: each jurisdiction's code has 0, 1, 2 or 3 trailing "00" pairs (district, city, province, a code of
    // zeros), each place a six-digit code sharing 0 to 6 leading digits with it or with a letter in it; a place is
    // contained exactly when it is six digits starting with the code's prefix (the whole code for a district)
    long seed = 20261204L;
    Random random = new Random(seed);
    for (int n = 0; n < 20_000; n++) {
      char[] digits = randomDigits(random);
      int pairs = random.nextInt(4);
      for (int k = 0; k < 2 * pairs; k++) {
        digits[5 - k] = '0';
      }
      String code = new String(digits);
      Jurisdiction jurisdiction = new Jurisdiction(JurisdictionLevel.DISTRICT, code, "某区");
      char[] place = randomDigits(random);
      System.arraycopy(digits, 0, place, 0, random.nextInt(7));
      if (random.nextInt(20) == 0) {
        place[random.nextInt(6)] = 'x';
      }
      String placeCode = new String(place);
      String prefix = code.replaceAll("(00)+$", "");
      boolean expected = placeCode.matches("[0-9]{6}") && placeCode.startsWith(prefix);
      assertThat(jurisdiction.contains(placeCode)).as("seed %d: %s in %s", seed, placeCode, code)
          .isEqualTo(expected);
      assertThat(jurisdiction.prefix()).as("seed %d: %s", seed, code).isEqualTo(prefix);
    }
  }

  private static char[] randomDigits(Random random) {
    char[] digits = new char[6];
    for (int i = 0; i < 6; i++) {
      digits[i] = (char) ('0' + random.nextInt(10));
    }
    return digits;
  }

  @Test
  void test_isHeldBy_aWiderAreaThatHoldsIt() {
    // 深圳市 440300 and 广东省 440000 hold 光明区 440311 (a firm registered under them may be in it or not); 440311
    // itself, another district (440307 龙岗区), another city (440400 珠海市) and 上海市 310000 do not
    Jurisdiction guangming = new Jurisdiction(JurisdictionLevel.DISTRICT, "440311", "光明区");
    assertThat(Stream.of("440300", "440000", "440311", "440307", "440400", "310000").filter(guangming::isHeldBy))
        .containsExactly("440300", "440000");
    // 深圳市 is held by 广东省 only; a malformed or absent code holds nothing; the nation is held by nothing
    assertThat(Stream.of("440000", "440300", "4400", null).filter(Jurisdiction.SHENZHEN::isHeldBy))
        .containsExactly("440000");
    assertThat(Jurisdiction.CHINA.isHeldBy("440000")).isFalse();
  }

  @Test
  void test_nullPlace_isNotContained() {
    assertThat(Jurisdiction.SHENZHEN.contains(null)).isFalse();
    assertThat(Jurisdiction.CHINA.contains(null)).isFalse();
  }

  @Test
  void test_rejects() {
    assertThatThrownBy(() -> new Jurisdiction(JurisdictionLevel.CITY, "4403", "深圳市"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("code"));
    assertThatThrownBy(() -> new Jurisdiction(null, "440300", "深圳市"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("level"));
    assertThatThrownBy(() -> new Jurisdiction(JurisdictionLevel.CITY, "440300", " "))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("name"));
  }

  @Test
  void test_prefix() {
    // the code without its trailing "00" pairs: 深圳市 440300 → 4403, 上海市 310000 → 31, 南山区 440305 stays whole;
    // the national level contains every place, so its prefix is empty
    assertThat(Jurisdiction.SHENZHEN.prefix()).isEqualTo("4403");
    assertThat(Jurisdiction.SHANGHAI.prefix()).isEqualTo("31");
    assertThat(new Jurisdiction(JurisdictionLevel.DISTRICT, "440305", "南山区").prefix()).isEqualTo("440305");
    assertThat(Jurisdiction.CHINA.prefix()).isEmpty();
  }
}
