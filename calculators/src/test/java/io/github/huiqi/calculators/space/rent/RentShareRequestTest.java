package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentShareRequest}'s JSON: written as it is read, facts not known left out; a missing or null list of
 * leases and a missing support year refused as required, a null lease named by its index.
 */
class RentShareRequestTest {

  private static final String LEASE = "{'leaseId':'L-1','area':1200,'start':'2021-01-01','rentPaid':[]}";

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static RentShareRequest read(String text) {
    return HuiqiJson.read(json(text), RentShareRequest.class);
  }

  private static String written(RentShareRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  @Test
  void test_json_writtenAsRead() {
    String full = "{'highTech':true,'leases':[" + LEASE + "],'supportYear':2023,'firstSupportYear':2022}";
    assertThat(written(read(full))).isEqualTo(json(full));
    assertThat(written(read("{'leases':[],'supportYear':2023}"))).isEqualTo(json("{'leases':[],'supportYear':2023}"));
  }

  @Test
  void test_json_leasesOrYearMissing_required() {
    assertThat(assertField(() -> read("{'supportYear':2023}"), "/leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':null,'supportYear':2023}"), "/leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':[]}"), "/supportYear").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[null," + LEASE + "],'supportYear':2023}"), "/leases/0");
  }
}
