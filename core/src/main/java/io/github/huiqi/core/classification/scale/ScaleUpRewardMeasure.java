package io.github.huiqi.core.classification.scale;

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
 * The 小升规 reward: up to a ceiling for an industrial firm first included in the 规模以上工业 statistics database that
 * grows in the year after its entry and is still in the database. The authority fixes the figure within the ceiling.
 * <p>
 * The built-in instance is the Shenzhen 小升规 three-year plan (2022-2024) 第四条: "对首次纳入规模以上工业企业库并于入库
 * 次年实现产值(营业收入)正增长的工业企业按相关规定给予最高20万元奖励". That the firm is still in the database the year
 * after entry comes from the municipal guide (its source is cited in the pack). Growth is tested on the figure the
 * caller supplies as the two years' revenue (产值 or 营业收入, whichever the authority uses).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param maximumReward  the ceiling ("最高20万元"), positive
 * @param firstEntry  the clause requiring a first entry into the 规上工业 database, and how the history is read
 * @param growth  the clause requiring growth in the year after entry, and which figure is compared
 * @param stillInDatabase  the rule that the firm is still in the database the year after entry
 */
public record ScaleUpRewardMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> maximumReward,
    Citation firstEntry,
    Citation growth,
    Citation stillInDatabase) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "grants.small-to-scale-reward";

  /** The built-in Shenzhen measure's id (小升规方案 第四条). */
  public static final TypedMeasureId<ScaleUpRewardMeasure> SHENZHEN_2022 =
      TypedMeasureId.of("sz-gxj-2022-small-to-scale.small-to-scale-reward", ScaleUpRewardMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is missing or the ceiling not positive
   */
  public ScaleUpRewardMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(maximumReward, "maximumReward");
    Cny.positiveYuan(maximumReward.value(), "maximumReward/value");
    Args.notNull(firstEntry, "firstEntry");
    Args.notNull(growth, "growth");
    Args.notNull(stillInDatabase, "stillInDatabase");
  }
}
