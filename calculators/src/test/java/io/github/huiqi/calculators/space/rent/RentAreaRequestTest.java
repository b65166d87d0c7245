package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentAreaRequest}'s JSON: written as it is read, facts not known left out; a missing or null list of
 * leases refused as required (not read as no lease, which would be a wrong 0.00), a null lease named by its index.
 */
class RentAreaRequestTest {

  private static final String LEASE = "{'leaseId':'L-1','area':1200,'start':'2021-01-01','rentPaid':[]}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static RentAreaRequest read(String text) {
    return HuiqiJson.read(json(text), RentAreaRequest.class);
  }

  private static String written(RentAreaRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'techSme':true,'highTech':false,'leases':[" + LEASE + "],'periodUnit':'YEAR'}";
    assertThat(written(read(full))).isEqualTo(json(full));
    assertThat(written(read("{'leases':[]}"))).isEqualTo(json("{'leases':[]}"));
  }

  @Test
  void test_json_leasesMissingOrNull_required() {
    assertThat(assertField(() -> read("{'techSme':true}"), "/leases").code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':null}"), "/leases").code()).isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[" + LEASE + ",null]}"), "/leases/1");
  }
}
