package io.github.huiqi.core.financing.deferral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DeferralMeasureTest {

  static DeferralMeasure sut() {
    return PolicyData.builtIn().getMeasure(DeferralMeasure.SHENZHEN_2023);
  }

  @Test
  void test_builtIn_valuesFromTheSource() {
    DeferralMeasure measure = sut();
    // 第7条: "2022年第四季度到期的" = 2022-10-01..2022-12-31 (domain §4.6 item 38)
    assertThat(measure.dueWindow().value()).isEqualTo(DateRange.quarter(2022, 4));
    // 第7条: "最长可延至2023年6月30日"
    assertThat(measure.latestDeferredDate().value()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(measure.clause().article()).isEqualTo("第7条");
  }

  @Test
  void test_invariants_latestDateMustFollowTheWindow() {
    DeferralMeasure m = sut();
    assertThatThrownBy(() -> new DeferralMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.dueWindow(), m.latestDeferredDate().withValue(LocalDate.of(2022, 12, 31)), m.borrowerScope(),
        m.hardship()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("latestDeferredDate/value"));
    assertThatThrownBy(() -> new DeferralMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.dueWindow().withValue(DateRange.startingOn(LocalDate.of(2022, 10, 1))), m.latestDeferredDate(),
        m.borrowerScope(), m.hardship()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("dueWindow/value/end"));
  }

  @Test
  void test_json_roundTrip() {
    DeferralMeasure measure = sut();
    assertThat(HuiqiJson.read(HuiqiJson.write(measure), Measure.class)).isEqualTo(measure);
  }
}
