package io.github.huiqi.calculators.space.purchase;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PurchaseRequest}'s JSON: written as it is read, facts not known left out; a missing or null list of
 * leases and a missing date refused as required, a null lease named by its index.
 */
class PurchaseRequestTest {

  private static final String LEASE = "{'leaseId':'L-1','area':3000,'start':'2020-07-01','stateOwned':true,"
      + "'rentPaid':[]}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static PurchaseRequest read(String text) {
    return HuiqiJson.read(json(text), PurchaseRequest.class);
  }

  private static String written(PurchaseRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'specialisedAndInnovative':true,'annualOutput':{'amount':300000000.00,'currency':'CNY'},"
        + "'leases':[" + LEASE + "],'asOf':'2023-06-30'}";
    assertThat(written(read(full))).isEqualTo(json(full));
    assertThat(written(read("{'leases':[],'asOf':'2023-06-30'}"))).isEqualTo(json("{'leases':[],'asOf':'2023-06-30'}"));
  }

  @Test
  void test_json_leasesOrDateMissing_required() {
    assertThat(assertField(() -> read("{'asOf':'2023-06-30'}"), "/leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':null,'asOf':'2023-06-30'}"), "/leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':[]}"), "/asOf").code()).isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[" + LEASE + ",null],'asOf':'2023-06-30'}"), "/leases/1");
  }
}
