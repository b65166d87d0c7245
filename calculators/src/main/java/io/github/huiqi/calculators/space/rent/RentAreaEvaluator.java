package io.github.huiqi.calculators.space.rent;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.rent.RentAreaMeasure;
import io.github.huiqi.core.space.rent.RentPeriodUnit;
import java.util.Locale;
import java.util.Optional;

/**
 * Evaluates a per-square-metre rent subsidy ({@link RentAreaMeasure}, such as 光明区's) for an enterprise profile: a
 * payment to the firm.
 * <p>
 * The amount is {@link OutcomeAmount#atLeast} one period's subsidy (20 元/m² over the park leases' actual area): the
 * source states no duration, so nothing bounds it above. The period is the measure's documented default (a month),
 * which the outcome notes and its detail states. The 科技型中小企业 enrolment and the 高新技术企业 certificate are tested
 * on the evaluation date (expired or not yet granted, not held). An eligible firm with a lease whose park is not
 * known gets at least the subsidy on its park leases, naming {@code /leases/i/districtPark} (that lease's area may
 * add to it). A firm not known to be eligible (its qualification, or every park, not known) is undetermined, at least
 * zero: it may get nothing. Leases not known: undetermined, naming {@code /leases}. No lease: ineligible.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class RentAreaEvaluator implements MeasureEvaluator<RentAreaMeasure> {

  /** The evaluator. */
  public static final RentAreaEvaluator DEFAULT = new RentAreaEvaluator();

  private RentAreaEvaluator() {
  }

  @Override
  public Class<RentAreaMeasure> measureType() {
    return RentAreaMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.PAYMENT_TO_FIRM;
  }

  @Override
  public MeasureOutcome evaluate(RentAreaMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.PAYMENT_TO_FIRM);
    Optional<RentAreaRequest> request = RentAreaRequest.from(profile, context.asOf());
    if (request.isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/leases", OutcomeAmount.atLeast(Cny.ZERO),
          RentShareEvaluator.LEASES, measure.parkRule());
    }
    if (request.get().leases().isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/leases", RentShareEvaluator.LEASES, measure.parkRule());
    }
    RentAreaCalculator.Evaluation e = RentAreaCalculator.DEFAULT.evaluate(measure, request.get(), explain);
    Verdict verdict = e.decision().verdict();
    builder.verdict(verdict).addAllMissingFacts(e.decision().missingFacts()).addAllMissingFacts(e.openFacts());
    if (verdict == Verdict.INELIGIBLE) {
      builder.amount(OutcomeAmount.ZERO);
    } else {
      boolean month = e.unit() == RentPeriodUnit.MONTH;
      // the measure's own figure (20 for 光明区's 20元/m2) in the detail's words
      String rate = Cny.positiveYuan(measure.ratePerSquareMetre().value(), "ratePerSquareMetre").stripTrailingZeros()
          .toPlainString();
      // undetermined: the firm may get nothing, so nothing is certain; the period's subsidy is what it would get
      builder.amount(OutcomeAmount.atLeast(verdict == Verdict.ELIGIBLE ? Cny.of(e.amount()) : Cny.ZERO))
          .detail(LocalizedText.of(
          "金额为一个" + (month ? "月" : "年") + "的补贴（" + rate + "元/m²，按实际面积）；来源未规定补贴期限",
          "the amount is one " + (month ? "month" : "year") + "'s subsidy (" + rate + " yuan a square metre of actual "
              + "area); the source states no duration"));
    }
    if (explain) {
      builder.addAllReasons(e.decision().eligibility().reasons()).explanation(new Explanation(e.steps().list()));
      builder.addNotes(new Reason("period-unit-default", LocalizedText.of("补贴标准按每平方米每"
          + (e.unit() == RentPeriodUnit.MONTH ? "月" : "年") + "计（来源未规定，默认值）", "the rate is taken per square "
          + "metre per " + e.unit().toString().toLowerCase(Locale.ROOT) + " (not stated: a default)"),
          measure.periodUnit().citation()));
    }
    return context.finish(builder);
  }
}
