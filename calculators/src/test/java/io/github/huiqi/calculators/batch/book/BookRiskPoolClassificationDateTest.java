package io.github.huiqi.calculators.batch.book;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.financing.riskpool.RiskPoolClaim;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolFixtures;
import io.github.huiqi.calculators.financing.riskpool.RiskPoolOptions;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The columnar risk-compensation path tests a loss's classification date against the validity of the base ratio that
 * would pay it, as the plain form does ({@code RiskPoolEventValidityTest}): the built-in 30%
 * (《深圳市中小微企业银行贷款风险补偿资金池管理实施细则（试行）》（2019）, "对…不良贷款总体按30%的比例给予风险补偿") is valid from
 * 2019-01-01, so a loss first classified non-performing before it is not the pool's. Before the column, the fast path
 * paid such a loss 30% while the plain form paid nothing. Each book is computed by the block loop and, with a bad row
 * added, row by row: both give the same amounts.
 */
class BookRiskPoolClassificationDateTest {

  private static final RiskPoolMeasure POOL = RiskPoolFixtures.POOL;

  /** A GENERAL loan of 1,000,000.00 granted on 2017-06-30 (outside every uplift window), fully outstanding. */
  private static RiskPoolClaim.Builder classifiedOn(String id, LocalDate classified) {
    return RiskPoolFixtures.claim(id, LocalDate.of(2017, 6, 30)).firstNonPerformingDate(classified);
  }

  /** The claims as columns, with a failing row after them when asked (the block is then computed row by row). */
  private static BookRiskPoolColumns columns(List<RiskPoolClaim> claims, boolean withABadRow) {
    BookRiskPoolColumns book = new BookRiskPoolColumns(claims.size() + (withABadRow ? 1 : 0));
    for (int i = 0; i < claims.size(); i++) {
      book.set(i, claims.get(i));
    }
    if (withABadRow) {
      book.set(claims.size(), claims.get(0));
      book.principalOutstandingFen()[claims.size()] = -1;
    }
    return book;
  }

  @ParameterizedTest(name = "with a bad row (row by row): {0}")
  @ValueSource(booleans = {false, true})
  void classifiedTheDayBeforeAndTheFirstDayOfTheValidity(boolean withABadRow) {
    BookRiskPoolColumns book = columns(List.of(
        classifiedOn("BEFORE", LocalDate.of(2018, 12, 31)).build(),
        classifiedOn("FIRST", LocalDate.of(2019, 1, 1)).build()), withABadRow);
    BookColumnTotals totals = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(book);

    // classified 2018-12-31, the day before the 30%'s validity (from 2019-01-01): not the pool's, 0.00 ineligible
    // (before the column: 1,000,000 × 30% = 300,000.00)
    assertThat(book.status()[0]).isEqualTo(BookColumnCodes.INELIGIBLE);
    assertThat(book.compensationFen()[0]).isZero();
    assertThat(book.item(0).amount()).contains(AmountRange.exactly(Cny.of("0.00")));
    // classified 2019-01-01, the validity's first day; granted 2017-06-30, in no uplift window:
    // 1,000,000.00 × 30% = 300,000.00 eligible
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.ELIGIBLE);
    assertThat(book.item(1).amount()).contains(AmountRange.exactly(Cny.of("300000.00")));
    assertThat(book.item(1).verdict()).contains(Verdict.ELIGIBLE);
    // totals: one eligible, one ineligible, 300,000.00
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(2 + (withABadRow ? 1 : 0), 1, 1, 0, withABadRow ? 1 : 0,
        AmountRange.exactly(Cny.of("300000.00"))));
    // the plain form agrees on both
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, classifiedOn("B", LocalDate.of(2018, 12, 31)).build()))
        .isEqualTo(Cny.of("0.00"));
    assertThat(RiskPoolFixtures.CALCULATOR.compensation(POOL, classifiedOn("F", LocalDate.of(2019, 1, 1)).build()))
        .isEqualTo(Cny.of("300000.00"));
  }

  @ParameterizedTest(name = "with a bad row (row by row): {0}")
  @ValueSource(booleans = {false, true})
  void anAgreedRatioOrAnUnknownFact_doesNotMoveTheValidity(boolean withABadRow) {
    BookRiskPoolColumns book = columns(List.of(
        classifiedOn("AGREED", LocalDate.of(2018, 12, 31)).baseRatio(Rate.parse("50%")).build(),
        classifiedOn("AGREED-IN", LocalDate.of(2019, 1, 1)).baseRatio(Rate.parse("50%")).build(),
        classifiedOn("UNKNOWN", LocalDate.of(2018, 6, 30)).reGuaranteed(Optional.empty()).build(),
        classifiedOn("FIRST-LOAN", LocalDate.of(2018, 12, 31)).category(RiskPoolLoanCategory.FIRST_LOAN).build(),
        classifiedOn("CREDIT", LocalDate.of(2018, 12, 31)).category(RiskPoolLoanCategory.CREDIT).build()),
        withABadRow);
    BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(book);

    // an agreed 50%, classified 2018-12-31: the validity is the GENERAL row's (from 2019-01-01), as in the plain
    // form; 0.00 ineligible
    assertThat(book.status()[0]).isEqualTo(BookColumnCodes.INELIGIBLE);
    assertThat(book.compensationFen()[0]).isZero();
    // the same classified 2019-01-01: 1,000,000.00 × 50% = 500,000.00
    assertThat(book.item(1).amount()).contains(AmountRange.exactly(Cny.of("500000.00")));
    // classified 2018-06-30 with re-guarantee unknown: outside the validity decides, ineligible 0.00, not
    // undetermined 0 – 300,000.00
    assertThat(book.status()[2]).isEqualTo(BookColumnCodes.INELIGIBLE);
    assertThat(book.compensationFen()[2]).isZero();
    // FIRST_LOAN's own row (30%, decisions register §4.2 item 11) is valid from 2019-01-01 too: 0.00
    assertThat(book.status()[3]).isEqualTo(BookColumnCodes.INELIGIBLE);
    // CREDIT has no row and takes GENERAL's, validity with it: 0.00
    assertThat(book.status()[4]).isEqualTo(BookColumnCodes.INELIGIBLE);
    assertThat(book.compensationFen()).startsWith(0L, 50_000_000L, 0L, 0L, 0L);
  }

  @ParameterizedTest(name = "with a bad row (row by row): {0}")
  @ValueSource(booleans = {false, true})
  void validitiesByCategoryAndAnEnd_areReadFromTheMeasure(boolean withABadRow) {
    // a changed measure: GENERAL 30% valid 2019-01-01..2023-12-31, FIRST_LOAN 40% valid from 2021-01-01
    RiskPoolMeasure changed = BookRiskPoolFastPathPropertyTest.withValidities(POOL);
    BookRiskPoolColumns book = columns(List.of(
        classifiedOn("G-LAST", LocalDate.of(2023, 12, 31)).build(),
        classifiedOn("G-AFTER", LocalDate.of(2024, 1, 1)).build(),
        classifiedOn("F-BEFORE", LocalDate.of(2020, 12, 31)).category(RiskPoolLoanCategory.FIRST_LOAN).build(),
        classifiedOn("F-FIRST", LocalDate.of(2021, 1, 1)).category(RiskPoolLoanCategory.FIRST_LOAN).build(),
        classifiedOn("F-LATE", LocalDate.of(2024, 1, 1)).category(RiskPoolLoanCategory.FIRST_LOAN).build()),
        withABadRow);
    BookRiskPoolFastPath.of(changed, RiskPoolOptions.DEFAULTS).compute(book);

    // GENERAL classified 2023-12-31, the last day: 1,000,000.00 × 30% = 300,000.00; 2024-01-01, after it: 0.00
    // FIRST_LOAN classified 2020-12-31, the day before its row: 0.00; 2021-01-01: 1,000,000.00 × 40% = 400,000.00;
    // 2024-01-01, its row open-ended: 400,000.00
    assertThat(book.compensationFen()).startsWith(30_000_000L, 0L, 0L, 40_000_000L, 40_000_000L);
    assertThat(book.status()).startsWith(BookColumnCodes.ELIGIBLE, BookColumnCodes.INELIGIBLE,
        BookColumnCodes.INELIGIBLE, BookColumnCodes.ELIGIBLE, BookColumnCodes.ELIGIBLE);
  }

  @Test
  void aBookWhoseClassificationDaysAreNotFilled_failsEveryRow_notPaysThem() {
    // a caller filling the columns directly who forgets the new column: each row fails naming it
    BookRiskPoolColumns book = new BookRiskPoolColumns(2);
    for (int i = 0; i < 2; i++) {
      book.principalOutstandingFen()[i] = 100_000_000L;
      book.effectiveGrantDay()[i] = (int) LocalDate.of(2023, 1, 1).toEpochDay();
    }
    BookColumnTotals totals = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(book);
    assertThat(book.status()).containsExactly(BookColumnCodes.FAILED, BookColumnCodes.FAILED);
    assertThat(book.failedColumn()).containsExactly(BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE,
        BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE);
    assertThat(book.item(0).failure().orElseThrow().field()).isEqualTo("/firstNonPerformingDate");
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(2, 0, 0, 0, 2, AmountRange.exactly(Cny.of("0.00"))));
  }
  @Test
  void aClassificationDayBeforeTheGrantDay_failsItsRow_asTheClaimRefusesIt() {
    // RiskPoolClaim refuses firstNonPerformingDate before grantDate (and an extension after it): a loan cannot turn
    // bad before it is granted. Filled in the columns by hand, such a row fails naming the date; the next row, the
    // same loan classified on its grant day, is computed.
    int granted = (int) LocalDate.of(2023, 1, 1).toEpochDay();
    BookRiskPoolColumns book = new BookRiskPoolColumns(2);
    for (int i = 0; i < 2; i++) {
      book.principalOutstandingFen()[i] = 100_000_000L;
      book.effectiveGrantDay()[i] = granted;
      book.guaranteedByFinancingGuarantor()[i] = BookColumnCodes.NO;
      book.reGuaranteed()[i] = BookColumnCodes.NO;
      book.underOtherRiskCompensation()[i] = BookColumnCodes.NO;
    }
    book.firstNonPerformingDay()[0] = granted - 1;
    book.firstNonPerformingDay()[1] = granted;
    BookColumnTotals totals = BookRiskPoolFastPath.of(POOL, RiskPoolOptions.DEFAULTS).compute(book);

    assertThat(book.status()[0]).isEqualTo(BookColumnCodes.FAILED);
    assertThat(book.failedColumn()[0]).isEqualTo(BookRiskPoolColumns.FAILED_CLASSIFICATION_DATE);
    var failure = book.item(0).failure().orElseThrow();
    assertThat(failure.field()).isEqualTo("/firstNonPerformingDate");
    assertThat(failure.value()).isEqualTo("2022-12-31");
    assertThat(failure.code()).isEqualTo("input.out-of-order");
    assertThat(failure.problem()).contains("/grantDate").contains("2023-01-01");
    // classified on the grant day is allowed (the claim's order is "not before"). Granted 2023-01-01, within the
    // uplift of 深工信〔2023〕26号 第5条 ("2023年1月1日至3月31日新增贷款…提高30个百分点"):
    // 1,000,000.00 × (30% + 30%) = 600,000.00
    assertThat(book.status()[1]).isEqualTo(BookColumnCodes.ELIGIBLE);
    assertThat(book.item(1).amount()).contains(AmountRange.exactly(Cny.of("600000.00")));
    assertThat(totals.toTotals()).isEqualTo(new BookTotals(2, 1, 0, 0, 1, AmountRange.exactly(Cny.of("600000.00"))));
  }
}
