package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A book of first-loan subsidy requests as columns, for {@link BookFirstLoanFastPath}: enterprise columns (one row
 * per enterprise) and loan columns (one row per loan), an enterprise's loans being the rows
 * {@code loanStart[e] .. loanStart[e + 1] - 1}. Amounts are in fen, rates in millionths, dates in epoch days, place
 * codes as six-digit ints ({@link BookColumnCodes#UNKNOWN_PLACE} when absent), yes/no facts as
 * {@link BookColumnCodes} bytes.
 * <p>
 * Fill the columns directly (then set {@link #loanStart()} and {@link #setEnterprises(int)}) or request by request
 * with {@link #add}; a fast path computes the result columns. The arrays are returned, not copied. Not thread-safe
 * while being filled.
 */
public final class BookFirstLoanColumns {

  /** The failed-column code when an enterprise did not fail. */
  public static final byte NO_FAILURE = 0;
  /** Failed: the enterprise has no loan rows. */
  public static final byte FAILED_NO_LOANS = 1;
  /** Failed: a loan's principal is not positive. */
  public static final byte FAILED_PRINCIPAL = 2;
  /**
   * Failed: a loan's end of use is before its drawdown, or after the dates a request can hold
   * ({@link io.github.huiqi.core.time.DateBounds}).
   */
  public static final byte FAILED_END_OF_USE = 3;
  /** Failed: a loan's annual interest rate is not positive, or above 100% (as a request's is refused). */
  public static final byte FAILED_RATE = 4;
  /** Failed: a yes/no fact is not a {@link BookColumnCodes} fact byte. */
  public static final byte FAILED_FACT = 5;
  /**
   * Failed: a loan's drawdown is outside the dates a request can hold
   * ({@link io.github.huiqi.core.time.DateBounds}).
   */
  public static final byte FAILED_DRAWDOWN = 6;

  private static final String FACT_PROBLEM = "must be -1 (unknown), 0 (no) or 1 (yes)";

  private final int[] loanStart;
  private final int[] enterpriseRegion;
  private final byte[] independentLegalPerson;
  private final byte[] firstTimeBorrower;
  private final byte[] onSeriousDishonestyList;
  private final long[] principalFen;
  private final int[] drawdownDay;
  private final int[] endOfUseDay;
  private final int[] annualRatePpm;
  private final int[] lenderRegion;
  private final byte[] firstDrawdownOfFirstContract;
  private final byte[] forProductionOrOperation;
  private final byte[] subsidisedUnderAnotherMunicipalScheme;
  private final byte[] status;
  private final long[] minimumFen;
  private final long[] maximumFen;
  private final byte[] failedColumn;
  private final byte[] loanStatus;
  private final long[] loanComputedFen;
  private final long[] loanPaidFen;
  private int enterprises;
  private int loans;

  /**
   * Creates empty columns with room for enterprises and loans: amounts, rates and regions zero, facts
   * {@link BookColumnCodes#NO}, drawdown and end-of-use days not given ({@link BookColumnCodes#ABSENT_DAY}: a loan
   * left so fails its enterprise, naming the date as required, rather than reading 1970-01-01).
   *
   * @param enterpriseCapacity  the most enterprises
   * @param loanCapacity  the most loans
   * @throws InvalidInputException if a capacity is negative, or the enterprise capacity {@link Integer#MAX_VALUE}
   */
  public BookFirstLoanColumns(int enterpriseCapacity, int loanCapacity) {
    Args.notNegative(enterpriseCapacity, "enterpriseCapacity");
    Args.notNegative(loanCapacity, "loanCapacity");
    if (enterpriseCapacity == Integer.MAX_VALUE) {
      // the loan starts hold one more entry than the enterprises
      throw new InvalidInputException("enterpriseCapacity", enterpriseCapacity,
          "must be below " + Integer.MAX_VALUE);
    }
    loanStart = new int[enterpriseCapacity + 1];
    enterpriseRegion = new int[enterpriseCapacity];
    independentLegalPerson = new byte[enterpriseCapacity];
    firstTimeBorrower = new byte[enterpriseCapacity];
    onSeriousDishonestyList = new byte[enterpriseCapacity];
    status = new byte[enterpriseCapacity];
    minimumFen = new long[enterpriseCapacity];
    maximumFen = new long[enterpriseCapacity];
    failedColumn = new byte[enterpriseCapacity];
    principalFen = new long[loanCapacity];
    drawdownDay = new int[loanCapacity];
    endOfUseDay = new int[loanCapacity];
    Arrays.fill(drawdownDay, BookColumnCodes.ABSENT_DAY);
    Arrays.fill(endOfUseDay, BookColumnCodes.ABSENT_DAY);
    annualRatePpm = new int[loanCapacity];
    lenderRegion = new int[loanCapacity];
    firstDrawdownOfFirstContract = new byte[loanCapacity];
    forProductionOrOperation = new byte[loanCapacity];
    subsidisedUnderAnotherMunicipalScheme = new byte[loanCapacity];
    loanStatus = new byte[loanCapacity];
    loanComputedFen = new long[loanCapacity];
    loanPaidFen = new long[loanCapacity];
  }

  /**
   * Appends an enterprise's request: its facts and its loans (allocates: for filling, not for the hot path). The
   * request's options are not encoded: the fast path's own apply.
   *
   * @param request  the request
   * @return the enterprise's row
   * @throws InvalidInputException if the request is null, the columns are full, an amount is below the fen or a
   *     rate finer than a millionth
   */
  public int add(FirstLoanRequest request) {
    Args.notNull(request, "request");
    List<LoanFacts> facts = request.loans();
    if (enterprises >= status.length || loans + facts.size() > principalFen.length) {
      throw new InvalidInputException("request", enterprises, "must fit in the columns' capacity");
    }
    int e = enterprises;
    EnterpriseFacts firm = request.enterprise();
    enterpriseRegion[e] = BookFen.place(firm.registrationRegionCode().orElse(null));
    independentLegalPerson[e] = BookColumnCodes.fact(firm.independentLegalPerson());
    firstTimeBorrower[e] = BookColumnCodes.fact(firm.firstTimeBorrower());
    onSeriousDishonestyList[e] = BookColumnCodes.fact(firm.onSeriousDishonestyList());
    loanStart[e] = loans;
    for (LoanFacts loan : facts) {
      int j = loans++;
      principalFen[j] = BookFen.fen(loan.principal(), "principal");
      drawdownDay[j] = Math.toIntExact(loan.drawdownDate().toEpochDay());
      endOfUseDay[j] = Math.toIntExact(loan.endOfUse().toEpochDay());
      annualRatePpm[j] = BookFen.ppm(loan.annualInterestRate(), "annualInterestRate");
      lenderRegion[j] = BookFen.place(loan.lenderRegionCode().orElse(null));
      firstDrawdownOfFirstContract[j] = BookColumnCodes.fact(loan.firstDrawdownOfFirstContract());
      forProductionOrOperation[j] = BookColumnCodes.fact(loan.forProductionOrOperation());
      subsidisedUnderAnotherMunicipalScheme[j] = BookColumnCodes.fact(loan.subsidisedUnderAnotherMunicipalScheme());
    }
    enterprises++;
    loanStart[enterprises] = loans;
    return e;
  }

  /**
   * Sets the number of enterprise rows in use, after filling the columns directly ({@link #loanStart()} must then
   * hold each enterprise's first loan row and, at index {@code enterprises}, the number of loan rows).
   *
   * @param count  the enterprises
   * @throws InvalidInputException if the count is negative or above the capacity, or the loan start at index
   *     {@code count} is not from 0 to the loan capacity (naming {@code loanStart/count})
   */
  public void setEnterprises(int count) {
    if (count < 0 || count > status.length) {
      throw new InvalidInputException("enterprises", count, "must be from 0 to the capacity " + status.length);
    }
    if (loanStart[count] < 0 || loanStart[count] > principalFen.length) {
      throw new InvalidInputException("loanStart/" + count, loanStart[count],
          "must be a loan row from 0 to the loan capacity " + principalFen.length);
    }
    enterprises = count;
    loans = loanStart[count];
  }

  /**
   * Returns the number of enterprise rows in use.
   *
   * @return the count
   */
  public int enterprises() {
    return enterprises;
  }

  /**
   * Returns the first loan row of each enterprise; at index {@code enterprises()}, the number of loan rows.
   *
   * @return the column
   */
  public int[] loanStart() {
    return loanStart;
  }

  /**
   * Returns the enterprise's registration place code.
   *
   * @return the column
   */
  public int[] enterpriseRegion() {
    return enterpriseRegion;
  }

  /**
   * Returns whether the enterprise is an independent legal person, as a fact byte.
   *
   * @return the column
   */
  public byte[] independentLegalPerson() {
    return independentLegalPerson;
  }

  /**
   * Returns whether the enterprise is a first-time borrower (首贷户), as a fact byte.
   *
   * @return the column
   */
  public byte[] firstTimeBorrower() {
    return firstTimeBorrower;
  }

  /**
   * Returns whether the enterprise is on a serious-dishonesty list, as a fact byte.
   *
   * @return the column
   */
  public byte[] onSeriousDishonestyList() {
    return onSeriousDishonestyList;
  }

  /**
   * Returns each loan's principal in fen.
   *
   * @return the column
   */
  public long[] principalFen() {
    return principalFen;
  }

  /**
   * Returns each loan's drawdown date in epoch days; a loan left at {@link BookColumnCodes#ABSENT_DAY} fails its
   * enterprise, naming the date as required.
   *
   * @return the column
   */
  public int[] drawdownDay() {
    return drawdownDay;
  }

  /**
   * Returns each loan's end of use (the repayment date if before maturity, else the maturity) in epoch days; a loan
   * left at {@link BookColumnCodes#ABSENT_DAY} fails its enterprise, naming {@code maturityDate} as required.
   *
   * @return the column
   */
  public int[] endOfUseDay() {
    return endOfUseDay;
  }

  /**
   * Returns each loan's annual interest rate in millionths (3.65% is 36,500).
   *
   * @return the column
   */
  public int[] annualRatePpm() {
    return annualRatePpm;
  }

  /**
   * Returns each loan's lender place code.
   *
   * @return the column
   */
  public int[] lenderRegion() {
    return lenderRegion;
  }

  /**
   * Returns whether each loan is the first drawdown of the first contract, as a fact byte.
   *
   * @return the column
   */
  public byte[] firstDrawdownOfFirstContract() {
    return firstDrawdownOfFirstContract;
  }

  /**
   * Returns whether each loan is for production and operation, as a fact byte.
   *
   * @return the column
   */
  public byte[] forProductionOrOperation() {
    return forProductionOrOperation;
  }

  /**
   * Returns whether each loan is subsidised under another municipal scheme, as a fact byte.
   *
   * @return the column
   */
  public byte[] subsidisedUnderAnotherMunicipalScheme() {
    return subsidisedUnderAnotherMunicipalScheme;
  }

  /**
   * Returns each enterprise's status after a run, a {@link BookColumnCodes} status.
   *
   * @return the result column
   */
  public byte[] status() {
    return status;
  }

  /**
   * Returns each enterprise's certain subsidy in fen after a run (what its eligible loans receive, after the cap).
   *
   * @return the result column
   */
  public long[] minimumFen() {
    return minimumFen;
  }

  /**
   * Returns each enterprise's subsidy in reach in fen after a run (adding its undetermined loans, after the cap).
   *
   * @return the result column
   */
  public long[] maximumFen() {
    return maximumFen;
  }

  /**
   * Returns each failed enterprise's failure, one of the {@code FAILED_} codes, {@link #NO_FAILURE} otherwise.
   *
   * @return the result column
   */
  public byte[] failedColumn() {
    return failedColumn;
  }

  /**
   * Returns each loan's status after a run.
   *
   * @return the result column
   */
  public byte[] loanStatus() {
    return loanStatus;
  }

  /**
   * Returns each loan's own subsidy in fen before the cap after a run (zero when ineligible).
   *
   * @return the result column
   */
  public long[] loanComputedFen() {
    return loanComputedFen;
  }

  /**
   * Returns each loan's share of the capped subsidy in fen after a run (zero unless eligible).
   *
   * @return the result column
   */
  public long[] loanPaidFen() {
    return loanPaidFen;
  }

  /**
   * The failure of a failed enterprise as the streaming path reports the same request: the first bad value in the
   * order the fast path checks them (the enterprise's facts, then each loan's principal, drawdown, end of use, rate
   * and facts),
   * its field as a JSON Pointer into the request (the loan by its place among the enterprise's), the offending value
   * as the request would hold it and the problem, whose code follows.
   */
  private InvalidInputException failure(int e) {
    int first = loanStart[e];
    int end = loanStart[e + 1];
    if (end <= first) {
      return new InvalidInputException("/loans", "[]", "must hold at least one loan");
    }
    byte[][] firmFacts = {independentLegalPerson, firstTimeBorrower, onSeriousDishonestyList};
    String[] firmNames = {"independentLegalPerson", "firstTimeBorrower", "onSeriousDishonestyList"};
    for (int f = 0; f < firmFacts.length; f++) {
      if (!isFact(firmFacts[f][e])) {
        return new InvalidInputException("/enterprise/" + firmNames[f], firmFacts[f][e], FACT_PROBLEM);
      }
    }
    byte[][] loanFacts = {firstDrawdownOfFirstContract, forProductionOrOperation,
        subsidisedUnderAnotherMunicipalScheme};
    String[] loanNames = {"firstDrawdownOfFirstContract", "forProductionOrOperation",
        "subsidisedUnderAnotherMunicipalScheme"};
    for (int j = first; j < end; j++) {
      String loan = "/loans/" + (j - first) + "/";
      if (principalFen[j] <= 0) {
        return new InvalidInputException(loan + "principal", BookFen.yuanText(principalFen[j]), "must be positive");
      }
      // a day left at ABSENT_DAY is not given: required, as a request without it is refused
      if (drawdownDay[j] == BookColumnCodes.ABSENT_DAY) {
        return new InvalidInputException(loan + "drawdownDate");
      }
      if (!BookFen.inBounds(drawdownDay[j])) {
        return BookFen.dateOutOfRange(loan + "drawdownDate", drawdownDay[j]);
      }
      if (endOfUseDay[j] == BookColumnCodes.ABSENT_DAY) {
        return new InvalidInputException(loan + "maturityDate");
      }
      if (endOfUseDay[j] < drawdownDay[j]) {
        return new InvalidInputException(loan + "maturityDate", LocalDate.ofEpochDay(endOfUseDay[j]),
            "must not be before drawdownDate '" + LocalDate.ofEpochDay(drawdownDay[j]) + "'");
      }
      if (!BookFen.inBounds(endOfUseDay[j])) {
        return BookFen.dateOutOfRange(loan + "maturityDate", endOfUseDay[j]);
      }
      if (annualRatePpm[j] <= 0) {
        return new InvalidInputException(loan + "annualInterestRate", BookFen.percentText(annualRatePpm[j]),
            "must be positive");
      }
      if (annualRatePpm[j] > BookFen.PPM) {
        // as LoanFacts refuses it (Args.inputRate)
        return new InvalidInputException(InvalidInputException.RATE_RANGE, loan + "annualInterestRate",
            BookFen.percentText(annualRatePpm[j]), "must be from 0% to 100%", "必须在 0% 至 100% 之间", null);
      }
      for (int f = 0; f < loanFacts.length; f++) {
        if (!isFact(loanFacts[f][j])) {
          return new InvalidInputException(loan + loanNames[f], loanFacts[f][j], FACT_PROBLEM);
        }
      }
    }
    // the columns were changed after the run
    return new InvalidInputException("/loans", "[]", "were refused when computed and have changed since");
  }

  /**
   * Checks, before a run, that the loan starts of the enterprises in use (and the end, at index
   * {@link #enterprises()}) are loan rows: from 0 to the loan capacity. Loan starts out of order only leave an
   * enterprise without loans, which its row reports.
   */
  void checkLoanStarts() {
    int capacity = principalFen.length;
    // one branch-free pass the JIT vectorises (a start below 0 or above the capacity makes the OR negative); the
    // start to blame is looked for only when there is one
    int outside = 0;
    for (int e = 0; e <= enterprises; e++) {
      outside |= loanStart[e] | capacity - loanStart[e];
    }
    if (outside >= 0) {
      return;
    }
    for (int e = 0; e <= enterprises; e++) {
      if (loanStart[e] < 0 || loanStart[e] > capacity) {
        throw new InvalidInputException("loanStart/" + e, loanStart[e],
            "must be a loan row from 0 to the loan capacity " + principalFen.length);
      }
    }
  }

  private static boolean isFact(byte fact) {
    return fact >= BookColumnCodes.UNKNOWN && fact <= BookColumnCodes.YES;
  }

  /**
   * Returns enterprise e's result as a {@link BookItem} (allocates: for reading results). It carries the verdict,
   * the amount and the failure; reason codes and missing facts come from the streaming path.
   *
   * @param e  the enterprise row
   * @return the item
   * @throws InvalidInputException naming {@code e} if the row is not one in use (from 0 to {@link #enterprises()} − 1)
   */
  public BookItem item(int e) {
    if (e < 0 || e >= enterprises) {
      throw new InvalidInputException("e", e, "must be one of the " + enterprises + " enterprise rows in use");
    }
    if (status[e] == BookColumnCodes.FAILED) {
      return BookItem.failed(e, Optional.empty(), BookFailure.from(failure(e)));
    }
    AmountRange range = new AmountRange(Cny.of(BigDecimal.valueOf(minimumFen[e], 2)),
        Cny.of(BigDecimal.valueOf(maximumFen[e], 2)));
    return new BookItem(e, Optional.empty(), BookColumnCodes.verdict(status[e]), Optional.of(range),
        Optional.empty(), Optional.empty(), List.of(), Optional.empty());
  }
}
