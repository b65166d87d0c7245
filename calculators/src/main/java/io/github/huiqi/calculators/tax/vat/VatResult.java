package io.github.huiqi.calculators.tax.vat;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatLevy;
import io.github.huiqi.core.time.DateRange;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained small-scale VAT of one filing period: the VAT due and the amount the relief saves against the
 * standard 3% levy rate.
 * <p>
 * The verdict is eligible when a relief applies in the period (the sales are within the exemption threshold, or
 * 3%-rate sales are exempt or taxed at a reduced rate); ineligible when none does (for example 2019 sales above
 * 100,000 a month, taxed at 3%); undetermined when the period has a regional levy (Hubei in 2020-03..2021-03) and
 * the taxpayer's region was not given. When undetermined the amounts are the range over the possible regions (exact
 * when every region gives the same amount, which the plain forms then return) and the fields that depend on the levy
 * are empty, as they are for a quarter worked out under the rules of two rows (2020-Q1).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param period  the filing period
 * @param eligibility  the verdict, its reasons, and the missing facts when undetermined
 * @param regimePeriods  the dates of the table row that governs the period; for a quarter across rows (2020-Q1,
 *     decisions register §4.6 item 84), from the first row's start to the last row's end
 * @param exemptionThreshold  the period's exemption threshold, inclusive (monthly or quarterly)
 * @param levy  the levy on 3%-rate sales that applied, if determined
 * @param salesExcludingVat  the sales other than special-invoice and property sales, excluding VAT (converted at the
 *     levy rate when given VAT-inclusive), if determined
 * @param salesInThresholdTest  the sales tested against the threshold, if determined
 * @param withinThreshold  whether those sales were within the threshold (the period's 3%-rate sales exempt), if
 *     determined
 * @param vatDue  the VAT due for the period, rounded to the fen, CNY
 * @param standardVat  the VAT at the standard 3% levy rate with no relief, rounded to the fen, CNY (VAT-inclusive
 *     sales converted at the standard rate: decisions register §4.6 item 78)
 * @param amountSaved  {@code standardVat − vatDue}, never negative, CNY
 * @param explanation  the steps, citing their clauses
 */
public record VatResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    VatFilingPeriod period,
    Eligibility eligibility,
    DateRange regimePeriods,
    MonetaryAmount exemptionThreshold,
    Optional<VatLevy> levy,
    Optional<MonetaryAmount> salesExcludingVat,
    Optional<MonetaryAmount> salesInThresholdTest,
    Optional<Boolean> withinThreshold,
    AmountRange vatDue,
    MonetaryAmount standardVat,
    AmountRange amountSaved,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null or an amount negative or not CNY
   */
  public VatResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(period, "period");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(regimePeriods, "regimePeriods");
    Cny.positiveYuan(exemptionThreshold, "exemptionThreshold");
    Args.notNullOptional(levy, "levy");
    Args.notNullOptional(salesExcludingVat, "salesExcludingVat")
        .ifPresent(amount -> Cny.notNegativeComputed(amount, "salesExcludingVat"));
    Args.notNullOptional(salesInThresholdTest, "salesInThresholdTest")
        .ifPresent(amount -> Cny.notNegativeComputed(amount, "salesInThresholdTest"));
    Args.notNullOptional(withinThreshold, "withinThreshold");
    Args.notNull(vatDue, "vatDue");
    Cny.notNegativeComputed(vatDue.minimum(), "vatDue/minimum");
    Cny.notNegativeComputed(standardVat, "standardVat");
    Args.notNull(amountSaved, "amountSaved");
    Cny.notNegativeComputed(amountSaved.minimum(), "amountSaved/minimum");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public VatResult withReceipt(Receipt receipt) {
    return new VatResult(measure, documentStatus, period, eligibility, regimePeriods, exemptionThreshold, levy,
        salesExcludingVat, salesInThresholdTest, withinThreshold, vatDue, standardVat, amountSaved,
        explanation.withReceipt(receipt));
  }
}
