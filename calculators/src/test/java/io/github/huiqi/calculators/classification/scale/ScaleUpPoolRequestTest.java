package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleUpPoolRequest}'s JSON and builder: written as it is read, facts not known left out, a built
 * request written in the same shape and read back equal; a malformed code or a negative revenue named.
 */
class ScaleUpPoolRequestTest {

  private static final String FULL = "{'industryCode':'C3484','size':'SMALL','priorYearRevenue':{'amount':15000000.00,"
      + "'currency':'CNY'}}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static String written(ScaleUpPoolRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  private static String writtenAsRead(String text) {
    return written(HuiqiJson.read(json(text), ScaleUpPoolRequest.class));
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(writtenAsRead(FULL)).isEqualTo(json(FULL));
    assertThat(writtenAsRead("{}")).isEqualTo("{}");
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    ScaleUpPoolRequest built = ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
        .priorYearRevenue(Cny.of("15000000")).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), ScaleUpPoolRequest.class)).isEqualTo(built);
    ScaleUpPoolRequest none = ScaleUpPoolRequest.builder().build();
    assertThat(written(none)).isEqualTo("{}");
    assertThat(none.industryCode()).isEmpty();
  }

  @Test
  void test_badCodeOrRevenue_named() {
    assertField(() -> ScaleUpPoolRequest.builder().industryCode("C3").build(), "industryCode");
    assertField(() -> ScaleUpPoolRequest.builder().priorYearRevenue(Cny.of("-0.01")).build(), "priorYearRevenue");
    assertField(() -> HuiqiJson.read(json("{'industryCode':'Z1'}"), ScaleUpPoolRequest.class), "/industryCode");
  }
}
