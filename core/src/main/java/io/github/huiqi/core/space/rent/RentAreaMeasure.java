package io.github.huiqi.core.space.rent;

import io.github.huiqi.core.error.InvalidInputException;
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
import io.github.huiqi.core.rates.Rate;
import javax.money.MonetaryAmount;

/**
 * A rent subsidy of a fixed amount per square metre of the actual area, for technology firms in district parks.
 * <p>
 * The built-in instance is 光明区's, as the 2021 reply letter (第20210370号提案答复) describes it: "光明区对入驻区级科技
 * 创新产业园的各类科技型企业，按实际面积给予20元/m2的补贴". The source gives neither the period the 20 元/m² is for nor
 * the duration (decisions register §4.4 item 28): the period is a parameter with a documented default, and the amount
 * is that of one period, with no upper bound.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param ratePerSquareMetre  the subsidy per square metre per period (20), positive
 * @param periodUnit  the period the rate is for (a documented default: a month)
 * @param rounding  the rounding of a lease's amount (a documented default)
 * @param techFirmRule  the rule that the firm is a technology firm (科技型企业)
 * @param parkRule  the rule that the space is in a district-level science park
 */
public record RentAreaMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<MonetaryAmount> ratePerSquareMetre,
    Parameter<RentPeriodUnit> periodUnit,
    Parameter<MoneyRounding> rounding,
    Citation techFirmRule,
    Citation parkRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.rent-area-subsidy";

  /** The built-in 光明区 measure's id. */
  public static final TypedMeasureId<RentAreaMeasure> GUANGMING =
      TypedMeasureId.of("sz-gxj-2021-reply-20210370.guangming-rent-subsidy", RentAreaMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public RentAreaMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(ratePerSquareMetre, "ratePerSquareMetre");
    Cny.positiveYuan(ratePerSquareMetre.value(), "ratePerSquareMetre/value");
    Args.notNull(periodUnit, "periodUnit");
    Args.notNull(rounding, "rounding");
    Args.notNull(techFirmRule, "techFirmRule");
    Args.notNull(parkRule, "parkRule");
  }
}
