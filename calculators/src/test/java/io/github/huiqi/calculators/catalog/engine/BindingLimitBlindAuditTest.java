package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedCalculator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolLoanCompensation;
import io.github.huiqi.calculators.financing.techsme.TechSmeCalculator;
import io.github.huiqi.calculators.financing.techsme.TechSmeRequest;
import io.github.huiqi.calculators.financing.techsme.TechSmeResult;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.rent.RentShareResult;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.policy.PolicyPacks;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.BindingLimit;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the binding limit of an outcome (decisions register §4.6 item 88: (a) an exact amount names the cap
 * that cut it, one that only reaches a cap's figure none; (b) an open range names the cap that is its upper end, with
 * its clause; (c) a range whose top is no cap's names none), at each cap exactly reached, a fen over and a fen under,
 * for exact amounts and for ranges, through every public path: the engine typed (plain and explained) and
 * {@code evaluateJson}, and the measure's calculator (plain, explaining and JSON forms) where its request can be built
 * from the profile. Every figure is worked by hand from the clause beside it (ACT/360 with 算头不算尾 for the interest
 * subsidies, register §4.1 item 1; half-up to the fen, §4.5 item 35).
 * <p>
 * The caps: 深工信〔2023〕26号 第5条 "单户企业贴息金额最高20万元" and 沪企服办〔2023〕1号 第十五条 (the same 200,000); the 2021 reply
 * letter's 小型微型企业银行贷款担保费资助 (2017 guide: 30% of the fee, "≤ 30万元" a firm a year); 第13条 with the 2020 办法
 * 第十四条 (interest 80% in 2023, fees 50% ≤ 300,000 a year, all items ≤ 1,000,000 a year and 3,000,000 over the
 * programme); 第5条's pool "补偿比例最高为80%"; 龙岗区 "不超过上一年度场地租金支出50%、每年最高20万元" (2021 reply letter 一).
 */
class BindingLimitBlindAuditTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final Catalog CATALOG = Catalog.builtIn();

  private static final String SZ_FIRST = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String SH_FIRST = "sh-qfb-2023-1.first-loan-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENT = "sz-gxj-2021-reply-20210370.longgang-rent-subsidy";
  private static final String HOST_POOL = "sz-gxj-2099-1.risk-compensation-pool";

  //-------------------------------------------------------------------------
  // the paths

  /**
   * Evaluates one measure on a profile through the typed engine (plain and explained) and {@code evaluateJson},
   * checks that the three give the same amount and binding limit, and returns the explained outcome.
   */
  private static MeasureOutcome engine(EntitlementEngine engine, String measure, String profileJson, String asOf) {
    EnterpriseProfile profile = HuiqiJson.read(profileJson, EnterpriseProfile.class);
    EntitlementRequest request = EntitlementRequest.of(profile, LocalDate.parse(asOf))
        .withMeasures(List.of(MeasureId.of(measure)));
    MeasureOutcome plain = engine.evaluate(request).outcome(MeasureId.of(measure)).orElseThrow();
    MeasureOutcome explained = engine.evaluate(request.withExplain(true)).outcome(MeasureId.of(measure))
        .orElseThrow();
    assertThat(plain.amount()).as(measure + " plain = explained").isEqualTo(explained.amount());
    assertThat(plain.bindingLimit()).as(measure + " plain = explained").isEqualTo(explained.bindingLimit());
    assertThat(plain.verdict()).as(measure + " plain = explained").isEqualTo(explained.verdict());
    try {
      ObjectNode json = MAPPER.createObjectNode();
      json.put("asOf", asOf);
      json.putArray("measures").add(measure);
      json.set("profile", MAPPER.readTree(profileJson));
      JsonNode report = MAPPER.readTree(engine.evaluateJson(json.toString()));
      JsonNode outcome = report.at("/outcomes/0");
      JsonNode typed = MAPPER.readTree(HuiqiJson.write(plain));
      assertThat(outcome.at("/measure").asText()).isEqualTo(measure);
      assertThat(outcome.at("/bindingLimit")).as(measure + " JSON = typed").isEqualTo(typed.at("/bindingLimit"));
      assertThat(outcome.at("/amount")).as(measure + " JSON = typed").isEqualTo(typed.at("/amount"));
      assertThat(outcome.at("/verdict")).as(measure + " JSON = typed").isEqualTo(typed.at("/verdict"));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
    return explained;
  }

  private static MeasureOutcome engine(String measure, String profileJson, String asOf) {
    return engine(ENGINE, measure, profileJson, asOf);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  private static void assertAmount(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    assertThat(outcome.verdict()).as(outcome.measure() + " verdict").isEqualTo(verdict);
    assertThat(yuan(outcome.amount().minimum())).as(outcome.measure() + " least").isEqualByComparingTo(least);
    assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(outcome.measure() + " most")
        .isEqualByComparingTo(most);
  }

  /** Asserts the binding limit: none when {@code code} is null, else its code, figure and clause. */
  private static void assertLimit(Optional<BindingLimit> limit, String code, String figure, String article,
      String quoted) {
    if (code == null) {
      assertThat(limit).as("no binding limit").isEmpty();
      return;
    }
    assertThat(limit).as("binding limit " + code).hasValueSatisfying(binding -> {
      assertThat(binding.code()).isEqualTo(code);
      assertThat(yuan(binding.limit())).isEqualByComparingTo(figure);
      if (article != null) {
        assertThat(binding.citation().article()).isEqualTo(article);
      }
      if (quoted != null) {
        assertThat(binding.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains(quoted));
      }
    });
  }

  private static String money(String yuan) {
    return "{\"amount\": " + yuan + ", \"currency\": \"CNY\"}";
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第5条

  /**
   * A 南山区 first-time borrower meeting every enterprise condition, not a 科技型中小企业 (so the tech-SME subsidy cannot
   * compete for its loans), with the loans given.
   */
  private static String szFirm(String loans) {
    return "{\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true,"
        + " \"registrationDate\": \"2016-05-01\", \"industryCode\": \"C3484\", \"size\": \"SMALL\","
        + " \"onSeriousDishonestyList\": false, \"firstTimeBorrower\": true, \"techSme\": {\"held\": false}"
        + (loans == null ? "" : ", \"loans\": [" + loans + "]") + "}";
  }

  /**
   * A first loan drawn 2023-02-01 and repaid 2023-07-31 at 4%: 28 (Feb) + 31 + 30 + 31 + 30 + 30 (Jul 1–30) = 180
   * days of use, within 6 months (to 2023-08-01) and over a month; the subsidy 2% × 180/360 × P = P ÷ 100. The
   * lender's region not given when {@code lenderKnown} is false.
   */
  private static String szLoan(String id, String principal, boolean lenderKnown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"2023-02-01\","
        + " \"maturityDate\": \"2024-02-01\", \"repaymentDate\": \"2023-07-31\", \"annualInterestRate\": \"4%\","
        + (lenderKnown ? " \"lenderRegionCode\": \"440300\"," : "")
        + " \"firstDrawdownOfFirstContract\": true, \"forProductionOrOperation\": true,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": false}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 20,000,000 ÷ 100 = 200,000.00: the cap's figure reached, not cut: (a) none
      "reached exactly | 20000000 | 200000.00 | ",
      // 20,000,001 ÷ 100 = 200,000.01 > 200,000: cut to 200,000.00, the cap named
      "a fen over | 20000001 | 200000.00 | cap-per-enterprise",
      // 19,999,999 ÷ 100 = 199,999.99: under the cap, none
      "a fen under | 19999999 | 199999.99 | "})
  void shenzhenFirstLoan_exact(String name, String principal, String yuan, String code) {
    String profile = szFirm(szLoan("L1", principal, true));
    MeasureOutcome outcome = engine(SZ_FIRST, profile, "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, "200000", "第5条", "最高20万元");
    // the calculator's three forms, its request built from the same profile
    FirstLoanMeasure measure = (FirstLoanMeasure) CATALOG.get(MeasureId.of(SZ_FIRST)).measure();
    FirstLoanRequest request = FirstLoanRequest.from(HuiqiJson.read(profile, EnterpriseProfile.class));
    assertThat(yuan(FirstLoanCalculator.DEFAULT.subsidy(measure, request))).as(name).isEqualByComparingTo(yuan);
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    assertThat(explained.exactAmount().map(BindingLimitBlindAuditTest::yuan)).hasValueSatisfying(
        amount -> assertThat(amount).isEqualByComparingTo(yuan));
    assertLimit(explained.bindingLimit(), code, "200000", "第5条", "最高20万元");
    JsonNode json = readTree(FirstLoanCalculator.DEFAULT.explainSubsidyJson(measure, HuiqiJson.write(request)));
    assertThat(json.at("/bindingLimit/code").asText(null)).as(name + " JSON form").isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // K 10,000,000 ÷ 100 = 100,000.00 sure; U's lender not given, 10,000,001 ÷ 100 = 100,000.01 if favourable:
      // 200,000.01 > 200,000, the top cut to the cap: 100,000.00 – 200,000.00, (b) the cap named
      "a fen over | 10000001 | 200000.00 | cap-per-enterprise",
      // U 9,999,999 ÷ 100 = 99,999.99: 100,000.00 – 199,999.99, a figure the loans give, (c) none
      "a fen under | 9999999 | 199999.99 | ",
      // U 10,000,000: 100,000.00 + 100,000.00 = 200,000.00, the cap's figure reached by the loans, not cut: the
      // upper end is the figure the loans give (c), as (a) reads an exact amount that only reaches the cap: none
      "reached exactly | 10000000 | 200000.00 | "})
  void shenzhenFirstLoan_range(String name, String open, String most, String code) {
    String profile = szFirm(szLoan("K", "10000000", true) + ", " + szLoan("U", open, false));
    MeasureOutcome outcome = engine(SZ_FIRST, profile, "2023-12-31");
    // K qualifies on its own: eligible with the range (register §4.6 item 42), naming U's lender
    assertAmount(outcome, Verdict.ELIGIBLE, "100000.00", most);
    assertThat(outcome.missingFacts()).containsExactly("/loans/1/lenderRegionCode");
    assertLimit(outcome.bindingLimit(), code, "200000", "第5条", "最高20万元");
    FirstLoanMeasure measure = (FirstLoanMeasure) CATALOG.get(MeasureId.of(SZ_FIRST)).measure();
    FirstLoanRequest request = FirstLoanRequest.from(HuiqiJson.read(profile, EnterpriseProfile.class));
    FirstLoanResult explained = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request);
    assertThat(yuan(explained.amount().minimum())).isEqualByComparingTo("100000.00");
    assertThat(yuan(explained.amount().maximum())).isEqualByComparingTo(most);
    assertLimit(explained.bindingLimit(), code, "200000", "第5条", null);
    JsonNode json = readTree(FirstLoanCalculator.DEFAULT.explainSubsidyJson(measure, HuiqiJson.write(request)));
    assertThat(json.at("/bindingLimit/code").asText(null)).as(name + " JSON form").isEqualTo(code);
  }

  @Test
  void shenzhenFirstLoan_loansNotGiven_theCapTheUpperEnd() {
    // the loans not given: 0 – 200,000.00 ("单户企业贴息金额最高20万元"), undetermined, (b) the cap named
    MeasureOutcome outcome = engine(SZ_FIRST, szFirm(null), "2023-12-31");
    assertAmount(outcome, Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(outcome.missingFacts()).containsExactly("/loans");
    assertLimit(outcome.bindingLimit(), "cap-per-enterprise", "200000", "第5条", "最高20万元");
  }

  //-------------------------------------------------------------------------
  // 沪企服办〔2023〕1号 第十五条

  /** A small 浦东新区 firm with the loans given. */
  private static String shFirm(String loans) {
    return "{\"registrationRegionCode\": \"310115\", \"size\": \"SMALL\""
        + (loans == null ? "" : ", \"loans\": [" + loans + "]") + "}";
  }

  /**
   * A first 普惠 loan from a Shanghai bank drawn 2022-10-01 (2022-Q4), repaid 2023-09-26 at 4%: 31 + 30 + 31 (Q4) + 31
   * + 28 + 31 + 30 + 31 + 30 + 31 + 31 (Jan–Aug) + 25 (Sep 1–25) = 360 days, within the engine's 12-month term
   * (register §4.1 item 5, to 2023-10-01); the subsidy 2% × 360/360 × P = P × 2%. Guaranteed by the municipal fund,
   * or its fund not given when {@code fundKnown} is false.
   */
  private static String shLoan(String id, String principal, boolean fundKnown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"2022-10-01\","
        + " \"maturityDate\": \"2023-10-01\", \"repaymentDate\": \"2023-09-26\", \"annualInterestRate\": \"4%\","
        + " \"lenderRegionCode\": \"310000\", \"firstInclusiveFinanceLoan\": true, \"guaranteed\": true,"
        + " \"guarantee\": {" + (fundKnown ? "\"policyFund\": true" : "\"governmentGuarantor\": true") + "}}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // A 6,000,000 × 2% = 120,000.00; B 4,000,000 × 2% = 80,000.00: 200,000.00, reached, not cut: none
      "reached exactly | 4000000 | 200000.00 | ",
      // B 4,000,000.50 × 2% = 80,000.01: 200,000.01, cut to 200,000.00: the cap named
      "a fen over | 4000000.50 | 200000.00 | cap-per-enterprise",
      // B 3,999,999.50 × 2% = 79,999.99: 199,999.99, none
      "a fen under | 3999999.50 | 199999.99 | "})
  void shanghaiFirstLoan_exact(String name, String second, String yuan, String code) {
    String profile = shFirm(shLoan("A", "6000000", true) + ", " + shLoan("B", second, true));
    MeasureOutcome outcome = engine(SH_FIRST, profile, "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, "200000", "第十五条", "最高20万元");
    FirstLoanGuaranteedMeasure measure = (FirstLoanGuaranteedMeasure) CATALOG.get(MeasureId.of(SH_FIRST)).measure();
    FirstLoanGuaranteedRequest request = FirstLoanGuaranteedRequest.from(HuiqiJson.read(profile,
        EnterpriseProfile.class), 12);
    assertThat(yuan(FirstLoanGuaranteedCalculator.DEFAULT.subsidy(measure, request))).as(name)
        .isEqualByComparingTo(yuan);
    FirstLoanResult explained = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(measure, request);
    assertLimit(explained.bindingLimit(), code, "200000", "第十五条", null);
    JsonNode json = readTree(FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidyJson(measure,
        HuiqiJson.write(request)));
    assertThat(json.at("/bindingLimit/code").asText(null)).as(name + " JSON form").isEqualTo(code);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // A 120,000.00 sure; B's fund not given: 120,000.00 – 120,000.00 + B × 2%
      "a fen over: 80,000.01 | 4000000.50 | 200000.00 | cap-per-enterprise",
      "a fen under: 79,999.99 | 3999999.50 | 199999.99 | ",
      "reached exactly: 80,000.00, not cut | 4000000 | 200000.00 | "})
  void shanghaiFirstLoan_range(String name, String second, String most, String code) {
    String profile = shFirm(shLoan("A", "6000000", true) + ", " + shLoan("B", second, false));
    MeasureOutcome outcome = engine(SH_FIRST, profile, "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, "120000.00", most);
    assertThat(outcome.missingFacts()).containsExactly("/loans/1/guarantee/policyFund");
    assertLimit(outcome.bindingLimit(), code, "200000", "第十五条", "最高20万元");
    FirstLoanGuaranteedMeasure measure = (FirstLoanGuaranteedMeasure) CATALOG.get(MeasureId.of(SH_FIRST)).measure();
    FirstLoanResult explained = FirstLoanGuaranteedCalculator.DEFAULT.explainSubsidy(measure,
        FirstLoanGuaranteedRequest.from(HuiqiJson.read(profile, EnterpriseProfile.class), 12));
    assertThat(yuan(explained.amount().maximum())).isEqualByComparingTo(most);
    assertLimit(explained.bindingLimit(), code, "200000", "第十五条", null);
  }

  @Test
  void shanghaiFirstLoan_loansNotGiven_theCapTheUpperEnd() {
    MeasureOutcome outcome = engine(SH_FIRST, shFirm(null), "2023-12-31");
    assertAmount(outcome, Verdict.UNDETERMINED, "0", "200000.00");
    assertLimit(outcome.bindingLimit(), "cap-per-enterprise", "200000", "第十五条", "最高20万元");
  }

  //-------------------------------------------------------------------------
  // the 2021 reply letter: 小型微型企业银行贷款担保费资助 (2017 guide: 30% of the fee, ≤ 300,000 a firm a year)

  /**
   * A loan drawn 2022-04-01 (the year before the 2023 evaluation date: register §2.4) of 3,000,000 (≤ 3,000,000,
   * inclusive) at 4%, guaranteed by a Shenzhen guarantor at 2% (= 50% × 4%, inclusive), with the fee paid; the fee
   * rate not given when {@code rate} is null.
   */
  private static String feeLoan(String id, String feePaid, String rate) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money("3000000") + ", \"drawdownDate\": \"2022-04-01\","
        + " \"maturityDate\": \"2023-04-01\", \"annualInterestRate\": \"4%\", \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": true, \"guarantee\": {\"guarantorInRegion\": true, "
        + (rate == null ? "" : "\"feeRate\": \"" + rate + "\", ") + "\"feePaid\": " + money(feePaid) + "}}";
  }

  /** A small 南山区 firm: sixteen loans each with 60,000 of fee (30% × 60,000 = 18,000.00; 288,000.00), and X. */
  private static String feeFirm(String last) {
    StringBuilder loans = new StringBuilder();
    for (int i = 1; i <= 16; i++) {
      loans.append(feeLoan("L" + i, "60000", "2%")).append(", ");
    }
    return "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"loans\": [" + loans + last + "]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // X's 40,000.00 × 30% = 12,000.00: 288,000.00 + 12,000.00 = 300,000.00, reached, not cut: none
      "reached exactly | 40000 | 300000.00 | ",
      // 40,000.04 × 30% = 12,000.012 → 12,000.01: 300,000.01 > 300,000, cut: the annual cap named
      "a fen over | 40000.04 | 300000.00 | cap-per-enterprise-per-year",
      // 39,999.96 × 30% = 11,999.988 → 11,999.99: 299,999.99, none
      "a fen under | 39999.96 | 299999.99 | "})
  void guaranteeFeeSubsidy_exact(String name, String fee, String yuan, String code) {
    MeasureOutcome outcome = engine(FEE_SUBSIDY, feeFirm(feeLoan("X", fee, "2%")), "2023-06-30");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, "300000", null, "30万元");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // X's fee rate not given (fee paid given): X earns 30% of its fee or nothing (register §2.4), so
      // 288,000.00 – 288,000.00 + 30% × X's fee, eligible by the sixteen
      "a fen over | 40000.04 | 300000.00 | cap-per-enterprise-per-year",
      "a fen under | 39999.96 | 299999.99 | ",
      "reached exactly, not cut | 40000 | 300000.00 | "})
  void guaranteeFeeSubsidy_range(String name, String fee, String most, String code) {
    MeasureOutcome outcome = engine(FEE_SUBSIDY, feeFirm(feeLoan("X", fee, null)), "2023-06-30");
    assertAmount(outcome, Verdict.ELIGIBLE, "288000.00", most);
    assertThat(outcome.missingFacts()).containsExactly("/loans/16/guarantee/feeRate");
    assertLimit(outcome.bindingLimit(), code, "300000", null, "30万元");
  }

  @Test
  void guaranteeFeeSubsidy_feePaidOrLoansNotGiven_theCapTheUpperEnd() {
    // X with its fee rate (2%) but not its fee paid: it could be anything, up to the cap: 288,000.00 – 300,000.00
    String noFee = "{\"loanId\": \"X\", \"principal\": " + money("3000000") + ", \"drawdownDate\": \"2022-04-01\","
        + " \"maturityDate\": \"2023-04-01\", \"annualInterestRate\": \"4%\", \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": true, \"guarantee\": {\"guarantorInRegion\": true, \"feeRate\": \"2%\"}}";
    MeasureOutcome open = engine(FEE_SUBSIDY, feeFirm(noFee), "2023-06-30");
    assertAmount(open, Verdict.ELIGIBLE, "288000.00", "300000.00");
    assertLimit(open.bindingLimit(), "cap-per-enterprise-per-year", "300000", null, "30万元");
    // the loans not given, a small Shenzhen firm: 0 – 300,000.00, the cap named
    MeasureOutcome none = engine(FEE_SUBSIDY, "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\"}",
        "2023-06-30");
    assertAmount(none, Verdict.UNDETERMINED, "0", "300000.00");
    assertLimit(none.bindingLimit(), "cap-per-enterprise-per-year", "300000", null, "30万元");
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第13条 with the 2020 办法 第十四条

  /**
   * An enrolled 科技型中小企业 of 南山区, not a first-time borrower (50% + 30 points = 80% on 2023 interest), with
   * what it received from the programme, the loans and the three lists (null: not given).
   */
  private static String techFirm(String received, String loans, String interest, String fees) {
    return "{\"registrationRegionCode\": \"440305\", \"size\": \"SMALL\", \"firstTimeBorrower\": false,"
        + " \"techSme\": {\"held\": true, \"since\": \"2021-01-01\", \"until\": \"2026-12-31\"},"
        + " \"techSmeSubsidyReceived\": " + money(received)
        + (loans == null ? "" : ", \"loans\": [" + loans + "]")
        + (interest == null ? "" : ", \"interestPayments\": [" + interest + "]")
        + (fees == null ? "" : ", \"guaranteeFeePayments\": [" + fees + "]")
        + ", \"insurancePremiumPayments\": []}";
  }

  /** A loan of the principal drawn 2023-01-01 at the rate, due on the maturity, not guaranteed, no first loan. */
  private static String techLoan(String principal, String rate, String maturity) {
    return "{\"loanId\": \"L1\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"2023-01-01\","
        + " \"maturityDate\": \"" + maturity + "\", \"annualInterestRate\": \"" + rate + "\","
        + " \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": false,"
        + " \"forProductionOrOperation\": true, \"subsidisedUnderAnotherMunicipalScheme\": false,"
        + " \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}";
  }

  /** Interest on L1 accrued over 2023 (2023-01-01 to 2023-12-31, the end not counted), paid 2023-12-31. */
  private static String interest2023(String amount) {
    return "{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"2023-01-01\", \"accrualEnd\":"
        + " \"2023-12-31\", \"paymentDate\": \"2023-12-31\", \"interestPaid\": " + money(amount) + "}";
  }

  private static final String BIG_LOAN = techLoan("40000000", "4%", "2024-01-01");

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 1,250,000.00 × 80% = 1,000,000.00: the yearly 1,000,000 (第十四条（四）) reached, not cut: none
      "yearly cap reached | 0 | 1250000 | 1000000.00 | | ",
      // 1,250,000.02 × 80% = 1,000,000.016 → 1,000,000.02 > 1,000,000: cut, the yearly cap named
      "yearly cap a fen over | 0 | 1250000.02 | 1000000.00 | cap-per-enterprise-per-year | 1000000",
      // 1,249,999.98 × 80% = 999,999.984 → 999,999.98: none
      "yearly cap a fen under | 0 | 1249999.98 | 999999.98 | | ",
      // 2,500,000 received: 3,000,000 − 2,500,000 = 500,000 left (第十四条（四）). 625,000.00 × 80% = 500,000.00 reached
      "programme reached | 2500000 | 625000 | 500000.00 | | ",
      // 625,000.02 × 80% = 500,000.016 → 500,000.02: cut to the 500,000 left, the programme cap named at 500,000
      "programme a fen over | 2500000 | 625000.02 | 500000.00 | cap-per-enterprise-over-programme | 500000",
      // 624,999.98 × 80% = 499,999.984 → 499,999.98: none
      "programme a fen under | 2500000 | 624999.98 | 499999.98 | | "})
  void techSme_interest_exact(String name, String received, String interest, String yuan, String code,
      String figure) {
    String profile = techFirm(received, BIG_LOAN, interest2023(interest), "");
    MeasureOutcome outcome = engine(TECH_SME, profile, "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, figure, "第十四条", null);
    // the calculator's three forms: the last cap in the order applied is the outcome's
    TechSmeMeasure measure = (TechSmeMeasure) CATALOG.get(MeasureId.of(TECH_SME)).measure();
    TechSmeRequest request = TechSmeRequest.from(HuiqiJson.read(profile, EnterpriseProfile.class));
    assertThat(yuan(TechSmeCalculator.DEFAULT.subsidy(measure, request))).as(name).isEqualByComparingTo(yuan);
    TechSmeResult explained = TechSmeCalculator.DEFAULT.explainSubsidy(measure, request);
    Optional<BindingLimit> last = explained.bindingLimits().isEmpty() ? Optional.empty()
        : Optional.of(explained.bindingLimits().get(explained.bindingLimits().size() - 1));
    assertLimit(last, code, figure, "第十四条", null);
    JsonNode json = readTree(TechSmeCalculator.DEFAULT.explainSubsidyJson(measure, HuiqiJson.write(request)));
    assertThat(json.at("/bindingLimits").size()).as(name + " JSON form").isEqualTo(code == null ? 0 : 1);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // no interest; G1 600,000.00 × 50% = 300,000.00: the fee cap (第十四条（三）) reached: none
      "fee cap reached | 600000 | 300000.00 | ",
      // 600,000.02 × 50% = 300,000.01: cut, the fee cap named
      "fee cap a fen over | 600000.02 | 300000.00 | guarantee-fee-cap-per-year",
      "fee cap a fen under | 599999.98 | 299999.99 | "})
  void techSme_fees_exact(String name, String fee, String yuan, String code) {
    String fees = "{\"paymentId\": \"G1\", \"paymentDate\": \"2023-06-30\", \"amountPaid\": " + money(fee) + "}";
    MeasureOutcome outcome = engine(TECH_SME, techFirm("0", null, "", fees), "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, "300000", "第十四条", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the interest list not given, fees and premiums known none; L1 drawn 2023-01-01, due 2023-12-27: 334 + 26 =
      // 360 days in 2023, ACT/360 1.000 year (whole months ÷ 12 at most 1.000), so L1 can bear P × 5% of interest
      // (register §4.1 item 8b), the list at most 80% of it, rounded up to the fen, and a fen for each of the 13
      // payments L1 can hold (register §4.6 item 120: one a calendar month, January to December 2023, and a final
      // one), 0.13, within the yearly 1,000,000:
      // 24,999,997 × 5% = 1,249,999.85 × 80% = 999,999.88 + 0.13 = 1,000,000.01 > 1,000,000: 0 – 1,000,000.00, the
      // yearly cap the top (b), named
      "yearly cap a fen over | 24999997 | 1000000.00 | cap-per-enterprise-per-year",
      // 24,999,996.50 × 5% = 1,249,999.825 × 80% = 999,999.86 + 0.13 = 999,999.99: 0 – 999,999.99, the loan's bound
      // (c), none
      "yearly cap a fen under | 24999996.50 | 999999.99 | ",
      // 24,999,996.75 × 5% × 80% = 999,999.87 + 0.13 = 1,000,000.00, the loan's bound reaching the cap's figure, not
      // cut: none
      "yearly cap reached by the loan's bound | 24999996.75 | 1000000.00 | "})
  void techSme_interestNotGiven_boundedByTheLoan(String name, String principal, String most, String code) {
    String profile = techFirm("0", techLoan(principal, "5%", "2023-12-27"), null, "");
    MeasureOutcome outcome = engine(TECH_SME, profile, "2023-12-31");
    // no known payment qualifies and the absent list may hold one: undetermined from 0 (register §4.6 items 42, 53)
    assertAmount(outcome, Verdict.UNDETERMINED, "0", most);
    assertThat(outcome.missingFacts()).contains("/interestPayments");
    assertLimit(outcome.bindingLimit(), code, "1000000", "第十四条", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 2,500,000 received: 500,000 left of the programme's 3,000,000 (第十四条（四）); the interest list not given,
      // L1 at 5% for 360 days of 2023 bounds it at P × 5% × 80% (register §4.1 item 8b) + 13 payments × 0.01 (register
      // §4.6 item 120, as above): 12,499,997 × 5% × 80% = 499,999.88 + 0.13 = 500,000.01 > 500,000 left:
      // 0 – 500,000.00, what is left of the programme cut it
      "programme a fen over | 12499997 | 500000.00 | cap-per-enterprise-over-programme",
      // 12,499,996.75 × 5% × 80% = 499,999.87 + 0.13 = 500,000.00, reached, not cut: none
      "programme reached | 12499996.75 | 500000.00 | ",
      // 12,499,996.50 × 5% × 80% = 499,999.86 + 0.13 = 499,999.99: none
      "programme a fen under | 12499996.50 | 499999.99 | "})
  void techSme_interestNotGiven_programmeLeft(String name, String principal, String most, String code) {
    String profile = techFirm("2500000", techLoan(principal, "5%", "2023-12-27"), null, "");
    MeasureOutcome outcome = engine(TECH_SME, profile, "2023-12-31");
    assertAmount(outcome, Verdict.UNDETERMINED, "0", most);
    assertLimit(outcome.bindingLimit(), code, "500000", "第十四条", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 10,000 of 2023 interest on L1 (80%: 8,000.00); the fee list not given, L1 guaranteed with its own fee paid
      // given, so the list holds at most 50% of that fee (register §4.1 item 8b) and 0.01 for each instalment the fee
      // can be paid in (register §4.6 item 121: L1's term 2023-01-01 → 2024-01-01, January 2023 to January 2024, 13
      // calendar months, and one when the guarantee is given: 14, 0.14), within the fee list's 300,000
      // (第十四条（三）): 599,999.74 × 50% = 299,999.87 + 0.14 = 300,000.01 > 300,000: 8,000.00 – 308,000.00, the fee
      // cap cut it
      "fee cap a fen over | 599999.74 | 308000.00 | guarantee-fee-cap-per-year",
      // 599,999.72 × 50% = 299,999.86 + 0.14 = 300,000.00, the fee cap's figure reached, not cut: 8,000.00 –
      // 308,000.00, none
      "fee cap reached | 599999.72 | 308000.00 | ",
      // 599,999.70 × 50% = 299,999.85 + 0.14 = 299,999.99: 8,000.00 – 307,999.99, none
      "fee cap a fen under | 599999.70 | 307999.99 | "})
  void techSme_feesNotGiven_boundedByTheLoansFee(String name, String feePaid, String most, String code) {
    String guaranteed = BIG_LOAN.replace("\"guaranteed\": false", "\"guaranteed\": true, \"guarantee\": "
        + "{\"governmentGuarantor\": true, \"feePaid\": " + money(feePaid) + "}");
    MeasureOutcome outcome = engine(TECH_SME, techFirm("0", guaranteed, interest2023("10000"), null), "2023-12-31");
    assertAmount(outcome, Verdict.ELIGIBLE, "8000.00", most);
    assertLimit(outcome.bindingLimit(), code, "300000", "第十四条", null);
  }

  @Test
  void techSme_interestNotGiven_noLoans_theCapsTheTop() {
    // the interest and the loans not given: 0 – 1,000,000.00, the yearly cap (b)
    MeasureOutcome yearly = engine(TECH_SME, techFirm("0", null, null, ""), "2023-12-31");
    assertAmount(yearly, Verdict.UNDETERMINED, "0", "1000000.00");
    assertLimit(yearly.bindingLimit(), "cap-per-enterprise-per-year", "1000000", "第十四条", null);
    // 2,500,000 received: 0 – 500,000.00, what is left of the programme's 3,000,000 (b)
    MeasureOutcome programme = engine(TECH_SME, techFirm("2500000", null, null, ""), "2023-12-31");
    assertAmount(programme, Verdict.UNDETERMINED, "0", "500000.00");
    assertLimit(programme.bindingLimit(), "cap-per-enterprise-over-programme", "500000", "第十四条", null);
    // the fees not given beside 10,000.00 of 2023 interest (80% = 8,000.00), L1 guaranteed with neither its fee paid
    // nor its fee rate given, so the caps alone bound the list (register §4.1 item 8b): 8,000.00 – 8,000.00 + 50%
    // of fees up to the fee list's 300,000 (第十四条（三）) = 308,000.00, that cap the top (b)
    String guaranteed = BIG_LOAN.replace("\"guaranteed\": false", "\"guaranteed\": true, \"guarantee\": "
        + "{\"governmentGuarantor\": true}");
    MeasureOutcome fees = engine(TECH_SME, techFirm("0", guaranteed, interest2023("10000"), null), "2023-12-31");
    assertAmount(fees, Verdict.ELIGIBLE, "8000.00", "308000.00");
    assertLimit(fees.bindingLimit(), "guarantee-fee-cap-per-year", "300000", "第十四条", null);
    // L1 known not to be guaranteed: the absent fee list can hold nothing (item 8b): 8,000.00 exactly, no cap cut
    MeasureOutcome none = engine(TECH_SME, techFirm("0", BIG_LOAN, interest2023("10000"), null), "2023-12-31");
    assertAmount(none, Verdict.ELIGIBLE, "8000.00", "8000.00");
    assertLimit(none.bindingLimit(), null, null, null, null);
  }

  //-------------------------------------------------------------------------
  // 深工信〔2023〕26号 第5条: the risk pool's 80% ceiling, on a host's pack whose FIRST_LOAN row is the ratio given

  private static EntitlementEngine hostPool(String firstLoanRatio) {
    try {
      JsonNode pack = MAPPER.readTree(HuiqiJson.write(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"))
          .replace("sz-gxj-2023-26", "sz-gxj-2099-1"));
      for (JsonNode measure : pack.get("measures")) {
        if (measure.get("id").asText().equals(HOST_POOL)) {
          for (JsonNode row : measure.get("baseRatios")) {
            if (row.get("category").asText().equals("FIRST_LOAN")) {
              ((ObjectNode) row.get("ratio")).put("value", firstLoanRatio);
            }
          }
        }
      }
      PolicyData data = PolicyData.builtIn().withPack(PolicyPacks.read(MAPPER.writeValueAsString(pack), "host"));
      return EntitlementEngine.of(Catalog.of(data, MeasureRegistry.BUILT_IN));
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }

  /**
   * A bad loan of the principal granted 2023-02-01 (in the window: +30 points), non-performing 2024-02-01 with all of
   * it outstanding, of the category (null: not given), not guaranteed, not under another scheme unless
   * {@code otherKnown} is false.
   */
  private static String badLoan(String id, String principal, String category, boolean otherKnown) {
    return "{\"loanId\": \"" + id + "\", \"principal\": " + money(principal) + ", \"drawdownDate\": \"2023-02-01\","
        + " \"maturityDate\": \"2025-02-01\", \"annualInterestRate\": \"4%\", \"guaranteed\": false,"
        + (category == null ? "" : " \"riskPoolCategory\": \"" + category + "\",")
        + (otherKnown ? " \"underOtherRiskCompensation\": false," : "")
        + " \"nonPerforming\": {\"since\": \"2024-02-01\", \"principalOutstanding\": " + money(principal) + "}}";
  }

  private static String poolFirm(String... loans) {
    return "{\"registrationRegionCode\": \"440305\", \"loans\": [" + String.join(", ", loans) + "]}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 50% + 30 points = 80%: 1,000,000 × 80% = 800,000.00, the ceiling reached, not cut: none
      "ceiling reached | 50% | 800000.00 | ",
      // 50.01% + 30 = 80.01% → 80% ("补偿比例最高为80%"): 800,000.00, the ceiling named at the loan's 800,000.00
      "ceiling a point over | 50.01% | 800000.00 | ratio-ceiling",
      // 49.99% + 30 = 79.99%: 799,900.00, none
      "ceiling a point under | 49.99% | 799900.00 | "})
  void riskPool_exact(String name, String ratio, String yuan, String code) {
    MeasureOutcome outcome = engine(hostPool(ratio), HOST_POOL, poolFirm(badLoan("A", "1000000", "FIRST_LOAN",
        true)), "2024-06-30");
    assertAmount(outcome, Verdict.ELIGIBLE, yuan, yuan);
    assertLimit(outcome.bindingLimit(), code, "800000.00", "第5条", "80%");
    // the calculator's forms on the built-in measure, the loan's own agreed base ratio given
    RiskPoolMeasure measure = (RiskPoolMeasure) CATALOG.get(RiskPoolMeasure.SHENZHEN_2023.id()).measure();
    RiskPoolClaim claim = RiskPoolClaim.builder().loanId("A").category(RiskPoolLoanCategory.FIRST_LOAN)
        .principal(Cny.of("1000000")).grantDate(LocalDate.of(2023, 2, 1))
        .firstNonPerformingDate(LocalDate.of(2024, 2, 1)).principalOutstanding(Cny.of("1000000"))
        .baseRatio(Rate.parse(ratio)).guaranteedByFinancingGuarantor(false).reGuaranteed(false)
        .underOtherRiskCompensation(false).build();
    assertThat(yuan(RiskPoolCalculator.DEFAULT.compensation(measure, claim))).isEqualByComparingTo(yuan);
    RiskPoolLoanCompensation explained = RiskPoolCalculator.DEFAULT.explainCompensation(measure, claim);
    assertLimit(explained.bindingLimit(), code, "800000.00", "第5条", null);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the category not given: priced under every category (register §4.2 item 11), GENERAL 30% + 30 = 60%,
      // 600,000.00; FIRST_LOAN the host's row + 30
      "category open, ceiling cut | 50.01% | | true | ELIGIBLE | 600000.00 | 800000.00 | ratio-ceiling",
      "category open, a point under | 49.99% | | true | ELIGIBLE | 600000.00 | 799900.00 | ",
      "category open, reached, not cut | 50% | | true | ELIGIBLE | 600000.00 | 800000.00 | ",
      // FIRST_LOAN given, whether under another scheme not given: 0, or the ratio × 1,000,000
      "undetermined, ceiling cut | 50.01% | FIRST_LOAN | false | UNDETERMINED | 0 | 800000.00 | ratio-ceiling",
      "undetermined, a point under | 49.99% | FIRST_LOAN | false | UNDETERMINED | 0 | 799900.00 | "})
  void riskPool_range(String name, String ratio, String category, boolean otherKnown, Verdict verdict,
      String least, String most, String code) {
    MeasureOutcome outcome = engine(hostPool(ratio), HOST_POOL, poolFirm(badLoan("A", "1000000", category,
        otherKnown)), "2024-06-30");
    assertAmount(outcome, verdict, least, most);
    assertLimit(outcome.bindingLimit(), code, "800000.00", "第5条", "80%");
  }

  @Test
  void riskPool_ceilingAmountsSummedOverTheLoansItCut() {
    // FIRST_LOAN at the host's 60% + 30 = 90% → 80%: A 1,000,000 → 800,000.00 (cut), C 500,000 → 400,000.00 (cut);
    // B GENERAL 30% + 30 = 60%: 500,000 → 300,000.00 (not cut). The ceiling amounts of the loans it cut, summed
    EntitlementEngine engine = hostPool("60%");
    MeasureOutcome two = engine(engine, HOST_POOL, poolFirm(badLoan("A", "1000000", "FIRST_LOAN", true),
        badLoan("B", "500000", "GENERAL", true)), "2024-06-30");
    assertAmount(two, Verdict.ELIGIBLE, "1100000.00", "1100000.00");
    assertLimit(two.bindingLimit(), "ratio-ceiling", "800000.00", "第5条", null);
    MeasureOutcome three = engine(engine, HOST_POOL, poolFirm(badLoan("A", "1000000", "FIRST_LOAN", true),
        badLoan("B", "500000", "GENERAL", true), badLoan("C", "500000", "FIRST_LOAN", true)), "2024-06-30");
    assertAmount(three, Verdict.ELIGIBLE, "1500000.00", "1500000.00");
    assertLimit(three.bindingLimit(), "ratio-ceiling", "1200000.00", "第5条", null);
    // the built-in 30% + 30 = 60% never reaches 80%: 600,000.00, none
    MeasureOutcome builtIn = engine("sz-gxj-2023-26.risk-compensation-pool", poolFirm(badLoan("A", "1000000",
        "FIRST_LOAN", true)), "2024-06-30");
    assertAmount(builtIn, Verdict.ELIGIBLE, "600000.00", "600000.00");
    assertLimit(builtIn.bindingLimit(), null, null, null, null);
  }

  //-------------------------------------------------------------------------
  // 龙岗区 (2021 reply letter 一): "不超过上一年度场地租金支出50%、每年最高20万元"

  private static String rentFirm(String highTech, String leases) {
    return "{\"registrationRegionCode\": \"440307\"" + (highTech == null ? "" : ", \"highTech\": {\"held\": "
        + highTech + "}") + (leases == null ? "" : ", \"leases\": [" + leases + "]") + "}";
  }

  private static String parkLease(String rent2022) {
    return "{\"leaseId\": \"L-1\", \"area\": 1200, \"start\": \"2021-01-01\", \"end\": \"2025-12-31\","
        + " \"districtPark\": true" + (rent2022 == null ? "" : ", \"rentPaid\": [{\"year\": 2022, \"amount\": "
        + money(rent2022) + "}]") + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // a 国高企 in a 龙岗区 district park; 50% × 2022's rent, at most 200,000 a year; "不超过" leaves the figure to the
      // authority: 0 – the least of the two (register §4.4 item 29, §4.6 item 46)
      // 400,000.02 × 50% = 200,000.01 > 200,000: 0 – 200,000.00, the yearly cap cut the top: named
      "a fen over | true | 400000.02 | ELIGIBLE | 200000.00 | cap-per-year",
      // 399,999.98 × 50% = 199,999.99: 0 – 199,999.99, none
      "a fen under | true | 399999.98 | ELIGIBLE | 199999.99 | ",
      // 400,000.00 × 50% = 200,000.00: the share reaches the cap's figure, not cut: none
      "reached exactly | true | 400000 | ELIGIBLE | 200000.00 | ",
      // the 国高企 status not given: undetermined, the same tops
      "qualification open, a fen over | | 400000.02 | UNDETERMINED | 200000.00 | cap-per-year",
      "qualification open, a fen under | | 399999.98 | UNDETERMINED | 199999.99 | "})
  void longgangRent(String name, String highTech, String rent, Verdict verdict, String most, String code) {
    String profile = rentFirm(highTech, parkLease(rent));
    MeasureOutcome outcome = engine(RENT, profile, "2023-06-30");
    assertAmount(outcome, verdict, "0", most);
    assertLimitCodeLoose(outcome.bindingLimit(), code, "200000", "20万元");
    // the calculator's forms, the request built from the profile for 2023
    RentShareMeasure measure = (RentShareMeasure) CATALOG.get(MeasureId.of(RENT)).measure();
    Optional<RentShareRequest> request = RentShareRequest.from(HuiqiJson.read(profile, EnterpriseProfile.class),
        2023);
    if (request.isPresent()) {
      RentShareResult explained = RentShareCalculator.DEFAULT.explainMaximumSubsidy(measure, request.get());
      if (highTech != null) {
        // the plain form answers only a settled verdict (it refuses naming /highTech otherwise)
        assertThat(yuan(RentShareCalculator.DEFAULT.maximumSubsidy(measure, request.get())))
            .isEqualByComparingTo(most);
      }
      assertLimitCodeLoose(explained.bindingLimit(), code, "200000", null);
      JsonNode json = readTree(RentShareCalculator.DEFAULT.explainMaximumSubsidyJson(measure,
          HuiqiJson.write(request.get())));
      assertThat(json.at("/bindingLimit").isMissingNode() || json.at("/bindingLimit").isNull())
          .as(name + " JSON form").isEqualTo(code == null);
    }
  }

  @Test
  void longgangRent_leasesOrRentNotGiven_theCapTheUpperEnd() {
    MeasureOutcome leases = engine(RENT, rentFirm("true", null), "2023-06-30");
    assertAmount(leases, Verdict.UNDETERMINED, "0", "200000.00");
    assertThat(leases.missingFacts()).containsExactly("/leases");
    assertLimitCodeLoose(leases.bindingLimit(), "cap-per-year", "200000", "20万元");
    MeasureOutcome rent = engine(RENT, rentFirm("true", parkLease(null)), "2023-06-30");
    assertThat(yuan(rent.amount().maximum().orElseThrow())).isEqualByComparingTo("200000.00");
    assertLimitCodeLoose(rent.bindingLimit(), "cap-per-year", "200000", "20万元");
  }

  /** As {@link #assertLimit}, the code only required present (the rent's code is the library's own word). */
  private static void assertLimitCodeLoose(Optional<BindingLimit> limit, String code, String figure, String quoted) {
    if (code == null) {
      assertThat(limit).as("no binding limit").isEmpty();
      return;
    }
    assertThat(limit).as("the yearly cap").hasValueSatisfying(binding -> {
      assertThat(yuan(binding.limit())).isEqualByComparingTo(figure);
      if (quoted != null) {
        assertThat(binding.citation().quote()).hasValueSatisfying(quote -> assertThat(quote).contains(quoted));
      }
    });
  }

  //-------------------------------------------------------------------------
  // register §4.6 items 49, 50, 85: the next questions where the pair's joint limit is declared

  private static final String FLAG = "/loans/0/subsidisedUnderAnotherMunicipalScheme";

  /**
   * A 宝安区 first-time borrower, its 科技型中小企业 enrolment not given, nothing received from the programme, no fees or
   * premiums; L1 1,000,000 drawn 2023-02-01 at 6% from a Shenzhen bank, the first drawdown of its first contract,
   * whether another municipal subsidy pays on it not given; I1 of the interest given, accrued 2023-02-01 → 05-01.
   */
  private static String pairProfile(String interest) {
    return "{\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\","
        + " \"independentLegalPerson\": true, \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false,"
        + " \"firstTimeBorrower\": true, \"techSmeSubsidyReceived\": " + money("0") + ", \"guaranteeFeePayments\":"
        + " [], \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\": \"L1\", \"principal\": "
        + money("1000000") + ", \"drawdownDate\": \"2023-02-01\", \"maturityDate\": \"2024-02-01\","
        + " \"annualInterestRate\": \"6%\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, \"vehicleOrRealEstatePurchase\": false, \"guaranteed\": false}],"
        + " \"interestPayments\": [{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\": \"2023-02-01\","
        + " \"accrualEnd\": \"2023-05-01\", \"paymentDate\": \"2023-05-01\", \"interestPaid\": " + money(interest)
        + "}]}";
  }

  /**
   * 第5条: 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days, 1,000,000 × 2% × 181 / 360 = 10,055.555…
   * → 10,055.56, 0 – 10,055.56 while the flag is open. 第13条: 80% × I1, 0 – that while the enrolment is open. The
   * pair's amount on each completion (one municipal interest subsidy per loan, the larger, register §4.1 item 10):
   * L1 subsidised elsewhere 0.00; not, enrolled max(10,055.56, 80% × I1); not, not enrolled 10,055.56. Where
   * 80% × I1 ≤ 10,055.56 the enrolment never moves the pair (item 85): the flag decides the whole width 10,055.56 and
   * the enrolment 0.00; where it is above, both move it and share the width equally.
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 12,569.44 × 80% = 10,055.552 → 10,055.55 < 10,055.56
      "tech-SME a fen under | 12569.44 | 10055.55 | 10055.56 | 10055.56 | 0 | true",
      // 12,569.45 × 80% = 10,055.56: a tie, the pair 10,055.56 either way: the enrolment still decides nothing
      "tech-SME equal | 12569.45 | 10055.56 | 10055.56 | 10055.56 | 0 | true",
      // 12,569.46 × 80% = 10,055.568 → 10,055.57 > 10,055.56: the enrolment moves the pair by 0.01; the width
      // 10,055.57 shared equally, 10,055.57 ÷ 2 = 5,027.785 → 5,027.79 each (half-up, §4.5 item 35)
      "tech-SME a fen over | 12569.46 | 10055.57 | 10055.57 | 5027.79 | 5027.79 | false"})
  void jointLimit_nextQuestions(String name, String interest, String techMost, String jointMost, String flag,
      String enrolment, boolean enrolmentDecidesNothing) {
    String profile = pairProfile(interest);
    EntitlementRequest request = EntitlementRequest.of(HuiqiJson.read(profile, EnterpriseProfile.class),
        LocalDate.parse("2023-06-30")).withMeasures(List.of(MeasureId.of(SZ_FIRST), MeasureId.of(TECH_SME)));
    EntitlementReport report = ENGINE.evaluate(request);
    ObjectNode json = MAPPER.createObjectNode();
    json.put("asOf", "2023-06-30");
    json.putArray("measures").add(SZ_FIRST).add(TECH_SME);
    json.set("profile", readTree(profile));
    JsonNode fromJson = readTree(ENGINE.evaluateJson(json.toString()));
    JsonNode fromApi = readTree(HuiqiJson.write(report));
    for (String member : List.of("/outcomes", "/jointLimits", "/nextQuestions", "/totals")) {
      assertThat(fromJson.at(member)).as(name + member).isEqualTo(fromApi.at(member));
    }
    MeasureOutcome first = report.outcome(MeasureId.of(SZ_FIRST)).orElseThrow();
    MeasureOutcome tech = report.outcome(MeasureId.of(TECH_SME)).orElseThrow();
    assertAmount(first, Verdict.UNDETERMINED, "0", "10055.56");
    assertAmount(tech, Verdict.UNDETERMINED, "0", techMost);
    // neither top is a cap's: 10,055.56 is far below 200,000, 80% × I1 below the yearly 1,000,000 (item 88 (c))
    assertThat(first.bindingLimit()).isEmpty();
    assertThat(tech.bindingLimit()).isEmpty();
    assertThat(report.jointLimits()).singleElement().satisfies(limit -> {
      assertThat(yuan(limit.minimum())).isEqualByComparingTo("0");
      assertThat(yuan(limit.maximum())).isEqualByComparingTo(jointMost);
      assertThat(limit.factsDecidingNothing()).isEqualTo(enrolmentDecidesNothing ? List.of("/techSme") : List.of());
    });
    assertThat(yuan(report.totals().inReach().maximum().orElseThrow())).isEqualByComparingTo(jointMost);
    assertThat(report.nextQuestions()).extracting(NextQuestion::fact).containsExactly(FLAG, "/techSme");
    assertThat(yuan(report.nextQuestions().get(0).amountDecided())).as(name + " flag").isEqualByComparingTo(flag);
    assertThat(yuan(report.nextQuestions().get(1).amountDecided())).as(name + " enrolment")
        .isEqualByComparingTo(enrolment);
  }

  private static JsonNode readTree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new AssertionError(e);
    }
  }
}
