package io.github.huiqi.examples.bench;

import java.io.Reader;
import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * A book of risk-compensation claims as NDJSON, generated on the fly as it is read: {@code count} lines from a seed,
 * never held in memory (a 10,000,000-claim book is about 3.4 GB of text that never touches the disk).
 * <p>
 * The claims vary the category, the grant date (inside and outside the uplift windows), extensions, agreed base
 * ratios, recoveries and the exclusion facts (some true, some unknown). One line in {@value #BAD_EVERY} is bad, in
 * turn: a loss above the principal, a malformed line, or a string for an amount; each is reported as a failure of its
 * line.
 * <p>
 * Mutable and not thread-safe: read once.
 */
final class NdjsonClaimGenerator extends Reader {

  /** One line in this many is bad. */
  static final int BAD_EVERY = 10_000;

  private static final String[] CATEGORIES = {"GENERAL", "FIRST_LOAN", "CREDIT", "TECH_ENTERPRISE",
      "INTELLECTUAL_PROPERTY", "GREEN", "INDIVIDUAL_BUSINESS"};
  private static final long FIRST_GRANT_DAY = LocalDate.of(2021, 1, 1).toEpochDay();
  private static final int GRANT_DAYS = 3 * 365;

  private final long count;
  private final SplittableRandom random;
  private final StringBuilder line = new StringBuilder(512);
  private long written;
  private int position;

  /**
   * Creates a generator.
   *
   * @param count  the number of lines
   * @param seed  the seed
   */
  NdjsonClaimGenerator(long count, long seed) {
    this.count = count;
    this.random = new SplittableRandom(seed);
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (position == line.length()) {
      if (written == count) {
        return -1;
      }
      line.setLength(0);
      position = 0;
      appendClaim(++written);
    }
    int n = Math.min(length, line.length() - position);
    line.getChars(position, position + n, buffer, offset);
    position += n;
    return n;
  }

  @Override
  public void close() {
    // nothing to release
  }

  private void appendClaim(long number) {
    long principalFen = 10_000_000L + random.nextLong(490_000_000L);   // 100,000.00 to 5,000,000.00
    long outstandingFen = random.nextLong(principalFen + 1);
    long grantDay = FIRST_GRANT_DAY + random.nextInt(GRANT_DAYS);
    boolean extended = random.nextInt(10) == 0;
    long effectiveDay = extended ? grantDay + 1 + random.nextInt(180) : grantDay;
    long nonPerformingDay = effectiveDay + 30 + random.nextInt(700);
    boolean bad = number % BAD_EVERY == 0;
    int badKind = (int) (number / BAD_EVERY % 3);
    line.append("{\"loanId\":\"L").append(number).append("\",\"category\":\"")
        .append(CATEGORIES[random.nextInt(CATEGORIES.length)]).append('"');
    if (bad && badKind == 1) {
      line.append(",\"principal\":{\"amount\":");   // malformed: cut off here
      line.append('\n');
      return;
    }
    line.append(",\"principal\":");
    if (bad && badKind == 2) {
      line.append("{\"amount\":\"").append(principalFen / 100).append("\",\"currency\":\"CNY\"}");
    } else {
      amount(principalFen);
    }
    line.append(",\"grantDate\":\"").append(LocalDate.ofEpochDay(grantDay)).append('"');
    if (extended) {
      line.append(",\"extensionDate\":\"").append(LocalDate.ofEpochDay(effectiveDay)).append('"');
    }
    line.append(",\"firstNonPerformingDate\":\"").append(LocalDate.ofEpochDay(nonPerformingDay)).append('"');
    line.append(",\"principalOutstanding\":");
    amount(bad && badKind == 0 ? principalFen + 100 : outstandingFen);
    if (random.nextInt(20) == 0) {
      line.append(",\"recoveries\":");
      amount(random.nextLong(outstandingFen + 1));
    }
    if (random.nextInt(25) == 0) {
      line.append(",\"baseRatio\":\"").append(10 + random.nextInt(40)).append("%\"");
    }
    fact("guaranteedByFinancingGuarantor");
    fact("reGuaranteed");
    fact("underOtherRiskCompensation");
    line.append("}\n");
  }

  /** An exclusion fact: usually false, sometimes true, sometimes unknown (left out). */
  private void fact(String name) {
    int draw = random.nextInt(200);
    if (draw == 0) {
      return;
    }
    line.append(",\"").append(name).append("\":").append(draw == 1 ? "true" : "false");
  }

  private void amount(long fen) {
    line.append("{\"amount\":").append(fen / 100).append('.');
    long cents = fen % 100;
    if (cents < 10) {
      line.append('0');
    }
    line.append(cents).append(",\"currency\":\"CNY\"}");
  }
}
