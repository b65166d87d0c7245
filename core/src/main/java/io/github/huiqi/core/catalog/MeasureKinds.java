package io.github.huiqi.core.catalog;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.employment.hiring.HiringMeasure;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.employment.insurance.InsuranceMeasure;
import io.github.huiqi.core.employment.training.TrainingMeasure;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanGuaranteedMeasure;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeAverageMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkCapMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeReductionMeasure;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.financing.renovation.RenovationGrantMeasure;
import io.github.huiqi.core.financing.renovation.RenovationInterestMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.grants.referral.ReferralMeasure;
import io.github.huiqi.core.grants.share.ShareFeeMeasure;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.procurement.arrears.ArrearsMeasure;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.space.highrise.HighRiseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPolicyMeasure;
import io.github.huiqi.core.space.rent.RentShareMeasure;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.core.tax.rd.RdMeasure;
import io.github.huiqi.core.tax.smalllowprofit.SmallLowProfitMeasure;
import io.github.huiqi.core.tax.vat.VatMeasure;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of measure kinds: each kind's JSON type name and its model class.
 * <p>
 * A policy pack names each measure's kind by its {@code type}, such as {@code financing.first-loan-interest-subsidy};
 * the JSON module ({@link io.github.huiqi.core.json.HuiqiModule}) reads it through this list, so class names never
 * appear in JSON. Adding a kind of measure is its family package, one line here, one line in the calculators'
 * evaluator registry ({@code io.github.huiqi.calculators.catalog.MeasureRegistry}) and its pack entries.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MeasureKinds {

  /** Every built-in kind, in catalogue order: financing first, then tax, then grants. */
  private static final List<Kind> KINDS = List.of(
      new Kind(FirstLoanMeasure.TYPE, FirstLoanMeasure.class),
      new Kind(FirstLoanGuaranteedMeasure.TYPE, FirstLoanGuaranteedMeasure.class),
      new Kind(TechSmeMeasure.TYPE, TechSmeMeasure.class),
      new Kind(RiskPoolMeasure.TYPE, RiskPoolMeasure.class),
      new Kind(GuaranteeFeeReductionMeasure.TYPE, GuaranteeFeeReductionMeasure.class),
      new Kind(GuaranteeFeeAverageMeasure.TYPE, GuaranteeFeeAverageMeasure.class),
      new Kind(GuaranteeFeeBenchmarkCapMeasure.TYPE, GuaranteeFeeBenchmarkCapMeasure.class),
      new Kind(GuaranteeFeeSubsidyMeasure.TYPE, GuaranteeFeeSubsidyMeasure.class),
      new Kind(RenovationInterestMeasure.TYPE, RenovationInterestMeasure.class),
      new Kind(RenovationGrantMeasure.TYPE, RenovationGrantMeasure.class),
      new Kind(DeferralMeasure.TYPE, DeferralMeasure.class),
      new Kind(VatMeasure.TYPE, VatMeasure.class),
      new Kind(SmallLowProfitMeasure.TYPE, SmallLowProfitMeasure.class),
      new Kind(RdMeasure.TYPE, RdMeasure.class),
      new Kind(AwardMeasure.TYPE, AwardMeasure.class),
      new Kind(ShareMeasure.TYPE, ShareMeasure.class),
      new Kind(ReferralMeasure.TYPE, ReferralMeasure.class),
      new Kind(ShareFeeMeasure.TYPE, ShareFeeMeasure.class),
      new Kind(SizeStandard.TYPE, SizeStandard.class),
      new Kind(ScaleUpPoolMeasure.TYPE, ScaleUpPoolMeasure.class),
      new Kind(ScaleUpRewardMeasure.TYPE, ScaleUpRewardMeasure.class),
      new Kind(HiringMeasure.TYPE, HiringMeasure.class),
      new Kind(InsuranceMeasure.TYPE, InsuranceMeasure.class),
      new Kind(RentPolicyMeasure.TYPE, RentPolicyMeasure.class),
      new Kind(RentAreaMeasure.TYPE, RentAreaMeasure.class),
      new Kind(RentShareMeasure.TYPE, RentShareMeasure.class),
      new Kind(HighRiseMeasure.TYPE, HighRiseMeasure.class),
      new Kind(HousingFundMeasure.TYPE, HousingFundMeasure.class),
      new Kind(PurchaseMeasure.TYPE, PurchaseMeasure.class),
      new Kind(ReservationMeasure.TYPE, ReservationMeasure.class),
      new Kind(ArrearsMeasure.TYPE, ArrearsMeasure.class),
      new Kind(TrainingMeasure.TYPE, TrainingMeasure.class),
      new Kind(UtilityMeasure.TYPE, UtilityMeasure.class));

  private static final Map<String, Kind> BY_NAME = index();

  private MeasureKinds() {
  }

  /**
   * Returns every kind, in catalogue order.
   *
   * @return the kinds
   */
  public static List<Kind> all() {
    return KINDS;
  }

  /**
   * Finds the kind with a JSON type name.
   *
   * @param typeName  the name, such as {@code financing.first-loan-interest-subsidy}
   * @return the kind, empty if none has the name
   * @throws io.github.huiqi.core.error.InvalidInputException if the name is null
   */
  public static Optional<Kind> find(String typeName) {
    Args.notNull(typeName, "typeName");
    return Optional.ofNullable(BY_NAME.get(typeName));
  }

  private static Map<String, Kind> index() {
    Map<String, Kind> byName = new LinkedHashMap<>();
    for (Kind kind : KINDS) {
      if (byName.put(kind.typeName(), kind) != null) {
        throw new IllegalStateException("two measure kinds named " + kind.typeName());
      }
    }
    return Map.copyOf(byName);
  }

  /**
   * One kind of measure.
   *
   * @param typeName  the JSON type name
   * @param modelType  the model class
   */
  public record Kind(String typeName, Class<? extends Measure> modelType) {
  }
}
