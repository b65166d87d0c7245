package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A book of risk-compensation claims as columns, for {@link BookRiskPoolFastPath}: one array per fact (amounts in
 * fen, rates in millionths, dates in epoch days, yes/no facts as {@link BookColumnCodes} bytes) and one per result.
 * <p>
 * Two dates decide a claim: the effective grant day picks the uplift window, and the day the loan was first
 * classified non-performing ({@link #firstNonPerformingDay()}) must fall within the validity of the base ratio that
 * would pay it (the built-in 30% from 2019-01-01), or the loss is ineligible as in the plain form. The classification
 * day and the grant day start at {@link BookColumnCodes#ABSENT_DAY}: a row whose day is left unfilled fails, naming
 * the column.
 * <p>
 * Fill the input columns directly (a bank's own arrays, or a Parquet/Arrow reader's) or claim by claim with
 * {@link #set}; a fast path computes the result columns. The arrays are the caller's to fill and read: they are
 * returned, not copied. Not thread-safe while being filled; a fast path writes each row from one thread.
 * <p>
 * The loan ids are the caller's: the fast paths read no id, so a repeated one is computed, and paid, on each row
 * that holds it (a streamed book fails the repeat, decisions register §4.6 item 89). A caller whose ids are not known
 * unique checks them with {@link #requireUniqueIds()} before computing; a book that fills no ids costs nothing.
 */
public final class BookRiskPoolColumns {

  /** The failed-column code when a row did not fail. */
  public static final byte NO_FAILURE = 0;
  /** Failed column: {@link #principalOutstandingFen()} negative. */
  public static final byte FAILED_OUTSTANDING = 1;
  /** Failed column: {@link #accruedInterestFen()} absent where the loss basis needs it, or negative. */
  public static final byte FAILED_INTEREST = 2;
  /** Failed column: {@link #recoveriesFen()} negative. */
  public static final byte FAILED_RECOVERIES = 3;
  /** Failed column: {@link #baseRatioPpm()} above the measure's ceiling or 100%. */
  public static final byte FAILED_BASE_RATIO = 4;
  /** Failed column: {@link #category()} not a category ordinal. */
  public static final byte FAILED_CATEGORY = 5;
  /** Failed column: an exclusion fact not a {@link BookColumnCodes} fact byte. */
  public static final byte FAILED_FACT = 6;
  /**
   * Failed column: {@link #effectiveGrantDay()} outside the dates a claim can hold
   * ({@link io.github.huiqi.core.time.DateBounds}), named as the claim's {@code grantDate}.
   */
  public static final byte FAILED_GRANT_DATE = 7;
  /**
   * Failed column: {@link #firstNonPerformingDay()} not given ({@link BookColumnCodes#ABSENT_DAY}), outside the
   * dates a claim can hold ({@link io.github.huiqi.core.time.DateBounds}) or before the {@link #effectiveGrantDay()}
   * (a loan cannot turn bad before it is granted, nor be extended after it turned bad: the claim refuses both),
   * named as the claim's {@code firstNonPerformingDate}.
   */
  public static final byte FAILED_CLASSIFICATION_DATE = 8;

  private final int size;
  private final String[] loanId;
  private final long[] principalOutstandingFen;
  private final long[] accruedInterestFen;
  private final long[] recoveriesFen;
  private final int[] effectiveGrantDay;
  private final int[] firstNonPerformingDay;
  private final byte[] category;
  private final int[] baseRatioPpm;
  private final byte[] guaranteedByFinancingGuarantor;
  private final byte[] reGuaranteed;
  private final byte[] underOtherRiskCompensation;
  private final byte[] status;
  private final long[] compensationFen;
  private final long[] recoveryReturnFen;
  private final byte[] failedColumn;

  /**
   * Creates empty columns for a book of a size: amounts zero, facts {@link BookColumnCodes#NO}, accrued interest
   * and agreed base ratios absent, grant and classification days not given ({@link BookColumnCodes#ABSENT_DAY}: a
   * row left so fails, naming the date as required, rather than reading 1970-01-01).
   *
   * @param size  the number of claims
   * @throws io.github.huiqi.core.error.InvalidInputException if the size is negative
   */
  public BookRiskPoolColumns(int size) {
    this.size = Args.notNegative(size, "size");
    loanId = new String[size];
    principalOutstandingFen = new long[size];
    accruedInterestFen = new long[size];
    java.util.Arrays.fill(accruedInterestFen, BookColumnCodes.ABSENT_FEN);
    recoveriesFen = new long[size];
    effectiveGrantDay = new int[size];
    java.util.Arrays.fill(effectiveGrantDay, BookColumnCodes.ABSENT_DAY);
    firstNonPerformingDay = new int[size];
    java.util.Arrays.fill(firstNonPerformingDay, BookColumnCodes.ABSENT_DAY);
    category = new byte[size];
    baseRatioPpm = new int[size];
    java.util.Arrays.fill(baseRatioPpm, BookColumnCodes.ABSENT_PPM);
    guaranteedByFinancingGuarantor = new byte[size];
    reGuaranteed = new byte[size];
    underOtherRiskCompensation = new byte[size];
    status = new byte[size];
    compensationFen = new long[size];
    recoveryReturnFen = new long[size];
    failedColumn = new byte[size];
  }

  /**
   * Encodes a claim into row i (allocates: for filling, not for the hot path).
   *
   * @param i  the row
   * @param claim  the claim
   * @throws io.github.huiqi.core.error.InvalidInputException if the row is not one of the book's (naming {@code i}),
   *     the claim is null, an amount is below the fen or a base ratio finer than a millionth
   */
  public void set(int i, RiskPoolClaim claim) {
    row(i);
    Args.notNull(claim, "claim");
    loanId[i] = claim.loanId();
    principalOutstandingFen[i] = BookFen.fen(claim.principalOutstanding(), "principalOutstanding");
    accruedInterestFen[i] = claim.accruedInterest().map(a -> BookFen.fen(a, "accruedInterest"))
        .orElse(BookColumnCodes.ABSENT_FEN);
    recoveriesFen[i] = claim.recoveries().map(a -> BookFen.fen(a, "recoveries")).orElse(0L);
    effectiveGrantDay[i] = Math.toIntExact(claim.effectiveGrantDate().toEpochDay());
    firstNonPerformingDay[i] = Math.toIntExact(claim.firstNonPerformingDate().toEpochDay());
    category[i] = (byte) claim.category().ordinal();
    baseRatioPpm[i] = claim.baseRatio().map(r -> BookFen.ppm(r, "baseRatio")).orElse(BookColumnCodes.ABSENT_PPM);
    guaranteedByFinancingGuarantor[i] = BookColumnCodes.fact(claim.guaranteedByFinancingGuarantor());
    reGuaranteed[i] = BookColumnCodes.fact(claim.reGuaranteed());
    underOtherRiskCompensation[i] = BookColumnCodes.fact(claim.underOtherRiskCompensation());
  }

  /**
   * Returns the number of claims.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the loan ids (optional: used only to label items, never compared by a fast path; see
   * {@link #requireUniqueIds()}).
   *
   * @return the column
   */
  public String[] loanId() {
    return loanId;
  }

  /**
   * Checks that no two rows hold the same loan id, as a streamed book checks its lines (decisions register §4.6 item
   * 89): call it before a fast path computes a book whose ids are not known unique. Rows without an id (null) are not
   * compared; ids are compared as held, case kept. Holds each id while it checks, about 120 bytes an id of ten
   * characters.
   *
   * @throws InvalidInputException at the first row whose id an earlier row holds: code
   *     {@value InvalidInputException#DUPLICATE}, field {@code loanId/i} (the later row, 0-based), the id as the
   *     value, the problem naming the earlier row
   */
  public void requireUniqueIds() {
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < size; i++) {
      if (loanId[i] == null) {
        continue;
      }
      Integer first = seen.putIfAbsent(loanId[i], i);
      if (first != null) {
        throw new InvalidInputException(InvalidInputException.DUPLICATE, "loanId/" + i, loanId[i],
            "must be unique in the book; row " + first + " holds it already",
            "必须唯一（账簿内）；第 " + first + " 行（自0起）已有此编号", null);
      }
    }
  }

  /**
   * Returns the principal outstanding at first non-performing classification, in fen.
   *
   * @return the column
   */
  public long[] principalOutstandingFen() {
    return principalOutstandingFen;
  }

  /**
   * Returns the accrued interest in fen, {@link BookColumnCodes#ABSENT_FEN} when not given.
   *
   * @return the column
   */
  public long[] accruedInterestFen() {
    return accruedInterestFen;
  }

  /**
   * Returns the recoveries after compensation in fen, zero when none.
   *
   * @return the column
   */
  public long[] recoveriesFen() {
    return recoveriesFen;
  }

  /**
   * Returns the effective grant date (the extension date of an extended loan, 展期视同新增), in epoch days; a row set
   * to {@link BookColumnCodes#ABSENT_DAY} fails, naming {@code /grantDate} as required.
   *
   * @return the column
   */
  public int[] effectiveGrantDay() {
    return effectiveGrantDay;
  }

  /**
   * Returns the day the loan was first classified non-performing, in epoch days; {@link BookColumnCodes#ABSENT_DAY}
   * until filled (a row left so fails). A loss classified outside the validity of the base ratio that would pay it
   * (the category's row, even when a ratio is agreed, as in the plain form) is ineligible.
   *
   * @return the column
   */
  public int[] firstNonPerformingDay() {
    return firstNonPerformingDay;
  }

  /**
   * Returns the loan category as its {@link RiskPoolLoanCategory} ordinal.
   *
   * @return the column
   */
  public byte[] category() {
    return category;
  }

  /**
   * Returns the agreed base ratio in millionths, {@link BookColumnCodes#ABSENT_PPM} for the measure's table.
   *
   * @return the column
   */
  public int[] baseRatioPpm() {
    return baseRatioPpm;
  }

  /**
   * Returns whether a financing-guarantee company guaranteed the loan (an exclusion), as a fact byte.
   *
   * @return the column
   */
  public byte[] guaranteedByFinancingGuarantor() {
    return guaranteedByFinancingGuarantor;
  }

  /**
   * Returns whether the loan is re-guaranteed (an exclusion), as a fact byte.
   *
   * @return the column
   */
  public byte[] reGuaranteed() {
    return reGuaranteed;
  }

  /**
   * Returns whether the loan is under another risk-compensation scheme (an exclusion), as a fact byte.
   *
   * @return the column
   */
  public byte[] underOtherRiskCompensation() {
    return underOtherRiskCompensation;
  }

  /**
   * Returns each row's status after a run, a {@link BookColumnCodes} status.
   *
   * @return the result column
   */
  public byte[] status() {
    return status;
  }

  /**
   * Returns each row's compensation in fen after a run, before any return of recoveries: exact when eligible, zero
   * when ineligible or failed, and what it would be when undetermined (the least is then zero).
   *
   * @return the result column
   */
  public long[] compensationFen() {
    return compensationFen;
  }

  /**
   * Returns each row's recoveries returned to the pool in fen after a run, on the same terms as the compensation.
   *
   * @return the result column
   */
  public long[] recoveryReturnFen() {
    return recoveryReturnFen;
  }

  /**
   * Returns each failed row's column, one of the {@code FAILED_} codes, {@link #NO_FAILURE} otherwise.
   *
   * @return the result column
   */
  public byte[] failedColumn() {
    return failedColumn;
  }

  private InvalidInputException classificationFailure(int i) {
    int day = firstNonPerformingDay[i];
    if (day == BookColumnCodes.ABSENT_DAY) {
      return new InvalidInputException("/firstNonPerformingDate");
    }
    if (!BookFen.inBounds(day) || !BookFen.inBounds(effectiveGrantDay[i])) {
      return BookFen.dateOutOfRange("/firstNonPerformingDate", day);
    }
    // the effective grant day: the extension's when the loan was extended, else the grant's (as the claim orders them)
    return InvalidInputException.outOfOrder("/firstNonPerformingDate", LocalDate.ofEpochDay(day), "/grantDate",
        LocalDate.ofEpochDay(effectiveGrantDay[i]));
  }

  /**
   * The failure of a failed row as the streaming path reports the same claim: the field as a JSON Pointer into the
   * claim, the offending value as the claim would hold it (yuan, a percentage) and the problem, whose code follows.
   */
  private InvalidInputException failure(int i) {
    return switch (failedColumn[i]) {
      case FAILED_OUTSTANDING -> new InvalidInputException("/principalOutstanding",
          BookFen.yuanText(principalOutstandingFen[i]), "must not be negative");
      case FAILED_INTEREST -> accruedInterestFen[i] == BookColumnCodes.ABSENT_FEN
          ? new InvalidInputException("/accruedInterest", null,
              "is required when the loss basis is PRINCIPAL_AND_INTEREST")
          : new InvalidInputException("/accruedInterest", BookFen.yuanText(accruedInterestFen[i]),
              accruedInterestFen[i] < 0 ? "must not be negative"
                  : "must keep the loss, with the principal outstanding, within a long of fen");
      case FAILED_RECOVERIES -> new InvalidInputException("/recoveries", BookFen.yuanText(recoveriesFen[i]),
          "must not be negative");
      case FAILED_BASE_RATIO -> new InvalidInputException("/baseRatio", BookFen.percentText(baseRatioPpm[i]),
          baseRatioPpm[i] < 0 || baseRatioPpm[i] > BookFen.PPM ? "must be from 0% to 100%"
              : "must not exceed the measure's ceiling");
      case FAILED_GRANT_DATE -> effectiveGrantDay[i] == BookColumnCodes.ABSENT_DAY
          ? new InvalidInputException("/grantDate")
          : BookFen.dateOutOfRange("/grantDate", effectiveGrantDay[i]);
      case FAILED_CLASSIFICATION_DATE -> classificationFailure(i);
      case FAILED_CATEGORY -> new InvalidInputException("/category", category[i],
          "must be a RiskPoolLoanCategory ordinal from 0 to " + (RiskPoolLoanCategory.values().length - 1));
      default -> {
        String fact = !isFact(guaranteedByFinancingGuarantor[i]) ? "guaranteedByFinancingGuarantor"
            : !isFact(reGuaranteed[i]) ? "reGuaranteed" : "underOtherRiskCompensation";
        byte value = !isFact(guaranteedByFinancingGuarantor[i]) ? guaranteedByFinancingGuarantor[i]
            : !isFact(reGuaranteed[i]) ? reGuaranteed[i] : underOtherRiskCompensation[i];
        yield new InvalidInputException("/" + fact, value, "must be -1 (unknown), 0 (no) or 1 (yes)");
      }
    };
  }

  /** Checks that a row is one of the book's. */
  private void row(int i) {
    if (i < 0 || i >= size) {
      throw new InvalidInputException("i", i, "must be one of the book's " + size + " rows");
    }
  }

  private static boolean isFact(byte fact) {
    return fact >= BookColumnCodes.UNKNOWN && fact <= BookColumnCodes.YES;
  }

  /**
   * Returns row i's result as a {@link BookItem} (allocates: for reading results, not for the hot path). The item
   * carries the verdict, the amount and the failure; reason codes and missing facts come from the streaming path.
   *
   * @param i  the row
   * @return the item, its amount the compensation
   * @throws InvalidInputException naming {@code i} if the row is not one of the book's
   */
  public BookItem item(int i) {
    row(i);
    Optional<String> id = Optional.ofNullable(loanId[i]);
    if (status[i] == BookColumnCodes.FAILED) {
      return BookItem.failed(i, id, BookFailure.from(failure(i)));
    }
    BigDecimal amount = BigDecimal.valueOf(compensationFen[i], 2);
    AmountRange range = status[i] == BookColumnCodes.UNDETERMINED
        ? new AmountRange(Cny.of("0.00"), Cny.of(amount)) : AmountRange.exactly(Cny.of(amount));
    return new BookItem(i, id, BookColumnCodes.verdict(status[i]), Optional.of(range), Optional.empty(),
        Optional.empty(), List.of(), Optional.empty());
  }
}
