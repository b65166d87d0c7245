package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the binding limit at the command line (decisions register §4.6 items 88 and 92: an exact amount
 * names the cap that cut it; an open range the cap that cut its upper end; a top that only reaches a cap's figure,
 * or is no cap's, none), each profile run with {@code --json} and as the table in zh and en: the JSON's
 * {@code bindingLimit} is the hand-worked cap or absent, and the table's column "约束上限" / "binding limit" shows its
 * name and figure, or "—". The figures are those of the calculators module's {@code BindingLimitBlindAuditTest},
 * worked there by hand from the clauses: 深工信〔2023〕26号 第5条 and 沪企服办〔2023〕1号 第十五条 ("单户企业贴息金额最高20万元"),
 * the 2021 reply letter's fee subsidy (30%, "≤ 30万元" a year), 第13条 with the 2020 办法 第十四条（四） (1,000,000 a
 * year), and 龙岗区's "不超过上一年度场地租金支出50%、每年最高20万元".
 */
class HuiqiCliBindingLimitBlindAuditTest {

  private static final String SZ_FIRST = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String SH_FIRST = "sh-qfb-2023-1.first-loan-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENT = "sz-gxj-2021-reply-20210370.longgang-rent-subsidy";

  @TempDir
  Path dir;

  private static String money(String yuan) {
    return "{'amount': " + yuan + ", 'currency': 'CNY'}";
  }

  /** A 南山区 first-time borrower, no 科技型中小企业; loans drawn 2023-02-01, repaid 07-31 (180 days: P ÷ 100). */
  private static String szFirstLoans(String known, String open) {
    String loan = "{'loanId': '%s', 'principal': %s, 'drawdownDate': '2023-02-01', 'maturityDate': '2024-02-01',"
        + " 'repaymentDate': '2023-07-31', 'annualInterestRate': '4%%', %s 'firstDrawdownOfFirstContract': true,"
        + " 'forProductionOrOperation': true, 'subsidisedUnderAnotherMunicipalScheme': false,"
        + " 'vehicleOrRealEstatePurchase': false, 'guaranteed': false}";
    String loans = loan.formatted("K", money(known), "'lenderRegionCode': '440300',")
        + (open == null ? "" : ", " + loan.formatted("U", money(open), ""));
    return "{'name': '深圳市约束上限审计首贷有限公司', 'registrationRegionCode': '440305', 'legalForm': 'ENTERPRISE',"
        + " 'independentLegalPerson': true, 'registrationDate': '2016-05-01', 'industryCode': 'C3484', 'size': 'SMALL',"
        + " 'onSeriousDishonestyList': false, 'firstTimeBorrower': true, 'techSme': {'held': false}, 'loans': ["
        + loans + "]}";
  }

  /** A small 浦东新区 firm; first 普惠 loans drawn 2022-10-01, repaid 2023-09-26 (360 days: P × 2%). */
  private static String shFirstLoans(String known, String open) {
    String loan = "{'loanId': '%s', 'principal': %s, 'drawdownDate': '2022-10-01', 'maturityDate': '2023-10-01',"
        + " 'repaymentDate': '2023-09-26', 'annualInterestRate': '4%%', 'lenderRegionCode': '310000',"
        + " 'firstInclusiveFinanceLoan': true, 'guaranteed': true, 'guarantee': {%s}}";
    return "{'registrationRegionCode': '310115', 'size': 'SMALL', 'loans': [" + loan.formatted("A", money(known),
        "'policyFund': true") + ", " + loan.formatted("B", money(open), "'governmentGuarantor': true") + "]}";
  }

  /** A small 南山区 firm: sixteen 2022 loans each with 60,000 of fee (288,000.00), and X with its fee rate not given. */
  private static String feeLoans(String xFee) {
    String loan = "{'loanId': '%s', 'principal': " + money("3000000") + ", 'drawdownDate': '2022-04-01',"
        + " 'maturityDate': '2023-04-01', 'annualInterestRate': '4%%', 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': true, 'guarantee': {'guarantorInRegion': true, %s'feePaid': %s}}";
    StringBuilder loans = new StringBuilder();
    for (int i = 1; i <= 16; i++) {
      loans.append(loan.formatted("L" + i, "'feeRate': '2%', ", money("60000"))).append(", ");
    }
    loans.append(loan.formatted("X", "", money(xFee)));
    return "{'registrationRegionCode': '440305', 'size': 'SMALL', 'loans': [" + loans + "]}";
  }

  /** An enrolled 科技型中小企业, its interest list not given, one loan at 5% for 360 days of 2023 (P × 5% × 80%). */
  private static String techLoan(String principal) {
    return "{'registrationRegionCode': '440305', 'size': 'SMALL', 'firstTimeBorrower': false,"
        + " 'techSme': {'held': true, 'since': '2021-01-01', 'until': '2026-12-31'}, 'techSmeSubsidyReceived': "
        + money("0") + ", 'loans': [{'loanId': 'L1', 'principal': " + money(principal) + ", 'drawdownDate':"
        + " '2023-01-01', 'maturityDate': '2023-12-27', 'annualInterestRate': '5%', 'lenderRegionCode': '440300',"
        + " 'firstDrawdownOfFirstContract': false, 'forProductionOrOperation': true,"
        + " 'subsidisedUnderAnotherMunicipalScheme': false, 'vehicleOrRealEstatePurchase': false,"
        + " 'guaranteed': false}], 'guaranteeFeePayments': [], 'insurancePremiumPayments': []}";
  }

  /** A 国高企 in a 龙岗区 district park with its 2022 rent. */
  private static String rent(String rent2022) {
    return "{'registrationRegionCode': '440307', 'highTech': {'held': true}, 'leases': [{'leaseId': 'L-1', 'area':"
        + " 1200, 'start': '2021-01-01', 'end': '2025-12-31', 'districtPark': true, 'rentPaid': [{'year': 2022,"
        + " 'amount': " + money(rent2022) + "}]}]}";
  }

  private String profile(String kind, String a, String b) {
    return switch (kind) {
      case "sz" -> szFirstLoans(a, b.isEmpty() ? null : b);
      case "sh" -> shFirstLoans(a, b);
      case "fee" -> feeLoans(a);
      case "tech" -> techLoan(a);
      default -> rent(a);
    };
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // K 100,000.00 + U (lender not given) 100,000.01 = 200,000.01, the top cut to 200,000.00: the cap
      "sz range, a fen over | sz | 10000000 | 10000001 | " + SZ_FIRST + " | 2023-12-31 | ELIGIBLE | 100000.00"
          + " | 200000.00 | 200000.00",
      // U 100,000.00: 200,000.00, the cap's figure reached, not cut: none
      "sz range, reached | sz | 10000000 | 10000000 | " + SZ_FIRST + " | 2023-12-31 | ELIGIBLE | 100000.00"
          + " | 200000.00 | ",
      // one loan of 20,000,001 ÷ 100 = 200,000.01, cut: the cap
      "sz exact, a fen over | sz | 20000001 | | " + SZ_FIRST + " | 2023-12-31 | ELIGIBLE | 200000.00 | 200000.00"
          + " | 200000.00",
      "sz exact, reached | sz | 20000000 | | " + SZ_FIRST + " | 2023-12-31 | ELIGIBLE | 200000.00 | 200000.00 | ",
      // A 120,000.00 + B (fund not given) 80,000.01 = 200,000.01, cut; 80,000.00 reached
      "sh range, a fen over | sh | 6000000 | 4000000.50 | " + SH_FIRST + " | 2023-12-31 | ELIGIBLE | 120000.00"
          + " | 200000.00 | 200000.00",
      "sh range, reached | sh | 6000000 | 4000000 | " + SH_FIRST + " | 2023-12-31 | ELIGIBLE | 120000.00"
          + " | 200000.00 | ",
      // 288,000.00 + 30% × X's fee (its rate not given): 40,000.04 → 12,000.01, cut; 40,000 → 12,000.00, reached
      "fee range, a fen over | fee | 40000.04 | | " + FEE_SUBSIDY + " | 2023-06-30 | ELIGIBLE | 288000.00"
          + " | 300000.00 | 300000.00",
      "fee range, reached | fee | 40000 | | " + FEE_SUBSIDY + " | 2023-06-30 | ELIGIBLE | 288000.00 | 300000.00 | ",
      // the interest list not given, bounded by L1: P × 5% × 360/360 (ACT/360, more than 11 months and 26 days'
      // 356) × 80%, and a fen for each of the 13 payments L1 can hold (register §4.6 item 120: one a calendar month,
      // January to December 2023, and a final one), 0.13; 24,999,997 → 999,999.88 + 0.13 = 1,000,000.01, cut to the
      // yearly 1,000,000; 24,999,996.75 → 999,999.87 + 0.13 = 1,000,000.00, reached
      "tech bound, a fen over | tech | 24999997 | | " + TECH_SME + " | 2023-12-31 | UNDETERMINED | 0"
          + " | 1000000.00 | 1000000.00",
      "tech bound, reached | tech | 24999996.75 | | " + TECH_SME + " | 2023-12-31 | UNDETERMINED | 0 | 1000000.00"
          + " | ",
      // 50% × 400,000.02 = 200,000.01, cut: the yearly cap; 50% × 400,000.00 = 200,000.00, reached: none
      "rent, a fen over | rent | 400000.02 | | " + RENT + " | 2023-06-30 | ELIGIBLE | 0 | 200000.00 | 200000.00",
      "rent, reached | rent | 400000 | | " + RENT + " | 2023-06-30 | ELIGIBLE | 0 | 200000.00 | "})
  void bindingLimitOnEveryPath(String name, String kind, String a, String b, String measure, String asOf,
      String verdict, String least, String most, String limit) throws IOException {
    Path file = CliAuditFiles.write(dir, kind + ".json", profile(kind, a, b == null ? "" : b));
    JsonNode outcome = CliAuditFiles.outcome(CliAuditFiles.jsonReport(file, asOf, measure), measure);
    assertThat(outcome.at("/verdict").asText()).as(name).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).as(name).isEqualByComparingTo(least);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).as(name).isEqualByComparingTo(most);
    JsonNode binding = outcome.at("/bindingLimit");
    if (limit == null) {
      assertThat(binding.isMissingNode() || binding.isNull()).as(name + ": no binding limit, " + binding).isTrue();
    } else {
      assertThat(binding.at("/limit/amount").decimalValue()).as(name).isEqualByComparingTo(limit);
    }
    for (Locale locale : List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH)) {
      boolean zh = locale == Locale.SIMPLIFIED_CHINESE;
      HuiqiCliTest.Run table = HuiqiCliTest.run(file.toString(), "--as-of", asOf, "--lang", zh ? "zh" : "en",
          "--measure", measure);
      assertThat(table.status()).as(table.err()).isZero();
      List<String> lines = table.out().lines().toList();
      assertThat(lines.get(2)).contains(zh ? "约束上限" : "binding limit");
      // the limit's figure as the table writes money, with thousands separators: 200000.00 → 200,000.00
      String cell = limit == null ? "—" : binding.at(zh ? "/name/zh" : "/name/en").asText() + " "
          + String.format(Locale.ROOT, "%,.2f", new java.math.BigDecimal(limit));
      assertThat(lines.get(3)).as(name + " in " + (zh ? "zh" : "en")).contains("  " + cell + "  ");
    }
  }
}
