package io.github.huiqi.calculators.space.utility;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link UtilityRequest}'s JSON and builder: written as it is read, facts not known left out, a built request
 * written in the same shape and read back equal; a missing or null list of bills refused as required (not read as no
 * bill, which would be a wrong 0.00), a null bill named by its index, never a bare exception.
 */
class UtilityRequestTest {

  private static final String BILL = "{'billId':'E-1','utility':'ELECTRICITY','arrears':{'amount':50000.00,"
      + "'currency':'CNY'},'overdueFrom':'2023-01-10','dailyLateFeeRate':'0.2%'}";
  private static final String FULL = "{'legalForm':'ENTERPRISE','size':'SMALL','affectedByEpidemic':true,"
      + "'utilityBills':[" + BILL + "]}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static UtilityRequest read(String text) {
    return HuiqiJson.read(json(text), UtilityRequest.class);
  }

  private static String written(UtilityRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  /** The bill {@link #BILL} describes. */
  private static UtilityBill bill() {
    return UtilityBill.builder().billId("E-1").utility(UtilityKind.ELECTRICITY).arrears(Cny.of("50000.00"))
        .overdueFrom(LocalDate.of(2023, 1, 10)).dailyLateFeeRate(Rate.parse("0.2%")).build();
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read("{'utilityBills':[]}"))).isEqualTo(json("{'utilityBills':[]}"));
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    UtilityRequest built = UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.SMALL)
        .affectedByEpidemic(true).utilityBills(List.of(bill())).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), UtilityRequest.class)).isEqualTo(built);
    UtilityRequest none = UtilityRequest.builder().utilityBills(List.of()).build();
    assertThat(written(none)).isEqualTo(json("{'utilityBills':[]}"));
    assertThat(none.legalForm()).isEmpty();
    assertThat(none.affectedByEpidemic()).isEmpty();
  }

  @Test
  void test_json_billsMissingOrNull_required() {
    assertThat(assertField(() -> read("{'size':'SMALL'}"), "/utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'utilityBills':null}"), "/utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_builder_billsNotSetOrNull_required() {
    assertThat(assertField(() -> UtilityRequest.builder().size(EnterpriseSize.SMALL).build(), "utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> UtilityRequest.builder().utilityBills(null).build(), "utilityBills").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullBill_namedByIndex() {
    assertField(() -> read("{'utilityBills':[" + BILL + ",null]}"), "/utilityBills/1");
  }

  @Test
  void test_builder_nullBillOrRepeatedId_named() {
    assertField(() -> UtilityRequest.builder().utilityBills(Arrays.asList(bill(), null)).build(), "utilityBills/1");
    assertField(() -> UtilityRequest.builder().utilityBills(List.of(bill(), bill())).build(), "utilityBills/1/billId");
  }
}
