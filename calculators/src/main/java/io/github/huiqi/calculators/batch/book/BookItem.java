package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.util.List;
import java.util.Optional;

/**
 * One loan's (or one enterprise's) result in a book: its verdict, amount, reason code and missing facts, or the
 * failure that kept it from being evaluated.
 * <p>
 * Exactly one of {@link #verdict()} and {@link #failure()} is present. An ineligible item's amount is exactly zero;
 * an undetermined item's amount is the range from what it certainly earns to what it would earn if the missing facts
 * went its way. The guarantee-fee reduction's book is the exception: its amount is the fee charged
 * ({@link BookCalculators#guaranteeFeeReduction}). A measure whose answer is a rate (the guarantee-fee cap) gives it
 * in {@link #rate()}; the cap's ineligible item has no rate and no amount, since no cap applies.
 * <p>
 * {@link #documentStatus()} is the legal status of the measure's document where it is not in force, with the values
 * and the JSON name of an engine outcome's ({@code MeasureOutcome.documentStatus()}): every item of the
 * {@link BookCalculators} calculators of such a measure says it, failed ones included, so that each line of a book of
 * a <b>draft</b> (the Shenzhen 专精特新 draft's guarantee-fee cap, {@link DocumentStatus#DRAFT}) reads, in Java and in
 * JSON ({@code "documentStatus":"DRAFT"}), as a draft for comment, not binding, its figures indicative only
 * ({@link #indicativeOnly()}); so does a descriptive text's ({@link DocumentStatus#INFORMATIONAL}, the small/micro
 * fee subsidy's reply letter) or an expired document's. It is empty for a measure in force, whose figures bind (its
 * book's lines, which may number millions, stay as they were, and its columnar paths, whose columns hold no measure,
 * give the same items), and for an item whose calculator does not say it (a host's own {@link BookCalculator}).
 * <p>
 * This class is immutable and thread-safe.
 *
 * @param index  the item's position: its 0-based index in a stream, or its 1-based line number in a file
 * @param id  the loan's (or enterprise's) id where the request has one; for a failed line of a file, the id read
 *     from the line where it could be ({@link BookRow#id()})
 * @param verdict  the verdict, empty for a failed item
 * @param amount  the amount in CNY at the fen, empty for a failed item or a measure without one
 * @param rate  the rate the measure answers with (such as a fee-rate cap), if any
 * @param reasonCode  for an ineligible item the first failed condition's code, for an undetermined item the first
 *     unknown condition's code; empty when eligible or failed
 * @param missingFacts  the facts whose absence leaves the item undetermined, or its amount a range, as JSON Pointers
 *     into its request
 * @param failure  why the item could not be evaluated, empty when it was
 * @param documentStatus  the legal status of the measure's document when it is not in force, if the calculator
 *     says it
 */
public record BookItem(
    long index,
    Optional<String> id,
    Optional<Verdict> verdict,
    Optional<AmountRange> amount,
    Optional<Rate> rate,
    Optional<String> reasonCode,
    List<String> missingFacts,
    Optional<BookFailure> failure,
    Optional<DocumentStatus> documentStatus) {

  /**
   * Creates an item.
   *
   * @throws InvalidInputException if a field is null, or not exactly one of verdict and failure is present
   */
  public BookItem {
    Args.notNullOptional(id, "id");
    Args.notNullOptional(verdict, "verdict");
    Args.notNullOptional(amount, "amount");
    Args.notNullOptional(rate, "rate");
    Args.notNullOptional(reasonCode, "reasonCode");
    missingFacts = Args.listCopy(missingFacts, "missingFacts");
    Args.notNullOptional(failure, "failure");
    Args.notNullOptional(documentStatus, "documentStatus");
    if (verdict.isPresent() == failure.isPresent()) {
      throw new InvalidInputException("failure", failure.orElse(null), "must be present exactly when verdict is not");
    }
  }

  /**
   * Creates an item whose document status is not said, as a host's own calculator may make it.
   *
   * @param index  the position
   * @param id  the id, if any
   * @param verdict  the verdict, empty for a failed item
   * @param amount  the amount, if any
   * @param rate  the rate, if any
   * @param reasonCode  the reason code, if any
   * @param missingFacts  the missing facts
   * @param failure  the failure, empty when evaluated
   * @throws InvalidInputException if a field is null, or not exactly one of verdict and failure is present
   */
  public BookItem(long index, Optional<String> id, Optional<Verdict> verdict, Optional<AmountRange> amount,
      Optional<Rate> rate, Optional<String> reasonCode, List<String> missingFacts, Optional<BookFailure> failure) {
    this(index, id, verdict, amount, rate, reasonCode, missingFacts, failure, Optional.empty());
  }

  /**
   * Obtains an evaluated item from an explained verdict.
   *
   * @param index  the position
   * @param id  the id, if any
   * @param eligibility  the explained verdict
   * @param amount  the amount, if the measure has one
   * @param rate  the rate, if the measure answers with one
   * @return the item
   */
  public static BookItem of(long index, Optional<String> id, Eligibility eligibility, Optional<AmountRange> amount,
      Optional<Rate> rate) {
    Args.notNull(eligibility, "eligibility");
    Optional<String> code = eligibility.verdict() == Verdict.ELIGIBLE || eligibility.reasons().isEmpty()
        ? Optional.empty() : Optional.of(eligibility.reasons().get(0)).map(Reason::code);
    return new BookItem(index, id, Optional.of(eligibility.verdict()), amount, rate, code,
        eligibility.missingFacts(), Optional.empty());
  }

  /**
   * Obtains a failed item.
   *
   * @param index  the position
   * @param id  the id, if known
   * @param failure  the failure
   * @return the item
   */
  public static BookItem failed(long index, Optional<String> id, BookFailure failure) {
    return new BookItem(index, id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(Args.notNull(failure, "failure")));
  }

  /**
   * Returns this item with another id, for a book that knows the id its calculator did not name.
   *
   * @param other  the id
   * @return the item
   */
  BookItem withId(Optional<String> other) {
    return new BookItem(index, other, verdict, amount, rate, reasonCode, missingFacts, failure, documentStatus);
  }

  /**
   * Returns this item with another failure, its document status kept, for a book that names the field otherwise.
   *
   * @param other  the failure
   * @return the item
   */
  BookItem withFailure(BookFailure other) {
    return new BookItem(index, id, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(),
        Optional.of(other), documentStatus);
  }

  /**
   * Returns a copy of this item saying the document status of its measure. This instance is immutable and
   * unaffected by this method.
   *
   * @param status  the status, empty if not known
   * @return the copy
   * @throws InvalidInputException if the status is null
   */
  public BookItem withDocumentStatus(Optional<DocumentStatus> status) {
    return new BookItem(index, id, verdict, amount, rate, reasonCode, missingFacts, failure,
        Args.notNullOptional(status, "documentStatus"));
  }

  /**
   * Returns the status a book says for a measure's document: the status itself, or empty for one in force.
   *
   * @param status  the measure's document status
   * @return the status said
   * @throws InvalidInputException if the status is null
   */
  public static Optional<DocumentStatus> statusSaid(DocumentStatus status) {
    return Args.notNull(status, "status") == DocumentStatus.IN_FORCE ? Optional.empty() : Optional.of(status);
  }

  /**
   * Checks whether the item comes from a draft measure, its figures indicative only.
   *
   * @return true if the measure's document is a draft
   */
  public boolean indicativeOnly() {
    return documentStatus.orElse(null) == DocumentStatus.DRAFT;
  }

  /**
   * Checks whether the item failed as bad input.
   *
   * @return true if failed
   */
  public boolean isFailed() {
    return failure.isPresent();
  }
}
