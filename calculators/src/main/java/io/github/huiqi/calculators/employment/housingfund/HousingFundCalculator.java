package io.github.huiqi.calculators.employment.housingfund;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.EventValidity;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.employment.housingfund.HousingFundDeferral;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Decides a housing-fund deferral (缓缴住房公积金) under 深工信〔2023〕26号 第2条: "受疫情影响缴存住房公积金确有困难的用人单位，
 * 可按规定向公积金中心申请缓缴住房公积金，期限不超过12个月，申请期限至2023年6月30日".
 * <p>
 * Eligible when applied on or before 2023-06-30 (included) by an employer in difficulty; the deferral may run at the
 * latest to the start plus 12 months less a day (from 2023-07-01, to 2024-06-30), a requested end beyond it being
 * capped. The deferral may start no earlier than the first day of the month applied in (the months before are owed
 * already, decisions register §4.6 item 174): one from earlier is ineligible, its reason
 * {@code not-deferral-from-application-month}. An application dated before the deadline's validity
 * (2023-01-01..2023-06-30) was made under an earlier policy: ineligible, {@code event-outside-validity}. A missing
 * hardship fact names {@code /housingFundDeferrals/i/hardship} (in the request, the pointer is {@code /hardship}).
 * <p>
 * Usage:
 * <pre>{@code
 * HousingFundMeasure measure = PolicyData.builtIn().getMeasure(HousingFundMeasure.SHENZHEN_2023);
 * Optional<LocalDate> until = HousingFundCalculator.DEFAULT.deferredUntil(measure, application);
 * HousingFundResult explained = HousingFundCalculator.DEFAULT.explainDeferredUntil(measure, application);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class HousingFundCalculator {

  /** The calculator. */
  public static final HousingFundCalculator DEFAULT = new HousingFundCalculator();

  /** The deferral's first month, not before the month applied in (decisions register §4.6 item 174). */
  private static final Citation FROM_APPLICATION_MONTH = Citation.libraryDefault("decisions register §4.6 item 174",
      "第2条 \"向公积金中心申请缓缴住房公积金\": a deferral is of contributions not yet owed when the employer applies; "
          + "those of the months before the month applied in are arrears (欠缴), which no deferral covers");

  private HousingFundCalculator() {
  }

  /**
   * Returns the day the deferral may run to: the fast form.
   *
   * @param measure  the measure, such as the built-in {@link HousingFundMeasure#SHENZHEN_2023}
   * @param application  the application
   * @return the day, or empty if ineligible
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on a missing fact
   */
  public Optional<LocalDate> deferredUntil(HousingFundMeasure measure, HousingFundDeferral application) {
    Evaluation e = evaluate(measure, application, "", false);
    if (e.decision.verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(e.decision.missingFacts());
    }
    return e.until;
  }

  /**
   * Decides the deferral with its verdict, latest end and explanation.
   *
   * @param measure  the measure
   * @param application  the application
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public HousingFundResult explainDeferredUntil(HousingFundMeasure measure, HousingFundDeferral application) {
    Evaluation e = evaluate(measure, application, "", true);
    HousingFundResult result = new HousingFundResult(measure.id(), measure.documentStatus(),
        application.applicationId(),
        e.decision.eligibility(), e.latest, e.until, e.capped, new Explanation(e.steps.list()));
    return result.withReceipt(
        CalculatorReceipts.issue("employment.housing-fund.deferred-until", List.of(measure), application,
        Optional.empty(), result));
  }

  /**
   * Decides a deferral from a JSON application and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param applicationJson  a {@link HousingFundDeferral} as JSON
   * @return a {@link HousingFundResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the culprit
   */
  public String explainDeferredUntilJson(HousingFundMeasure measure, String applicationJson) {
    Args.notNull(measure, "measure");
    return HuiqiJson.write(explainDeferredUntil(measure, HuiqiJson.read(applicationJson,
        HousingFundDeferral.class)));
  }

  /** The one path of both forms and of the evaluator; {@code at} prefixes the pointers, such as a profile's. */
  Evaluation evaluate(HousingFundMeasure measure, HousingFundDeferral application, String at, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(application, "application");
    StepTrace steps = new StepTrace(explain);
    LocalDate deadline = measure.applicationDeadline().value();
    steps.add(() -> new InputStep(LocalizedText.of("缓缴申请 " + application.applicationId(), "application "
        + application.applicationId()), "applied " + application.applicationDate() + ", deferral from "
        + application.deferralStart() + application.requestedEnd().map(d -> " to " + d).orElse("")));
    LocalDate monthApplied = application.applicationDate().withDayOfMonth(1);
    List<TracedCondition> conditions = List.of(
        TracedCondition.known(!application.applicationDate().isAfter(deadline), "applied-by-deadline",
            () -> LocalizedText.of("于 " + deadline + "（含）前申请", "applied on or before " + deadline),
            () -> "applicationDate = " + application.applicationDate(), measure.applicationDeadline().citation()),
        // "申请缓缴": the contributions of the months before the application are owed (欠缴), not deferred
        TracedCondition.known(!application.deferralStart().isBefore(monthApplied), "deferral-from-application-month",
            () -> LocalizedText.of("缓缴起始不早于申请当月（" + monthApplied + " 起）", "deferral starting no earlier than the "
                + "month applied in (from " + monthApplied + ")"),
            () -> "deferralStart = " + application.deferralStart() + ", applicationDate = "
                + application.applicationDate(), FROM_APPLICATION_MONTH),
        TracedCondition.of(application.hardship(), Boolean::booleanValue, at + "/hardship", "hardship",
            () -> LocalizedText.of("受疫情影响缴存住房公积金确有困难", "real difficulty paying because of the epidemic"),
            measure.hardship()));
    // an application before the deadline's validity (from 2023-01-01) was made under an earlier policy, not this
    // one; one after the deadline already fails it
    if (!application.applicationDate().isAfter(deadline)) {
      conditions = EventValidity.with(conditions, measure.applicationDeadline(), application.applicationDate(),
          () -> at + "/applicationDate", "缓缴申请日期", "application date");
    }
    TracedCondition.Decision decision = TracedCondition.decide(conditions, steps);
    LocalDate latest = measure.latestEnd(application.deferralStart());
    boolean capped = application.requestedEnd().map(end -> end.isAfter(latest)).orElse(false);
    LocalDate end = application.requestedEnd().filter(d -> !d.isAfter(latest)).orElse(latest);
    steps.add(() -> new InputStep(LocalizedText.of("最长缓缴至（期限不超过" + measure.maximumMonths().value() + "个月）",
        "latest deferral end (at most " + measure.maximumMonths().value() + " months)"), latest + (capped
        ? "; the request to " + application.requestedEnd().get() + " is capped" : "")));
    Optional<LocalDate> until = decision.verdict() == Verdict.INELIGIBLE ? Optional.empty() : Optional.of(end);
    return new Evaluation(decision, latest, until, capped, steps);
  }

  /** The verdict, the latest end, the day allowed, whether capped, and the steps. */
  record Evaluation(TracedCondition.Decision decision, LocalDate latest, Optional<LocalDate> until, boolean capped,
      StepTrace steps) {
  }
}
