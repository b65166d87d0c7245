package io.github.huiqi.examples.bank;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookRow;
import io.github.huiqi.calculators.batch.book.BookSource;
import io.github.huiqi.calculators.batch.book.BookTextReader;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.policy.PolicyData;
import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A Shenzhen bank's quarterly risk-compensation claim over a loan book read from CSV (深工信〔2023〕26号 第5条): the
 * streaming path gives each loan's verdict, amount, reason code and missing facts, reports the bad row by line and
 * column and goes on; the same claims then go through the columnar {@code long}-fen fast path, on one thread and on
 * two, to the same totals.
 * <p>
 * Demonstrates use of the library; not intended to be used in a production environment.
 */
public final class LoanBookExample {

  /** The bank's book as its core system exports it: a header naming the fields, one claim a line. */
  public static final String BOOK = """
      loanId,category,principal,grantDate,extensionDate,firstNonPerformingDate,principalOutstanding,accruedInterest,\
      recoveries,baseRatio,guaranteedByFinancingGuarantor,reGuaranteed,underOtherRiskCompensation
      SZ-0001,GENERAL,2000000.00,2023-02-15,,2024-01-31,1800000.00,,,,false,false,false
      SZ-0002,GENERAL,500000.00,2023-06-01,,2024-03-31,300000.00,,,,false,,false
      SZ-0003,GENERAL,800000.00,2022-10-20,2023-03-20,2024-02-29,800000.00,,,,false,false,false
      SZ-0004,GENERAL,1000000.00,2023-05-05,,2024-04-30,900000.00,,,,true,false,false
      SZ-0005,GENERAL,1000000.00,2023-13-01,,2024-04-30,900000.00,,,,false,false,false
      SZ-0006,GENERAL,600000.00,2022-04-11,,2023-09-30,450000.33,,,,false,false,false
      """;

  private LoanBookExample() {
  }

  /**
   * Runs the example, printing to standard output.
   *
   * @param args  ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Runs the example.
   *
   * @param out  where to print
   * @return the streaming path's totals
   */
  public static BookTotals run(PrintStream out) {
    RiskPoolMeasure pool = PolicyData.builtIn().getMeasure(RiskPoolMeasure.SHENZHEN_2023);

    // 1. Stream the CSV book: one item per row, the bad row a failure naming its line and column. A file's bytes go
    //    through BookTextReader (BookTextReader.utf8(Files.newInputStream(path))), so that a row holding bytes that
    //    are not UTF-8 fails alone too; here the export is in memory.
    BookTotals totals = BookSource.csv(BookTextReader.utf8(new ByteArrayInputStream(BOOK.getBytes(
        StandardCharsets.UTF_8))), BookSource.RISK_POOL_CLAIMS, "loanId")
        .run(BookCalculators.riskPool(pool, RiskPoolOptions.DEFAULTS), item -> out.println(describe(item)));
    out.println("streamed: " + totals.items() + " rows, " + totals.eligible() + " eligible, "
        + totals.undetermined() + " undetermined, " + totals.ineligible() + " ineligible, " + totals.failed()
        + " failed; compensation " + totals.amount().minimum() + " .. " + totals.amount().maximum());

    // 2. The same claims as columns (a bank's own arrays would be filled directly), computed in long fen.
    List<RiskPoolClaim> claims = new ArrayList<>();
    BookSource<RiskPoolClaim> again = BookSource.csv(new StringReader(BOOK), BookSource.RISK_POOL_CLAIMS, "loanId");
    while (again.hasNext()) {
      BookRow<RiskPoolClaim> row = again.next();
      row.request().ifPresent(claims::add);
    }
    BookRiskPoolColumns columns = new BookRiskPoolColumns(claims.size());
    for (int i = 0; i < claims.size(); i++) {
      columns.set(i, claims.get(i));
    }
    BookRiskPoolFastPath fast = BookRiskPoolFastPath.of(pool, RiskPoolOptions.DEFAULTS);
    BookColumnTotals one = fast.compute(columns);
    BookColumnTotals two = fast.compute(columns, 2);
    out.println("columnar, 1 thread: " + yuan(one.minimumFen()) + " .. " + yuan(one.maximumFen())
        + "; 2 threads: " + yuan(two.minimumFen()) + " .. " + yuan(two.maximumFen()));
    return totals;
  }

  private static String describe(BookItem item) {
    String id = item.id().orElse("?");
    if (item.isFailed()) {
      return "line " + item.index() + " " + id + ": FAILED at " + item.failure().orElseThrow().field() + " ("
          + item.failure().orElseThrow().problem() + ")";
    }
    return "line " + item.index() + " " + id + ": " + item.verdict().orElseThrow() + " "
        + item.amount().map(a -> a.isExact() ? a.minimum().toString() : a.minimum() + " .. " + a.maximum())
            .orElse("")
        + item.reasonCode().map(code -> " [" + code + "]").orElse("")
        + (item.missingFacts().isEmpty() ? "" : " missing " + item.missingFacts());
  }

  private static String yuan(long fen) {
    return "CNY " + BigDecimal.valueOf(fen, 2).toPlainString();
  }
}
