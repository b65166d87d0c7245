package io.github.huiqi.core.tax.vat;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.json.JsonOutput;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link VatFilingPeriod}: its dates, frequency and text; its JSON written as it is read, a period made in Java
 * written in the same shape and read back equal, a missing year refused as required and not exactly one of month and
 * quarter named.
 */
class VatFilingPeriodTest {

  private static String json(String text) {
    return text.replace('\'', '"');
  }

  private static VatFilingPeriod read(String text) {
    return HuiqiJson.read(json(text), VatFilingPeriod.class);
  }

  private static String written(VatFilingPeriod period) {
    return HuiqiJson.write(period, JsonOutput.COMPACT);
  }

  @Test
  void test_ofMonth_datesAndFrequency() {
    VatFilingPeriod feb2020 = VatFilingPeriod.ofMonth(2020, 2);
    assertThat(feb2020.frequency()).isEqualTo(VatFilingFrequency.MONTHLY);
    // 2020 is a leap year: February ends on the 29th
    assertThat(feb2020.dates()).isEqualTo(DateRange.of(LocalDate.of(2020, 2, 1), LocalDate.of(2020, 2, 29)));
    assertThat(feb2020).hasToString("2020-02");
  }

  @Test
  void test_ofQuarter_datesAndFrequency() {
    VatFilingPeriod q4 = VatFilingPeriod.ofQuarter(2022, 4);
    assertThat(q4.frequency()).isEqualTo(VatFilingFrequency.QUARTERLY);
    assertThat(q4.dates()).isEqualTo(DateRange.of(LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31)));
    assertThat(q4).hasToString("2022-Q4");
  }

  @ParameterizedTest(name = "quarter {0}")
  @CsvSource({"0", "5", "-1"})
  void test_ofQuarter_outsideOneToFour_namesQuarter(int quarter) {
    assertThatThrownBy(() -> VatFilingPeriod.ofQuarter(2023, quarter))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("quarter");
          assertThat(ex.value()).isEqualTo(String.valueOf(quarter));
        });
  }

  @ParameterizedTest(name = "month {0}")
  @CsvSource({"0", "13"})
  void test_ofMonth_outsideOneToTwelve_namesMonth(int month) {
    assertThatThrownBy(() -> VatFilingPeriod.ofMonth(2023, month))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
  }

  @Test
  void test_builder_bothOrNeitherMonthAndQuarter_rejected() {
    // both given: the quarter named with its own value (2), not the month's (1), which it carried before the QA
    // audit of the tax paths (TaxBlindAuditTest)
    assertThatThrownBy(() -> VatFilingPeriod.builder().year(2023).month(1).quarter(2).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> {
          assertThat(ex.field()).isEqualTo("quarter");
          assertThat(ex.value()).isEqualTo("2");
        });
    assertThatThrownBy(() -> VatFilingPeriod.builder().year(2023).build())
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
    assertThatThrownBy(() -> VatFilingPeriod.builder().year(2023).month((Optional<Integer>) null))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
  }

  @Test
  void test_builder_sameAsTheFactories_yearNotSet_required() {
    assertThat(VatFilingPeriod.builder().year(2023).month(4).build()).isEqualTo(VatFilingPeriod.ofMonth(2023, 4));
    assertThat(VatFilingPeriod.builder().year(2023).quarter(Optional.of(2)).month(Optional.empty()).build())
        .isEqualTo(VatFilingPeriod.ofQuarter(2023, 2)).hasToString("2023-Q2");
    assertThat(assertField(() -> VatFilingPeriod.builder().quarter(2).build(), "year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
  }

  @Test
  void test_factories_yearZero_outOfRangeNamingZero_jsonWithoutYear_stillRequired() {
    // a factory's year is always given: 0 lies outside 1900..9999 (the class's range), so it is out of range,
    // named with its value; before, ofMonth(0, 4) and ofQuarter(0, 2) said "is required ... but was missing"
    for (InvalidInputException error : new InvalidInputException[] {
        assertField(() -> VatFilingPeriod.ofMonth(0, 4), "year"),
        assertField(() -> VatFilingPeriod.ofQuarter(0, 2), "year")}) {
      assertThat(error.code()).isEqualTo(InvalidInputException.INVALID);
      assertThat(error.value()).isEqualTo("0");
      assertThat(error.problem()).isEqualTo("must be from 1900 to 9999");
      assertThat(error.getMessage()).doesNotContain("missing");
    }
    // a document without the year holds 0 in the reader: still "required", as before this fix
    InvalidInputException missing = assertField(() -> read("{'quarter':2}"), "/year");
    assertThat(missing.code()).isEqualTo(InvalidInputException.REQUIRED);
    assertThat(missing.problem()).isEqualTo("is required");
  }

  @Test
  void test_new_yearOutOfRange_namesYear() {
    assertThatThrownBy(() -> VatFilingPeriod.ofMonth(1899, 1))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
    assertThatThrownBy(() -> VatFilingPeriod.ofMonth(10000, 1))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("year"));
  }

  @Test
  void test_json_roundTrip() {
    for (VatFilingPeriod period : new VatFilingPeriod[] {VatFilingPeriod.ofMonth(2023, 4),
        VatFilingPeriod.ofQuarter(2027, 4)}) {
      assertThat(HuiqiJson.read(HuiqiJson.write(period), VatFilingPeriod.class)).isEqualTo(period);
    }
    assertThat(HuiqiJson.read("{\"year\": 2023, \"quarter\": 2}", VatFilingPeriod.class))
        .isEqualTo(VatFilingPeriod.ofQuarter(2023, 2));
  }

  @Test
  void test_json_badQuarterOrMissingYear_namesPointer() {
    assertThatThrownBy(() -> HuiqiJson.read("{\"year\": 2023, \"quarter\": 5}", VatFilingPeriod.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/quarter"));
    assertThatThrownBy(() -> HuiqiJson.read("{\"quarter\": 1}", VatFilingPeriod.class))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).contains("year"));
  }

  @Test
  void test_json_writtenAsRead_andAsMadeInJava() {
    for (String text : new String[] {"{'year':2023,'month':4}", "{'year':2023,'quarter':2}"}) {
      assertThat(written(read(text))).isEqualTo(json(text));
    }
    assertThat(written(VatFilingPeriod.ofMonth(2023, 4))).isEqualTo(json("{'year':2023,'month':4}"));
    assertThat(written(VatFilingPeriod.ofQuarter(2023, 2))).isEqualTo(json("{'year':2023,'quarter':2}"));
    // a null month or quarter is not given
    assertThat(read("{'year':2023,'month':null,'quarter':2}")).isEqualTo(VatFilingPeriod.ofQuarter(2023, 2));
    assertThat(read("{'quarter':2,'year':2023}")).isEqualTo(VatFilingPeriod.ofQuarter(2023, 2))
        .hasSameHashCodeAs(VatFilingPeriod.ofQuarter(2023, 2));
    assertThat(read("{'year':2023,'month':4}")).isEqualTo(VatFilingPeriod.ofMonth(2023, 4))
        .isNotEqualTo(VatFilingPeriod.ofQuarter(2023, 4)).isNotEqualTo(VatFilingPeriod.ofMonth(2024, 4));
    assertThat(VatFilingPeriod.ofMonth(2023, 4).month()).contains(4);
    assertThat(VatFilingPeriod.ofMonth(2023, 4).quarter()).isEmpty();
    assertThat(VatFilingPeriod.ofQuarter(2023, 2).month()).isEmpty();
    assertThat(VatFilingPeriod.ofQuarter(2023, 2).quarter()).contains(2);
  }

  @Test
  void test_json_yearMissing_required_notExactlyOneOfMonthAndQuarter_named() {
    assertThat(assertField(() -> read("{'month':4}"), "/year").code()).isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> read("{'year':null,'month':4}"), "/year");
    assertField(() -> read("{'year':1899,'month':4}"), "/year");
    assertField(() -> read("{'year':2023}"), "/month");
    assertField(() -> read("{'year':2023,'month':null,'quarter':null}"), "/month");
    assertField(() -> read("{'year':2023,'month':4,'quarter':2}"), "/quarter");
    assertField(() -> read("{'year':2023,'month':13}"), "/month");
    assertField(() -> read("{'year':2023,'month':'4'}"), "/month");
    assertField(() -> read("{'year':2023,'month':4,'half':1}"), "/half");
  }

  @Test
  void test_json_inAProfile_namedAtItsPointer() {
    String sales = ",'sales':{'amount':1000.00,'currency':'CNY'},'salesBasis':'EXCLUDING_VAT'}";
    String year = "{'years':[{'year':2023,'vatPeriods':[{'period':{'year':2023,'quarter':1}" + sales + ",";
    EnterpriseProfile profile = HuiqiJson.read(json(year + "{'period':{'year':2023,'quarter':2}" + sales + "]}]}"),
        EnterpriseProfile.class);
    assertThat(profile.years().orElseThrow().get(0).vatPeriods().orElseThrow().get(1).period())
        .isEqualTo(VatFilingPeriod.ofQuarter(2023, 2));
    assertThat(assertField(() -> HuiqiJson.read(json(year + "{'period':{'quarter':2}" + sales + "]}]}"),
        EnterpriseProfile.class), "/years/0/vatPeriods/1/period/year").code())
        .isEqualTo(InvalidInputException.REQUIRED);
    assertField(() -> HuiqiJson.read(json(year + "{'period':{'year':2023,'quarter':5}" + sales + "]}]}"),
        EnterpriseProfile.class), "/years/0/vatPeriods/1/period/quarter");
    assertField(() -> HuiqiJson.read(json(year + "{'period':{'year':2023}" + sales + "]}]}"),
        EnterpriseProfile.class), "/years/0/vatPeriods/1/period/month");
  }
}
