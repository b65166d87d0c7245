package io.github.huiqi.core.financing.deferral;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.FinancingChecks;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.ReachesBeforeValidity;
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.time.DateRange;
import java.time.LocalDate;

/**
 * A deferral of principal and interest (延期还本付息) for small and micro business loans falling due in a window, to no
 * later than a date.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第7条: "对于2022年第四季度到期的、受疫情影响暂时遇困的小微企业贷款（含个体工商户和
 * 小微企业主经营性贷款），鼓励银行业金融机构与借款人按市场化原则共同协商延期还本付息，最长可延至2023年6月30日。" The deferral is
 * negotiated with the bank; the measure says which loans may be deferred and how far, not that a bank must agree.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param dueWindow  the dates the loan must fall due in, inclusive ("2022年第四季度到期的"); closed; before the
 *     measure's validity, which it reaches back to ({@link ReachesBeforeValidity})
 * @param latestDeferredDate  the latest date the loan may be deferred to, inclusive ("最长可延至2023年6月30日"), after
 *     the due window
 * @param borrowerScope  the rule on who is covered ("小微企业贷款（含个体工商户和小微企业主经营性贷款）")
 * @param hardship  the rule that the borrower is temporarily in difficulty ("受疫情影响暂时遇困")
 */
public record DeferralMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    @ReachesBeforeValidity Parameter<DateRange> dueWindow,
    Parameter<LocalDate> latestDeferredDate,
    Citation borrowerScope,
    Citation hardship) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "financing.loan-deferral";

  /** The built-in Shenzhen 2023 measure's id. */
  public static final TypedMeasureId<DeferralMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.loan-deferral", DeferralMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing, the window open-ended, or the latest date not after the
   *     window, naming the field
   */
  public DeferralMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(dueWindow, "dueWindow");
    Args.notNull(latestDeferredDate, "latestDeferredDate");
    LocalDate windowEnd = dueWindow.value().end().orElseThrow();
    if (!latestDeferredDate.value().isAfter(windowEnd)) {
      throw new InvalidInputException("latestDeferredDate/value", latestDeferredDate.value(),
          "must be after the due window's end " + windowEnd);
    }
    Args.notNull(borrowerScope, "borrowerScope");
    Args.notNull(hardship, "hardship");
  }
}
