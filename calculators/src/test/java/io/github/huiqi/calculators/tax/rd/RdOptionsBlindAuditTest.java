package io.github.huiqi.calculators.tax.rd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the R&amp;D super deduction's intangible rate year (decisions register §4.5 item 34: the tax year's
 * rate by default, {@code YEAR_FORMED} the option), worked by hand and run through the plain, explaining and JSON forms.
 * <p>
 * A software firm (I6510: neither manufacturing, nor a 科技型中小企业, nor IC) in tax year 2023 amortises an R&amp;D
 * intangible of 1,200,000.00 over 120 months, 12 of them in 2023: 10,000.00 a month of cost. 2023 (财政部 税务总局
 * 公告2023年第7号): 200% of cost, an extra 100%; 2020 (财税〔2018〕99号, 2018–2020): 175%, an extra 75%.
 */
class RdOptionsBlindAuditTest {

  private static final RdMeasure MEASURE = PolicyData.builtIn().getMeasure(RdMeasure.SHENZHEN_2023);

  private static RdRequest request(Integer yearFormed) {
    RdIntangibleAsset.Builder asset = RdIntangibleAsset.builder().cost(Cny.of("1200000.00")).amortisationMonths(120)
        .monthsInYear(12);
    if (yearFormed != null) {
      asset.yearFormed(yearFormed);
    }
    return RdRequest.builder().taxYear(2023).industryCode("I6510").techSme(false).manufacturing(false)
        .icOrMachineTool(false).intangibles(List.of(asset.build())).build();
  }

  private static void assertExtra(RdRequest request, String extra) {
    assertThat(RdCalculator.DEFAULT.extraDeduction(MEASURE, request)).isEqualTo(Cny.of(extra));
    for (RdResult result : List.of(RdCalculator.DEFAULT.explainExtraDeduction(MEASURE, request),
        HuiqiJson.read(RdCalculator.DEFAULT.explainExtraDeductionJson(MEASURE, HuiqiJson.write(request)),
            RdResult.class))) {
      assertThat(result.totalExtraDeduction()).isEqualTo(AmountRange.exactly(Cny.of(extra)));
      assertThat(result.intangibles().get(0).yearExtraAmortisation()).isEqualTo(Cny.of(extra));
    }
  }

  @Test
  void yearFormed_keepsTheRateOfItsYear() {
    RdOptions formed = RdOptions.DEFAULTS.withIntangibleRateYear(RdIntangibleRateYear.YEAR_FORMED);
    // the tax year's rate (default), formed in 2020 or not said: 100% × 1,200,000 × 12/120 = 120,000.00
    assertExtra(request(2020), "120000.00");
    assertExtra(request(null), "120000.00");
    // YEAR_FORMED, 2020: 75% × 120,000 = 90,000.00
    assertExtra(request(2020).withOptions(formed), "90000.00");
    // YEAR_FORMED, 2023: the same year, 120,000.00
    assertExtra(request(2023).withOptions(formed), "120000.00");
    // YEAR_FORMED needs the year formed: a typed error naming it, in Java and JSON
    assertThatThrownBy(() -> RdCalculator.DEFAULT.extraDeduction(MEASURE, request(null).withOptions(formed)))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("yearFormed"));
    assertThatThrownBy(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(MEASURE,
        HuiqiJson.write(request(null).withOptions(formed))))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).contains("yearFormed"));
    assertThatThrownBy(() -> RdCalculator.DEFAULT.explainExtraDeductionJson(MEASURE,
        HuiqiJson.write(request(2020).withOptions(formed)).replace("\"YEAR_FORMED\"", "\"FORMED\"")))
        .isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("/options/intangibleRateYear"));
  }
}
