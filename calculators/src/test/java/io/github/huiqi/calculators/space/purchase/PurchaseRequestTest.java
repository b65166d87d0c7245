package io.github.huiqi.calculators.space.purchase;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.space.rent.RentLease;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link PurchaseRequest}'s JSON and builder: written as it is read, facts not known left out, a built request
 * written in the same shape and read back equal; a missing or null list of leases and a missing date refused as
 * required, a null lease named by its index, a negative output named, never a bare exception.
 */
class PurchaseRequestTest {

  private static final String LEASE = "{'leaseId':'L-1','area':3000,'start':'2020-07-01','stateOwned':true,"
      + "'rentPaid':[]}";
  private static final String FULL = "{'specialisedAndInnovative':true,'annualOutput':{'amount':300000000.00,"
      + "'currency':'CNY'},'leases':[" + LEASE + "],'asOf':'2023-06-30'}";
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static PurchaseRequest read(String text) {
    return HuiqiJson.read(json(text), PurchaseRequest.class);
  }

  private static String written(PurchaseRequest request) {
    return HuiqiJson.write(request, JsonOutput.COMPACT);
  }

  /** The lease {@link #LEASE} describes. */
  private static RentLease lease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("3000")).start(LocalDate.of(2020, 7, 1))
        .stateOwned(true).build();
  }

  @Test
  void test_json_writtenAsRead() {
    assertThat(written(read(FULL))).isEqualTo(json(FULL));
    assertThat(written(read("{'leases':[],'asOf':'2023-06-30'}"))).isEqualTo(json("{'leases':[],'asOf':'2023-06-30'}"));
  }

  @Test
  void test_builder_writtenInTheJsonShape_andReadBackEqual() {
    PurchaseRequest built = PurchaseRequest.builder().specialisedAndInnovative(true)
        .annualOutput(Cny.of("300000000.00")).leases(List.of(lease())).asOf(AS_OF).build();
    assertThat(written(built)).isEqualTo(json(FULL));
    assertThat(HuiqiJson.read(HuiqiJson.write(built), PurchaseRequest.class)).isEqualTo(built);
    PurchaseRequest none = PurchaseRequest.builder().leases(List.of()).asOf(AS_OF).build();
    assertThat(written(none)).isEqualTo(json("{'leases':[],'asOf':'2023-06-30'}"));
    assertThat(none.specialisedAndInnovative()).isEmpty();
    assertThat(none.annualOutput()).isEmpty();
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
  void test_builder_leasesOrDateNotSet_required() {
    assertThat(assertField(() -> PurchaseRequest.builder().asOf(AS_OF).build(), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> PurchaseRequest.builder().leases(null).asOf(AS_OF).build(), "leases").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertThat(assertField(() -> PurchaseRequest.builder().leases(List.of()).build(), "asOf").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_json_nullLease_namedByIndex() {
    assertField(() -> read("{'leases':[" + LEASE + ",null],'asOf':'2023-06-30'}"), "/leases/1");
  }

  @Test
  void test_builder_nullLeaseOrNegativeOutput_named() {
    assertField(() -> PurchaseRequest.builder().leases(Arrays.asList(lease(), null)).asOf(AS_OF).build(),
        "leases/1");
    assertField(() -> PurchaseRequest.builder().annualOutput(Cny.of("-0.01")).leases(List.of()).asOf(AS_OF).build(),
        "annualOutput");
  }
}
