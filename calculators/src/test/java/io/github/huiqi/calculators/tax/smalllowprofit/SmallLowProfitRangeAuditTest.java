package io.github.huiqi.calculators.tax.smalllowprofit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.tax.TaxYearRequests;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 小型微利企业 relief's range when the R&amp;D intangibles of the year are left out but its expensed
 * R&amp;D is given (深工信〔2023〕26号 第1条; 2023: the whole taxable income up to 3,000,000 at 25% × 20% = 5%,
 * 财政部 税务总局公告2023年第6号 and 2022年第13号; the R&amp;D extra deduction of 100% of expensed R&amp;D,
 * 2023年第7号 第一条, comes first, decisions register §1.7). A 2023 manufacturer with 100 employees and 10,000,000 of
 * assets every quarter, 2,500,000 of taxable income before the deduction and 400,000 of R&amp;D personnel costs.
 */
class SmallLowProfitRangeAuditTest {

  private static final String SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";

  private static JsonNode outcome(String request) {
    return EngineJson.firstOutcome(request);
  }

  private static String request() {
    return TaxYearRequests.firmYear(2023, "2500000", 100, "10000000", "400000", "2023-06-30", SLPE);
  }

  private static List<String> missing(JsonNode outcome) {
    List<String> facts = new ArrayList<>();
    outcome.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
    return facts;
  }

  @Test
  void test_intangiblesNotGiven_theKnownDeductionBoundsTheIncome() {
    // the deduction is at least 100% × 400,000 = 400,000 (intangibles can only add to it), so the income after it is
    // at most 2,500,000 − 400,000 = 2,100,000 and the relief at most 2,100,000 × (25% − 5%) = 420,000.00 (it grows
    // with the income); at least 0.00 (intangibles amortised on 200% could take the income to nothing). Before the
    // fix the top was the relief at 2,500,000: 500,000.00, a figure no intangible could give
    JsonNode open = outcome(request().replace("\"rdIntangibles\": [], ", ""));
    assertThat(open.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("420000.00");
    assertThat(missing(open)).containsExactly("/years/0/rdIntangibles");
    // filled: no intangible gives the top, 2,100,000 × 20% = 420,000.00
    JsonNode none = outcome(request());
    assertThat(none.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("420000.00");
    assertThat(none.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("420000.00");
  }

  @Test
  void test_intangiblesAndIndustryNotGiven_theIndustryIsNamed() {
    // industry not known: it may be on the R&D negative list (财税〔2015〕119号), with no deduction, leaving the
    // income at 2,500,000 and the relief at 2,500,000 × 20% = 500,000.00; the industry decides that and is named
    JsonNode open = outcome(request().replace("\"rdIntangibles\": [], ", "")
        .replace("\"industryCode\": \"C3484\", ", ""));
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("500000.00");
    assertThat(missing(open)).containsExactly("/years/0/rdIntangibles", "/industryCode");
  }

  @Test
  void test_intangiblesAndIcKindNotGiven_theKindIsNamedWhenItLowersTheMost() {
    // an IC or 工业母机 enterprise deducts 120% in 2023 (财政部 税务总局公告2023年第44号), others 100%: the kind not known
    // can only raise the deduction, to 120% × 400,000 = 480,000, the income after it to at most 2,500,000 − 480,000
    // = 2,020,000 and the relief to at most 2,020,000 × 20% = 404,000.00, below the 420,000.00 at 100%: the kind
    // decides the relief's most and is named with the intangibles (decisions register §4.6 item 42). Found by the
    // blind QA audit of the Shenzhen measures (HuiqiCliShenzhenBlindAuditTest); before, only the intangibles were
    JsonNode open = outcome(request().replace("\"rdIntangibles\": [], ", "")
        .replace("\"icOrMachineTool\": false, ", ""));
    assertThat(open.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(open.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0.00");
    assertThat(open.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("420000.00");
    assertThat(missing(open)).containsExactly("/years/0/rdIntangibles", "/icOrMachineTool");
    // the intangibles given as none: 404,000.00 (IC) to 420,000.00, the kind alone named, as before
    JsonNode kind = outcome(request().replace("\"icOrMachineTool\": false, ", ""));
    assertThat(kind.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("404000.00");
    assertThat(kind.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("420000.00");
    assertThat(missing(kind)).containsExactly("/icOrMachineTool");
    // 30,000,000 of income: at 100% the income after the deduction is at most 29,600,000, at 120% 29,520,000, both
    // above the 3,000,000 limit, so the most is the relief at the limit, 3,000,000 × 20% = 600,000.00, whatever the
    // kind: it decides nothing here and is not named
    JsonNode high = outcome(TaxYearRequests.firmYear(2023, "30000000", 100, "10000000", "400000", "2023-06-30", SLPE)
        .replace("\"rdIntangibles\": [], ", "").replace("\"icOrMachineTool\": false, ", ""));
    assertThat(high.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("600000.00");
    assertThat(missing(high)).containsExactly("/years/0/rdIntangibles");
  }
}
