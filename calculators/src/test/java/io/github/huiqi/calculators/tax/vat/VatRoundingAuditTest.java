package io.github.huiqi.calculators.tax.vat;

import static io.github.huiqi.calculators.tax.vat.VatFixtures.due;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.excluding;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.month;
import static io.github.huiqi.calculators.tax.vat.VatFixtures.saved;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit: the small-scale VAT relief at a half fen, one period and a year of them. 2023: a monthly filer's sales
 * above 100,000 are taxed whole at 1% instead of 3% (财政部 税务总局公告2023年第1号 第一条、第二条, restated by
 * 深工信〔2023〕26号 第1条 "对小规模纳税人适用3%征收率的应税销售收入减按1%征收率征收"); the VAT due and the standard 3% VAT
 * are each rounded half-up to the fen once per filing period (decisions register §4.5 item 35), the saving is their
 * difference.
 */
class VatRoundingAuditTest {

  @Test
  void test_oneMonth_standardTaxOnTheHalfFen() {
    // 100,000.25 > 100,000: 1% = 1,000.0025 → 1,000.00; 3% = 3,000.0075 → 3,000.01;
    // saved 3,000.01 − 1,000.00 = 2,000.01
    assertThat(due(excluding(month(2023, 5), "100000.25"))).isEqualByComparingTo("1000.00");
    assertThat(saved(excluding(month(2023, 5), "100000.25"))).isEqualByComparingTo("2000.01");
  }

  @Test
  void test_aYearOfMonths_throughTheEngine_roundedPerPeriod() {
    // twelve months of 100,000.25 each, every one above 100,000: saved 2,000.01 a month as above;
    // 12 × 2,000.01 = 24,000.12 (the year rounded once would give 1,200,003 × 3% − 1,200,003 × 1% = 36,000.09 −
    // 12,000.03 = 24,000.06: each filing period is a tax return of its own)
    String months = "";
    for (int m = 1; m <= 12; m++) {
      months += (m > 1 ? ", " : "") + "{'period': {'year': 2023, 'month': " + m + "}, "
          + "'sales': {'amount': 100000.25, 'currency': 'CNY'}, 'salesBasis': 'EXCLUDING_VAT'}";
    }
    String request = ("{'profile': {'registrationRegionCode': '440306', 'smallScaleTaxpayer': true, "
        + "'years': [{'year': 2023, 'vatPeriods': [" + months + "]}]}, 'asOf': '2023-12-31', "
        + "'measures': ['sz-gxj-2023-26.small-scale-vat']}").replace('\'', '"');
    JsonNode outcome = EngineJson.firstOutcome(request);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("24000.12");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("24000.12");
  }
}
