package io.github.huiqi.core.space.utility;

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
import io.github.huiqi.core.policy.TypedMeasureId;
import io.github.huiqi.core.time.DateRange;

/**
 * No cut-off of water, electricity and gas for arrears in a period, and the late fees arising in it waived.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第2条: "对经营困难的个体工商户和中小微企业，在2023年第一季度实行水、电、气“欠费
 * 不停供”，免收在此期间产生的欠费滞纳金". The fee waived on a bill is its arrears × the supplier's daily rate × the days of
 * the period it was overdue (from its first overdue day through the day before payment), where the rate is known.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param period  the period, inclusive (2023-01-01..2023-03-31); closed
 * @param rounding  the rounding of each bill's fee (a documented default)
 * @param beneficiaries  the rule on who is covered (个体工商户和中小微企业)
 * @param hardship  the rule that the firm is in difficulty (经营困难)
 * @param dayCountRule  how the overdue days are counted (a documented default)
 */
public record UtilityMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<DateRange> period,
    Parameter<MoneyRounding> rounding,
    Citation beneficiaries,
    Citation hardship,
    Citation dayCountRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.utility-arrears-relief";

  /** The built-in Shenzhen measure's id (深工信〔2023〕26号 第2条). */
  public static final TypedMeasureId<UtilityMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.utility-arrears-relief", UtilityMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a parameter is missing or the period open-ended
   */
  public UtilityMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    FinancingChecks.requireClosedWindow(period, "period");
    Args.notNull(rounding, "rounding");
    Args.notNull(beneficiaries, "beneficiaries");
    Args.notNull(hardship, "hardship");
    Args.notNull(dayCountRule, "dayCountRule");
  }
}
