package io.github.huiqi.calculators.financing.techsme;

import static io.github.huiqi.calculators.ExplainedConditions.calculation;
import static io.github.huiqi.calculators.ExplainedConditions.inputs;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.MEASURE;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.fee;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.firm;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.interest;
import static io.github.huiqi.calculators.financing.techsme.TechSmeFixtures.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.PeriodStep;
import io.github.huiqi.core.result.RoundingStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * The explanation of {@link TechSmeCalculator#explainSubsidy}: the ratios, each item's subsidy with its formula and
 * clause, and each cap, worked by hand (深工信〔2023〕26号 第13条 over the 2020 办法 第十四条: interest 50%, 70% for a
 * first-time borrower, +30 points to at most 80% for interest arising in 2023; fee and premium 50%, at most 300,000
 * and 500,000 a year; all items at most 1,000,000 a year and 3,000,000 over the 办法; domain reference §2.3).
 */
class TechSmeExplanationTest {

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  @Test
  void test_interestStraddlingTheWindow_everyFigureStated() {
    // 9,000 accrued 2022-12-21..2023-03-21 (算头不算尾): 11 days in 2022 at 50%, 79 in 2023 at 80% (第13条):
    // 9,000 × (80% × 79 + 50% × 11) ÷ 90 = 9,000 × 68.7 ÷ 90 = 6,870.00
    Explanation explanation = CALCULATOR.explainSubsidy(MEASURE,
        request(interest("I1", d(2022, 12, 21), d(2023, 3, 21), "9000"))).explanation();
    assertThat(inputs(explanation, Locale.ENGLISH)).contains("Input: first-time borrower = false",
        "Input: interest I1 (loan L1) = 9000.00 CNY, 2022-12-21 → 2023-03-21, paid 2023-03-21");
    CalculationStep base = calculation(explanation, "interest ratio outside the window");
    assertThat(base.result()).isEqualByComparingTo("0.5");
    assertThat(base.citation()).isEqualTo(MEASURE.interestRatio().citation());
    CalculationStep uplifted = calculation(explanation, "interest ratio in the window");
    assertThat(uplifted.formula()).isEqualTo("min(50% + 30%, 80%)");
    assertThat(uplifted.result()).isEqualByComparingTo("0.8");
    assertThat(explanation.stepsOf(PeriodStep.class)).singleElement().satisfies(step -> {
      assertThat(step.start()).isEqualTo(d(2023, 1, 1));
      assertThat(step.end()).isEqualTo(d(2023, 3, 21));
    });
    CalculationStep subsidy = calculation(explanation, "subsidy on interest I1 before rounding");
    assertThat(subsidy.formula()).isEqualTo("9000.00 × (80% × 79 + 50% × 11) ÷ 90");
    assertThat(subsidy.result()).isEqualByComparingTo("6870");
    assertThat(subsidy.citation()).isEqualTo(MEASURE.upliftPoints().citation());
    assertThat(explanation.stepsOf(RoundingStep.class)).singleElement()
        .satisfies(step -> assertThat(step.after()).isEqualByComparingTo("6870.00"));
    // the caps: 6,870.00 within 1,000,000 a year; 3,000,000 − 0 received = 3,000,000 left (第十四条(四))
    assertThat(explanation.stepsOf(CapStep.class)).hasSize(2).allSatisfy(step -> assertThat(step.isBinding())
        .isFalse());
    CalculationStep left = calculation(explanation, "left of the programme cap");
    assertThat(left.result()).isEqualByComparingTo("3000000");
  }

  @Test
  void test_interestBeforeTheWindow_citesTheBaseRatio() {
    // 2022-Q4 interest 10,000 × 50% = 5,000.00 (第十四条(一)): no day in the window, no period step
    Explanation explanation = CALCULATOR.explainSubsidy(MEASURE,
        request(interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000"))).explanation();
    CalculationStep subsidy = calculation(explanation, "subsidy on interest I1 before rounding");
    assertThat(subsidy.formula()).isEqualTo("10000.00 × (80% × 0 + 50% × 92) ÷ 92");
    assertThat(subsidy.result()).isEqualByComparingTo("5000");
    assertThat(subsidy.citation()).isEqualTo(MEASURE.interestRatio().citation());
    assertThat(explanation.stepsOf(PeriodStep.class)).isEmpty();
  }

  @Test
  void test_firstTimeNotGiven_theFavourableCaseShownAndSaid() {
    // not given: 70% shown (第十四条(一) first-time), said to be assumed
    Explanation explanation = CALCULATOR.explainSubsidy(MEASURE, request(EnterpriseFacts.builder()
        .enrolledTechSme(true).build(), interest("I1", d(2022, 10, 1), d(2023, 1, 1), "10000"))).explanation();
    // said in each reader's language, not both in one value (once "= true（未提供：按有利情形计 / not given: …）")
    assertThat(inputs(explanation, Locale.ENGLISH))
        .contains("Input: first-time borrower (not given: the favourable case is shown) = true");
    assertThat(inputs(explanation, Locale.SIMPLIFIED_CHINESE)).contains("输入：首贷户（未提供：按有利情形计） = true");
    CalculationStep base = calculation(explanation, "interest ratio outside the window");
    assertThat(base.result()).isEqualByComparingTo("0.7");
    assertThat(base.citation()).isEqualTo(MEASURE.firstTimeBorrowerInterestRatio().citation());
  }

  @Test
  void test_feesAndPremiums_eachAtHalf_withTheirCaps() {
    // fee 100,000 × 50% = 50,000.00 (第十四条(三)); premium 200,000 × 50% = 100,000.00 (第十四条(二));
    // within 300,000 and 500,000; total 150,000.00 within 1,000,000
    TechSmeRequest request = request(List.of(), List.of(fee("F1", d(2023, 2, 1), "100000")),
        List.of(fee("P1", d(2023, 3, 1), "200000")), "0");
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    Explanation explanation = result.explanation();
    CalculationStep feeStep = calculation(explanation, "subsidy on guarantee fee F1 before rounding");
    assertThat(feeStep.formula()).isEqualTo("100000.00 × 50%");
    assertThat(feeStep.result()).isEqualByComparingTo("50000");
    assertThat(feeStep.citation()).isEqualTo(MEASURE.guaranteeFeeRatio().citation());
    assertThat(explanation.render(Locale.SIMPLIFIED_CHINESE)).contains("担保费 F1 资助（舍入前）")
        .contains("贷款保证保险费 P1 资助（舍入前）");
    CalculationStep premiumStep = calculation(explanation, "subsidy on guarantee-insurance premium P1 before rounding");
    assertThat(premiumStep.result()).isEqualByComparingTo("100000");
    assertThat(premiumStep.citation()).isEqualTo(MEASURE.insurancePremiumRatio().citation());
    // no interest: no ratio steps
    assertThat(inputs(explanation, Locale.ENGLISH)).noneMatch(s -> s.contains("first-time borrower"));
    // each rounded once: 50,000.00 and 100,000.00
    assertThat(explanation.stepsOf(RoundingStep.class)).extracting(RoundingStep::after)
        .usingElementComparator(BigDecimal::compareTo).containsExactly(new BigDecimal("50000.00"),
            new BigDecimal("100000.00"));
    // fee cap, premium cap, annual cap, programme cap
    assertThat(explanation.stepsOf(CapStep.class)).hasSize(4);
    assertThat(yuan(result.guaranteeFeeSubsidy().maximum())).isEqualByComparingTo("50000.00");
    assertThat(yuan(result.insurancePremiumSubsidy().maximum())).isEqualByComparingTo("100000.00");
    assertThat(yuan(result.interestSubsidy().maximum())).isEqualByComparingTo("0");
    assertThat(yuan(result.amount().maximum())).isEqualByComparingTo("150000.00");
    assertThat(result.exactAmount()).hasValueSatisfying(a -> assertThat(yuan(a)).isEqualByComparingTo("150000.00"));
  }

  @Test
  void test_enrolmentUnknown_eachSubtotalFromZero() {
    // enrolment not known (第13条 "入库"): each subtotal from 0 to its amount, the items computed but not paid
    EnterpriseFacts unknown = EnterpriseFacts.builder().firstTimeBorrower(false).build();
    TechSmeRequest request = TechSmeRequest.builder().enterprise(unknown)
        .interest(List.of(interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000")))
        .guaranteeFees(List.of(fee("F1", d(2023, 2, 1), "100000")))
        .insurancePremiums(List.of(fee("P1", d(2023, 3, 1), "200000"))).programmeTotalReceived(Cny.of("0")).build();
    TechSmeResult result = CALCULATOR.explainSubsidy(MEASURE, request);
    // interest 10,000 × 80% = 8,000.00; fee 50,000.00; premium 100,000.00
    assertThat(yuan(result.interestSubsidy().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(result.interestSubsidy().maximum())).isEqualByComparingTo("8000.00");
    assertThat(yuan(result.guaranteeFeeSubsidy().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(result.guaranteeFeeSubsidy().maximum())).isEqualByComparingTo("50000.00");
    assertThat(yuan(result.insurancePremiumSubsidy().minimum())).isEqualByComparingTo("0");
    assertThat(yuan(result.insurancePremiumSubsidy().maximum())).isEqualByComparingTo("100000.00");
    assertThat(result.items()).extracting(item -> yuan(item.computed())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("8000.00"), new BigDecimal("50000.00"), new BigDecimal("100000.00"));
    assertThat(result.items()).allSatisfy(item -> assertThat(yuan(item.paid())).isEqualByComparingTo("0"));
    assertThat(result.exactAmount()).isEmpty();
    // enrolled: the same items paid in full, exact
    TechSmeResult enrolled = CALCULATOR.explainSubsidy(MEASURE, TechSmeRequest.builder().from(request)
        .enterprise(firm().build()).build());
    assertThat(enrolled.items()).extracting(item -> yuan(item.paid())).usingElementComparator(BigDecimal::compareTo)
        .containsExactly(new BigDecimal("8000.00"), new BigDecimal("50000.00"), new BigDecimal("100000.00"));
    assertThat(yuan(enrolled.guaranteeFeeSubsidy().minimum())).isEqualByComparingTo("50000.00");
  }

  @Test
  void test_receipt_issuedUnlessOmitted() {
    TechSmeRequest request = request(interest("I1", d(2023, 1, 1), d(2023, 4, 1), "10000"));
    assertThat(CALCULATOR.explainSubsidy(MEASURE, request).explanation().receipt()).isPresent();
    assertThat(CALCULATOR.explainSubsidy(MEASURE, request, ReceiptChoice.OMIT).explanation().receipt()).isEmpty();
    assertThat(TechSmeEvaluator.DEFAULT.amountKind()).isEqualTo(AmountKind.PAYMENT_TO_FIRM);
  }
}
