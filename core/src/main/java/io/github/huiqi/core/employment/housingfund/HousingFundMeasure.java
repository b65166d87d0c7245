package io.github.huiqi.core.employment.housingfund;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;

/**
 * A deferral of housing-fund contributions for employers in difficulty, applied for by a deadline, for at most a
 * number of months.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第2条: "受疫情影响缴存住房公积金确有困难的用人单位，可按规定向公积金中心申请缓缴
 * 住房公积金，期限不超过12个月，申请期限至2023年6月30日". The benefit is a date, not money: the latest day the deferral may run
 * to, the start plus 12 months less a day (a deferral from 2023-07-01 runs at the latest to 2024-06-30).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param applicationDeadline  the last day to apply, inclusive (2023-06-30)
 * @param maximumMonths  the longest deferral in months (12), positive
 * @param hardship  the rule that the employer has real difficulty paying because of the epidemic
 * @param endRule  how the latest end is counted (a documented default)
 */
public record HousingFundMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<LocalDate> applicationDeadline,
    Parameter<Integer> maximumMonths,
    Citation hardship,
    Citation endRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "employment.housing-fund-deferral";

  /** The built-in Shenzhen measure's id (深工信〔2023〕26号 第2条). */
  public static final TypedMeasureId<HousingFundMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.housing-fund-deferral", HousingFundMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public HousingFundMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(applicationDeadline, "applicationDeadline");
    Args.date(applicationDeadline.value(), "applicationDeadline/value");
    Args.notNull(maximumMonths, "maximumMonths");
    if (maximumMonths.value() <= 0) {
      throw new InvalidInputException("maximumMonths/value", maximumMonths.value(), "must be positive");
    }
    Args.notNull(hardship, "hardship");
    Args.notNull(endRule, "endRule");
  }

  /**
   * Returns the latest day a deferral starting on a date may run to: the start plus the maximum months, less a day;
   * when the start's day of the month does not exist in the last month (a start on 29 February, 12 months on), the
   * months run to that month's end, as 《民法典》第二百零二条 counts a period in months ("没有对应日的，月末日为期间的最后
   * 一日"): from 2024-02-29 to 2025-02-28, not 2025-02-27.
   *
   * @param start  the first day deferred
   * @return the latest last day, included
   */
  public LocalDate latestEnd(LocalDate start) {
    return DateRange.ofMonths(Args.notNull(start, "start"), maximumMonths.value()).end().orElseThrow();
  }
}
