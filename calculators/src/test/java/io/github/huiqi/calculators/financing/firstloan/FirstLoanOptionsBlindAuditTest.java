package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.loan;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookColumnTotals;
import io.github.huiqi.calculators.batch.book.BookFirstLoanColumns;
import io.github.huiqi.calculators.batch.book.BookFirstLoanFastPath;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the first-loan subsidy's day-count option (decisions register §4.1 item 1: ACT/360 by default,
 * ACT/365F and WHOLE-MONTHS as options), worked by hand from 深工信〔2023〕26号 第5条 ("给予2%的贴息补助，单户企业贴息金额
 * 最高20万元，贴息期限不超过6个月") and run through the plain form, the explaining form, the JSON form (the option on the
 * request), the book calculator and the columnar fast path. The engine and the command line take no first-loan option.
 */
class FirstLoanOptionsBlindAuditTest {

  private static final FirstLoanOptions ACT_365F = FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F);
  private static final FirstLoanOptions WHOLE_MONTHS = FirstLoanOptions.DEFAULTS.withDayCount(DayCount.WHOLE_MONTHS);

  /** L1: 1,000,000 drawn 2023-01-15, six months subsidised: 2023-01-15 .. 2023-07-15, 181 days, 6 whole months. */
  private static FirstLoanRequest small() {
    return request(loan("L1").build());
  }

  /** L2: 1,000,000 drawn 2023-03-31 (the window's last day): to 2023-09-30 (plusMonths rolls back), 183 days. */
  private static FirstLoanRequest lastDay() {
    return request(loan("L2").drawdownDate(LocalDate.of(2023, 3, 31)).maturityDate(LocalDate.of(2024, 3, 31))
        .build());
  }

  /** L3: 20,000,000 drawn 2023-01-15: 181 days, where the 200,000 cap binds under ACT/360 only. */
  private static FirstLoanRequest large() {
    return request(loan("L3").principal(Cny.of("20000000")).build());
  }

  private static AmountRange cny(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  /**
   * Runs the requests under the options through every path and checks each amount and whether the cap is named.
   */
  private static void assertPaths(FirstLoanOptions options, String[] expected, boolean[] capNamed) {
    List<FirstLoanRequest> requests = List.of(small().withOptions(options), lastDay().withOptions(options),
        large().withOptions(options));
    for (int i = 0; i < requests.size(); i++) {
      FirstLoanRequest r = requests.get(i);
      assertThat(CALCULATOR.subsidy(MEASURE, r)).as("plain " + i).isEqualTo(Cny.of(expected[i]));
      FirstLoanResult explained = CALCULATOR.explainSubsidy(MEASURE, r);
      assertThat(explained.amount()).as("explained " + i).isEqualTo(cny(expected[i]));
      assertThat(explained.bindingLimit().isPresent()).as("cap named " + i).isEqualTo(capNamed[i]);
      FirstLoanResult json = HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE, HuiqiJson.write(r)),
          FirstLoanResult.class);
      assertThat(json.amount()).as("json " + i).isEqualTo(cny(expected[i]));
      assertThat(json.bindingLimit().isPresent()).as("json cap named " + i).isEqualTo(capNamed[i]);
    }
    // the book calculator reads each request's own options
    List<BookItem> items = BookCalculators.firstLoan(MEASURE).results(requests.stream()).toList();
    for (int i = 0; i < requests.size(); i++) {
      assertThat(items.get(i).amount()).as("book " + i).contains(cny(expected[i]));
    }
  }

  private static void assertFastPath(FirstLoanOptions options, String[] expected) {
    BookFirstLoanColumns columns = new BookFirstLoanColumns(3, 3);
    // the columns take the facts only; the fast path's own options apply (BookFirstLoanColumns.add)
    columns.add(small());
    columns.add(lastDay());
    columns.add(large());
    BookColumnTotals totals = BookFirstLoanFastPath.of(MEASURE, options).compute(columns);
    long sum = 0;
    for (int i = 0; i < 3; i++) {
      long fen = new BigDecimal(expected[i]).movePointRight(2).longValueExact();
      assertThat(columns.minimumFen()[i]).as("fast " + i).isEqualTo(fen);
      assertThat(columns.maximumFen()[i]).as("fast " + i).isEqualTo(fen);
      sum += fen;
    }
    assertThat(totals.minimumFen()).isEqualTo(sum);
  }

  @Test
  void act360_theDefault() {
    // L1: 1,000,000 × 2% × 181/360 = 10,055.555… → 10,055.56
    // L2: 1,000,000 × 2% × 183/360 = 10,166.666… → 10,166.67
    // L3: 20,000,000 × 2% × 181/360 = 201,111.11 > 200,000: the cap 200,000.00 binds (单户企业贴息金额最高20万元)
    String[] expected = {"10055.56", "10166.67", "200000.00"};
    assertPaths(FirstLoanOptions.DEFAULTS, expected, new boolean[] {false, false, true});
    assertFastPath(FirstLoanOptions.DEFAULTS, expected);
  }

  @Test
  void act365f_dividesTheActualDaysBy365_andTheCapNoLongerBinds() {
    // L1: 20,000 × 181/365 = 9,917.808… → 9,917.81
    // L2: 20,000 × 183/365 = 10,027.397… → 10,027.40
    // L3: 400,000 × 181/365 = 198,356.164… → 198,356.16, below the cap: none named (register §4.6 item 88 (a))
    String[] expected = {"9917.81", "10027.40", "198356.16"};
    assertPaths(ACT_365F, expected, new boolean[] {false, false, false});
    assertFastPath(ACT_365F, expected);
  }

  @Test
  void wholeMonths_sixMonthsAreHalfAYear_andReachingTheCapExactlyNamesNone() {
    // L1: 6 whole months, no odd day: 20,000 × 6/12 = 10,000.00
    // L2: 2023-03-31 + 6 months = 2023-09-30, 6 whole months: 10,000.00
    // L3: 400,000 × 6/12 = 200,000.00: it only reaches the cap's figure, uncut: no binding limit (item 88 (a))
    String[] expected = {"10000.00", "10000.00", "200000.00"};
    assertPaths(WHOLE_MONTHS, expected, new boolean[] {false, false, false});
    // the fast path takes no WHOLE-MONTHS (its Javadoc: use the plain form): a typed error naming the day count
    assertThatThrownBy(() -> BookFirstLoanFastPath.of(MEASURE, WHOLE_MONTHS))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(e -> assertThat(((InvalidInputException) e).field()).contains("dayCount"));
  }

  @Test
  void badDayCountsInJson_areTypedErrorsNamingTheOption() {
    String good = HuiqiJson.write(small().withOptions(ACT_365F));
    assertThat(good).contains("\"ACT/365F\"");
    for (String[] bad : new String[][] {{"\"ACT/365\"", "ACT/365"}, {"\"act/365f\"", "act/365f"},
        {"365", "365"}, {"{}", "{}"}}) {
      String json = good.replace("\"ACT/365F\"", bad[0]);
      assertThatThrownBy(() -> CALCULATOR.explainSubsidyJson(MEASURE, json)).as(bad[0])
          .isInstanceOfSatisfying(InvalidInputException.class, e -> {
            assertThat(e.field()).isEqualTo("/options/dayCount");
            assertThat(String.valueOf(e.value())).isEqualTo(bad[1]);
          });
    }
    // the enum's name is read as its code (DayCount.of: "its code, such as ACT/360, or its enum name"): 9,917.81
    FirstLoanResult alias = HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE,
        good.replace("\"ACT/365F\"", "\"ACT_365F\"")), FirstLoanResult.class);
    assertThat(alias.amount()).isEqualTo(cny("9917.81"));
    // a null day count, or null options, is read as not given: the default ACT/360, 10,055.56 (as every optional
    // member of the library's JSON; the explanation names the default taken)
    for (String absent : new String[] {"\"dayCount\" : null", "\"dayCount\":null"}) {
      String json = good.replaceFirst("\"dayCount\"\\s*:\\s*\"ACT/365F\"", absent);
      assertThat(HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE, json), FirstLoanResult.class).amount())
          .isEqualTo(cny("10055.56"));
    }
    // an options member of another type
    String notObject = good.replaceFirst("\"options\"\\s*:\\s*\\{[^}]*\\}", "\"options\": \"ACT/365F\"");
    assertThat(notObject).isNotEqualTo(good);
    assertThatThrownBy(() -> CALCULATOR.explainSubsidyJson(MEASURE, notObject))
        .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.field()).isEqualTo("/options"));
  }
}
