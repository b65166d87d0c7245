package io.github.huiqi.calculators.space.utility;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link UtilityRequest}'s JSON: written as it is read, facts not known left out; a missing or null list of
 * bills refused as required (not read as no bill, which would be a wrong 0.00), a null bill named by its index.
 */
class UtilityRequestTest {

  private static final String BILL = "{'billId':'E-1','utility':'ELECTRICITY','arrears':{'amount':50000.00,"
      + "'currency':'CNY'},'overdueFrom':'2023-01-10','dailyLateFeeRate':'0.2%'}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static UtilityRequest read(String text) {
    return HuiqiJson.read(json(text), UtilityRequest.class);
  }

  private static String written(UtilityRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'legalForm':'ENTERPRISE','size':'SMALL','affectedByEpidemic':true,'utilityBills':[" + BILL + "]}";
    assertThat(written(read(full))).isEqualTo(json(full));
    assertThat(written(read("{'utilityBills':[]}"))).isEqualTo(json("{'utilityBills':[]}"));
  }

  @Test
  void test_json_billsMissingOrNull_required() {
    assertThat(assertField(() -> read("{'size':'SMALL'}"), "/utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'utilityBills':null}"), "/utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullBill_namedByIndex() {
    assertField(() -> read("{'utilityBills':[" + BILL + ",null]}"), "/utilityBills/1");
  }
}
