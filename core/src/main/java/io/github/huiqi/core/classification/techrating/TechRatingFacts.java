package io.github.huiqi.core.classification.techrating;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * One year's facts for the 科技型中小企业 evaluation, besides the year's employees (职工总数), revenue (销售收入) and
 * total assets: science and technology staff, R&amp;D spend, total costs and expenses, and intellectual property.
 * Every fact is optional; absent means not known.
 * <p>
 * In JSON, in a profile year's {@code techRating}: {@code {"techStaff": 12, "rdExpense": {"amount": 900000,
 * "currency": "CNY"}, "costsAndExpenses": {...}, "classOneIp": 1, "classTwoIp": 3}}.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param techStaff  科技人员: staff in R&amp;D and related technical work that year, zero or more
 * @param rdExpense  研发费用总额: the year's R&amp;D spend, CNY, zero or more
 * @param costsAndExpenses  成本费用总额: the year's total costs and expenses, CNY, zero or more
 * @param classOneIp  Ⅰ类知识产权 held (invention patents, plant varieties, new drugs, IC layouts...), zero or more
 * @param classTwoIp  Ⅱ类知识产权 held (utility models, designs, software copyrights...), zero or more
 */
public record TechRatingFacts(
    Optional<Integer> techStaff,
    Optional<MonetaryAmount> rdExpense,
    Optional<MonetaryAmount> costsAndExpenses,
    Optional<Integer> classOneIp,
    Optional<Integer> classTwoIp) {

  /**
   * Creates the facts.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or negative, naming it
   */
  public TechRatingFacts {
    Args.notNullOptional(techStaff, "techStaff").ifPresent(count -> Args.notNegative(count, "techStaff"));
    Args.notNullOptional(rdExpense, "rdExpense").ifPresent(amount -> Cny.notNegativeYuan(amount, "rdExpense"));
    Args.notNullOptional(costsAndExpenses, "costsAndExpenses")
        .ifPresent(amount -> Cny.notNegativeYuan(amount, "costsAndExpenses"));
    Args.notNullOptional(classOneIp, "classOneIp").ifPresent(count -> Args.notNegative(count, "classOneIp"));
    Args.notNullOptional(classTwoIp, "classTwoIp").ifPresent(count -> Args.notNegative(count, "classTwoIp"));
  }
}
