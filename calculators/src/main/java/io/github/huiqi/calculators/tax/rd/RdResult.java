package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained R&amp;D super deduction of one enterprise's tax year: the extra deduction that lowers its taxable
 * income, with the lines of 《研发费用加计扣除优惠明细表》 (A107012) it fills.
 * <p>
 * The verdict is eligible when a row of the table applies to the enterprise in the year and its industry is not on
 * the negative list; ineligible when the industry is on the list or no row applies to its kinds; undetermined when
 * the industry is unknown (or too coarse, such as section {@code R} against 娱乐业 {@code R90}) or an unknown kind
 * flag would change the rate. When undetermined, {@link #totalExtraDeduction} is the range over the possibilities
 * (exact when they agree, which the plain form then returns) and the rate-dependent fields are empty.
 * <p>
 * The cap figures, the projects' figures and the form's lines up to 49 and 52 do not depend on the rate and are
 * always present; line 51 (the extra deduction) is present when determined.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param taxYear  the tax year
 * @param eligibility  the verdict, its reasons, and the missing facts when undetermined
 * @param otherCostsCap  the cap on other related costs, (other five categories) × 10% ÷ 90%, rounded: over all
 *     projects, or in a year of per-project limits the sum of each project's own (the request's
 *     {@code expensedCosts} one of them), CNY
 * @param allowedOtherCosts  the other related costs that count (A107012 line 34), rounded, CNY
 * @param eligibleExpensedBase  the expensed R&amp;D that counts (A107012 line 41): the enterprise's own R&amp;D within
 *     the limit and net of grants, plus the counted entrusted R&amp;D, less the capitalised projects' R&amp;D;
 *     rounded, CNY
 * @param appliedKind  the kind of the most favourable row applied, if determined and any
 * @param expensedExtraRate  the extra-deduction rate applied, if determined (0% when ineligible)
 * @param expensedExtraDeduction  {@code expensedExtraRate × eligibleExpensedBase}, rounded, if determined, CNY
 * @param intangibles  each intangible's amortisation, if determined (empty when undetermined): the request's
 *     {@code intangibles} in order, then those the request's capitalised projects form in the year
 * @param totalExtraDeduction  the expensed extra deduction plus each intangible's extra amortisation, less the
 *     rate on special income and sold-product materials taken out (zero when they absorb the base): the amount by
 *     which the super deduction lowers taxable income (A107012 line 51), CNY, a whole number of fen, never negative
 * @param projects  each of the request's projects' figures, in request order
 * @param formLines  the lines of A107012 the calculator fills, in line order
 * @param explanation  the steps, citing their clauses
 */
public record RdResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    int taxYear,
    Eligibility eligibility,
    MonetaryAmount otherCostsCap,
    MonetaryAmount allowedOtherCosts,
    MonetaryAmount eligibleExpensedBase,
    Optional<RdEnterpriseKind> appliedKind,
    Optional<Rate> expensedExtraRate,
    Optional<MonetaryAmount> expensedExtraDeduction,
    List<RdIntangibleDeduction> intangibles,
    AmountRange totalExtraDeduction,
    List<RdProjectFigures> projects,
    List<RdFormLine> formLines,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public RdResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Cny.notNegativeComputed(otherCostsCap, "otherCostsCap");
    Cny.notNegativeComputed(allowedOtherCosts, "allowedOtherCosts");
    Cny.notNegativeComputed(eligibleExpensedBase, "eligibleExpensedBase");
    Args.notNullOptional(appliedKind, "appliedKind");
    Args.notNullOptional(expensedExtraRate, "expensedExtraRate");
    Args.notNullOptional(expensedExtraDeduction, "expensedExtraDeduction")
        .ifPresent(amount -> Cny.notNegativeComputed(amount, "expensedExtraDeduction"));
    intangibles = Args.listCopy(intangibles, "intangibles");
    Args.notNull(totalExtraDeduction, "totalExtraDeduction");
    Cny.notNegativeComputed(totalExtraDeduction.minimum(), "totalExtraDeduction/minimum");
    projects = Args.listCopy(projects, "projects");
    formLines = Args.listCopy(formLines, "formLines");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Finds a line of A107012 by its number.
   *
   * @param line  the line number, such as 38
   * @return the line, if the calculator filled it
   */
  public Optional<RdFormLine> findFormLine(int line) {
    return formLines.stream().filter(l -> l.line() == line).findFirst();
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public RdResult withReceipt(Receipt receipt) {
    return new RdResult(measure, documentStatus, taxYear, eligibility, otherCostsCap, allowedOtherCosts,
        eligibleExpensedBase, appliedKind, expensedExtraRate, expensedExtraDeduction, intangibles, totalExtraDeduction,
        projects, formLines, explanation.withReceipt(receipt));
  }
}
