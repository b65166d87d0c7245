package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The figures of one R&amp;D project of the request (the subtotals of its R&amp;D ledger, 研发支出辅助账汇总): its
 * qualifying costs net of grants, its other related costs within the limit, and what it adds to the year.
 * <p>
 * Under the rules of 2016–2020 the limit is the project's own, {@code firstFive × 10% ÷ 90%}; from 2021 it is
 * computed over all projects together, and the project's allowed other costs are its share of the pooled allowance,
 * in proportion to its other related costs (a library default: the instruments pool the limit and say nothing of
 * the shares, which matter only for the split between expensed and capitalised R&amp;D).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param name  the project's name
 * @param capitalised  whether its costs of the year are capitalised
 * @param firstFive  its five categories other than other related costs, net of grant-funded parts, CNY
 * @param otherRelated  its other related costs as incurred, net of grant-funded parts, CNY
 * @param grantFunded  the costs paid from grants treated as non-taxable income, left out, CNY
 * @param otherCostsLimit  its own limit, {@code firstFive × 10% ÷ 90%} rounded, in a year of per-project limits
 * @param allowedOtherCosts  its other related costs that count, CNY, rounded
 * @param qualifying  {@code firstFive + allowedOtherCosts}: what it adds to line 2 (and, when capitalised, to line
 *     42), CNY, rounded
 * @param intangibleCost  when its intangible is formed in the year: the intangible's qualifying cost, its earlier
 *     capitalised cost plus {@code qualifying}, CNY, rounded
 */
public record RdProjectFigures(
    String name,
    boolean capitalised,
    MonetaryAmount firstFive,
    MonetaryAmount otherRelated,
    MonetaryAmount grantFunded,
    Optional<MonetaryAmount> otherCostsLimit,
    MonetaryAmount allowedOtherCosts,
    MonetaryAmount qualifying,
    Optional<MonetaryAmount> intangibleCost) {

  /**
   * Creates the figures.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public RdProjectFigures {
    Args.notBlank(name, "name");
    Cny.notNegativeComputed(firstFive, "firstFive");
    Cny.notNegativeComputed(otherRelated, "otherRelated");
    Cny.notNegativeComputed(grantFunded, "grantFunded");
    Args.notNullOptional(otherCostsLimit, "otherCostsLimit")
        .ifPresent(amount -> Cny.notNegativeComputed(amount, "otherCostsLimit"));
    Cny.notNegativeComputed(allowedOtherCosts, "allowedOtherCosts");
    Cny.notNegativeComputed(qualifying, "qualifying");
    Args.notNullOptional(intangibleCost, "intangibleCost")
        .ifPresent(amount -> Cny.notNegativeComputed(amount, "intangibleCost"));
  }
}
