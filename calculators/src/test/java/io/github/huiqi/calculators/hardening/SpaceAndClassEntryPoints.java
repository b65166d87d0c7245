package io.github.huiqi.calculators.hardening;

import io.github.huiqi.calculators.classification.scale.ScaleClassifier;
import io.github.huiqi.calculators.classification.scale.ScaleRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpPoolRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardCalculator;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardRequest;
import io.github.huiqi.calculators.classification.scale.ScaleUpYear;
import io.github.huiqi.calculators.classification.size.SizeClassifier;
import io.github.huiqi.calculators.classification.size.SizeRequest;
import io.github.huiqi.calculators.classification.techrating.TechRatingCalculator;
import io.github.huiqi.calculators.classification.techrating.TechRatingRequest;
import io.github.huiqi.calculators.space.highrise.HighRiseCalculator;
import io.github.huiqi.calculators.space.highrise.HighRiseRequest;
import io.github.huiqi.calculators.space.purchase.PurchaseCalculator;
import io.github.huiqi.calculators.space.purchase.PurchaseRequest;
import io.github.huiqi.calculators.space.rent.RentAreaCalculator;
import io.github.huiqi.calculators.space.rent.RentAreaRequest;
import io.github.huiqi.calculators.space.rent.RentPolicyCalculator;
import io.github.huiqi.calculators.space.rent.RentPolicyRequest;
import io.github.huiqi.calculators.space.rent.RentShareCalculator;
import io.github.huiqi.calculators.space.rent.RentShareRequest;
import io.github.huiqi.calculators.space.utility.UtilityCalculator;
import io.github.huiqi.calculators.space.utility.UtilityRequest;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentLease;
import io.github.huiqi.core.space.rent.RentPayment;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.core.space.utility.UtilityBill;
import io.github.huiqi.core.space.utility.UtilityKind;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The space and classification JSON entry points, each with a valid sample. */
final class SpaceAndClassEntryPoints {

  private static final PolicyData DATA = PolicyData.builtIn();

  private SpaceAndClassEntryPoints() {
  }

  /** 1,200 m² in a district park since 2021-01-01, with a reference rent, a monthly rent and the 2022 rent paid. */
  private static RentLease lease() {
    return RentLease.builder().leaseId("L-1").area(new BigDecimal("1200")).start(LocalDate.of(2021, 1, 1))
        .districtPark(true).innovationSpace(true).referenceRent(Cny.of("60.00")).monthlyRent(Cny.of("36000.00"))
        .rentPaid(List.of(new RentPayment(2022, Cny.of("432000.00")))).build();
  }

  static List<JsonEntryPoint> all() {
    RentShareMeasure rentShare = DATA.getMeasure(RentShareMeasure.LONGGANG);
    RentAreaMeasure rentArea = DATA.getMeasure(RentAreaMeasure.GUANGMING);
    RentPolicyMeasure rentPolicy = DATA.getMeasure(RentPolicyMeasure.SHENZHEN_2021);
    HighRiseMeasure highRise = DATA.getMeasure(HighRiseMeasure.SHENZHEN_2023);
    PurchaseMeasure purchase = DATA.getMeasure(PurchaseMeasure.SHENZHEN_DRAFT);
    UtilityMeasure utility = DATA.getMeasure(UtilityMeasure.SHENZHEN_2023);
    ScaleUpRewardMeasure scaleUpReward = DATA.getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);
    ScaleUpPoolMeasure scaleUpPool = DATA.getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
    SizeStandard size = DATA.getMeasure(SizeStandard.MIIT_2011);
    RentLease stateLease = RentLease.builder().leaseId("L-1").area(new BigDecimal("3000"))
        .start(LocalDate.of(2020, 7, 1)).end(LocalDate.of(2026, 6, 30)).stateOwned(true).build();
    UtilityBill bill = UtilityBill.builder().billId("E-1").utility(UtilityKind.ELECTRICITY)
        .arrears(Cny.of("50000.00")).overdueFrom(LocalDate.of(2023, 1, 10)).dailyLateFeeRate(Rate.parse("0.2%"))
        .build();
    return List.of(
        new JsonEntryPoint("RentShareCalculator.explainMaximumSubsidyJson",
            HuiqiJson.write(RentShareRequest.builder().highTech(true).leases(List.of(lease())).supportYear(2023)
                .build()),
            json -> RentShareCalculator.DEFAULT.explainMaximumSubsidyJson(rentShare, json)),
        new JsonEntryPoint("RentAreaCalculator.explainSubsidyPerPeriodJson",
            HuiqiJson.write(RentAreaRequest.builder().techSme(true).leases(List.of(lease())).build()),
            json -> RentAreaCalculator.DEFAULT.explainSubsidyPerPeriodJson(rentArea, json)),
        new JsonEntryPoint("RentPolicyCalculator.explainMonthlyRentJson",
            HuiqiJson.write(new RentPolicyRequest(List.of(lease()))),
            json -> RentPolicyCalculator.DEFAULT.explainMonthlyRentJson(rentPolicy, json)),
        new JsonEntryPoint("HighRiseCalculator.explainAverageRentJson",
            HuiqiJson.write(new HighRiseRequest(List.of(lease()))),
            json -> HighRiseCalculator.DEFAULT.explainAverageRentJson(highRise, json)),
        new JsonEntryPoint("PurchaseCalculator.explainMayPurchaseJson",
            HuiqiJson.write(PurchaseRequest.builder().specialisedAndInnovative(true)
                .annualOutput(Cny.of("300000000.00")).leases(List.of(stateLease)).asOf(LocalDate.of(2023, 6, 30))
                .build()),
            json -> PurchaseCalculator.DEFAULT.explainMayPurchaseJson(purchase, json)),
        new JsonEntryPoint("UtilityCalculator.explainWaivedLateFeesJson",
            HuiqiJson.write(UtilityRequest.builder().legalForm(LegalForm.ENTERPRISE).size(EnterpriseSize.SMALL)
                .affectedByEpidemic(true).utilityBills(List.of(bill)).build()),
            json -> UtilityCalculator.DEFAULT.explainWaivedLateFeesJson(utility, json)),
        new JsonEntryPoint("TechRatingCalculator.explainRatingJson",
            HuiqiJson.write(TechRatingRequest.builder().staff(100).techStaff(12).sales(Cny.of("10000000"))
                .totalAssets(Cny.of("50000000")).rdExpense(Cny.of("600000")).costsAndExpenses(Cny.of("9000000"))
                .classOneIp(1).classTwoIp(3).residentEnterprise(true).permittedProducts(true).noMajorIncidents(true)
                .notOnLists(true).directConfirmation(false).build()),
            json -> TechRatingCalculator.DEFAULT.explainRatingJson(TechRatingStandard.builtIn(), json)),
        new JsonEntryPoint("ScaleUpRewardCalculator.explainRewardJson",
            HuiqiJson.write(ScaleUpRewardRequest.builder().industryCode("C3484").history(List.of(
                ScaleUpYear.of(2021, false, Cny.of("18000000")),
                ScaleUpYear.of(2022, true, Cny.of("21000000")),
                ScaleUpYear.of(2023, true, Cny.of("25000000")))).build()),
            json -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(scaleUpReward, json)),
        new JsonEntryPoint("ScaleClassifier.explainAboveScaleJson",
            HuiqiJson.write(ScaleRequest.of("C3484", 2023, Cny.of("25000000"))),
            json -> ScaleClassifier.DEFAULT.explainAboveScaleJson(ScaleStandard.builtIn(), json)),
        new JsonEntryPoint("ScaleUpPoolCalculator.explainMembershipJson",
            HuiqiJson.write(ScaleUpPoolRequest.builder().industryCode("C3484").size(EnterpriseSize.SMALL)
                .priorYearRevenue(Cny.of("15000000")).build()),
            json -> ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(scaleUpPool, json)),
        new JsonEntryPoint("SizeClassifier.explainClassifyJson",
            HuiqiJson.write(SizeRequest.builder().industryCode("C3311").employees(50).totalAssets(Cny.of("1000000"))
                .revenue(Cny.of("9999999")).build()),
            json -> SizeClassifier.DEFAULT.explainClassifyJson(size, json)));
  }
}
