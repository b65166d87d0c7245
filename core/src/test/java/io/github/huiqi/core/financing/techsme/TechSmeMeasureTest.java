package io.github.huiqi.core.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TechSmeMeasureTest {

  static TechSmeMeasure sut() {
    return PolicyData.builtIn().getMeasure(TechSmeMeasure.SHENZHEN_2023);
  }

  @Test
  void test_builtIn_isInTheSeedPack() {
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json").measures())
        .anyMatch(measure -> measure.id().equals(TechSmeMeasure.SHENZHEN_2023.id()));
    assertThat(sut().documentStatus()).isEqualTo(DocumentStatus.IN_FORCE);
    assertThat(sut().clause().article()).isEqualTo("第13条");
  }

  @Test
  void test_builtIn_seedFigures() {
    TechSmeMeasure m = sut();
    // 第13条: "2023年期间产生的利息" = 2023-01-01..2023-12-31; "提高30个百分点"; "最高…80%"
    assertThat(m.upliftWindow().value()).isEqualTo(DateRange.year(2023));
    assertThat(m.upliftPoints().value()).isEqualTo(Rate.parse("30%"));
    assertThat(m.ceiling().value()).isEqualTo(Rate.parse("80%"));
    assertThat(m.upliftWindow().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(m.upliftPoints().citation().article()).isEqualTo("第13条");
    assertThat(m.ceiling().citation().quote()).hasValueSatisfying(q -> assertThat(q).contains("80%"));
    assertThat(m.enrolmentRule().quote()).hasValueSatisfying(q -> assertThat(q).contains("入库科技型中小企业"));
  }

  @Test
  void test_builtIn_baseProgrammeFigures() {
    TechSmeMeasure m = sut();
    // 2020 办法 第十四条 (一) 50%, first-time 70%; (二) premium 50% ≤ 500,000; (三) fee 50% ≤ 300,000;
    // (四) ≤ 1,000,000 a year and ≤ 3,000,000 over the 办法
    assertThat(m.interestRatio().value()).isEqualTo(Rate.parse("50%"));
    assertThat(m.firstTimeBorrowerInterestRatio().value()).isEqualTo(Rate.parse("70%"));
    assertThat(m.guaranteeFeeRatio().value()).isEqualTo(Rate.parse("50%"));
    assertThat(m.insurancePremiumRatio().value()).isEqualTo(Rate.parse("50%"));
    assertThat(Cny.yuan(m.guaranteeFeeCapPerYear().value(), "x")).isEqualByComparingTo("300000");
    assertThat(Cny.yuan(m.insurancePremiumCapPerYear().value(), "x")).isEqualByComparingTo("500000");
    assertThat(Cny.yuan(m.capPerEnterprisePerYear().value(), "x")).isEqualByComparingTo("1000000");
    assertThat(Cny.yuan(m.capPerEnterpriseOverProgramme().value(), "x")).isEqualByComparingTo("3000000");
    for (Parameter<Rate> p : List.of(m.interestRatio(), m.firstTimeBorrowerInterestRatio(), m.guaranteeFeeRatio(),
        m.insurancePremiumRatio())) {
      assertThat(p.citation().provenance()).isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
      assertThat(p.citation().article()).isEqualTo("第十四条");
      // the 办法's own wording was not retrieved (domain reference §2.3 paraphrases it): no quote may pose as one
      assertThat(p.citation().quote()).isEmpty();
    }
    assertThat(m.capPerEnterpriseOverProgramme().citation().document()).contains("科技型中小微企业贷款贴息贴保");
  }

  @Test
  void test_builtIn_defaultsAreDocumented() {
    TechSmeMeasure m = sut();
    // domain reference §4.1 item 7: accrued in 2023 and paid; split by days
    assertThat(m.accrualBasis().value()).isEqualTo(TechSmeAccrualBasis.ACCRUED_IN_WINDOW);
    assertThat(m.splitDayCount().value()).isEqualTo(DayCount.ACT_360);
    assertThat(m.rounding().value()).isEqualTo(MoneyRounding.FEN_HALF_UP);
    assertThat(m.accrualBasis().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(m.splitDayCount().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(m.rounding().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
  }

  @Test
  void test_ratios_upliftAndCeiling() {
    TechSmeMeasure m = sut();
    // 第十四条(一) base; 第13条: 50% + 30 points = 80%; 70% + 30 points = 100% → min(100%, 80%) = 80%
    assertThat(m.baseRatio(false)).isEqualTo(Rate.parse("50%"));
    assertThat(m.baseRatio(true)).isEqualTo(Rate.parse("70%"));
    assertThat(m.upliftedRatio(false)).isEqualTo(Rate.parse("80%"));
    assertThat(m.upliftedRatio(true)).isEqualTo(Rate.parse("80%"));
    // a host's 40% base: 40% + 30 = 70%, below the ceiling, not raised to it
    TechSmeMeasure lower = with(m, m.interestRatio().withValue(Rate.parse("40%")), m.ceiling());
    assertThat(lower.upliftedRatio(false)).isEqualTo(Rate.parse("70%"));
  }

  @Test
  void test_invariants_baseAboveCeiling() {
    TechSmeMeasure m = sut();
    assertThatThrownBy(() -> with(m, m.interestRatio().withValue(Rate.parse("80.01%")), m.ceiling()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("interestRatio/value"));
    assertThatThrownBy(() -> with(m, m.interestRatio(), m.ceiling().withValue(Rate.parse("101%"))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("ceiling/value"));
    assertThatThrownBy(() -> with(m, m.interestRatio(), m.ceiling().withValue(Rate.parse("60%"))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("firstTimeBorrowerInterestRatio/value"));
  }

  @Test
  void test_invariants_openWindowAndCaps() {
    TechSmeMeasure m = sut();
    assertThatThrownBy(() -> new TechSmeMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.interestRatio(), m.firstTimeBorrowerInterestRatio(),
        m.upliftWindow().withValue(DateRange.startingOn(LocalDate.of(2023, 1, 1))), m.upliftPoints(),
        m.ceiling(), m.guaranteeFeeRatio(), m.guaranteeFeeCapPerYear(), m.insurancePremiumRatio(),
        m.insurancePremiumCapPerYear(), m.capPerEnterprisePerYear(), m.capPerEnterpriseOverProgramme(),
        m.accrualBasis(), m.splitDayCount(), m.rounding(), m.enrolmentRule()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("upliftWindow/value/end"));
    assertThatThrownBy(() -> new TechSmeMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.interestRatio(), m.firstTimeBorrowerInterestRatio(), m.upliftWindow(), m.upliftPoints(),
        m.ceiling(), m.guaranteeFeeRatio(), m.guaranteeFeeCapPerYear(), m.insurancePremiumRatio(),
        m.insurancePremiumCapPerYear(), m.capPerEnterprisePerYear().withValue(Cny.of(BigDecimal.ZERO)),
        m.capPerEnterpriseOverProgramme(), m.accrualBasis(), m.splitDayCount(), m.rounding(), m.enrolmentRule()))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("capPerEnterprisePerYear/value"));
  }

  @Test
  void test_json_roundTrip() {
    TechSmeMeasure measure = sut();
    String json = HuiqiJson.write(measure);
    assertThat(json).contains("\"type\" : \"financing.tech-sme-interest-subsidy\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
  }

  private static TechSmeMeasure with(TechSmeMeasure m,
      Parameter<Rate> interestRatio, Parameter<Rate> ceiling) {
    return new TechSmeMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), interestRatio,
        m.firstTimeBorrowerInterestRatio(), m.upliftWindow(), m.upliftPoints(), ceiling, m.guaranteeFeeRatio(),
        m.guaranteeFeeCapPerYear(), m.insurancePremiumRatio(), m.insurancePremiumCapPerYear(),
        m.capPerEnterprisePerYear(), m.capPerEnterpriseOverProgramme(), m.accrualBasis(), m.splitDayCount(),
        m.rounding(), m.enrolmentRule());
  }
}
