package io.github.huiqi.core.tax.vat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests {@link VatFilingPeriod}.
 */
class VatFilingPeriodTest {

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
  void test_new_bothOrNeitherMonthAndQuarter_rejected() {
    assertThatThrownBy(() -> new VatFilingPeriod(2023, Optional.of(1), Optional.of(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("quarter"));
    assertThatThrownBy(() -> new VatFilingPeriod(2023, Optional.empty(), Optional.empty()))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
    assertThatThrownBy(() -> new VatFilingPeriod(2023, null, Optional.of(1)))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("month"));
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
}
