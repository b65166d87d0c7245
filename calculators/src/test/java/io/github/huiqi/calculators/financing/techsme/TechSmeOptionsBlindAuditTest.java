package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.batch.book.BookCalculators;
import io.github.huiqi.calculators.batch.book.BookItem;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures;
import io.github.huiqi.calculators.financing.firstloan.FirstLoanOptions;
import io.github.huiqi.calculators.financing.stacking.StackingCalculator;
import io.github.huiqi.calculators.financing.stacking.StackingOptions;
import io.github.huiqi.calculators.financing.stacking.StackingRequest;
import io.github.huiqi.calculators.financing.stacking.StackingResult;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.time.DayCount;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Blind audit of the tech-SME subsidy's options (decisions register §4.1 item 7: interest accrued in 2023 and paid by
 * default, {@code PAID_IN_WINDOW} the alternative; a period straddling the window's edge split by the year fractions
 * of its parts under the split day count, ACT/360 by default) and of the stacking's options (its first-loan and
 * tech-SME options and precedence, §4.1 item 10), worked by hand and run through the plain, explaining, JSON and book
 * forms, and the stacking calculator's.
 * <p>
 * 深工信〔2023〕26号 第13条: "2023年期间产生的利息" earns the 2020 办法 第十四条（一）'s base ratio (50%; 70% for a
 * first-time borrower) + 30 points, at most 80%; other interest the base ratio. The firm is enrolled and not a
 * first-time borrower (50%, 80% in the window).
 */
class TechSmeOptionsBlindAuditTest {

  private static final TechSmeOptions PAID = TechSmeOptions.DEFAULTS
      .withAccrualBasis(TechSmeAccrualBasis.PAID_IN_WINDOW);
  private static final TechSmeOptions MONTHS = TechSmeOptions.DEFAULTS.withSplitDayCount(DayCount.WHOLE_MONTHS);

  /**
   * I1: 9,000.00 accrued 2022-11-30 → 2023-02-28, paid 2023-02-28. Actual days: 32 in 2022 (11-30 → 01-01), 58 in
   * 2023 (01-01 → 02-28), 90 in all. Whole months: 11-30 → 01-01 is 1 month (to 12-30) + 2 days = 32/360; 01-01 →
   * 02-28 is 1 month + 27 days = 57/360; 89/360 in all.
   */
  private static TechSmeInterestItem straddling() {
    return TechSmeFixtures.interest("I1", LocalDate.of(2022, 11, 30), LocalDate.of(2023, 2, 28), "9000.00");
  }

  /** I2: 1,000.00 accrued 2023-12-01 → 2024-01-01, paid 2024-01-02 (after the window). */
  private static TechSmeInterestItem paidLate() {
    return TechSmeInterestItem.of("I2", "L1", LocalDate.of(2023, 12, 1), LocalDate.of(2024, 1, 1),
        LocalDate.of(2024, 1, 2), Cny.of("1000.00"));
  }

  private static AmountRange cny(String yuan) {
    return AmountRange.exactly(Cny.of(yuan));
  }

  private static void assertPaths(TechSmeRequest request, String amount) {
    assertThat(TechSmeFixtures.CALCULATOR.subsidy(TechSmeFixtures.MEASURE, request)).isEqualTo(Cny.of(amount));
    assertThat(TechSmeFixtures.CALCULATOR.explainSubsidy(TechSmeFixtures.MEASURE, request).amount())
        .isEqualTo(cny(amount));
    assertThat(HuiqiJson.read(TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE,
        HuiqiJson.write(request)), TechSmeResult.class).amount()).isEqualTo(cny(amount));
    List<BookItem> items = BookCalculators.techSme(TechSmeFixtures.MEASURE).results(List.of(request).stream())
        .toList();
    assertThat(items.get(0).amount()).contains(cny(amount));
  }

  @Test
  void accruedInWindow_actualDays_theDefault() {
    // I1: 2022's 9,000 × 32/90 = 3,200.00 at 50%, 2023's 5,800.00 at 80%: 1,600.00 + 4,640.00 = 6,240.00
    // I2: accrued in 2023 and paid: 80% × 1,000.00 = 800.00; in all 7,040.00
    assertPaths(TechSmeFixtures.request(straddling(), paidLate()), "7040.00");
    // ACT/365F splits by the same actual days: the same 7,040.00
    assertPaths(TechSmeFixtures.request(straddling(), paidLate())
        .withOptions(TechSmeOptions.DEFAULTS.withSplitDayCount(DayCount.ACT_365F)), "7040.00");
  }

  @Test
  void wholeMonthsSplit_movesAFractionOfTheInterestAcrossTheEdge() {
    // I1: 9,000 × (50% × 32 + 80% × 57) ÷ 89 = 9,000 × 61.6 ÷ 89 = 6,229.2134… → 6,229.21; I2 800.00: 7,029.21
    assertPaths(TechSmeFixtures.request(straddling(), paidLate()).withOptions(MONTHS), "7029.21");
  }

  @Test
  void paidInWindow_theDateOfPaymentDecides() {
    // I1 paid 2023-02-28: all 9,000 at 80% = 7,200.00; I2 paid 2024-01-02: the base 50% = 500.00; 7,700.00
    assertPaths(TechSmeFixtures.request(straddling(), paidLate()).withOptions(PAID), "7700.00");
    // no straddling split under PAID_IN_WINDOW: the split day count changes nothing
    assertPaths(TechSmeFixtures.request(straddling(), paidLate()).withOptions(PAID.withSplitDayCount(
        DayCount.WHOLE_MONTHS)), "7700.00");
  }

  @Test
  void stacking_theFirstLoanDayCountTurnsWhichSubsidyTakesTheLoan() {
    // a first-time borrower, enrolled: L1 1,000,000 drawn 2023-01-15, 181 days subsidised (to 2023-07-15)
    // 第5条: ACT/360 1,000,000 × 2% × 181/360 = 10,055.56; ACT/365F × 181/365 = 9,917.81
    // 第13条: 12,465.00 accrued 2023-01-15 → 2023-04-15: min(70% + 30 points, 80%) × 12,465.00 = 9,972.00
    // no claim recorded: the larger (FIRST_CLAIMED's fallback and LARGER alike, §4.1 item 10)
    StackingRequest request = StackingRequest.builder()
        .enterprise(FirstLoanFixtures.firm().enrolledTechSme(true).build())
        .loans(List.of(FirstLoanFixtures.loan("L1").build()))
        .interest(List.of(TechSmeInterestItem.of("I1", "L1", LocalDate.of(2023, 1, 15), LocalDate.of(2023, 4, 15),
            LocalDate.of(2023, 4, 15), Cny.of("12465.00"))))
        .guaranteeFees(List.of()).insurancePremiums(List.of()).programmeTotalReceived(Cny.of("0")).build();
    FirstLoanMeasure firstLoan = FirstLoanFixtures.MEASURE;
    StackingResult defaults = StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan, TechSmeFixtures.MEASURE,
        request);
    // 10,055.56 > 9,972.00: the first-loan subsidy takes L1
    assertThat(defaults.firstLoanTotal()).isEqualTo(Cny.of("10055.56"));
    assertThat(defaults.techSmeTotal()).isEqualTo(Cny.of("0.00"));
    assertThat(defaults.total()).isEqualTo(Cny.of("10055.56"));
    StackingRequest act365 = request.withOptions(StackingOptions.builder()
        .firstLoan(FirstLoanOptions.DEFAULTS.withDayCount(DayCount.ACT_365F)).build());
    // 9,917.81 < 9,972.00: the tech-SME subsidy takes L1
    for (StackingResult result : List.of(
        StackingCalculator.DEFAULT.explainTotalSubsidy(firstLoan, TechSmeFixtures.MEASURE, act365),
        HuiqiJson.read(StackingCalculator.DEFAULT.explainTotalSubsidyJson(firstLoan, TechSmeFixtures.MEASURE,
            HuiqiJson.write(act365)), StackingResult.class))) {
      assertThat(result.firstLoanTotal()).isEqualTo(Cny.of("0.00"));
      assertThat(result.techSmeTotal()).isEqualTo(Cny.of("9972.00"));
      assertThat(result.total()).isEqualTo(Cny.of("9972.00"));
    }
    assertThat(StackingCalculator.DEFAULT.totalSubsidy(firstLoan, TechSmeFixtures.MEASURE, act365))
        .isEqualTo(Cny.of("9972.00"));
  }

  @Test
  void badOptionValuesInJson_areTypedErrorsNamingTheOption() {
    String good = HuiqiJson.write(TechSmeFixtures.request(straddling()).withOptions(PAID));
    assertThat(good).contains("\"accrualBasis\" : \"PAID_IN_WINDOW\"");
    String[][] bad = {
      {"\"accrualBasis\" : \"PAID\"", "/options/accrualBasis"},
      {"\"accrualBasis\" : false", "/options/accrualBasis"},
      {"\"splitDayCount\" : \"ACT/366\"", "/options/splitDayCount"}};
    for (String[] one : bad) {
      String json = good.replace("\"accrualBasis\" : \"PAID_IN_WINDOW\"", one[0]);
      assertThatThrownBy(() -> TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE, json))
          .as(one[0]).isInstanceOfSatisfying(InvalidInputException.class,
              e -> assertThat(e.field()).isEqualTo(one[1]));
    }
  }
}
