package io.github.huiqi.calculators.catalog;

import io.github.huiqi.calculators.classification.scale.ScaleUpPoolEvaluator;
import io.github.huiqi.calculators.classification.scale.ScaleUpRewardEvaluator;
import io.github.huiqi.calculators.classification.size.SizeEvaluator;
import io.github.huiqi.calculators.employment.hiring.HiringEvaluator;
import io.github.huiqi.calculators.employment.housingfund.HousingFundEvaluator;
import io.github.huiqi.calculators.employment.insurance.InsuranceEvaluator;
import io.github.huiqi.calculators.employment.training.TrainingEvaluator;
import io.github.huiqi.calculators.financing.deferral.DeferralEvaluator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanEvaluator;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanGuaranteedEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeAverageEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeBenchmarkCapEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeReductionEvaluator;
import io.github.huiqi.calculators.financing.guaranteefee.GuaranteeFeeSubsidyEvaluator;
import io.github.huiqi.calculators.financing.renovation.RenovationGrantEvaluator;
import io.github.huiqi.calculators.financing.renovation.RenovationInterestEvaluator;
import io.github.huiqi.calculators.financing.renovation.RenovationStackingRule;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolEvaluator;
import io.github.huiqi.calculators.financing.stacking.RenovationLoanStackingRule;
import io.github.huiqi.calculators.financing.stacking.StackingInterestSubsidyRule;
import io.github.huiqi.calculators.financing.techsme.TechSmeEvaluator;
import io.github.huiqi.calculators.grants.award.AwardEvaluator;
import io.github.huiqi.calculators.grants.referral.ReferralEvaluator;
import io.github.huiqi.calculators.grants.share.ShareEvaluator;
import io.github.huiqi.calculators.grants.share.ShareFeeEvaluator;
import io.github.huiqi.calculators.procurement.arrears.ArrearsEvaluator;
import io.github.huiqi.calculators.procurement.reservation.ReservationEvaluator;
import io.github.huiqi.calculators.space.highrise.HighRiseEvaluator;
import io.github.huiqi.calculators.space.purchase.PurchaseEvaluator;
import io.github.huiqi.calculators.space.rent.RentAreaEvaluator;
import io.github.huiqi.calculators.space.rent.RentPolicyEvaluator;
import io.github.huiqi.calculators.space.rent.RentShareEvaluator;
import io.github.huiqi.calculators.space.utility.UtilityEvaluator;
import io.github.huiqi.calculators.tax.firmyear.FirmYearIncomeTaxRule;
import io.github.huiqi.calculators.tax.rd.RdEvaluator;
import io.github.huiqi.calculators.tax.restated.RestatedReliefRule;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitEvaluator;
import io.github.huiqi.calculators.tax.vat.VatEvaluator;
import io.github.huiqi.core.catalog.MeasureKinds;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Measure;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one list of evaluators, one per measure kind of {@link MeasureKinds}, and of the stacking rules the engine
 * applies across measures.
 * <p>
 * Adding a kind of measure is its family package, one line in {@link MeasureKinds}, one line here and its pack
 * entries; a test checks that every kind has an evaluator. A host replaces an evaluator with
 * {@link #withEvaluator(MeasureEvaluator)}, or adds a rule with {@link #withStackingRule(StackingRule)}.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class MeasureRegistry {

  /** The built-in evaluators and stacking rules. */
  public static final MeasureRegistry BUILT_IN = new MeasureRegistry(List.of(
      FirstLoanEvaluator.DEFAULT,
      FirstLoanGuaranteedEvaluator.DEFAULT,
      TechSmeEvaluator.DEFAULT,
      RiskPoolEvaluator.DEFAULT,
      GuaranteeFeeReductionEvaluator.DEFAULT,
      GuaranteeFeeAverageEvaluator.DEFAULT,
      GuaranteeFeeBenchmarkCapEvaluator.DEFAULT,
      GuaranteeFeeSubsidyEvaluator.DEFAULT,
      RenovationInterestEvaluator.DEFAULT,
      RenovationGrantEvaluator.DEFAULT,
      DeferralEvaluator.DEFAULT,
      VatEvaluator.DEFAULT,
      SmallLowProfitEvaluator.DEFAULT,
      RdEvaluator.DEFAULT,
      AwardEvaluator.DEFAULT,
      ShareEvaluator.DEFAULT,
      ReferralEvaluator.DEFAULT,
      ShareFeeEvaluator.DEFAULT,
      SizeEvaluator.DEFAULT,
      ScaleUpPoolEvaluator.DEFAULT,
      ScaleUpRewardEvaluator.DEFAULT,
      HiringEvaluator.DEFAULT,
      InsuranceEvaluator.DEFAULT,
      RentPolicyEvaluator.DEFAULT,
      RentAreaEvaluator.DEFAULT,
      RentShareEvaluator.DEFAULT,
      HighRiseEvaluator.DEFAULT,
      HousingFundEvaluator.DEFAULT,
      PurchaseEvaluator.DEFAULT,
      ReservationEvaluator.DEFAULT,
      ArrearsEvaluator.DEFAULT,
      TrainingEvaluator.DEFAULT,
      UtilityEvaluator.DEFAULT),
      List.of(StackingInterestSubsidyRule.DEFAULT, RenovationLoanStackingRule.DEFAULT, RenovationStackingRule.DEFAULT,
          UnsettledStackingRule.DEFAULT, RestatedReliefRule.DEFAULT, FirmYearIncomeTaxRule.DEFAULT));

  private final Map<Class<?>, MeasureEvaluator<?>> evaluators;
  private final List<StackingRule> stackingRules;

  private MeasureRegistry(List<MeasureEvaluator<?>> evaluators, List<StackingRule> stackingRules) {
    Map<Class<?>, MeasureEvaluator<?>> byType = new LinkedHashMap<>();
    for (MeasureEvaluator<?> evaluator : Args.listCopy(evaluators, "evaluators")) {
      byType.put(evaluator.measureType(), evaluator);
    }
    this.evaluators = byType;
    this.stackingRules = Args.listCopy(stackingRules, "stackingRules");
  }

  /**
   * Finds the evaluator of a model type.
   *
   * @param <M>  the model type
   * @param type  the model type
   * @return the evaluator, empty if none is registered
   */
  @SuppressWarnings("unchecked")
  public <M extends Measure> Optional<MeasureEvaluator<M>> find(Class<M> type) {
    return Optional.ofNullable((MeasureEvaluator<M>) evaluators.get(Args.notNull(type, "type")));
  }

  /**
   * Returns every evaluator, in registration order.
   *
   * @return the evaluators
   */
  public List<MeasureEvaluator<?>> evaluators() {
    return List.copyOf(evaluators.values());
  }

  /**
   * Returns the stacking rules, in the order the engine applies them.
   *
   * @return the rules
   */
  public List<StackingRule> stackingRules() {
    return stackingRules;
  }

  /**
   * Returns a copy with an evaluator added, replacing the one registered for the same model type.
   *
   * @param evaluator  the evaluator
   * @return the copy
   */
  public MeasureRegistry withEvaluator(MeasureEvaluator<?> evaluator) {
    Args.notNull(evaluator, "evaluator");
    List<MeasureEvaluator<?>> list = new ArrayList<>(evaluators.values());
    list.removeIf(existing -> existing.measureType().equals(evaluator.measureType()));
    list.add(evaluator);
    return new MeasureRegistry(list, stackingRules);
  }

  /**
   * Returns a copy with a stacking rule added after the others.
   *
   * @param rule  the rule
   * @return the copy
   */
  public MeasureRegistry withStackingRule(StackingRule rule) {
    List<StackingRule> list = new ArrayList<>(stackingRules);
    list.add(Args.notNull(rule, "rule"));
    return new MeasureRegistry(List.copyOf(evaluators.values()), list);
  }
}
