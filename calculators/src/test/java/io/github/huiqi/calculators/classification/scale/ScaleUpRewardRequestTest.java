package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleUpRewardRequest}'s JSON: written as it is read, facts not known left out; a missing or null
 * history refused as required (not read as no year), a null year named by its index.
 */
class ScaleUpRewardRequestTest {

  private static final String YEAR_2022 = "{'year':2022,'aboveScale':false,'revenue':{'amount':18000000.00,"
      + "'currency':'CNY'}}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static ScaleUpRewardRequest read(String text) {
    return HuiqiJson.read(json(text), ScaleUpRewardRequest.class);
  }

  private static String written(ScaleUpRewardRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'industryCode':'C3484','history':[" + YEAR_2022 + ",{'year':2023,'aboveScale':true}]}";
    assertThat(written(read(full))).isEqualTo(json(full));
    assertThat(written(read("{'history':[]}"))).isEqualTo(json("{'history':[]}"));
  }

  @Test
  void test_json_historyMissingOrNull_required() {
    assertThat(assertField(() -> read("{'industryCode':'C3484'}"), "/history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'history':null}"), "/history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullYear_namedByIndex() {
    assertField(() -> read("{'history':[" + YEAR_2022 + ",null]}"), "/history/1");
  }
}
