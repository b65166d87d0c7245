package io.github.huiqi.calculators.classification.scale;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/** Tests {@link ScaleUpPoolRequest}'s JSON: written as it is read, facts not known left out. */
class ScaleUpPoolRequestTest {

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static String writtenAsRead(String text) {
    return HuiqiJson.write(HuiqiJson.read(json(text), ScaleUpPoolRequest.class), JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'industryCode':'C3484','size':'SMALL','priorYearRevenue':{'amount':15000000.00,'currency':'CNY'}}";
    assertThat(writtenAsRead(full)).isEqualTo(json(full));
    assertThat(writtenAsRead("{}")).isEqualTo("{}");
  }
}
