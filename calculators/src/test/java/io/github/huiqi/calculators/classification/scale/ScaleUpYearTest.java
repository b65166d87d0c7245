package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link ScaleUpYear}'s JSON: written as it is read, facts not known (absent or null) left out, a year made in
 * Java written in the same shape and read back equal; a missing year refused as required, a bad value named by its
 * pointer, alone and inside a request's {@code history}, never a bare exception.
 */
class ScaleUpYearTest {

  private static final String FULL = "{'year':2022,'aboveScale':false,'revenue':{'amount':18000000.00,"
      + "'currency':'CNY'}}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static ScaleUpYear read(String text) {
    return HuiqiJson.read(json(text), ScaleUpYear.class);
  }

  private static String written(ScaleUpYear year) {
    return HuiqiJson.write(year, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    for (String text : new String[] {"{'year':2023}", "{'year':2023,'aboveScale':true}",
        "{'year':2023,'revenue':{'amount':0.00,'currency':'CNY'}}"}) {
      assertThat(written(read(text))).isEqualTo(json(text));
    }
  }

  @Test
  void test_json_nullFacts_readAsNotKnown() {
    ScaleUpYear year = read("{'year':2023,'aboveScale':null,'revenue':null}");
    assertThat(year.year()).isEqualTo(2023);
    assertThat(year.aboveScale()).isEmpty();
    assertThat(year.revenue()).isEmpty();
    assertThat(written(year)).isEqualTo(json("{'year':2023}"));
  }

  @Test
  void test_madeInJava_writtenInTheJsonShape_andReadBackEqual() {
    ScaleUpYear year = ScaleUpYear.of(2022, false, Cny.of("18000000"));
    assertThat(written(year)).isEqualTo(json(FULL));
    assertThat(read(FULL)).isEqualTo(year).hasSameHashCodeAs(year);
    assertThat(written(ScaleUpYear.builder().year(2023).build())).isEqualTo(json("{'year':2023}"));
  }

  @Test
  void test_json_yearMissing_required() {
    assertThat(assertField(() -> read("{'aboveScale':true}"), "/year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> read("{'year':null,'aboveScale':true}"), "/year");
  }

  @Test
  void test_json_badValue_named() {
    assertField(() -> read("{'year':1989}"), "/year");
    assertField(() -> read("{'year':2101}"), "/year");
    assertField(() -> read("{'year':'2023'}"), "/year");
    assertField(() -> read("{'year':2023,'aboveScale':'yes'}"), "/aboveScale");
    assertField(() -> read("{'year':2023,'revenue':{'amount':-0.01,'currency':'CNY'}}"), "/revenue");
    assertField(() -> read("{'year':2023,'inDatabase':true}"), "/inDatabase");
  }

  @Test
  void test_json_inARequest_namedAtItsIndex() {
    String first = "{'history':[" + FULL + ",";
    assertThat(assertField(() -> HuiqiJson.read(json(first + "{'aboveScale':true}]}"), ScaleUpRewardRequest.class),
        "/history/1/year").code()).isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> HuiqiJson.read(json(first + "{'year':2023,'revenue':{'amount':-1,'currency':'CNY'}}]}"),
        ScaleUpRewardRequest.class), "/history/1/revenue");
  }
}
