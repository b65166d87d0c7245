package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Explanation;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained firm-year view: one enterprise's three tax reliefs for a tax year, applied in the law's order, with
 * what each saves and the total.
 * <p>
 * With TI<sub>b</sub> the taxable income before the R&amp;D extra deduction, E the extra deduction, TI<sub>a</sub> =
 * max(TI<sub>b</sub> − E, 0) the taxable income after it, std(x) the tax on x at the standard 25% (rounded once) and
 * due(x) the 小型微利企业 calculator's tax due on x:
 * <pre>
 *   VAT saved              = Σ over the periods of (VAT at the standard 3% − VAT due)
 *   income tax saved       = std(TIb) − due(TIa)
 *     (a) R&amp;D deduction   = std(TIb) − std(TIa)      the deduction valued at the standard rate
 *     (b) 小型微利企业 relief = std(TIa) − due(TIa)      the relief on the income after the deduction
 *   total saved            = VAT saved + income tax saved = VAT saved + (a) + (b)
 * </pre>
 * (a) and (b) add up to the income tax saved exactly. Where the R&amp;D deduction brings the income from above
 * 3,000,000 to within it, the relief it unlocks is counted in (b), the relief's own line, while (a) stays the
 * deduction at 25%; {@link #taxableIncomeBeforeRd} and {@link #taxableIncomeAfterRd} show the crossing.
 * <p>
 * Taxable income after the deduction floors at zero: the part of E beyond TI<sub>b</sub> ({@link
 * #deductionBeyondIncome}) would be a loss carried forward under 企业所得税法 第十八条, which this view does not
 * carry or value.
 * <p>
 * The small-scale VAT verdict combines the periods': undetermined if any period is; otherwise eligible if a relief
 * applies in any period (its reasons those periods'); otherwise ineligible. With no periods it is ineligible
 * ({@code no-vat-periods}); with no R&amp;D the R&amp;D verdict is ineligible ({@code no-rd-given}).
 * <p>
 * When a part is undetermined (a missing fact), its amounts are ranges over the possibilities, the others still
 * compute, the totals are ranges (the sum of the ends), and {@link #missingFacts} names every missing fact by its
 * JSON Pointer into the request. The identity total = VAT + (a) + (b) holds exactly when everything is determined.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param taxYear  the tax year
 * @param reliefs  the three reliefs in the order applied: small-scale VAT, R&amp;D super deduction (saving (a)),
 *     小型微利企业 (saving (b)); their savings add up to {@link #totalSaved}
 * @param vatPeriods  each VAT filing period's explained result, in request order
 * @param vatDue  the VAT due over the periods, CNY
 * @param standardVat  the VAT at the standard 3% with no relief over the periods, CNY
 * @param vatSaved  {@code standardVat − vatDue} summed over the periods, CNY
 * @param rd  the explained R&amp;D super deduction, if R&amp;D was given
 * @param extraDeduction  E, the R&amp;D extra deduction (zero when no R&amp;D was given), CNY
 * @param taxableIncomeBeforeRd  TI<sub>b</sub>, CNY
 * @param taxableIncomeAfterRd  TI<sub>a</sub> = max(TI<sub>b</sub> − E, 0), CNY
 * @param deductionBeyondIncome  max(E − TI<sub>b</sub>, 0), the part of the deduction not used this year, CNY
 * @param incomeTax  the 小型微利企业 results on TI<sub>a</sub>: one when E is exact, two (at the least and at the
 *     greatest TI<sub>a</sub>) when E is a range
 * @param standardIncomeTax  std(TI<sub>b</sub>), CNY
 * @param incomeTaxDue  due(TI<sub>a</sub>), CNY
 * @param incomeTaxSaved  {@code standardIncomeTax − incomeTaxDue}, CNY
 * @param totalSaved  {@code vatSaved + incomeTaxSaved}, CNY, whole fen, never negative
 * @param missingFacts  the facts whose absence leaves a part undetermined, as JSON Pointers into the request; empty
 *     when every part is determined
 * @param explanation  the steps of each relief in order, citing their instruments, then the totals
 */
public record FirmYearResult(
    int taxYear,
    List<FirmYearReliefOutcome> reliefs,
    List<VatResult> vatPeriods,
    AmountRange vatDue,
    MonetaryAmount standardVat,
    AmountRange vatSaved,
    Optional<RdResult> rd,
    AmountRange extraDeduction,
    MonetaryAmount taxableIncomeBeforeRd,
    AmountRange taxableIncomeAfterRd,
    AmountRange deductionBeyondIncome,
    List<SmallLowProfitResult> incomeTax,
    MonetaryAmount standardIncomeTax,
    AmountRange incomeTaxDue,
    AmountRange incomeTaxSaved,
    AmountRange totalSaved,
    List<String> missingFacts,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws InvalidInputException if a field is null, an amount negative or not CNY, or there are not three reliefs
   */
  public FirmYearResult {
    reliefs = Args.listCopy(reliefs, "reliefs");
    if (reliefs.size() != FirmYearRelief.values().length) {
      throw new InvalidInputException("reliefs", reliefs.size(), "must hold the three reliefs");
    }
    for (int i = 0; i < reliefs.size(); i++) {
      if (reliefs.get(i).relief() != FirmYearRelief.values()[i]) {
        throw new InvalidInputException("reliefs/" + i + "/relief", reliefs.get(i).relief(),
            "must be " + FirmYearRelief.values()[i] + ": the reliefs are in the order applied");
      }
    }
    vatPeriods = Args.listCopy(vatPeriods, "vatPeriods");
    notNegative(vatDue, "vatDue");
    Cny.notNegativeComputed(standardVat, "standardVat");
    notNegative(vatSaved, "vatSaved");
    Args.notNullOptional(rd, "rd");
    notNegative(extraDeduction, "extraDeduction");
    Cny.notNegativeComputed(taxableIncomeBeforeRd, "taxableIncomeBeforeRd");
    notNegative(taxableIncomeAfterRd, "taxableIncomeAfterRd");
    notNegative(deductionBeyondIncome, "deductionBeyondIncome");
    incomeTax = Args.listCopy(incomeTax, "incomeTax");
    if (incomeTax.isEmpty() || incomeTax.size() > 2) {
      throw new InvalidInputException("incomeTax", incomeTax.size(), "must hold one or two results");
    }
    Cny.notNegativeComputed(standardIncomeTax, "standardIncomeTax");
    notNegative(incomeTaxDue, "incomeTaxDue");
    notNegative(incomeTaxSaved, "incomeTaxSaved");
    notNegative(totalSaved, "totalSaved");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNull(explanation, "explanation");
  }

  private static void notNegative(AmountRange range, String field) {
    Args.notNull(range, field);
    Cny.notNegativeComputed(range.minimum(), field + "/minimum");
  }

  /**
   * Returns the outcome of one relief.
   *
   * @param relief  the relief
   * @return its outcome
   */
  public FirmYearReliefOutcome outcome(FirmYearRelief relief) {
    return reliefs.get(Args.notNull(relief, "relief").ordinal());
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public FirmYearResult withReceipt(Receipt receipt) {
    return new FirmYearResult(taxYear, reliefs, vatPeriods, vatDue, standardVat, vatSaved, rd, extraDeduction,
        taxableIncomeBeforeRd, taxableIncomeAfterRd, deductionBeyondIncome, incomeTax, standardIncomeTax, incomeTaxDue,
        incomeTaxSaved, totalSaved, missingFacts, explanation.withReceipt(receipt));
  }
}
