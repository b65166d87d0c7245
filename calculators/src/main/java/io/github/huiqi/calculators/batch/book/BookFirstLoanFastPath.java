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
 * Enterprises are computed in blocks of 4,096. A block in which every enterprise has exactly one loan (the common
 * case) is first computed optimistically by one loop over the enterprises without data-dependent branches (measures
 * rounding at the fen by any mode but half-even, under ACT/360 or ACT/365F, with a window of at most 30 years): each
 * condition is a bit worked out by arithmetic, the term's ends are read from tables by drawdown day, the amounts are
 * masked to zero when ineligible, and the checks of every row are folded into two accumulators. Only when these show
 * a bad row, or a product that could pass a {@code long}, and for a block with an enterprise of several loans or
 * none, is the block computed enterprise by enterprise with the checks, the exact fallback and the allocation of the
 * cap in drawdown order.
 * <p>
 * Usage, each enterprise's request appended to the columns:
 * <pre>{@code
 * BookFirstLoanColumns book = new BookFirstLoanColumns(requests.size(), loanCount);
 * requests.forEach(book::add);                            // one enterprise a request, its loans after it
 * BookColumnTotals totals = BookFirstLoanFastPath.of(measure, FirstLoanOptions.DEFAULTS).compute(book, 2);
 * totals.minimumFen();      // the subsidies sure to be paid, in fen; each enterprise's in book.minimumFen()
 * }</pre>
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
  /**
   * The codes of the wider areas that hold the region (广东省 440000 for 深圳市), {@link BookColumnCodes#UNKNOWN_PLACE}
   * (already open) where there is none: an enterprise registered under one may or may not lie within the region,
   * which leaves it open (decisions register §0.6).
   */
  private final int heldByProvince;
  private final int heldByCity;
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
  /** What the rounding mode adds before a truncating division; -1 when the block loop does not apply. */
  private final long roundingBias;
  /** The largest principal in fen whose product with the rate and the longest term stays within a long. */
  private final long cleanPrincipalLimit;

  private BookFirstLoanFastPath(FirstLoanMeasure measure, FirstLoanOptions options) {
    Jurisdiction region = measure.region().value();
    // the place codes the region contains, as one range (440300 → 440300..440399), so that no loan divides
    int divisor = BookFen.regionDivisor(region);
    regionLow = divisor == 0 ? 0 : BookFen.place(region.code()) / divisor * divisor;
    regionHigh = divisor == 0 ? 999_999 : regionLow + divisor - 1;
    String province = region.code().substring(0, 2) + "0000";
    String city = region.code().substring(0, 4) + "00";
    heldByProvince = region.isHeldBy(province) ? BookFen.place(province) : BookColumnCodes.UNKNOWN_PLACE;
    heldByCity = region.isHeldBy(city) ? BookFen.place(city) : BookColumnCodes.UNKNOWN_PLACE;
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
    long longestTerm = 1;
    for (int k = 0; k < span; k++) {
      longestTerm = Math.max(longestTerm, subsidyTermEnd[k] - (windowStart + k));
    }
    long den = BookFen.PPM * basis;
    // the block loop needs the window within the tables (every drawdown in it looked up, none computed)
    boolean tablesHoldWindow = windowEnd - windowStart < span;
    roundingBias = unitFen == 1 && tablesHoldWindow ? BookFen.truncatingBias(mode, den) : -1;
    cleanPrincipalLimit = (Long.MAX_VALUE - den) / (Math.max(subsidyPpm, 1) * longestTerm);
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
   * @throws InvalidInputException if the book is null, a loan start is not a loan row (naming {@code loanStart/e}),
   *     or naming the book if a total passes a long's fen
   */
  public BookColumnTotals compute(BookFirstLoanColumns book) {
    Args.notNull(book, "book");
    book.checkLoanStarts();
    return computeRange(book, 0, book.enterprises());
  }

  /**
   * Computes every enterprise on up to {@code threads} threads of the common fork-join pool (the caller included),
   * each over its own slice of enterprises; the totals are the same as on one thread.
   *
   * @param book  the book; its result columns are overwritten
   * @param threads  the number of slices, at least 1
   * @return the totals over enterprises
   * @throws InvalidInputException if the book is null, threads below 1 or a loan start not a loan row (naming
   *     {@code loanStart/e}), or naming the book if a total passes a long's fen
   */
  public BookColumnTotals compute(BookFirstLoanColumns book, int threads) {
    Args.notNull(book, "book");
    if (threads < 1) {
      throw new InvalidInputException("threads", threads, "must be at least 1");
    }
    book.checkLoanStarts();
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
    if (roundingBias < 0 || !oneLoanEach(book.loanStart(), from, to) || !computeCleanBlock(book, from, to, totals)) {
      computeEnterprises(book, from, to, totals, scratch);
    }
  }

  /** Whether every enterprise of the block has exactly one loan: each step of the loan starts is one (OR-ed). */
  private static boolean oneLoanEach(int[] loanStart, int from, int to) {
    int steps = 0;
    for (int e = from; e < to; e++) {
      steps |= loanStart[e + 1] - loanStart[e] - 1;
    }
    return steps == 0;
  }

  /**
   * Computes a block of one-loan enterprises without data-dependent branches, assuming every row is good, and
   * returns whether it was: if not, nothing is added to the totals and the caller computes the block again enterprise
   * by enterprise (which overwrites every result column of it). Facts, places and dates vary from row to row, and a
   * mispredicted branch costs more than a row's arithmetic, so:
   * <ul>
   *   <li>each condition is a 0/1 bit: the yes/no facts' flags are read from {@link BookFen#MUST_BE_YES} and
   *     {@link BookFen#MUST_BE_NO} and OR-ed; a place or a date outside its range has a negative distance to one of
   *     the ends ({@code >>> 63});
   *   <li>the ends of the minimum use and of the subsidised term are read from the tables by drawdown day, the index
   *     masked to 0 for a drawdown outside the window (ineligible whatever the tables say);
   *   <li>the subsidy is one constant division after adding the mode's bias, masked to zero when ineligible, and the
   *     cap applied by {@link BookFen#lesser}; with one loan the enterprise's least is the loan's paid amount;
   *   <li>the checks are OR-ed together: a principal or rate not positive, a rate above 100%, an end of use before
   *     the drawdown, a day outside the dates a request can hold and a byte that is no fact each make {@code bad}
   *     negative; {@code bits} bounds every principal from above, so one
   *     comparison at the end rules out an overflowing product (or a negative principal) for the whole block.
   * </ul>
   */
  private boolean computeCleanBlock(BookFirstLoanColumns book, int from, int to, BookColumnTotals totals) {
    int[] enterpriseRegion = book.enterpriseRegion();
    byte[] independent = book.independentLegalPerson();
    byte[] firstTime = book.firstTimeBorrower();
    byte[] dishonest = book.onSeriousDishonestyList();
    long[] principal = book.principalFen();
    int[] drawdownDay = book.drawdownDay();
    int[] endOfUseDay = book.endOfUseDay();
    int[] annualRate = book.annualRatePpm();
    int[] lenderRegion = book.lenderRegion();
    byte[] firstDrawdown = book.firstDrawdownOfFirstContract();
    byte[] production = book.forProductionOrOperation();
    byte[] otherSubsidy = book.subsidisedUnderAnotherMunicipalScheme();
    byte[] status = book.status();
    long[] minimumFen = book.minimumFen();
    long[] maximumFen = book.maximumFen();
    byte[] failed = book.failedColumn();
    byte[] loanStatus = book.loanStatus();
    long[] computedFen = book.loanComputedFen();
    long[] paidFen = book.loanPaidFen();
    int[] minimumEnds = minimumUseEnd;
    int[] termEnds = subsidyTermEnd;
    long start = windowStart;
    long end = windowEnd;
    long rateFloor = minimumRatePpm;
    long rate = subsidyPpm;
    long bias = roundingBias;
    boolean act360 = basis == 360;
    long cap = capFen;
    long bad = 0;
    long bits = 0;
    long ineligibleCount = 0;
    long undeterminedCount = 0;
    long minimumSum = 0;
    long maximumSum = 0;
    int shift = book.loanStart()[from] - from;
    for (int e = from; e < to; e++) {
      int j = e + shift;
      int place = enterpriseRegion[e];
      int lender = lenderRegion[j];
      int facts = BookFen.MUST_BE_YES[independent[e] & 0xFF] | BookFen.MUST_BE_YES[firstTime[e] & 0xFF]
          | BookFen.MUST_BE_NO[dishonest[e] & 0xFF] | BookFen.MUST_BE_YES[firstDrawdown[j] & 0xFF]
          | BookFen.MUST_BE_YES[production[j] & 0xFF] | BookFen.MUST_BE_NO[otherSubsidy[j] & 0xFF];
      long amount = principal[j];
      long loanRate = annualRate[j];
      long drawdown = drawdownDay[j];
      long endOfUse = endOfUseDay[j];
      bits |= amount;
      bad |= facts | (amount - 1) | (loanRate - 1) | (endOfUse - drawdown) | (BookFen.PPM - loanRate)
          | (drawdown - BookFen.EARLIEST_DAY) | (BookFen.LATEST_DAY - endOfUse);
      long outsideWindow = outside(drawdown, start, end);
      // the drawdown's day in the tables: in range inside the window; the first day outside it (ineligible anyway)
      int k = (int) (drawdown - start & outsideWindow - 1);
      long minimumEnd = minimumEnds[k];
      long termEnd = termEnds[k];
      int placeUnknown = unknownPlace(place) | heldBy(place);
      int lenderUnknown = unknownPlace(lender);
      // an unknown place (-1), or a wider area's, is outside the region too (a region's codes are six digits, from 0):
      // only a known place outside it fails
      long fails = outsideRegion(place) - placeUnknown | outsideRegion(lender) - lenderUnknown
          | facts & BookFen.FACT_FAILS | outsideWindow | (loanRate - rateFloor) >>> 63
          | (endOfUse - minimumEnd) >>> 63;
      int unknown = placeUnknown | lenderUnknown | facts >> 1 & 1;
      int open = (int) fails ^ 1;
      long openMask = -(long) open;
      long days = BookFen.lesser(endOfUse, termEnd) - drawdown;
      long product = amount * rate * days + bias;
      long computed = (act360 ? product / ACT_360_FEN : product / ACT_365_FEN) & openMask;
      long capped = BookFen.lesser(computed, cap);
      // INELIGIBLE 0, ELIGIBLE 1, UNDETERMINED 2: 1 shifted by unknown when no condition fails, else 0
      int verdict = open << unknown;
      long least = capped & -(long) (verdict & 1);
      loanStatus[j] = (byte) verdict;
      computedFen[j] = computed;
      paidFen[j] = least;
      status[e] = (byte) verdict;
      minimumFen[e] = least;
      maximumFen[e] = capped;
      failed[e] = BookFirstLoanColumns.NO_FAILURE;
      ineligibleCount += open ^ 1;
      undeterminedCount += verdict >> 1;
      minimumSum += least;
      maximumSum += capped;
    }
    if (bad < 0 || bits < 0 || bits > cleanPrincipalLimit) {
      return false;
    }
    // no sum overflowed: each amount is below 2^63 / 360,000,000, and a block has 4,096 enterprises
    totals.add(to - from - ineligibleCount - undeterminedCount, ineligibleCount, undeterminedCount, 0, minimumSum,
        maximumSum);
    return true;
  }

  /**
   * 1 when a place is outside the region's codes, else 0: its distance from the lowest code, as an unsigned int, is
   * then beyond the range's width (a place below the lowest wraps to above 2^31).
   */
  private long outsideRegion(int place) {
    return (regionHigh - regionLow - Integer.toUnsignedLong(place - regionLow)) >>> 63;
  }

  /** 1 when a value is outside [low, high], else 0: one of its distances to the ends is then negative. */
  private static long outside(long value, long low, long high) {
    return ((value - low) | (high - value)) >>> 63;
  }

  /** 1 for an enterprise place of a wider area that holds the region, else 0. */
  private int heldBy(int place) {
    return (place == heldByProvince ? 1 : 0) | (place == heldByCity ? 1 : 0);
  }

  /** 1 for {@link BookColumnCodes#UNKNOWN_PLACE} (-1), else 0: the only place negative while place + 1 is not. */
  private static int unknownPlace(int place) {
    return (place & ~(place + 1)) >>> 31;
  }

  /** Computes a block enterprise by enterprise, each checked, its products overflow-checked and its cap allocated. */
  private void computeEnterprises(BookFirstLoanColumns book, int from, int to, BookColumnTotals totals,
      long[][] scratch) {
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
      minimumSum = BookColumnTotals.sum(minimumSum, minimum);
      maximumSum = BookColumnTotals.sum(maximumSum, maximum);
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
      if (!BookFen.inBounds(book.drawdownDay()[j])) {
        return BookFirstLoanColumns.FAILED_DRAWDOWN;
      }
      if (book.endOfUseDay()[j] < book.drawdownDay()[j] || !BookFen.inBounds(book.endOfUseDay()[j])) {
        return BookFirstLoanColumns.FAILED_END_OF_USE;
      }
      if (book.annualRatePpm()[j] <= 0 || book.annualRatePpm()[j] > BookFen.PPM) {
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
    boolean regionUnknown = place == BookColumnCodes.UNKNOWN_PLACE || heldBy(place) == 1;
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
