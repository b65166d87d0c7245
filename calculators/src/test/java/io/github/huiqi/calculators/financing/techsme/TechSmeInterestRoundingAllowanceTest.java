package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An absent tech-SME interest list (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条（一）) is bounded by the known
 * loans' exact interest (decisions register §4.1 item 8b, §4.6 item 97) and a fen for each payment a loan's period of
 * use can hold (decisions register §4.6 item 120): the bank rounds each payment to the fen and the calculator each
 * item's subsidy half-up, so the real list can give a fen or so more than the exact bound.
 * <p>
 * The firm is the biased fact-drop hunt's seed 10 firm 31, made plain: a first-time borrower enrolled as a
 * 科技型中小企业, nothing received, L1 of 1,430,000 at 3.45% drawn 2023-03-16, maturing 2023-08-16, not guaranteed,
 * not the first drawdown of a first contract (so 第5条 does not compete for it); fees and premiums known none.
 * Its bank's interest, 1,430,000 × 3.45% = 49,335.00 a year, ACT/360, each payment rounded half-up to the fen:
 * <ul>
 *   <li>I1, 2023-03-16 → 2023-06-24, 100 days: 49,335.00 × 100 / 360 = 13,704.1666… paid as 13,704.17;
 *   <li>I2, 2023-06-24 → 2023-08-16, 53 days: 49,335.00 × 53 / 360 = 7,263.2083… paid as 7,263.21.
 * </ul>
 * A first-time borrower's 70% + 30 points = 80% (the 80% ceiling) on interest of 2023: 13,704.17 × 80% = 10,963.336
 * → 10,963.34 and 7,263.21 × 80% = 5,810.568 → 5,810.57, so 16,773.91 with the list given. The bound before item
 * 120: L1's 153 days (ACT/360, more than 5 whole months' 150): 49,335.00 × 153 / 360 = 20,967.375 × 80% = 16,773.90,
 * a fen below. Now: + 0.01 for each of the 7 payments L1 can hold (one a calendar month, March to August 2023, 6, and
 * a final one) = 16,773.97.
 */
class TechSmeInterestRoundingAllowanceTest {

  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final String INTEREST = """
      "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-03-16",
       "accrualEnd": "2023-06-24", "paymentDate": "2023-06-24",
       "interestPaid": {"amount": 13704.17, "currency": "CNY"}},
       {"paymentId": "I2", "loanId": "L1", "accrualStart": "2023-06-24", "accrualEnd": "2023-08-16",
       "paymentDate": "2023-08-18", "interestPaid": {"amount": 7263.21, "currency": "CNY"}}],
      """;

  /** The firm's profile, with its interest list or without it. */
  private static String profile(boolean withInterest) {
    return """
        {"registrationRegionCode": "440306", "size": "SMALL", "firstTimeBorrower": true,
         "techSme": {"held": true, "since": "2022-01-01"},
         "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
         "loans": [{"loanId": "L1", "principal": {"amount": 1430000, "currency": "CNY"},
          "drawdownDate": "2023-03-16", "maturityDate": "2023-08-16", "annualInterestRate": "3.45%",
          "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
          "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}],
        """ + (withInterest ? INTEREST : "") + """
         "guaranteeFeePayments": [], "insurancePremiumPayments": [], "renovationProjects": []}""";
  }

  private static MeasureOutcome typed(boolean withInterest, boolean explain) {
    EnterpriseProfile read = HuiqiJson.read(profile(withInterest), EnterpriseProfile.class);
    return EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(read, AS_OF)
        .withMeasures(List.of(MeasureId.of(TECH_SME))).withExplain(explain)).outcome(MeasureId.of(TECH_SME))
        .orElseThrow();
  }

  private static JsonNode json(boolean withInterest) {
    return outcome(EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + TECH_SME
        + "\"], \"profile\": " + profile(withInterest) + "}"), TECH_SME);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_listGiven_eachItemRounded_aFenAboveTheExactBound() {
    for (boolean explain : new boolean[] {false, true}) {
      MeasureOutcome complete = typed(true, explain);
      assertThat(complete.verdict()).isEqualTo(Verdict.ELIGIBLE);
      // 10,963.34 + 5,810.57 = 16,773.91, above the exact bound's 16,773.90
      assertThat(complete.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("16773.91")));
    }
    JsonNode complete = json(true);
    assertThat(complete.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(least(complete)).isEqualByComparingTo("16773.91");
    assertThat(most(complete)).isEqualByComparingTo("16773.91");
  }

  @Test
  void test_listNotGiven_theBoundNowContainsIt_typed() {
    for (boolean explain : new boolean[] {false, true}) {
      MeasureOutcome open = typed(false, explain);
      // no known payment: undetermined from 0.00 (register §4.6 item 42); up to 16,773.90 + 7 × 0.01 = 16,773.97,
      // which contains the complete firm's 16,773.91 (before item 120: 16,773.90, a fen short)
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("16773.97")));
      assertThat(open.missingFacts()).containsExactly("/interestPayments");
      // the loan, not a cap, sets the top (register §4.6 item 88)
      assertThat(open.bindingLimit()).isEmpty();
      if (explain) {
        Reason note = open.notes().stream().filter(r -> r.code().equals("interest-bounded-by-loans")).findFirst()
            .orElseThrow();
        // the loan bears at most 20,967.375 → 20,967.38 (shown rounded up); the subsidy at most 16,773.97
        assertThat(note.message().en()).contains("20967.38", "16773.97", "7 payments");
        assertThat(note.message().zh()).contains("16773.97", "7笔");
        assertThat(note.citation().note().orElseThrow()).contains("decisions register §4.6 item 120");
      }
    }
  }

  @Test
  void test_listNotGiven_theBoundNowContainsIt_json() {
    JsonNode open = json(false);
    assertThat(open.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    // 16,773.90 + 7 payments × 0.01 = 16,773.97 ≥ 16,773.91
    assertThat(least(open)).isEqualByComparingTo("0.00");
    assertThat(most(open)).isEqualByComparingTo("16773.97");
    assertThat(open.at("/missingFacts/0").asText()).isEqualTo("/interestPayments");
  }

  @Test
  void test_paymentsALoanCanHold_oneACalendarMonthAndAFinalOne() {
    // the firm's L1: March to August 2023, 6 calendar months, and a final payment: 7
    assertThat(TechSmeLoanBound.payments(loan("2023-03-16", "2023-08-16").build())).isEqualTo(7);
    // 2023-01-25 → 2023-03-05 (1 whole month and 8 days): January, February and March, each may settle once
    // (2023-01-31, 02-28, 03-01), and the final payment on 03-05: 4
    assertThat(TechSmeLoanBound.payments(loan("2023-01-25", "2023-03-05").build())).isEqualTo(4);
    // across the year's end: November 2023 to February 2024, 4 months, and a final one: 5
    assertThat(TechSmeLoanBound.payments(loan("2023-11-15", "2024-02-15").build())).isEqualTo(5);
    // repaid early on 2023-05-10: the period of use ends there (LoanFacts.endOfUse), March to May, 3, and 1: 4
    assertThat(TechSmeLoanBound.payments(loan("2023-03-16", "2023-08-16").repaymentDate(LocalDate.of(2023, 5, 10))
        .build())).isEqualTo(4);
    // one month within a calendar month: 2023-02-01 → 2023-02-28, 1 month, and the final one: 2
    assertThat(TechSmeLoanBound.payments(loan("2023-02-01", "2023-02-28").build())).isEqualTo(2);
  }

  private static LoanFacts.Builder loan(String drawdown, String maturity) {
    return LoanFacts.builder().loanId("L1").principal(Cny.of("1430000")).drawdownDate(LocalDate.parse(drawdown))
        .maturityDate(LocalDate.parse(maturity)).annualInterestRate(Rate.parse("3.45%"));
  }
}
