package io.github.huiqi.calculators.employment.housingfund;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.policy.PolicyData;
import java.io.IOException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the housing-fund deferral's longest term on month ends (深工信〔2023〕26号 第2条 "期限不超过12个月"): twelve
 * months from the first day deferred end the day before the same day twelve months on, and, when that day does not
 * exist, at the end of that month (《民法典》第二百零二条: "没有对应日的，月末日为期间的最后一日").
 */
class HousingFundAuditTest {

  private static final HousingFundMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(HousingFundMeasure.SHENZHEN_2023);

  private static HousingFundDeferral applied(LocalDate start) {
    return HousingFundDeferral.builder().applicationId("HF-1").applicationDate(LocalDate.of(2023, 3, 1))
        .deferralStart(start).hardship(true).build();
  }

  @Test
  void test_latestEnd_monthEnds() {
    // 2023-01-31 + 12 months = 2024-01-31, less a day: 2024-01-30 (the day exists, nothing rolls)
    assertThat(MEASURE.latestEnd(LocalDate.of(2023, 1, 31))).isEqualTo(LocalDate.of(2024, 1, 30));
    // 2023-03-01 + 12 months = 2024-03-01, less a day: 2024-02-29 (a leap year's February is whole)
    assertThat(MEASURE.latestEnd(LocalDate.of(2023, 3, 1))).isEqualTo(LocalDate.of(2024, 2, 29));
    // 2024-02-29: 2025 has no 29 February, so the twelfth month runs to its end, 2025-02-28; before the fix the
    // rolled-back 2025-02-28 less a day gave 2025-02-27, a day short of 12 months
    assertThat(MEASURE.latestEnd(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    // 2023-02-28 + 12 months = 2024-02-28, which exists: less a day, 2024-02-27
    assertThat(MEASURE.latestEnd(LocalDate.of(2023, 2, 28))).isEqualTo(LocalDate.of(2024, 2, 27));
  }

  @Test
  void test_calculatorJavaAndJson_leapDayStart() throws IOException {
    assertThat(HousingFundCalculator.DEFAULT.deferredUntil(MEASURE, applied(LocalDate.of(2024, 2, 29))))
        .contains(LocalDate.of(2025, 2, 28));
    String json = "{\"applicationId\": \"HF-1\", \"applicationDate\": \"2023-03-01\","
        + " \"deferralStart\": \"2024-02-29\", \"hardship\": true}";
    JsonNode result = new ObjectMapper().readTree(HousingFundCalculator.DEFAULT.explainDeferredUntilJson(MEASURE,
        json));
    assertThat(result.at("/latestEnd").asText()).isEqualTo("2025-02-28");
    assertThat(result.at("/deferredUntil").asText()).isEqualTo("2025-02-28");
  }
}
