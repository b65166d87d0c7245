package io.github.huiqi.calculators.qa;

import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.MeasureId;
import java.util.ArrayList;
import java.util.List;

/**
 * Boundary cases that pin pack figures no published vector or seeded firm sits on: each an engine request for one
 * measure, placed where the figure decides (a loan rate on the minimum, a 2022 interest payment outside the 2023
 * uplift, a recognition on the window's first day). {@code PinnedCasesTest} checks each against its hand-worked
 * amount; {@link MutationOracles} runs them under every mutant, so the figure they pin is noticed when nudged.
 */
final class PinnedCases {

  /** 深工信〔2023〕26号 第5条, the first-loan interest subsidy. */
  static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  /** 深工信〔2023〕26号 第13条, the tech-SME interest subsidy. */
  static final MeasureId TECH_SME = MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy");
  /** 沪企服办〔2023〕1号 (十五), the guaranteed first-loan interest subsidy. */
  static final MeasureId SHANGHAI_FIRST_LOAN = MeasureId.of("sh-qfb-2023-1.first-loan-interest-subsidy");
  /** 深工信〔2023〕26号 第4条, the risk-compensation pool. */
  static final MeasureId RISK_POOL = MeasureId.of("sz-gxj-2023-26.risk-compensation-pool");
  /** 沪企服办〔2023〕1号 第三条, the 30% uplift on achievement-transfer support. */
  static final MeasureId TRANSFER_UPLIFT = MeasureId.of("sh-qfb-2023-1.achievement-transfer-uplift");
  /** 沪企服办〔2023〕1号, the awards to firms newly recognised 专精特新 or 小巨人. */
  static final MeasureId SH_RECOGNITION = MeasureId.of("sh-qfb-2023-1.specialised-recognition-award");
  /** 沪企服办〔2023〕1号, the municipal technical-renovation support. */
  static final MeasureId SH_RENOVATION = MeasureId.of("sh-qfb-2023-1.technical-renovation-support");
  /** 沪企服办〔2023〕1号, the digital-service contract support. */
  static final MeasureId SH_DIGITAL = MeasureId.of("sh-qfb-2023-1.digital-service-contract-support");
  /** The 2021 reply letter's guarantee-fee subsidy for small and micro firms. */
  static final MeasureId GUARANTEE_FEE_SUBSIDY = MeasureId.of(
      "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy");
  /** 《深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)》第十条, the technical-renovation grant. */
  static final MeasureId RENOVATION_GRANT = MeasureId.of("sz-gxj-2022-small-to-scale.technical-renovation-grant");
  /** 深工信〔2023〕26号 第1条, the R&amp;D super deduction (restating the national instruments). */
  static final MeasureId SZ_RD = MeasureId.of("sz-gxj-2023-26.rd-super-deduction");
  /** 沪企服办〔2023〕1号 第二十二条, the R&amp;D super deduction (restating the national instruments). */
  static final MeasureId SH_RD = MeasureId.of("sh-qfb-2023-1.rd-super-deduction");
  /** 深工信〔2023〕26号 第1条, the small-scale VAT relief (restating the national instruments). */
  static final MeasureId SZ_VAT = MeasureId.of("sz-gxj-2023-26.small-scale-vat");
  /** 沪企服办〔2023〕1号 第二十二条, the small-scale VAT relief (restating the national instruments). */
  static final MeasureId SH_VAT = MeasureId.of("sh-qfb-2023-1.small-scale-vat");
  /** 深工信〔2023〕26号 第1条, the 小型微利企业 income-tax relief (restating the national instruments). */
  static final MeasureId SZ_SLP = MeasureId.of("sz-gxj-2023-26.small-low-profit-enterprise");
  /** 沪企服办〔2023〕1号 第二十二条, the 小型微利企业 income-tax relief (restating the national instruments). */
  static final MeasureId SH_SLP = MeasureId.of("sh-qfb-2023-1.small-low-profit-enterprise");
  /** 沪企服办〔2023〕1号 第二条, the reward to a high-tech firm first entering the 四上 statistics. */
  static final MeasureId SH_FOUR_ABOVE = MeasureId.of("sh-qfb-2023-1.four-above-high-tech-reward");
  /** 沪企服办〔2023〕1号 第六条, the green-upgrade support. */
  static final MeasureId SH_GREEN = MeasureId.of("sh-qfb-2023-1.green-upgrade-support");
  /** 深工信〔2023〕26号 第6条, the guarantee-fee reduction. */
  static final MeasureId SZ_GUARANTEE_FEE = MeasureId.of("sz-gxj-2023-26.guarantee-fee-reduction");
  /** 深工信〔2023〕26号 第7条, the deferral of loans due in 2022's fourth quarter. */
  static final MeasureId SZ_DEFERRAL = MeasureId.of("sz-gxj-2023-26.loan-deferral");
  /** 沪企服办〔2023〕1号 第二十条, the late fee waived on deferred social-insurance contributions repaid in time. */
  static final MeasureId SH_LATE_FEE = MeasureId.of("sh-qfb-2023-1.insurance-late-fee-waiver");
  /** 深工信〔2023〕26号 第17条, the digital-platform subsidy. */
  static final MeasureId SZ_PLATFORM = MeasureId.of("sz-gxj-2023-26.digital-platform-subsidy");
  /** The 专精特新 draft measures 第十二条, the public service platforms' half fee. */
  static final MeasureId DRAFT_PLATFORM_FEE = MeasureId.of("sz-gxj-zjtx-32-draft.platform-service-fee");
  /** The 2021 reply letter 一, 龙岗区's share-of-rent support for high-tech firms in district parks. */
  static final MeasureId LONGGANG_RENT = MeasureId.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy");
  /** The 2021 reply letter, the policy rent of 创新型产业用房 (30%–70% under the reference rent). */
  static final MeasureId POLICY_RENT = MeasureId.of("sz-gxj-2021-reply-20210370.innovation-space-rent");
  /** The 2021 reply letter 一, the 专精特新 award. */
  static final MeasureId SPECIALISED_AWARD = MeasureId.of("sz-gxj-2021-reply-20210370.specialised-award");

  private PinnedCases() {
  }

  /** All the cases, in the order of this class. */
  static List<EntitlementRequest> all() {
    List<EntitlementRequest> cases = new ArrayList<>(List.of(firstLoanAt("2%"), firstLoanAt("1.99%"),
        techSme2022Interest(false),
        techSme2023InterestAfterReceiving("2996000"), techSmePremium(), shanghaiFirstLoanDrawnOn("2022-12-31"),
        intelligentRenovation(4, "9600000"), intelligentRenovation(2, "9600000"), intelligentRenovation(1, "9600000"),
        intelligentRenovation(3, "9540000"), riskPoolLoans(), transferSupports(), guaranteeFeeLimits(),
        shanghaiEdgeEvents(SH_RENOVATION, "sh-technical-renovation-project", "10000000"),
        shanghaiEdgeEvents(SH_DIGITAL, "sh-digital-service-contract", "100000"), provincialRecognition(),
        municipalRecognitionOn("2022-04-08"), recognisedOn("specialisedAndInnovative", "2021-01-01"),
        recognisedOn("specialisedAndInnovative", "2020-12-31"), recognisedOn("littleGiant", "2021-01-01"),
        recognisedOn("littleGiant", "2020-12-31"), shanghaiRecognisedOn("littleGiant", "2023-01-01"),
        shanghaiRecognisedOn("littleGiant", "2022-12-31"),
        shanghaiRecognisedOn("specialisedAndInnovative", "2023-12-31"),
        shanghaiRecognisedOn("specialisedAndInnovative", "2024-01-01"), rdEntrustedAndIntangible(SZ_RD),
        rdEntrustedAndIntangible(SH_RD), rdOverseasOverItsCap(SZ_RD), rdOverseasOverItsCap(SH_RD),
        rdOtherCostsOverTheCap(SZ_RD), rdOtherCostsOverTheCap(SH_RD)));
    cases.addAll(vatYears(SZ_VAT));
    cases.addAll(vatYears(SH_VAT));
    cases.addAll(smallLowProfitYears(SZ_SLP));
    cases.addAll(smallLowProfitYears(SH_SLP));
    cases.addAll(windowEdgeEvents());
    cases.addAll(halfFenAmounts());
    return List.copyOf(cases);
  }

  /**
   * A first loan of 1,000,000 drawn 2023-01-15 and repaid 2023-04-15 (90 days, in the 2023-01-01..03-31 window),
   * at an annual rate given: the first-loan vector's loan (first-loan/ninety-days) at another rate.
   */
  static EntitlementRequest firstLoanAt(String annualRate) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "independentLegalPerson": true, "firstTimeBorrower": true,
        "onSeriousDishonestyList": false,
        "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
          "drawdownDate": "2023-01-15", "maturityDate": "2024-01-15", "repaymentDate": "2023-04-15",
          "annualInterestRate": "%s", "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": true,
          "forProductionOrOperation": true, "subsidisedUnderAnotherMunicipalScheme": false}]
        """.formatted(annualRate), FIRST_LOAN);
  }

  /** A tech SME's 10,000 of interest accrued 2022-10-01..2023-01-01 (all in 2022), paid 2023-01-01. */
  static EntitlementRequest techSme2022Interest(boolean firstTimeBorrower) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "techSme": {"held": true}, "firstTimeBorrower": %s,
        "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
        "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2022-10-01",
          "accrualEnd": "2023-01-01", "paymentDate": "2023-01-01",
          "interestPaid": {"amount": 10000, "currency": "CNY"}}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": []
        """.formatted(firstTimeBorrower), TECH_SME);
  }

  /**
   * A tech SME's 10,000 of interest accrued 2023-01-01..2023-04-01 (the vector tech-sme/interest-2023-at-80-
   * percent), having received the amount given from the programme before.
   */
  static EntitlementRequest techSme2023InterestAfterReceiving(String received) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "techSme": {"held": true}, "firstTimeBorrower": false,
        "techSmeSubsidyReceived": {"amount": %s, "currency": "CNY"},
        "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-01-01",
          "accrualEnd": "2023-04-01", "paymentDate": "2023-04-01",
          "interestPaid": {"amount": 10000, "currency": "CNY"}}],
        "guaranteeFeePayments": [], "insurancePremiumPayments": []
        """.formatted(received), TECH_SME);
  }

  /** A tech SME's 10,000 of small-loan guarantee-insurance premium paid 2023-05-01, and no interest. */
  static EntitlementRequest techSmePremium() {
    return techSmePremium("10000");
  }

  /** A tech SME's small-loan guarantee-insurance premium of the amount given, paid 2023-05-01, and no interest. */
  static EntitlementRequest techSmePremium(String premium) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "techSme": {"held": true}, "firstTimeBorrower": false,
        "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"}, "interestPayments": [],
        "guaranteeFeePayments": [], "insurancePremiumPayments": [{"paymentId": "P1", "paymentDate": "2023-05-01",
          "amountPaid": {"amount": %s, "currency": "CNY"}}]
        """.formatted(premium), TECH_SME);
  }

  /**
   * A small Shanghai firm's first 普惠 loan of 1,000,000, guaranteed by the municipal policy fund, from a Shanghai
   * lender, drawn on the date given and due a year later.
   */
  static EntitlementRequest shanghaiFirstLoanDrawnOn(String drawdown) {
    String due = java.time.LocalDate.parse(drawdown).plusYears(1).toString();
    return request("2023-12-31", """
        "registrationRegionCode": "310115", "independentLegalPerson": true, "size": "SMALL",
        "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
          "drawdownDate": "%s", "maturityDate": "%s", "annualInterestRate": "3.65%%",
          "lenderRegionCode": "310115", "firstInclusiveFinanceLoan": true, "forProductionOrOperation": true,
          "guarantee": {"governmentGuarantor": true, "policyFund": true}}]
        """.formatted(drawdown, due), SHANGHAI_FIRST_LOAN);
  }

  /**
   * One intelligent-manufacturing renovation project (the vector renovation-grant/up-to-the-projects-maximums' P-1):
   * 10,000,000 eligible of 12,000,000 total investment, 6,720,000 of it equipment, reaching the maturity level given,
   * with the fixed-asset investment given.
   */
  static EntitlementRequest intelligentRenovation(int level, String fixedAssetInvestment) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305",
        "renovationProjects": [{"projectId": "P-1", "category": "INTELLIGENT", "maturityLevel": %d,
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"},
          "totalInvestment": {"amount": 12000000, "currency": "CNY"},
          "fixedAssetInvestment": {"amount": %s, "currency": "CNY"},
          "equipmentInvestment": {"amount": 6720000, "currency": "CNY"}, "eligibleProject": true,
          "interestPayments": []}]
        """.formatted(level, fixedAssetInvestment), RENOVATION_GRANT);
  }

  /**
   * Fourteen loans of 1,000,000 each, all wholly non-performing a year after the drawdown (the shape of the vector
   * risk-pool/in-the-window-and-the-day-before): four general loans drawn around the 2022 uplift window (2022-02-28,
   * 03-01, 06-30, 07-01), three around the 2023 one (2023-01-01, 03-31, 04-01), and one loan of each of the seven
   * other categories drawn 2022-12-31, outside both windows.
   */
  static EntitlementRequest riskPoolLoans() {
    StringBuilder loans = new StringBuilder();
    String[][] rows = {{"W0", "2022-02-28", "GENERAL"}, {"W1", "2022-03-01", "GENERAL"},
        {"W2", "2022-06-30", "GENERAL"}, {"W3", "2022-07-01", "GENERAL"}, {"W4", "2023-01-01", "GENERAL"},
        {"W5", "2023-03-31", "GENERAL"}, {"W6", "2023-04-01", "GENERAL"}, {"C1", "2022-12-31", "FIRST_LOAN"},
        {"C2", "2022-12-31", "CREDIT"}, {"C3", "2022-12-31", "TECH_ENTERPRISE"},
        {"C4", "2022-12-31", "INTELLECTUAL_PROPERTY"}, {"C5", "2022-12-31", "GREEN"},
        {"C6", "2022-12-31", "INDIVIDUAL_BUSINESS"}, {"C7", "2022-12-31", "SMALL_MICRO_BUSINESS_OWNER"}};
    for (String[] row : rows) {
      java.time.LocalDate drawn = java.time.LocalDate.parse(row[1]);
      loans.append(loans.length() == 0 ? "" : ", ").append("""
          {"loanId": "%s", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "%s",
            "maturityDate": "%s", "annualInterestRate": "4%%", "guaranteed": false, "riskPoolCategory": "%s",
            "underOtherRiskCompensation": false, "nonPerforming": {"since": "%s",
            "principalOutstanding": {"amount": 1000000, "currency": "CNY"}}}
          """.formatted(row[0], drawn, drawn.plusYears(2), row[2], drawn.plusYears(1)));
    }
    return request("2024-06-30", "\"registrationRegionCode\": \"440305\", \"loans\": [" + loans + "]", RISK_POOL);
  }

  /**
   * A Shanghai tech SME (enrolled 2022-05-10) granted 100,000 of achievement-transfer support on each of 2022-12-31,
   * 2023-01-01 and 2023-12-31.
   */
  static EntitlementRequest transferSupports() {
    return request("2023-12-31", """
        "registrationRegionCode": "310115", "size": "SMALL", "techSme": {"held": true, "since": "2022-05-10"},
        "grantEvents": [
          {"eventId": "T0", "code": "sh-achievement-transfer-support", "date": "2022-12-31",
            "amount": {"amount": 100000, "currency": "CNY"}},
          {"eventId": "T1", "code": "sh-achievement-transfer-support", "date": "2023-01-01",
            "amount": {"amount": 100000, "currency": "CNY"}},
          {"eventId": "T2", "code": "sh-achievement-transfer-support", "date": "2023-12-31",
            "amount": {"amount": 100000, "currency": "CNY"}}]
        """, TRANSFER_UPLIFT);
  }

  /**
   * A small Shanghai firm with three events of the code given, each of the amount given, on 2022-12-31, 2023-01-01
   * and 2023-12-31: around the edges of a 2023 window.
   */
  static EntitlementRequest shanghaiEdgeEvents(MeasureId measure, String code, String amount) {
    StringBuilder events = new StringBuilder();
    for (String date : List.of("2022-12-31", "2023-01-01", "2023-12-31")) {
      events.append(events.length() == 0 ? "" : ", ").append("""
          {"eventId": "E%s", "code": "%s", "date": "%s", "amount": {"amount": %s, "currency": "CNY"}}
          """.formatted(date, code, date, amount));
    }
    return request("2023-12-31", "\"registrationRegionCode\": \"310115\", \"size\": \"SMALL\", \"grantEvents\": ["
        + events + "]", measure);
  }

  /**
   * A small Shenzhen firm's three guaranteed loans of 2022 (the shape of the vector guarantee-fee-subsidy/the-year-
   * before): L1 of 3,000,000.01 at 4% with a 2% fee (60,000 paid); L2 of 1,000,000 at 4% with a 2.01% fee (20,100
   * paid); L3 of 1,000,000 at 4% with a 2% fee (20,000 paid).
   */
  static EntitlementRequest guaranteeFeeLimits() {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "size": "SMALL", "loans": [
          %s, %s, %s]
        """.formatted(guaranteedLoan("L1", "3000000.01", "2%", "60000"), guaranteedLoan("L2", "1000000", "2.01%",
        "20100"), guaranteedLoan("L3", "1000000", "2%", "20000")), GUARANTEE_FEE_SUBSIDY);
  }

  private static String guaranteedLoan(String id, String principal, String feeRate, String feePaid) {
    return """
        {"loanId": "%s", "principal": {"amount": %s, "currency": "CNY"}, "drawdownDate": "2022-04-01",
          "maturityDate": "2023-04-01", "annualInterestRate": "4%%", "guarantee": {"guarantorInRegion": true,
          "feeRate": "%s", "feePaid": {"amount": %s, "currency": "CNY"}}, "vehicleOrRealEstatePurchase": false}
        """.formatted(id, principal, feeRate, feePaid);
  }

  /** A Shenzhen firm recognised 专精特新 (read as the provincial recognition) on 2022-09-01, not a 小巨人. */
  static EntitlementRequest provincialRecognition() {
    return request("2023-10-31", """
        "registrationRegionCode": "440305", "specialisedAndInnovative": {"held": true, "since": "2022-09-01"},
        "littleGiant": {"held": false}, "grantEvents": []
        """, SPECIALISED_AWARD);
  }

  /**
   * A Shenzhen firm holding one recognition only, 专精特新 ({@code specialisedAndInnovative}) or 小巨人 ({@code
   * littleGiant}), since the date given.
   */
  static EntitlementRequest recognisedOn(String qualification, String since) {
    return recognisedOn(qualification, since, "2023-10-31");
  }

  /** As {@link #recognisedOn(String, String)}, evaluated on the date given. */
  static EntitlementRequest recognisedOn(String qualification, String since, String asOf) {
    String other = qualification.equals("littleGiant") ? "specialisedAndInnovative" : "littleGiant";
    return request(asOf, """
        "registrationRegionCode": "440305", "%s": {"held": true, "since": "%s"}, "%s": {"held": false},
        "grantEvents": []
        """.formatted(qualification, since, other), SPECIALISED_AWARD);
  }

  /** A small Shanghai firm holding one recognition only, 专精特新 or 小巨人, since the date given; evaluated 2023-12-31. */
  static EntitlementRequest shanghaiRecognisedOn(String qualification, String since) {
    String other = qualification.equals("littleGiant") ? "specialisedAndInnovative" : "littleGiant";
    return request("2023-12-31", """
        "registrationRegionCode": "310115", "size": "SMALL", "%s": {"held": true, "since": "%s"},
        "%s": {"held": false}, "grantEvents": []
        """.formatted(qualification, since, other), SH_RECOGNITION);
  }

  /** A Shenzhen firm with a municipal 专精特新 recognition on the date given, and no other. */
  static EntitlementRequest municipalRecognitionOn(String date) {
    return municipalRecognitionOn(date, "2023-10-31");
  }

  /** As {@link #municipalRecognitionOn(String)}, evaluated on the date given. */
  static EntitlementRequest municipalRecognitionOn(String date, String asOf) {
    return request(asOf, """
        "registrationRegionCode": "440305", "specialisedAndInnovative": {"held": false},
        "littleGiant": {"held": false},
        "grantEvents": [{"eventId": "S-1", "code": "sz-municipal-specialised-recognition", "date": "%s"}]
        """.formatted(date), SPECIALISED_AWARD);
  }

  /**
   * An R&amp;D firm's tax year 2023 (1,200,000 of personnel costs): 500,000 of R&amp;D entrusted to a domestic entity,
   * 500,000 to an overseas entity, and an intangible of 1,200,000 amortised all twelve months over the default life.
   */
  static EntitlementRequest rdEntrustedAndIntangible(MeasureId measure) {
    return rdYear(measure, "1200000", "0", """
        {"entrustee": "DOMESTIC", "price": {"amount": 500000, "currency": "CNY"}},
        {"entrustee": "OVERSEAS_ENTITY", "price": {"amount": 500000, "currency": "CNY"}}""",
        "{\"cost\": {\"amount\": 1200000, \"currency\": \"CNY\"}, \"monthsInYear\": 12}");
  }

  /** An R&amp;D firm's tax year 2023: 1,200,000 of personnel costs and 1,500,000 entrusted to an overseas entity. */
  static EntitlementRequest rdOverseasOverItsCap(MeasureId measure) {
    return rdYear(measure, "1200000", "0",
        "{\"entrustee\": \"OVERSEAS_ENTITY\", \"price\": {\"amount\": 1500000, \"currency\": \"CNY\"}}", "");
  }

  /** An R&amp;D firm's tax year 2023: 900,000 of personnel costs and 150,000 of other related costs. */
  static EntitlementRequest rdOtherCostsOverTheCap(MeasureId measure) {
    return rdYear(measure, "900000", "150000", "", "");
  }

  /**
   * A software firm (I6510, not a tech SME) of the measure's city with 10,000,000 of 2023 taxable income before its
   * R&amp;D, whose 2023 expensed R&amp;D is the personnel and other related costs given, entrusting and amortising as
   * given (JSON array members); evaluated 2023-12-31.
   */
  private static EntitlementRequest rdYear(MeasureId measure, String personnel, String other, String entrustments,
      String intangibles) {
    String region = measure.equals(SH_RD) ? "310115" : "440305";
    return request("2023-12-31", """
        "registrationRegionCode": "%s", "industryCode": "I6510", "legalForm": "ENTERPRISE",
        "independentLegalPerson": true, "restrictedOrProhibitedIndustry": false, "icOrMachineTool": false,
        "techSme": {"held": false},
        "years": [{"year": 2023, "taxableIncomeBeforeRd": {"amount": 10000000, "currency": "CNY"},
          "rdExpensedCosts": {"personnel": {"amount": %s, "currency": "CNY"},
            "directInputs": {"amount": 0, "currency": "CNY"}, "depreciation": {"amount": 0, "currency": "CNY"},
            "intangibleAmortisation": {"amount": 0, "currency": "CNY"},
            "newProductDesign": {"amount": 0, "currency": "CNY"},
            "otherRelated": {"amount": %s, "currency": "CNY"}},
          "rdEntrustments": [%s], "rdIntangibles": [%s]}]
        """.formatted(region, personnel, other, entrustments, intangibles), measure);
  }

  /**
   * The small-scale VAT cases: for each regime of the table, one tax year of monthly and one of quarterly filing,
   * with a period at the regime's exemption threshold and one a yuan over it (2022's first quarter, the regime's only
   * one, in two cases); 2022-04 with special-invoice sales only (the exempt regime's levy rate); in the exempt regime
   * of 2022-04..12, sales with immovable-property sales at the threshold and a yuan over it; 2020-05 over the threshold
   * with special-invoice sales and the region not known (so Hubei's levy counts); and 2023-03 with sales under the
   * threshold that special-invoice sales take over it.
   */
  static List<EntitlementRequest> vatYears(MeasureId measure) {
    return List.of(vatMonths(measure, 2019, "1=100000", "2=100001"), vatQuarters(measure, 2019, "1=300000",
        "2=300001"), vatMonths(measure, 2020, "3=100000", "4=100001"), vatQuarters(measure, 2020, "2=300000",
        "3=300001"), vatMonths(measure, 2021, "4=150000", "5=150001"), vatQuarters(measure, 2021, "2=450000",
        "3=450001"), vatMonths(measure, 2022, "1=150000", "2=150001", "4=0+10000", "6=100000|50000|2500",
        "7=100000|50001|2500.05"), vatQuarters(measure, 2022, "1=450000", "2=300000|150000|7500"),
        vatQuarters(measure, 2022, "1=450001", "3=300000|150001|7500.05"), vatMonthsRegionUnknown(measure, 2020,
        "5=120000+10000"), vatMonths(measure, 2023, "1=100000", "2=100001",
        "3=80000+30000"), vatQuarters(measure, 2023, "1=300000", "2=300001"), vatMonths(measure, 2024, "1=100000",
        "2=100001"), vatQuarters(measure, 2024, "1=300000", "2=300001"));
  }

  /**
   * A small-scale taxpayer of the measure's city filing monthly in the year given; each period {@code month=sales}
   * or {@code month=sales+specialInvoiceSales}, all excluding VAT, the invoices at the levy rate in force.
   */
  static EntitlementRequest vatMonths(MeasureId measure, int year, String... periods) {
    return vatYear(measure, true, year, "month", periods);
  }

  /** As {@link #vatMonths}, the region not given. */
  static EntitlementRequest vatMonthsRegionUnknown(MeasureId measure, int year, String... periods) {
    return vatYear(measure, false, year, "month", periods);
  }

  /**
   * As {@link #vatMonths}, filing quarterly: each period {@code quarter=sales}, or {@code quarter=sales|property|vat}
   * with immovable-property sales and their own VAT (so also for months).
   */
  static EntitlementRequest vatQuarters(MeasureId measure, int year, String... periods) {
    return vatYear(measure, true, year, "quarter", periods);
  }

  private static EntitlementRequest vatYear(MeasureId measure, boolean regionKnown, int year, String kind,
      String... periods) {
    StringBuilder sales = new StringBuilder();
    for (String period : periods) {
      String[] at = period.split("=");
      String[] parts = at[1].split("\\|");
      String[] amounts = parts[0].split("\\+");
      String more = (amounts.length == 1 ? "" : ", " + money("specialInvoiceSales", amounts[1]))
          + (parts.length == 1 ? "" : ", " + money("immovablePropertySales", parts[1]) + ", "
          + money("immovablePropertyVat", parts[2]));
      sales.append(sales.length() == 0 ? "" : ", ").append("""
          {"period": {"year": %d, "%s": %s}, "sales": {"amount": %s, "currency": "CNY"},
            "salesBasis": "EXCLUDING_VAT"%s}
          """.formatted(year, kind, at[0], amounts[0], more));
    }
    String region = !regionKnown ? "" : measure.equals(SH_VAT) ? "\"registrationRegionCode\": \"310115\", "
        : "\"registrationRegionCode\": \"440305\", ";
    return request(year + "-12-31", """
        %s"smallScaleTaxpayer": true, "years": [{"year": %d, "vatPeriods": [%s]}]
        """.formatted(region, year, sales), measure);
  }

  /**
   * The window cases: one event each on the first day of a window and the day before it, or on its last day and the
   * day after it (a window of 2023 each): grant events, a guarantee's start (its loan's drawdown), and, on the last day
   * of the 2021 reply letter's awards (2025-12-31), a recognition of each tier; loans due on 2022-09-30 and 2022-10-01,
   * around the first day of 第7条's fourth quarter; a Shanghai deferred contribution due on the deferral's first day and
   * repaid on the deadline.
   */
  static List<EntitlementRequest> windowEdgeEvents() {
    return List.of(edgeEvent(SH_FOUR_ABOVE, "first-four-above", "2022-12-31", "1000000", "highTech"),
        edgeEvent(SH_FOUR_ABOVE, "first-four-above", "2023-01-01", "1000000", "highTech"),
        edgeEvent(TRANSFER_UPLIFT, "sh-achievement-transfer-support", "2024-01-01", "100000", "techSme"),
        edgeEvent(SH_RENOVATION, "sh-technical-renovation-project", "2024-01-01", "10000000", ""),
        edgeEvent(SH_GREEN, "sh-green-upgrade-project", "2022-12-31", "", ""),
        edgeEvent(SH_GREEN, "sh-green-upgrade-project", "2023-01-01", "", ""),
        edgeEvent(SZ_PLATFORM, "sz-digital-platform-selected", "2023-12-31", "", ""),
        edgeEvent(SZ_PLATFORM, "sz-digital-platform-selected", "2024-01-01", "", ""),
        edgeEvent(DRAFT_PLATFORM_FEE, "sz-public-service-platform-fee", "2022-12-31", "100000",
            "specialisedAndInnovative"),
        edgeEvent(DRAFT_PLATFORM_FEE, "sz-public-service-platform-fee", "2023-01-01", "100000",
            "specialisedAndInnovative"),
        edgeEvent(SH_FOUR_ABOVE, "first-four-above", "2023-12-31", "1000000", "highTech"),
        edgeEvent(SH_FOUR_ABOVE, "first-four-above", "2024-01-01", "1000000", "highTech"),
        edgeEvent(SH_GREEN, "sh-green-upgrade-project", "2023-12-31", "", ""),
        edgeEvent(SH_GREEN, "sh-green-upgrade-project", "2024-01-01", "", ""),
        guaranteeFeeReduction("1000000", "2022-12-31"), guaranteeFeeReduction("1000000", "2023-01-01"),
        guaranteeFeeReduction("1000000", "2023-12-31"), guaranteeFeeReduction("1000000", "2024-01-01"),
        recognisedOn("specialisedAndInnovative", "2025-12-31", "2025-12-31"),
        recognisedOn("littleGiant", "2025-12-31", "2025-12-31"),
        municipalRecognitionOn("2025-12-31", "2025-12-31"), loanDueOn("2022-09-30"), loanDueOn("2022-10-01"),
        shanghaiDeferralDueOnTheFirstDayRepaidOnTheLast());
  }

  /**
   * A small Shanghai firm's deferred pension contribution of 10,000, due 2022-04-01 (the deferral's first day),
   * approved, and repaid 2023-12-31 (the repayment deadline); evaluated 2023-12-31.
   */
  static EntitlementRequest shanghaiDeferralDueOnTheFirstDayRepaidOnTheLast() {
    return request("2023-12-31", """
        "registrationRegionCode": "310104", "legalForm": "ENTERPRISE", "size": "SMALL",
        "insuranceDeferrals": [{"deferralId": "D1", "kind": "PENSION", "deferredAmount": {"amount": 10000,
          "currency": "CNY"}, "dueDate": "2022-04-01", "deferralApproved": true, "repaidDate": "2023-12-31"}]
        """, SH_LATE_FEE);
  }

  /**
   * A small Shenzhen firm hit by the epidemic with one loan of 500,000, drawn a year before the maturity date given;
   * evaluated 2023-03-31.
   */
  static EntitlementRequest loanDueOn(String maturity) {
    String drawn = java.time.LocalDate.parse(maturity).minusYears(1).toString();
    return request("2023-03-31", """
        "registrationRegionCode": "440305", "legalForm": "ENTERPRISE", "size": "SMALL", "affectedByEpidemic": true,
        "loans": [{"loanId": "L1", "principal": {"amount": 500000, "currency": "CNY"}, "drawdownDate": "%s",
          "maturityDate": "%s", "annualInterestRate": "4%%"}]
        """.formatted(drawn, maturity), SZ_DEFERRAL);
  }

  /**
   * The rounding cases: an amount that comes out at half a fen before rounding, so that rounding to the fen, the
   * jiao or the li each gives another figure: a 四上 entry on R&amp;D input of 1,000,000.10, a digital-service contract
   * of 100,000.05, a tech SME's premium of 10,000.01, a guarantee fee paid of 20,000.05, a 2023 month's small-scale
   * sales of 100,000.25, a 2023 guaranteed loan of 1,000,000.50 at a 1.5% standard fee, a 龙岗 park rent of
   * 300,000.01 paid in 2022, and 11 m² of 创新型产业用房 at a reference rent of 80.15.
   */
  static List<EntitlementRequest> halfFenAmounts() {
    return List.of(edgeEvent(SH_FOUR_ABOVE, "first-four-above", "2023-06-30", "1000000.10", "highTech"),
        edgeEvent(SH_DIGITAL, "sh-digital-service-contract", "2023-06-30", "100000.05", ""),
        techSmePremium("10000.01"), guaranteeFeePaid("20000.05"), vatMonths(SZ_VAT, 2023, "2=100000.25"),
        guaranteeFeeReduction("1000000.50"), longgangRent("300000.01"), policyRent("80.15", "11"));
  }

  /**
   * A 龙岗 national high-tech firm (since 2022-01-01) with one lease in a district park, the rent paid in 2022 given;
   * evaluated 2023-06-30.
   */
  static EntitlementRequest longgangRent(String rentPaid2022) {
    return request("2023-06-30", """
        "registrationRegionCode": "440307", "industryCode": "I6513", "size": "SMALL",
        "highTech": {"held": true, "since": "2022-01-01"},
        "leases": [{"leaseId": "LG", "area": 500, "start": "2021-01-01", "end": "2025-12-31", "districtPark": true,
          "rentPaid": [{"year": 2022, "amount": {"amount": %s, "currency": "CNY"}}]}]
        """.formatted(rentPaid2022), LONGGANG_RENT);
  }

  /**
   * A 光明 科技型中小企业 (since 2022-05-10) leasing 创新型产业用房 of the area given at the least discount, 30%, off the
   * reference rent given a square metre and month; evaluated 2023-06-30.
   */
  static EntitlementRequest policyRent(String referenceRent, String area) {
    return request("2023-06-30", """
        "registrationRegionCode": "440311", "industryCode": "I6513", "size": "SMALL",
        "techSme": {"held": true, "since": "2022-05-10"},
        "leases": [{"leaseId": "GM", "area": %s, "start": "2023-01-01", "end": "2025-12-31", "districtPark": true,
          "innovationSpace": true, "referenceRent": {"amount": %s, "currency": "CNY"}, "rentDiscount": "30%%",
          "highRiseProject": true}]
        """.formatted(area, referenceRent), POLICY_RENT);
  }

  /** A small Shenzhen firm's guaranteed loan of 1,000,000 of 2022 at 4% with a 2% fee, the fee paid given. */
  static EntitlementRequest guaranteeFeePaid(String feePaid) {
    return request("2023-06-30", """
        "registrationRegionCode": "440305", "size": "SMALL", "loans": [%s]
        """.formatted(guaranteedLoan("L1", "1000000", "2%", feePaid)), GUARANTEE_FEE_SUBSIDY);
  }

  /**
   * A small Shenzhen firm's loan of the principal given, drawn 2023-03-01 and due 2024-03-01 (twelve whole months),
   * guaranteed by a government guarantor whose standard fee rate is 1.5%, the rate charged not given.
   */
  static EntitlementRequest guaranteeFeeReduction(String principal) {
    return guaranteeFeeReduction(principal, "2023-03-01");
  }

  /**
   * As {@link #guaranteeFeeReduction(String)}, drawn on the date given and due a year later (twelve whole months);
   * evaluated 2024-06-30.
   */
  static EntitlementRequest guaranteeFeeReduction(String principal, String drawdown) {
    String due = java.time.LocalDate.parse(drawdown).plusYears(1).toString();
    return request("2024-06-30", """
        "registrationRegionCode": "440305", "size": "SMALL",
        "loans": [{"loanId": "L1", "principal": {"amount": %s, "currency": "CNY"}, "drawdownDate": "%s",
          "maturityDate": "%s", "annualInterestRate": "4%%",
          "guarantee": {"governmentGuarantor": true, "standardFeeRate": "1.5%%"}}]
        """.formatted(principal, drawdown, due), SZ_GUARANTEE_FEE);
  }

  /**
   * A small firm of the measure's city with one event of the code given on the date given, of the amount given (none
   * when empty), holding the qualification given (a profile member, none when empty) since 2022-01-01; evaluated
   * 2024-06-30.
   */
  static EntitlementRequest edgeEvent(MeasureId measure, String code, String date, String amount,
      String qualification) {
    String region = measure.value().startsWith("sh-") ? "310115" : "440305";
    String held = qualification.isEmpty() ? "" : "\"" + qualification + "\": {\"held\": true, \"since\": "
        + "\"2022-01-01\"}, ";
    String value = amount.isEmpty() ? "" : ", " + money("amount", amount);
    return request("2024-06-30", """
        "registrationRegionCode": "%s", "size": "SMALL", %s"grantEvents": [
          {"eventId": "E1", "code": "%s", "date": "%s"%s}]
        """.formatted(region, held, code, date, value), measure);
  }

  /**
   * The 小型微利企业 cases: a firm at every limit (3,000,000 of taxable income, 300 employees, 50,000,000 of total
   * assets) in tax years 2019, 2021 and 2025, the rows no other case claims; in 2023 a firm with 301 employees and one
   * with 50,000,001 of total assets, each a unit over its limit.
   */
  static List<EntitlementRequest> smallLowProfitYears(MeasureId measure) {
    return List.of(smallLowProfitYear(measure, 2019, 300, "50000000"), smallLowProfitYear(measure, 2021, 300,
        "50000000"), smallLowProfitYear(measure, 2025, 300, "50000000"), smallLowProfitYear(measure, 2023, 301,
        "50000000"), smallLowProfitYear(measure, 2023, 300, "50000001"));
  }

  /**
   * A manufacturer (C4190, not restricted, no R&amp;D) of the measure's city with 3,000,000 of taxable income in the
   * tax year given, the employees and total assets given at the start and the end of each of its four quarters (so
   * the year's quarterly averages); evaluated on the year's last day.
   */
  static EntitlementRequest smallLowProfitYear(MeasureId measure, int year, int employees, String assets) {
    String region = measure.equals(SH_SLP) ? "310115" : "440305";
    StringBuilder quarters = new StringBuilder();
    for (int quarter = 1; quarter <= 4; quarter++) {
      quarters.append(quarter == 1 ? "" : ", ").append("""
          {"quarter": %d, "employeesAtStart": %d, "employeesAtEnd": %d, %s, %s}
          """.formatted(quarter, employees, employees, money("totalAssetsAtStart", assets),
          money("totalAssetsAtEnd", assets)));
    }
    String zero = "{\"amount\": 0, \"currency\": \"CNY\"}";
    return request(year + "-12-31", """
        "registrationRegionCode": "%s", "industryCode": "C4190", "restrictedOrProhibitedIndustry": false,
        "techSme": {"held": false}, "icOrMachineTool": false,
        "years": [{"year": %d, "taxableIncomeBeforeRd": {"amount": 3000000, "currency": "CNY"},
          "quarters": [%s],
          "rdExpensedCosts": {"personnel": %s, "directInputs": %s, "depreciation": %s,
            "intangibleAmortisation": %s, "newProductDesign": %s, "otherRelated": %s},
          "rdIntangibles": [], "rdEntrustments": []}]
        """.formatted(region, year, quarters, zero, zero, zero, zero, zero, zero), measure);
  }

  private static String money(String name, String amount) {
    return "\"" + name + "\": {\"amount\": " + amount + ", \"currency\": \"CNY\"}";
  }

  private static EntitlementRequest request(String asOf, String profileMembers, MeasureId measure) {
    String json = "{\"asOf\": \"" + asOf + "\", \"profile\": {" + profileMembers + "}}";
    return HuiqiJson.read(json, EntitlementRequest.class).withMeasures(List.of(measure));
  }
}
