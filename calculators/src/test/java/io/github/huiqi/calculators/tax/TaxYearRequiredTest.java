package io.github.huiqi.calculators.tax;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.tax.firmyear.FirmYearRequest;
import io.github.huiqi.calculators.tax.rd.RdRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitAveragesRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPrepaymentRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import org.junit.jupiter.api.Test;

/**
 * A tax request or a profile year read from JSON without its year: "is required" ({@code input.required}) naming the
 * year, not a range error about a year 0 the caller never wrote; a year written out of range keeps its range error.
 */
class TaxYearRequiredTest {

  private static final String INCOME = "\"taxableIncome\": {\"amount\": 2500000, \"currency\": \"CNY\"}";

  @Test
  void test_taxYearNotGiven_isRequired() {
    required(() -> HuiqiJson.read("{}", RdRequest.class), "/taxYear");
    required(() -> HuiqiJson.read("{}", FirmYearRequest.class), "/taxYear");
    required(() -> HuiqiJson.read("{" + INCOME + "}", SmallLowProfitRequest.class), "/taxYear");
    required(() -> HuiqiJson.read("{" + INCOME + "}", SmallLowProfitAveragesRequest.class), "/taxYear");
    required(() -> HuiqiJson.read("{\"throughQuarter\": 2, \"cumulativeTaxableIncome\": {\"amount\": 1, "
        + "\"currency\": \"CNY\"}}", SmallLowProfitPrepaymentRequest.class), "/taxYear");
    required(() -> HuiqiJson.read("{\"years\": [{\"employees\": 10}]}", EnterpriseProfile.class), "/years/0/year");
  }

  @Test
  void test_throughQuarterNotGiven_isRequired() {
    // a prepayment without its quarter: "is required", not "must be from 1 to 4 but was 0" (was input.invalid, 0)
    required(() -> HuiqiJson.read("{\"taxYear\": 2023, \"cumulativeTaxableIncome\": {\"amount\": 1, \"currency\": "
        + "\"CNY\"}, \"alreadyPrepaid\": {\"amount\": 0, \"currency\": \"CNY\"}}",
        SmallLowProfitPrepaymentRequest.class), "/throughQuarter");
  }

  @Test
  void test_yearOutOfRange_keepsItsRangeError() {
    InvalidInputException early = assertField(() -> HuiqiJson.read("{\"taxYear\": 1899}", RdRequest.class),
        "/taxYear");
    assertThat(early.code()).isEqualTo(InvalidInputException.INVALID);
    assertThat(early.getMessage()).contains("1900 to 9999").contains("1899");
    InvalidInputException profile = assertField(() -> HuiqiJson.read("{\"years\": [{\"year\": 1989}]}",
        EnterpriseProfile.class), "/years/0/year");
    assertThat(profile.getMessage()).contains("1990 to 2100").contains("1989");
  }

  private static void required(org.assertj.core.api.ThrowableAssert.ThrowingCallable read, String field) {
    assertThat(assertField(read, field).code()).as(field).isEqualTo(InvalidInputException.REQUIRED);
  }
}
