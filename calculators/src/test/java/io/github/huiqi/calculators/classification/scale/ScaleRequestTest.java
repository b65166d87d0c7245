package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleRequest}'s JSON, builder and {@code of}: written as it is read, facts not known left out, a built
 * request written in the same shape and read back equal; a missing industry code or year refused as required, a bad
 * one named, never a bare exception.
 */
class ScaleRequestTest {

  private static final String FULL = "{'industryCode':'E4710','year':2023,'revenue':{'amount':20000000.00,"
      + "'currency':'CNY'},'qualificationHeld':true,'stateOwned':false}";

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
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    String least = "{'industryCode':'C3484','year':2023}";
    assertThat(written(read(least))).isEqualTo(json(least));
  }

  @Test
  void test_builderAndOf_writtenInTheJsonShape_andReadBackEqual() {
    ScaleRequest built = ScaleRequest.builder().industryCode("E4710").year(2023).revenue(Cny.of("20000000"))
        .qualificationHeld(true).stateOwned(false).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), ScaleRequest.class)).isEqualTo(built);
    ScaleRequest known = ScaleRequest.of("C3484", 2023, Cny.of("20000000"));
    assertThat(written(known))
        .isEqualTo(json("{'industryCode':'C3484','year':2023,'revenue':{'amount':20000000.00,'currency':'CNY'}}"));
    assertThat(known.qualificationHeld()).isEmpty();
    assertThat(known.stateOwned()).isEmpty();
  }

  @Test
  void test_json_codeOrYearMissing_required() {
    assertThat(assertField(() -> read("{'year':2023}"), "/industryCode").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'industryCode':'C3484'}"), "/year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_builder_codeOrYearNotSet_required() {
    assertThat(assertField(() -> ScaleRequest.builder().year(2023).build(), "industryCode").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> ScaleRequest.builder().industryCode("C3484").build(), "year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_badCodeYearOrRevenue_named() {
    assertField(() -> ScaleRequest.of("C3", 2023, Cny.of("1")), "industryCode");
    assertField(() -> ScaleRequest.of("C3484", 1989, Cny.of("1")), "year");
    assertField(() -> ScaleRequest.of("C3484", 2101, Cny.of("1")), "year");
    assertField(() -> ScaleRequest.of("C3484", 2023, Cny.of("-0.01")), "revenue");
    assertField(() -> ScaleRequest.of("C3484", 2023, null), "revenue");
  }
}
