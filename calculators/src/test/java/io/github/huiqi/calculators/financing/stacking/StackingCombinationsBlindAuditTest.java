package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.FactDrops;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A blind QA audit of stacking across measures in the entitlement engine, the figures worked by hand before the
 * engine's code was read, from the clauses and the decisions register's stated defaults:
 * <ul>
 *   <li>深工信〔2023〕26号 第5条 ("对2023年1-3月从深圳辖内商业银行首次获得贷款的企业，给予2%的贴息补助，单户企业贴息金额最高
 *       20万元，贴息期限不超过6个月"): the first drawdown of the first contract, 2% × days ÷ 360 over at most six
 *       calendar months from the drawdown (算头不算尾; register §4.1 items 1 and 4), half-up to the fen (§4.5 item 35);
 *   <li>第13条 ("2023年期间产生的利息，贴息支持比例提高30个百分点，最高可按照实际支付利息的80%"): 50% + 30 points (70% + 30
 *       capped at 80% for a first-time borrower), so 80% of 2023 interest either way; the 贴保 50% of the fee paid
 *       (2020 办法 第十四条（三）);
 *   <li>the small/micro guarantee-fee subsidy (2021 reply letter 二, 2017 guide): 30% of the fee of a loan drawn the
 *       year before, of at most 3,000,000, its fee rate at most half the loan's rate;
 *   <li>小升规方案 第十条: the grant "不超过项目总投资额10-20%" (10% for an equipment upgrade, a ceiling the authority
 *       fixes within), and "还可叠加享受贷款贴息，按实际支付利息的50%";
 *   <li>one municipal interest subsidy per loan (2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门
 *       财政贴息", domain §1.7): register §4.1 item 10 (FIRST_CLAIMED, the claim recorded on the loan, item 72; else
 *       the larger; LARGER), §4.6 item 43 (the renovation subsidy against the two: the larger keeps the loan), items
 *       49 and 50 (the joint least and most of a loan open between 第5条 and 第13条);
 *   <li>the two guarantee-fee subsidies no source settles (register §4.4 item 25): COUNT_BOTH, or COUNT_HIGHER, the
 *       lower whole outcome set aside (item 80).
 * </ul>
 * Only one loan of a firm can be "the first drawdown of the first loan contract" (2022 首贷 rules "同一借款合同的第一次
 * 放款"), so in the two- and three-loan profiles L1 alone qualifies for both subsidies; L2 is a second contract and L3 a
 * 2022 guaranteed loan. Each case runs through the engine typed and {@code evaluateJson} (the same report), plain and
 * explained (the same verdicts, amounts, binding limits and missing facts).
 */
class StackingCombinationsBlindAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  /**
   * L1: 1,000,000 drawn 2023-02-01 (in 第5条's 2023-01..03) from a Shenzhen bank at 4% (≥ 2%), the first drawdown of
   * the first contract. 第5条: 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days; 1,000,000 × 2% ×
   * 181 / 360 = 10,055.555… → 10,055.56. The claim recorded on it is the {@code %s} member given.
   */
  static final String L1 = """
      {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
       "maturityDate": "2024-02-01", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true, %s
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  /** L2: 2,000,000 drawn 2023-04-10 under a second contract (never 第5条's) at 4.5%. */
  static final String L2 = """
      {"loanId": "L2", "principal": {"amount": 2000000, "currency": "CNY"}, "drawdownDate": "2023-04-10",
       "maturityDate": "2024-04-10", "annualInterestRate": "4.5%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  /**
   * L3: 1,000,000 drawn 2022-06-01 at 4%, guaranteed by a Shenzhen government guarantor at 1.5% (≤ 50% × 4% = 2%,
   * the 2017 guide), fee paid 15,000: the small/micro fee subsidy 30% × 15,000 = 4,500.00 (a 2022 loan, claimed in
   * 2023: register §2.4).
   */
  static final String L3 = """
      {"loanId": "L3", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
       "maturityDate": "2023-05-31", "annualInterestRate": "4%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
       "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
         "standardFeeRate": "2%", "feeRate": "1.5%", "feePaid": {"amount": 15000, "currency": "CNY"}}}""";

  /** I1: 10,000 of L1's 2023 interest (2023-02-01 → 2023-05-01): 第13条 80% × 10,000 = 8,000.00. */
  static final String I1 = """
      {"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-02-01", "accrualEnd": "2023-05-01",
       "paymentDate": "2023-05-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}""";

  /** I2: 45,000 of L2's 2023 interest (2023-04-10 → 2023-10-10): 第13条 80% × 45,000 = 36,000.00. */
  static final String I2 = """
      {"paymentId": "I2", "loanId": "L2", "accrualStart": "2023-04-10", "accrualEnd": "2023-10-10",
       "paymentDate": "2023-10-10", "interestPaid": {"amount": 45000, "currency": "CNY"}}""";

  /** G1: L3's fee of 15,000, paid 2023-03-01: the 贴保 50% × 15,000 = 7,500.00 (≤ 300,000 a year). */
  static final String G1 = """
      {"paymentId": "G1", "paymentDate": "2023-03-01", "amountPaid": {"amount": 15000, "currency": "CNY"}}""";

  /**
   * A 深圳市宝安区 (440306) maker of C3484 goods, small on its 2022 figures (revenue 15,000,000, 80 employees, assets
   * 20,000,000: 工信部联企业〔2011〕300号 第四条（二）), an independent legal person since 2016, enrolled as a
   * 科技型中小企业 2022-01-01..2025-12-31 with nothing yet received from the programme.
   *
   * @param firstTime  the {@code firstTimeBorrower} member with its comma, or empty (not given)
   * @param loans  the loans' JSON
   * @param interest  the tech-SME interest payments' JSON
   * @param fees  the guarantee-fee payments' JSON
   * @param projects  the renovation projects' JSON
   * @return the profile's JSON
   */
  static String profile(String firstTime, String loans, String interest, String fees, String projects) {
    return """
        {"registrationRegionCode": "440306", "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
         "name": "深圳市叠加审计设备有限公司", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
         "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
         "techSme": {"held": true, "since": "2022-01-01", "until": "2025-12-31"}, %s
         "onSeriousDishonestyList": false,
         "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
           "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false}],
         "loans": [%s], "interestPayments": [%s], "guaranteeFeePayments": [%s], "insurancePremiumPayments": [],
         "renovationProjects": [%s]}""".formatted(firstTime, loans, interest, fees, projects);
  }

  static final String FIRST_TIME = "\"firstTimeBorrower\": true,";

  /** Two loans, a first-time borrower, no claim recorded on L1. */
  static final String TWO = profile(FIRST_TIME, L1.formatted("") + ", " + L2, I1 + ", " + I2, "", "");

  /** Two loans, L1 recording the tech-SME subsidy as claimed first. */
  static final String TWO_CLAIMED_TECH = profile(FIRST_TIME,
      L1.formatted("\"interestSubsidyClaimedFirst\": \"TECH_SME\",") + ", " + L2, I1 + ", " + I2, "", "");

  /** Two loans, L1 recording the first-loan subsidy as claimed first. */
  static final String TWO_CLAIMED_FIRST = profile(FIRST_TIME,
      L1.formatted("\"interestSubsidyClaimedFirst\": \"FIRST_LOAN\",") + ", " + L2, I1 + ", " + I2, "", "");

  /** Two loans, whether the firm is a first-time borrower not given. */
  static final String TWO_OPEN = profile("", L1.formatted("") + ", " + L2, I1 + ", " + I2, "", "");

  /** Three loans and L3's fee, a first-time borrower. */
  static final String THREE = profile(FIRST_TIME, L1.formatted("") + ", " + L2 + ", " + L3, I1 + ", " + I2, G1, "");

  /** Three loans and L3's fee, whether the firm is a first-time borrower not given. */
  static final String THREE_OPEN = profile("", L1.formatted("") + ", " + L2 + ", " + L3, I1 + ", " + I2, G1, "");

  /**
   * R1, an equipment upgrade (技术装备升级换代改造, 10%) of 10,000,000 eligible investment, accepted, subsidised from
   * 2023-01-01; fixed assets 8,000,000 (80% of the total exactly) and equipment 5,600,000 (70% of the fixed assets
   * exactly), the operating rules' two conditions met at their thresholds (domain §1.3 card 001-10a); with three
   * interest payments: on L1 the same 10,000 as I1 (第十条 50% = 5,000.00), an equipment finance lease's 6,000 naming
   * no loan (3,000.00), on L2 the same 45,000 as I2 (22,500.00).
   */
  static final String PROJECT = """
      {"projectId": "R1", "category": "EQUIPMENT_UPGRADE", "eligibleInvestment": {"amount": 10000000,
        "currency": "CNY"}, "totalInvestment": {"amount": 10000000, "currency": "CNY"},
        "fixedAssetInvestment": {"amount": 8000000, "currency": "CNY"},
        "equipmentInvestment": {"amount": 5600000, "currency": "CNY"}, "eligibleProject": true,
        "subsidyStart": "2023-01-01", "interestPayments": [
        {"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN", "loanId": "L1", "interestFrom": "2023-02-01",
         "interestUntil": "2023-05-01", "interestPaid": {"amount": 10000, "currency": "CNY"}},
        {"paymentId": "P2", "kind": "EQUIPMENT_FINANCE_LEASE", "interestFrom": "2023-01-01",
         "interestUntil": "2023-07-01", "interestPaid": {"amount": 6000, "currency": "CNY"}},
        {"paymentId": "P3", "kind": "BANK_FIXED_ASSET_LOAN", "loanId": "L2", "interestFrom": "2023-04-10",
         "interestUntil": "2023-10-10", "interestPaid": {"amount": 45000, "currency": "CNY"}}]}""";

  /** Two loans and the renovation project, a first-time borrower. */
  static final String RENOVATED = profile(FIRST_TIME, L1.formatted("") + ", " + L2, I1 + ", " + I2, "", PROJECT);

  //-------------------------------------------------------------------------
  /**
   * Runs a profile on 2023-12-31 with the options given (a JSON object's members, or empty for the defaults) through
   * the engine typed and {@code evaluateJson}, plain and explained, checks they agree and returns the explained report.
   */
  static EntitlementReport run(String profile, String options, String... measures) {
    String ids = String.join("\", \"", measures);
    String json = "{\"asOf\": \"2023-12-31\", \"measures\": [\"" + ids + "\"], "
        + (options.isEmpty() ? "" : "\"options\": {" + options + "}, ") + "\"profile\": " + profile + "}";
    EntitlementRequest request = HuiqiJson.read(json, EntitlementRequest.class);
    EntitlementReport plain = ENGINE.evaluate(request);
    EntitlementReport explained = ENGINE.evaluate(request.withExplain(true));
    EntitlementReport viaJson = HuiqiJson.read(ENGINE.evaluateJson(json), EntitlementReport.class);
    assertThat(viaJson.outcomes()).isEqualTo(plain.outcomes());
    assertThat(viaJson.totals()).isEqualTo(plain.totals());
    assertThat(viaJson.jointLimits()).isEqualTo(plain.jointLimits());
    assertThat(viaJson.nextQuestions()).isEqualTo(plain.nextQuestions());
    assertThat(explained.totals()).isEqualTo(plain.totals());
    assertThat(explained.jointLimits()).isEqualTo(plain.jointLimits());
    for (MeasureOutcome outcome : plain.outcomes()) {
      MeasureOutcome traced = explained.outcome(outcome.measure()).orElseThrow();
      assertThat(traced.verdict()).as(outcome.measure().value()).isEqualTo(outcome.verdict());
      assertThat(traced.amount()).as(outcome.measure().value()).isEqualTo(outcome.amount());
      assertThat(traced.bindingLimit()).as(outcome.measure().value()).isEqualTo(outcome.bindingLimit());
      assertThat(traced.missingFacts()).as(outcome.measure().value()).isEqualTo(outcome.missingFacts());
      assertThat(traced.countedInTotal()).as(outcome.measure().value()).isEqualTo(outcome.countedInTotal());
      assertThat(outcome.reasons()).isEmpty();
    }
    return explained;
  }

  /** {@link #run} for the first-loan, tech-SME and renovation interest subsidies. */
  static EntitlementReport run3(String profile, String options) {
    return run(profile, options, FIRST_LOAN, TECH_SME, RENOVATION);
  }

  /**
   * Checks that each of the three interest subsidies' outcomes in the open report (a fact not given) allows the
   * complete report's: a verdict it decides the same, its range holding the amount.
   */
  static void allowsEach(EntitlementReport open, EntitlementReport complete) {
    for (String measure : List.of(FIRST_LOAN, TECH_SME, RENOVATION)) {
      assertThat(FactDrops.allows(outcome(open, measure), outcome(complete, measure)))
          .as(measure + ": open " + outcome(open, measure) + " against " + outcome(complete, measure)).isTrue();
    }
  }

  static MeasureOutcome outcome(EntitlementReport report, String measure) {
    return report.outcome(MeasureId.of(measure)).orElseThrow();
  }

  static void assertAmount(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    assertThat(outcome.verdict()).as(outcome.measure().value()).isEqualTo(verdict);
    assertThat(Cny.yuan(outcome.amount().minimum(), "minimum")).as(outcome.measure().value())
        .isEqualByComparingTo(least);
    assertThat(Cny.yuan(outcome.amount().maximum().orElseThrow(), "maximum")).as(outcome.measure().value())
        .isEqualByComparingTo(most);
  }

  static void assertTotal(EntitlementReport report, String least, String most) {
    assertThat(Cny.yuan(report.totals().inReach().minimum(), "minimum")).isEqualByComparingTo(least);
    assertThat(Cny.yuan(report.totals().inReach().maximum().orElseThrow(), "maximum")).isEqualByComparingTo(most);
  }

  static boolean noted(MeasureOutcome outcome, String code) {
    return outcome.notes().stream().map(Reason::code).anyMatch(code::equals);
  }

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_twoLoans_noClaim_eachLoanToItsLarger_underEveryOption() {
    // L1: 第5条 10,055.56 against 第13条 8,000.00: no claim recorded, the larger (register §4.1 item 10), 第5条; L2:
    // 第13条 only, 36,000.00. No loan open, no cap near (10,055.56 ≤ 200,000; 36,000 ≤ 1,000,000): exact, none binding.
    // The precedence cannot matter without a claim; COUNT_HIGHER has no fee subsidy to compare
    for (String options : List.of("", "\"interestSubsidyPrecedence\": \"LARGER\"",
        "\"unsettledStacking\": \"COUNT_HIGHER\"")) {
      EntitlementReport r = run(TWO, options, FIRST_LOAN, TECH_SME);
      MeasureOutcome first = outcome(r, FIRST_LOAN);
      MeasureOutcome tech = outcome(r, TECH_SME);
      assertAmount(first, Verdict.ELIGIBLE, "10055.56", "10055.56");
      assertAmount(tech, Verdict.ELIGIBLE, "36000.00", "36000.00");
      assertThat(first.missingFacts()).isEmpty();
      assertThat(tech.missingFacts()).isEmpty();
      assertThat(first.bindingLimit()).isEmpty();
      assertThat(tech.bindingLimit()).isEmpty();
      // 第13条 lost L1's 8,000.00 (44,000.00 alone): the rule changed it, and notes it
      assertThat(noted(tech, StackingInterestSubsidyRule.CODE)).isTrue();
      assertThat(first.countedInTotal()).isTrue();
      assertThat(tech.countedInTotal()).isTrue();
      assertThat(r.jointLimits()).isEmpty();
      // 10,055.56 + 36,000.00 = 46,055.56
      assertTotal(r, "46055.56", "46055.56");
      assertThat(r.nextQuestions()).isEmpty();
    }
  }

  @Test
  void test_twoLoans_techSmeClaimedFirst_firstClaimedKeepsIt_largerDoesNot() {
    // FIRST_CLAIMED (the default): the claim recorded on L1 stands, the tech-SME subsidy paying on it (register §4.6
    // item 72): 第13条 8,000.00 + 36,000.00 = 44,000.00; 第5条 keeps its verdict with nothing, 0.00 (item 10's rule
    // shares loans between two measures that both qualify)
    EntitlementReport r = run(TWO_CLAIMED_TECH, "", FIRST_LOAN, TECH_SME);
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "0.00", "0.00");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "44000.00", "44000.00");
    assertThat(outcome(r, FIRST_LOAN).missingFacts()).isEmpty();
    assertThat(noted(outcome(r, FIRST_LOAN), StackingInterestSubsidyRule.CODE)).isTrue();
    assertTotal(r, "44000.00", "44000.00");
    // LARGER reads no claim: 第5条's 10,055.56 on L1, 46,055.56 in all
    EntitlementReport larger = run(TWO_CLAIMED_TECH, "\"interestSubsidyPrecedence\": \"LARGER\"", FIRST_LOAN,
        TECH_SME);
    assertAmount(outcome(larger, FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
    assertAmount(outcome(larger, TECH_SME), Verdict.ELIGIBLE, "36000.00", "36000.00");
    assertTotal(larger, "46055.56", "46055.56");
    // the first-loan subsidy claimed: the larger anyway, the same under both precedences
    for (String options : List.of("", "\"interestSubsidyPrecedence\": \"LARGER\"")) {
      EntitlementReport claimed = run(TWO_CLAIMED_FIRST, options, FIRST_LOAN, TECH_SME);
      assertAmount(outcome(claimed, FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
      assertAmount(outcome(claimed, TECH_SME), Verdict.ELIGIBLE, "36000.00", "36000.00");
      assertTotal(claimed, "46055.56", "46055.56");
    }
  }

  @Test
  void test_twoLoans_firstTimeBorrowingNotGiven_jointLimitAndQuestion() {
    // L1: a first-time borrower takes 第5条's 10,055.56 (the larger); another firm cannot (第5条 "首次获得贷款"), and
    // 第13条 pays 8,000.00 on it (80% either way: 70 + 30 capped at 80, or 50 + 30). L2: 第13条 36,000.00 either way.
    // 第5条: undetermined 0.00 – 10,055.56; 第13条: L1 counted for neither in its least, 36,000.00, for it in its
    // most, 44,000.00: eligible with the range, naming the fact (register §4.6 item 42)
    for (String options : List.of("", "\"interestSubsidyPrecedence\": \"LARGER\"")) {
      EntitlementReport r = run(TWO_OPEN, options, FIRST_LOAN, TECH_SME);
      MeasureOutcome first = outcome(r, FIRST_LOAN);
      MeasureOutcome tech = outcome(r, TECH_SME);
      assertAmount(first, Verdict.UNDETERMINED, "0.00", "10055.56");
      assertAmount(tech, Verdict.ELIGIBLE, "36000.00", "44000.00");
      assertThat(first.missingFacts()).contains("/firstTimeBorrower");
      assertThat(tech.missingFacts()).containsExactly("/firstTimeBorrower");
      // one open loan, no cap able to bind: the pair as one amount (register §4.6 items 49 and 50). 第13条 is sure on
      // L1, so the least is 0.00 + 36,000.00 + 8,000.00 = 44,000.00 (another firm); the most max(10,055.56 +
      // 36,000.00, 0.00 + 44,000.00) = 46,055.56 (a first-time borrower)
      assertThat(r.jointLimits()).hasSize(1);
      JointLimit joint = r.jointLimits().get(0);
      assertThat(joint.loanIds()).containsExactly("L1");
      assertThat(yuan(joint.minimum())).isEqualByComparingTo("44000.00");
      assertThat(yuan(joint.maximum())).isEqualByComparingTo("46055.56");
      assertThat(joint.factsDecidingNothing()).isEmpty();
      assertTotal(r, "44000.00", "46055.56");
      // the one question decides the whole width: 46,055.56 − 44,000.00 = 2,055.56
      assertThat(r.nextQuestions().get(0).fact()).isEqualTo("/firstTimeBorrower");
      assertThat(yuan(r.nextQuestions().get(0).amountDecided())).isEqualByComparingTo("2055.56");
    }
  }

  @Test
  void test_threeLoans_feeSubsidies_countBoth_andCountHigher() {
    // 第5条 10,055.56 (L1); 第13条 36,000.00 (L2) + 贴保 7,500.00 (G1) = 43,500.00; the small/micro fee subsidy
    // 4,500.00 (L3). COUNT_BOTH (register §4.4 item 25, the default): all counted, 58,055.56, both fee measures
    // noting the unsettled question
    EntitlementReport both = run(THREE, "", FIRST_LOAN, TECH_SME, FEE_SUBSIDY);
    assertAmount(outcome(both, FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
    assertAmount(outcome(both, TECH_SME), Verdict.ELIGIBLE, "43500.00", "43500.00");
    assertAmount(outcome(both, FEE_SUBSIDY), Verdict.ELIGIBLE, "4500.00", "4500.00");
    assertThat(outcome(both, FEE_SUBSIDY).countedInTotal()).isTrue();
    assertThat(noted(outcome(both, FEE_SUBSIDY), "unsettled-stacking")).isTrue();
    assertThat(noted(outcome(both, TECH_SME), "unsettled-stacking")).isTrue();
    assertTotal(both, "58055.56", "58055.56");
    // COUNT_HIGHER: whole outcomes compared by their maxima (register §4.6 item 80), 43,500.00 > 4,500.00: the fee
    // subsidy set aside with its amount kept, 10,055.56 + 43,500.00 = 53,555.56
    EntitlementReport higher = run(THREE, "\"unsettledStacking\": \"COUNT_HIGHER\"", FIRST_LOAN, TECH_SME,
        FEE_SUBSIDY);
    MeasureOutcome fee = outcome(higher, FEE_SUBSIDY);
    assertAmount(fee, Verdict.ELIGIBLE, "4500.00", "4500.00");
    assertThat(fee.countedInTotal()).isFalse();
    assertThat(fee.setAside()).isTrue();
    assertThat(outcome(higher, TECH_SME).countedInTotal()).isTrue();
    assertTotal(higher, "53555.56", "53555.56");
  }

  @Test
  void test_threeLoans_firstTimeBorrowingNotGiven_underBothUnsettledOptions() {
    // as above with L1 open: 第5条 0.00 – 10,055.56; 第13条 43,500.00 – 51,500.00 (L1's 8,000.00 in its most); the
    // pair jointly 0 + 43,500.00 + 8,000.00 = 51,500.00 to max(10,055.56 + 43,500.00, 51,500.00) = 53,555.56
    EntitlementReport both = run(THREE_OPEN, "", FIRST_LOAN, TECH_SME, FEE_SUBSIDY);
    assertAmount(outcome(both, FIRST_LOAN), Verdict.UNDETERMINED, "0.00", "10055.56");
    assertAmount(outcome(both, TECH_SME), Verdict.ELIGIBLE, "43500.00", "51500.00");
    assertThat(both.jointLimits()).hasSize(1);
    assertThat(yuan(both.jointLimits().get(0).minimum())).isEqualByComparingTo("51500.00");
    assertThat(yuan(both.jointLimits().get(0).maximum())).isEqualByComparingTo("53555.56");
    // COUNT_BOTH adds the fee subsidy's 4,500.00: 56,000.00 – 58,055.56
    assertTotal(both, "56000.00", "58055.56");
    // COUNT_HIGHER: 51,500.00 > 4,500.00, the fee subsidy set aside; the pair's limit stands (no member set aside):
    // 51,500.00 – 53,555.56
    EntitlementReport higher = run(THREE_OPEN, "\"unsettledStacking\": \"COUNT_HIGHER\"", FIRST_LOAN, TECH_SME,
        FEE_SUBSIDY);
    assertThat(outcome(higher, FEE_SUBSIDY).countedInTotal()).isFalse();
    assertThat(higher.jointLimits()).hasSize(1);
    assertTotal(higher, "51500.00", "53555.56");
  }

  @Test
  void test_renovationProject_bankLoansAndLease_theLargerKeepsEachLoan_grantStacks() {
    // L1: the pair's 第5条 10,055.56 against the renovation subsidy's 50% × 10,000 = 5,000.00 on it: the pair keeps
    // it (register §4.6 item 43). L2: 第13条 36,000.00 against 50% × 45,000 = 22,500.00: the pair keeps it. The
    // renovation subsidy keeps only the lease's 50% × 6,000 = 3,000.00, noting that the lease's payment names no loan
    EntitlementReport r = run(RENOVATED, "", FIRST_LOAN, TECH_SME, RENOVATION, GRANT);
    assertAmount(outcome(r, FIRST_LOAN), Verdict.ELIGIBLE, "10055.56", "10055.56");
    assertAmount(outcome(r, TECH_SME), Verdict.ELIGIBLE, "36000.00", "36000.00");
    MeasureOutcome renovation = outcome(r, RENOVATION);
    assertAmount(renovation, Verdict.ELIGIBLE, "3000.00", "3000.00");
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(renovation, RenovationLoanStackingRule.NOT_CHECKED)).isTrue();
    // the grant stacks ("还可叠加享受贷款贴息"): up to 10% × 10,000,000 = 1,000,000.00, the figure the authority's
    MeasureOutcome grant = outcome(r, GRANT);
    assertAmount(grant, Verdict.ELIGIBLE, "0.00", "1000000.00");
    assertThat(grant.countedInTotal()).isTrue();
    assertThat(renovation.countedInTotal()).isTrue();
    // 10,055.56 + 36,000.00 + 3,000.00 = 49,055.56, and 1,000,000.00 more at most: 1,049,055.56
    assertTotal(r, "49055.56", "1049055.56");
  }

  /**
   * R2, an accepted equipment upgrade as R1 whose acceptance ({@code eligibleProject}) is not given, with one payment
   * of 40,000 on L1 (第十条 50% = 20,000.00).
   */
  static final String PROJECT_OPEN = PROJECT.substring(0, PROJECT.indexOf("\"eligibleProject\""))
      + """
      "subsidyStart": "2023-01-01", "interestPayments": [
        {"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN", "loanId": "L1", "interestFrom": "2023-02-01",
         "interestUntil": "2024-02-01", "interestPaid": {"amount": 40000, "currency": "CNY"}}]}""";

  @Test
  void test_renovationOpenOnTheLoanTheFirstRuleOpened_everyOutcomeNamesBothFacts_theReasonListsThem() {
    // L1 alone, the first-time borrowing not given, R2's acceptance not given. On L1: 第5条 10,055.56 (a first-time
    // borrower), 第13条 80% × 10,000 = 8,000.00 (the enrolled firm, whoever), 第十条 20,000.00 (R2 accepted). One
    // subsidy per loan, the larger (register §4.1 item 10, §4.6 item 43): R2 accepted, 第十条 takes L1 whatever the
    // borrowing (20,000.00 > 10,055.56 > 8,000.00); not accepted, 第5条 (first-time) or 第13条 (not). So 第5条 pays
    // 10,055.56 only for a first-time borrower whose R2 is not accepted, 第13条 8,000.00 only for another firm whose
    // R2 is not accepted: each is undetermined from 0.00, and both facts decide it
    String profile = profile("", L1.formatted(""), I1, "", PROJECT_OPEN);
    EntitlementReport r = run(profile, "", FIRST_LOAN, TECH_SME, RENOVATION);
    MeasureOutcome first = outcome(r, FIRST_LOAN);
    MeasureOutcome tech = outcome(r, TECH_SME);
    MeasureOutcome renovation = outcome(r, RENOVATION);
    assertAmount(first, Verdict.UNDETERMINED, "0.00", "10055.56");
    assertAmount(tech, Verdict.UNDETERMINED, "0.00", "8000.00");
    assertAmount(renovation, Verdict.UNDETERMINED, "0.00", "20000.00");
    String accepted = "/renovationProjects/0/eligibleProject";
    assertThat(first.missingFacts()).containsExactlyInAnyOrder("/firstTimeBorrower", accepted);
    // before 2026-12-06 第13条 named /firstTimeBorrower alone: its least was zero already, so the renovation rule,
    // which named the other side's facts only where it lowered a least, left it as the first rule had
    assertThat(tech.missingFacts()).containsExactly("/firstTimeBorrower", accepted);
    // 第十条 hangs on R2's acceptance alone (20,000.00 beats both on L1); the rule cannot compare an open loan and
    // names the other side's facts too (register §4.6 item 43: too wide, never too narrow)
    assertThat(renovation.missingFacts()).contains(accepted);
    // 第13条's one reason is the first rule's (it turned the enrolled firm's 8,000.00 undetermined) and lists every
    // fact the outcome waits on, joined in Chinese with 、
    assertThat(tech.reasons()).hasSize(1);
    Reason reason = tech.reasons().get(0);
    assertThat(reason.code()).isEqualTo(StackingInterestSubsidyRule.CODE);
    assertThat(reason.message().en()).isEqualTo("one municipal interest subsidy per loan: which subsidy a loan takes "
        + "is still open, and this one may then pay nothing; it waits on facts not given: /firstTimeBorrower, "
        + accepted);
    assertThat(reason.message().zh()).isEqualTo("同一笔贷款只能享受一次市级贴息：贷款适用哪项贴息尚未确定，本项可能无资助，"
        + "取决于未提供的信息：/firstTimeBorrower、" + accepted);
    assertThat(noted(tech, RenovationLoanStackingRule.CODE)).isTrue();
    // no joint limit while a renovation payment names the open loan (register §4.6 item 54): 0.00 to 10,055.56 +
    // 8,000.00 + 20,000.00 = 38,055.56
    assertThat(r.jointLimits()).isEmpty();
    assertTotal(r, "0.00", "38055.56");
  }

  @Test
  void test_loansSubsidisedElsewhere_neitherSubsidy_theNoteEnumeratesInChinese() {
    // L1 and L2 both already receive another municipal interest subsidy: one per loan ("不重复享受市直其他部门财政
    // 贴息"), so 第5条 has no loan (L1 its only first loan) and 第13条 leaves out both loans' interest: 0.00 each, nothing
    // in reach; the note names the two loans, in Chinese with 、 ("贷款 L1、L2"), in English with ", "
    String elsewhere = "\"subsidisedUnderAnotherMunicipalScheme\": true";
    String profile = profile(FIRST_TIME, L1.formatted("").replace("\"subsidisedUnderAnotherMunicipalScheme\": false",
        elsewhere) + ", " + L2.replace("\"subsidisedUnderAnotherMunicipalScheme\": false", elsewhere),
        I1 + ", " + I2, "", "");
    EntitlementReport r = run(profile, "", FIRST_LOAN, TECH_SME);
    MeasureOutcome tech = outcome(r, TECH_SME);
    assertThat(yuan(outcome(r, FIRST_LOAN).amount().maximum().orElseThrow())).isEqualByComparingTo("0.00");
    assertThat(yuan(tech.amount().maximum().orElseThrow())).isEqualByComparingTo("0.00");
    Reason note = tech.notes().stream().filter(n -> n.code().equals(StackingInterestSubsidyRule.CODE)).findFirst()
        .orElseThrow();
    assertThat(note.message().zh()).contains("贷款 L1、L2 已享受其他市级财政贴息");
    assertThat(note.message().en()).contains("loan(s) L1, L2 already receive another municipal interest subsidy");
    assertTotal(r, "0.00", "0.00");
  }

  @Test
  void test_restatedTaxReliefs_aShenzhenFirmCountsTheShenzhenRestatementOnce() {
    // ShanghaiTaxFirm's figures registered in 深圳市南山区 (440305): 2023 taxable income 1,200,000 before 200,000 of
    // expensed R&D. The R&D super deduction (100% extra, 财政部 税务总局公告2023年第7号): 25% × 200,000 = 50,000.00;
    // taxable income 1,200,000 − 200,000 = 1,000,000 ≤ 3,000,000, 小型微利企业 (300 staff, 50,000,000 assets: 60 and
    // 10,000,000) at 25% × 20% = 5%: 1,000,000 × (25% − 5%) = 200,000.00. Both documents restate the national
    // reliefs (深工信〔2023〕26号 第1条, 沪企服办〔2023〕1号 第二十二条): counted once, under the Shenzhen one for a
    // Shenzhen firm; the Shanghai one is not the firm's, ineligible at 0.00 and out of the total (register §1.7)
    String request = io.github.huiqi.calculators.catalog.engine.ShanghaiTaxFirm.REQUEST
        .replace("\"registrationRegionCode\": \"310115\"", "\"registrationRegionCode\": \"440305\"");
    EntitlementReport r = ENGINE.evaluate(HuiqiJson.read(request, EntitlementRequest.class).withExplain(true));
    String[][] pairs = {{"sz-gxj-2023-26.small-low-profit-enterprise", "sh-qfb-2023-1.small-low-profit-enterprise",
        "200000.00"}, {"sz-gxj-2023-26.rd-super-deduction", "sh-qfb-2023-1.rd-super-deduction", "50000.00"}};
    for (String[] pair : pairs) {
      MeasureOutcome shenzhen = outcome(r, pair[0]);
      MeasureOutcome shanghai = outcome(r, pair[1]);
      assertAmount(shenzhen, Verdict.ELIGIBLE, pair[2], pair[2]);
      assertThat(shenzhen.countedInTotal()).isTrue();
      assertThat(shanghai.verdict()).isEqualTo(Verdict.INELIGIBLE);
      assertThat(yuan(shanghai.amount().maximum().orElseThrow())).isEqualByComparingTo("0.00");
      assertThat(shanghai.countedInTotal()).isFalse();
    }
    // the tax saved, each relief once: 200,000.00 + 50,000.00 = 250,000.00
    javax.money.MonetaryAmount taxSaved = r.totals().byKind().get(io.github.huiqi.core.outcome.AmountKind.TAX_SAVED)
        .minimum();
    assertThat(yuan(taxSaved)).isEqualByComparingTo("250000.00");
  }
}
