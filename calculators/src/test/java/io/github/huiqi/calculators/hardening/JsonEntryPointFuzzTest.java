package io.github.huiqi.calculators.hardening;

import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * A Jazzer fuzz target for every JSON entry point ({@link JsonEntryPoints}), each checking the answer with
 * {@link JsonFuzzing}: a typed error, or a result at the fen's scale with no internal error. The four entry points with
 * a simple independent oracle are fuzzed against it too, in {@code OracleFuzzTest}.
 * <p>
 * Under a plain {@code mvn verify} each target runs in regression mode over its saved inputs in
 * {@code src/test/resources/io/github/huiqi/calculators/hardening/JsonEntryPointFuzzTestInputs/<method>/} (and an
 * empty input, the valid sample). Fuzzing mode, for {@value #DURATION} a target (the annotation's {@code maxDuration},
 * which a {@code -Djazzer.max_duration} on the command line does not shorten: change {@link #DURATION}), is started by
 * <pre>
 * JAZZER_FUZZ=1 mvn -pl calculators -am -Dhuiqi.skipJacksonOldest=true \
 *     -Dtest=JsonEntryPointFuzzTest#fuzzFirstLoanSubsidy -Dsurefire.failIfNoSpecifiedTests=false verify
 * </pre>
 * (README, "Hardening"); a finding is saved in that directory, where it then runs in every build.
 */
class JsonEntryPointFuzzTest {

  /** How long one target is fuzzed in fuzzing mode. */
  static final String DURATION = "2m";

  @FuzzTest(maxDuration = DURATION)
  void fuzzFirstLoanSubsidy(byte[] input) {
    JsonFuzzing.check("FirstLoanCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzFirstLoanGuaranteedSubsidy(byte[] input) {
    JsonFuzzing.check("FirstLoanGuaranteedCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzTechSmeSubsidy(byte[] input) {
    JsonFuzzing.check("TechSmeCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzStackingTotalSubsidy(byte[] input) {
    JsonFuzzing.check("StackingCalculator.explainTotalSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRenovationGrantMaximumGrant(byte[] input) {
    JsonFuzzing.check("RenovationGrantCalculator.explainMaximumGrantJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRenovationInterestSubsidy(byte[] input) {
    JsonFuzzing.check("RenovationInterestCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRenovationSupportMaximumSupport(byte[] input) {
    JsonFuzzing.check("RenovationSupportCalculator.explainMaximumSupportJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzGuaranteeFeeReductionFee(byte[] input) {
    JsonFuzzing.check("GuaranteeFeeReductionCalculator.explainFeeJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzGuaranteeFeeAverageAverageFeeRate(byte[] input) {
    JsonFuzzing.check("GuaranteeFeeAverageCalculator.explainAverageFeeRateJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzGuaranteeFeeBenchmarkCapFeeRateCap(byte[] input) {
    JsonFuzzing.check("GuaranteeFeeBenchmarkCapCalculator.explainFeeRateCapJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzGuaranteeFeeSubsidySubsidy(byte[] input) {
    JsonFuzzing.check("GuaranteeFeeSubsidyCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRiskPoolClaims(byte[] input) {
    JsonFuzzing.check("RiskPoolCalculator.explainClaimsJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRiskPoolCompensation(byte[] input) {
    JsonFuzzing.check("RiskPoolCalculator.explainCompensationJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzDeferralDeferredUntil(byte[] input) {
    JsonFuzzing.check("DeferralCalculator.explainDeferredUntilJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzVatVatDue(byte[] input) {
    JsonFuzzing.check("VatCalculator.explainVatDueJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRdExtraDeduction(byte[] input) {
    JsonFuzzing.check("RdCalculator.explainExtraDeductionJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzSmallLowProfitTaxDue(byte[] input) {
    JsonFuzzing.check("SmallLowProfitCalculator.explainTaxDueJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzSmallLowProfitPrepaymentPayable(byte[] input) {
    JsonFuzzing.check("SmallLowProfitCalculator.explainPrepaymentPayableJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzFirmYearTotalSaved(byte[] input) {
    JsonFuzzing.check("FirmYearCalculator.explainTotalSavedJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzShareShare(byte[] input) {
    JsonFuzzing.check("ShareCalculator.explainShareJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzShareFeeSaved(byte[] input) {
    JsonFuzzing.check("ShareCalculator.explainFeeSavedJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzReferralReferral(byte[] input) {
    JsonFuzzing.check("ReferralCalculator.explainReferralJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzAwardAward(byte[] input) {
    JsonFuzzing.check("AwardCalculator.explainAwardJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzHousingFundDeferredUntil(byte[] input) {
    JsonFuzzing.check("HousingFundCalculator.explainDeferredUntilJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzHiringSubsidy(byte[] input) {
    JsonFuzzing.check("HiringCalculator.explainSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzTrainingMaximumSubsidy(byte[] input) {
    JsonFuzzing.check("TrainingCalculator.explainMaximumSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzInsuranceWaivedFee(byte[] input) {
    JsonFuzzing.check("InsuranceCalculator.explainWaivedFeeJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzArrearsClasses(byte[] input) {
    JsonFuzzing.check("ArrearsCalculator.explainClassesJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzReservationMeetsRule(byte[] input) {
    JsonFuzzing.check("ReservationCalculator.explainMeetsRuleJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRentShareMaximumSubsidy(byte[] input) {
    JsonFuzzing.check("RentShareCalculator.explainMaximumSubsidyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRentAreaSubsidyPerPeriod(byte[] input) {
    JsonFuzzing.check("RentAreaCalculator.explainSubsidyPerPeriodJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzRentPolicyMonthlyRent(byte[] input) {
    JsonFuzzing.check("RentPolicyCalculator.explainMonthlyRentJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzHighRiseAverageRent(byte[] input) {
    JsonFuzzing.check("HighRiseCalculator.explainAverageRentJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzPurchaseMayPurchase(byte[] input) {
    JsonFuzzing.check("PurchaseCalculator.explainMayPurchaseJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzUtilityWaivedLateFees(byte[] input) {
    JsonFuzzing.check("UtilityCalculator.explainWaivedLateFeesJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzTechRatingRating(byte[] input) {
    JsonFuzzing.check("TechRatingCalculator.explainRatingJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzScaleUpRewardReward(byte[] input) {
    JsonFuzzing.check("ScaleUpRewardCalculator.explainRewardJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzScaleClassAboveScale(byte[] input) {
    JsonFuzzing.check("ScaleClassifier.explainAboveScaleJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzScaleUpPoolMembership(byte[] input) {
    JsonFuzzing.check("ScaleUpPoolCalculator.explainMembershipJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzSizeClassClassify(byte[] input) {
    JsonFuzzing.check("SizeClassifier.explainClassifyJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzEntitlementEngineEvaluate(byte[] input) {
    JsonFuzzing.check("EntitlementEngine.evaluateJson", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzEntitlementEngineReplayRequest(byte[] input) {
    JsonFuzzing.check("EntitlementEngine.replayJson(request)", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzEntitlementEngineReplayReceipt(byte[] input) {
    JsonFuzzing.check("EntitlementEngine.replayJson(receipt)", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzCalculatorReplayRequest(byte[] input) {
    JsonFuzzing.check("CalculatorReplay.replayJson(request)", input);
  }

  @FuzzTest(maxDuration = DURATION)
  void fuzzCalculatorReplayResult(byte[] input) {
    JsonFuzzing.check("CalculatorReplay.replayJson(result)", input);
  }
}
