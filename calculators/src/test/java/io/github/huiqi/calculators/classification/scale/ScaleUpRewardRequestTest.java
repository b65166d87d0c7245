package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleUpRewardRequest}'s JSON and builder: written as it is read, facts not known left out, a built
 * request written in the same shape and read back equal; a missing or null history refused as required (not read as
 * no year), a null year named by its index, a repeated year named, never a bare exception.
 */
class ScaleUpRewardRequestTest {

  private static final String YEAR_2022 = "{'year':2022,'aboveScale':false,'revenue':{'amount':18000000.00,"
      + "'currency':'CNY'}}";
  private static final String FULL = "{'industryCode':'C3484','history':[" + YEAR_2022
      + ",{'year':2023,'aboveScale':true}]}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static ScaleUpRewardRequest read(String text) {
    return HuiqiJson.read(json(text), ScaleUpRewardRequest.class);
  }

  private static String written(ScaleUpRewardRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  /** The year {@link #YEAR_2022} describes. */
  private static ScaleUpYear year2022() {
    return ScaleUpYear.of(2022, false, Cny.of("18000000"));
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read("{'history':[]}"))).isEqualTo(json("{'history':[]}"));
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    ScaleUpRewardRequest built = ScaleUpRewardRequest.builder().industryCode("C3484")
        .history(List.of(year2022(), ScaleUpYear.builder().year(2023).aboveScale(true).build())).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), ScaleUpRewardRequest.class)).isEqualTo(built);
    ScaleUpRewardRequest none = ScaleUpRewardRequest.builder().history(List.of()).build();
    assertThat(written(none)).isEqualTo(json("{'history':[]}"));
    assertThat(none.industryCode()).isEmpty();
  }

  @Test
  void test_json_historyMissingOrNull_required() {
    assertThat(assertField(() -> read("{'industryCode':'C3484'}"), "/history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'history':null}"), "/history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_builder_historyNotSetOrNull_required() {
    assertThat(assertField(() -> ScaleUpRewardRequest.builder().industryCode("C3484").build(), "history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> ScaleUpRewardRequest.builder().history(null).build(), "history").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullYear_namedByIndex() {
    assertField(() -> read("{'history':[" + YEAR_2022 + ",null]}"), "/history/1");
  }

  @Test
  void test_builder_nullOrRepeatedYear_named() {
    assertField(() -> ScaleUpRewardRequest.builder().history(Arrays.asList(year2022(), null)).build(), "history/1");
    assertField(() -> ScaleUpRewardRequest.builder().history(List.of(year2022(), year2022())).build(),
        "history/1/year");
  }
}
