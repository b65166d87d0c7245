package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.book.BookFailure;
import io.github.huiqi.calculators.batch.book.BookItem;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * One loan's risk-compensation result as a row of a Spark {@code Dataset} (a Java bean, for {@code Encoders.bean}):
 * the library's {@link BookItem} with its amounts in fen.
 * <p>
 * Mutable, as Spark's bean encoder needs; not thread-safe.
 */
public final class SparkBookItem implements Serializable {

  private static final long serialVersionUID = 1L;

  private String loanId;
  private String verdict;
  private Long minimumFen;
  private Long maximumFen;
  private String reasonCode;
  private List<String> missingFacts = new ArrayList<>();
  private String failedField;
  private String failureCode;

  /** Creates an empty row, for Spark. */
  public SparkBookItem() {
  }

  /**
   * Obtains the row of an item.
   *
   * @param item  the item
   * @return the row
   */
  public static SparkBookItem of(BookItem item) {
    SparkBookItem row = new SparkBookItem();
    row.loanId = item.id().orElse(null);
    row.verdict = item.verdict().map(Enum::name).orElse(null);
    row.minimumFen = item.amount().map(a -> SparkFen.of(a.minimum())).orElse(null);
    row.maximumFen = item.amount().map(a -> SparkFen.of(a.maximum())).orElse(null);
    row.reasonCode = item.reasonCode().orElse(null);
    row.missingFacts = new ArrayList<>(item.missingFacts());
    row.failedField = item.failure().map(BookFailure::field).orElse(null);
    row.failureCode = item.failure().map(BookFailure::code).orElse(null);
    return row;
  }

  /**
   * Returns the loan id, null if the row had none.
   *
   * @return the loan id
   */
  public String getLoanId() {
    return loanId;
  }

  /**
   * Sets the loan id.
   *
   * @param loanId  the loan id
   */
  public void setLoanId(String loanId) {
    this.loanId = loanId;
  }

  /**
   * Returns the verdict's name ({@code ELIGIBLE}, {@code INELIGIBLE}, {@code UNDETERMINED}), null for a failed row.
   *
   * @return the verdict
   */
  public String getVerdict() {
    return verdict;
  }

  /**
   * Sets the verdict.
   *
   * @param verdict  the verdict's name
   */
  public void setVerdict(String verdict) {
    this.verdict = verdict;
  }

  /**
   * Returns the least compensation in fen, null for a failed row.
   *
   * @return the fen
   */
  public Long getMinimumFen() {
    return minimumFen;
  }

  /**
   * Sets the least compensation.
   *
   * @param minimumFen  the fen
   */
  public void setMinimumFen(Long minimumFen) {
    this.minimumFen = minimumFen;
  }

  /**
   * Returns the most compensation in fen (if the missing facts went the loan's way), null for a failed row.
   *
   * @return the fen
   */
  public Long getMaximumFen() {
    return maximumFen;
  }

  /**
   * Sets the most compensation.
   *
   * @param maximumFen  the fen
   */
  public void setMaximumFen(Long maximumFen) {
    this.maximumFen = maximumFen;
  }

  /**
   * Returns the first failed (or unknown) condition's code, null when eligible or failed.
   *
   * @return the code
   */
  public String getReasonCode() {
    return reasonCode;
  }

  /**
   * Sets the reason code.
   *
   * @param reasonCode  the code
   */
  public void setReasonCode(String reasonCode) {
    this.reasonCode = reasonCode;
  }

  /**
   * Returns the facts whose absence leaves the loan undetermined, as JSON Pointers into its claim.
   *
   * @return the pointers
   */
  public List<String> getMissingFacts() {
    return missingFacts;
  }

  /**
   * Sets the missing facts.
   *
   * @param missingFacts  the pointers
   */
  public void setMissingFacts(List<String> missingFacts) {
    this.missingFacts = missingFacts;
  }

  /**
   * Returns the column that kept the row from being evaluated, null when it was.
   *
   * @return the column
   */
  public String getFailedField() {
    return failedField;
  }

  /**
   * Sets the failed column.
   *
   * @param failedField  the column
   */
  public void setFailedField(String failedField) {
    this.failedField = failedField;
  }

  /**
   * Returns the failure's error code, null when the row was evaluated.
   *
   * @return the code
   */
  public String getFailureCode() {
    return failureCode;
  }

  /**
   * Sets the failure's code.
   *
   * @param failureCode  the code
   */
  public void setFailureCode(String failureCode) {
    this.failureCode = failureCode;
  }
}
