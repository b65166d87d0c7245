package io.github.huiqi.core.tax.rd;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RdIntangibleAsset}'s JSON: written as it is read, an amortisation period or a year formed not given
 * left out, one made in Java written in the same shape and read back equal; a missing cost or months in the year
 * refused as required, a bad value named by its pointer, never a bare exception.
 */
class RdIntangibleAssetTest {

  private static final String COST = "'cost':{'amount':1200000.00,'currency':'CNY'}";
  private static final String FULL = "{" + COST + ",'amortisationMonths':120,'monthsInYear':12,'yearFormed':2022}";
  private static final String LEAST = "{" + COST + ",'monthsInYear':12}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static RdIntangibleAsset read(String text) {
    return HuiqiJson.read(json(text), RdIntangibleAsset.class);
  }

  private static String written(RdIntangibleAsset asset) {
    return HuiqiJson.write(asset, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read(LEAST))).isEqualTo(json(LEAST));
    String formed = "{" + COST + ",'monthsInYear':3,'yearFormed':2022}";
    assertThat(written(read(formed))).isEqualTo(json(formed));
    // a null period or year is not given
    assertThat(written(read("{" + COST + ",'amortisationMonths':null,'monthsInYear':12,'yearFormed':null}")))
        .isEqualTo(json(LEAST));
  }

  @Test
  void test_madeInJava_writtenInTheJsonShape_andReadBackEqual() {
    RdIntangibleAsset full = RdIntangibleAsset.builder().cost(Cny.of("1200000")).amortisationMonths(120)
        .monthsInYear(12).yearFormed(2022).build();
    assertThat(written(full)).isEqualTo(json(FULL));
    assertThat(read(FULL)).isEqualTo(full).hasSameHashCodeAs(full);
    RdIntangibleAsset whole = RdIntangibleAsset.wholeYear(Cny.of("1200000"));
    assertThat(written(whole)).isEqualTo(json(LEAST));
    assertThat(whole.amortisationMonths()).isEmpty();
    assertThat(whole.monthsInYear()).isEqualTo(12);
    assertThat(whole.yearFormed()).isEmpty();
    RdIntangibleAsset formed = whole.withYearFormed(2022);
    assertThat(written(formed)).isEqualTo(json("{" + COST + ",'monthsInYear':12,'yearFormed':2022}"));
    assertThat(formed.yearFormed()).contains(2022);
    assertThat(whole.yearFormed()).isEmpty();
  }

  @Test
  void test_json_costOrMonthsMissing_required() {
    assertThat(assertField(() -> read("{'monthsInYear':12}"), "/cost").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{" + COST + "}"), "/monthsInYear").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> read("{" + COST + ",'monthsInYear':null}"), "/monthsInYear");
    assertField(() -> read("{'cost':null,'monthsInYear':12}"), "/cost");
  }

  @Test
  void test_json_badValue_named() {
    assertField(() -> read("{'cost':{'amount':-0.01,'currency':'CNY'},'monthsInYear':12}"), "/cost");
    assertField(() -> read("{" + COST + ",'monthsInYear':13}"), "/monthsInYear");
    assertField(() -> read("{" + COST + ",'monthsInYear':-1}"), "/monthsInYear");
    assertField(() -> read("{" + COST + ",'monthsInYear':12,'amortisationMonths':0}"), "/amortisationMonths");
    assertField(() -> read("{" + COST + ",'monthsInYear':12,'yearFormed':1899}"), "/yearFormed");
    assertField(() -> read("{" + COST + ",'monthsInYear':12,'yearFormed':10000}"), "/yearFormed");
    assertField(() -> read("{" + COST + ",'monthsInYear':12,'yearFormed':'2022'}"), "/yearFormed");
    assertField(() -> read("{" + COST + ",'monthsInYear':12,'months':12}"), "/months");
  }

  @Test
  void test_json_inAProfile_namedAtItsPointer() {
    String year = "{'years':[{'year':2023,'rdIntangibles':[" + FULL + ",";
    EnterpriseProfile profile = HuiqiJson.read(json(year + LEAST + "]}]}"), EnterpriseProfile.class);
    assertThat(profile.years().orElseThrow().get(0).rdIntangibles().orElseThrow())
        .containsExactly(read(FULL), read(LEAST));
    assertThat(assertField(() -> HuiqiJson.read(json(year + "{" + COST + "}]}]}"), EnterpriseProfile.class),
        "/years/0/rdIntangibles/1/monthsInYear").code()).isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> HuiqiJson.read(json(year + "{" + COST + ",'monthsInYear':0}]}]}"), EnterpriseProfile.class),
        "/years/0/rdIntangibles/1/monthsInYear");
  }

  @Test
  void test_badValue_inJava_named() {
    assertField(() -> RdIntangibleAsset.wholeYear(null), "cost");
    assertField(() -> RdIntangibleAsset.wholeYear(Cny.of("-0.01")), "cost");
    assertField(() -> RdIntangibleAsset.wholeYear(Cny.of("1")).withYearFormed(1899), "yearFormed");
  }
}
