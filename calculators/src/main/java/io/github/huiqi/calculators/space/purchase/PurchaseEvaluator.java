package io.github.huiqi.calculators.space.purchase;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.calculators.internal.SpecialisedRecognition;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.space.purchase.PurchaseMeasure;
import io.github.huiqi.core.space.purchase.PurchaseOutput;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Evaluates the right to buy leased state-owned industrial space ({@link PurchaseMeasure}, the Shenzhen 专精特新 draft
 * 第二十九条) for an enterprise profile: {@link AmountKind#NON_MONETARY}, amount zero.
 * <p>
 * The output tested is that of the calendar year before the evaluation date, from the profile's
 * {@code industrialOutputs} (a documented default: the draft says "年产值" without the year); the tenure is counted to
 * the evaluation date, and a 专精特新 recognition must be held on it (expired or not yet granted, not held): the
 * 专精特新中小企业 or the 专精特新"小巨人" one, the draft's 专精特新企业 including both (its opening paragraph). Missing
 * facts: {@code /specialisedAndInnovative} (when the 小巨人 recognition is not held on the date),
 * {@code /littleGiant} (when the 专精特新中小企业 one expired before the date: decisions register §4.6 item 59),
 * {@code /industrialOutputs} (the list, or the
 * year in it), {@code /leases}, {@code /leases/i/stateOwned}, {@code /leases/i/end}. A profile whose leases are not
 * given is undetermined, naming {@code /leases} and whichever of the recognition and the year's output is not given
 * (either may rule the firm out), unless it is known to fail one of those two conditions (no recognition held on the
 * date, or the year's output below 300,000,000): ineligible, since the three are all needed (decisions register §4.6
 * item 82).
 * The document is a draft: the outcome says so, and the explaining form notes it.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class PurchaseEvaluator implements MeasureEvaluator<PurchaseMeasure> {

  /** The evaluator. */
  public static final PurchaseEvaluator DEFAULT = new PurchaseEvaluator();

  private static final LocalizedText LEASES = LocalizedText.of("租赁场地", "leases");
  private static final LocalizedText MAY_BUY = LocalizedText.of("可按国有资产处置程序受让一定面积产业用房（征求意见稿）",
      "may buy part of the leased space by the state-asset disposal procedure (draft)");

  private PurchaseEvaluator() {
  }

  @Override
  public Class<PurchaseMeasure> measureType() {
    return PurchaseMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(PurchaseMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    if (explain && measure.documentStatus() == DocumentStatus.DRAFT) {
      ProfileLists.draftNote(builder, measure.tenureRule());
    }
    int year = context.asOf().getYear() - 1;
    Optional<MonetaryAmount> output = grossOutput(profile, year);
    if (profile.leases().isEmpty()) {
      // the three conditions are all needed ("、"): a firm known to fail the recognition or the output is out
      // whatever its leases, as the draft's guarantee-fee cap reads a firm holding no recognition whose loans are
      // not known; otherwise the leases are asked
      boolean notHeld = SpecialisedRecognition.heldOn(profile.specialisedAndInnovative(), profile.littleGiant(),
          context.asOf()).map(held -> !held).orElse(false);
      BigDecimal minimum = Cny.yuan(measure.minimumAnnualOutput().value(), "minimumAnnualOutput");
      boolean outputShort = output.map(amount -> Cny.notNegativeYuan(amount, "grossOutput").compareTo(minimum) < 0)
          .orElse(false);
      if (notHeld || outputShort) {
        builder.verdict(Verdict.INELIGIBLE);
        if (explain) {
          if (notHeld) {
            builder.addReasons(new Reason("not-specialised-and-innovative", LocalizedText.of(
                "测算日不是专精特新企业", "not a 专精特新 enterprise on the evaluation date"), measure.qualification()));
          }
          if (outputShort) {
            builder.addReasons(new Reason("annual-output-below", LocalizedText.of(year + "年产值低于 "
                + minimum.toPlainString() + " 元", "the output of " + year + " is below " + minimum.toPlainString()),
                measure.minimumAnnualOutput().citation()));
          }
        }
        return context.finish(builder);
      }
      // either of the other two, not given, may rule the firm out as the leases may: each is named beside them
      if (SpecialisedRecognition.heldOn(profile.specialisedAndInnovative(), profile.littleGiant(), context.asOf())
          .isEmpty()) {
        builder.addMissingFacts(SpecialisedRecognition.factAsked(profile.specialisedAndInnovative(),
            profile.littleGiant(), context.asOf()));
      }
      if (output.isEmpty()) {
        builder.addMissingFacts("/industrialOutputs");
      }
      return ProfileLists.unknown(context, builder, explain, "/leases", OutcomeAmount.ZERO, LEASES,
          measure.minimumLeaseYears().citation());
    }
    // the recognition is tested on the evaluation date: an expired or a later one does not qualify the firm; the
    // draft's 专精特新企业 include the 专精特新“小巨人”企业 (its opening paragraph), so either recognition qualifies
    PurchaseRequest request = PurchaseRequest.builder().specialisedAndInnovative(SpecialisedRecognition.heldOn(
        profile.specialisedAndInnovative(), profile.littleGiant(), context.asOf())).annualOutput(output)
        .leases(profile.leases().get()).asOf(context.asOf()).build();
    StepTrace steps = new StepTrace(explain);
    // the 专精特新中小企业 recognition expired with the 小巨人 one not given: the 小巨人 one is asked (register §4.6
    // item 59), and the step names it, not the recognition the profile gives
    TracedCondition.Decision decision = PurchaseCalculator.DEFAULT.evaluate(measure, request, steps,
        SpecialisedRecognition.factAsked(profile.specialisedAndInnovative(), profile.littleGiant(), context.asOf()));
    builder.verdict(decision.verdict());
    for (String fact : decision.missingFacts()) {
      builder.addMissingFacts(fact.equals("/annualOutput") ? "/industrialOutputs" : fact);
    }
    if (decision.verdict() != Verdict.INELIGIBLE) {
      builder.detail(MAY_BUY);
    }
    if (explain) {
      builder.addAllReasons(decision.eligibility().reasons()).explanation(new Explanation(steps.list()));
      builder.addNotes(new Reason("output-year", LocalizedText.of("年产值取测算日上一年度（" + year + "）",
          "the output tested is that of the year before the evaluation date (" + year + ")"),
          measure.outputYearRule()));
    }
    return context.finish(builder);
  }

  /** The year's gross output: the first of the profile's industrial outputs for the year; empty if none. */
  private static Optional<MonetaryAmount> grossOutput(EnterpriseProfile profile, int year) {
    Optional<List<PurchaseOutput>> outputs = profile.industrialOutputs();
    if (outputs.isPresent()) {
      for (PurchaseOutput output : outputs.get()) {
        if (output.year() == year) {
          return Optional.of(output.grossOutput());
        }
      }
    }
    return Optional.empty();
  }
}
