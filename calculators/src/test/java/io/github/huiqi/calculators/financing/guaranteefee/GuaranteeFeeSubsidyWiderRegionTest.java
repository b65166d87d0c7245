package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.between;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.both;
import static io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeEvaluatorFixtures.loan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The small/micro guarantee-fee subsidy (深圳 小型微型企业银行贷款担保费资助, 市工业和信息化局 reply letter on proposal
 * 20210370, 二) for a firm registered only as a wider area that holds 深圳市, such as 广东省 ({@code 440000}): the
 * firm may or may not be registered in Shenzhen, so the region is open, as decisions register §0.6 reads every
 * regional measure (and §4.6 item 64 the first-loan subsidy): undetermined, from zero, naming the region code. Before,
 * the calculator read 440000 as outside Shenzhen (ineligible, 0.00), the reading the first-loan oracle found in the
 * first-loan subsidy; this measure tested the region the same way.
 */
class GuaranteeFeeSubsidyWiderRegionTest {

  private static final GuaranteeFeeSubsidyMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
  private static final GuaranteeFeeSubsidyCalculator SUT = GuaranteeFeeSubsidyCalculator.DEFAULT;

  /** 3,000,000 at 4%, fee 2% (= 50% × 4%, inclusive), 60,000 paid, drawn 2023-04-01: 30% × 60,000 = 18,000.00. */
  private static GuaranteeFeeSubsidyRequest firmAt(String regionCode, String principal) {
    return GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, regionCode, 2023, List.of(GuaranteeFeeSubsidyLoan.of(
        "L1", Cny.of(principal), LocalDate.of(2023, 4, 1), Rate.parse("4%"), Rate.parse("2%"), Cny.of("60000"))));
  }

  @Test
  void test_calculator_provinceCode_undeterminedUpToTheLoansSubsidy() {
    GuaranteeFeeSubsidyRequest request = firmAt("440000", "3000000");
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/registrationRegionCode");
    // from 0 (not in Shenzhen) to 30% × 60,000 = 18,000.00 (in Shenzhen)
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("0.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("18000.00"));
    assertThat(result.eligibility().reasons()).extracting(Reason::code).doesNotContain("not-enterprise-in-region");
    assertThatThrownBy(() -> SUT.subsidy(MEASURE, request)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/registrationRegionCode"));
  }

  @Test
  void test_calculator_provinceCode_aKnownFailureStillDecides() {
    // 3,000,000.01 is above the 3,000,000 a loan may be: ineligible whatever the firm's region
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firmAt("440000", "3000000.01"));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("0"));
  }

  @Test
  void test_calculator_otherProvinceOrCity_stillOutside() {
    // 310000 (上海市) and 440100 (广州市) hold no part of 深圳市; 440305 (南山区) lies within it
    for (String code : new String[] {"310000", "440100"}) {
      GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firmAt(code, "3000000"));
      assertThat(result.eligibility().verdict()).as(code).isEqualTo(Verdict.INELIGIBLE);
      assertThat(result.eligibility().reasons()).extracting(Reason::code).as(code)
          .contains("not-enterprise-in-region");
    }
    assertThat(SUT.subsidy(MEASURE, firmAt("440305", "3000000"))).isEqualTo(Cny.of("18000.00"));
  }

  @Test
  void test_engine_provinceCode_undeterminedNamingTheRegion() {
    // evaluated on 2023-06-30 the subsidy year is 2022: the loan drawn 2022-04-01, 30% × 60,000 = 18,000.00 at most
    EnterpriseProfile profile = EnterpriseProfile.builder().registrationRegionCode("440000").size(EnterpriseSize.SMALL)
        .loans(List.of(loan("L1", "3000000", LocalDate.of(2022, 4, 1), LocalDate.of(2023, 4, 1))
            .vehicleOrRealEstatePurchase(false).guarantee(LoanGuarantee.builder().guarantorInRegion(true)
                .feeRate(Rate.parse("2%")).feePaid(Cny.of("60000")).build()).build()))
        .build();
    MeasureOutcome outcome = both(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021.id(), profile, LocalDate.of(2023, 6, 30));
    assertThat(outcome.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(outcome.amount()).isEqualTo(between("0.00", "18000.00"));
    assertThat(outcome.missingFacts()).containsExactly("/registrationRegionCode");
  }
}
