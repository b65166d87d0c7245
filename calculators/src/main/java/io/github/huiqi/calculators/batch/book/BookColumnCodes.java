package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.result.Verdict;
import java.util.Optional;

/**
 * The codes of the columnar books: a yes/no fact as a byte ({@link #UNKNOWN}, {@link #NO}, {@link #YES}), an absent
 * amount, place or day, and each item's status ({@link #INELIGIBLE} .. {@link #FAILED}).
 * <p>
 * This class holds constants only and is thread-safe.
 */
public final class BookColumnCodes {

  /** A fact not known (an absent {@code Optional<Boolean>}). */
  public static final byte UNKNOWN = -1;
  /** A fact known to be false. */
  public static final byte NO = 0;
  /** A fact known to be true. */
  public static final byte YES = 1;

  /** An absent amount in a fen column (amounts are otherwise zero or positive). */
  public static final long ABSENT_FEN = -1L;
  /** An absent rate in a ppm column (rates are otherwise zero or positive). */
  public static final int ABSENT_PPM = -1;
  /** An absent place code in a region column. */
  public static final int UNKNOWN_PLACE = -1;
  /** A place code that is not six digits: contained in no region. */
  public static final int NOT_A_PLACE = -2;
  /**
   * A required day not given, in an epoch-day column a book starts with it (the least {@code int}, before any date a
   * request can hold): a row left at it fails, naming the column as required, so that a column the caller forgot to
   * fill is reported rather than read as a date.
   */
  public static final int ABSENT_DAY = Integer.MIN_VALUE;

  /** Status: ineligible, amount zero. */
  public static final byte INELIGIBLE = 0;
  /** Status: eligible, amount exact. */
  public static final byte ELIGIBLE = 1;
  /** Status: undetermined, amount from the certain part to what it would earn. */
  public static final byte UNDETERMINED = 2;
  /** Status: failed as bad input, the failed column named. */
  public static final byte FAILED = 3;

  private BookColumnCodes() {
  }

  /**
   * Encodes an optional yes/no fact.
   *
   * @param fact  the fact, empty when unknown, not null
   * @return {@link #YES}, {@link #NO} or {@link #UNKNOWN}
   * @throws io.github.huiqi.core.error.InvalidInputException if the optional itself is null
   */
  public static byte fact(Optional<Boolean> fact) {
    Args.notNull(fact, "fact");
    return fact.isEmpty() ? UNKNOWN : fact.get() ? YES : NO;
  }

  /**
   * Decodes a status to a verdict.
   *
   * @param status  the status
   * @return the verdict, empty for {@link #FAILED}
   */
  public static Optional<Verdict> verdict(byte status) {
    return switch (status) {
      case ELIGIBLE -> Optional.of(Verdict.ELIGIBLE);
      case INELIGIBLE -> Optional.of(Verdict.INELIGIBLE);
      case UNDETERMINED -> Optional.of(Verdict.UNDETERMINED);
      default -> Optional.empty();
    };
  }
}
