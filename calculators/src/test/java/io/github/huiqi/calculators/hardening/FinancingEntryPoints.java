package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.financing.deferral.DeferralCalculator;
import io.github.huiqi.calculators.financing.deferral.DeferralRequest;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedFixtures;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionCalculatorTest;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyCalculatorTest;
import io.github.huiqi.calculators.financing.renovation.RenovationFixtures;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportCalculator;
import io.github.huiqi.calculators.financing.renovation.RenovationSupportRequest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolCalculator;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolPropertyTest;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolRequest;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingPropertyTest;
import io.github.huiqi.calculators.financing.techsme.TechSmeFixtures;
import io.github.huiqi.calculators.financing.techsme.TechSmePropertyTest;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The financing calculators' JSON entry points, each with a valid sample (fixed seeds where a generator makes it). */
final class FinancingEntryPoints {

  private static final PolicyData DATA = PolicyData.builtIn();

  private FinancingEntryPoints() {
  }

  static List<JsonEntryPoint> all() {
    GuaranteeFeeReductionMeasure reduction = DATA.getMeasure(GuaranteeFeeReductionMeasure.SHENZHEN_2023);
    GuaranteeFeeAverageMeasure average = DATA.getMeasure(GuaranteeFeeAverageMeasure.SHANGHAI_2023);
    GuaranteeFeeBenchmarkCapMeasure cap = DATA.getMeasure(GuaranteeFeeBenchmarkCapMeasure.SHENZHEN_DRAFT);
    GuaranteeFeeSubsidyMeasure feeSubsidy = DATA.getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
    DeferralMeasure deferral = DATA.getMeasure(DeferralMeasure.SHENZHEN_2023);
    return List.of(
        new JsonEntryPoint("FirstLoanCalculator.explainSubsidyJson", firstLoanSample(),
            json -> FirstLoanFixtures.CALCULATOR.explainSubsidyJson(FirstLoanFixtures.MEASURE, json)),
        new JsonEntryPoint("FirstLoanGuaranteedCalculator.explainSubsidyJson",
            HuiqiJson.write(FirstLoanGuaranteedFixtures.request(12, FirstLoanGuaranteedFixtures.loan("G1")
                .repaymentDate(LocalDate.of(2023, 9, 1)).build())),
            json -> FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidyJson(FirstLoanGuaranteedFixtures.MEASURE,
                json)),
        new JsonEntryPoint("TechSmeCalculator.explainSubsidyJson",
            HuiqiJson.write(TechSmePropertyTest.randomRequest(new Random(7))),
            json -> TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE, json)),
        new JsonEntryPoint("StackingCalculator.explainTotalSubsidyJson",
            HuiqiJson.write(StackingPropertyTest.randomRequest(new Random(7))),
            json -> StackingCalculator.DEFAULT.explainTotalSubsidyJson(FirstLoanFixtures.MEASURE,
                TechSmeFixtures.MEASURE, json)),
        new JsonEntryPoint("RenovationGrantCalculator.explainMaximumGrantJson",
            HuiqiJson.write(RenovationFixtures.grantRequest()),
            json -> RenovationGrantCalculator.DEFAULT.explainMaximumGrantJson(RenovationFixtures.GRANT, json)),
        new JsonEntryPoint("RenovationInterestCalculator.explainSubsidyJson",
            HuiqiJson.write(RenovationFixtures.interestRequest(RenovationFixtures.loanInterest("P1",
                LocalDate.of(2023, 1, 1), LocalDate.of(2023, 7, 1), "123456.70"))),
            json -> RenovationInterestCalculator.DEFAULT.explainSubsidyJson(RenovationFixtures.INTEREST, json)),
        new JsonEntryPoint("RenovationSupportCalculator.explainMaximumSupportJson",
            HuiqiJson.write(new RenovationSupportRequest(RenovationFixtures.grantRequest(),
                RenovationFixtures.interestRequest(RenovationFixtures.leaseInterest("P1", LocalDate.of(2023, 1, 1),
                    LocalDate.of(2023, 7, 1), "2000")))),
            json -> RenovationSupportCalculator.DEFAULT.explainMaximumSupportJson(RenovationFixtures.GRANT,
                RenovationFixtures.INTEREST, json)),
        new JsonEntryPoint("GuaranteeFeeReductionCalculator.explainFeeJson",
            HuiqiJson.write(GuaranteeFeeReductionCalculatorTest.randomRequest(new Random(7))),
            json -> GuaranteeFeeReductionCalculator.DEFAULT.explainFeeJson(reduction, json)),
        new JsonEntryPoint("GuaranteeFeeAverageCalculator.explainAverageFeeRateJson",
            HuiqiJson.write(GuaranteeFeeAverageCalculatorTest.randomBook(new Random(7))),
            json -> GuaranteeFeeAverageCalculator.DEFAULT.explainAverageFeeRateJson(average, json)),
        new JsonEntryPoint("GuaranteeFeeBenchmarkCapCalculator.explainFeeRateCapJson",
            HuiqiJson.write(GuaranteeFeeBenchmarkCapCalculatorTest.randomLoan(new Random(7))),
            json -> GuaranteeFeeBenchmarkCapCalculator.DEFAULT.explainFeeRateCapJson(cap, json)),
        new JsonEntryPoint("GuaranteeFeeSubsidyCalculator.explainSubsidyJson",
            HuiqiJson.write(GuaranteeFeeSubsidyCalculatorTest.randomFirm(new Random(7))),
            json -> GuaranteeFeeSubsidyCalculator.DEFAULT.explainSubsidyJson(feeSubsidy, json)),
        new JsonEntryPoint("RiskPoolCalculator.explainClaimsJson", riskPoolSample(),
            json -> RiskPoolCalculator.DEFAULT.explainClaimsJson(RiskPoolFixtures.POOL, json)),
        new JsonEntryPoint("RiskPoolCalculator.explainCompensationJson",
            HuiqiJson.write(RiskPoolPropertyTest.randomClaim(new Random(7), new BigDecimal("800000.00"))),
            json -> RiskPoolCalculator.DEFAULT.explainCompensationJson(RiskPoolFixtures.POOL, json)),
        new JsonEntryPoint("DeferralCalculator.explainDeferredUntilJson",
            HuiqiJson.write(DeferralRequest.ofEnterprise("D1", EnterpriseSize.SMALL, LocalDate.of(2022, 11, 30),
                true, LocalDate.of(2023, 3, 31))),
            json -> DeferralCalculator.DEFAULT.explainDeferredUntilJson(deferral, json)));
  }

  /** The first-loan sample: one loan repaid early, so that every optional date is present. */
  static String firstLoanSample() {
    return HuiqiJson.write(FirstLoanFixtures.request(FirstLoanFixtures.loan("L1")
        .repaymentDate(LocalDate.of(2023, 4, 15)).build()));
  }

  /** The risk-pool sample: two claims of a seeded generator. */
  static String riskPoolSample() {
    Random random = new Random(7);
    return HuiqiJson.write(RiskPoolRequest.of(List.of(
        RiskPoolPropertyTest.randomClaim(random, new BigDecimal("800000.00")),
        RiskPoolPropertyTest.randomClaim(random, new BigDecimal("12345.67")))));
  }
}
