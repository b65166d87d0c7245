package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.engine.EngineJsonOutcomes;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An absent payment list is named by the tech-SME subsidy (深工信〔2023〕26号 第13条, the 2020 办法 第十四条（四）'s
 * 3,000,000 over the programme) only when it can raise the amount: where the known items already reach what the
 * programme cap leaves, a fee list not given adds nothing, and the outcome is exact and names nothing (register §4.6
 * item 150). Found by the engine contract hunt over the financing population with facts absent
 * (EntitlementContractPropertyTest, seed 304, firm 13: 10,000.00 exact naming {@code /guaranteeFeePayments}). Each
 * case runs through the engine typed plain, explained and {@code evaluateJson}.
 */
class TechSmeCapReachedListNotNamedTest {

  private static final MeasureId TECH_SME = TechSmeMeasure.SHENZHEN_2023.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);

  @Test
  void test_capAlreadyReached_feeListNotGiven_exactAndNamesNothing() {
    // I1: 20,000.00 of interest, 2023-03-01 → 2023-06-01, all within the enrolment and the 2023 uplift: the base 50%
    // + 30 points = 80%, 20,000.00 × 80% = 16,000.00; the programme leaves 3,000,000 − 2,990,000 = 10,000.00, which
    // the interest alone reaches: 10,000.00 whatever fees the firm paid, so /guaranteeFeePayments decides nothing
    for (MeasureOutcome outcome : threeWays(firm("2990000.00", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10000.00")));
      assertThat(outcome.missingFacts()).isEmpty();
    }
    // the fee list given, a 10,000.00 fee paid 2023-03-01 (before the interest): 10,000.00 × 50% = 5,000.00 +
    // 16,000.00 = 21,000.00, capped at the 10,000.00 left: the same 10,000.00
    String fee = "[{\"paymentId\": \"G1\", \"paymentDate\": \"2023-03-01\", \"amountPaid\": {\"amount\": 10000.00, "
        + "\"currency\": \"CNY\"}}]";
    for (MeasureOutcome outcome : threeWays(firm("2990000.00", fee))) {
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.exactly(Cny.of("10000.00")));
    }
  }

  @Test
  void test_capNotReached_feeListNotGiven_opensTheTopAndIsNamed() {
    // the programme leaves 3,000,000 − 2,980,000 = 20,000.00: the interest's 16,000.00 is certain, and fees not given
    // may add up to the 4,000.00 left (L1's fee 1% × 1,000,000 = 10,000.00 × 50% = 5,000.00 bounds more):
    // 16,000.00 – 20,000.00, naming /guaranteeFeePayments
    for (MeasureOutcome outcome : threeWays(firm("2980000.00", null))) {
      assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
      assertThat(outcome.amount()).isEqualTo(OutcomeAmount.between(Cny.of("16000.00"), Cny.of("20000.00")));
      assertThat(outcome.missingFacts()).containsExactly("/guaranteeFeePayments");
    }
  }

  /** A Shenzhen firm enrolled 2023-02-20 – 2023-10-12, one guaranteed loan L1, its fee list as given (null: none). */
  private static String firm(String received, String fees) {
    return """
        {"registrationRegionCode": "440306", "legalForm": "ENTERPRISE", "independentLegalPerson": true,
         "industryCode": "C3484", "restrictedOrProhibitedIndustry": false, "size": "SMALL",
         "smallScaleTaxpayer": false, "onSeriousDishonestyList": false,
         "techSme": {"held": true, "since": "2023-02-20", "until": "2023-10-12"}, "firstTimeBorrower": false,
         "techSmeSubsidyReceived": {"amount": %s, "currency": "CNY"},
         "loans": [{"loanId": "L1", "principal": {"amount": 1000000.00, "currency": "CNY"},
           "drawdownDate": "2023-03-01", "maturityDate": "2024-03-01", "annualInterestRate": "4%%",
           "lenderRegionCode": "440300", "firstDrawdownOfFirstContract": false, "forProductionOrOperation": true,
           "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": true,
           "guarantee": {"governmentGuarantor": true, "policyFund": false, "guarantorInRegion": true,
             "reGuaranteed": false, "standardFeeRate": "2%%", "feeRate": "1%%",
             "feePaid": {"amount": 10000.00, "currency": "CNY"}}}],
         "interestPayments": [{"paymentId": "I1", "loanId": "L1", "accrualStart": "2023-03-01",
           "accrualEnd": "2023-06-01", "paymentDate": "2023-06-01",
           "interestPaid": {"amount": 20000.00, "currency": "CNY"}}],
         %s"insurancePremiumPayments": []}
        """.formatted(received, fees == null ? "" : "\"guaranteeFeePayments\": " + fees + ", ");
  }

  private static List<MeasureOutcome> threeWays(String profileJson) {
    return EngineJsonOutcomes.threeWays(profileJson, AS_OF, TECH_SME);
  }
}
