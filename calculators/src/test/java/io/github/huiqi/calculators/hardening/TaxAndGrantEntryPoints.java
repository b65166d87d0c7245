package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.employment.hiring.HiringCalculator;
import io.github.huiqi.calculators.employment.housingfund.HousingFundCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceCalculator;
import io.github.huiqi.calculators.employment.insurance.InsuranceRequest;
import io.github.huiqi.calculators.employment.training.TrainingCalculator;
import io.github.huiqi.calculators.employment.training.TrainingRequest;
import io.github.huiqi.calculators.grants.award.AwardCalculator;
import io.github.huiqi.calculators.grants.referral.ReferralCalculator;
import io.github.huiqi.calculators.grants.share.ShareCalculator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsCalculator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsRequest;
import io.github.huiqi.calculators.procurement.reservation.ReservationCalculator;
import io.github.huiqi.calculators.procurement.reservation.ReservationRequest;
import io.github.huiqi.calculators.tax.firmyear.FirmYearCalculator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearFixtures;
import io.github.huiqi.calculators.tax.firmyear.FirmYearPropertyTest;
import io.github.huiqi.calculators.tax.rd.RdFixtures;
import io.github.huiqi.calculators.tax.rd.RdPropertyTest;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitFixtures;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitPropertyTest;
import io.github.huiqi.calculators.tax.vat.VatFixtures;
import io.github.huiqi.calculators.tax.vat.VatPropertyTest;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.employment.insurance.InsuranceDeferral;
import io.github.huiqi.core.employment.insurance.InsuranceKind;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.employment.training.TrainingSession;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.procurement.arrears.ArrearsClaim;
import io.github.huiqi.core.procurement.arrears.ArrearsDebtorKind;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/** The tax, grant, employment and procurement JSON entry points, each with a valid sample. */
final class TaxAndGrantEntryPoints {

  private static final PolicyData DATA = PolicyData.builtIn();

  private TaxAndGrantEntryPoints() {
  }

  static List<JsonEntryPoint> all() {
    ShareMeasure contract = DATA.getMeasure(ShareMeasure.SHANGHAI_DIGITAL_CONTRACT_2023);
    ReferralMeasure referral = DATA.getMeasure(MeasureId.of("sz-gxj-zjtx-32-draft.pool-compensation"),
        ReferralMeasure.class);
    AwardMeasure award = DATA.getMeasure(AwardMeasure.SHANGHAI_SPECIALISED_2023);
    HousingFundMeasure housingFund = DATA.getMeasure(HousingFundMeasure.SHENZHEN_2023);
    HiringMeasure hiring = DATA.getMeasure(HiringMeasure.SHANGHAI_2023);
    TrainingMeasure training = DATA.getMeasure(TrainingMeasure.SHENZHEN_DRAFT);
    InsuranceMeasure insurance = DATA.getMeasure(InsuranceMeasure.SHENZHEN_2023);
    ArrearsMeasure arrears = DATA.getMeasure(ArrearsMeasure.SHANGHAI_2023);
    ReservationMeasure reservation = DATA.getMeasure(ReservationMeasure.SHENZHEN_2023);
    ShareFeeMeasure platformFee = DATA.getMeasure(ShareFeeMeasure.SHENZHEN_PLATFORM_FEE_DRAFT);
    return List.of(
        new JsonEntryPoint("VatCalculator.explainVatDueJson",
            HuiqiJson.write(VatPropertyTest.randomRequest(new Random(7))),
            json -> VatFixtures.CALCULATOR.explainVatDueJson(VatFixtures.MEASURE, json)),
        new JsonEntryPoint("RdCalculator.explainExtraDeductionJson",
            HuiqiJson.write(RdPropertyTest.randomRequest(new Random(7))),
            json -> RdFixtures.CALCULATOR.explainExtraDeductionJson(RdFixtures.MEASURE, json)),
        new JsonEntryPoint("SmallLowProfitCalculator.explainTaxDueJson",
            HuiqiJson.write(SmallLowProfitPropertyTest.randomRequest(new Random(7))),
            json -> SmallLowProfitFixtures.CALCULATOR.explainTaxDueJson(SmallLowProfitFixtures.MEASURE, json)),
        new JsonEntryPoint("SmallLowProfitCalculator.explainPrepaymentPayableJson",
            HuiqiJson.write(SmallLowProfitPropertyTest.randomPrepayment(new Random(7))),
            json -> SmallLowProfitFixtures.CALCULATOR.explainPrepaymentPayableJson(SmallLowProfitFixtures.MEASURE,
                json)),
        new JsonEntryPoint("FirmYearCalculator.explainTotalSavedJson",
            HuiqiJson.write(FirmYearPropertyTest.randomRequest(new Random(7))),
            json -> FirmYearCalculator.DEFAULT.explainTotalSavedJson(FirmYearFixtures.MEASURES, json)),
        new JsonEntryPoint("ShareCalculator.explainShareJson", "{\"grantEvents\": [{\"eventId\": \"C-1\", "
            + "\"code\": \"sh-digital-service-contract\", \"date\": \"2023-07-01\", "
            + "\"amount\": {\"amount\": 800000, \"currency\": \"CNY\"}}]}",
            json -> ShareCalculator.DEFAULT.explainShareJson(contract, json)),
        new JsonEntryPoint("ShareCalculator.explainFeeSavedJson", "{\"specialisedAndInnovative\": {\"held\": true, "
            + "\"since\": \"2022-09-01\"}, \"grantEvents\": [{\"eventId\": \"F-1\", "
            + "\"code\": \"sz-public-service-platform-fee\", \"date\": \"2023-06-01\", "
            + "\"amount\": {\"amount\": 12345.67, \"currency\": \"CNY\"}}]}",
            json -> ShareCalculator.DEFAULT.explainFeeSavedJson(platformFee, json)),
        new JsonEntryPoint("ReferralCalculator.explainReferralJson", "{\"specialisedAndInnovative\": {\"held\": true, "
            + "\"since\": \"2022-09-01\", \"until\": \"2025-08-31\"}, \"asOf\": \"2023-10-31\"}",
            json -> ReferralCalculator.DEFAULT.explainReferralJson(referral, json)),
        new JsonEntryPoint("AwardCalculator.explainAwardJson", "{\"littleGiant\": {\"held\": true, "
            + "\"since\": \"2023-07-01\"}, \"specialisedAndInnovative\": {\"held\": false}}",
            json -> AwardCalculator.DEFAULT.explainAwardJson(award, json)),
        new JsonEntryPoint("HousingFundCalculator.explainDeferredUntilJson",
            HuiqiJson.write(HousingFundDeferral.builder().applicationId("HF-1")
                .applicationDate(LocalDate.of(2023, 3, 1)).deferralStart(LocalDate.of(2023, 7, 1)).hardship(true)
                .build()),
            json -> HousingFundCalculator.DEFAULT.explainDeferredUntilJson(housingFund, json)),
        new JsonEntryPoint("HiringCalculator.explainSubsidyJson", "{\"hires\": [{\"hireId\": \"H\", "
            + "\"hireDate\": \"2023-03-01\", \"registeredUnemployedMonths\": 3, \"contractEnd\": \"2024-02-29\", "
            + "\"socialInsurancePaid\": true}]}",
            json -> HiringCalculator.DEFAULT.explainSubsidyJson(hiring, json)),
        new JsonEntryPoint("TrainingCalculator.explainMaximumSubsidyJson",
            HuiqiJson.write(new TrainingRequest(List.of(TrainingSession.builder().sessionId("T-1").trainees(40)
                .costPerTrainee(Cny.of("25000.00")).specialisedProgramme(true).build()))),
            json -> TrainingCalculator.DEFAULT.explainMaximumSubsidyJson(training, json)),
        new JsonEntryPoint("InsuranceCalculator.explainWaivedFeeJson",
            HuiqiJson.write(new InsuranceRequest(List.of(InsuranceDeferral.builder().deferralId("S-1")
                .kind(InsuranceKind.PENSION).deferredAmount(Cny.of("120000.00"))
                .dueDate(LocalDate.of(2022, 12, 15)).deferralApproved(true).build()))),
            json -> InsuranceCalculator.DEFAULT.explainWaivedFeeJson(insurance, json)),
        new JsonEntryPoint("ArrearsCalculator.explainClassesJson",
            HuiqiJson.write(new ArrearsRequest(List.of(ArrearsClaim.builder().claimId("A")
                .debtorKind(ArrearsDebtorKind.GOVERNMENT_AGENCY).amount(Cny.of("500000.00")).disputed(false)
                .build()))),
            json -> ArrearsCalculator.DEFAULT.explainClassesJson(arrears, json)),
        new JsonEntryPoint("ReservationCalculator.explainMeetsRuleJson",
            HuiqiJson.write(new ReservationRequest(Cny.of("4000000.00"), Cny.of("1600000.00"))),
            json -> ReservationCalculator.DEFAULT.explainMeetsRuleJson(reservation, json)));
  }
}
