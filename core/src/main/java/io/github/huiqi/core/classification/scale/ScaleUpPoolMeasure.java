package io.github.huiqi.core.classification.scale;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
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
 * The 小升规 cultivation pool (培育库): membership of small and micro industrial firms whose prior-year revenue lies in a
 * band. No money: the pool is a status that brings services and priority.
 * <p>
 * The built-in instance is the Shenzhen 小升规 three-year plan (2022-2024) 第四条: "以全市上一年度营业收入1000至2000万元的
 * 小微工业企业为对象，建立'小升规'企业培育库". The lower bound is inclusive; the upper bound is exclusive, a reading no
 * source states (20,000,000 of 主营业务收入 already makes an industrial firm 规上; decisions register §1.3 card 001-4a).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param minimumRevenue  the least prior-year revenue, inclusive (10,000,000)
 * @param revenueBelow  the prior-year revenue a member stays below, exclusive (20,000,000)
 * @param smallMicroIndustrial  the clause naming the firms (小微工业企业): an industrial firm (GB/T 4754-2017 sections
 *     B, C, D) of small or micro size under 工信部联企业〔2011〕300号
 */
public record ScaleUpPoolMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> minimumRevenue,
    Parameter<MonetaryAmount> revenueBelow,
    Citation smallMicroIndustrial) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "classification.small-to-scale-pool";

  /** The built-in Shenzhen measure's id (小升规方案 第四条). */
  public static final TypedMeasureId<ScaleUpPoolMeasure> SHENZHEN_2022 =
      TypedMeasureId.of("sz-gxj-2022-small-to-scale.cultivation-pool", ScaleUpPoolMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a field is missing, a bound not positive, or the band empty
   */
  public ScaleUpPoolMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(minimumRevenue, "minimumRevenue");
    Args.notNull(revenueBelow, "revenueBelow");
    if (Cny.positiveYuan(revenueBelow.value(), "revenueBelow/value")
        .compareTo(Cny.positiveYuan(minimumRevenue.value(), "minimumRevenue/value")) <= 0) {
      throw new InvalidInputException("revenueBelow/value", revenueBelow.value(), "must be above minimumRevenue");
    }
    Args.notNull(smallMicroIndustrial, "smallMicroIndustrial");
  }
}
