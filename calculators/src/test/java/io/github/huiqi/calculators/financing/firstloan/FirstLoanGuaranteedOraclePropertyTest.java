package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.internal.OracleCap;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of Shanghai's guaranteed first-loan subsidy (沪企服办〔2023〕1号 第十五条) against
 * {@link FirstLoanGuaranteedOracle}: drawdowns at 2022-Q4's ends and a day either side and on month ends, terms of 1
 * to 24 months binding or not, loan rates around 2%, the 200,000 cap binding and not, each yes/no fact true, false or
 * not given; through the plain and explaining forms, a share through the JSON entry point and, at the engine's
 * 12 months (decisions register §4.1 item 5), through the engine.
 */
class FirstLoanGuaranteedOraclePropertyTest {

  private static final long SEED = 2022_10_01L;
  private static final LocalDate[] DRAWDOWNS = {LocalDate.of(2022, 10, 1), LocalDate.of(2022, 12, 31),
      LocalDate.of(2022, 10, 31), LocalDate.of(2022, 11, 30), LocalDate.of(2022, 11, 29)};

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < 2_500; n++) {
      boolean viaEngine = n % 50 == 0;
      int term = viaEngine ? 12 : 1 + random.nextInt(24);
      Optional<EnterpriseSize> size = random.nextInt(10) == 0 && !viaEngine ? Optional.empty()
          : Optional.of(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
      List<FirstLoanGuaranteedOracle.Loan> loans = new ArrayList<>();
      List<FirstLoanGuaranteedLoan> claims = new ArrayList<>();
      for (int i = random.nextInt(3); i >= 0; i--) {
        LocalDate drawdown = random.nextBoolean() ? DRAWDOWNS[random.nextInt(DRAWDOWNS.length)]
            .plusDays(random.nextInt(3) - 1) : LocalDate.of(2022, 9, 25).plusDays(random.nextInt(105));
        BigDecimal principal = random.nextInt(4) == 0 ? new BigDecimal("10000000")
            : fen(random, random.nextBoolean() ? 2_000_000_000L : 50_000_000L).add(new BigDecimal("0.01"));
        BigDecimal rate = switch (random.nextInt(4)) {
          case 0 -> new BigDecimal("0.02");
          case 1 -> new BigDecimal("0.02").add(BigDecimal.valueOf(random.nextBoolean() ? 1 : -1).movePointLeft(6));
          default -> BigDecimal.valueOf(1 + random.nextInt(800)).movePointLeft(4);
        };
        LocalDate maturity = random.nextBoolean() ? drawdown.plusMonths(term + random.nextInt(3) - 1)
            : drawdown.plusDays(1 + random.nextInt(800));
        maturity = maturity.isAfter(drawdown) ? maturity : drawdown.plusDays(1);
        Optional<LocalDate> repaid = random.nextInt(3) == 0
            ? Optional.of(drawdown.plusDays(1 + random.nextInt((int) (maturity.toEpochDay() - drawdown.toEpochDay()))))
            : Optional.empty();
        String[] lenders = {"310000", "310115", "440300"};
        Optional<String> lender = random.nextInt(10) == 0 && !viaEngine ? Optional.empty()
            : Optional.of(lenders[random.nextInt(5) == 0 ? 2 : random.nextInt(2)]);
        Boolean first = random.nextInt(10) == 0 && !viaEngine ? null : random.nextInt(6) != 0;
        Boolean fund = random.nextInt(10) == 0 && !viaEngine ? null : random.nextInt(6) != 0;
        LoanFacts.Builder facts = LoanFacts.builder().loanId("L" + i).principal(Cny.of(principal))
            .drawdownDate(drawdown).maturityDate(maturity).repaymentDate(repaid)
            .annualInterestRate(Rate.ofFraction(rate));
        lender.ifPresent(facts::lenderRegionCode);
        LoanFacts loan = facts.build();
        FirstLoanGuaranteedLoan.Builder claim = FirstLoanGuaranteedLoan.builder().loan(loan);
        Optional.ofNullable(first).ifPresent(claim::firstInclusiveFinanceLoan);
        Optional.ofNullable(fund).ifPresent(claim::guaranteedByPolicyFund);
        claims.add(claim.build());
        loans.add(new FirstLoanGuaranteedOracle.Loan(principal, rate, drawdown, loan.endOfUse(),
            lender.map(code -> code.startsWith("31")).orElse(null), first, fund));
      }
      EnterpriseFacts.Builder firm = EnterpriseFacts.builder().registrationRegionCode("310115");
      size.ifPresent(firm::size);
      FirstLoanGuaranteedRequest.Builder builder = FirstLoanGuaranteedRequest.builder().enterprise(firm.build())
          .subsidyTermMonths(term).loans(claims);
      // a day-count option one case in four (not for the engine, which applies the measure's ACT/360)
      DayCount dayCount = DayCount.ACT_360;
      if (!viaEngine && random.nextInt(4) == 0) {
        dayCount = DayCount.values()[random.nextInt(DayCount.values().length)];
        builder.options(FirstLoanOptions.builder().dayCount(dayCount).build());
      }
      FirstLoanGuaranteedRequest request = builder.build();
      OracleCap.Subsidy expected = FirstLoanGuaranteedOracle.subsidy(
          size.map(s -> s != EnterpriseSize.LARGE).orElse(null), term, loans, dayCount == DayCount.WHOLE_MONTHS,
          new BigDecimal(dayCount == DayCount.ACT_365F ? "365" : "360"));
      String what = "seed " + SEED + " case " + n + ": " + request;

      FirstLoanResult result = FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidy(
          FirstLoanGuaranteedFixtures.MEASURE, request);
      OracleCap.assertSubsidy(what, result.eligibility().verdict(), result.amount(),
          result.loans().stream().map(loan -> loan.computed()).toList(),
          result.loans().stream().map(loan -> loan.paid()).toList(), expected);
      if (expected.least().compareTo(expected.most()) == 0) {
        assertThat(yuan(FirstLoanGuaranteedFixtures.CALCULATOR.subsidy(FirstLoanGuaranteedFixtures.MEASURE,
            request))).as(what).isEqualByComparingTo(expected.most());
      }
      if (n % 10 == 0) {
        FirstLoanResult viaJson = HuiqiJson.read(FirstLoanGuaranteedFixtures.CALCULATOR.explainSubsidyJson(
            FirstLoanGuaranteedFixtures.MEASURE, HuiqiJson.write(request)), FirstLoanResult.class);
        assertThat(viaJson.amount()).as(what).isEqualTo(result.amount());
        assertThat(viaJson.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
      }
      if (viaEngine) {
        JsonNode outcome = EngineJson.firstOutcome(engineRequest(size.orElseThrow(), claims));
        assertThat(outcome.at("/verdict").asText()).as(what + "\n" + outcome).isEqualTo(expected.verdict());
        assertThat(EngineJson.most(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(expected.most());
        assertThat(EngineJson.least(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(expected.least());
      }
    }
  }

  private static String engineRequest(EnterpriseSize size, List<FirstLoanGuaranteedLoan> claims) {
    StringBuilder json = new StringBuilder("{\"profile\": {\"registrationRegionCode\": \"310115\", \"size\": \"")
        .append(size).append("\", \"loans\": [");
    for (int i = 0; i < claims.size(); i++) {
      FirstLoanGuaranteedLoan claim = claims.get(i);
      LoanFacts loan = claim.loan();
      json.append(i == 0 ? "" : ", ").append("{\"loanId\": \"").append(loan.loanId()).append("\", \"principal\": ")
          .append(HuiqiJson.write(loan.principal())).append(", \"drawdownDate\": \"").append(loan.drawdownDate())
          .append("\", \"maturityDate\": \"").append(loan.maturityDate()).append('"');
      loan.repaymentDate().ifPresent(date -> json.append(", \"repaymentDate\": \"").append(date).append('"'));
      json.append(", \"annualInterestRate\": ").append(HuiqiJson.write(loan.annualInterestRate()))
          .append(", \"lenderRegionCode\": \"").append(loan.lenderRegionCode().orElseThrow())
          .append("\", \"firstInclusiveFinanceLoan\": ").append(claim.firstInclusiveFinanceLoan().orElseThrow())
          .append(", \"guaranteed\": true, \"guarantee\": {\"policyFund\": ")
          .append(claim.guaranteedByPolicyFund().orElseThrow()).append("}}");
    }
    return json.append("]}, \"asOf\": \"2023-06-30\", \"measures\": [\"sh-qfb-2023-1.first-loan-interest-subsidy\"]}")
        .toString();
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
