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
import io.github.huiqi.core.enterprise.LoanGuarantee;
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
 * An absent tech-SME guarantee-fee list (2020 办法 第十四条（二）, 50% of the fee paid) is bounded by the known loans'
 * fees, × 50%, rounded up to the fen once (decisions register §4.1 item 8b), and a fen for each instalment a loan's
 * fee can be paid in (decisions register §4.6 item 121): the calculator rounds each item's subsidy half-up, so a fee
 * paid in instalments gives up to half a fen an instalment more than the exact bound.
 * <p>
 * The firm: enrolled as a 科技型中小企业 since 2022, nothing received, L1 of 1,000,000 at 4% drawn 2023-01-01,
 * maturing 2024-01-01, guaranteed, the fee paid 12,000.12 (1.2%), paid in 12 monthly instalments of 1,000.01 on the
 * last day of each month of 2023 (G1 to G12); interest and premiums known none. Each instalment: 1,000.01 × 50% =
 * 500.005 → 500.01, so 12 × 500.01 = 6,000.12 with the list given. The bound before item 121: 12,000.12 × 50% =
 * 6,000.06, six fen below. Now: + 0.01 for each of the 14 instalments L1's fee can be paid in (one a calendar month of
 * its term, January 2023 to January 2024, 13, and one when the guarantee is given) = 6,000.20.
 */
class TechSmeFeeRoundingAllowanceTest {

  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);

  /** The twelve instalments of 1,000.01, paid on the last day of each month of 2023. */
  private static String fees() {
    StringBuilder fees = new StringBuilder("\"guaranteeFeePayments\": [");
    for (int month = 1; month <= 12; month++) {
      LocalDate paid = LocalDate.of(2023, month, 1).plusMonths(1).minusDays(1);
      fees.append(month == 1 ? "" : ", ").append("{\"paymentId\": \"G").append(month).append("\", \"paymentDate\": \"")
          .append(paid).append("\", \"amountPaid\": {\"amount\": 1000.01, \"currency\": \"CNY\"}}");
    }
    return fees.append("],").toString();
  }

  /** The firm's profile, with its fee list or without it; the guarantee's fee paid, or its fee rate. */
  private static String profile(boolean withFees, String guarantee) {
    return """
        {"registrationRegionCode": "440306", "size": "SMALL", "firstTimeBorrower": false,
         "techSme": {"held": true, "since": "2022-01-01"},
         "techSmeSubsidyReceived": {"amount": 0, "currency": "CNY"},
         "loans": [{"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"},
          "drawdownDate": "2023-01-01", "maturityDate": "2024-01-01", "annualInterestRate": "4%",
          "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
          "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
          "guarantee": """ + guarantee + "}],\n \"interestPayments\": [], " + (withFees ? fees() : "") + """
         "insurancePremiumPayments": [], "renovationProjects": []}""";
  }

  private static final String FEE_PAID = "{\"feePaid\": {\"amount\": 12000.12, \"currency\": \"CNY\"}}";

  private static MeasureOutcome typed(boolean withFees, String guarantee, boolean explain) {
    EnterpriseProfile read = HuiqiJson.read(profile(withFees, guarantee), EnterpriseProfile.class);
    return EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(read, AS_OF)
        .withMeasures(List.of(MeasureId.of(TECH_SME))).withExplain(explain)).outcome(MeasureId.of(TECH_SME))
        .orElseThrow();
  }

  private static JsonNode json(boolean withFees) {
    return outcome(EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + TECH_SME
        + "\"], \"profile\": " + profile(withFees, FEE_PAID) + "}"), TECH_SME);
  }

  //-------------------------------------------------------------------------
  @Test
  void test_listGiven_eachInstalmentRounded_aboveTheExactBound() {
    for (boolean explain : new boolean[] {false, true}) {
      MeasureOutcome complete = typed(true, FEE_PAID, explain);
      assertThat(complete.verdict()).isEqualTo(Verdict.ELIGIBLE);
      // 第十四条（二）: 12 × (1,000.01 × 50% = 500.005 → 500.01) = 6,000.12, above the exact bound's 6,000.06
      assertThat(complete.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("6000.12")));
    }
    JsonNode complete = json(true);
    assertThat(complete.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(least(complete)).isEqualByComparingTo("6000.12");
    assertThat(most(complete)).isEqualByComparingTo("6000.12");
  }

  @Test
  void test_listNotGiven_theBoundNowContainsIt_typed() {
    for (boolean explain : new boolean[] {false, true}) {
      MeasureOutcome open = typed(false, FEE_PAID, explain);
      // no known item: undetermined from 0.00 (register §4.6 item 42); up to 12,000.12 × 50% = 6,000.06, + 14
      // instalments × 0.01 = 6,000.20, which contains the complete firm's 6,000.12 (before item 121: 6,000.06)
      assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
      assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("6000.20")));
      assertThat(open.missingFacts()).containsExactly("/guaranteeFeePayments");
      // the loan's fee, not the fee cap of 300,000, sets the top (register §4.6 item 88)
      assertThat(open.bindingLimit()).isEmpty();
      if (explain) {
        Reason note = open.notes().stream().filter(r -> r.code().equals("guarantee-fees-bounded-by-loans"))
            .findFirst().orElseThrow();
        assertThat(note.message().en()).contains("12000.12", "6000.20", "14 instalments");
        assertThat(note.message().zh()).contains("6000.20", "14笔");
        assertThat(note.citation().note().orElseThrow()).contains("decisions register §4.6 item 121");
      }
    }
  }

  @Test
  void test_listNotGiven_theBoundNowContainsIt_json() {
    JsonNode open = json(false);
    assertThat(open.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    // 6,000.06 + 14 instalments × 0.01 = 6,000.20 ≥ 6,000.12
    assertThat(least(open)).isEqualByComparingTo("0.00");
    assertThat(most(open)).isEqualByComparingTo("6000.20");
    assertThat(open.at("/missingFacts/0").asText()).isEqualTo("/guaranteeFeePayments");
  }

  @Test
  void test_listNotGiven_feeFromItsRate_theBankRoundingCounted() {
    // the fee not given, its rate 1.2%: 1,000,000 × 1.2% × 365 / 360 (ACT/360, more than 12 whole months' 360) =
    // 12,166.666… × 50% = 6,083.333…, + 14 × 0.01 = 6,083.4733… → 6,083.48 (each instalment the bank rounds adds
    // at most 0.005 × 50%, and the subsidy's rounding 0.005: within its 0.01)
    MeasureOutcome open = typed(false, "{\"feeRate\": \"1.2%\"}", false);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.amount()).isEqualTo(OutcomeAmount.between(Cny.of("0.00"), Cny.of("6083.48")));
  }

  @Test
  void test_instalmentsALoanCanHold_oneACalendarMonthOfItsTermAndOne() {
    // the firm's L1: January 2023 to January 2024, 13 calendar months, and one when the guarantee is given: 14
    assertThat(TechSmeLoanBound.feeInstalments(loan("2023-01-01", "2024-01-01").build())).isEqualTo(14);
    // 2023-03-16 → 2023-08-16: March to August, 6, and 1: 7
    assertThat(TechSmeLoanBound.feeInstalments(loan("2023-03-16", "2023-08-16").build())).isEqualTo(7);
    // repaid early on 2023-05-10: the fee is the term's (to the maturity, §2.8), not the period of use's: still 7
    assertThat(TechSmeLoanBound.feeInstalments(loan("2023-03-16", "2023-08-16")
        .repaymentDate(LocalDate.of(2023, 5, 10)).build())).isEqualTo(7);
    // within one calendar month: 2023-02-01 → 2023-02-28, 1, and 1: 2
    assertThat(TechSmeLoanBound.feeInstalments(loan("2023-02-01", "2023-02-28").build())).isEqualTo(2);
  }

  @Test
  void test_feeSubsidy_loansWhoseFeeIsNothing_addNoInstalment() {
    // L1 known not guaranteed, L2 its fee paid 0.00, L3 at a fee rate of 0%: the fees are 0, and no instalment of
    // theirs can round up (register §4.6 item 121), so the bound stays 0.00 and the absent list holds nothing
    LoanFacts l1 = loan("2023-01-01", "2024-01-01").guaranteed(false).build();
    LoanFacts l2 = loan("2023-01-01", "2024-01-01").loanId("L2")
        .guarantee(LoanGuarantee.builder().feePaid(Cny.of("0")).build()).build();
    LoanFacts l3 = loan("2023-01-01", "2024-01-01").loanId("L3")
        .guarantee(LoanGuarantee.builder().feeRate(Rate.parse("0%")).build()).build();
    EnterpriseProfile nothing = EnterpriseProfile.builder().loans(List.of(l1, l2, l3)).build();
    assertThat(TechSmeLoanBound.feeInstalments(nothing)).isZero();
    assertThat(TechSmeLoanBound.feeSubsidy(nothing, Rate.parse("50%")).orElseThrow()).isEqualByComparingTo("0.00");
    // L4 with 20,000 paid beside them, 2023-03-16 → 2023-08-16: 50% × 20,000 = 10,000.00, + 7 instalments (March to
    // August 2023, 6, and one) × 0.01 = 10,000.07; only L4's instalments count
    LoanFacts l4 = loan("2023-03-16", "2023-08-16").loanId("L4")
        .guarantee(LoanGuarantee.builder().feePaid(Cny.of("20000")).build()).build();
    EnterpriseProfile one = EnterpriseProfile.builder().loans(List.of(l1, l2, l3, l4)).build();
    assertThat(TechSmeLoanBound.feeInstalments(one)).isEqualTo(7);
    assertThat(TechSmeLoanBound.feeSubsidy(one, Rate.parse("50%")).orElseThrow()).isEqualByComparingTo("10000.07");
    // a loan that may be guaranteed with neither its fee paid nor its rate known: no bound at all (§4.1 item 8b)
    EnterpriseProfile open = EnterpriseProfile.builder().loans(List.of(loan("2023-01-01", "2024-01-01").build()))
        .build();
    assertThat(TechSmeLoanBound.feeSubsidy(open, Rate.parse("50%"))).isEmpty();
    // the loans not known: no bound either, and no instalment counted
    assertThat(TechSmeLoanBound.feeSubsidy(EnterpriseProfile.builder().build(), Rate.parse("50%"))).isEmpty();
    assertThat(TechSmeLoanBound.feeInstalments(EnterpriseProfile.builder().build())).isZero();
  }

  private static LoanFacts.Builder loan(String drawdown, String maturity) {
    return LoanFacts.builder().loanId("L1").principal(Cny.of("1000000")).drawdownDate(LocalDate.parse(drawdown))
        .maturityDate(LocalDate.parse(maturity)).annualInterestRate(Rate.parse("4%"));
  }
}
