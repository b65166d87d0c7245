package io.github.huiqi.calculators.financing;

import static io.github.huiqi.calculators.financing.RiskPoolFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.RiskPoolFixtures.POOL;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.AverageGuaranteeFeeMeasure;
import io.github.huiqi.core.financing.BenchmarkGuaranteeFeeCapMeasure;
import io.github.huiqi.core.financing.BorrowerKind;
import io.github.huiqi.core.financing.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.LoanCategory;
import io.github.huiqi.core.financing.LoanDeferralMeasure;
import io.github.huiqi.core.financing.SmallMicroGuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
    GuaranteeFeeReductionMeasure measure = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023,
        GuaranteeFeeReductionMeasure.class);
    GuaranteeFeeRequest request = new GuaranteeFeeRequest(Optional.empty(), Optional.empty(), Cny.of("1000000"),
        Rate.parse("2%"), LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), Optional.of(Rate.parse("0.5%")),
        Optional.empty());
    GuaranteeFeeResult result = GuaranteeFeeReductionCalculator.DEFAULT.explainFee(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount().isExact()).isFalse();
    assertRoundTrips(request, GuaranteeFeeRequest.class);
    assertRoundTrips(result, GuaranteeFeeResult.class);
  }

  @Test
  void test_averageFee_undetermined() {
    AverageGuaranteeFeeMeasure measure = DATA.getMeasure(AverageGuaranteeFeeMeasure.SHANGHAI_2023,
        AverageGuaranteeFeeMeasure.class);
    GuarantorBookRequest request = new GuarantorBookRequest(Optional.empty(), List.of(new GuaranteeRecord("G",
        Cny.of("1000000"), Rate.parse("1%"), LocalDate.of(2022, 1, 1), LocalDate.of(2023, 1, 1)),
        new GuaranteeRecord("H", Cny.of("1000000"), Rate.parse("0.5%"), LocalDate.of(2023, 1, 1),
            LocalDate.of(2023, 2, 1))), Optional.empty());
    AverageGuaranteeFeeResult result = AverageGuaranteeFeeCalculator.DEFAULT.explainAverageFee(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.guarantees().get(0).from()).isEmpty();
    assertRoundTrips(request, GuarantorBookRequest.class);
    assertRoundTrips(result, AverageGuaranteeFeeResult.class);
  }

  @Test
  void test_benchmarkCap_undetermined() {
    BenchmarkGuaranteeFeeCapMeasure measure = DATA.getMeasure(BenchmarkGuaranteeFeeCapMeasure.SHENZHEN_ZJTX_DRAFT,
        BenchmarkGuaranteeFeeCapMeasure.class);
    BenchmarkFeeCapRequest request = new BenchmarkFeeCapRequest(Optional.empty(), Optional.empty(),
        LocalDate.of(2023, 5, 10), LocalDate.of(2023, 5, 12), LocalDate.of(2024, 5, 12), Optional.empty(),
        Optional.empty(), Optional.empty());
    BenchmarkFeeCapResult result = BenchmarkGuaranteeFeeCapCalculator.DEFAULT.explainFeeRateCap(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.maximumFee()).isEmpty();
    assertRoundTrips(request, BenchmarkFeeCapRequest.class);
    assertRoundTrips(result, BenchmarkFeeCapResult.class);
  }

  @Test
  void test_feeSubsidy_undetermined() {
    SmallMicroGuaranteeFeeSubsidyMeasure measure = DATA.getMeasure(SmallMicroGuaranteeFeeSubsidyMeasure.SHENZHEN,
        SmallMicroGuaranteeFeeSubsidyMeasure.class);
    GuaranteeFeeSubsidyRequest request = new GuaranteeFeeSubsidyRequest(Optional.of(EnterpriseSize.MICRO),
        Optional.of("440305"), 2023, List.of(new GuaranteedLoan("U", Cny.of("1000000"), LocalDate.of(2023, 5, 1),
            Rate.parse("4%"), Rate.parse("1%"), Cny.of("5000"), Optional.empty(), Optional.empty())));
    GuaranteeFeeSubsidyResult result = SmallMicroGuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidy(measure,
        request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.amount().isExact()).isFalse();
    assertRoundTrips(request, GuaranteeFeeSubsidyRequest.class);
    assertRoundTrips(result, GuaranteeFeeSubsidyResult.class);
  }

  @Test
  void test_riskPool_undeterminedInABatch() {
    RiskCompensationClaim claim = new RiskCompensationClaim("U", LoanCategory.INDIVIDUAL_BUSINESS, Cny.of("500000"),
        LocalDate.of(2023, 1, 1), Optional.empty(), LocalDate.of(2024, 1, 1), Cny.of("400000"), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(false), Optional.of(false));
    RiskCompensationRequest request = RiskCompensationRequest.of(List.of(claim));
    RiskCompensationResult result = CALCULATOR.explainClaims(POOL, request);
    assertThat(result.totalCompensation().isExact()).isFalse();
    assertRoundTrips(request, RiskCompensationRequest.class);
    assertRoundTrips(result, RiskCompensationResult.class);
  }

  @Test
  void test_loanDeferral_undetermined() {
    LoanDeferralMeasure measure = DATA.getMeasure(LoanDeferralMeasure.SHENZHEN_2023, LoanDeferralMeasure.class);
    LoanDeferralRequest request = new LoanDeferralRequest("O", BorrowerKind.SMALL_MICRO_BUSINESS_OWNER,
        Optional.empty(), Optional.empty(), LocalDate.of(2022, 10, 1), Optional.empty(), Optional.empty());
    LoanDeferralResult result = LoanDeferralCalculator.DEFAULT.explainDeferral(measure, request);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertRoundTrips(request, LoanDeferralRequest.class);
    assertRoundTrips(result, LoanDeferralResult.class);
  }
}
