package io.github.huiqi.core.audit;

/**
 * Whether an explaining form issues its audit {@link Receipt}.
 * <p>
 * A receipt hashes the canonical JSON of the request and of the result, which costs about as much as the explained
 * calculation itself. A caller that explains many items and records its own input — a loan book run, or a calculator
 * explaining another calculator's part inside its own result — asks for {@link #OMIT}; everything else takes the
 * one-call forms, which issue one.
 * <pre>{@code
 * FirstLoanResult row = FirstLoanCalculator.DEFAULT.explainSubsidy(measure, request, ReceiptChoice.OMIT);
 * }</pre>
 */
public enum ReceiptChoice {
  /** Issue the receipt: the default of every explaining form. */
  ISSUE,
  /** Leave the receipt out: the result's explanation has none. */
  OMIT
}
