package io.github.huiqi.calculators.employment.housingfund;

import io.github.huiqi.calculators.catalog.EvaluationContext;
import io.github.huiqi.calculators.catalog.MeasureEvaluator;
import io.github.huiqi.calculators.internal.EnterpriseCap;
import io.github.huiqi.calculators.internal.ProfileLists;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Evaluates the housing-fund deferral ({@link HousingFundMeasure}, 深工信〔2023〕26号 第2条) for an enterprise profile:
 * which applications may be granted and to when.
 * <p>
 * The benefit is a date: the outcome is {@link AmountKind#NON_MONETARY}, its amount exactly zero, and its detail (in
 * both forms, since it is the benefit itself) names each application not ineligible and the day it may run to, as
 * the loan deferral's outcome does. Missing facts are named per application, such as
 * {@code /housingFundDeferrals/0/hardship}, also when another application is eligible (decisions register §4.6
 * item 71: each application is granted on its own). Applications not known:
 * undetermined, naming {@code /housingFundDeferrals}. None: ineligible.
 * <p>
 * This class is immutable and thread-safe.
 */
public final class HousingFundEvaluator implements MeasureEvaluator<HousingFundMeasure> {

  /** The evaluator. */
  public static final HousingFundEvaluator DEFAULT = new HousingFundEvaluator();

  private static final LocalizedText APPLICATIONS = LocalizedText.of("住房公积金缓缴申请", "housing-fund deferral "
      + "applications");

  private HousingFundEvaluator() {
  }

  @Override
  public Class<HousingFundMeasure> measureType() {
    return HousingFundMeasure.class;
  }

  @Override
  public AmountKind amountKind() {
    return AmountKind.NON_MONETARY;
  }

  @Override
  public MeasureOutcome evaluate(HousingFundMeasure measure, EnterpriseProfile profile, EvaluationContext context,
      boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(profile, "profile");
    Args.notNull(context, "context");
    MeasureOutcome.Builder builder = context.startOutcome(AmountKind.NON_MONETARY).amount(OutcomeAmount.ZERO);
    if (profile.housingFundDeferrals().isEmpty()) {
      return ProfileLists.unknown(context, builder, explain, "/housingFundDeferrals", OutcomeAmount.ZERO,
          APPLICATIONS, measure.applicationDeadline().citation());
    }
    List<HousingFundDeferral> applications = profile.housingFundDeferrals().get();
    if (applications.isEmpty()) {
      return ProfileLists.none(context, builder, explain, "/housingFundDeferrals", APPLICATIONS,
          measure.applicationDeadline().citation());
    }
    List<TracedCondition.Decision> decisions = new ArrayList<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    List<ExplanationStep> steps = new ArrayList<>();
    StringBuilder zh = new StringBuilder();
    StringBuilder en = new StringBuilder();
    for (int i = 0; i < applications.size(); i++) {
      HousingFundDeferral application = applications.get(i);
      HousingFundCalculator.Evaluation e = HousingFundCalculator.DEFAULT.evaluate(measure, application,
          "/housingFundDeferrals/" + i, explain);
      decisions.add(e.decision());
      missing.addAll(e.decision().missingFacts());
      steps.addAll(e.steps().list());
      if (e.until().isPresent()) {
        boolean sure = e.decision().verdict() == Verdict.ELIGIBLE;
        zh.append(zh.length() == 0 ? "" : "；").append(application.applicationId()).append(sure ? " 可缓缴至 "
            : " 补充信息后可能可缓缴至 ").append(e.until().get());
        en.append(en.length() == 0 ? "" : "; ").append(application.applicationId()).append(sure
            ? " may be deferred to " : " may be deferred, if the missing facts are favourable, to ")
            .append(e.until().get());
      }
    }
    TracedCondition.Decision combined = EnterpriseCap.combine(decisions);
    // every undetermined application's facts, also when another is eligible: the detail says it may defer "if the
    // missing facts are favourable", so they are named (as the hiring subsidy names an undetermined hire's)
    builder.verdict(combined.verdict()).addAllMissingFacts(missing);
    if (zh.length() > 0) {
      builder.detail(LocalizedText.of("住房公积金缓缴：" + zh + "。", "Housing-fund deferral: " + en + "."));
    }
    if (explain) {
      builder.addAllReasons(combined.eligibility().reasons()).explanation(new Explanation(steps));
    }
    return context.finish(builder);
  }
}
