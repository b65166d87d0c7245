package io.github.huiqi.calculators.procurement.reservation;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.outcome.WindowStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Second-pass QA audit of the SME share of government works procurement: 深工信〔2023〕26号 第9条 and 沪企服办〔2023〕1号
 * 第十一条 ("将政府采购工程面向中小企业的预留份额阶段性提高至40%以上的政策延续到2023年底") with 财库〔2022〕19号 三 ("400万元以下的
 * 工程采购项目适宜由中小企业提供的，采购人应当专门面向中小企业采购"; domain.md §1.2 card 000-9), hand-worked through the
 * typed calculator, its JSON and the engine. 以上/以下 include the number.
 */
class ReservationBoundaryAuditTest {

  private static final ReservationMeasure SHENZHEN = PolicyData.builtIn().getMeasure(ReservationMeasure.SHENZHEN_2023);
  private static final ReservationMeasure SHANGHAI = PolicyData.builtIn().getMeasure(ReservationMeasure.SHANGHAI_2023);

  @ParameterizedTest(name = "budget {0}, reserved {1}: required {2}, meets {3}")
  @CsvSource({
      // 3,999,999.99 ≤ 4,000,000 (以下): reserved wholly; the whole budget reserved meets it
      "3999999.99, 3999999.99, 3999999.99, true",
      // 10,000,000.03 > 4,000,000: 40% × 10,000,000.03 = 4,000,000.012; the least whole fen that reaches it is
      // 4,000,000.02 (a floor, "以上", so rounded up); 4,000,000.01 < 4,000,000.012 falls short
      "10000000.03, 4000000.01, 4000000.02, false",
      "10000000.03, 4000000.02, 4000000.02, true",
      // 10,000,000.00 × 40% = 4,000,000.00 exactly: 4,000,000.00 meets it ("40%以上" includes 40%)
      "10000000.00, 4000000.00, 4000000.00, true"})
  void test_typed_requiredShare(String budget, String reserved, String required, boolean meets) {
    ReservationRequest request = new ReservationRequest(Cny.of(budget), Cny.of(reserved));
    ReservationResult result = ReservationCalculator.DEFAULT.explainMeetsRule(SHENZHEN, request);
    assertThat(result.requiredReservation()).isEqualTo(Cny.of(required));
    assertThat(result.meetsRule()).isEqualTo(meets);
    assertThat(ReservationCalculator.DEFAULT.meetsRule(SHANGHAI, request)).isEqualTo(meets);
  }

  @Test
  void test_json_badInput_namesTheField() {
    // the reserved part cannot exceed the budget (1,000,000.01 > 1,000,000.00), nor the budget be zero
    assertField(() -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(SHENZHEN, "{\"budget\": {\"amount\": "
        + "1000000, \"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": 1000000.01, \"currency\": \"CNY\"}}"),
        "/reservedForSmes");
    assertField(() -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(SHENZHEN, "{\"budget\": {\"amount\": 0, "
        + "\"currency\": \"CNY\"}, \"reservedForSmes\": {\"amount\": 0, \"currency\": \"CNY\"}}"), "/budget");
  }

  private static MeasureOutcome engine(ReservationMeasure measure, String profile, LocalDate asOf) {
    return CatalogProfiles.outcome(CatalogProfiles.quoted(profile), asOf, measure.id(), false);
  }

  @Test
  void test_engine_regionAndWindow() {
    // a small Shenzhen firm may compete for the Shenzhen reservation (an SME); no money (NON_MONETARY, 0);
    // "延续到2023年底": open on 2023-12-31, closed on 2024-01-01
    String shenzhenFirm = "{'registrationRegionCode': '440306', 'size': 'SMALL'}";
    MeasureOutcome open = engine(SHENZHEN, shenzhenFirm, LocalDate.of(2023, 12, 31));
    assertThat(open.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(open.amountKind()).isEqualTo(AmountKind.NON_MONETARY);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.ZERO);
    assertThat(open.windowStatus()).isEqualTo(WindowStatus.OPEN);
    assertThat(engine(SHENZHEN, shenzhenFirm, LocalDate.of(2024, 1, 1)).windowStatus())
        .isEqualTo(WindowStatus.CLOSED);
    // the Shanghai measure (listed for 上海市) for the Shenzhen firm: ineligible
    assertThat(engine(SHANGHAI, shenzhenFirm, LocalDate.of(2023, 6, 30)).verdict()).isEqualTo(Verdict.INELIGIBLE);
    // size not known and no figures to derive it: undetermined, naming /size
    MeasureOutcome unknown = engine(SHANGHAI, "{'registrationRegionCode': '310115'}", LocalDate.of(2023, 6, 30));
    assertThat(unknown.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(unknown.missingFacts()).contains("/size");
  }

  @Test
  void test_engine_regionCodeOfTheCityOrAWiderArea() {
    // 440300 is 深圳市 itself: inside the Shenzhen measure's region; 440000 (广东省) holds 深圳市 but may be elsewhere
    // in the province: undetermined, the region asked
    assertThat(engine(SHENZHEN, "{'registrationRegionCode': '440300', 'size': 'SMALL'}", LocalDate.of(2023, 6, 30))
        .verdict()).isEqualTo(Verdict.ELIGIBLE);
    MeasureOutcome province = engine(SHENZHEN, "{'registrationRegionCode': '440000', 'size': 'SMALL'}",
        LocalDate.of(2023, 6, 30));
    assertThat(province.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(province.missingFacts()).containsExactly("/registrationRegionCode");
  }
}
