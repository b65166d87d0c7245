package io.github.huiqi.core.classification.techrating;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.HuiqiStyle;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.immutables.value.Value;

/**
 * One year's facts for the 科技型中小企业 evaluation, besides the year's employees (职工总数), revenue (销售收入) and
 * total assets: science and technology staff, R&amp;D spend, total costs and expenses, and intellectual property.
 * Every fact is optional; absent means not known.
 * <p>
 * In JSON, in a profile year's {@code techRating}: {@code {"techStaff": 12, "rdExpense": {"amount": 900000,
 * "currency": "CNY"}, "costsAndExpenses": {...}, "classOneIp": 1, "classTwoIp": 3}}.
 * <pre>{@code
 * TechRatingFacts facts = TechRatingFacts.builder().techStaff(12).rdExpense(Cny.of("900000"))
 *     .costsAndExpenses(Cny.of("8000000")).classOneIp(1).build();   // classTwoIp not known
 * }</pre>
 * <p>
 * This class is immutable and thread-safe.
 */
@Value.Immutable
@HuiqiStyle
@JsonSerialize(as = ImmutableTechRatingFacts.class)
@JsonDeserialize(as = ImmutableTechRatingFacts.class)
public abstract class TechRatingFacts {

  TechRatingFacts() {
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns 科技人员: staff in R&amp;D and related technical work that year.
   *
   * @return the count, zero or more, if known
   */
  public abstract Optional<Integer> techStaff();

  /**
   * Returns 研发费用总额: the year's R&amp;D spend, CNY.
   *
   * @return the amount, zero or more, if known
   */
  public abstract Optional<MonetaryAmount> rdExpense();

  /**
   * Returns 成本费用总额: the year's total costs and expenses, CNY.
   *
   * @return the amount, zero or more, if known
   */
  public abstract Optional<MonetaryAmount> costsAndExpenses();

  /**
   * Returns the Ⅰ类知识产权 held (invention patents, plant varieties, new drugs, IC layouts...).
   *
   * @return the count, zero or more, if known
   */
  public abstract Optional<Integer> classOneIp();

  /**
   * Returns the Ⅱ类知识产权 held (utility models, designs, software copyrights...).
   *
   * @return the count, zero or more, if known
   */
  public abstract Optional<Integer> classTwoIp();

  @Value.Check
  void check() {
    Args.notNullOptional(techStaff(), "techStaff").ifPresent(count -> Args.notNegative(count, "techStaff"));
    Args.notNullOptional(rdExpense(), "rdExpense").ifPresent(amount -> Cny.notNegativeYuan(amount, "rdExpense"));
    Args.notNullOptional(costsAndExpenses(), "costsAndExpenses")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "costsAndExpenses"));
    Args.notNullOptional(classOneIp(), "classOneIp").ifPresent(count -> Args.notNegative(count, "classOneIp"));
    Args.notNullOptional(classTwoIp(), "classTwoIp").ifPresent(count -> Args.notNegative(count, "classTwoIp"));
  }

  /**
   * Builds {@link TechRatingFacts}. Each setter returns this builder; {@code build()} validates.
   * <p>
   * {@code build()} throws {@link io.github.huiqi.core.error.InvalidInputException} naming the field if a count or
   * an amount is negative, or an amount is not CNY at the fen's scale.
   */
  public static class Builder extends ImmutableTechRatingFacts.Builder {
    /** Creates an empty builder. */
    public Builder() {
    }
  }
}
