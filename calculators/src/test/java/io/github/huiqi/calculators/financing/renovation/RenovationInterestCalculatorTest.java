package io.github.huiqi.calculators.financing.renovation;

import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.INTEREST;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.START;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.interestRequest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.leaseInterest;
import static io.github.huiqi.calculators.financing.renovation.RenovationFixtures.loanInterest;
import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Hand-worked cases of the Shenzhen technical-renovation loan interest subsidy, 小升规方案 第十条: "按实际支付利息的50%，
 * 给予最高500万元的贴息资助", for interest within three years of the subsidy start (2023-era operating rules, card
 * 001-10b). The subsidy start is 2023-01-01, so the years are 2023-01-01..2025-12-31.
 */
class RenovationInterestCalculatorTest {

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void test_basic_halfOfInterestPaid_roundedHalfUp() {
    // loan 100,000.00 + lease 80,000.01 = 180,000.01 paid within the years;
    // 50% × 180,000.01 = 90,000.005 → 90,000.01 (四舍五入 to the fen, library default §4.5 item 35)
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("P1", d(2023, 1, 1), d(2023, 7, 1), "100000.00"),
        leaseInterest("P2", d(2023, 7, 1), d(2024, 1, 1), "80000.01")));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(yuan(result.interestCounted())).isEqualByComparingTo("180000.01");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("90000.01");
    assertThat(result.amount().isExact()).isTrue();
    assertThat(result.exactAmount()).hasValueSatisfying(v -> assertThat(yuan(v)).isEqualByComparingTo("90000.01"));
    assertThat(result.subsidisedYears()).isEqualTo(DateRange.of(d(2023, 1, 1), d(2025, 12, 31)));
    assertThat(result.bindingLimit()).isEmpty();
    // the three years are not in the plan: the explanation says where they come from
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("the plan is silent: from the operating rules");
  }

  @Test
  void test_window_periodsInsideOutsideAndAtTheEdges() {
    // 2025-07-01 → 2026-01-01 (not counted) ends on the last subsidised day 2025-12-31: counts in full, 60,000.00;
    // 2026-01-01 → 2026-07-01 starts the day after: counts nothing; 2022-07-01 → 2023-01-01 ends before the start:
    // nothing. 50% × 60,000.00 = 30,000.00
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("LAST", d(2025, 7, 1), d(2026, 1, 1), "60000.00"),
        loanInterest("AFTER", d(2026, 1, 1), d(2026, 7, 1), "50000.00"),
        loanInterest("BEFORE", d(2022, 7, 1), d(2023, 1, 1), "40000.00")));
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("30000.00");
    assertThat(result.payments()).extracting(part -> yuan(part.counted()))
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("60000.00"), BigDecimal.ZERO, BigDecimal.ZERO);
  }

  @Test
  void test_window_straddlingPeriodApportionedByDays() {
    // 2025-10-01 → 2026-04-01 = 31+30+31+31+28+31 = 182 days, of which 2025-10-01 → 2026-01-01 = 92 inside;
    // 91,000.00 × 92/182 = 46,000.00 counted; 50% = 23,000.00
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("X", d(2025, 10, 1), d(2026, 4, 1), "91000.00")));
    assertThat(result.payments().get(0).days()).isEqualTo(182);
    assertThat(result.payments().get(0).daysInWindow()).isEqualTo(92);
    assertThat(yuan(result.interestCounted())).isEqualByComparingTo("46000.00");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("23000.00");
  }

  @Test
  void test_window_periodStraddlingTheStart_apportionedAndRoundedHalfUp() {
    // 2022-12-01 → 2023-03-01 = 31 + 31 + 28 = 90 days, of which 2023-01-01 → 2023-03-01 = 31 + 28 = 59 inside;
    // 10,000.00 × 59/90 = 6,555.555… → 6,555.56 counted (half-up to the fen); 50% × 6,555.56 = 3,277.78
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("X", d(2022, 12, 1), d(2023, 3, 1), "10000.00")));
    assertThat(result.payments().get(0).days()).isEqualTo(90);
    assertThat(result.payments().get(0).daysInWindow()).isEqualTo(59);
    assertThat(yuan(result.interestCounted())).isEqualByComparingTo("6555.56");
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("3277.78");
    // no source settles the apportionment: the explanation names it as a library default (§4.1 item 9)
    assertThat(result.explanation().stepsOf(DefaultUsedStep.class))
        .anySatisfy(step -> assertThat(step.citation().item()).hasValue("9"));
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("apportioned by its actual days inside them");
    // a period wholly inside needs no apportionment, and the explanation claims none
    RenovationInterestResult inside = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("Y", d(2023, 1, 1), d(2023, 3, 1), "10000.00")));
    assertThat(inside.explanation().stepsOf(DefaultUsedStep.class))
        .noneSatisfy(step -> assertThat(step.citation().item()).hasValue("9"));
  }

  @Test
  void test_yearsOption_oneYear() {
    // one subsidised year (option): 2023-01-01..2023-12-31; P2 (2023-07-01 → 2024-01-01) still inside, P3 outside;
    // 50% × (100,000.00 + 80,000.00) = 90,000.00
    RenovationInterestRequest request = RenovationInterestRequest.builder().eligibleProject(true).subsidyStart(START)
        .payments(List.of(
            loanInterest("P1", d(2023, 1, 1), d(2023, 7, 1), "100000.00"),
            leaseInterest("P2", d(2023, 7, 1), d(2024, 1, 1), "80000.00"),
            leaseInterest("P3", d(2024, 1, 1), d(2024, 7, 1), "70000.00")))
        .options(RenovationInterestOptions.DEFAULTS.withMaximumSubsidyYears(1)).build();
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, request);
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("90000.00");
    assertThat(result.explanation().render(Locale.ENGLISH)).contains("subsidised years = 1")
        .contains("chosen by the caller");
    // the default three years count P3 too: 50% × 250,000.00 = 125,000.00
    assertThat(yuan(CALCULATOR.subsidy(INTEREST, RenovationInterestRequest.builder().eligibleProject(true)
        .subsidyStart(START).payments(request.payments()).build()))).isEqualByComparingTo("125000.00");
  }

  @Test
  void test_cap_reachedExactly() {
    // 50% × 10,000,000.00 = 5,000,000.00 = the cap ("最高500万元"): paid in full, not binding
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("P", d(2023, 1, 1), d(2025, 1, 1), "10000000.00")));
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("5000000.00");
    assertThat(result.bindingLimit()).isEmpty();
  }

  @Test
  void test_cap_exceededByOneFen() {
    // 50% × 10,000,000.02 = 5,000,000.01 → capped at 5,000,000.00, binding
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("P", d(2023, 1, 1), d(2025, 1, 1), "10000000.02")));
    assertThat(yuan(result.amount().minimum())).isEqualByComparingTo("5000000.00");
    assertThat(result.bindingLimit()).hasValueSatisfying(b -> assertThat(b.code()).isEqualTo("cap-per-project"));
  }

  @Test
  void test_project_unknownIsUndeterminedAndFalseIsIneligible() {
    List<RenovationInterestPayment> payments = List.of(loanInterest("P", d(2023, 1, 1), d(2023, 7, 1), "1000.00"));
    RenovationInterestRequest unknown = RenovationInterestRequest.builder().subsidyStart(START).payments(payments)
        .build();
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/eligibleProject");
    // [0, 50% × 1,000.00 = 500.00]
    assertThat(yuan(result.amount().minimum())).isZero();
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("500.00");
    assertThatThrownBy(() -> CALCULATOR.subsidy(INTEREST, unknown)).isInstanceOfSatisfying(
        MissingFactsException.class, ex -> assertThat(ex.missingFacts()).containsExactly("/eligibleProject"));

    RenovationInterestRequest refused = RenovationInterestRequest.builder().eligibleProject(false).subsidyStart(START)
        .payments(payments).build();
    RenovationInterestResult no = CALCULATOR.explainSubsidy(INTEREST, refused);
    assertThat(no.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(no.eligibility().reasons()).extracting(Reason::code).containsExactly("not-eligible-renovation-project");
    assertThat(yuan(no.amount().maximum())).isZero();
    assertThat(yuan(CALCULATOR.subsidy(INTEREST, refused))).isZero();
  }

  @Test
  void test_zeroInterest_isZero() {
    // 50% × 0 = 0
    assertThat(yuan(CALCULATOR.subsidy(INTEREST, interestRequest(
        loanInterest("P", d(2023, 1, 1), d(2023, 2, 1), "0"))))).isZero();
  }

  @Test
  void test_explanation_citesTheClauseAndTheRules() {
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("P", d(2023, 1, 1), d(2023, 7, 1), "1000.00")));
    String zh = result.explanation().render(Locale.SIMPLIFIED_CHINESE);
    assertThat(zh).contains("第十条").contains("《深圳市工业和信息化局企业技术改造项目扶持计划操作规程》");
    assertThat(result.measure()).isEqualTo(INTEREST.id());
  }

  //-------------------------------------------------------------------------
  @Test
  void test_conditions_supportedProject() {
    // the one condition: a supported renovation project financed by loans or leases (第十条)
    List<RenovationInterestPayment> payments = List.of(loanInterest("P", d(2023, 1, 1), d(2023, 7, 1), "1000.00"));
    assertOutcomes(CALCULATOR.explainSubsidy(INTEREST, RenovationInterestRequest.builder().eligibleProject(true)
        .subsidyStart(START).payments(payments).build()).explanation(), MET);
    assertOutcomes(CALCULATOR.explainSubsidy(INTEREST, RenovationInterestRequest.builder().eligibleProject(false)
        .subsidyStart(START).payments(payments).build()).explanation(), NOT_MET);
    assertOutcomes(CALCULATOR.explainSubsidy(INTEREST, RenovationInterestRequest.builder().subsidyStart(START)
        .payments(payments).build()).explanation(), UNKNOWN);
  }

  @Test
  void test_explanation_eachStepInOrder() {
    // the straddling period of test_window_periodStraddlingTheStart_apportionedAndRoundedHalfUp: 10,000.00 × 59/90 =
    // 6,555.56 counted; 50% × 6,555.56 = 3,277.78 ≤ 5,000,000 ("最高500万元")
    RenovationInterestResult result = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("X", d(2022, 12, 1), d(2023, 3, 1), "10000.00")));
    List<ExplanationStep> steps = result.explanation().steps();
    assertThat(steps).extracting(step -> (Object) step.getClass()).containsExactly(InputStep.class,
        DefaultUsedStep.class, ConditionStep.class, InputStep.class, CalculationStep.class, DefaultUsedStep.class,
        CalculationStep.class, RoundingStep.class, CapStep.class);
    assertThat(((DefaultUsedStep) steps.get(1)).option().en()).isEqualTo("rounding of the subsidy");
    assertThat(((InputStep) steps.get(3)).name().en()).isEqualTo("interest X");
    assertThat(((InputStep) steps.get(3)).value()).contains("2022-12-01 → 2023-03-01, 10000.00 CNY");
    CalculationStep apportioned = (CalculationStep) steps.get(4);
    assertThat(apportioned.formula()).isEqualTo("10000.00 × 59 / 90");
    assertThat(apportioned.result()).isEqualByComparingTo("6555.56");
    // no source settles the apportionment: the step cites the library default (§4.1 item 9)
    assertThat(apportioned.citation().item()).hasValue("9");
    assertThat(((DefaultUsedStep) steps.get(5)).option().en())
        .isEqualTo("a period straddling the subsidised years: apportioned by its actual days inside them");
    assertThat(((CalculationStep) steps.get(6)).formula()).isEqualTo("6555.56 × 50%");
    assertThat(((RoundingStep) steps.get(7)).after()).isEqualByComparingTo("3277.78");
    CapStep cap = (CapStep) steps.get(8);
    assertThat(cap.limit()).isEqualByComparingTo("5000000");
    assertThat(cap.after()).isEqualByComparingTo("3277.78");
    // a period wholly inside the years, and one wholly after them: no apportionment, the years' rule is cited
    List<CalculationStep> whole = CALCULATOR.explainSubsidy(INTEREST, interestRequest(
        loanInterest("Y", d(2023, 1, 1), d(2023, 3, 1), "10000.00"),
        loanInterest("Z", d(2026, 1, 1), d(2026, 3, 1), "10000.00"))).explanation().stepsOf(CalculationStep.class);
    assertThat(whole.subList(0, 2)).extracting(CalculationStep::citation)
        .containsOnly(INTEREST.maximumSubsidyYears().citation());
  }
}
