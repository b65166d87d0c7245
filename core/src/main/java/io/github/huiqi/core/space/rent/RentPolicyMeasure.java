package io.github.huiqi.core.space.rent;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
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

/**
 * The policy rent of government-led innovative industrial space (创新型产业用房): the reference rent for comparable
 * space less a discount within a range.
 * <p>
 * The built-in instance is 《深圳市创新型产业用房管理办法（修订版）》 as the 2021 reply letter (第20210370号提案答复)
 * describes it: "租金价格参考…同片区同档次…产业用房租金参考价格，租金价格原则上应比参考价格优惠30%－70%". So
 * {@code policy rent = reference rent × (1 − discount)}, discount from 30% to 70%, both included; the discount is set
 * per project, and without it the rent is the range from 30% to 70% of the reference.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param id  the measure id
 * @param clause  the enacting clause
 * @param documentStatus  the legal status of the enacting document
 * @param title  the title
 * @param minimumDiscount  the least discount (30%), at least 0%
 * @param maximumDiscount  the most discount (70%), not below the least and at most 100%
 * @param rounding  the rounding of a lease's monthly rent (a documented default)
 * @param spaceRule  the rule that the space is 创新型产业用房 let by the government at policy rent
 */
public record RentPolicyMeasure(
    MeasureId id,
    ClauseRef clause,
    DocumentStatus documentStatus,
    LocalizedText title,
    Parameter<Rate> minimumDiscount,
    Parameter<Rate> maximumDiscount,
    Parameter<MoneyRounding> rounding,
    Citation spaceRule) implements Measure {

  /** The measure's type name in JSON. */
  public static final String TYPE = "space.innovation-space-policy-rent";

  /** The built-in Shenzhen measure's id. */
  public static final TypedMeasureId<RentPolicyMeasure> SHENZHEN_2021 =
      TypedMeasureId.of("sz-gxj-2021-reply-20210370.innovation-space-rent", RentPolicyMeasure.class);

  /**
   * Creates the model, checking its invariants.
   *
   * @throws InvalidInputException if a parameter is missing or out of range, naming it
   */
  public RentPolicyMeasure {
    Args.notNull(id, "id");
    Args.notNull(clause, "clause");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(title, "title");
    Args.notNull(minimumDiscount, "minimumDiscount");
    Args.inputRate(minimumDiscount.value(), "minimumDiscount/value");
    Args.notNull(maximumDiscount, "maximumDiscount");
    Args.inputRate(maximumDiscount.value(), "maximumDiscount/value");
    if (maximumDiscount.value().isLessThan(minimumDiscount.value())) {
      throw new InvalidInputException("maximumDiscount/value", maximumDiscount.value(),
          "must not be below minimumDiscount " + minimumDiscount.value());
    }
    Args.notNull(rounding, "rounding");
    Args.notNull(spaceRule, "spaceRule");
  }
}
