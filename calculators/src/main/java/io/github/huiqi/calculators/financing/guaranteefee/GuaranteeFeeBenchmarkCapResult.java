package io.github.huiqi.calculators.financing.guaranteefee;

import io.github.huiqi.core.audit.Receipt;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeBenchmarkBasis;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.rates.RateSeriesId;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import java.time.LocalDate;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * The explained benchmark-tied guarantee-fee cap of one loan.
 * <p>
 * {@code documentStatus} is carried from the measure: for the built-in Shenzhen 专精特新 measure it is
 * {@link DocumentStatus#DRAFT}, and the figures are indicative only; the explanation's first step says so.
 * <p>
 * A loan contracted outside the validity of the measure's parameters (before 2019-08-20 for the built-in one) is
 * ineligible ({@code event-outside-validity}) and has no benchmark rate, cap or fee: the measure is not read on that
 * date (decisions register §4.6 item 86). Another ineligible loan's cap is shown for reference.
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param measure  the measure applied
 * @param documentStatus  the legal status of the measure's document
 * @param eligibility  whether the cap applies to the loan
 * @param benchmark  the benchmark basis used
 * @param termBracket  the loan's term bracket
 * @param benchmarkSeries  the rate series read
 * @param benchmarkRate  the benchmark rate in force on the contract date, empty when the contract date is outside the
 *     measure's validity
 * @param benchmarkValidFrom  the date that rate took effect, empty with it
 * @param feeRateCap  the cap: benchmark × cap ratio, exact; empty with the benchmark rate
 * @param proposedWithinCap  whether the proposed fee rate is at most the cap, if a rate was proposed
 * @param maximumFee  the fee at the cap for the loan's term, rounded, if a principal was given
 * @param explanation  the steps, citing their clauses
 */
public record GuaranteeFeeBenchmarkCapResult(
    MeasureId measure,
    DocumentStatus documentStatus,
    Eligibility eligibility,
    GuaranteeFeeBenchmarkBasis benchmark,
    GuaranteeFeeTermBracket termBracket,
    RateSeriesId benchmarkSeries,
    Optional<Rate> benchmarkRate,
    Optional<LocalDate> benchmarkValidFrom,
    Optional<Rate> feeRateCap,
    Optional<Boolean> proposedWithinCap,
    Optional<MonetaryAmount> maximumFee,
    Explanation explanation) {

  /**
   * Creates a result.
   *
   * @throws io.github.huiqi.core.error.InvalidInputException if a field is null
   */
  public GuaranteeFeeBenchmarkCapResult {
    Args.notNull(measure, "measure");
    Args.notNull(documentStatus, "documentStatus");
    Args.notNull(eligibility, "eligibility");
    Args.notNull(benchmark, "benchmark");
    Args.notNull(termBracket, "termBracket");
    Args.notNull(benchmarkSeries, "benchmarkSeries");
    Args.notNullOptional(benchmarkRate, "benchmarkRate");
    Args.notNullOptional(benchmarkValidFrom, "benchmarkValidFrom");
    Args.notNullOptional(feeRateCap, "feeRateCap");
    Args.notNullOptional(proposedWithinCap, "proposedWithinCap");
    Args.notNullOptional(maximumFee, "maximumFee");
    Args.notNull(explanation, "explanation");
  }

  /**
   * Checks whether the figures come from a draft and are indicative only.
   *
   * @return true if the measure's document is a draft
   */
  public boolean indicativeOnly() {
    return documentStatus == DocumentStatus.DRAFT;
  }

  /**
   * Returns a copy of this result whose explanation carries the result's audit receipt.
   *
   * @param receipt  the receipt, issued by the explaining form
   * @return the copy
   * @throws io.github.huiqi.core.error.InvalidInputException if the receipt is null
   */
  public GuaranteeFeeBenchmarkCapResult withReceipt(Receipt receipt) {
    return new GuaranteeFeeBenchmarkCapResult(measure, documentStatus, eligibility, benchmark, termBracket,
        benchmarkSeries, benchmarkRate, benchmarkValidFrom, feeRateCap, proposedWithinCap, maximumFee,
        explanation.withReceipt(receipt));
  }
}
