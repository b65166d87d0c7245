package io.github.huiqi.calculators.tax.smalllowprofit;

import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.CALCULATOR;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.MEASURE;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.due;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.relief;
import static io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.TaxYearRequests;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitRates;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each tax year of the 小型微利企业 relief is worked and cited by the instrument in force in it (decisions register §4.6
 * item 113), through the typed calculator, its JSON form and the engine's JSON:
 * <ul>
 *   <li>2019–2020, 财税〔2019〕13号 第二条: the part up to 1,000,000 at 25% × 20% = 5%, the part to 3,000,000 at
 *       50% × 20% = 10%; the definition (three limits, quarterly averages) in the same article;
 *   <li>2021, 财政部 税务总局公告2021年第12号 第一条: the lower part halved again, 12.5% × 20% = 2.5%; the upper part and
 *       the definition still 财税〔2019〕13号 第二条 (in force to 2021-12-31);
 *   <li>2022, 2021年第12号 (2.5%, to 2022-12-31) and 2022年第13号 第一条 (25% × 20% = 5% on the upper part), the
 *       definition 2022年第13号 第二条;
 *   <li>2025–2027, 2023年第12号 第三条 (5% on both parts), the definition its 第五条.
 * </ul>
 * Every firm has 100 employees and 10,000,000 of assets in each quarter, within 300 and 50,000,000.
 */
class SmallLowProfitInstrumentByYearTest {

  private static final String CS13 = "财政部 税务总局《关于实施小微企业普惠性税收减免政策的通知》（财税〔2019〕13号）";
  private static final String G2022_13 = "财政部 税务总局公告2022年第13号";
  private static final String G2023_12 = "财政部 税务总局公告2023年第12号";
  private static final ObjectMapper MAPPER = new ObjectMapper();

  @Test
  void test_figuresByYear_typed() {
    // 2019 and 2020: 1,000,000 × 5% + 1,000,000 × 10% = 50,000 + 100,000 = 150,000.00; standard 2,000,000 × 25%
    // = 500,000.00; relief 350,000.00
    assertThat(due(year(2019, "2000000.00"))).isEqualByComparingTo("150000.00");
    assertThat(due(year(2020, "2000000.00"))).isEqualByComparingTo("150000.00");
    assertThat(relief(year(2020, "2000000.00"))).isEqualByComparingTo("350000.00");
    // 2021: 1,000,000 × 2.5% + 1,000,000 × 10% = 25,000 + 100,000 = 125,000.00; relief 500,000 − 125,000 = 375,000.00
    assertThat(due(year(2021, "2000000.00"))).isEqualByComparingTo("125000.00");
    assertThat(relief(year(2021, "2000000.00"))).isEqualByComparingTo("375000.00");
    // 2022: 1,000,000 × 2.5% + 1,000,000 × 5% = 25,000 + 50,000 = 75,000.00; relief 425,000.00
    assertThat(due(year(2022, "2000000.00"))).isEqualByComparingTo("75000.00");
    assertThat(relief(year(2022, "2000000.00"))).isEqualByComparingTo("425000.00");
    // 2026: 2,000,000 × 5% = 100,000.00; relief 400,000.00
    assertThat(due(year(2026, "2000000.00"))).isEqualByComparingTo("100000.00");
    assertThat(relief(year(2026, "2000000.00"))).isEqualByComparingTo("400000.00");
  }

  @Test
  void test_conditionsCiteTheInstrumentInForce_typed() {
    for (int taxYear : new int[] {2019, 2020, 2021}) {
      assertConditionsCite(taxYear, CS13, "第二条");
    }
    for (int taxYear : new int[] {2022, 2023, 2024}) {
      assertConditionsCite(taxYear, G2022_13, "第二条");
    }
    for (int taxYear : new int[] {2025, 2026, 2027}) {
      assertConditionsCite(taxYear, G2023_12, "第五条");
    }
  }

  private static void assertConditionsCite(int taxYear, String document, String article) {
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(MEASURE, year(taxYear, "2000000.00"));
    List<Reason> reasons = result.eligibility().reasons();
    // the industry, the taxable income, the employees and the total assets
    assertThat(reasons).extracting(Reason::code).containsExactly("industry-not-restricted",
        "taxable-income-within-limit", "employees-within-limit", "total-assets-within-limit");
    for (Reason reason : reasons) {
      assertThat(reason.citation().document()).as(taxYear + " " + reason.code()).isEqualTo(document);
      assertThat(reason.citation().article()).as(taxYear + " " + reason.code()).isEqualTo(article);
    }
  }

  @Test
  void test_2020_citesNoInstrumentOutOfForce_typedAndJson() throws Exception {
    // nothing of a 2020 outcome cites 2022年第13号 (in force 2022–2024) nor 2023年第12号 (2023–2027)
    SmallLowProfitResult typed = CALCULATOR.explainTaxDue(MEASURE, year(2020, "2000000.00"));
    List<String> documents = documents(MAPPER.readTree(HuiqiJson.write(typed)));
    assertThat(documents).contains(CS13).doesNotContain(G2022_13, G2023_12);
    String request = "{\"taxYear\": 2020, \"taxableIncome\": {\"amount\": 2000000.00, \"currency\": \"CNY\"}, "
        + "\"restrictedOrProhibitedIndustry\": false, \"quarters\": [" + quarter(1) + ", " + quarter(2) + ", "
        + quarter(3) + ", " + quarter(4) + "]}";
    JsonNode json = MAPPER.readTree(CALCULATOR.explainTaxDueJson(MEASURE, request));
    // the same figures as the typed form: 150,000.00 due, 350,000.00 relieved
    assertThat(json.at("/taxDue/maximum/amount").decimalValue()).isEqualByComparingTo("150000.00");
    assertThat(json.at("/relief/maximum/amount").decimalValue()).isEqualByComparingTo("350000.00");
    assertThat(documents(json)).contains(CS13).doesNotContain(G2022_13, G2023_12);
  }

  @Test
  void test_2020_engineJson_citesTheNoticeOf2019() {
    // 2020, TI 2,000,000.00 and no R&D: relief 350,000.00 as worked above, its reasons citing 财税〔2019〕13号 第二条
    String request = explained(TaxYearRequests.firmYear(2020, "2000000.00", 100, "10000000", "0", "2020-12-31",
        "sz-gxj-2023-26.small-low-profit-enterprise"));
    JsonNode outcome = EngineJson.firstOutcome(request);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("350000.00");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("350000.00");
    assertThat(documents(outcome)).contains(CS13).doesNotContain(G2022_13, G2023_12);
    // 2026 under the Shanghai measure: 2,000,000 × 5% = 100,000.00 due, relief 400,000.00, citing 2023年第12号 第五条
    JsonNode sh2026 = EngineJson.firstOutcome(explained(TaxYearRequests.firmYear(2026, "2000000.00", 100, "10000000",
        "0", "2026-12-31", "sh-qfb-2023-1.small-low-profit-enterprise").replace("440306", "310115")));
    assertThat(sh2026.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("400000.00");
    assertThat(documents(sh2026)).contains(G2023_12).doesNotContain(G2022_13, CS13);
  }

  @Test
  void test_yearWithoutRules_typedErrorNamingTheField() {
    // 2018 and 2028 are outside every instrument of the table (2019-01-01..2027-12-31)
    for (int taxYear : new int[] {2018, 2028}) {
      InvalidInputException ex = catchThrowableOfType(() -> CALCULATOR.taxDue(MEASURE, year(taxYear, "100.00")),
          InvalidInputException.class);
      assertThat(ex.field()).isEqualTo("taxYear");
      assertThat(ex.getMessage()).contains(String.valueOf(taxYear));
    }
    String request = "{\"taxYear\": 2018, \"taxableIncome\": {\"amount\": 100, \"currency\": \"CNY\"}, "
        + "\"quarters\": [" + quarter(1) + "]}";
    InvalidInputException json = catchThrowableOfType(() -> CALCULATOR.explainTaxDueJson(MEASURE, request),
        InvalidInputException.class);
    assertThat(json.field()).isEqualTo("/taxYear");
  }

  @Test
  void test_measureWithoutRowDefinitions_citesItsOwnDefinitionEveryYear() {
    // a host's pack whose rows name no definition keeps the measure's for every year
    SmallLowProfitMeasure plain = PolicyData.builtIn().getMeasure(SmallLowProfitMeasure.SHENZHEN_2023);
    List<SmallLowProfitRates> rows = new ArrayList<>();
    plain.rates().forEach(r -> rows.add(new SmallLowProfitRates(r.taxYears(), r.lowerSliceRate(),
        r.upperSliceRate())));
    SmallLowProfitMeasure host = new SmallLowProfitMeasure(plain.id(), plain.clause(), plain.documentStatus(),
        plain.title(), plain.definition(), plain.standardRate(), plain.sliceBoundary(), plain.taxableIncomeLimit(),
        plain.employeeLimit(), plain.totalAssetsLimit(), rows, plain.negativePrepayment(), plain.rounding());
    SmallLowProfitResult result = CALCULATOR.explainTaxDue(host, year(2020, "2000000.00"));
    Citation industry = result.eligibility().reasons().get(0).citation();
    assertThat(industry.document()).isEqualTo(G2022_13);
    // the figures are the row's: 350,000.00 as worked above
    assertThat(Cny.yuan(result.relief().maximum(), "relief")).isEqualByComparingTo("350000.00");
  }

  /** The engine's request with the explaining form asked for (reasons, with their citations). */
  private static String explained(String request) {
    return request.replaceFirst("\\{", "{\"explain\": true, ");
  }

  private static String quarter(int q) {
    return "{\"quarter\": " + q + ", \"employeesAtStart\": 100, \"employeesAtEnd\": 100, "
        + "\"totalAssetsAtStart\": {\"amount\": 10000000, \"currency\": \"CNY\"}, "
        + "\"totalAssetsAtEnd\": {\"amount\": 10000000, \"currency\": \"CNY\"}}";
  }

  /** The documents of every citation in a tree (its provenance beside it). */
  private static List<String> documents(JsonNode tree) {
    List<String> found = new ArrayList<>();
    collect(tree, found);
    return found;
  }

  private static void collect(JsonNode node, List<String> found) {
    if (node.has("provenance") && node.has("document")) {
      found.add(node.get("document").asText());
    }
    node.forEach(child -> collect(child, found));
  }
}
