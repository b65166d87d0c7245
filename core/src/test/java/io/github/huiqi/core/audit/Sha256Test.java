package io.github.huiqi.core.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class Sha256Test {

  private static final long SEED = 20261205L;

  @Test
  void test_of_knownDigests() {
    // FIPS 180-2 appendix B.1 ("abc") and the empty string
    assertThat(Sha256.of("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(Sha256.of("")).isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void test_ofCanonicalJson_theDigestOfTheCanonicalText() {
    // {"a":"abc"} hashed as text: the value's canonical JSON, members in order, decimals plain
    Map<String, Object> value = new LinkedHashMap<>();
    value.put("b", new BigDecimal("120.0"));
    value.put("a", "abc");
    assertThat(HuiqiJson.writeCanonical(value)).isEqualTo("{\"a\":\"abc\",\"b\":120}");
    assertThat(Sha256.ofCanonicalJson(value)).isEqualTo(Sha256.of("{\"a\":\"abc\",\"b\":120}"));
  }

  @Test
  void test_ofCanonicalJson_sameAsTheTextsDigest_randomValues() {
    // Chinese, characters beyond the BMP (surrogate pairs), halves of pairs (hashed as '?', as String.getBytes
    // encodes them) and texts long enough to cross the writer's and the encoder's buffers
    Random random = new Random(SEED);
    for (int n = 0; n < 300; n++) {
      Object value = value(random, 0);
      String what = "seed " + SEED + " case " + n;
      assertThat(Sha256.ofCanonicalJson(value)).as(what).isEqualTo(Sha256.of(HuiqiJson.writeCanonical(value)));
    }
  }

  @Test
  void test_ofCanonicalJson_null_isRefused() {
    assertThatThrownBy(() -> Sha256.ofCanonicalJson(null)).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("value"));
  }

  private static Object value(Random random, int depth) {
    int kind = depth >= 3 ? random.nextInt(2) : random.nextInt(4);
    switch (kind) {
      case 0:
        return text(random);
      case 1:
        return BigDecimal.valueOf(random.nextLong(), random.nextInt(6));
      case 2: {
        List<Object> list = new ArrayList<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          list.add(value(random, depth + 1));
        }
        return list;
      }
      default: {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = random.nextInt(6); i > 0; i--) {
          map.put(text(random), value(random, depth + 1));
        }
        return map;
      }
    }
  }

  private static String text(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(10) == 0 ? 5_000 + random.nextInt(20_000) : random.nextInt(40);
    for (int i = 0; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> text.append((char) ('a' + random.nextInt(26)));
        case 1 -> text.append((char) (0x4E00 + random.nextInt(0x5000)));
        case 2 -> text.appendCodePoint(0x1F600 + random.nextInt(80));
        case 3 -> text.append(random.nextBoolean() ? '\uD83D' : '\uDE00');
        case 4 -> text.append("\"\\\n\t/<>".charAt(random.nextInt(7)));
        default -> text.append((char) random.nextInt(0x80));
      }
    }
    return text.toString();
  }
}
