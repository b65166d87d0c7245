package io.github.huiqi.calculators.financing.guaranteefee;

import static io.github.huiqi.calculators.ExplainedConditions.assertOutcomes;
import static io.github.huiqi.calculators.ExplainedConditions.detailsOf;
import static io.github.huiqi.core.result.ConditionOutcome.MET;
import static io.github.huiqi.core.result.ConditionOutcome.NOT_MET;
import static io.github.huiqi.core.result.ConditionOutcome.UNKNOWN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.guaranteefee.GuaranteeFeeSubsidyMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tests {@link GuaranteeFeeSubsidyCalculator} against the Shenzhen 小型微型企业银行贷款担保费资助 rules (2017 guide,
 * domain reference §2.4): single loan ≤ 3,000,000 inclusive; fee rate ≤ 50% of the loan rate; 30% of the fee actually
 * paid; ≤ 300,000 per enterprise per year ("补贴额 = 实际发生的担保费 × 30% × 笔数 ≤ 30万元").
 */
public class GuaranteeFeeSubsidyCalculatorTest {

  private static final GuaranteeFeeSubsidyMeasure MEASURE = PolicyData.builtIn()
      .getMeasure(GuaranteeFeeSubsidyMeasure.SHENZHEN_2021);
  private static final GuaranteeFeeSubsidyCalculator SUT = GuaranteeFeeSubsidyCalculator.DEFAULT;

  private static GuaranteeFeeSubsidyLoan loan(String id, String principal, String loanRate, String feeRate,
      String feePaid) {
    return GuaranteeFeeSubsidyLoan.of(id, Cny.of(principal), LocalDate.of(2023, 4, 1), Rate.parse(loanRate),
        Rate.parse(feeRate), Cny.of(feePaid));
  }

  private static GuaranteeFeeSubsidyRequest firm(List<GuaranteeFeeSubsidyLoan> loans) {
    return GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "440305", 2023, loans);
  }

  @Test
  void test_builtInMeasure_isInformational() {
    assertThat(MEASURE.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    assertThat(MEASURE.subsidyRatio().value()).isEqualTo(Rate.parse("30%"));
    assertThat(MEASURE.maximumLoanPrincipal().value()).isEqualTo(Cny.of("3000000"));
    assertThat(MEASURE.capPerEnterprisePerYear().value()).isEqualTo(Cny.of("300000"));
  }

  @Test
  void test_subsidy_atBothBoundaries() {
    // principal 3,000,000 (≤ 3,000,000 inclusive); fee rate 2% = 50% × 4% (≤ inclusive): eligible
    // 30% × 60,000 = 18,000.00
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE,
        firm(List.of(loan("L1", "3000000", "4%", "2%", "60000"))));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("18000.00"));
    assertThat(result.amount().isExact()).isTrue();
    assertThat(result.exactAmount()).contains(Cny.of("18000.00"));
    assertThat(result.documentStatus()).isEqualTo(DocumentStatus.INFORMATIONAL);
    // 4.35% × 50% = 2.175%: a fee rate of exactly 2.175% qualifies; 30% × 10,000 = 3,000.00
    assertThat(SUT.subsidy(MEASURE, firm(List.of(loan("L1", "1000000", "4.35%", "2.175%", "10000")))))
        .isEqualTo(Cny.of("3000.00"));
  }

  @Test
  void test_documentStatus_eachLanguageOnce() {
    // the informational reply letter and where its rules come from, each said in the reader's language (the value
    // once held both: "INFORMATIONAL — …；规则取自 … / rules from …")
    InputStep status = (InputStep) SUT.explainSubsidy(MEASURE, firm(List.of(loan("L1", "3000000", "4%", "2%",
        "60000")))).explanation().steps().get(0);
    assertThat(status.value()).isEqualTo("INFORMATIONAL — sz-gxj-2021-reply-20210370 二");
    assertThat(status.render(Locale.SIMPLIFIED_CHINESE)).startsWith("输入：文件状态（规则取自 深圳市小型微型企业银行贷款担保费资助");
    assertThat(status.render(Locale.ENGLISH)).startsWith("Input: document status (rules from ").doesNotContain("规则取自");
  }

  @Test
  void test_subsidy_principalOneFenAboveIsIneligible() {
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE,
        firm(List.of(loan("BIG", "3000000.01", "4%", "1.5%", "45000"))));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(result.loans().get(0).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-principal-at-most-maximum");
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("0"));
  }

  @Test
  void test_subsidy_feeRateAboveHalfTheLoanRateIsIneligible() {
    // 2.01% > 50% × 4% = 2%
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE,
        firm(List.of(loan("DEAR", "1000000", "4%", "2.01%", "20100"))));
    assertThat(result.loans().get(0).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-fee-rate-at-most-share-of-loan-rate");
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("0"));
  }

  @Test
  void test_cap_reachedExactly() {
    List<GuaranteeFeeSubsidyLoan> loans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      loans.add(loan("L" + i, "3000000", "4%", "2%", "50000"));
    }
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(loans));
    // 20 × 30% × 50,000 = 20 × 15,000 = 300,000.00: the cap reached, not exceeded
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("300000.00"));
    assertThat(result.bindingLimit()).isEmpty();
    assertThat(result.loans()).allSatisfy(part -> assertThat(part.paid()).isEqualTo(Cny.of("15000.00")));
  }

  @Test
  void test_cap_exceededByOneFenAcrossLoans() {
    List<GuaranteeFeeSubsidyLoan> loans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      loans.add(loan("L" + i, "3000000", "4%", "2%", "50000"));
    }
    loans.add(GuaranteeFeeSubsidyLoan.of("LATE", Cny.of("10000"), LocalDate.of(2023, 12, 1), Rate.parse("4%"),
        Rate.parse("1%"), Cny.of("0.03")));
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(loans));
    // LATE: 30% × 0.03 = 0.009 → 0.01; total 300,000.01 > 300,000: capped at 300,000.00
    assertThat(result.loans().get(20).computed()).isEqualTo(Cny.of("0.01"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("300000.00"));
    assertThat(result.bindingLimit()).hasValueSatisfying(limit -> {
      assertThat(limit.code()).isEqualTo("cap-per-enterprise-per-year");
      assertThat(limit.limit()).isEqualTo(Cny.of("300000"));
    });
    // the cap goes to loans in drawdown order: LATE (drawn last) receives nothing
    assertThat(result.loans().get(20).paid()).isEqualTo(Cny.of("0"));
  }

  @Test
  void test_cap_exceededWellAboveAcrossLoans() {
    List<GuaranteeFeeSubsidyLoan> loans = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      loans.add(GuaranteeFeeSubsidyLoan.of("L" + i, Cny.of("3000000"), LocalDate.of(2023, 1, 1).plusDays(i),
          Rate.parse("4%"), Rate.parse("2%"), Cny.of("50000")));
    }
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(loans));
    // 25 × 15,000 = 375,000 > 300,000: capped; the first 20 loans by drawdown get 15,000 each, the rest nothing
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("300000.00"));
    assertThat(result.loans().get(19).paid()).isEqualTo(Cny.of("15000.00"));
    assertThat(result.loans().get(20).paid()).isEqualTo(Cny.of("0"));
  }

  @Test
  void test_rounding_halfUpToTheFen() {
    // 30% × 100.05 = 30.015 → 30.02 (half-up); 30% × 100.01 = 30.003 → 30.00
    assertThat(SUT.subsidy(MEASURE, firm(List.of(loan("A", "10000", "4%", "1%", "100.05")))))
        .isEqualTo(Cny.of("30.02"));
    assertThat(SUT.subsidy(MEASURE, firm(List.of(loan("A", "10000", "4%", "1%", "100.01")))))
        .isEqualTo(Cny.of("30.00"));
  }

  @Test
  void test_ineligibleLoansNamedWithTheReason() {
    GuaranteeFeeSubsidyLoan car = GuaranteeFeeSubsidyLoan.builder().loanId("CAR").principal(Cny.of("200000"))
        .drawdownDate(LocalDate.of(2023, 4, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("2000")).guarantorInRegion(true).vehicleOrRealEstatePurchase(true).build();
    GuaranteeFeeSubsidyLoan lastYear = GuaranteeFeeSubsidyLoan.of("OLD", Cny.of("200000"), LocalDate.of(2022, 12, 31),
        Rate.parse("4%"), Rate.parse("1%"), Cny.of("2000"));
    GuaranteeFeeSubsidyLoan lastDay = GuaranteeFeeSubsidyLoan.of("DEC31", Cny.of("200000"), LocalDate.of(2023, 12, 31),
        Rate.parse("4%"), Rate.parse("1%"), Cny.of("2000"));
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(List.of(car, lastYear, lastDay)));
    assertThat(result.loans().get(0).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-eligible-purpose");
    assertThat(result.loans().get(1).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-drawdown-in-year");
    // DEC31 is in 2023: 30% × 2,000 = 600.00, the only subsidy
    assertThat(result.loans().get(2).eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("600.00"));
  }

  @ParameterizedTest(name = "drawn {0} → {1}")
  @CsvSource({
      "2022-12-31, 0",       // the day before the subsidy year 2023: not this year's loan
      "2023-01-01, 600.00",  // first day: 30% × 2,000 = 600.00
      "2023-12-31, 600.00",  // last day: 600.00
      "2024-01-01, 0",       // the day after: not this year's loan
  })
  void test_subsidyYear_firstAndLastDaysAndTheDaysOutside(LocalDate drawn, BigDecimal expected) {
    // "每家企业每年": the loans claimed for 2023 are those drawn in 2023
    GuaranteeFeeSubsidyLoan loan = GuaranteeFeeSubsidyLoan.of("Y", Cny.of("200000"), drawn, Rate.parse("4%"),
        Rate.parse("1%"),
        Cny.of("2000"));
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(List.of(loan)));
    assertThat(Cny.yuan(result.amount().maximum(), "amount")).isEqualByComparingTo(expected);
    if (expected.signum() == 0) {
      assertThat(result.loans().get(0).eligibility().reasons()).extracting(r -> r.code())
          .containsExactly("not-drawdown-in-year");
    }
  }

  @Test
  void test_sizeReason_namesTheClassesInWords() {
    // the 2017 guide's "小型微型企业": a medium firm reads the classes in words, not "[SMALL, MICRO]"
    GuaranteeFeeSubsidyRequest medium = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.MEDIUM, "440305", 2023,
        List.of(loan("L1", "1000000", "4%", "1%", "10000")));
    assertThat(SUT.explainSubsidy(MEASURE, medium).eligibility().reasons()).singleElement().satisfies(reason -> {
      assertThat(reason.message().zh()).isEqualTo("企业为小型微型企业（小型、微型）");
      assertThat(reason.message().en()).isEqualTo("enterprise is small or micro (small or micro)");
    });
  }

  @Test
  void test_capStep_noEligibleLoan_amountsAtTheFen() {
    // a medium firm: no loan is eligible, nothing to cap; the cap's step shows the amounts as amounts (it once read
    // "300000.00; 0 → 0")
    GuaranteeFeeSubsidyRequest medium = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.MEDIUM, "440305", 2023,
        List.of(loan("L1", "1000000", "4%", "1%", "10000")));
    assertThat(SUT.explainSubsidy(MEASURE, medium).explanation().stepsOf(CapStep.class)).singleElement()
        .satisfies(step -> assertThat(step.render(Locale.SIMPLIFIED_CHINESE))
            .startsWith("上限：每家企业每年资助上限 300000.00；0.00 → 0.00（未触及）"));
  }

  @Test
  void test_enterpriseFacts() {
    GuaranteeFeeSubsidyLoan one = loan("L1", "1000000", "4%", "1%", "10000");
    GuaranteeFeeSubsidyRequest shanghai = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "310101", 2023,
        List.of(one));
    assertThat(SUT.explainSubsidy(MEASURE, shanghai).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-enterprise-in-region");
    GuaranteeFeeSubsidyRequest medium = GuaranteeFeeSubsidyRequest.of(EnterpriseSize.MEDIUM, "440305", 2023,
        List.of(one));
    assertThat(SUT.explainSubsidy(MEASURE, medium).eligibility().reasons()).extracting(r -> r.code())
        .containsExactly("not-enterprise-small-or-micro");
    GuaranteeFeeSubsidyRequest unknown = GuaranteeFeeSubsidyRequest.builder().registrationRegionCode("440305")
        .subsidyYear(2023).loans(List.of(one)).build();
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, unknown);
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(result.eligibility().missingFacts()).containsExactly("/enterpriseSize");
    // 0 if not small or micro, 30% × 10,000 = 3,000.00 if it is
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("0"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("3000.00"));
    assertThat(result.exactAmount()).isEmpty();
    assertThatThrownBy(() -> SUT.subsidy(MEASURE, unknown)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactly("/enterpriseSize"));
  }

  @Test
  void test_unknownLoanFactGivesARange() {
    GuaranteeFeeSubsidyLoan known = loan("K", "1000000", "4%", "1%", "10000");
    GuaranteeFeeSubsidyLoan unsure = GuaranteeFeeSubsidyLoan.builder().loanId("U").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 5, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("5000")).vehicleOrRealEstatePurchase(false).build();
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, firm(List.of(known, unsure)));
    assertThat(result.eligibility().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(result.loans().get(1).eligibility().missingFacts()).containsExactly("/loans/1/guarantorInRegion");
    // 3,000.00 for K; U would add 30% × 5,000 = 1,500.00
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("3000.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("4500.00"));
    // the cap of 300,000 a year over K alone, then over K and U together: the amount's upper end traced to it too
    assertThat(result.explanation().stepsOf(CapStep.class)).extracting(cap -> cap.render(Locale.ENGLISH))
        .satisfiesExactly(
            certain -> assertThat(certain).contains("300000.00; 3000.00 → 3000.00 (not reached)"),
            open -> assertThat(open).contains("with the loans not yet decided")
                .contains("300000.00; 4500.00 → 4500.00 (not reached)"));
  }

  @Test
  void test_plainForm_namesEveryMissingFactOfEveryUndeterminedLoan() {
    // K is eligible: 30% × 10,000 = 3,000.00, far below the 300,000 cap, so the enterprise verdict is ELIGIBLE and
    // names no fact. U (guarantor's region unknown) would add 30% × 5,000 = 1,500.00 and V (guarantor's region and
    // purpose unknown) 30% × 2,000 = 600.00: the amount is 3,000.00..5,100.00, so the plain form must name what
    // decides it, loan by loan, as the explaining form does. X is over 3,000,000 (ineligible whatever its unknown
    // purpose), so its purpose decides nothing and is not named.
    GuaranteeFeeSubsidyLoan known = loan("K", "1000000", "4%", "1%", "10000");
    GuaranteeFeeSubsidyLoan unsure = GuaranteeFeeSubsidyLoan.builder().loanId("U").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 5, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("5000")).vehicleOrRealEstatePurchase(false).build();
    GuaranteeFeeSubsidyLoan both = GuaranteeFeeSubsidyLoan.builder().loanId("V").principal(Cny.of("200000"))
        .drawdownDate(LocalDate.of(2023, 6, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("2000")).build();
    GuaranteeFeeSubsidyLoan big = GuaranteeFeeSubsidyLoan.builder().loanId("X").principal(Cny.of("3000000.01"))
        .drawdownDate(LocalDate.of(2023, 6, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("30000")).guarantorInRegion(true).build();
    GuaranteeFeeSubsidyRequest request = firm(List.of(known, unsure, both, big));
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, request);
    assertThat(result.amount().minimum()).isEqualTo(Cny.of("3000.00"));
    assertThat(result.amount().maximum()).isEqualTo(Cny.of("5100.00"));
    List<String> named = List.of("/loans/1/guarantorInRegion", "/loans/2/guarantorInRegion",
        "/loans/2/vehicleOrRealEstatePurchase");
    assertThat(result.loans()).flatExtracting(part -> part.eligibility().missingFacts())
        .containsExactlyElementsOf(named);
    assertThatThrownBy(() -> SUT.subsidy(MEASURE, request)).isInstanceOfSatisfying(MissingFactsException.class,
        ex -> assertThat(ex.missingFacts()).containsExactlyElementsOf(named));
  }

  @Test
  void test_unknownRegionOrPurposeIsUndeterminedNamingIt() {
    GuaranteeFeeSubsidyLoan one = loan("L1", "1000000", "4%", "1%", "10000");
    GuaranteeFeeSubsidyResult noRegion = SUT.explainSubsidy(MEASURE, GuaranteeFeeSubsidyRequest.builder()
        .enterpriseSize(EnterpriseSize.SMALL).subsidyYear(2023).loans(List.of(one)).build());
    assertThat(noRegion.eligibility().verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(noRegion.eligibility().missingFacts()).containsExactly("/registrationRegionCode");
    // 0 if not registered in Shenzhen, 30% × 10,000 = 3,000.00 if it is
    assertThat(noRegion.amount().minimum()).isEqualTo(Cny.of("0"));
    assertThat(noRegion.amount().maximum()).isEqualTo(Cny.of("3000.00"));
    GuaranteeFeeSubsidyLoan purposeUnknown = GuaranteeFeeSubsidyLoan.builder().loanId("P").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 4, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("10000")).guarantorInRegion(true).build();
    GuaranteeFeeSubsidyResult noPurpose = SUT.explainSubsidy(MEASURE, firm(List.of(purposeUnknown)));
    assertThat(noPurpose.eligibility().missingFacts()).containsExactly("/loans/0/vehicleOrRealEstatePurchase");
    assertThatThrownBy(() -> SUT.subsidy(MEASURE, firm(List.of(purposeUnknown))))
        .isInstanceOfSatisfying(MissingFactsException.class,
            ex -> assertThat(ex.missingFacts()).containsExactly("/loans/0/vehicleOrRealEstatePurchase"));
  }

  @Test
  void test_explanation_statesTheStatusAndCites() {
    String en = SUT.explainSubsidy(MEASURE, firm(List.of(loan("L1", "1000000", "4%", "1%", "10000"))))
        .explanation().render(Locale.ENGLISH);
    assertThat(en).contains("INFORMATIONAL").contains("2017").contains("cap per enterprise per year");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_badInput_namesTheField() {
    assertThatThrownBy(() -> loan("X", "1000", "4%", "1%", "-0.01"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("guaranteeFeePaid"));
    assertThatThrownBy(() -> loan("X", "-1000", "4%", "1%", "1"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("principal"));
    assertThatThrownBy(() -> loan("X", "1000", "0%", "1%", "1"))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("annualInterestRate"));
    assertThatThrownBy(() -> firm(List.of())).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("loans"));
    GuaranteeFeeSubsidyLoan l = loan("X", "1000", "4%", "1%", "1");
    assertThatThrownBy(() -> firm(List.of(l, l))).isInstanceOfSatisfying(InvalidInputException.class,
        ex -> assertThat(ex.field()).isEqualTo("loans/1/loanId"));
    assertThatThrownBy(() -> GuaranteeFeeSubsidyRequest.of(EnterpriseSize.SMALL, "4403", 2023, List.of(l)))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("registrationRegionCode"));
  }

  @Test
  void test_badJson_namesThePointer() {
    String json = "{\"enterpriseSize\":\"SMALL\",\"registrationRegionCode\":\"440305\",\"loans\":[{\"loanId\":\"L1\","
        + "\"principal\":{\"amount\":1000000,\"currency\":\"CNY\"},\"drawdownDate\":\"2023-04-01\","
        + "\"annualInterestRate\":\"4%\",\"guaranteeFeeRate\":\"1%\","
        + "\"guaranteeFeePaid\":{\"amount\":10000,\"currency\":\"CNY\"}}]}";
    assertThatThrownBy(() -> SUT.explainSubsidyJson(MEASURE, json))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("/subsidyYear"));
    String negative = json.replace("\"loans\"", "\"subsidyYear\":2023,\"loans\"").replace("10000,", "-10000,");
    assertThatThrownBy(() -> SUT.explainSubsidyJson(MEASURE, negative))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/loans/0/guaranteeFeePaid"));
  }

  @Test
  void test_json_roundTripsAndInOut() {
    GuaranteeFeeSubsidyRequest req = firm(List.of(loan("L1", "3000000", "4%", "2%", "60000"),
        loan("L2", "3000000.01", "4%", "2%", "60000")));
    assertThat(HuiqiJson.read(HuiqiJson.write(req), GuaranteeFeeSubsidyRequest.class)).isEqualTo(req);
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, req);
    assertThat(HuiqiJson.read(HuiqiJson.write(result), GuaranteeFeeSubsidyResult.class)).isEqualTo(result);
    assertThat(HuiqiJson.read(HuiqiJson.write(MEASURE), GuaranteeFeeSubsidyMeasure.class))
        .isEqualTo(MEASURE);
    GuaranteeFeeSubsidyResult viaJson = HuiqiJson.read(SUT.explainSubsidyJson(MEASURE, HuiqiJson.write(req)),
        GuaranteeFeeSubsidyResult.class);
    // L1: 30% × 60,000 = 18,000.00; L2 is over 3,000,000
    assertThat(viaJson.amount().maximum()).isEqualTo(Cny.of("18000.00"));
  }

  //-------------------------------------------------------------------------
  public static GuaranteeFeeSubsidyRequest randomFirm(Random random) {
    List<GuaranteeFeeSubsidyLoan> loans = new ArrayList<>();
    int n = 1 + random.nextInt(40);
    for (int i = 0; i < n; i++) {
      loans.add(GuaranteeFeeSubsidyLoan.of("L" + i, Cny.of(Generators.yuan(random, 1, 3_500_000)),
          Generators.date(random, LocalDate.of(2022, 12, 1), LocalDate.of(2024, 1, 31)),
          Rate.parse(Generators.percent(random, 100, 800)), Rate.parse(Generators.percent(random, 0, 400)),
          Cny.of(Generators.yuan(random, 0, 120_000))));
    }
    return firm(loans);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_neverAboveCapOrFeePaidWholeFenMonotone(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeSubsidyRequest req = randomFirm(random);
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, req);
    BigDecimal total = Cny.yuan(result.amount().maximum(), "total");
    assertThat(total).isLessThanOrEqualTo(new BigDecimal("300000"));
    assertThat(total.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
    BigDecimal paidSum = BigDecimal.ZERO;
    BigDecimal feeSum = BigDecimal.ZERO;
    for (int i = 0; i < req.loans().size(); i++) {
      BigDecimal fee = Cny.yuan(req.loans().get(i).guaranteeFeePaid(), "fee");
      BigDecimal paid = Cny.yuan(result.loans().get(i).paid(), "paid");
      assertThat(paid).isLessThanOrEqualTo(fee);
      assertThat(paid.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
      paidSum = paidSum.add(paid);
      feeSum = feeSum.add(fee);
    }
    assertThat(total).isLessThanOrEqualTo(feeSum);
    assertThat(paidSum).isEqualByComparingTo(total);
    // more fee paid on one loan never lowers the subsidy
    int k = random.nextInt(req.loans().size());
    GuaranteeFeeSubsidyLoan old = req.loans().get(k);
    List<GuaranteeFeeSubsidyLoan> more = new ArrayList<>(req.loans());
    more.set(k, GuaranteeFeeSubsidyLoan.builder().from(old)
        .guaranteeFeePaid(Cny.of(Cny.yuan(old.guaranteeFeePaid(), "f").add(Generators.yuan(random, 0, 50_000))))
        .build());
    assertThat(SUT.subsidy(MEASURE, firm(more))).isGreaterThanOrEqualTo(result.amount().maximum());
  }

  @Test
  @Tag("threads")
  void test_concurrent_sameAsSequential() throws Exception {
    Random random = new Random(13L);
    List<GuaranteeFeeSubsidyRequest> inputs = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      inputs.add(randomFirm(random));
    }
    List<GuaranteeFeeSubsidyResult> sequential = new ArrayList<>();
    for (GuaranteeFeeSubsidyRequest req : inputs) {
      sequential.add(SUT.explainSubsidy(MEASURE, req));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<GuaranteeFeeSubsidyResult>> futures = new ArrayList<>();
      for (GuaranteeFeeSubsidyRequest req : inputs) {
        futures.add(pool.submit(() -> SUT.explainSubsidy(MEASURE, req)));
      }
      for (int i = 0; i < inputs.size(); i++) {
        assertThat(futures.get(i).get()).isEqualTo(sequential.get(i));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_totalIsCappedSumOfThirtyPercentOfEligibleFees(long seed) {
    Random random = new Random(seed);
    GuaranteeFeeSubsidyRequest req = randomFirm(random);
    GuaranteeFeeSubsidyResult result = SUT.explainSubsidy(MEASURE, req);
    // independently: Σ over eligible loans of 30% × fee paid rounded half-up to the fen, then min(…, 300,000)
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < req.loans().size(); i++) {
      GuaranteeFeeSubsidyLoan loan = req.loans().get(i);
      GuaranteeFeeLoanSubsidy part = result.loans().get(i);
      boolean eligible = !loan.drawdownDate().isBefore(LocalDate.of(2023, 1, 1))
          && !loan.drawdownDate().isAfter(LocalDate.of(2023, 12, 31))
          && Cny.yuan(loan.principal(), "p").compareTo(new BigDecimal("3000000")) <= 0
          && loan.guaranteeFeeRate().fraction().multiply(BigDecimal.valueOf(2))
              .compareTo(loan.annualInterestRate().fraction()) <= 0;
      assertThat(part.eligibility().verdict()).isEqualTo(eligible ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
      if (eligible) {
        BigDecimal own = Cny.yuan(loan.guaranteeFeePaid(), "fee").multiply(new BigDecimal("0.3"))
            .setScale(2, java.math.RoundingMode.HALF_UP);
        assertThat(Cny.yuan(part.computed(), "computed")).isEqualByComparingTo(own);
        sum = sum.add(own);
      }
      // no loan is paid more than its own subsidy
      assertThat(part.paid()).isLessThanOrEqualTo(part.computed());
    }
    BigDecimal expected = sum.min(new BigDecimal("300000"));
    assertThat(Cny.yuan(result.amount().maximum(), "total")).isEqualByComparingTo(expected);
    assertThat(result.bindingLimit().isPresent()).isEqualTo(sum.compareTo(new BigDecimal("300000")) > 0);
    // the plain form agrees with the explaining form
    assertThat(SUT.subsidy(MEASURE, req)).isEqualTo(result.amount().maximum());
  }

  //-------------------------------------------------------------------------
  // Seven conditions for each loan, in order: small or micro, registered in Shenzhen, drawn in the subsidy year,
  // guaranteed by a Shenzhen guarantor, at most 3,000,000, fee rate at most 50% of the loan rate, not for a vehicle or
  // real estate.
  @Test
  void test_conditions_eachOutcome() {
    // at both boundaries (3,000,000; 2% = 50% × 4%): all met
    GuaranteeFeeSubsidyResult atLimits = SUT.explainSubsidy(MEASURE,
        firm(List.of(loan("L1", "3000000", "4%", "2%", "60000"))));
    assertOutcomes(atLimits.explanation(), MET, MET, MET, MET, MET, MET, MET);
    assertThat(detailsOf(atLimits.explanation(), "single loan at most")).containsExactly("principal = 3000000.00");
    assertThat(detailsOf(atLimits.explanation(), "of the loan rate"))
        .containsExactly("guaranteeFeeRate = 2%, limit 4% × 50% = 2%");
    // one fen above 3,000,000; a fee rate of 2.01% > 2%; drawn in 2022
    assertOutcomes(SUT.explainSubsidy(MEASURE, firm(List.of(loan("L1", "3000000.01", "4%", "2%", "60000"))))
        .explanation(), MET, MET, MET, MET, NOT_MET, MET, MET);
    assertOutcomes(SUT.explainSubsidy(MEASURE, firm(List.of(loan("L1", "1000000", "4%", "2.01%", "20100"))))
        .explanation(), MET, MET, MET, MET, MET, NOT_MET, MET);
    GuaranteeFeeSubsidyLoan lastYear = GuaranteeFeeSubsidyLoan.of("L1", Cny.of("1000000"), LocalDate.of(2022, 12, 31),
        Rate.parse("4%"), Rate.parse("1%"), Cny.of("10000"));
    assertOutcomes(SUT.explainSubsidy(MEASURE, firm(List.of(lastYear))).explanation(),
        MET, MET, NOT_MET, MET, MET, MET, MET);
    // a medium firm registered in Shanghai
    GuaranteeFeeSubsidyLoan one = loan("L1", "1000000", "4%", "1%", "10000");
    assertOutcomes(SUT.explainSubsidy(MEASURE, GuaranteeFeeSubsidyRequest.of(EnterpriseSize.MEDIUM, "310101", 2023,
        List.of(one))).explanation(), NOT_MET, NOT_MET, MET, MET, MET, MET, MET);
    // the size, the guarantor's region and the purpose unknown; a vehicle purchase
    GuaranteeFeeSubsidyLoan unsure = GuaranteeFeeSubsidyLoan.builder().loanId("U").principal(Cny.of("1000000"))
        .drawdownDate(LocalDate.of(2023, 5, 1)).annualInterestRate(Rate.parse("4%")).guaranteeFeeRate(Rate.parse("1%"))
        .guaranteeFeePaid(Cny.of("5000")).build();
    assertOutcomes(SUT.explainSubsidy(MEASURE, GuaranteeFeeSubsidyRequest.builder().registrationRegionCode("440305")
        .subsidyYear(2023).loans(List.of(unsure)).build()).explanation(),
        UNKNOWN, MET, MET, UNKNOWN, MET, MET, UNKNOWN);
    GuaranteeFeeSubsidyLoan vehicle = GuaranteeFeeSubsidyLoan.builder().from(unsure).guarantorInRegion(true)
        .vehicleOrRealEstatePurchase(true).build();
    assertOutcomes(SUT.explainSubsidy(MEASURE, firm(List.of(vehicle))).explanation(),
        MET, MET, MET, MET, MET, MET, NOT_MET);
  }
}
