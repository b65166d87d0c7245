package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Jurisdiction;
import io.github.huiqi.core.time.DateRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The columnar fast path of the first-loan subsidy ({@code FirstLoanCalculator}): the same enterprise and loan
 * conditions, subsidised period, rounding and per-enterprise cap over a {@link BookFirstLoanColumns} book, in
 * {@code long} fen, rates in millionths and epoch days, allocating nothing per loan in steady state.
 * <p>
 * Per loan, as the plain form: ineligible when a condition fails (region, independent legal person, first-time
 * borrower, not seriously dishonest, drawdown in the window, lender in the region, first drawdown of the first
 * contract, production use, no other municipal subsidy, rate not below the floor, use at least the minimum months),
 * undetermined when none fails but a fact is unknown; then
 * <pre>
 *   until   = min(end of use, drawdown + maximum months)       (plusMonths rolls back to the month's end)
 *   subsidy = round(principal × annual subsidy rate × (until − drawdown) ÷ basis)
 * </pre>
 * and the enterprise's cap is allocated to eligible loans in drawdown order (then row order); the enterprise receives
 * from {@code min(eligible sum, cap)} to {@code min(eligible and undetermined sum, cap)}. Every parameter is read
 * from the measure when the fast path is built. A product beyond a {@code long} is computed in {@code BigDecimal}
 * for that loan (same amount).
 * <p>
 * This class is immutable and thread-safe.
 */
public final class BookFirstLoanFastPath {

  /** The enterprises computed by one call of the block method. */
  private static final int BLOCK = 4096;
  /** The divisor of fen × ppm × days at the fen under ACT/360. */
  private static final long ACT_360_FEN = BookFen.PPM * 360;
  /** The divisor of fen × ppm × days at the fen under ACT/365F. */
  private static final long ACT_365_FEN = BookFen.PPM * 365;

  private final int regionLow;
  private final int regionHigh;
  private final long windowStart;
  private final long windowEnd;
  private final int subsidyPpm;
  private final int maximumMonths;
  private final int minimumMonths;
  private final int minimumRatePpm;
  private final long capFen;
  private final int[] minimumUseEnd;
  private final int[] subsidyTermEnd;
  private final long basis;
  private final long unitFen;
  private final RoundingMode mode;
  private final boolean halfUp;

  private BookFirstLoanFastPath(FirstLoanMeasure measure, FirstLoanOptions options) {
    Jurisdiction region = measure.region().value();
    // the place codes the region contains, as one range (440300 → 440300..440399), so that no loan divides
    int divisor = BookFen.regionDivisor(region);
    regionLow = divisor == 0 ? 0 : BookFen.place(region.code()) / divisor * divisor;
    regionHigh = divisor == 0 ? 999_999 : regionLow + divisor - 1;
    DateRange window = measure.firstLoanWindow().value();
    windowStart = window.start().toEpochDay();
    windowEnd = window.end().map(d -> d.toEpochDay()).orElse(Long.MAX_VALUE);
    subsidyPpm = BookFen.ppm(measure.annualSubsidyRate().value(), "annualSubsidyRate");
    maximumMonths = measure.maximumSubsidyMonths().value();
    minimumMonths = measure.minimumUseMonths().value();
    minimumRatePpm = BookFen.ppm(measure.minimumLoanRate().value(), "minimumLoanRate");
    capFen = BookFen.fen(measure.capPerEnterprise().value(), "capPerEnterprise");
    // drawdown + months for every day of the window (at most 30 years of it): a loan drawn outside the window is
    // ineligible whatever its period, so a loan needs these dates only for a drawdown inside it
    int span = (int) Math.min(windowEnd - windowStart + 1, 366L * 30);
    minimumUseEnd = new int[span];
    subsidyTermEnd = new int[span];
    for (int k = 0; k < span; k++) {
      LocalDate day = window.start().plusDays(k);
      minimumUseEnd[k] = Math.toIntExact(day.plusMonths(minimumMonths).toEpochDay());
      subsidyTermEnd[k] = Math.toIntExact(day.plusMonths(maximumMonths).toEpochDay());
    }
    DayCount dayCount = options.dayCount().orElse(measure.dayCount().value());
    basis = switch (dayCount) {
      case ACT_360 -> 360;
      case ACT_365F -> 365;
      default -> throw new InvalidInputException("dayCount", dayCount,
          "must be ACT/360 or ACT/365F for the columnar path");
    };
    MoneyRounding rounding = measure.rounding().value();
    unitFen = BookFen.unitFen(rounding);
    mode = rounding.mode();
    halfUp = mode == RoundingMode.HALF_UP;
  }

  /**
   * Builds the fast path of a measure under options, reading every parameter from them.
   *
   * @param measure  the measure, such as the built-in {@link FirstLoanMeasure#SHENZHEN_2023} or a changed one
   * @param options  the options (the day count), {@code FirstLoanOptions.builder().build()} for the defaults
   * @return the fast path
   * @throws InvalidInputException if an argument is null, or the measure's rates are finer than a millionth, its
   *     rounding below the fen or its day count WHOLE-MONTHS (use the plain form then)
   */
  public static BookFirstLoanFastPath of(FirstLoanMeasure measure, FirstLoanOptions options) {
    Args.notNull(measure, "measure");
    Args.notNull(options, "options");
    return new BookFirstLoanFastPath(measure, options);
  }

  /**
   * Computes every enterprise on the calling thread.
   *
   * @param book  the book; its result columns are overwritten
   * @return the totals over enterprises
   * @throws InvalidInputException if the book is null
   */
  public BookColumnTotals compute(BookFirstLoanColumns book) {
    Args.notNull(book, "book");
    return computeRange(book, 0, book.enterprises());
  }

  /**
   * Computes every enterprise on up to {@code threads} threads of the common fork-join pool (the caller included),
   * each over its own slice of enterprises; the totals are the same as on one thread.
   *
   * @param book  the book; its result columns are overwritten
   * @param threads  the number of slices, at least 1
   * @return the totals over enterprises
   * @throws InvalidInputException if the book is null or threads below 1
   */
  public BookColumnTotals compute(BookFirstLoanColumns book, int threads) {
    Args.notNull(book, "book");
    if (threads < 1) {
      throw new InvalidInputException("threads", threads, "must be at least 1");
    }
    int size = book.enterprises();
    if (threads == 1 || size < 2) {
      return computeRange(book, 0, size);
    }
    return IntStream.range(0, threads).parallel()
        .mapToObj(t -> computeRange(book, (int) ((long) size * t / threads), (int) ((long) size * (t + 1) / threads)))
        .reduce(BookColumnTotals::merge).orElseGet(BookColumnTotals::new);
  }

  private BookColumnTotals computeRange(BookFirstLoanColumns book, int from, int to) {
    // Blocks of enterprises, so that the block method is compiled as a whole method early rather than only entered
    // on-stack-replaced in the middle of one long loop.
    BookColumnTotals totals = new BookColumnTotals();
    long[][] order = {new long[8]};
    for (int start = from; start < to; start += BLOCK) {
      computeBlock(book, start, Math.min(to, start + BLOCK), totals, order);
    }
    return totals;
  }

  private void computeBlock(BookFirstLoanColumns book, int from, int to, BookColumnTotals totals, long[][] scratch) {
    long[] order = scratch[0];
    int[] loanStart = book.loanStart();
    // the block's counts and sums in locals, added to the totals once at the end
    long eligible = 0;
    long ineligible = 0;
    long undetermined = 0;
    long failedCount = 0;
    long minimumSum = 0;
    long maximumSum = 0;
    for (int e = from; e < to; e++) {
      int first = loanStart[e];
      int end = loanStart[e + 1];
      byte failure = end <= first ? BookFirstLoanColumns.FAILED_NO_LOANS : validate(book, e, first, end);
      if (failure != BookFirstLoanColumns.NO_FAILURE) {
        book.status()[e] = BookColumnCodes.FAILED;
        book.failedColumn()[e] = failure;
        book.minimumFen()[e] = 0;
        book.maximumFen()[e] = 0;
        for (int j = first; j < end; j++) {
          book.loanStatus()[j] = BookColumnCodes.FAILED;
          book.loanComputedFen()[j] = 0;
          book.loanPaidFen()[j] = 0;
        }
        failedCount++;
        continue;
      }
      book.failedColumn()[e] = BookFirstLoanColumns.NO_FAILURE;
      int count = end - first;
      if (order.length < count) {
        order = new long[Math.max(count, order.length * 2)];
        scratch[0] = order;
      }
      byte firm = enterpriseCondition(book, e);
      byte status;
      long minimum;
      long maximum;
      if (count == 1) {
        // one loan, the common case: the cap applies to it alone
        evaluateLoan(book, first, firm);
        status = book.loanStatus()[first];
        long capped = Math.min(book.loanComputedFen()[first], capFen);
        minimum = status == BookColumnCodes.ELIGIBLE ? capped : 0;
        maximum = status == BookColumnCodes.INELIGIBLE ? 0 : capped;
        book.loanPaidFen()[first] = minimum;
      } else {
        for (int j = first; j < end; j++) {
          evaluateLoan(book, j, firm);
          // drawdown day, then row: the allocation order of EnterpriseCap
          order[j - first] = ((long) book.drawdownDay()[j] << 32) | (j - first);
        }
        Arrays.sort(order, 0, count);
        long remaining = capFen;
        long eligibleSum = 0;
        long possibleSum = 0;
        boolean anyEligible = false;
        boolean anyUndetermined = false;
        for (int k = 0; k < count; k++) {
          int j = first + (int) (order[k] & 0xFFFF_FFFFL);
          byte verdict = book.loanStatus()[j];
          long computed = book.loanComputedFen()[j];
          long paid = 0;
          if (verdict == BookColumnCodes.ELIGIBLE) {
            anyEligible = true;
            paid = Math.min(computed, remaining);
            remaining -= paid;
            eligibleSum = saturatedAdd(eligibleSum, computed);
          }
          if (verdict != BookColumnCodes.INELIGIBLE) {
            anyUndetermined |= verdict == BookColumnCodes.UNDETERMINED;
            possibleSum = saturatedAdd(possibleSum, computed);
          }
          book.loanPaidFen()[j] = paid;
        }
        status = anyEligible ? BookColumnCodes.ELIGIBLE
            : anyUndetermined ? BookColumnCodes.UNDETERMINED : BookColumnCodes.INELIGIBLE;
        minimum = Math.min(eligibleSum, capFen);
        maximum = Math.min(possibleSum, capFen);
      }
      book.status()[e] = status;
      book.minimumFen()[e] = minimum;
      book.maximumFen()[e] = maximum;
      if (status == BookColumnCodes.ELIGIBLE) {
        eligible++;
      } else if (status == BookColumnCodes.INELIGIBLE) {
        ineligible++;
      } else {
        undetermined++;
      }
      minimumSum = Math.addExact(minimumSum, minimum);
      maximumSum = Math.addExact(maximumSum, maximum);
    }
    totals.add(eligible, ineligible, undetermined, failedCount, minimumSum, maximumSum);
  }

  /** Adds two non-negative sums, holding at the cap (only min(sum, cap) is ever read). */
  private long saturatedAdd(long sum, long add) {
    return add >= capFen - sum ? capFen : sum + add;
  }

  private static byte validate(BookFirstLoanColumns book, int e, int first, int end) {
    if (!isFact(book.independentLegalPerson()[e]) || !isFact(book.firstTimeBorrower()[e])
        || !isFact(book.onSeriousDishonestyList()[e])) {
      return BookFirstLoanColumns.FAILED_FACT;
    }
    for (int j = first; j < end; j++) {
      if (book.principalFen()[j] <= 0) {
        return BookFirstLoanColumns.FAILED_PRINCIPAL;
      }
      if (book.endOfUseDay()[j] < book.drawdownDay()[j]) {
        return BookFirstLoanColumns.FAILED_END_OF_USE;
      }
      if (book.annualRatePpm()[j] <= 0) {
        return BookFirstLoanColumns.FAILED_RATE;
      }
      if (!isFact(book.firstDrawdownOfFirstContract()[j]) || !isFact(book.forProductionOrOperation()[j])
          || !isFact(book.subsidisedUnderAnotherMunicipalScheme()[j])) {
        return BookFirstLoanColumns.FAILED_FACT;
      }
    }
    return BookFirstLoanColumns.NO_FAILURE;
  }

  /** The enterprise's four conditions together: INELIGIBLE if one fails, UNDETERMINED if one is unknown. */
  private byte enterpriseCondition(BookFirstLoanColumns book, int e) {
    int place = book.enterpriseRegion()[e];
    byte independent = book.independentLegalPerson()[e];
    byte firstTime = book.firstTimeBorrower()[e];
    byte dishonest = book.onSeriousDishonestyList()[e];
    boolean regionUnknown = place == BookColumnCodes.UNKNOWN_PLACE;
    if (!regionUnknown && (place < regionLow || place > regionHigh)
        || independent == BookColumnCodes.NO || firstTime == BookColumnCodes.NO || dishonest == BookColumnCodes.YES) {
      return BookColumnCodes.INELIGIBLE;
    }
    if (regionUnknown || independent == BookColumnCodes.UNKNOWN || firstTime == BookColumnCodes.UNKNOWN
        || dishonest == BookColumnCodes.UNKNOWN) {
      return BookColumnCodes.UNDETERMINED;
    }
    return BookColumnCodes.ELIGIBLE;
  }

  private void evaluateLoan(BookFirstLoanColumns book, int j, byte firm) {
    long drawdown = book.drawdownDay()[j];
    if (firm == BookColumnCodes.INELIGIBLE || drawdown < windowStart || drawdown > windowEnd) {
      book.loanStatus()[j] = BookColumnCodes.INELIGIBLE;
      book.loanComputedFen()[j] = 0;
      return;
    }
    long k = drawdown - windowStart;
    long minimumEnd = k < minimumUseEnd.length ? minimumUseEnd[(int) k] : BookFen.plusMonths(drawdown, minimumMonths);
    long termEnd = k < subsidyTermEnd.length ? subsidyTermEnd[(int) k] : BookFen.plusMonths(drawdown, maximumMonths);
    long endOfUse = book.endOfUseDay()[j];
    int lender = book.lenderRegion()[j];
    byte firstDrawdown = book.firstDrawdownOfFirstContract()[j];
    byte production = book.forProductionOrOperation()[j];
    byte otherSubsidy = book.subsidisedUnderAnotherMunicipalScheme()[j];
    boolean lenderUnknown = lender == BookColumnCodes.UNKNOWN_PLACE;
    boolean failed = !lenderUnknown && (lender < regionLow || lender > regionHigh)
        || firstDrawdown == BookColumnCodes.NO || production == BookColumnCodes.NO
        || otherSubsidy == BookColumnCodes.YES
        || book.annualRatePpm()[j] < minimumRatePpm
        || endOfUse < minimumEnd;
    if (failed) {
      book.loanStatus()[j] = BookColumnCodes.INELIGIBLE;
      book.loanComputedFen()[j] = 0;
      return;
    }
    boolean unknown = firm == BookColumnCodes.UNDETERMINED || lenderUnknown
        || firstDrawdown == BookColumnCodes.UNKNOWN || production == BookColumnCodes.UNKNOWN
        || otherSubsidy == BookColumnCodes.UNKNOWN;
    book.loanStatus()[j] = unknown ? BookColumnCodes.UNDETERMINED : BookColumnCodes.ELIGIBLE;
    long until = Math.min(endOfUse, termEnd);
    book.loanComputedFen()[j] = subsidy(book.principalFen()[j], until - drawdown);
  }

  /** principal × subsidy rate × days ÷ basis, rounded once at the measure's unit; BigDecimal only on overflow. */
  private long subsidy(long principal, long days) {
    long annual = principal * subsidyPpm;
    long product = annual * days;
    if (Math.multiplyHigh(principal, subsidyPpm) != 0 || annual < 0
        || Math.multiplyHigh(annual, days) != 0 || product < 0) {
      return BigDecimal.valueOf(principal).multiply(BigDecimal.valueOf(subsidyPpm)).multiply(BigDecimal.valueOf(days))
          .divide(BigDecimal.valueOf(BookFen.PPM * basis * unitFen), 0, mode).longValueExact() * unitFen;
    }
    // constant divisors in the common cases, which the compiler turns into multiplications
    if (unitFen == 1 && basis == 360) {
      long q = product / ACT_360_FEN;
      long r = product - q * ACT_360_FEN;
      return halfUp ? (r >= ACT_360_FEN - r ? q + 1 : q) : BookFen.round(q, r, ACT_360_FEN, mode);
    }
    if (unitFen == 1 && basis == 365) {
      long q = product / ACT_365_FEN;
      long r = product - q * ACT_365_FEN;
      return halfUp ? (r >= ACT_365_FEN - r ? q + 1 : q) : BookFen.round(q, r, ACT_365_FEN, mode);
    }
    return BookFen.divide(product, BookFen.PPM * basis * unitFen, mode) * unitFen;
  }

  private static boolean isFact(byte fact) {
    return fact >= BookColumnCodes.UNKNOWN && fact <= BookColumnCodes.YES;
  }
}
