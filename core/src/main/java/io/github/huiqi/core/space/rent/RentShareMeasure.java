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
 * A rent subsidy of a share of the prior year's rent, capped a year, for a number of consecutive years.
 * <p>
 * The built-in instance is 龙岗区's, as the 2021 reply letter (第20210370号提案答复) describes it: "龙岗区对入驻区级科技企业
 * 加速器、科技创新产业园的国家高新技术企业，连续三年给予不超过上一年度场地租金支出50%、每年最高20万元的扶持". For support year
 * y: {@code subsidy_y ≤ min(200,000, 50% × rent_{y−1})}, "不超过…最高": a ceiling the authority fixes the figure within.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param share  the most of the prior year's rent (50%), above 0% and at most 100%
 * @param capPerYear  the most a year (200,000), positive
 * @param consecutiveYears  the years of support (3), positive
 * @param rounding  the rounding of the share (a documented default)
 * @param highTechRule  the rule that the firm is a 国家高新技术企业
 * @param parkRule  the rule that the space is in a district-level accelerator or science park
 */
public record RentShareMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> share,
    Parameter<MonetaryAmount> capPerYear,
    Parameter<Integer> consecutiveYears,
    Parameter<MoneyRounding> rounding,
    Citation highTechRule,
    Citation parkRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.rent-share-subsidy";

  /** The built-in 龙岗区 measure's id. */
  public static final TypedMeasureId<RentShareMeasure> LONGGANG =
      TypedMeasureId.of("sz-gxj-2021-reply-20210370.longgang-rent-subsidy", RentShareMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public RentShareMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(share, "share");
    if (share.value().compareTo(Rate.ZERO) <= 0 || share.value().isGreaterThan(Rate.ONE_HUNDRED_PERCENT)) {
      throw new InvalidInputException("share/value", share.value(), "must be above 0% and at most 100%");
    }
    Args.notNull(capPerYear, "capPerYear");
    Cny.positiveYuan(capPerYear.value(), "capPerYear/value");
    Args.notNull(consecutiveYears, "consecutiveYears");
    if (consecutiveYears.value() <= 0) {
      throw new InvalidInputException("consecutiveYears/value", consecutiveYears.value(), "must be positive");
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(highTechRule, "highTechRule");
    Args.notNull(parkRule, "parkRule");
  }
}
