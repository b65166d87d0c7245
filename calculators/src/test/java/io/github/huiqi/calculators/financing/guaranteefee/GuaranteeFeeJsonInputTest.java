package io.github.huiqi.calculators.financing.guaranteefee;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.policy.PolicyData;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * Bad JSON input to the four guarantee-fee calculators: an unknown category or option value, a negative amount, a
 * missing required field or dates out of order is a typed {@link InvalidInputException} naming the JSON Pointer.
 */
class GuaranteeFeeJsonInputTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final GuaranteeFeeReductionMeasure REDUCTION = DATA.getMeasure(
      GuaranteeFeeReductionMeasure.SHENZHEN_2023);
  private static final GuaranteeFeeAverageMeasure AVERAGE = DATA.getMeasure(
      GuaranteeFeeAverageMeasure.SHANGHAI_2023);
  private static final GuaranteeFeeBenchmarkCapMeasure CAP = DATA.getMeasure(
      GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
  private static final GuaranteeFeeSubsidyMeasure SUBSIDY = DATA.getMeasure(
      GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);

  private static final String FEE = "{\"borrowerSize\":\"SMALL\",\"governmentGuarantor\":true,"
      + "\"guaranteedPrincipal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"standardFeeRate\":\"1.5%\","
      + "\"guaranteeStart\":\"2023-03-01\",\"guaranteeEnd\":\"2024-03-01\"}";
  private static final String BOOK = "{\"governmentGuarantor\":true,\"guarantees\":[{\"guaranteeId\":\"G1\","
      + "\"guaranteedAmount\":{\"amount\":1000000,\"currency\":\"CNY\"},\"annualFeeRate\":\"0.8%\","
      + "\"start\":\"2023-01-01\",\"end\":\"2024-01-01\"}]}";
  private static final String LOAN = "{\"specialisedAndInnovative\":true,\"governmentGuarantor\":true,"
      + "\"contractDate\":\"2023-05-10\",\"loanStart\":\"2023-05-12\",\"maturity\":\"2024-05-12\"}";
  private static final String FIRM = "{\"enterpriseSize\":\"SMALL\",\"registrationRegionCode\":\"440305\","
      + "\"subsidyYear\":2023,\"loans\":[{\"loanId\":\"L1\",\"principal\":{\"amount\":1000000,\"currency\":\"CNY\"},"
      + "\"drawdownDate\":\"2023-04-01\",\"annualInterestRate\":\"4%\",\"guaranteeFeeRate\":\"1%\","
      + "\"guaranteeFeePaid\":{\"amount\":10000,\"currency\":\"CNY\"}}]}";

  private static void assertPointer(ThrowingCallable call, String pointer) {
    assertThatThrownBy(call).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo(pointer));
  }

  @Test
  void test_theValidRequestsAreAccepted() {
    // the templates below are valid, so each failure is caused by the one change made to it
    // 1,000,000 × 0.9% × 12/12 = 9,000.00 (2023-03-01 → 2024-03-01, 12 whole months)
    assertThat(GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION, FEE)).contains("9000.00");
    // 1,000,000 × 0.8% × 12/12 = 8,000.00 (2023-01-01 → 2024-01-01, 12 whole months)
    assertThat(GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE, BOOK)).contains("8000.00");
    assertThat(GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP, LOAN)).contains("2.175%");
    assertThat(GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(SUBSIDY, FIRM)).contains("3000");
  }

  @Test
  void test_unknownCategoryOrOptionValue() {
    assertPointer(() -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION,
        FEE.replace("\"SMALL\"", "\"TINY\"")), "/borrowerSize");
    assertPointer(() -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION,
        FEE.substring(0, FEE.length() - 1) + ",\"options\":{\"dayCount\":\"ACT/366\"}}"), "/options/dayCount");
    assertPointer(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE,
        BOOK.substring(0, BOOK.length() - 1) + ",\"options\":{\"weighting\":\"BY_AMOUNT\"}}"), "/options/weighting");
    assertPointer(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP,
        LOAN.substring(0, LOAN.length() - 1) + ",\"options\":{\"benchmark\":\"LPR_10Y\"}}"), "/options/benchmark");
    assertPointer(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(SUBSIDY,
        FIRM.replace("\"SMALL\"", "\"SME\"")), "/enterpriseSize");
  }

  @Test
  void test_negativeAmountsAndRates() {
    assertPointer(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE,
        BOOK.replace("1000000", "-1000000")), "/guarantees/0/guaranteedAmount");
    assertPointer(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE,
        BOOK.replace("\"0.8%\"", "\"-0.8%\"")), "/guarantees/0/annualFeeRate");
    assertPointer(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP,
        LOAN.substring(0, LOAN.length() - 1) + ",\"guaranteedPrincipal\":{\"amount\":-1,\"currency\":\"CNY\"}}"),
        "/guaranteedPrincipal");
    assertPointer(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(SUBSIDY,
        FIRM.replace("1000000", "-1000000")), "/loans/0/principal");
    assertPointer(() -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION,
        FEE.replace("\"1.5%\"", "\"-1.5%\"")), "/standardFeeRate");
  }

  @Test
  void test_datesOutOfOrderAndMissingFields() {
    assertPointer(() -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(AVERAGE,
        BOOK.replace("\"end\":\"2024-01-01\"", "\"end\":\"2022-12-31\"")), "/guarantees/0/end");
    assertPointer(() -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(CAP,
        LOAN.replace("\"loanStart\":\"2023-05-12\"", "\"loanStart\":\"2023-05-09\"")), "/loanStart");
    assertPointer(() -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(SUBSIDY,
        FIRM.replace("\"drawdownDate\":\"2023-04-01\",", "")), "/loans/0/drawdownDate");
    assertPointer(() -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(REDUCTION,
        FEE.replace("\"guaranteeStart\":\"2023-03-01\",", "")), "/guaranteeStart");
  }
}
