package io.github.huiqi.examples.spark;

import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanRequest;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A seeded synthetic loan book of risk-compensation claims, written as the CSV a bank's core system exports (the
 * columns of {@link BookSource#RISK_POOL_CLAIMS}): loans granted from 2021-06 to 2023-11 of 100,000 to 10,000,000
 * yuan, one in ten extended, non-performing 90 to 720 days after the grant (or the extension) with 10% to 100% of
 * the principal outstanding, some guaranteed by a financing guarantor, re-guaranteed or under another compensation
 * scheme, some of those facts left empty (unknown), and one row in a hundred bad (a date that does not exist, a
 * negative amount, a missing principal), so the book has every verdict and failures to report.
 * <p>
 * Beside it, a book of first-loan interest-subsidy requests as NDJSON ({@link #writeFirstLoans}): one enterprise's
 * request a line, made from the synthetic population's profiles that have loans.
 * <p>
 * Synthetic, not statistics. The same seed and size give the same file.
 */
public final class SparkLoanBook {

  /** The header: the columns {@link BookSource#RISK_POOL_CLAIMS} reads. */
  public static final String HEADER = "loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,"
      + "principalOutstanding,accruedInterest,recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,"
      + "underOtherRiskCompensation";

  private static final String[] CATEGORIES = {"GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL", "GENERAL",
      "GENERAL", "FIRST_LOAN", "FIRST_LOAN", "CREDIT", "TECH_ENTERPRISE", "INTELLECTUAL_PROPERTY", "GREEN",
      "INDIVIDUAL_BUSINESS"};

  private SparkLoanBook() {
  }

  /**
   * Writes a book.
   *
   * @param file  the CSV file, replaced if present
   * @param seed  the seed
   * @param loans  the number of loans
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Path file, long seed, int loans) {
    SplittableRandom random = new SplittableRandom(seed);
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(HEADER);
      out.write('\n');
      for (int i = 0; i < loans; i++) {
        out.write(row(random, i));
        out.write('\n');
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /**
   * Writes a book of first-loan subsidy requests as NDJSON: {@code FirstLoanRequest.from(profile)} for each firm of
   * {@code ScreeningPopulation.of(seed, firms, unknownPerMille)} whose loans are known and not empty.
   *
   * @param file  the NDJSON file, replaced if present
   * @param seed  the population's seed
   * @param firms  the population's size
   * @param unknownPerMille  the share of each unknowable fact left absent, in thousandths
   * @return the number of requests written
   * @throws UncheckedIOException if writing fails
   */
  public static long writeFirstLoans(Path file, long seed, long firms, int unknownPerMille) {
    ScreeningPopulation population = ScreeningPopulation.of(seed, firms, unknownPerMille);
    long written = 0;
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      while (population.hasNext()) {
        EnterpriseProfile profile = population.next();
        if (profile.loans().map(loans -> !loans.isEmpty()).orElse(false)) {
          out.write(HuiqiJson.write(FirstLoanRequest.from(profile)).replace("\r", "").replace("\n", ""));
          out.write('\n');
          written++;
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return written;
  }

  private static String row(SplittableRandom r, int i) {
    long principalFen = 10_000_000L + 1_000L * r.nextLong(990_001);
    LocalDate grant = LocalDate.of(2021, 6, 1).plusDays(r.nextInt(900));
    LocalDate extension = r.nextInt(10) == 0 ? grant.plusMonths(6 + r.nextInt(7)) : null;
    LocalDate nonPerforming = (extension == null ? grant : extension).plusDays(90 + r.nextInt(631));
    long outstandingFen = principalFen * (10 + r.nextInt(91)) / 100;
    String[] fields = {
        String.format(Locale.ROOT, "SZ-%07d", i),
        CATEGORIES[r.nextInt(CATEGORIES.length)],
        yuan(principalFen),
        grant.toString(),
        extension == null ? "" : extension.toString(),
        nonPerforming.toString(),
        yuan(outstandingFen),
        r.nextInt(10) < 3 ? yuan(outstandingFen * r.nextInt(8) / 100) : "",
        r.nextInt(10) < 2 ? yuan(outstandingFen * r.nextInt(30) / 100) : "",
        r.nextInt(20) == 0 ? "30%" : "",
        fact(r, 5, 5),
        fact(r, 3, 7),
        fact(r, 3, 5)};
    switch (r.nextInt(100) == 0 ? 1 + r.nextInt(3) : 0) {
      case 1 -> fields[3] = grant.getYear() + "-13-01";
      case 2 -> fields[6] = "-" + fields[6];
      case 3 -> fields[2] = "";
      default -> {
      }
    }
    return String.join(",", fields);
  }

  /** A yes/no fact: true in {@code truePercent}, empty (unknown) in {@code unknownPercent}, else false. */
  private static String fact(SplittableRandom r, int truePercent, int unknownPercent) {
    int roll = r.nextInt(100);
    return roll < truePercent ? "true" : roll < truePercent + unknownPercent ? "" : "false";
  }

  private static String yuan(long fen) {
    return BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
