package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.firm;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the small/micro guarantee-fee subsidy (2021 reply letter 二; 2017 guide: "补贴额 = 单笔担保额小于300万元的
 * 银行贷款实际发生的担保费 × 30% × 笔数 ≤ 30万元", "担保费率不高于银行同期贷款利率50%") on a loan whose fee paid is given but
 * whose fee rate is not: the rate decides only whether the loan qualifies, so the loan earns 30% of the fee it paid or
 * nothing, and the range runs to that, not to the annual cap (before the fix: 0 – 300,000.00, and the fee rate was
 * ranked as deciding 300,000). Evaluated on 2023-06-30, the loans drawn in 2022 are counted (decisions register §2.4).
 */
class GuaranteeFeeSubsidyAuditTest {

  private static final MeasureId ID = GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id();
  private static final LocalDate AS_OF = LocalDate.of(2023, 6, 30);
  private static final LocalDate DRAWN_2022 = LocalDate.of(2022, 3, 1);

  /** A 2022 loan at 4% for business, guaranteed by a Shenzhen guarantor. */
  private static LoanFacts.Builder claim(String id, String principal) {
    return loan(id, principal, DRAWN_2022, DRAWN_2022.plusYears(1)).vehicleOrRealEstatePurchase(false);
  }

  private static LoanFacts feePaidOnly(String id, String feePaid) {
    return claim(id, "1000000").guarantee(LoanGuarantee.builder().guarantorInRegion(true)
        .feePaid(Cny.of(feePaid)).build()).build();
  }

  private static LoanFacts claimed(String id, String feeRate, String feePaid) {
    return claim(id, "3000000").guarantee(LoanGuarantee.builder().guarantorInRegion(true)
        .feeRate(Rate.parse(feeRate)).feePaid(Cny.of(feePaid)).build()).build();
  }

  //-------------------------------------------------------------------------
  @Test
  void test_feeRateNotGiven_rangeRunsToThirtyPercentOfTheFeePaid() {
    // fee paid 20,000.00, fee rate not given: at most 2% (50% × 4%) the loan earns 30% × 20,000 = 6,000.00, above
    // it nothing (2017 guide 申请条件 and 资助标准): 0 – 6,000.00, the fee rate asked for
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, feePaidOnly("R", "20000")), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0", "6000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/feeRate");
    assertThat(outcome.notes()).filteredOn(note -> note.code().equals("fee-not-known")).singleElement()
        .extracting(note -> note.message().in(Locale.ENGLISH))
        .isEqualTo("a loan whose fee rate is not given earns 30% of its fee paid or nothing");
    assertThat(outcome.explanation().render(Locale.ENGLISH))
        .contains("fee rate not given: the loan is decided on its other facts; its subsidy is 30% of the fee paid")
        .doesNotContain("open up to the cap");
  }

  @Test
  void test_feeRateNotGiven_halfAFenRoundsUp() {
    // fee paid 0.05: 30% × 0.05 = 0.015 → 0.02 half-up (decisions register §4.5 item 35): 0 – 0.02
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, feePaidOnly("R", "0.05")), AS_OF);
    assertThat(outcome.amount()).isEqualTo(between("0", "0.02"));
  }

  @Test
  void test_feeRateNotGiven_besideAClaimedLoan() {
    // L1 claimed: 3,000,000 at 4%, fee 2% (= 50% × 4%, 不高于: qualifies), paid 60,000: 30% × 60,000 = 18,000.00;
    // R: fee paid 10,000.01, rate not given: 30% × 10,000.01 = 3,000.003 → 3,000.00 or nothing:
    // 18,000.00 – 21,000.00; the firm is eligible on L1
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, claimed("L1", "2%", "60000"),
        feePaidOnly("R", "10000.01")), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("18000.00", "21000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/1/guarantee/feeRate");
  }

  @Test
  void test_feeRateNotGiven_withinTheAnnualCap() {
    // 16 claimed loans of 18,000.00 each = 288,000.00; one more with 60,000 paid and its rate not given would add
    // 18,000.00 = 306,000.00, above the 300,000 cap ("≤ 30万元"): 288,000.00 – 300,000.00
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      loans.add(claimed("L" + i, "2%", "60000"));
    }
    loans.add(feePaidOnly("R", "60000"));
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, loans.toArray(LoanFacts[]::new)), AS_OF);
    assertThat(outcome.amount()).isEqualTo(between("288000.00", "300000.00"));
  }

  @Test
  void test_feePaidNotGiven_stillUpToTheCap() {
    // a second loan whose fee paid is not given could earn anything: the range still runs to the 300,000 cap
    LoanFacts noPaid = claim("N", "1000000").guarantee(LoanGuarantee.builder().guarantorInRegion(true)
        .feeRate(Rate.parse("1.5%")).build()).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, feePaidOnly("R", "20000"), noPaid), AS_OF);
    assertThat(outcome.amount()).isEqualTo(between("0", "300000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/loans/0/guarantee/feeRate", "/loans/1/guarantee/feePaid");
    assertThat(outcome.notes()).extracting(Reason::code).contains("fee-not-known");
  }

  @Test
  void test_feeRateNotGiven_ineligibleLoanWidensNothing() {
    // the same loan for a vehicle purchase (2017 guide: 购车、购房 excluded) is ineligible whatever its rate: zero
    LoanFacts vehicle = claim("V", "1000000").vehicleOrRealEstatePurchase(true).guarantee(LoanGuarantee.builder()
        .guarantorInRegion(true).feePaid(Cny.of("20000")).build()).build();
    MeasureOutcome outcome = both(ID, firm(EnterpriseSize.SMALL, vehicle), AS_OF);
    assertThat(outcome.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(outcome.amount()).isEqualTo(between("0", "0"));
  }

  @Test
  void test_engineJson_theFeeRateDecidesSixThousand() throws IOException {
    // through EntitlementEngine.evaluateJson: the outcome's range 0 – 6,000.00, and the next question for the fee
    // rate is worth 6,000.00 of this measure, not the 300,000 cap
    String request = """
        {"asOf": "2023-06-30", "measures": ["sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy"],
         "profile": {"registrationRegionCode": "440305", "size": "SMALL",
           "loans": [{"loanId": "R", "principal": {"amount": 1000000, "currency": "CNY"},
             "drawdownDate": "2022-03-01", "maturityDate": "2023-03-01", "annualInterestRate": "4%",
             "vehicleOrRealEstatePurchase": false,
             "guarantee": {"guarantorInRegion": true, "feePaid": {"amount": 20000, "currency": "CNY"}}}]}}
        """;
    JsonNode report = new ObjectMapper().readTree(EntitlementEngine.builtIn().evaluateJson(request));
    JsonNode outcome = report.at("/outcomes/0");
    assertThat(outcome.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("0");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("6000.00");
    assertThat(report.at("/nextQuestions/0/fact").asText()).isEqualTo("/loans/0/guarantee/feeRate");
    assertThat(report.at("/nextQuestions/0/amountDecided/amount").decimalValue()).isEqualByComparingTo("6000.00");
  }
}
