package io.github.huiqi.calculators.financing.firstloan;

import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.CALCULATOR;
import static io.github.huiqi.calculators.financing.firstloan.FirstLoanFixtures.MEASURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.testing.Generators;
import io.github.huiqi.core.testing.PropertyRuns;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The plain form {@link FirstLoanCalculator#subsidy} (decided by {@code FirstLoanPlainForm}, with no condition
 * objects) against the explaining form over seeded random requests: the same amount at the same scale when the
 * explaining form's amount is exact; a {@link MissingFactsException} naming the undetermined loans' missing facts
 * when it is a range. Every one of the eleven conditions is drawn known and met, known and not met, or unknown (the
 * four enterprise facts, the lender's region and the three loan flags), and the three conditions on known facts at and
 * just past their bounds: the drawdown on the window's first and last days and the day before and after
 * (2023-01-01..2023-03-31), the loan rate at the 2% floor and 0.01 point below, the money used exactly one calendar
 * month and a day less; up to four loans, principals up to 40,000,000 so that the 200,000 cap binds, and each day
 * count.
 */
class FirstLoanPlainFormPropertyTest {

  /** The kinds of request the generator must reach over the seeds, so that the property is not vacuous. */
  enum Case { ELIGIBLE, CAPPED, INELIGIBLE, UNDETERMINED_RANGE, UNDETERMINED_BUT_CAPPED }

  private static final LocalDate[] DRAWDOWNS = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 2, 14), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1)};
  private static final String[] RATES = {"1.99%", "2%", "3.65%", "6.5%"};

  /** A fact known as the value that meets its condition (most often), the other value, or unknown. */
  private static Optional<Boolean> fact(Random random, boolean meets) {
    int draw = random.nextInt(20);
    return draw < 17 ? Optional.of(meets) : draw < 19 ? Optional.empty() : Optional.of(!meets);
  }

  private static Optional<String> place(Random random, String inside) {
    int draw = random.nextInt(20);
    return draw < 17 ? Optional.of(inside) : draw < 19 ? Optional.empty() : Optional.of("310101");
  }

  static FirstLoanRequest randomRequest(Random random) {
    EnterpriseFacts firm = EnterpriseFacts.builder().registrationRegionCode(place(random, "440305"))
        .independentLegalPerson(fact(random, true)).firstTimeBorrower(fact(random, true))
        .onSeriousDishonestyList(fact(random, false)).build();
    List<LoanFacts> loans = new ArrayList<>();
    for (int i = 0, n = 1 + random.nextInt(4); i < n; i++) {
      LocalDate drawdown = random.nextInt(4) == 0 ? DRAWDOWNS[random.nextInt(DRAWDOWNS.length)]
          : Generators.date(random, LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31));
      LocalDate maturity = drawdown.plusMonths(1 + random.nextInt(24));
      // used one month less a day, exactly one month, or longer (up to beyond maturity: the maturity then ends it)
      int use = random.nextInt(5);
      LocalDate repaid = use == 0 ? drawdown.plusMonths(1).minusDays(1) : use == 1 ? drawdown.plusMonths(1)
          : drawdown.plusDays(31 + random.nextInt(400));
      String principal = random.nextInt(6) == 0 ? Generators.yuan(random, 10_000_000, 40_000_000).toPlainString()
          : Generators.yuan(random, 10_000, 5_000_000).toPlainString();
      loans.add(LoanFacts.builder().loanId("L" + i).principal(Cny.of(principal)).drawdownDate(drawdown)
          .maturityDate(maturity).repaymentDate(random.nextInt(5) == 0 ? Optional.empty() : Optional.of(repaid))
          .annualInterestRate(Rate.parse(RATES[random.nextInt(RATES.length)]))
          .lenderRegionCode(place(random, "440300")).firstDrawdownOfFirstContract(fact(random, true))
          .forProductionOrOperation(fact(random, true))
          .subsidisedUnderAnotherMunicipalScheme(fact(random, false)).build());
    }
    FirstLoanRequest request = FirstLoanRequest.of(firm, loans);
    int dayCount = random.nextInt(6);
    return dayCount < 3 ? request : request.withOptions(FirstLoanOptions.DEFAULTS.withDayCount(
        DayCount.values()[dayCount - 3]));
  }

  /** Checks one request and says which case it was. */
  static Case check(FirstLoanRequest request) {
    FirstLoanResult explained = CALCULATOR.explainSubsidy(MEASURE, request);
    Throwable plainFailure = catchThrowable(() -> CALCULATOR.subsidy(MEASURE, request));
    if (!explained.amount().isExact()) {
      // every undetermined loan's missing facts, once each in loan order (the enterprise's own verdict may be
      // eligible, through another loan, and name none)
      List<String> missing = explained.loans().stream().flatMap(loan -> loan.eligibility().missingFacts().stream())
          .distinct().toList();
      assertThat(plainFailure).isInstanceOfSatisfying(MissingFactsException.class,
          ex -> assertThat(ex.missingFacts()).isNotEmpty().isEqualTo(missing));
      return Case.UNDETERMINED_RANGE;
    }
    assertThat(plainFailure).isNull();
    MonetaryAmount plain = CALCULATOR.subsidy(MEASURE, request);
    // the same amount and the same scale (whole fen), not merely numerically equal
    assertThat(plain).isEqualTo(explained.amount().maximum());
    assertThat(Cny.yuan(plain, "plain")).isEqualTo(Cny.yuan(explained.amount().maximum(), "explained"));
    Verdict verdict = explained.eligibility().verdict();
    if (verdict == Verdict.INELIGIBLE) {
      assertThat(Cny.yuan(plain, "plain")).isEqualByComparingTo(BigDecimal.ZERO);
      return Case.INELIGIBLE;
    }
    if (explained.loans().stream().anyMatch(loan -> loan.eligibility().verdict() == Verdict.UNDETERMINED)) {
      return Case.UNDETERMINED_BUT_CAPPED;
    }
    return explained.bindingLimit().isPresent() ? Case.CAPPED : Case.ELIGIBLE;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("io.github.huiqi.core.testing.PropertyRuns#seeds")
  void test_property_plainFormEqualsTheExplainingFormsAmount(long seed) {
    Random random = new Random(seed);
    for (int i = 0; i < 20; i++) {
      check(randomRequest(random));
    }
  }

  @Test
  void test_generatorReachesEveryCase() {
    assertThat(PropertyRuns.casesSeen(20, random -> check(randomRequest(random)))).containsOnly(Case.values());
  }
}
