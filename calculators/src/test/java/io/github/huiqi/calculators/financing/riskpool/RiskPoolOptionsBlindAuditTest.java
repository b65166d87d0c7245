package io.github.huiqi.calculators.financing.riskpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculator;
import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.batch.book.BookNdjson;
import io.github.huiqi.calculators.batch.book.BookRiskPoolColumns;
import io.github.huiqi.calculators.batch.book.BookRiskPoolFastPath;
import io.github.huiqi.calculators.batch.book.BookTotals;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the risk-compensation pool's options (decisions register §4.2 items 12 and 13): the loss basis
 * {@code PRINCIPAL_AND_INTEREST} and the return of recoveries switched off, worked by hand and run through every path
 * that takes them: {@code explainCompensation} with options, {@code explainClaims}, {@code explainClaimsJson} (the
 * options on the request), the book calculator, the NDJSON book and the columnar fast path. The engine and the command
 * line take no risk-pool option (the evaluator runs the defaults), so they are not paths here.
 * <p>
 * The measure (深工信〔2023〕26号 第5条): a loan granted 2023-01-01..2023-03-31 earns its base ratio (GENERAL: 30%, the
 * 2019 细则's "总体按30%") + 30 percentage points, at most 80%; the compensation is ratio × the compensable loss,
 * half-up to the fen; a recovery after compensation returns recovery × ratio to the pool, never more than the
 * compensation (register §4.2 item 13).
 */
class RiskPoolOptionsBlindAuditTest {

  private static final RiskPoolOptions INTEREST = RiskPoolOptions.DEFAULTS
      .withLossBasis(RiskPoolLossBasis.PRINCIPAL_AND_INTEREST);
  private static final RiskPoolOptions KEEP = RiskPoolOptions.DEFAULTS.withReturnRecoveries(false);
  private static final RiskPoolOptions INTEREST_KEEP = INTEREST.withReturnRecoveries(false);

  /** A: in the window (60%), 1,000,000.00 outstanding, 12,345.67 interest, 100,000.01 recovered. */
  private static RiskPoolClaim a() {
    return claim("A", LocalDate.of(2023, 2, 1), "1000000.00", "1000000.00").accruedInterest(Cny.of("12345.67"))
        .recoveries(Cny.of("100000.01")).build();
  }

  /** B: after the window (30%), 100,000.00 outstanding, 20,000.00 interest, 110,000.00 recovered (above the loss). */
  private static RiskPoolClaim b() {
    return claim("B", LocalDate.of(2023, 4, 1), "100000.00", "100000.00").accruedInterest(Cny.of("20000.00"))
        .recoveries(Cny.of("110000.00")).build();
  }

  /** C: the window's last day, agreed base 55% (85% → the 80% ceiling), 999,999.99 outstanding, 0.01 interest. */
  private static RiskPoolClaim c() {
    return claim("C", LocalDate.of(2023, 3, 31), "1000000.00", "999999.99").accruedInterest(Cny.of("0.01"))
        .baseRatio(Rate.parse("55%")).build();
  }

  private static RiskPoolClaim.Builder claim(String id, LocalDate granted, String principal, String outstanding) {
    return RiskPoolClaim.builder().loanId(id).category(RiskPoolLoanCategory.GENERAL).principal(Cny.of(principal))
        .grantDate(granted).firstNonPerformingDate(granted.plusYears(1)).principalOutstanding(Cny.of(outstanding))
        .noExclusions();
  }

  private static AmountRange cny(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  /** The expected compensation, recovery return and net of A, B and C under each of the four option sets. */
  private static final String[][] DEFAULTS_ABC = {
    // A: 60% × 1,000,000.00 = 600,000.00; return 60% × 100,000.01 = 60,000.006 → 60,000.01; net 539,999.99
    {"600000.00", "60000.01", "539999.99"},
    // B: 30% × 100,000.00 = 30,000.00; return min(30% × 110,000.00 = 33,000.00, 30,000.00) = 30,000.00; net 0.00
    {"30000.00", "30000.00", "0.00"},
    // C: min(55% + 30 pp, 80%) = 80%; 80% × 999,999.99 = 799,999.992 → 799,999.99; nothing recovered
    {"799999.99", "0.00", "799999.99"}};
  private static final String[][] INTEREST_ABC = {
    // A: 60% × (1,000,000.00 + 12,345.67) = 607,407.402 → 607,407.40; return 60,000.01; net 547,407.39
    {"607407.40", "60000.01", "547407.39"},
    // B: 30% × 120,000.00 = 36,000.00; return 33,000.00 (the compensation no longer binds); net 3,000.00
    {"36000.00", "33000.00", "3000.00"},
    // C: 80% × (999,999.99 + 0.01) = 800,000.00 exactly
    {"800000.00", "0.00", "800000.00"}};
  private static final String[][] KEEP_ABC = {
    {"600000.00", "0.00", "600000.00"}, {"30000.00", "0.00", "30000.00"}, {"799999.99", "0.00", "799999.99"}};
  private static final String[][] INTEREST_KEEP_ABC = {
    {"607407.40", "0.00", "607407.40"}, {"36000.00", "0.00", "36000.00"}, {"800000.00", "0.00", "800000.00"}};

  private static void assertLoan(RiskPoolLoanCompensation loan, String[] expected) {
    assertThat(loan.compensation()).as(loan.loanId() + " compensation").isEqualTo(cny(expected[0]));
    assertThat(loan.recoveryReturn()).as(loan.loanId() + " return").isEqualTo(cny(expected[1]));
    assertThat(loan.netCompensation()).as(loan.loanId() + " net").isEqualTo(cny(expected[2]));
  }

  private static void assertAllPaths(RiskPoolOptions options, String[][] expected, RiskPoolLossBasis basis) {
    List<RiskPoolClaim> claims = List.of(a(), b(), c());
    // the explaining form, one claim at a time
    for (int i = 0; i < 3; i++) {
      RiskPoolLoanCompensation loan = RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL,
          claims.get(i), options);
      assertLoan(loan, expected[i]);
      assertThat(loan.lossBasis()).isEqualTo(basis);
    }
    // the batch, typed and as JSON with the options on the request
    RiskPoolResult typed = RiskPoolFixtures.CALCULATOR.explainClaims(RiskPoolFixtures.POOL,
        RiskPoolRequest.of(claims).withOptions(options));
    String json = RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL,
        HuiqiJson.write(RiskPoolRequest.of(claims).withOptions(options)));
    RiskPoolResult fromJson = HuiqiJson.read(json, RiskPoolResult.class);
    for (RiskPoolResult result : List.of(typed, fromJson)) {
      for (int i = 0; i < 3; i++) {
        assertLoan(result.claims().get(i).compensation().orElseThrow(), expected[i]);
      }
      assertThat(result.totalCompensation()).isEqualTo(cny(sum(expected, 0)));
      assertThat(result.totalRecoveryReturn()).isEqualTo(cny(sum(expected, 1)));
      assertThat(result.totalNetCompensation()).isEqualTo(cny(sum(expected, 2)));
    }
    // the book calculator and the NDJSON book: each item's amount is the compensation
    BookCalculator<RiskPoolClaim> book = BookCalculators.riskPool(RiskPoolFixtures.POOL, options);
    List<BookItem> items = book.results(claims.stream()).toList();
    for (int i = 0; i < 3; i++) {
      assertThat(items.get(i).amount()).as("book " + i).contains(cny(expected[i][0]));
    }
    StringWriter out = new StringWriter();
    BookTotals ndjson = BookNdjson.riskPool(RiskPoolFixtures.POOL, options, new StringReader(claims.stream()
        .map(HuiqiJson::write).map(s -> s.replace("\n", "")).collect(Collectors.joining("\n"))), out,
        HuiqiJson.codec());
    assertThat(ndjson.amount()).isEqualTo(cny(sum(expected, 0)));
    // the columnar fast path: compensation and return per row in fen, the total
    BookRiskPoolColumns columns = new BookRiskPoolColumns(3);
    for (int i = 0; i < 3; i++) {
      columns.set(i, claims.get(i));
    }
    BookColumnTotals totals = BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, options).compute(columns, 1);
    for (int i = 0; i < 3; i++) {
      assertThat(columns.compensationFen()[i]).as("fast " + i).isEqualTo(fen(expected[i][0]));
      assertThat(columns.recoveryReturnFen()[i]).as("fast return " + i).isEqualTo(fen(expected[i][1]));
    }
    assertThat(totals.minimumFen()).isEqualTo(fen(sum(expected, 0)));
    assertThat(totals.maximumFen()).isEqualTo(fen(sum(expected, 0)));
  }

  private static String sum(String[][] rows, int column) {
    java.math.BigDecimal total = java.math.BigDecimal.ZERO;
    for (String[] row : rows) {
      total = total.add(new java.math.BigDecimal(row[column]));
    }
    return total.toPlainString();
  }

  private static long fen(String yuan) {
    return new java.math.BigDecimal(yuan).movePointRight(2).longValueExact();
  }

  @Test
  void defaults_principalAndReturnedRecoveries() {
    // totals: 600,000.00 + 30,000.00 + 799,999.99 = 1,429,999.99; return 90,000.01; net 1,339,999.98
    assertAllPaths(RiskPoolOptions.DEFAULTS, DEFAULTS_ABC, RiskPoolLossBasis.PRINCIPAL);
  }

  @Test
  void principalAndInterest_addsTheAccruedInterestToTheLoss() {
    // totals: 607,407.40 + 36,000.00 + 800,000.00 = 1,443,407.40; return 93,000.01; net 1,350,407.39
    assertAllPaths(INTEREST, INTEREST_ABC, RiskPoolLossBasis.PRINCIPAL_AND_INTEREST);
  }

  @Test
  void recoveriesNotReturned_leaveTheCompensationWhole() {
    assertAllPaths(KEEP, KEEP_ABC, RiskPoolLossBasis.PRINCIPAL);
    assertAllPaths(INTEREST_KEEP, INTEREST_KEEP_ABC, RiskPoolLossBasis.PRINCIPAL_AND_INTEREST);
  }

  @Test
  void theCeilingBindsUnderEitherBasis_andTheExplanationNamesTheChosenOptions() {
    // C: 55% + 30 pp = 85% > 80%: the ceiling reduces the ratio under either basis (最高为80%)
    for (RiskPoolOptions options : List.of(RiskPoolOptions.DEFAULTS, INTEREST)) {
      RiskPoolLoanCompensation loan = RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, c(),
          options);
      assertThat(loan.ratio()).isEqualTo(Rate.parse("80%"));
      assertThat(loan.bindingLimit()).isPresent();
    }
    // the compensable loss the explanation reports: 1,012,345.67 under PRINCIPAL_AND_INTEREST, 1,000,000.00 without
    assertThat(RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, a(), INTEREST)
        .compensableLoss()).isEqualTo(Cny.of("1012345.67"));
    assertThat(RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, a(), RiskPoolOptions.DEFAULTS)
        .compensableLoss()).isEqualTo(Cny.of("1000000.00"));
  }

  @Test
  void principalAndInterest_withoutTheInterest_isATypedErrorOnEveryPath() {
    RiskPoolClaim noInterest = claim("D", LocalDate.of(2023, 2, 1), "1000.00", "1000.00").build();
    // under the default the claim is good: 60% × 1,000.00 = 600.00
    assertThat(RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, noInterest,
        RiskPoolOptions.DEFAULTS).compensation()).isEqualTo(cny("600.00"));
    assertThatThrownBy(() -> RiskPoolFixtures.CALCULATOR.explainCompensation(RiskPoolFixtures.POOL, noInterest,
        INTEREST)).isInstanceOfSatisfying(InvalidInputException.class,
            e -> assertThat(e.field()).isEqualTo("accruedInterest"));
    RiskPoolResult batch = RiskPoolFixtures.CALCULATOR.explainClaims(RiskPoolFixtures.POOL,
        RiskPoolRequest.of(List.of(a(), noInterest)).withOptions(INTEREST));
    assertThat(batch.failedClaims()).isEqualTo(1);
    assertThat(batch.claims().get(1).failure().orElseThrow().field()).isEqualTo("/claims/1/accruedInterest");
    assertThat(batch.totalCompensation()).isEqualTo(cny("607407.40"));
    BookRiskPoolColumns columns = new BookRiskPoolColumns(1);
    columns.set(0, noInterest);
    BookRiskPoolFastPath.of(RiskPoolFixtures.POOL, INTEREST).compute(columns, 1);
    assertThat(columns.failedColumn()[0]).isEqualTo(BookRiskPoolColumns.FAILED_INTEREST);
  }

  @Test
  void badOptionValuesInJson_areTypedErrorsNamingTheOption() {
    String claim = HuiqiJson.write(a()).replace("\n", "");
    List<String[]> bad = new ArrayList<>();
    bad.add(new String[] {"{\"lossBasis\": \"INTEREST\"}", "/options/lossBasis", "INTEREST"});
    bad.add(new String[] {"{\"lossBasis\": \"principal_and_interest\"}", "/options/lossBasis",
        "principal_and_interest"});
    bad.add(new String[] {"{\"lossBasis\": 1}", "/options/lossBasis", "1"});
    bad.add(new String[] {"{\"returnRecoveries\": \"false\"}", "/options/returnRecoveries", "\"false\""});
    bad.add(new String[] {"{\"returnRecoveries\": 0}", "/options/returnRecoveries", "0"});
    bad.add(new String[] {"{\"returnRecovery\": false}", "/options/returnRecovery", "returnRecovery"});
    bad.add(new String[] {"\"PRINCIPAL\"", "/options", null});
    for (String[] one : bad) {
      assertThatThrownBy(() -> RiskPoolFixtures.CALCULATOR.explainClaimsJson(RiskPoolFixtures.POOL,
          "{\"claims\": [" + claim + "], \"options\": " + one[0] + "}"))
          .as(one[0]).isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo(one[1]);
            if (one[2] != null) {
              assertThat(String.valueOf(e.value())).isEqualTo(one[2]);
            }
            assertThat(e.getMessage()).doesNotContain("com.fasterxml", "Jackson");
          });
    }
  }
}
