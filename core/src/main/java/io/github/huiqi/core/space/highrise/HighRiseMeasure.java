package io.github.huiqi.core.space.highrise;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.ClauseRef;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Measure;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.policy.TypedMeasureId;
import javax.money.MonetaryAmount;

/**
 * An average-rent ceiling over a space programme's leases.
 * <p>
 * The built-in instance is 深工信〔2023〕26号 第3条: "在全市建设不少于2000万平方米“工业上楼”厂房空间，平均租金价格不高于35元/月/
 * 平方米". "平均" makes it a programme-level average, not a cap on each lease: a project
 * meets it when its leases' area-weighted average rent, Σ monthly rent ÷ Σ area, is at most 35 元/m² a month.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param averageRentCeiling  the most the average may be, CNY per square metre per month (35), positive, inclusive
 * @param rounding  the rounding of the average as reported (the test compares it unrounded)
 * @param averageRule  the reading that the ceiling is an average over the project, not a per-lease cap
 */
public record HighRiseMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> averageRentCeiling,
    Parameter<MoneyRounding> rounding,
    Citation averageRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.high-rise-average-rent";

  /** The built-in Shenzhen measure's id (深工信〔2023〕26号 第3条). */
  public static final TypedMeasureId<HighRiseMeasure> SHENZHEN_2023 =
      TypedMeasureId.of("sz-gxj-2023-26.high-rise-average-rent", HighRiseMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a parameter is missing or out of range, naming it
   */
  public HighRiseMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(averageRentCeiling, "averageRentCeiling");
    Cny.positiveYuan(averageRentCeiling.value(), "averageRentCeiling/value");
    Args.notNull(rounding, "rounding");
    Args.notNull(averageRule, "averageRule");
  }
}
