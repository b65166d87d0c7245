package io.github.huiqi.calculators.space.rent;

import static io.github.huiqi.calculators.space.rent.RentRequestJson.LEASE;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.json;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.lease;
import static io.github.huiqi.calculators.space.rent.RentRequestJson.written;
import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link RentAreaRequest}'s JSON and builder: written as it is read, facts not known left out, a built request
 * written in the same shape and read back equal; a missing or null list of leases refused as required (not read as no
 * lease, which would be a wrong 0.00), a null lease named by its index, never a bare exception.
 */
class RentAreaRequestTest {

  private static final String FULL = "{'techSme':true,'highTech':false,'leases':[" + LEASE + "],'periodUnit':'YEAR'}";

  private static RentAreaRequest read(String text) {
    return RentRequestJson.read(text, RentAreaRequest.class);
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read("{'leases':[]}"))).isEqualTo(json("{'leases':[]}"));
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    RentAreaRequest built = RentAreaRequest.builder().techSme(true).highTech(false).leases(List.of(lease()))
        .periodUnit(RentPeriodUnit.YEAR).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), RentAreaRequest.class)).isEqualTo(built);
    RentAreaRequest none = RentAreaRequest.builder().leases(List.of()).build();
    assertThat(written(none)).isEqualTo(json("{'leases':[]}"));
    assertThat(none.techSme()).isEmpty();
    assertThat(none.periodUnit()).isEmpty();
  }

  @Test
  void test_json_leasesMissingOrNull_required() {
    assertThat(assertField(() -> read("{'techSme':true}"), "/leases").code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> read("{'leases':null}"), "/leases").code()).isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_builder_leasesNotSetOrNull_required() {
    assertThat(assertField(() -> RentAreaRequest.builder().techSme(true).build(), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> RentAreaRequest.builder().leases(null).build(), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> RentAreaRequest.builder().addAllLeases(null), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[" + LEASE + ",null]}"), "/leases/1");
  }

  @Test
  void test_builder_nullLeaseOrRepeatedId_named() {
    assertField(() -> RentAreaRequest.builder().leases(Arrays.asList(lease(), null)).build(), "leases/1");
    assertField(() -> RentAreaRequest.builder().addLeases(lease()).addLeases((RentLease) null).build(), "leases/1");
    assertField(() -> RentAreaRequest.builder().leases(List.of(lease(), lease())).build(), "leases/1/leaseId");
  }
}
