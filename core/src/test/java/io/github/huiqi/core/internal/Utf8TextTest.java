package io.github.huiqi.core.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The one strict UTF-8 decoding the pack reader and the command line share. */
class Utf8TextTest {

  @Test
  void test_decode_utf8() {
    // 深圳 in UTF-8 is E6 B7 B1 E5 9C B3: six bytes, two characters; a byte-order mark is kept for the caller
    byte[] bytes = "\uFEFF{\"name\":\"深圳\"}".getBytes(StandardCharsets.UTF_8);
    assertThat(Utf8Text.decode(bytes, position -> new IllegalStateException("byte " + position)))
        .isEqualTo("\uFEFF{\"name\":\"深圳\"}");
    assertThat(Utf8Text.decode(new byte[0], position -> new IllegalStateException("byte " + position))).isEmpty();
  }

  @Test
  void test_decode_notUtf8_namesFirstBadByte() {
    // {"a":" is 6 bytes (0..5); 深 in GBK is C9 EE: C9 opens a two-byte UTF-8 sequence that EE cannot continue, so the
    // first bad byte is byte 6
    byte[] gbk = "{\"a\":\"深\"}".getBytes(Charset.forName("GBK"));
    assertThatThrownBy(() -> Utf8Text.decode(gbk, position -> new IllegalArgumentException("byte " + position)))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("byte 6");
    // cut inside a character: 深 is E6 B7 B1, the text ends after E6 B7, bad from byte 6
    byte[] utf8 = "{\"a\":\"深".getBytes(StandardCharsets.UTF_8);
    byte[] cut = Arrays.copyOf(utf8, utf8.length - 1);
    assertThatThrownBy(() -> Utf8Text.decode(cut, position -> new IllegalArgumentException("byte " + position)))
        .hasMessage("byte 6");
  }
}
