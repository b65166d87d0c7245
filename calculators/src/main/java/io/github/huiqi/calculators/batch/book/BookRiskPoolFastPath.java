package io.github.huiqi.calculators.batch.book;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.financing.riskpool.RiskPoolUpliftWindow;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The columnar fast path of the risk-compensation pool ({@code RiskPoolCalculator}): the same exclusions, test of
 * the classification date, windows, ratio, ceiling and rounding over a {@link BookRiskPoolColumns} book, computed in
 * {@code long} fen and rates in millionths, allocating nothing per loan.
 * <p>
 * Per row, as the plain form:
 * <pre>
 *   loss         = principal outstanding (+ accrued interest under PRINCIPAL_AND_INTEREST)
 *   valid        = first non-performing day within the validity of the category's base ratio (even when agreed)
 *   ratio        = min(base(category or agreed) + uplift(window containing the effective grant day), ceiling)
 *   compensation = min(round(ratio × loss), round-down(ceiling × loss))     at the measure's rounding
 *   return       = min(round(ratio × recoveries), compensation)               if recoveries are returned
 * </pre>
 * An excluded loan, or one first classified non-performing outside the validity of the base ratio that would pay it
 * (the category's row of the table, whose validity decides even when the row holds an agreed ratio, as in the plain
 * form: the built-in 30% from 2019-01-01), is ineligible (zero); otherwise a loan with an unknown exclusion fact is
 * undetermined, its column holding what it would receive. Every parameter is read from the measure and the options
 * when the fast path is built (the validities too), so a changed pack changes the fast path too. A product that
 * overflows a {@code long} is computed exactly in {@code BigDecimal} instead (the amounts are the same; only that
 * row allocates). The totals are summed with overflow checked.
 * <p>
 * Rows are computed in blocks of 4,096. A block is first computed optimistically by a loop without data-dependent
 * branches (the common case: measures rounding at the fen by any mode but half-even, with windows within 30 years):
 * the uplift is read from a table by grant day, the status and the amounts are worked out by arithmetic and masks,
 * and the checks of every row are folded into two accumulators. Only when these show a bad row, a loss classified
 * outside the base ratio's validity, or a product that could pass a {@code long}, is the block computed again row by
 * row with the checks and the exact fallback above.
 * <p>
 * Usage, the claims as columns (the rows filled from the typed claims here):
 * <pre>{@code
 * BookRiskPoolColumns book = new BookRiskPoolColumns(claims.size());   // or fill its arrays directly
 * for (int i = 0; i < claims.size(); i++) {
 *   book.set(i, claims.get(i));
 * }
 * BookColumnTotals totals = BookRiskPoolFastPath.of(measure, RiskPoolOptions.DEFAULTS).compute(book, 2);
 * totals.minimumFen();      // the book's compensation in fen; a row's in book.compensationFen(), book.item(i)
 * }</pre>
 * <p>
 * This class is immutable and thread-safe; {@link #compute(BookRiskPoolColumns, int)} writes disjoint rows from each
 * thread.
 */
public final class BookRiskPoolFastPath {

  /** The rows computed by one call of the block method. */
  private static final int BLOCK = 4096;

  /** The widest span of grant days the uplift table covers (about 30 years); wider windows use the row path. */
  private static final int MAX_UPLIFT_DAYS = 366 * 30;

  private final int[] basePpmByCategory;
  /**
   * The validity of each category's base ratio, by category byte ({@code category & 0xFF}): at {@code 2 × byte} its
   * first day, at {@code 2 × byte + 1} its span in days (last day − first; an open end is {@link BookFen#LATEST_DAY}),
   * side by side so that a row reads both from one cache line. A byte that is no category holds zeros (its row fails
   * anyway).
   */
  private final long[] validityByCode;
  /**
   * The days on which every category's base ratio is valid, narrowed to the dates a claim can hold
   * ({@link BookFen#EARLIEST_DAY} to {@link BookFen#LATEST_DAY}): the clean block takes a classification day within
   * them whatever the row's category, and leaves any other to the row path (under the built-in packs every category
   * is valid from 2019-01-01 on, so this is each category's validity). Empty (first after last) when the validities
   * do not overlap: every block is then computed row by row.
   */
  private final long cleanClassifiedFirst;
  private final long cleanClassifiedLast;
  /** The base ratio by category byte ({@code category & 0xFF}), -1 for a byte that is no category. */
  private final int[] basePpmByCode;
  /** The uplift by grant day from {@link #upliftFrom} − 1, zero at both ends; null when the windows span too long. */
  private final int[] upliftByDay;
  private final long upliftFrom;
  /** The largest amount in fen for which (2 × amount) × ceiling + one unit stays within a long. */
  private final long cleanFenLimit;
  /** What the rounding mode adds before a division that truncates; -1 when no constant does (half-even). */
  private final long roundingBias;
  private final long[] windowStart;
  private final long[] windowEnd;
  private final int[] windowUpliftPpm;
  private final int ceilingPpm;
  private final boolean withInterest;
  private final boolean returnRecoveries;
  private final long unitFen;
  private final long ceilingMargin;
  private final RoundingMode mode;

  private BookRiskPoolFastPath(RiskPoolMeasure measure, RiskPoolOptions options) {
    RiskPoolLoanCategory[] categories = RiskPoolLoanCategory.values();
    basePpmByCategory = new int[categories.length];
    validityByCode = new long[512];
    long commonFirst = BookFen.EARLIEST_DAY;
    long commonLast = BookFen.LATEST_DAY;
    for (RiskPoolLoanCategory category : categories) {
      Parameter<Rate> base = measure.baseRatioFor(category).ratio();
      basePpmByCategory[category.ordinal()] = BookFen.ppm(base.value(), "baseRatios/" + category);
      long first = base.validity().start().toEpochDay();
      long last = base.validity().end().map(LocalDate::toEpochDay).orElse(BookFen.LATEST_DAY);
      validityByCode[2 * category.ordinal()] = first;
      validityByCode[2 * category.ordinal() + 1] = last - first;
      // the clean block's test: within every validity and within the dates a claim can hold, so that a day passing
      // it needs no bounds check (a day failing it is decided by the row path: ineligible, or failed when out of
      // bounds)
      commonFirst = Math.max(commonFirst, first);
      commonLast = Math.min(commonLast, last);
    }
    cleanClassifiedFirst = commonFirst;
    cleanClassifiedLast = commonLast;
    List<Parameter<RiskPoolUpliftWindow>> windows = measure.upliftWindows();
    windowStart = new long[windows.size()];
    windowEnd = new long[windows.size()];
    windowUpliftPpm = new int[windows.size()];
    for (int w = 0; w < windows.size(); w++) {
      RiskPoolUpliftWindow window = windows.get(w).value();
      windowStart[w] = window.grantWindow().start().toEpochDay();
      windowEnd[w] = window.grantWindow().end().orElseThrow().toEpochDay();
      windowUpliftPpm[w] = BookFen.ppm(window.uplift(), "upliftWindows/" + w + "/uplift");
    }
    ceilingPpm = BookFen.ppm(measure.ceiling().value(), "ceiling");
    basePpmByCode = new int[256];
    Arrays.fill(basePpmByCode, -1);
    System.arraycopy(basePpmByCategory, 0, basePpmByCode, 0, basePpmByCategory.length);
    upliftFrom = Arrays.stream(windowStart).min().orElse(0);
    long upliftTo = Arrays.stream(windowEnd).max().orElse(-1);
    upliftByDay = upliftTo - upliftFrom < MAX_UPLIFT_DAYS ? upliftTable(upliftTo) : null;
    cleanFenLimit = (Long.MAX_VALUE - BookFen.PPM) / (2L * Math.max(ceilingPpm, 1));
    withInterest = options.lossBasis().orElse(measure.lossBasis().value()) == RiskPoolLossBasis.PRINCIPAL_AND_INTEREST;
    returnRecoveries = options.returnRecoveries().orElse(measure.returnRecoveries().value());
    MoneyRounding rounding = measure.rounding().value();
    unitFen = BookFen.unitFen(rounding);
    ceilingMargin = 2 * BookFen.PPM * unitFen;
    mode = rounding.mode();
    roundingBias = unitFen == 1 ? BookFen.truncatingBias(mode, BookFen.PPM) : -1;
  }

  /**
   * Day k of the span [upliftFrom − 1, upliftTo + 1] → the uplift of the window containing it, 0 for none (the measure
   * refuses overlapping windows); the zero at each end answers for every day before or after the span.
   */
  private int[] upliftTable(long upliftTo) {
    int[] table = new int[(int) (upliftTo - upliftFrom) + 3];
    for (int w = 0; w < windowStart.length; w++) {
      Arrays.fill(table, (int) (windowStart[w] - upliftFrom) + 1, (int) (windowEnd[w] - upliftFrom) + 2,
          windowUpliftPpm[w]);
    }
    return table;
  }

  /**
   * Builds the fast path of a measure under options, reading every parameter from them.
   *
   * @param measure  the measure, such as the built-in {@link RiskPoolMeasure#SHENZHEN_2023} or a host's own
   * @param options  the options, {@link RiskPoolOptions#DEFAULTS} for the documented defaults
   * @return the fast path
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null, or the measure's rates are
   *     finer than a millionth or its rounding keeps decimals below the fen (use the plain form then)
   */
  public static BookRiskPoolFastPath of(RiskPoolMeasure measure, RiskPoolOptions options) {
    Args.notNull(measure, "measure");
    Args.notNull(options, "options");
    return new BookRiskPoolFastPath(measure, options);
  }

  /**
   * Computes every row on the calling thread.
   *
   * @param book  the book; its result columns are overwritten
   * @return the totals, the amount being the compensation before any return of recoveries
   * @throws io.github.huiqi.core.error.InvalidInputException if the book is null
   * @throws io.github.huiqi.core.error.InvalidInputException naming the book if a total passes a long's fen
   *     (92,233,720,368,547,758.07 yuan)
   */
  public BookColumnTotals compute(BookRiskPoolColumns book) {
    Args.notNull(book, "book");
    return computeRange(book, 0, book.size());
  }

  /**
   * Computes every row on up to {@code threads} threads of the common fork-join pool (the caller included), each
   * over its own slice; the totals are the same as on one thread.
   *
   * @param book  the book; its result columns are overwritten
   * @param threads  the number of slices, at least 1 (2 on a two-core machine)
   * @return the totals
   * @throws io.github.huiqi.core.error.InvalidInputException if the book is null or threads below 1
   * @throws io.github.huiqi.core.error.InvalidInputException naming the book if a total passes a long's fen
   *     (92,233,720,368,547,758.07 yuan)
   */
  public BookColumnTotals compute(BookRiskPoolColumns book, int threads) {
    Args.notNull(book, "book");
    if (threads < 1) {
      throw new io.github.huiqi.core.error.InvalidInputException("threads", threads, "must be at least 1");
    }
    int size = book.size();
    if (threads == 1 || size < 2) {
      return computeRange(book, 0, size);
    }
    return IntStream.range(0, threads).parallel()
        .mapToObj(t -> computeRange(book, (int) ((long) size * t / threads), (int) ((long) size * (t + 1) / threads)))
        .reduce(BookColumnTotals::merge).orElseGet(BookColumnTotals::new);
  }

  private BookColumnTotals computeRange(BookRiskPoolColumns book, int from, int to) {
    // Blocks of rows, so that the block method is compiled as a whole method early rather than only entered
    // on-stack-replaced in the middle of one long loop.
    long[] sums = new long[6];
    for (int start = from; start < to; start += BLOCK) {
      computeBlock(book, start, Math.min(to, start + BLOCK), sums);
    }
    return new BookColumnTotals(sums[0], sums[1], sums[2], sums[3], sums[4], sums[5]);
  }

  private void computeBlock(BookRiskPoolColumns book, int from, int to, long[] sums) {
    if (upliftByDay == null || roundingBias < 0 || !computeCleanBlock(book, from, to, sums)) {
      computeRows(book, from, to, sums);
    }
  }

  /**
   * Computes a block without data-dependent branches, assuming every row is good, and returns whether it was: if
   * not, nothing is added to the sums and the caller computes the block again row by row (which overwrites every
   * result column of it). A mispredicted branch costs more than the whole row's arithmetic, and grant days, facts
   * and categories vary from row to row, so each choice below is arithmetic or a conditional move instead:
   * <ul>
   *   <li>the uplift from a table by grant day, the index clamped to its zero ends (no window loop);
   *   <li>the share of recoveries to return only in a block that has any (most losses have none when claimed: one
   *     pass over the column, which the compiler vectorises, tells), the column otherwise filled with zeros;
   *   <li>the amount as the lesser of round(ratio × loss) and round-down(ceiling × loss) (no test whether the ceiling
   *     can bind): the lesser numerator, ratio × loss plus the mode's bias or ceiling × loss, divided once by a
   *     constant (a truncating division keeps their order);
   *   <li>the status from the three facts' flags (read from {@link BookFen#MUST_BE_NO} and OR-ed), the amounts
   *     masked to zero when excluded;
   *   <li>the checks OR-ed together: a negative amount or base, a base above the ceiling, a byte that is no fact, a
   *     category byte outside the table, a grant day outside the dates a claim can hold and a classification day
   *     before the grant day each make {@code bad} negative; {@code bits} bounds every amount from above, so one
   *     comparison at the end rules out an overflowing product for the whole block;
   *   <li>among them, the classification day outside the days on which every category's base ratio is valid (a day
   *     before their common first or after their common last day makes one of two differences negative, with no
   *     table read), narrowed to the dates a claim can hold: such a loss, ineligible, failed or valid under its own
   *     category only, is rare (a loss classified before 2019 under the built-in packs, or the day not given), so
   *     its block is left to the row path rather than every row paying for the distinction.
   * </ul>
   */
  private boolean computeCleanBlock(BookRiskPoolColumns book, int from, int to, long[] sums) {
    long[] outstanding = book.principalOutstandingFen();
    long[] interest = book.accruedInterestFen();
    long[] recoveries = book.recoveriesFen();
    int[] grantDay = book.effectiveGrantDay();
    int[] classifiedDay = book.firstNonPerformingDay();
    byte[] category = book.category();
    int[] agreedBase = book.baseRatioPpm();
    byte[] guaranteed = book.guaranteedByFinancingGuarantor();
    byte[] reGuaranteed = book.reGuaranteed();
    byte[] otherScheme = book.underOtherRiskCompensation();
    byte[] status = book.status();
    long[] compensation = book.compensationFen();
    long[] returned = book.recoveryReturnFen();
    byte[] failed = book.failedColumn();
    int[] bases = basePpmByCode;
    long classifiedFirst = cleanClassifiedFirst;
    long classifiedLast = cleanClassifiedLast;
    int[] uplifts = upliftByDay;
    int lastDay = uplifts.length - 1;
    int dayZero = (int) upliftFrom - 1;
    int ceiling = ceilingPpm;
    long bias = roundingBias;
    boolean interestCounts = withInterest;
    long returnMask = returnRecoveries ? -1L : 0L;
    long bad = 0;
    long bits = 0;
    long excludedCount = 0;
    long undeterminedCount = 0;
    long minimum = 0;
    long maximum = 0;
    // Recoveries are most often none when a loss is claimed: a block without any skips their arithmetic (the test
    // is one pass the compiler vectorises, and the condition, the same for the whole loop, is taken out of it)
    long anyRecovered = 0;
    for (int i = from; i < to; i++) {
      anyRecovered |= recoveries[i];
    }
    boolean recoveriesInBlock = anyRecovered != 0;
    for (int i = from; i < to; i++) {
      long loss = outstanding[i];
      long accrued = interestCounts ? interest[i] : 0;
      bits |= loss | accrued;
      int code = category[i] & 0xFF;
      int tableBase = bases[code];
      int agreed = agreedBase[i];
      int base = agreed == BookColumnCodes.ABSENT_PPM ? tableBase : agreed;
      int facts = BookFen.MUST_BE_NO[guaranteed[i] & 0xFF] | BookFen.MUST_BE_NO[reGuaranteed[i] & 0xFF]
          | BookFen.MUST_BE_NO[otherScheme[i] & 0xFF];
      long day = grantDay[i];
      // negative when classified before the base ratios' common first day or after their common last (or outside
      // the dates a claim can hold): rare, so such a row is left to the row path, which tells ineligible from failed
      long classified = classifiedDay[i];
      // (a grant day after the last date a claim can hold is after the classification day too)
      bad |= tableBase | base | (ceiling - base) | facts | (day - BookFen.EARLIEST_DAY)
          | (classified - classifiedFirst) | (classifiedLast - classified) | (classified - day);
      // the day's place in the table, clamped to its zero ends (a day so far out that the int wraps is clamped too,
      // and fails its row anyway)
      int k = Math.max(0, Math.min(grantDay[i] - dayZero, lastDay));
      int ratio = Math.min(base + uplifts[k], ceiling);
      loss += accrued;
      // min(round(ratio × loss), round-down(ceiling × loss)) in one division: truncation keeps the order
      long amount = BookFen.lesser(loss * ratio + bias, loss * ceiling) / BookFen.PPM;
      int excluded = facts & BookFen.FACT_FAILS;
      int unknown = facts >> 1 & 1;
      int open = excluded ^ 1;
      long openMask = -(long) open;
      amount &= openMask;
      // INELIGIBLE 0, ELIGIBLE 1, UNDETERMINED 2: 1 shifted by unknown when not excluded, else 0
      status[i] = (byte) (open << unknown);
      compensation[i] = amount;
      if (recoveriesInBlock) {
        long recovered = recoveries[i];
        bits |= recovered;
        // never above the compensation paid (zero when excluded)
        returned[i] = BookFen.lesser((recovered * ratio + bias) / BookFen.PPM, amount) & returnMask;
      }
      excludedCount += excluded;
      undeterminedCount += open & unknown;
      maximum += amount;
      minimum += amount & -(long) (open & (unknown ^ 1));
    }
    if (bad < 0 || bits < 0 || bits > cleanFenLimit) {
      return false;
    }
    Arrays.fill(failed, from, to, BookRiskPoolColumns.NO_FAILURE);
    if (!recoveriesInBlock) {
      Arrays.fill(returned, from, to, 0L);
    }
    // no sum overflowed: each amount is below 2^63 / 10^6, and a block has 4,096 rows
    sums[0] += to - from - excludedCount - undeterminedCount;
    sums[1] += excludedCount;
    sums[2] += undeterminedCount;
    sums[4] = BookColumnTotals.sum(sums[4], minimum);
    sums[5] = BookColumnTotals.sum(sums[5], maximum);
    return true;
  }

  /** Computes a block row by row, each row checked and its products overflow-checked (the exact fallback). */
  private void computeRows(BookRiskPoolColumns book, int from, int to, long[] sums) {
    long[] outstanding = book.principalOutstandingFen();
    long[] interest = book.accruedInterestFen();
    long[] recoveries = book.recoveriesFen();
    int[] grantDay = book.effectiveGrantDay();
    int[] classifiedDay = book.firstNonPerformingDay();
    byte[] category = book.category();
    int[] agreedBase = book.baseRatioPpm();
    byte[] guaranteed = book.guaranteedByFinancingGuarantor();
    byte[] reGuaranteed = book.reGuaranteed();
    byte[] otherScheme = book.underOtherRiskCompensation();
    byte[] status = book.status();
    long[] compensation = book.compensationFen();
    long[] returned = book.recoveryReturnFen();
    byte[] failed = book.failedColumn();
    int[] bases = basePpmByCategory;
    int ceiling = ceilingPpm;
    boolean interestCounts = withInterest;
    boolean recoveriesReturn = returnRecoveries;
    long eligible = sums[0];
    long ineligible = sums[1];
    long undetermined = sums[2];
    long failedCount = sums[3];
    long minimum = sums[4];
    long maximum = sums[5];
    for (int i = from; i < to; i++) {
      long loss = outstanding[i];
      long accrued = interestCounts ? interest[i] : 0;
      long recovered = recoveries[i];
      int cat = category[i];
      int agreed = agreedBase[i];
      byte g = guaranteed[i];
      byte r = reGuaranteed[i];
      byte o = otherScheme[i];
      int base = cat >= 0 && cat < bases.length ? (agreed == BookColumnCodes.ABSENT_PPM ? bases[cat] : agreed) : -1;
      long day = grantDay[i];
      long classified = classifiedDay[i];
      if ((loss | accrued | recovered | base) < 0 || base > ceiling || accrued > Long.MAX_VALUE - loss
          || !isFact(g) || !isFact(r) || !isFact(o) || !BookFen.inBounds(day) || !BookFen.inBounds(classified)
          || classified < day) {
        // bad input: rare, so decided out of line
        failed[i] = failure(loss, accrued, recovered, cat, base, day, classified);
        status[i] = BookColumnCodes.FAILED;
        compensation[i] = 0;
        returned[i] = 0;
        failedCount++;
        continue;
      }
      failed[i] = BookRiskPoolColumns.NO_FAILURE;
      // excluded, or classified outside the validity of the category's base ratio (agreed or not, as the plain form)
      if (g == BookColumnCodes.YES || r == BookColumnCodes.YES || o == BookColumnCodes.YES
          || classified < validityByCode[2 * cat]
          || classified - validityByCode[2 * cat] > validityByCode[2 * cat + 1]) {
        status[i] = BookColumnCodes.INELIGIBLE;
        compensation[i] = 0;
        returned[i] = 0;
        ineligible++;
        continue;
      }
      loss += accrued;
      int ratio = base;
      for (int w = 0; w < windowStart.length; w++) {
        if (day >= windowStart[w] && day <= windowEnd[w]) {
          ratio = base + windowUpliftPpm[w];
          break;
        }
      }
      ratio = Math.min(ratio, ceiling);
      long amount = share(loss, ratio, mode);
      // The amount ceiling (round-down of ceiling × loss) can bind only when (ceiling − ratio) × loss is below two
      // rounding units; otherwise the rounded amount (at most one unit above ratio × loss) is already below it.
      long gap = (long) (ceiling - ratio) * loss;
      if (Math.multiplyHigh(ceiling - ratio, loss) == 0 && gap < ceilingMargin) {
        amount = Math.min(amount, share(loss, ceiling, RoundingMode.DOWN));
      }
      long back = recoveriesReturn && recovered > 0 ? Math.min(share(recovered, ratio, mode), amount) : 0;
      compensation[i] = amount;
      returned[i] = back;
      maximum = BookColumnTotals.sum(maximum, amount);
      if (g == BookColumnCodes.UNKNOWN || r == BookColumnCodes.UNKNOWN || o == BookColumnCodes.UNKNOWN) {
        status[i] = BookColumnCodes.UNDETERMINED;
        undetermined++;
      } else {
        status[i] = BookColumnCodes.ELIGIBLE;
        minimum = BookColumnTotals.sum(minimum, amount);
        eligible++;
      }
    }
    sums[0] = eligible;
    sums[1] = ineligible;
    sums[2] = undetermined;
    sums[3] = failedCount;
    sums[4] = minimum;
    sums[5] = maximum;
  }

  /** Names the failed column of a bad row, in the order the plain form checks them. */
  private byte failure(long loss, long accrued, long recovered, int cat, int base, long day, long classified) {
    if (loss < 0) {
      return BookRiskPoolColumns.FAILED_OUTSTANDING;
    }
    if (accrued < 0 || accrued > Long.MAX_VALUE - loss) {
      return BookRiskPoolColumns.FAILED_INTEREST;
    }
    if (cat < 0 || cat >= basePpmByCategory.length) {
      return BookRiskPoolColumns.FAILED_CATEGORY;
    }
    if (base < 0 || base > ceilingPpm) {
      return BookRiskPoolColumns.FAILED_BASE_RATIO;
    }
    if (recovered < 0) {
      return BookRiskPoolColumns.FAILED_RECOVERIES;
    }
    if (!BookFen.inBounds(day)) {
      return BookRiskPoolColumns.FAILED_GRANT_DATE;
    }
    if (!BookFen.inBounds(classified) || classified < day) {
      return BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE;
    }
    return BookRiskPoolColumns.FAILED_FACT;
  }

  /** Returns ratio × fen rounded at the measure's unit by a mode, exactly; BigDecimal only on overflow. */
  private long share(long fen, int ratioPpm, RoundingMode rounding) {
    long product = fen * ratioPpm;
    if (Math.multiplyHigh(fen, ratioPpm) != 0 || product < 0) {
      return exactShare(fen, ratioPpm, rounding);
    }
    if (unitFen == 1) {
      // rounding at the fen (the built-in case): a constant divisor, which the compiler turns into a multiplication
      long q = product / BookFen.PPM;
      long r = product - q * BookFen.PPM;
      if (rounding == RoundingMode.HALF_UP) {
        return r >= BookFen.PPM - r ? q + 1 : q;
      }
      return BookFen.round(q, r, BookFen.PPM, rounding);
    }
    return BookFen.divide(product, BookFen.PPM * unitFen, rounding) * unitFen;
  }

  /** The same in BigDecimal, for a product beyond a long. */
  private long exactShare(long fen, int ratioPpm, RoundingMode rounding) {
    return BigDecimal.valueOf(fen).multiply(BigDecimal.valueOf(ratioPpm))
        .divide(BigDecimal.valueOf(BookFen.PPM * unitFen), 0, rounding).longValueExact() * unitFen;
  }

  private static boolean isFact(byte fact) {
    return fact >= BookColumnCodes.UNKNOWN && fact <= BookColumnCodes.YES;
  }
}
