package io.github.huiqi.calculators.procurement.reservation;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.GroupedFigure;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.procurement.reservation.ReservationMeasure;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;

/**
 * Evaluates the SME reservation in government works procurement ({@link ReservationMeasure}) for an enterprise
 * profile, for information: {@link AmountKind#NON_MONETARY}, amount zero.
 * <p>
 * The rule binds the purchaser's project (its calculator, {@link ReservationCalculator}, is the main use); it gives a
 * firm no amount. What a profile can decide is whether the firm may compete for the reserved share: an SME (medium,
 * small or micro under 工信部联企业〔2011〕300号) may, a large enterprise may not. Size not known: undetermined, naming
 * {@code /size}. The detail says why the outcome carries no money.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class ReservationEvaluator implements MeasureEvaluator<ReservationMeasure> {

  /** The evaluator. */
  public static final ReservationEvaluator DEFAULT = new ReservationEvaluator();

  /** The built-in measures' figures (深工信〔2023〕26号 第9条, 沪企服办〔2023〕1号 第十一条): 400万元 and 40%. */
  private static final BigDecimal BUILT_IN_LIMIT = new BigDecimal("4000000");
  private static final Rate BUILT_IN_SHARE = Rate.ofPercent("40");
  private static final LocalizedText BUILT_IN_DETAIL = detail(BUILT_IN_LIMIT, BUILT_IN_SHARE);

  private ReservationEvaluator() {
  }

  @Override
  public Class<ReservationMeasure> measureType() {
    return ReservationMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(ReservationMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO)
        .detail(detail(measure));
    StepTrace steps = new StepTrace(explain);
    TracedCondition.Decision decision = TracedCondition.decide(List.of(TracedCondition.of(profile.size(),
        size -> size != EnterpriseSize.LARGE, "/size", "sme", () -> LocalizedText.of("中小企业（中型、小型、微型）",
            "an SME (medium, small or micro)"), measure.smeRule())), steps);
    builder.verdict(decision.verdict()).addAllMissingFacts(decision.missingFacts());
    if (explain) {
      builder.addAllReasons(decision.eligibility().reasons()).explanation(new Explanation(steps.list()));
    }
    return context.finish(builder);
  }

  /**
   * The detail, in the measure's own figures (400万元 and 40% for 深工信〔2023〕26号 第9条 and 财库〔2022〕19号): why the
   * outcome carries no money.
   */
  private static LocalizedText detail(ReservationMeasure measure) {
    BigDecimal limit = Cny.positiveYuan(measure.fullReservationLimit().value(), "fullReservationLimit");
    Rate share = measure.minimumShare().value();
    // the built-in figures' words are written once: the engine writes this detail on every evaluation
    return limit.compareTo(BUILT_IN_LIMIT) == 0 && share.equals(BUILT_IN_SHARE) ? BUILT_IN_DETAIL
        : detail(limit, share);
  }

  private static LocalizedText detail(BigDecimal limit, Rate minimumShare) {
    String wan = limit.divide(BigDecimal.valueOf(10_000)).stripTrailingZeros().toPlainString();
    String share = minimumShare.toString();
    return LocalizedText.of("采购人侧规则：政府采购工程面向中小企业预留份额（" + wan + "万元以下全部预留，以上不低于" + share
        + "）约束采购项目，不构成企业可得金额；结论仅表示企业可否参与预留份额的竞争", "a purchaser-side rule: the SME share of "
        + "government works procurement (wholly reserved up to " + GroupedFigure.of(limit) + ", at least " + share
        + " above) binds the project and gives the firm no amount; the verdict says only whether the firm may compete "
        + "for the reserved share");
  }
}
