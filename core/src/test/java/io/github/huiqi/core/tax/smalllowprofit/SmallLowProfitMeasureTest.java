package io.github.huiqi.core.tax.smalllowprofit;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.policy.Provenance;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.tax.OperatingQuarter;
import io.github.huiqi.core.tax.QuarterlyAverage;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Tests {@link SmallLowProfitMeasure}, its rate rows, and the built-in entry in the pack of
 * 深工信〔2023〕26号.
 */
class SmallLowProfitMeasureTest {

  private static SmallLowProfitMeasure builtIn() {
    return PolicyData.builtIn().getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
  }

  private static SmallLowProfitRates row(int taxYear) {
    return builtIn().findRates(taxYear).orElseThrow();
  }

  @Test
  void test_builtIn_isMeasureOfArticleOneInItsPack() {
    SmallLowProfitMeasure measure = builtIn();
    assertThat(measure.clause().document().toString()).isEqualTo("sz-gxj-2023-26");
    assertThat(measure.clause().article()).isEqualTo("第1条");
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json").measures()).contains(measure);
    // 企业所得税法 第四条: 25%; 2022年第13号 第二条: 3,000,000 / 300 / 50,000,000; slices split at 1,000,000
    assertThat(measure.standardRate().value()).isEqualTo(Rate.parse("25%"));
    assertThat(measure.sliceBoundary().value().isEqualTo(Cny.of("1000000"))).isTrue();
    assertThat(measure.taxableIncomeLimit().value().isEqualTo(Cny.of("3000000"))).isTrue();
    assertThat(measure.employeeLimit().value()).isEqualTo(300);
    assertThat(measure.totalAssetsLimit().value().isEqualTo(Cny.of("50000000"))).isTrue();
    assertThat(measure.negativePrepayment().value())
        .isEqualTo(SmallLowProfitNegativePrepayment.CARRY_TO_ANNUAL_SETTLEMENT);
    assertThat(measure.negativePrepayment().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(measure.rounding().value()).isEqualTo(MoneyRounding.FEN_HALF_UP);
    assertThat(measure.definition().quote()).hasValueSatisfying(q -> assertThat(q).contains("从业人数不超过300人"));
  }

  @Test
  void test_builtIn_tableRunsContiguouslyFrom2019To2027() {
    List<SmallLowProfitRates> rows = builtIn().rates();
    assertThat(rows.get(0).firstYear()).isEqualTo(2019);
    assertThat(rows.get(rows.size() - 1).lastYear()).isEqualTo(2027);
    for (int i = 1; i < rows.size(); i++) {
      assertThat(rows.get(i).firstYear()).isEqualTo(rows.get(i - 1).lastYear() + 1);
    }
    assertThat(builtIn().findRates(2018)).isEmpty();
    assertThat(builtIn().findRates(2028)).isEmpty();
  }

  @Test
  void test_builtIn_ratesMatchDomainReferenceTable_withTheirInstruments() {
    // domain reference §2.12 and Appendix A cit.slpe.rate_le_1m / rate_1m_3m
    assertRow(2019, "5%", "10%", "财税〔2019〕13号", "财税〔2019〕13号");
    assertRow(2020, "5%", "10%", "财税〔2019〕13号", "财税〔2019〕13号");
    assertRow(2021, "2.5%", "10%", "2021年第12号", "财税〔2019〕13号");
    assertRow(2022, "2.5%", "5%", "2021年第12号", "深工信〔2023〕26号");
    assertRow(2023, "5%", "5%", "2023年第6号", "深工信〔2023〕26号");
    assertRow(2024, "5%", "5%", "2023年第6号", "深工信〔2023〕26号");
    assertRow(2025, "5%", "5%", "2023年第12号", "2023年第12号");
    assertRow(2027, "5%", "5%", "2023年第12号", "2023年第12号");
    // seed 000 第1条 restates the 2022–2024 upper slice: source text, quoted
    assertThat(row(2022).upperSliceRate().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(row(2022).upperSliceRate().citation().quote())
        .hasValueSatisfying(q -> assertThat(q).contains("超过100万元但不超过300万元的部分"));
    assertThat(row(2022).upperSliceRate().citation().note())
        .hasValueSatisfying(n -> assertThat(n).contains("2022年第13号"));
  }

  @Test
  void test_builtIn_eachYearsDefinition_isTheInstrumentInForceThatYear() {
    // register §4.6 item 113: 财税〔2019〕13号 runs 2019-01-01..2021-12-31, 2022年第13号 2022-01-01..2024-12-31,
    // 2023年第12号 to 2027-12-31 (each its execution period); each defines the 小型微利企业 in the same words
    for (SmallLowProfitMeasure measure : List.of(builtIn(),
        PolicyData.builtIn().getMeasure(SmallLowProfitMeasure.SHANGHAI_2023))) {
      for (int year : new int[] {2019, 2020, 2021}) {
        assertDefinition(measure, year, "（财税〔2019〕13号）", "第二条");
      }
      for (int year : new int[] {2022, 2023, 2024}) {
        assertDefinition(measure, year, "财政部 税务总局公告2022年第13号", "第二条");
      }
      for (int year : new int[] {2025, 2026, 2027}) {
        assertDefinition(measure, year, "财政部 税务总局公告2023年第12号", "第五条");
      }
      // the rows of 2022–2024 name none of their own: the measure's definition
      assertThat(measure.findRates(2022).orElseThrow().definition()).isEmpty();
      assertThat(measure.findRates(2023).orElseThrow().definition()).isEmpty();
    }
  }

  private static void assertDefinition(SmallLowProfitMeasure measure, int year, String document, String article) {
    var definition = measure.definitionFor(measure.findRates(year).orElseThrow());
    assertThat(definition.provenance()).as(year + " provenance").isEqualTo(Provenance.EXTERNAL_INSTRUMENT);
    assertThat(definition.document()).as(year + " document").endsWith(document);
    assertThat(definition.article()).as(year + " article").isEqualTo(article);
    assertThat(definition.quote()).as(year + " quote").hasValueSatisfying(q -> assertThat(q)
        .contains("从事国家非限制和禁止行业").contains("年度应纳税所得额不超过300万元").contains("从业人数不超过300人")
        .contains("资产总额不超过5000万元"));
  }

  @Test
  void test_row_definitionNull_rejectedNamingIt() {
    SmallLowProfitRates first = builtIn().rates().get(0);
    assertField(() -> new SmallLowProfitRates(first.taxYears(), first.lowerSliceRate(), first.upperSliceRate(),
        null), "definition");
    // the three-argument form names no definition of its own
    assertThat(new SmallLowProfitRates(first.taxYears(), first.lowerSliceRate(), first.upperSliceRate())
        .definition()).isEmpty();
  }

  private static void assertRow(int year, String lower, String upper, String lowerDoc, String upperDoc) {
    SmallLowProfitRates rates = row(year);
    assertThat(rates.lowerSliceRate().value()).as(year + " lower").isEqualTo(Rate.parse(lower));
    assertThat(rates.upperSliceRate().value()).as(year + " upper").isEqualTo(Rate.parse(upper));
    assertThat(rates.lowerSliceRate().citation().document()).as(year + " lower doc").contains(lowerDoc);
    assertThat(rates.upperSliceRate().citation().document()).as(year + " upper doc").contains(upperDoc);
  }

  @Test
  void test_json_roundTrip() {
    SmallLowProfitMeasure measure = builtIn();
    String json = HuiqiJson.write(measure);
    assertThat(json).contains("\"type\" : \"tax.small-low-profit-enterprise\"");
    assertThat(HuiqiJson.read(json, Measure.class)).isEqualTo(measure);
    assertThat(HuiqiJson.read(json, SmallLowProfitMeasure.class)).isEqualTo(measure);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_new_overlappingOrEmptyRows_rejected() {
    SmallLowProfitMeasure measure = builtIn();
    List<SmallLowProfitRates> rows = new ArrayList<>(measure.rates());
    rows.add(rows.get(0));
    assertField(() -> withRates(measure, rows), "rates/" + (rows.size() - 1) + "/taxYears/start");
    assertField(() -> withRates(measure, List.of()), "rates");
  }

  @Test
  void test_new_rateAboveStandard_rejected() {
    SmallLowProfitMeasure measure = builtIn();
    SmallLowProfitRates first = measure.rates().get(0);
    SmallLowProfitRates dearer = new SmallLowProfitRates(first.taxYears(), first.lowerSliceRate(),
        first.upperSliceRate().withValue(Rate.parse("30%")));
    List<SmallLowProfitRates> rows = new ArrayList<>(measure.rates());
    rows.set(0, dearer);
    assertField(() -> withRates(measure, rows), "rates/0/upperSliceRate/value");
  }

  @Test
  void test_newRow_notWholeYearsOrNotCovered_rejected() {
    SmallLowProfitRates row = row(2023);
    assertField(() -> new SmallLowProfitRates(DateRange.of(LocalDate.of(2023, 2, 1), LocalDate.of(2023, 12, 31)),
        row.lowerSliceRate(), row.upperSliceRate()), "taxYears/start");
    assertField(() -> new SmallLowProfitRates(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 6, 30)),
        row.lowerSliceRate(), row.upperSliceRate()), "taxYears/end");
    assertField(() -> new SmallLowProfitRates(DateRange.startingOn(LocalDate.of(2023, 1, 1)), row.lowerSliceRate(),
        row.upperSliceRate()), "taxYears/end");
    // the 2023年第6号 lower-slice rate is valid to 2024-12-31 only
    assertField(() -> new SmallLowProfitRates(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2025, 12, 31)),
        row.lowerSliceRate(), row.upperSliceRate()), "lowerSliceRate/validity");
    assertField(() -> new SmallLowProfitRates(row.taxYears(), row.lowerSliceRate().withValue(Rate.ZERO),
        row.upperSliceRate()), "lowerSliceRate/value");
  }

  @Test
  void test_new_limitsChecked() {
    SmallLowProfitMeasure m = builtIn();
    assertField(() -> new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.definition(), m.standardRate(), m.sliceBoundary(), m.taxableIncomeLimit().withValue(Cny.of("1000000")),
        m.employeeLimit(), m.totalAssetsLimit(), m.rates(), m.negativePrepayment(), m.rounding()),
        "taxableIncomeLimit/value");
    assertField(() -> new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.definition(), m.standardRate(), m.sliceBoundary(), m.taxableIncomeLimit(), m.employeeLimit().withValue(0),
        m.totalAssetsLimit(), m.rates(), m.negativePrepayment(), m.rounding()), "employeeLimit/value");
    assertField(() -> new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.definition(), m.standardRate(), m.sliceBoundary(), m.taxableIncomeLimit(), m.employeeLimit(),
        m.totalAssetsLimit().withValue(Cny.of("-1")), m.rates(), m.negativePrepayment(), m.rounding()),
        "totalAssetsLimit/value");
    assertField(() -> new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(),
        m.definition(), m.standardRate().withValue(Rate.ZERO), m.sliceBoundary(), m.taxableIncomeLimit(),
        m.employeeLimit(), m.totalAssetsLimit(), m.rates(), m.negativePrepayment(), m.rounding()),
        "standardRate/value");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_operatingQuarter_andAverage() {
    assertField(() -> new OperatingQuarter(0, 1, 1, Cny.of("1"), Cny.of("1")), "quarter");
    assertField(() -> new OperatingQuarter(1, -1, 1, Cny.of("1"), Cny.of("1")), "employeesAtStart");
    assertField(() -> new OperatingQuarter(1, 1, 1, null, Cny.of("1")), "totalAssetsAtStart");
    // 901 ÷ 3 = 300.333…: above 300, displayed to 4 decimals
    QuarterlyAverage average = new QuarterlyAverage(new BigDecimal("901"), 3);
    assertThat(average.isAtMost(new BigDecimal("300"))).isFalse();
    assertThat(average.isAtMost(new BigDecimal("301"))).isTrue();
    assertThat(average.average(4)).isEqualByComparingTo("300.3333");
    assertThat(average).hasToString("901/3 ≈ 300.3333");
    // 900 ÷ 3 = 300 exactly: at the limit, inclusive
    assertThat(new QuarterlyAverage(new BigDecimal("900"), 3).isAtMost(new BigDecimal("300"))).isTrue();
    assertThat(QuarterlyAverage.of(new BigDecimal("120.5"))).hasToString("120.5");
    assertField(() -> new QuarterlyAverage(BigDecimal.ONE, 5), "quarters");
    assertField(() -> QuarterlyAverage.of(new BigDecimal("-1")), "average");
    // the display scale is checked: -1 gave 0E+1 (a wrong number) and a huge scale an ArithmeticException
    assertField(() -> average.average(-1), "scale");
    assertField(() -> average.average(17), "scale");
    assertField(() -> average.average(Integer.MAX_VALUE), "scale");
    // 0 and 16 are accepted: 901 ÷ 3 = 300.333… → 300 and 300.3333333333333333
    assertThat(average.average(0)).isEqualByComparingTo("300");
    assertThat(average.average(16)).isEqualByComparingTo("300.3333333333333333");
    QuarterlyAverage roundTrip = HuiqiJson.read(HuiqiJson.write(average), QuarterlyAverage.class);
    assertThat(roundTrip).isEqualTo(average);
    OperatingQuarter quarter = new OperatingQuarter(2, 10, 12, Cny.of("100.5"), Cny.of("200"));
    assertThat(HuiqiJson.read(HuiqiJson.write(quarter), OperatingQuarter.class)).isEqualTo(quarter);
  }

  private static SmallLowProfitMeasure withRates(SmallLowProfitMeasure m,
      List<SmallLowProfitRates> rows) {
    return new SmallLowProfitMeasure(m.id(), m.clause(), m.documentStatus(), m.title(), m.definition(),
        m.standardRate(), m.sliceBoundary(), m.taxableIncomeLimit(), m.employeeLimit(), m.totalAssetsLimit(), rows,
        m.negativePrepayment(), m.rounding());
  }
}
