package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.EngineOptions;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.ShanghaiTaxFirm;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A QA lead's audit of stacking across measures, through the whole engine ({@code EntitlementEngine.builtIn()}),
 * typed and JSON, with every measure also asked alone. Each figure is worked by hand from the clauses and the
 * decisions register's stated defaults:
 * <ul>
 *   <li>one municipal interest subsidy per loan (2022 首贷 rules "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门
 *       财政贴息", domain §1.7) between 深工信〔2023〕26号 第5条 and 第13条; which one applies, register §4.1 item 10
 *       (default FIRST_CLAIMED, falling back to the larger when neither was claimed; LARGER the option);
 *   <li>the guarantee-fee subsidies no source settles (register §4.4 item 25: COUNT_BOTH default, COUNT_HIGHER);
 *   <li>a restated national tax relief counted once (深工信〔2023〕26号 第1条 vs 沪企服办〔2023〕1号 第二十二条,
 *       register §1.7);
 *   <li>the renovation grant and interest subsidy, explicitly stackable (小升规方案 第十条 "还可叠加享受贷款贴息").
 * </ul>
 * Every case also checks that the total in reach is the sum of the counted outcomes' least and most.
 */
class StackingEngineAuditTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String SZ_SLPE = "sz-gxj-2023-26.small-low-profit-enterprise";
  private static final String SH_SLPE = "sh-qfb-2023-1.small-low-profit-enterprise";
  private static final String SZ_RD = "sz-gxj-2023-26.rd-super-deduction";
  private static final String SH_RD = "sh-qfb-2023-1.rd-super-deduction";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String RENOVATION_INTEREST = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static final String ONE_PER_LOAN = "one-interest-subsidy-per-loan";
  private static final String UNSETTLED = "unsettled-stacking";
  private static final String RESTATED = "restated-tax-relief-counted-once";
  private static final String RENOVATION = "renovation-grant-and-interest-stack";

  /**
   * F1: 2,000,000 drawn 2023-02-15 (in 第5条's "2023年1-3月"), the first drawdown of the firm's first contract, from a
   * Shenzhen bank, at 3.8%. Its first-loan subsidy (第5条 "给予2%的贴息补助…贴息期限不超过6个月"): 2023-02-15 to
   * 2023-08-15 = 13 + 31 + 30 + 31 + 30 + 31 + 15 = 181 days (算头不算尾), ACT/360 (register §4.1 item 1):
   * 2,000,000 × 2% × 181 / 360 = 20,111.111… → 20,111.11 (half-up to the fen, register §4.5 item 35).
   */
  private static final String F1 = """
      {"loanId": "F1", "principal": {"amount": 2000000, "currency": "CNY"}, "drawdownDate": "2023-02-15",
       "maturityDate": "2024-02-15", "annualInterestRate": "3.8%%", "lenderRegionCode": "440300",
       %s"forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  /** F1 known to be the first drawdown of the first contract. */
  static final String F1_FIRST = F1.formatted("\"firstDrawdownOfFirstContract\": true, ");

  /**
   * L2: 1,000,000 drawn 2022-06-01, not a first drawdown (so never the first-loan subsidy's), at 4%, guaranteed by a
   * government guarantor at 1.5% (≤ 50% × 4% = 2%, the 2017 guide's condition), fee paid 15,000.
   */
  private static final String L2 = """
      {"loanId": "L2", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2022-06-01",
       "maturityDate": "2023-05-31", "annualInterestRate": "4%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
       "guarantee": {"governmentGuarantor": true, "guarantorInRegion": true, "reGuaranteed": false,
         "standardFeeRate": "2%", "feeRate": "1.5%", "feePaid": {"amount": 15000, "currency": "CNY"}}}""";

  /** Interest on L2 accrued 2023-01-01 → 2023-04-01, all in 2023: 第13条 80% × 10,000 = 8,000.00. */
  private static final String P2 = """
      {"paymentId": "P2", "loanId": "L2", "accrualStart": "2023-01-01", "accrualEnd": "2023-04-01",
       "paymentDate": "2023-04-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}""";

  /**
   * A 宝安区 manufacturer (C3484; 2022: revenue 15,000,000, 80 employees, small under 工信部联企业〔2011〕300号 第四条
   * （二）), enrolled as a 科技型中小企业 2022-01-01..2025-12-31, a first-time borrower, with the loans, interest
   * payments, guarantee-fee payments and programme receipts of each case.
   */
  static String request(String asOf, String extra, String loans, String interest, String fees) {
    return """
        {"asOf": "%s", %s"profile": {
          %s"legalForm": "ENTERPRISE", "independentLegalPerson": true,
          "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
          "techSme": {"held": true, "since": "2022-01-01", "until": "2025-12-31"},
          "firstTimeBorrower": true, "onSeriousDishonestyList": false,
          "years": [{"year": 2022, "revenue": {"amount": 15000000, "currency": "CNY"}, "employees": 80,
             "totalAssets": {"amount": 20000000, "currency": "CNY"}, "aboveScale": false}],
          "loans": [%s], "interestPayments": [%s], "guaranteeFeePayments": [%s], "insurancePremiumPayments": []}}
        """.formatted(asOf, extra, "\"registrationRegionCode\": \"440306\", "
        + "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, ", loans, interest, fees);
  }

  /** Interest on F1 for the days given, paid on the last. */
  static String p1(String end, String paid) {
    return """
        {"paymentId": "P1", "loanId": "F1", "accrualStart": "2023-02-15", "accrualEnd": "%s",
         "paymentDate": "%s", "interestPaid": {"amount": %s, "currency": "CNY"}}""".formatted(end, end, paid);
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates a request typed and through {@code evaluateJson} (the same report), checks the total in reach against
   * the counted outcomes, and each measure asked alone against the whole run.
   */
  private static EntitlementReport audited(String requestJson) {
    EntitlementRequest request = HuiqiJson.read(requestJson, EntitlementRequest.class);
    EntitlementReport typed = ENGINE.evaluate(request);
    // the same request through the profile-and-date entry point, when it carries no options
    if (request.options().equals(EngineOptions.DEFAULTS) && request.measures().isEmpty()) {
      assertThat(ENGINE.evaluate(request.profile(), request.asOf()).outcomes()).isEqualTo(typed.outcomes());
    }
    assertThat(HuiqiJson.read(ENGINE.evaluateJson(requestJson), EntitlementReport.class)).isEqualTo(typed);
    assertTotalIsSumOfCounted(typed);
    if (request.measures().isEmpty()) {
      for (MeasureOutcome among : typed.outcomes()) {
        EntitlementReport alone = ENGINE.evaluate(request.withMeasures(List.of(among.measure())));
        assertThat(alone.outcomes()).as(among.measure().value()).containsExactly(among);
        assertTotalIsSumOfCounted(alone);
      }
    }
    return typed;
  }

  /**
   * The total in reach is Σ least and Σ most (unbounded if any is) of the outcomes counted in the total, each group of
   * alternatives the report lists counted once, from its joint least to its joint most (decisions register §4.6 items
   * 49 and 50).
   */
  private static void assertTotalIsSumOfCounted(EntitlementReport report) {
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    boolean bounded = true;
    List<MeasureId> grouped = new ArrayList<>();
    for (JointLimit limit : report.jointLimits()) {
      grouped.addAll(limit.measures());
      least = least.add(Cny.yuan(limit.minimum(), "minimum"));
      most = most.add(Cny.yuan(limit.maximum(), "maximum"));
    }
    for (MeasureOutcome outcome : report.outcomes()) {
      if (!outcome.countedInTotal() || grouped.contains(outcome.measure())) {
        continue;
      }
      least = least.add(Cny.yuan(outcome.amount().minimum(), "minimum"));
      Optional<BigDecimal> max = outcome.amount().maximum().map(m -> Cny.yuan(m, "maximum"));
      if (max.isPresent()) {
        most = most.add(max.get());
      } else {
        bounded = false;
      }
    }
    OutcomeAmount inReach = report.totals().inReach();
    assertThat(Cny.yuan(inReach.minimum(), "minimum")).isEqualByComparingTo(least);
    if (bounded) {
      assertThat(inReach.maximum()).isPresent();
      assertThat(Cny.yuan(inReach.maximum().get(), "maximum")).isEqualByComparingTo(most);
    } else {
      assertThat(inReach.maximum()).isEmpty();
    }
  }

  private static MeasureOutcome outcome(EntitlementReport report, String id) {
    return report.outcome(MeasureId.of(id)).orElseThrow();
  }

  private static Optional<Reason> note(MeasureOutcome outcome, String code) {
    return outcome.notes().stream().filter(n -> n.code().equals(code)).findFirst();
  }

  private static OutcomeAmount exactly(String yuan) {
    return OutcomeAmount.exactly(Cny.of(yuan));
  }

  private static OutcomeAmount between(String least, String most) {
    return OutcomeAmount.between(Cny.of(least), Cny.of(most));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_firstLoanAlsoTechSme_theLargerTechSmeSubsidyKeepsTheLoan_firstLoanCutToZero() {
    // F1's interest 2023-02-15 → 2023-08-15: 2,000,000 × 3.8% × 181 / 360 = 38,211.11 paid. 第13条: 2023 interest,
    // first-time borrower 70% + 30 points, "最高…80%": 80% × 38,211.11 = 30,568.888 → 30,568.89. 第5条: 20,111.11
    // (F1's working above). One subsidy per loan; neither claimed, so FIRST_CLAIMED falls back to the larger
    // (register §4.1 item 10): the tech-SME subsidy keeps F1 (30,568.89 > 20,111.11), the first-loan subsidy pays 0
    // on it. Both remain counted (the rule never sets them aside); the first-loan outcome is 0.00 exactly
    String json = request("2023-09-30", "", F1_FIRST, p1("2023-08-15", "38211.11"), "");
    EntitlementReport report = audited(json);
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertThat(first.amount()).isEqualTo(exactly("0.00"));
    assertThat(tech.amount()).isEqualTo(exactly("30568.89"));
    assertThat(first.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.countedInTotal()).isTrue();
    assertThat(tech.countedInTotal()).isTrue();
    for (MeasureOutcome outcome : List.of(first, tech)) {
      Reason rule = note(outcome, ONE_PER_LOAN).orElseThrow();
      assertThat(rule.message().en()).contains("precedence FIRST_CLAIMED").contains("loan F1")
          .contains("the tech-SME subsidy applies");
      assertThat(rule.citation().quote()).hasValue("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息");
    }
    // the two municipal subsidies together: 30,568.89, never 30,568.89 + 20,111.11
    assertThat(report.totals().byKind().get(AmountKind.PAYMENT_TO_FIRM).minimum()).isEqualTo(Cny.of("30568.89"));
  }

  @Test
  void test_firstLoanAlsoTechSme_theLargerFirstLoanSubsidyKeepsTheLoan_techSmeLeavesItsInterestOut() {
    // F1's interest 2023-02-15 → 2023-05-15 of 10,000: 第13条 80% × 10,000 = 8,000.00 < 第5条's 20,111.11, so the
    // first-loan subsidy keeps F1 (register §4.1 item 10, the larger) and the tech-SME subsidy pays 0 on it: it has
    // nothing else, so 0.00
    String json = request("2023-09-30", "", F1_FIRST, p1("2023-05-15", "10000"), "");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("20111.11"));
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("0.00"));
    assertThat(note(outcome(report, TECH_SME), ONE_PER_LOAN).orElseThrow().message().en())
        .contains("the first-loan subsidy applies");
  }

  @Test
  void test_twoLoans_onlyOneAFirstLoan() {
    // F1 as above with 10,000 of interest: the first-loan subsidy's, 20,111.11 (8,000 < 20,111.11). L2 (drawn
    // 2022-06-01, not a first drawdown: 第5条 needs a first loan of "2023年1-3月") is the tech-SME subsidy's only
    // candidate: 80% × 10,000 = 8,000.00, plus the 贴保 of 2020 办法 第十四条（三）, 50% of the 15,000 fee paid in
    // 2023 = 7,500.00: 15,500.00. The reply letter's fee subsidy (2017 guide: loans drawn the year before, ≤
    // 3,000,000, fee rate ≤ 50% of the loan rate): 30% × 15,000 = 4,500.00; stacked with the 贴保 under the default
    // COUNT_BOTH (register §4.4 item 25), each noted
    String json = request("2023-06-30", "", F1_FIRST + ", " + L2, p1("2023-05-15", "10000") + ", " + P2,
        "{\"paymentId\": \"G2\", \"paymentDate\": \"2023-01-10\", \"amountPaid\": {\"amount\": 15000, "
            + "\"currency\": \"CNY\"}}");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("20111.11"));
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("15500.00"));
    assertThat(outcome(report, FEE_SUBSIDY).amount()).isEqualTo(exactly("4500.00"));
    assertThat(outcome(report, TECH_SME).countedInTotal()).isTrue();
    assertThat(outcome(report, FEE_SUBSIDY).countedInTotal()).isTrue();
    assertThat(note(outcome(report, TECH_SME), UNSETTLED).orElseThrow().message().en()).contains("COUNT_BOTH");
    assertThat(note(outcome(report, FEE_SUBSIDY), UNSETTLED).orElseThrow().message().en()).contains("COUNT_BOTH");
    String rule = note(outcome(report, FIRST_LOAN), ONE_PER_LOAN).orElseThrow().message().en();
    assertThat(rule).contains("loan F1").contains("loan L2");
  }

  @Test
  void test_unknownFirstDrawdown_decidesWhichSubsidy_bothRanges() {
    // F1's firstDrawdownOfFirstContract not given: if it is the first drawdown, F1 is the first-loan subsidy's
    // (20,111.11 > 8,000) and the tech-SME subsidy has L2's 8,000.00 only; if not, the first-loan subsidy pays 0 and
    // the tech-SME subsidy adds F1's 8,000.00: 16,000.00. First-loan 0 – 20,111.11, undetermined (it may get
    // nothing); tech-SME 8,000.00 – 16,000.00, eligible (L2's 8,000.00 is its own whatever the answer: decisions
    // register §4.6 item 42; undetermined before the QA audit); both naming /loans/0/firstDrawdownOfFirstContract
    String unguaranteedL2 = L2.replace("\"guaranteed\": true", "\"guaranteed\": false")
        .replaceAll(",\\s*\"guarantee\": \\{[^}]*\\{[^}]*\\}\\}", "");
    String json = request("2023-06-30", "", F1.formatted("") + ", " + unguaranteedL2,
        p1("2023-05-15", "10000") + ", " + P2, "");
    EntitlementReport report = audited(json);
    MeasureOutcome first = outcome(report, FIRST_LOAN);
    MeasureOutcome tech = outcome(report, TECH_SME);
    assertThat(first.amount()).isEqualTo(between("0.00", "20111.11"));
    assertThat(tech.amount()).isEqualTo(between("8000.00", "16000.00"));
    assertThat(first.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(tech.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.missingFacts()).contains("/loans/0/firstDrawdownOfFirstContract");
    assertThat(tech.missingFacts()).contains("/loans/0/firstDrawdownOfFirstContract");
    // one subsidy on F1 (register §4.6 items 49, 50): F1 surely qualifies for the tech-SME subsidy, so the pair gets
    // 0 + 16,000.00 (not a first drawdown) or 20,111.11 + 8,000.00 = 28,111.11 (a first drawdown, the first-loan
    // subsidy the larger on F1): from 16,000.00 to 28,111.11 (before: 0 + 8,000.00 = 8,000.00 to the joint most)
    JointLimit limit = report.jointLimits().get(0);
    assertThat(limit.minimum()).isEqualTo(Cny.of("16000.00"));
    assertThat(limit.maximum()).isEqualTo(Cny.of("28111.11"));
  }

  @Test
  void test_unknownFirstDrawdown_thatCannotChangeTheChoice_isNotAskedByTheTechSmeSubsidy() {
    // F1's first drawdown not given, but the tech-SME subsidy (30,568.89) beats the first-loan one (20,111.11) on F1
    // whatever it is: the tech-SME subsidy keeps F1 for certain (register §4.1 item 10, the larger), 30,568.89; the
    // first-loan subsidy pays 0 whether F1 is a first drawdown or not
    String json = request("2023-09-30", "", F1.formatted(""), p1("2023-08-15", "38211.11"), "");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("30568.89"));
    assertThat(outcome(report, TECH_SME).verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome(report, TECH_SME).missingFacts()).isEmpty();
    assertThat(outcome(report, FIRST_LOAN).amount().minimum()).isEqualTo(Cny.of("0.00"));
  }

  @Test
  void test_unknownProgrammeReceipts_reopenTheLoanToTheFirstLoanSubsidy() {
    // techSmeSubsidyReceived not given: the tech-SME programme's 3,000,000 cap (2020 办法 第十四条（四）) may be spent,
    // so its subsidy runs from 0 (register §4.1 item 8) to 30,568.89; if spent, F1 goes to the first-loan subsidy
    // (a spent cap pays nothing, register §4.1 item 10): 0 – 20,111.11. Both undetermined on /techSmeSubsidyReceived
    String json = request("2023-09-30", "", F1_FIRST, p1("2023-08-15", "38211.11"), "")
        .replace("\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"}, ", "");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(between("0.00", "30568.89"));
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(between("0.00", "20111.11"));
    assertThat(outcome(report, FIRST_LOAN).missingFacts()).contains("/techSmeSubsidyReceived");
    assertThat(outcome(report, TECH_SME).missingFacts()).contains("/techSmeSubsidyReceived");
    assertThat(outcome(report, FIRST_LOAN).verdict()).isEqualTo(Verdict.UNDETERMINED);
  }

  @Test
  void test_aTie_goesToTheFirstLoanSubsidy_underEitherPrecedence() {
    // F1's interest 25,138.89: 第13条 80% × 25,138.89 = 20,111.112 → 20,111.11, equal to 第5条's 20,111.11. Register
    // §4.1 item 10: LARGER takes "the first-loan subsidy on a tie"; FIRST_CLAIMED with no claim falls back to the
    // larger, the same. First-loan 20,111.11, tech-SME 0.00, under both
    for (String options : List.of("", "\"options\": {\"interestSubsidyPrecedence\": \"LARGER\"}, ")) {
      EntitlementReport report = audited(request("2023-09-30", options, F1_FIRST, p1("2023-08-15", "25138.89"), ""));
      assertThat(outcome(report, FIRST_LOAN).amount()).as(options).isEqualTo(exactly("20111.11"));
      assertThat(outcome(report, TECH_SME).amount()).as(options).isEqualTo(exactly("0.00"));
    }
  }

  @Test
  void test_aLoanSubsidisedElsewhere_takesNeither() {
    // F1 already receives another municipal interest subsidy: "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门
    // 财政贴息" (2022 首贷 rules), so neither 第5条 nor 第13条 on it (register §4.1 item 10): first-loan 0.00; the
    // tech-SME subsidy keeps L2's 80% × 10,000 = 8,000.00 only, not F1's 80% × 38,211.11
    String elsewhere = F1_FIRST.replace("\"subsidisedUnderAnotherMunicipalScheme\": false",
        "\"subsidisedUnderAnotherMunicipalScheme\": true");
    String unguaranteedL2 = L2.replace("\"guaranteed\": true", "\"guaranteed\": false")
        .replaceAll(",\\s*\"guarantee\": \\{[^}]*\\{[^}]*\\}\\}", "");
    EntitlementReport report = audited(request("2023-09-30", "", elsewhere + ", " + unguaranteedL2,
        p1("2023-08-15", "38211.11") + ", " + P2, ""));
    assertThat(outcome(report, FIRST_LOAN).amount().maximum()).hasValue(Cny.of("0.00"));
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("8000.00"));
    assertThat(note(outcome(report, TECH_SME), ONE_PER_LOAN).orElseThrow().message().en())
        .contains("already receive another municipal interest subsidy");
  }

  @Test
  void test_sharedCaps_aSpentYearlyCapLeavesTheFirstLoanToTheFirstLoanSubsidy() {
    // L2 (150,000,000 drawn 2022-06-01, not a first drawdown) has 1,300,000 of 2023 interest: 第13条 80% × 1,300,000
    // = 1,040,000 > the programme's 1,000,000 a firm a year (2020 办法 第十四条（四）, register §4.1 item 8): L2 alone
    // spends the yearly cap. F1 (drawn later, 2023-02-15) would get 80% × 38,211.11 = 30,568.89 from the tech-SME
    // subsidy before caps, more than 第5条's 20,111.11, but the tech-SME cap has nothing left for it: "each counted
    // within what its caps leave after the loans drawn before it (a subsidy whose cap is spent pays nothing)"
    // (register §4.1 item 10). So F1 is the first-loan subsidy's, 20,111.11, and the tech-SME subsidy is 1,000,000.00:
    // 1,020,111.11 in all, not 1,000,000.00
    String bigL2 = L2.replace("\"amount\": 1000000,", "\"amount\": 150000000,")
        .replace("\"guaranteed\": true", "\"guaranteed\": false")
        .replaceAll(",\\s*\"guarantee\": \\{[^}]*\\{[^}]*\\}\\}", "");
    String bigP2 = P2.replace("\"amount\": 10000,", "\"amount\": 1300000,");
    EntitlementReport report = audited(request("2023-09-30", "", F1_FIRST + ", " + bigL2,
        p1("2023-08-15", "38211.11") + ", " + bigP2, ""));
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("20111.11"));
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("1000000.00"));
    // each outcome is already what it is alone (the yearly cap binds the tech-SME one either way), so the rule,
    // which notes only what it changes, adds no note
    assertThat(note(outcome(report, FIRST_LOAN), ONE_PER_LOAN)).isEmpty();
  }

  @Test
  void test_sharedCaps_theFirstLoanCapIsComparedNotTheUncappedFigure() {
    // F1 of 30,000,000: 第5条 30,000,000 × 2% × 181 / 360 = 301,666.67, "单户企业贴息金额最高20万元": 200,000.00.
    // Its interest 30,000,000 × 3.8% × 181 / 360 = 573,166.67; 第13条 80% × 573,166.67 = 458,533.336 → 458,533.34
    // (within the 1,000,000 yearly cap). The larger keeps F1 (register §4.1 item 10): the tech-SME subsidy,
    // 458,533.34; the first-loan subsidy 0.00
    String bigF1 = F1_FIRST.replace("\"amount\": 2000000,", "\"amount\": 30000000,");
    EntitlementReport report = audited(request("2023-09-30", "", bigF1, p1("2023-08-15", "573166.67"), ""));
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("458533.34"));
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("0.00"));
  }

  @Test
  void test_optionLarger_sameLoanSameChoice_theNoteNamesTheOption() {
    // LARGER (register §4.1 item 10): the larger whatever was claimed; F1 records no claim, so it goes to
    // the tech-SME subsidy as under the default: 30,568.89 and 0.00; the note names LARGER
    String json = request("2023-09-30", "\"options\": {\"interestSubsidyPrecedence\": \"LARGER\"}, ", F1_FIRST,
        p1("2023-08-15", "38211.11"), "");
    EntitlementReport report = audited(json);
    assertThat(report.options().interestSubsidyPrecedence()).isEqualTo(StackingPrecedence.LARGER);
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("30568.89"));
    assertThat(outcome(report, FIRST_LOAN).amount()).isEqualTo(exactly("0.00"));
    assertThat(note(outcome(report, FIRST_LOAN), ONE_PER_LOAN).orElseThrow().message().en())
        .contains("precedence LARGER");
    // the Java entry point with the option gives the same report
    EntitlementReport java = ENGINE.withOptions(EngineOptions.DEFAULTS
        .withInterestSubsidyPrecedence(StackingPrecedence.LARGER)).evaluate(
            HuiqiJson.read(json, EntitlementRequest.class).profile(), report.asOf());
    assertThat(java.outcomes()).isEqualTo(report.outcomes());
  }

  @Test
  void test_optionCountHigher_theLowerGuaranteeFeeSubsidyIsSetAside() {
    // the two-loan case under COUNT_HIGHER (就高不重复, register §4.4 item 25): the tech-SME outcome 15,500.00 is
    // higher than the fee subsidy's 4,500.00, which is set aside (kept, not counted), each note naming COUNT_HIGHER.
    // In reach from these three: 20,111.11 + 15,500.00 = 35,611.11 (4,500.00 left out)
    String json = request("2023-06-30", "\"options\": {\"unsettledStacking\": \"COUNT_HIGHER\"}, ",
        F1_FIRST + ", " + L2, p1("2023-05-15", "10000") + ", " + P2,
        "{\"paymentId\": \"G2\", \"paymentDate\": \"2023-01-10\", \"amountPaid\": {\"amount\": 15000, "
            + "\"currency\": \"CNY\"}}");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, FEE_SUBSIDY).amount()).isEqualTo(exactly("4500.00"));
    assertThat(outcome(report, FEE_SUBSIDY).countedInTotal()).isFalse();
    assertThat(outcome(report, TECH_SME).countedInTotal()).isTrue();
    assertThat(note(outcome(report, FEE_SUBSIDY), UNSETTLED).orElseThrow().message().en()).contains("COUNT_HIGHER");
    assertThat(note(outcome(report, TECH_SME), UNSETTLED).orElseThrow().message().en()).contains("COUNT_HIGHER");
    EntitlementReport both = audited(json.replace("COUNT_HIGHER", "COUNT_BOTH"));
    // the total in reach drops by exactly the 4,500.00 set aside
    assertThat(Cny.yuan(both.totals().inReach().minimum(), "minimum")
        .subtract(Cny.yuan(report.totals().inReach().minimum(), "minimum"))).isEqualByComparingTo("4500.00");
  }

  @Test
  void test_optionCountHigher_aTechSmeOutcomeWithNoFee_setsNothingAside() {
    // the tech-SME outcome here subsidises interest only: the profile's guarantee-fee payments are known and empty,
    // so its 贴保 is nil and no fee can draw both subsidies (register §4.4 item 25: "both subsidise the guarantee fees
    // paid, and no source says whether one fee may draw both"). The fee subsidy's 4,500.00 then stacks with nothing
    // and counts under COUNT_HIGHER too
    String json = request("2023-06-30", "\"options\": {\"unsettledStacking\": \"COUNT_HIGHER\"}, ",
        F1_FIRST + ", " + L2, p1("2023-05-15", "10000") + ", " + P2, "");
    EntitlementReport report = audited(json);
    assertThat(outcome(report, TECH_SME).amount()).isEqualTo(exactly("8000.00"));
    assertThat(outcome(report, FEE_SUBSIDY).amount()).isEqualTo(exactly("4500.00"));
    assertThat(outcome(report, FEE_SUBSIDY).countedInTotal()).isTrue();
    assertThat(outcome(report, TECH_SME).countedInTotal()).isTrue();
    assertThat(note(outcome(report, FEE_SUBSIDY), UNSETTLED)).isEmpty();
    assertThat(note(outcome(report, TECH_SME), UNSETTLED)).isEmpty();
    // a fee payment of zero subsidises nothing either; one of 15,000 brings the question back (the case above)
    String zeroFee = json.replace("\"guaranteeFeePayments\": []", "\"guaranteeFeePayments\": [{\"paymentId\": "
        + "\"G0\", \"paymentDate\": \"2023-01-10\", \"amountPaid\": {\"amount\": 0, \"currency\": \"CNY\"}}]");
    assertThat(outcome(audited(zeroFee), FEE_SUBSIDY).countedInTotal()).isTrue();
  }

  //-------------------------------------------------------------------------
  /** The 浦东 software firm of the restated-relief audits ({@link ShanghaiTaxFirm}). */
  static final String TAX_FIRM = ShanghaiTaxFirm.REQUEST;

  @Test
  void test_shanghaiFirm_restatedReliefCountedOnce_underTheShanghaiRestatement() {
    // R&D: 财政部 税务总局 公告2023年第7号 100% extra deduction, 200,000 → taxable income 1,000,000; saving at the
    // standard 25%: 50,000.00. 小型微利企业 (2023年第6号 / 沪企服办〔2023〕1号 第二十二条 "减按25%计入应纳税所得额，
    // 按20%的税率"): 1,000,000 × 25% − 1,000,000 × 25% × 20% = 250,000 − 50,000 = 200,000.00. Counted once, under
    // 第二十二条 (the firm's own region's restatement, register §1.7); 深工信〔2023〕26号 第1条's outcomes are not the
    // firm's: ineligible, zero, not counted, noted. Tax saved 250,000.00, not 500,000.00
    EntitlementReport report = audited(TAX_FIRM);
    assertThat(outcome(report, SH_SLPE).amount()).isEqualTo(exactly("200000.00"));
    assertThat(outcome(report, SH_RD).amount()).isEqualTo(exactly("50000.00"));
    assertThat(outcome(report, SH_SLPE).countedInTotal()).isTrue();
    for (String id : List.of(SZ_SLPE, SZ_RD)) {
      MeasureOutcome shenzhen = outcome(report, id);
      assertThat(shenzhen.verdict()).as(id).isEqualTo(Verdict.INELIGIBLE);
      assertThat(shenzhen.amount()).as(id).isEqualTo(exactly("0.00"));
      assertThat(shenzhen.countedInTotal()).as(id).isFalse();
      assertThat(note(shenzhen, RESTATED).orElseThrow().message().en()).as(id).contains("counted once");
    }
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED)).isEqualTo(exactly("250000.00"));
  }

  @Test
  void test_unknownRegion_restatedReliefCountedOnce_underTheRestatementForAnywhere() {
    // the region not given: the relief counts under 深工信〔2023〕26号 第1条, listed for any region (register §1.7),
    // with the same national arithmetic, 200,000.00 and 50,000.00; 第二十二条's outcomes, undetermined on the
    // region, are set aside (not counted) with the note. Tax saved still 250,000.00
    EntitlementReport report = audited(TAX_FIRM.replace("\"registrationRegionCode\": \"310115\", ", ""));
    assertThat(outcome(report, SZ_SLPE).amount()).isEqualTo(exactly("200000.00"));
    assertThat(outcome(report, SZ_RD).amount()).isEqualTo(exactly("50000.00"));
    assertThat(outcome(report, SZ_SLPE).countedInTotal()).isTrue();
    for (String id : List.of(SH_SLPE, SH_RD)) {
      MeasureOutcome shanghai = outcome(report, id);
      assertThat(shanghai.countedInTotal()).as(id).isFalse();
      assertThat(shanghai.verdict()).as(id).isEqualTo(Verdict.UNDETERMINED);
      assertThat(note(shanghai, RESTATED)).as(id).isPresent();
    }
    assertThat(report.totals().byKind().get(AmountKind.TAX_SAVED)).isEqualTo(exactly("250000.00"));
  }

  //-------------------------------------------------------------------------
  @Test
  void test_renovationGrantAndInterestOnOneProject_bothCount() {
    // 小升规方案 第十条: equipment upgrade (技术装备升级换代改造) ≤ 10% of the eligible investment 6,000,000 (register
    // §4.4 item 26): 0 – 600,000.00, the authority fixing the figure; "还可叠加享受贷款贴息，按实际支付利息的50%": 50% ×
    // 120,000 = 60,000.00 (≤ 5,000,000). Both count, each noted; neither amount changes
    String project = """
        "renovationProjects": [
          {"projectId": "R1", "category": "EQUIPMENT_UPGRADE", "eligibleInvestment": {"amount": 6000000,
           "currency": "CNY"}, "totalInvestment": {"amount": 6000000, "currency": "CNY"},
           "fixedAssetInvestment": {"amount": 5400000, "currency": "CNY"},
           "equipmentInvestment": {"amount": 4000000, "currency": "CNY"}, "eligibleProject": true,
           "subsidyStart": "2023-01-01", "interestPayments": [{"paymentId": "RI1", "kind": "BANK_FIXED_ASSET_LOAN",
             "interestFrom": "2023-01-01", "interestUntil": "2023-07-01",
             "interestPaid": {"amount": 120000, "currency": "CNY"}}]}], """;
    String json = request("2023-06-30", "", "", "", "").replace("\"loans\": [], ", project + "\"loans\": [], ");
    EntitlementReport report = audited(json);
    MeasureOutcome grant = outcome(report, GRANT);
    MeasureOutcome interest = outcome(report, RENOVATION_INTEREST);
    assertThat(grant.amount()).isEqualTo(between("0.00", "600000.00"));
    assertThat(interest.amount()).isEqualTo(exactly("60000.00"));
    assertThat(grant.countedInTotal()).isTrue();
    assertThat(interest.countedInTotal()).isTrue();
    assertThat(note(grant, RENOVATION).orElseThrow().message().en()).contains("both count");
    assertThat(note(interest, RENOVATION).orElseThrow().message().en()).contains("both count");
  }
}
