package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomesOf;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.firm;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A firm whose registration region is given only as a wider area that holds 深圳市, such as 广东省 ({@code 440000}):
 * 深工信〔2023〕26号 第5条 pays firms of Shenzhen ("从深圳辖内商业银行首次获得贷款的企业", the 2022 rules: operating in
 * Shenzhen), and a firm registered somewhere in 广东省 may or may not be one, so the region is open, as decisions
 * register §0.6 reads every regional measure: undetermined, from zero, naming the region code. Found by
 * {@link FirstLoanOraclePropertyTest}; before the fix the calculator, the engine and the book's fast path read 440000
 * as outside Shenzhen (ineligible, 0.00), though the register and the catalogue's region condition leave it open.
 * A lender's code is read otherwise: it names the branch that lends, and a branch at the province's level is no
 * Shenzhen bank (深圳辖内), so a lender at 440000 still fails.
 */
class FirstLoanWiderRegionTest {

  // the fixture's loan: 1,000,000 drawn 2023-01-15, not repaid, maturity 2024-01-15; 第5条 "贴息期限不超过6个月" ends
  // the period on 2023-07-15, not counted: 17 + 28 + 31 + 30 + 31 + 30 + 14 = 181 days (2023-01-15..2023-07-14);
  // 1,000,000 × 2% × 181/360 = 10,055.555… → half-up 10,055.56, the most if the firm is in Shenzhen

  @Test
  void test_calculator_provinceCode_undeterminedUpToTheLoansAmount() {
    FirstLoanRequest request = request(firm().registrationRegionCode("440000").build(), loan("L1").build());
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/enterprise/registrationRegionCode");
    assertThat(Cny.yuan(result.amount().minimum(), "minimum")).isEqualByComparingTo("0");
    assertThat(Cny.yuan(result.amount().maximum(), "maximum")).isEqualByComparingTo("10055.56");
    assertThat(result.loans().get(0).eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(Cny.yuan(result.loans().get(0).computed(), "computed")).isEqualByComparingTo("10055.56");
    assertThat(result.loans().get(0).subsidisedUntil()).contains(LocalDate.of(2023, 7, 15));
    assertOutcomesOf(result.explanation(), "registered and operating", ConditionOutcome.UNKNOWN);
    assertThat(detailsOf(result.explanation(), "registered and operating"))
        .containsExactly("registrationRegionCode = 440000, a wider area than 440300");
    assertThat(result.eligibility().reasons()).extracting(Reason::code).doesNotContain("not-enterprise-in-region");
    // the plain form cannot answer: the amount depends on the region
    assertThatThrownBy(() -> CALCULATOR.subsidy(MEASURE, request)).isInstanceOfSatisfying(
        MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly("/enterprise/registrationRegionCode"));
  }

  @Test
  void test_calculator_provinceCode_aKnownFailureStillDecides() {
    // the firm is not a first-time borrower: ineligible whatever its region
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(firm().registrationRegionCode("440000")
        .firstTimeBorrower(false).build(), loan("L1").build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-first-time-borrower");
    assertThat(Cny.yuan(result.amount().maximum(), "maximum")).isEqualByComparingTo("0");
  }

  @Test
  void test_calculator_otherProvinceOrCity_stillOutside() {
    // 310000 (上海市) and 440100 (广州市) hold no part of 深圳市: ineligible
    for (String code : new String[] {"310000", "440100"}) {
      FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE,
          request(firm().registrationRegionCode(code).build(), loan("L1").build()));
      assertThat(result.eligibility().verdict()).as(code).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.eligibility().reasons()).extracting(Reason::code).as(code)
          .containsExactly("not-enterprise-in-region");
    }
  }

  @Test
  void test_calculator_lenderAtProvinceLevel_notAShenzhenBank() {
    FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, request(loan("L1").lenderRegionCode("440000")
        .build()));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.eligibility().reasons()).extracting(Reason::code).containsExactly("not-lender-in-region");
  }

  @Test
  void test_engine_provinceCode_undeterminedNamingTheRegionOnce() {
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440000")
        .independentLegalPerson(true).firstTimeBorrower(true).onSeriousDishonestyList(false)
        .loans(List.of(loan("L1").build())).build();
    MeasureOutcome outcome = CatalogRuns.both(FirstLoanMeasure.SHENZHEN_2023.id(), profile,
        LocalDate.of(2023, 6, 30));
    CatalogRuns.assertRange("广东省", outcome, "UNDETERMINED", BigDecimal.ZERO, new BigDecimal("10055.56"));
    assertThat(outcome.missingFacts()).containsExactly("/registrationRegionCode");
  }
}
