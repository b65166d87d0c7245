package io.github.huiqi.examples.cli;

import static io.github.huiqi.examples.cli.CliAuditFiles.jsonReport;
import static io.github.huiqi.examples.cli.CliAuditFiles.outcome;
import static io.github.huiqi.examples.cli.HuiqiCliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * QA audit of the command line on the three tax reliefs of one firm-year, each figure worked by hand: a Shenzhen
 * software firm (I6510), a small-scale VAT taxpayer filing quarterly in 2023, with 3,300,000 of taxable income
 * before 300,000 of expensed R&amp;D personnel costs, 50 employees and 10,000,000 of assets in every quarter.
 * <ul>
 *   <li>VAT (深工信〔2023〕26号 第1条, 国家税务总局公告2023年第1号 第一条): Q1 300,000 ≤ 300,000 exempt, saved
 *       9,000.00; Q2 400,000 at 1% = 4,000.00 against 12,000.00, saved 8,000.00; Q3 300,000.01 at 1% = 3,000.00
 *       against 9,000.00, saved 6,000.00; Q4 0; in all 23,000.00.</li>
 *   <li>R&amp;D (2023年第7号 第一条, 100%): E = 300,000, saving 300,000 × 25% = 75,000.00.</li>
 *   <li>小型微利企业 (2023年第6号, 2022年第13号): TIa = 3,300,000 − 300,000 = 3,000,000 ≤ 3,000,000 (含); due
 *       3,000,000 × 5% = 150,000.00, standard 750,000.00, relief 600,000.00.</li>
 * </ul>
 * Tax saved in all: 23,000 + 75,000 + 600,000 = 698,000.00, reported as TAX_SAVED and no other kind.
 */
class HuiqiCliTaxAuditTest {

  private static final String VAT = "sz-gxj-2023-26.small-scale-vat";
  private static final String RD = "sz-gxj-2023-26.rd-super-deduction";
  private static final String SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";

  @TempDir
  Path dir;

  private static String cny(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }

  private static String vat(String unit, int number, String sales) {
    return "{'period': {'year': 2023, '" + unit + "': " + number + "}, 'sales': " + cny(sales)
        + ", 'salesBasis': 'EXCLUDING_VAT'}";
  }

  private static String firm(String vatPeriods) {
    StringBuilder quarters = new StringBuilder();
    for (int q = 1; q <= 4; q++) {
      quarters.append(q > 1 ? ", " : "").append("{'quarter': ").append(q).append(", 'employeesAtStart': 50, ")
          .append("'employeesAtEnd': 50, 'totalAssetsAtStart': ").append(cny("10000000"))
          .append(", 'totalAssetsAtEnd': ").append(cny("10000000")).append('}');
    }
    String zero = cny("0");
    return ("{'registrationRegionCode': '440305', 'industryCode': 'I6510', 'smallScaleTaxpayer': true, "
        + "'restrictedOrProhibitedIndustry': false, 'techSme': {'held': false}, 'icOrMachineTool': false, "
        + "'years': [{'year': 2023, 'taxableIncomeBeforeRd': " + cny("3300000") + ", 'quarters': [" + quarters
        + "], 'rdIntangibles': [], 'rdExpensedCosts': {'personnel': " + cny("300000") + ", 'directInputs': " + zero
        + ", 'depreciation': " + zero + ", 'intangibleAmortisation': " + zero + ", 'newProductDesign': " + zero
        + ", 'otherRelated': " + zero + "}, 'vatPeriods': [" + vatPeriods + "]}]}").replace('\'', '"');
  }

  private Path write(String content) throws IOException {
    Path file = dir.resolve("firm.json");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static void assertSaved(JsonNode outcome, String amount) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amountKind").asText()).isEqualTo("TAX_SAVED");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(amount);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(amount);
  }

  @Test
  void test_theThreeTaxReliefsOfAFirmYear_inJson() throws IOException {
    Path file = write(firm(vat("quarter", 1, "300000") + ", " + vat("quarter", 2, "400000") + ", "
        + vat("quarter", 3, "300000.01") + ", " + vat("quarter", 4, "0")));
    JsonNode report = jsonReport(file, "2023-12-31", VAT, RD, SLPE);
    assertSaved(outcome(report, VAT), "23000.00");
    assertSaved(outcome(report, RD), "75000.00");
    assertSaved(outcome(report, SLPE), "600000.00");
    assertThat(report.at("/totals/byKind/TAX_SAVED/minimum/amount").decimalValue()).isEqualByComparingTo("698000.00");
    assertThat(report.at("/totals/byKind").size()).isEqualTo(1);
  }

  @Test
  void test_aYearMixingAMonthAndAQuarter_badInputNamingThePeriod() throws IOException {
    // 国家税务总局公告2019年第4号 第三条: 一经选择，一个会计年度内不得变更 — the January month then the second quarter
    Path file = write(firm(vat("month", 1, "100000") + ", " + vat("quarter", 2, "300000.01")));
    HuiqiCliTest.Run run = run(file.toString(), "--as-of", "2023-12-31", "--json", "--measure", VAT);
    assertThat(run.status()).isEqualTo(HuiqiCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("firm.json", "/years/0/vatPeriods/1/period");
  }
}
