package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import java.time.LocalDate;
import java.util.List;

/**
 * The firm and the checks of the worked monotonicity cases on the first-loan / tech-SME pair (深工信〔2023〕26号 第5条
 * against 第13条; {@link LeftLoanCapMonotonicityTest}, {@link TechSmeRoomMonotonicityTest},
 * {@link LaterTechOnlyLoanMonotonicityTest}): a 深圳 small first-time borrower enrolled as a 科技型中小企业, whose
 * other measures' facts are not given, so that each report's least in reach is the pair's.
 */
final class FirstLoanTechSmePair {

  static final MeasureId FIRST_LOAN = MeasureId.of("sz-gxj-2023-26.first-loan-interest-subsidy");
  static final MeasureId TECH_SME = MeasureId.of("sz-gxj-2023-26.tech-sme-interest-subsidy");

  private FirstLoanTechSmePair() {
  }

  /**
   * The firm's profile JSON.
   *
   * @param enrolledSince  the enrolment's first day, such as {@code 2022-01-01}
   * @param received  the programme's subsidy received before, in yuan
   * @param loans  the loans' JSON objects, comma-separated ({@link #loan})
   * @param interestPayments  the interest payments' JSON objects, comma-separated
   * @param feePayments  the guarantee-fee payments' JSON objects, comma-separated (empty for none)
   */
  static String firm(String enrolledSince, String received, String loans, String interestPayments,
      String feePayments) {
    return """
        {"registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
         "registrationDate": "2016-05-01", "industryCode": "C3484", "restrictedOrProhibitedIndustry": false,
         "size": "SMALL", "smallScaleTaxpayer": false, "onSeriousDishonestyList": false, "firstTimeBorrower": true,
         "techSme": {"held": true, "since": "%s"},
         "techSmeSubsidyReceived": {"amount": %s, "currency": "CNY"},
         "loans": [%s],
         "interestPayments": [%s],
         "guaranteeFeePayments": [%s], "insurancePremiumPayments": [], "renovationProjects": []}"""
        .formatted(enrolledSince, received, loans, interestPayments, feePayments);
  }

  /** A loan of a 深圳 bank at 4% for a year, for production, not subsidised elsewhere, not guaranteed. */
  static String loan(String id, String principal, String drawn, boolean firstDrawdown) {
    LocalDate date = LocalDate.parse(drawn);
    return """
        {"loanId": "%s", "principal": {"amount": %s, "currency": "CNY"}, "drawdownDate": "%s",
         "maturityDate": "%s", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": %b, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}"""
        .formatted(id, principal, drawn, date.plusYears(1), firstDrawdown);
  }

  /** An interest payment on a loan, accrued from the start to the day it is paid. */
  static String interest(String id, String loanId, String accrualStart, String paid, String amount) {
    return """
        {"paymentId": "%s", "loanId": "%s", "accrualStart": "%s", "accrualEnd": "%s",
         "paymentDate": "%s", "interestPaid": {"amount": %s, "currency": "CNY"}}"""
        .formatted(id, loanId, accrualStart, paid, paid, amount);
  }

  /**
   * Asserts the pair's exact amounts, typed plain and explained and through {@code evaluateJson}
   * ({@link EngineJsonOutcomes#threeWays}), and the report's least in reach, their sum.
   */
  static void assertAmounts(String profile, LocalDate asOf, String firstLoan, String techSme) {
    List<MeasureOutcome> first = EngineJsonOutcomes.threeWays(profile, asOf, FIRST_LOAN);
    List<MeasureOutcome> tech = EngineJsonOutcomes.threeWays(profile, asOf, TECH_SME);
    for (int way = 0; way < 3; way++) {
      assertThat(first.get(way).amount().exact()).as("first-loan, way %d", way).contains(Cny.of(firstLoan));
      assertThat(tech.get(way).amount().exact()).as("tech-SME, way %d", way).contains(Cny.of(techSme));
    }
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(HuiqiJson.read(profile,
        EnterpriseProfile.class), asOf);
    assertThat(report.totals().inReach().minimum()).isEqualTo(Cny.of(firstLoan).add(Cny.of(techSme)));
  }

  /** The profile read as the engine reads it. */
  static EnterpriseProfile read(String profile) {
    return HuiqiJson.read(profile, EnterpriseProfile.class);
  }
}
