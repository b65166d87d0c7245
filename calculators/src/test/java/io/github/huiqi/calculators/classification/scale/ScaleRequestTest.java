package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleRequest}'s JSON: written as it is read, facts not known left out; a missing industry code or year
 * refused as required.
 */
class ScaleRequestTest {

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static ScaleRequest read(String text) {
    return HuiqiJson.read(json(text), ScaleRequest.class);
  }

  private static String written(ScaleRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'industryCode':'E4710','year':2023,'revenue':{'amount':20000000.00,'currency':'CNY'},"
        + "'qualificationHeld':true,'stateOwned':false}";
    assertThat(written(read(full))).isEqualTo(json(full));
    String least = "{'industryCode':'C3484','year':2023}";
    assertThat(written(read(least))).isEqualTo(json(least));
  }

  @Test
  void test_json_codeOrYearMissing_required() {
    assertThat(assertField(() -> read("{'year':2023}"), "/industryCode").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'industryCode':'C3484'}"), "/year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }
}
