package io.github.huiqi.calculators.hardening;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanResult;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionRequest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionResult;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitRequest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.OperatingQuarter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Fuzz targets checking four JSON entry points against an independent oracle ({@link Oracles}): the fuzzer chooses
 * the facts (amounts to the fen, dates around the policy windows, rates around the floors and ceilings), the request
 * goes through the JSON entry point, and the amount must be the oracle's to the fen. Regression mode runs the saved
 * inputs in {@code src/test/resources/io/github/huiqi/calculators/hardening/OracleFuzzTestInputs/<method>/};
 * fuzzing mode is started as for {@link JsonEntryPointFuzzTest} ({@code -Dtest=OracleFuzzTest#fuzzFirstLoanOracle}).
 */
class OracleFuzzTest {

  private static BigDecimal yuan(FuzzedDataProvider data, long maxFen) {
    return BigDecimal.valueOf(data.consumeLong(1, maxFen)).movePointLeft(2);
  }

  private static BigDecimal percent(FuzzedDataProvider data, int maxBasisPoints) {
    return BigDecimal.valueOf(data.consumeInt(1, maxBasisPoints)).movePointLeft(2);
  }

  private static BigDecimal yuan(javax.money.MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @FuzzTest(maxDuration = JsonEntryPointFuzzTest.DURATION)
  void fuzzFirstLoanOracle(FuzzedDataProvider data) {
    int count = data.consumeInt(1, 3);
    List<LoanFacts> loans = new ArrayList<>();
    BigDecimal expected = BigDecimal.ZERO;
    boolean anyEligible = false;
    for (int i = 0; i < count; i++) {
      BigDecimal principal = yuan(data, 5_000_000_000L);
      BigDecimal rate = percent(data, 1_000);
      LocalDate drawdown = LocalDate.of(2022, 12, 1).plusDays(data.consumeInt(0, 150));
      LocalDate maturity = drawdown.plusDays(data.consumeInt(1, 800));
      Optional<LocalDate> repaid = data.consumeBoolean()
          ? Optional.of(drawdown.plusDays(data.consumeInt(1, (int) (maturity.toEpochDay() - drawdown.toEpochDay()))))
          : Optional.empty();
      loans.add(FirstLoanFixtures.loan("L" + i).principal(Cny.of(principal)).annualInterestRate(Rate.parse(rate
          + "%")).drawdownDate(drawdown).maturityDate(maturity).repaymentDate(repaid).build());
      BigDecimal subsidy = Oracles.firstLoanSubsidy(principal, rate, drawdown, repaid.orElse(maturity));
      if (subsidy != null) {
        anyEligible = true;
        expected = expected.add(subsidy);
      }
    }
    // the enterprise's cap: 200,000 in all
    expected = expected.min(new BigDecimal("200000"));
    String json = FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE,
        HuiqiJson.write(FirstLoanFixtures.request(loans.toArray(LoanFacts[]::new))));
    FirstLoanResult result = HuiqiJson.read(json, FirstLoanResult.class);
    assertThat(result.eligibility().verdict()).as(json).isEqualTo(anyEligible ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
    assertThat(yuan(result.amount().exact().orElseThrow())).as(json).isEqualByComparingTo(expected);
  }

  @FuzzTest(maxDuration = JsonEntryPointFuzzTest.DURATION)
  void fuzzRiskPoolOracle(FuzzedDataProvider data) {
    BigDecimal outstanding = yuan(data, 10_000_000_000L);
    BigDecimal principal = outstanding.add(yuan(data, 1_000_000_000L)).subtract(new BigDecimal("0.01"));
    LocalDate granted = LocalDate.of(2021, 6, 1).plusDays(data.consumeInt(0, 900));
    LocalDate nonPerforming = granted.plusDays(data.consumeInt(1, 700));
    Optional<LocalDate> extended = data.consumeBoolean()
        ? Optional.of(granted.plusDays(data.consumeInt(1, (int) (nonPerforming.toEpochDay() - granted.toEpochDay()))))
        : Optional.empty();
    RiskPoolClaim claim = RiskPoolClaim.builder().loanId("R1").category(RiskPoolLoanCategory.GENERAL)
        .principal(Cny.of(principal)).grantDate(granted).firstNonPerformingDate(nonPerforming)
        .extensionDate(extended).principalOutstanding(Cny.of(outstanding)).noExclusions().build();
    String json = RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL,
        HuiqiJson.write(RiskPoolRequest.of(List.of(claim))));
    RiskPoolResult result = HuiqiJson.read(json, RiskPoolResult.class);
    BigDecimal expected = Oracles.riskCompensation(outstanding, extended.orElse(granted));
    assertThat(result.failedClaims()).as(json).isZero();
    assertThat(yuan(result.claims().get(0).compensation().orElseThrow().compensation().exact().orElseThrow()))
        .as(json).isEqualByComparingTo(expected);
  }

  @FuzzTest(maxDuration = JsonEntryPointFuzzTest.DURATION)
  void fuzzGuaranteeFeeReductionOracle(FuzzedDataProvider data) {
    BigDecimal principal = yuan(data, 10_000_000_000L);
    BigDecimal standard = percent(data, 1_000);
    LocalDate start = LocalDate.of(2023, 1, 1).plusDays(data.consumeInt(0, 364));
    // days 29 to 31 have no same day in every month: how a month is counted from them is a convention left open
    start = start.withDayOfMonth(Math.min(start.getDayOfMonth(), 28));
    LocalDate end = start.plusDays(data.consumeInt(1, 1_100));
    EnterpriseSize size = data.consumeBoolean() ? EnterpriseSize.SMALL : EnterpriseSize.MICRO;
    GuaranteeFeeReductionRequest request = GuaranteeFeeReductionRequest.of(size, true, Cny.of(principal),
        Rate.parse(standard + "%"), start, end);
    String json = io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator.DEFAULT
        .explainFeeJson(FeeMeasure.REDUCTION, HuiqiJson.write(request));
    GuaranteeFeeReductionResult result = HuiqiJson.read(json, GuaranteeFeeReductionResult.class);
    assertThat(result.eligibility().verdict()).as(json).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(result.reducedFee())).as(json)
        .isEqualByComparingTo(Oracles.reducedGuaranteeFee(principal, standard, start, end));
  }

  @FuzzTest(maxDuration = JsonEntryPointFuzzTest.DURATION)
  void fuzzSmallLowProfitTaxOracle(FuzzedDataProvider data) {
    int taxYear = data.consumeInt(2019, 2027);
    BigDecimal income = BigDecimal.valueOf(data.consumeLong(0, 500_000_000L)).movePointLeft(2);
    Optional<Boolean> restricted = data.consumeInt(0, 5) == 0 ? Optional.empty() : Optional.of(data.consumeInt(0,
        5) == 0);
    int first = data.consumeInt(1, 4);
    List<OperatingQuarter> quarters = new ArrayList<>();
    long employees = 0;
    BigDecimal assets = BigDecimal.ZERO;
    for (int q = first; q <= 4; q++) {
      int atStart = data.consumeInt(0, 400);
      int atEnd = data.consumeInt(0, 400);
      BigDecimal assetsAtStart = yuan(data, 7_000_000_000L);
      BigDecimal assetsAtEnd = yuan(data, 7_000_000_000L);
      quarters.add(new OperatingQuarter(q, atStart, atEnd, Cny.of(assetsAtStart), Cny.of(assetsAtEnd)));
      employees += atStart + atEnd;
      assets = assets.add(assetsAtStart).add(assetsAtEnd);
    }
    SmallLowProfitRequest request = SmallLowProfitRequest.builder().taxYear(taxYear).taxableIncome(Cny.of(income))
        .restrictedOrProhibitedIndustry(restricted).quarters(quarters).build();
    String json = io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator.DEFAULT
        .explainTaxDueJson(FeeMeasure.SMALL_LOW_PROFIT, HuiqiJson.write(request));
    SmallLowProfitResult result = HuiqiJson.read(json, SmallLowProfitResult.class);
    // 财税〔2019〕13号: taxable income at most 3,000,000, on average at most 300 employees and 50,000,000 of assets
    // (the quarters' averages: Σ (start + end) ÷ 2n), an industry neither restricted nor prohibited
    long n = quarters.size();
    boolean within = income.compareTo(new BigDecimal("3000000")) <= 0 && employees <= 600 * n
        && assets.compareTo(BigDecimal.valueOf(100_000_000L * n)) <= 0;
    BigDecimal standard = Oracles.standardIncomeTax(income);
    if (!within || restricted.orElse(false)) {
      assertThat(result.eligibility().verdict()).as(json).isEqualTo(Verdict.INELIGIBLE);
      assertThat(yuan(result.taxDue().maximum())).as(json).isEqualByComparingTo(standard);
    } else if (restricted.isEmpty()) {
      assertThat(result.eligibility().verdict()).as(json).isEqualTo(Verdict.UNDETERMINED);
      assertThat(yuan(result.taxDue().minimum())).as(json)
          .isEqualByComparingTo(Oracles.smallLowProfitTax(income, taxYear));
      assertThat(yuan(result.taxDue().maximum())).as(json).isEqualByComparingTo(standard);
    } else {
      assertThat(result.eligibility().verdict()).as(json).isEqualTo(Verdict.ELIGIBLE);
      assertThat(yuan(result.taxDue().maximum())).as(json)
          .isEqualByComparingTo(Oracles.smallLowProfitTax(income, taxYear));
    }
  }

  /** The built-in measures the oracle targets run on. */
  private static final class FeeMeasure {
    static final io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure REDUCTION =
        io.github.huiqi.core.policy.PolicyData.builtIn().getMeasure(
            io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    static final io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure SMALL_LOW_PROFIT =
        io.github.huiqi.core.policy.PolicyData.builtIn().getMeasure(
            io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure.SHENZHEN_2023);
  }
}
