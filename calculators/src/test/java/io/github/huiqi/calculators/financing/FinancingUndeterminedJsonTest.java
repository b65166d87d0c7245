package io.github.huiqi.calculators.financing;

import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.deferral.DeferralResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeRecord;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyLoan;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.deferral.DeferralBorrowerKind;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Undetermined results (a missing fact: amounts as ranges, missing facts named, empty optionals) of the six financing
 * calculators survive a JSON round trip unchanged, as do their requests with the facts left out.
 */
class FinancingUndeterminedJsonTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  private static <T> void assertRoundTrips(T value, Class<T> type) {
    assertThat(HuiqiJson.read(HuiqiJson.write(value), type)).isEqualTo(value);
  }

  @Test
  void test_guaranteeFee_undetermined() {
    GuaranteeFeeReductionMeasure measure = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    GuaranteeFeeReductionRequest request = GuaranteeFeeReductionRequest.builder()
        .guaranteedPrincipal(Cny.of("1000000")).standardFeeRate(Rate.parse("2%"))
        .guaranteeStart(LocalDate.of(2023, 1, 1)).guaranteeEnd(LocalDate.of(2023, 7, 1))
        .standardReGuaranteeFeeRate(Rate.parse("0.5%")).build();
    GuaranteeFeeReductionResult result = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount().isExact()).isFalse();
    assertRoundTrips(request, GuaranteeFeeReductionRequest.class);
    assertRoundTrips(result, GuaranteeFeeReductionResult.class);
  }

  @Test
  void test_averageFee_undetermined() {
    GuaranteeFeeAverageMeasure measure = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    GuaranteeFeeAverageRequest request = GuaranteeFeeAverageRequest.builder()
        .guarantees(List.of(
            GuaranteeFeeRecord.of("G", Cny.of("1000000"), Rate.parse("1%"), LocalDate.of(2022, 1, 1),
                LocalDate.of(2023, 1, 1)),
            GuaranteeFeeRecord.of("H", Cny.of("1000000"), Rate.parse("0.5%"), LocalDate.of(2023, 1, 1),
                LocalDate.of(2023, 2, 1))))
        .build();
    GuaranteeFeeAverageResult result = GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRate(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.guarantees().get(0).from()).isEmpty();
    assertRoundTrips(request, GuaranteeFeeAverageRequest.class);
    assertRoundTrips(result, GuaranteeFeeAverageResult.class);
  }

  @Test
  void test_benchmarkCap_undetermined() {
    GuaranteeFeeBenchmarkCapMeasure measure = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    GuaranteeFeeBenchmarkCapRequest request = GuaranteeFeeBenchmarkCapRequest.builder()
        .contractDate(LocalDate.of(2023, 5, 10)).loanStart(LocalDate.of(2023, 5, 12))
        .maturity(LocalDate.of(2024, 5, 12)).build();
    GuaranteeFeeBenchmarkCapResult result = GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCap(measure,
        request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.maximumFee()).isEmpty();
    assertRoundTrips(request, GuaranteeFeeBenchmarkCapRequest.class);
    assertRoundTrips(result, GuaranteeFeeBenchmarkCapResult.class);
  }

  @Test
  void test_feeSubsidy_undetermined() {
    GuaranteeFeeSubsidyMeasure measure = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    GuaranteeFeeSubsidyRequest request = GuaranteeFeeSubsidyRequest.builder().enterpriseSize(EnterpriseSize.MICRO)
        .registrationRegionCode("440305").subsidyYear(2023).loans(List.of(GuaranteeFeeSubsidyLoan.builder().loanId("U")
        .principal(Cny.of("1000000")).drawdownDate(LocalDate.of(2023, 5, 1)).annualInterestRate(Rate.parse("4%"))
        .guaranteeFeeRate(Rate.parse("1%")).guaranteeFeePaid(Cny.of("5000")).build())).build();
    GuaranteeFeeSubsidyResult result = GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure,
        request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount().isExact()).isFalse();
    assertRoundTrips(request, GuaranteeFeeSubsidyRequest.class);
    assertRoundTrips(result, GuaranteeFeeSubsidyResult.class);
  }

  @Test
  void test_riskPool_undeterminedInABatch() {
    RiskPoolClaim claim = RiskPoolClaim.builder().loanId("U").category(RiskPoolLoanCategory.INDIVIDUAL_BUSINESS)
        .principal(Cny.of("500000")).grantDate(LocalDate.of(2023, 1, 1))
        .firstNonPerformingDate(LocalDate.of(2024, 1, 1)).principalOutstanding(Cny.of("400000")).reGuaranteed(false)
        .underOtherRiskCompensation(false).build();
    RiskPoolRequest request = RiskPoolRequest.of(List.of(claim));
    RiskPoolResult result = CALCULATOR.explainClaims(POOL, request);
    assertThat(result.totalCompensation().isExact()).isFalse();
    assertRoundTrips(request, RiskPoolRequest.class);
    assertRoundTrips(result, RiskPoolResult.class);
  }

  @Test
  void test_loanDeferral_undetermined() {
    DeferralMeasure measure = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
    DeferralRequest request = DeferralRequest.builder().loanId("O")
        .borrowerKind(DeferralBorrowerKind.SMALL_MICRO_BUSINESS_OWNER).dueDate(LocalDate.of(2022, 10, 1)).build();
    DeferralResult result = DeferralCalculator.DEFAULT.explainDeferredUntil(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRoundTrips(request, DeferralRequest.class);
    assertRoundTrips(result, DeferralResult.class);
  }
}
