package io.github.huiqi.core.employment.insurance;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.ReachesBeforeValidity;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;
import java.util.List;

/**
 * The late fee (滞纳金) waived on deferred social-insurance contributions repaid by a deadline.
 * <p>
 * The built-in instances are 深工信〔2023〕26号 第2条 ("参保单位可申请在2023年12月31日前采取分期或逐月等方式对缓缴的社会保险费予以
 * 补缴，补缴期间免收滞纳金") and 沪企服办〔2023〕1号 第二十条 (the same rule in Shanghai). The fee waived is the statutory late
 * fee the contribution would otherwise bear: 0.05% of the deferred amount a day (社会保险法 第八十六条, "按日加收万分之五的
 * 滞纳金", an external instrument), from the day after the due date through the repayment day.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param repaymentDeadline  the last day a repayment is waived its late fee, inclusive ("2023年12月31日前")
 * @param eligibleKinds  the contributions the phased deferral covered (养老、失业、工伤), not empty
 * @param deferredDueWindow  the due dates the phased deferral ("阶段性缓缴…政策") covered, inclusive; closed. No source
 *     text gives its months: a documented default (decisions register §1.2 card 000-2a); a contribution due outside
 *     it was not deferred under that policy, so its late fee is not waived; it may start before the measure's
 *     validity ({@link ReachesBeforeValidity})
 * @param dailyLateFeeRate  the statutory late fee a day (0.05%), above 0% and at most 100%
 * @param rounding  the rounding of each deferral's fee (a documented default)
 * @param dayCountRule  how the late days are counted (a documented default: from the day after the due date through
 *     the repayment day, so the days between the two dates)
 */
public record InsuranceMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<LocalDate> repaymentDeadline,
    Parameter<List<InsuranceKind>> eligibleKinds,
    @ReachesBeforeValidity Parameter<DateRange> deferredDueWindow,
    Parameter<Rate> dailyLateFeeRate,
    Parameter<MoneyRounding> rounding,
    Citation dayCountRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "employment.insurance-late-fee-waiver";

  /** The built-in Shenzhen measure's id (深工信〔2023〕26号 第2条). */
  public static final TypedMeasureId<InsuranceMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.insurance-late-fee-waiver", InsuranceMeasure.class);

  /** The built-in Shanghai measure's id (沪企服办〔2023〕1号 第二十条). */
  public static final TypedMeasureId<InsuranceMeasure> SHANGHAI_2023 =
      TypedMeasureId.of("sh-qfb-2023-1.insurance-late-fee-waiver", InsuranceMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public InsuranceMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(repaymentDeadline, "repaymentDeadline");
    Args.date(repaymentDeadline.value(), "repaymentDeadline/value");
    Args.notNull(eligibleKinds, "eligibleKinds");
    List<InsuranceKind> kinds = Args.listCopy(eligibleKinds.value(), "eligibleKinds/value");
    if (kinds.isEmpty()) {
      throw new InvalidInputException("eligibleKinds/value", "[]", "must hold at least one kind");
    }
    eligibleKinds = eligibleKinds.withValue(kinds);
    FinancingChecks.requireClosedWindow(deferredDueWindow, "deferredDueWindow");
    Args.notNull(dailyLateFeeRate, "dailyLateFeeRate");
    Rate rate = dailyLateFeeRate.value();
    if (rate.compareTo(Rate.ZERO) <= 0 || rate.isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("dailyLateFeeRate/value", rate, "must be above 0% and at most 100%");
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(dayCountRule, "dayCountRule");
  }
}
