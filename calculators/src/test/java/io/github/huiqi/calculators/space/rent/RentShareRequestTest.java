package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.calculators.space.rent.RentRequestJson.LEASE;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.json;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.lease;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.written;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentShareRequest}'s JSON and builder: written as it is read, facts not known left out, a built request
 * written in the same shape and read back equal; a missing or null list of leases and a missing support year refused
 * as required, a null lease named by its index, never a bare exception.
 */
class RentShareRequestTest {

  private static final String FULL = "{'highTech':true,'leases':[" + LEASE + "],'supportYear':2023,"
      + "'firstSupportYear':2022}";

  private static RentShareRequest read(String text) {
    return RentRequestJson.read(text, RentShareRequest.class);
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read("{'leases':[],'supportYear':2023}"))).isEqualTo(json("{'leases':[],'supportYear':2023}"));
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    RentShareRequest built = RentShareRequest.builder().highTech(true).leases(List.of(lease())).supportYear(2023)
        .firstSupportYear(2022).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), RentShareRequest.class)).isEqualTo(built);
    RentShareRequest least = RentShareRequest.builder().leases(List.of()).supportYear(2023).build();
    assertThat(written(least)).isEqualTo(json("{'leases':[],'supportYear':2023}"));
    assertThat(least.highTech()).isEmpty();
    assertThat(least.firstSupportYear()).isEmpty();
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
  void test_builder_leasesOrYearNotSet_required() {
    assertThat(assertField(() -> RentShareRequest.builder().supportYear(2023).build(), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> RentShareRequest.builder().leases(null).supportYear(2023).build(), "leases")
        .code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> RentShareRequest.builder().leases(List.of()).build(), "supportYear").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[null," + LEASE + "],'supportYear':2023}"), "/leases/0");
  }

  @Test
  void test_builder_nullLeaseOrRepeatedId_named() {
    assertField(() -> RentShareRequest.builder().leases(Arrays.asList(null, lease())).supportYear(2023).build(),
        "leases/0");
    assertField(() -> RentShareRequest.builder().leases(List.of(lease(), lease())).supportYear(2023).build(),
        "leases/1/leaseId");
  }
}
