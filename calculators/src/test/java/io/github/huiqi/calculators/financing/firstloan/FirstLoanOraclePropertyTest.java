package io.github.huiqi.calculators.financing.firstloan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.calculators.internal.OracleCap;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LegalForm;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of Shenzhen's first-loan subsidy (深工信〔2023〕26号 第5条 "对2023年1-3月从深圳辖内商业银行首次获得
 * 贷款的企业，给予2%的贴息补助，单户企业贴息金额最高20万元，贴息期限不超过6个月", with the 2022 首贷户 rules' conditions)
 * against {@link FirstLoanOracle}, on {@value #CASES} cases drawn from a fixed seed (printed with the case number in
 * every assertion label):
 * <ul>
 *   <li>firms in 深圳市 (a district's code or the city's), elsewhere, in 广东省 (a wider area: not known, decisions
 *       register §0.6) or with no code; independent legal persons or not (an individual business, a sole
 *       proprietorship, a partnership), first-time borrowers or not, on a dishonesty list or not, of every size (size
 *       is no condition), each fact also not given;
 *   <li>drawdowns on 2022-12-31, 2023-01-01, 2023-03-31, 2023-04-01 and a day either side, on month ends, and across
 *       2022-12-15..2023-04-15; repayment on the drawdown day, a day either side of one month and of six months, at
 *       maturity, overdue, or not repaid; maturities of one day to years, on and around whole months;
 *   <li>loan rates at 2%, a 10⁻¹⁶ either side, a basis point either side, and across 0.01%–10%; principals of a fen to
 *       ten quadrillion yuan, 20,000,000 ± 0.01, and ones whose subsidy ends in half a fen (a rounding tie); lenders in
 *       深圳, elsewhere, not given, or a 广东省 branch (code 440000: no Shenzhen bank, decisions register §4.6 item 64);
 *   <li>one to twenty loans (past the sixteen the calculator names at once), drawdowns tied or not, sharing the cap:
 *       a share of cases sets the last loan so that the total is 200,000 and a fen either side;
 *   <li>the default ACT/360 and, as options, ACT/360, ACT/365F and whole months.
 * </ul>
 * Each case is compared on the explaining form (verdict, range, binding cap, missing facts, each loan's verdict,
 * amount, share of the cap, period and failed conditions), the plain form (the amount, or the missing facts when the
 * amount is open), every seventh case through the JSON entry point and every tenth at the default day count through
 * the engine ({@link CatalogRuns}) on the same firm as a profile. A fact not given is decided both ways by the oracle,
 * and the library's range must be exactly the least and most of the completions' amounts.
 */
class FirstLoanOraclePropertyTest {

  static final long SEED = 2023_0331L;
  static final int CASES = 4_000;
  private static final FirstLoanMeasure MEASURE = FirstLoanFixtures.MEASURE;
  private static final FirstLoanCalculator CALCULATOR = FirstLoanFixtures.CALCULATOR;
  private static final LocalDate[] DRAWDOWNS = {LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 1, 2), LocalDate.of(2023, 1, 30), LocalDate.of(2023, 1, 31), LocalDate.of(2023, 2, 28),
      LocalDate.of(2023, 3, 1), LocalDate.of(2023, 3, 30), LocalDate.of(2023, 3, 31), LocalDate.of(2023, 4, 1)};
  private static final LocalDate[] AS_OF = {LocalDate.of(2023, 4, 1), LocalDate.of(2023, 6, 30),
      LocalDate.of(2023, 12, 31)};

  /** One drawn case: the profile, the request and the oracle's view of them. */
  record Case(EnterpriseProfile profile, FirstLoanRequest request, FirstLoanOracle.Firm firm,
      List<FirstLoanOracle.Loan> loans, FirstLoanOracle.Basis basis, boolean defaultOptions) {
  }

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    Random sample = new Random(SEED + 1);
    int exact = 0;
    int open = 0;
    int ineligible = 0;
    int capBinding = 0;
    int[] atCap = new int[3];
    int engine = 0;
    for (int n = 0; n < CASES; n++) {
      Case c = draw(random);
      String what = "seed " + SEED + " case " + n + ": " + c.request();
      FirstLoanOracle.Range expected = FirstLoanOracle.range(c.firm(), c.loans(), c.basis(), sample);
      // the oracle's two views agree with each other: the completions' extremes and the sure / possible loans
      assertThat(expected.least()).as(what).isEqualByComparingTo(expected.uncappedLeast().min(FirstLoanOracle.CAP));
      assertThat(expected.most()).as(what).isEqualByComparingTo(expected.uncappedMost().min(FirstLoanOracle.CAP));

      FirstLoanResult result = CALCULATOR.explainSubsidy(MEASURE, c.request());
      check(what, result, expected, c.loans());

      Throwable plainFailure = catchThrowable(() -> CALCULATOR.subsidy(MEASURE, c.request()));
      if (expected.exact()) {
        assertThat(plainFailure).as(what + " (plain)").isNull();
        assertThat(yuan(CALCULATOR.subsidy(MEASURE, c.request()))).as(what + " (plain)")
            .isEqualByComparingTo(expected.least());
      } else {
        assertThat(plainFailure).as(what + " (plain)").isInstanceOf(MissingFactsException.class);
        assertThat(((MissingFactsException) plainFailure).missingFacts()).as(what + " (plain)")
            .containsExactlyInAnyOrderElementsOf(expected.missingFacts());
      }

      if (n % 7 == 0) {
        FirstLoanResult viaJson = HuiqiJson.read(CALCULATOR.explainSubsidyJson(MEASURE,
            HuiqiJson.write(c.request())), FirstLoanResult.class);
        check(what + " (JSON)", viaJson, expected, c.loans());
      }
      if (n % 10 == 0 && c.defaultOptions()) {
        LocalDate asOf = AS_OF[(n / 10) % AS_OF.length];
        engine++;
        MeasureOutcome outcome = CatalogRuns.both(FirstLoanMeasure.SHENZHEN_2023.id(), c.profile(), asOf);
        String label = what + " (engine on " + asOf + ")\n" + outcome;
        CatalogRuns.assertRange(label, outcome, expected.verdict(), expected.least(), expected.most());
        Set<String> named = new LinkedHashSet<>();
        if (!(expected.verdict().equals("ELIGIBLE") && expected.exact())) {
          expected.missingFacts().forEach(fact -> named.add(fact.replace("/enterprise/", "/")));
        }
        assertThat(outcome.missingFacts()).as(label).containsExactlyInAnyOrderElementsOf(named);
      }
      switch (expected.verdict()) {
        case "INELIGIBLE" -> ineligible++;
        default -> {
          if (expected.exact()) {
            exact++;
          } else {
            open++;
          }
        }
      }
      capBinding += expected.uncappedLeast().compareTo(FirstLoanOracle.CAP) > 0 ? 1 : 0;
      BigDecimal fromCap = expected.uncappedLeast().subtract(FirstLoanOracle.CAP);
      if (expected.exact() && fromCap.abs().compareTo(new BigDecimal("0.01")) <= 0) {
        atCap[fromCap.movePointRight(2).intValueExact() + 1]++;
      }
    }
    // the draw reaches each kind of case often
    assertThat(exact).as("exact cases").isGreaterThan(CASES / 5);
    assertThat(open).as("open cases").isGreaterThan(CASES / 10);
    assertThat(ineligible).as("ineligible cases").isGreaterThan(CASES / 10);
    assertThat(capBinding).as("cap binding").isGreaterThan(CASES / 50);
    for (int k = 0; k < 3; k++) {
      assertThat(atCap[k]).as("exact totals at the cap " + (k - 1) + " fen").isGreaterThan(20);
    }
    assertThat(engine).as("cases through the engine").isGreaterThan(CASES / 20);
  }

  /** Compares the explaining form's result with the oracle's. */
  static void check(String what, FirstLoanResult result, FirstLoanOracle.Range expected,
      List<FirstLoanOracle.Loan> loans) {
    OracleCap.assertSubsidy(what, result.eligibility().verdict(), result.amount(),
        result.loans().stream().map(FirstLoanLoanSubsidy::computed).toList(),
        result.loans().stream().map(FirstLoanLoanSubsidy::paid).toList(),
        new OracleCap.Subsidy(expected.least(), expected.most(), expected.verdict(), expected.computed(),
            expected.paid()));
    BigDecimal least = yuan(result.amount().minimum());
    BigDecimal most = yuan(result.amount().maximum());
    for (BigDecimal total : expected.totals()) {
      assertThat(total).as(what + " (a completion of the unknown facts)").isBetween(least, most);
    }
    // the verdict's missing facts are those that leave it undetermined (Eligibility); an eligible firm's open loans
    // name theirs on each loan
    assertThat(result.eligibility().missingFacts()).as(what + " (missing facts)")
        .containsExactlyInAnyOrderElementsOf(expected.verdict().equals("UNDETERMINED") ? expected.missingFacts()
            : Set.of());
    // the cap binds when the sure loans pass it, never when all that may qualify stay within it
    if (expected.uncappedLeast().compareTo(FirstLoanOracle.CAP) > 0) {
      assertThat(result.bindingLimit()).as(what + " (binding cap)").isPresent();
    }
    if (expected.uncappedMost().compareTo(FirstLoanOracle.CAP) <= 0) {
      assertThat(result.bindingLimit()).as(what + " (binding cap)").isEmpty();
    }
    result.bindingLimit().ifPresent(limit -> assertThat(yuan(limit.limit())).as(what)
        .isEqualByComparingTo(FirstLoanOracle.CAP));
    for (int i = 0; i < loans.size(); i++) {
      FirstLoanLoanSubsidy part = result.loans().get(i);
      FirstLoanOracle.Loan loan = loans.get(i);
      String label = what + " loan " + i;
      assertThat(part.eligibility().verdict().name()).as(label).isEqualTo(expected.loanVerdicts().get(i));
      assertThat(part.eligibility().missingFacts()).as(label + " (missing facts)")
          .containsExactlyInAnyOrderElementsOf(expected.missing().get(i));
      if (expected.loanVerdicts().get(i).equals("INELIGIBLE")) {
        assertThat(part.subsidisedFrom()).as(label).isEmpty();
        assertThat(part.subsidisedUntil()).as(label).isEmpty();
        assertThat(part.eligibility().reasons().stream().map(Reason::code).filter(code -> code.startsWith("not-")))
            .as(label + " (failed conditions)").containsExactlyInAnyOrderElementsOf(expected.failures().get(i));
      } else {
        assertThat(part.subsidisedFrom()).as(label).contains(loan.drawdown());
        assertThat(part.subsidisedUntil()).as(label).contains(loan.until());
      }
    }
  }

  //-------------------------------------------------------------------------
  static Case draw(Random random) {
    EnterpriseProfile.Builder profile = EnterpriseProfile.builder();
    boolean capMode = random.nextInt(7) == 0;
    // the firm
    String region = capMode ? "440305" : pick(random, new String[] {"440305", "440300", "440106", "310115", "440000",
        null}, new int[] {60, 12, 7, 5, 6, 10});
    // 广东省 holds 深圳市: a firm registered only there may or may not be in Shenzhen (decisions register §0.6)
    Boolean inShenzhen = region == null || region.equals("440000") ? null : region.startsWith("4403");
    if (region != null) {
      profile.registrationRegionCode(region);
    }
    LegalForm form = capMode || random.nextInt(6) != 0 ? null
        : LegalForm.values()[random.nextInt(LegalForm.values().length)];
    Boolean legalPerson = capMode ? Boolean.TRUE : fact(random, true);
    if (form != null) {
      profile.legalForm(form);
      if (!form.canBeLegalPerson()) {
        legalPerson = Boolean.TRUE.equals(legalPerson) ? null : legalPerson;
      }
    }
    if (legalPerson != null) {
      profile.independentLegalPerson(legalPerson);
    }
    Boolean legalPersonSeen = form != null && !form.canBeLegalPerson() ? Boolean.FALSE : legalPerson;
    Boolean firstTime = capMode ? Boolean.TRUE : fact(random, true);
    if (firstTime != null) {
      profile.firstTimeBorrower(firstTime);
    }
    Boolean dishonest = capMode ? Boolean.FALSE : fact(random, false);
    if (dishonest != null) {
      profile.onSeriousDishonestyList(dishonest);
    }
    if (random.nextInt(5) != 0) {
      profile.size(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
    }
    FirstLoanOracle.Firm firm = new FirstLoanOracle.Firm(inShenzhen, legalPersonSeen, firstTime,
        dishonest == null ? null : !dishonest);
    // the day count
    FirstLoanOracle.Basis basis = FirstLoanOracle.Basis.ACT_360;
    DayCount dayCount = null;
    int option = random.nextInt(10);
    if (option >= 7) {
      dayCount = new DayCount[] {DayCount.ACT_360, DayCount.ACT_365F, DayCount.WHOLE_MONTHS}[option - 7];
      basis = FirstLoanOracle.Basis.values()[option - 7];
    }
    // the loans
    int count = switch (random.nextInt(20)) {
      case 0 -> 17 + random.nextInt(4);
      case 1, 2 -> 5 + random.nextInt(4);
      default -> 1 + random.nextInt(random.nextBoolean() ? 1 : 4);
    };
    List<LoanFacts> facts = new ArrayList<>();
    List<FirstLoanOracle.Loan> loans = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      LocalDate drawdown = random.nextBoolean() ? DRAWDOWNS[random.nextInt(DRAWDOWNS.length)]
          : LocalDate.of(2022, 12, 15).plusDays(random.nextInt(122));
      if (capMode) {
        drawdown = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(90));
      }
      LocalDate maturity = switch (random.nextInt(4)) {
        case 0 -> drawdown.plusMonths(1 + random.nextInt(24)).plusDays(random.nextInt(3) - 1);
        case 1 -> drawdown.plusDays(1 + random.nextInt(random.nextBoolean() ? 40 : 1000));
        default -> drawdown.plusYears(1);
      };
      maturity = maturity.isAfter(drawdown) ? maturity : drawdown.plusDays(1);
      LocalDate repayment = switch (random.nextInt(12)) {
        case 0 -> drawdown;
        case 1 -> drawdown.plusMonths(1).plusDays(random.nextInt(3) - 1);
        case 2 -> drawdown.plusMonths(6).plusDays(random.nextInt(3) - 1);
        case 3 -> drawdown.plusDays(random.nextInt((int) (maturity.toEpochDay() - drawdown.toEpochDay()) + 1));
        case 4 -> maturity.plusDays(random.nextInt(60));
        default -> null;
      };
      BigDecimal rate = capMode ? new BigDecimal("0.0365") : switch (random.nextInt(10)) {
        case 0 -> new BigDecimal("0.02");
        case 1 -> random.nextBoolean() ? new BigDecimal("0.0199999999999999") : new BigDecimal("0.0200000000000001");
        case 2 -> random.nextBoolean() ? new BigDecimal("0.0199") : new BigDecimal("0.0201");
        default -> BigDecimal.valueOf(1 + random.nextInt(1000)).movePointLeft(4);
      };
      BigDecimal principal = capMode ? fen(random, 1_000_000_000L).add(new BigDecimal("0.01"))
          : switch (random.nextInt(20)) {
            case 0, 1 -> fen(random, 100L).add(new BigDecimal("0.01"));
            case 2 -> fen(random, 999_999_999_999_999_998L).add(new BigDecimal("0.01"));
            case 3 -> new BigDecimal("20000000").add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
            case 4, 5, 6 -> fen(random, 5_000_000_000L).add(new BigDecimal("0.01"));
            default -> fen(random, 300_000_000L).add(new BigDecimal("0.01"));
          };
      String lender = capMode ? "440300" : pick(random, new String[] {"440300", "440305", "310000", "440106",
          "440000", null}, new int[] {70, 8, 6, 4, 4, 8});
      Boolean first = capMode ? Boolean.TRUE : fact(random, true);
      Boolean production = capMode ? Boolean.TRUE : fact(random, true);
      Boolean elsewhere = capMode ? Boolean.FALSE : fact(random, false);
      if (!capMode && random.nextInt(12) == 0) {
        // a half-fen tie: the period a whole share of a year under the basis (36 / 360, 73 / 365, 3 months / 12, each
        // at least a month) and the principal such that principal × 2% × share = n + 0.005 exactly, which half-up
        // (四舍五入, register §4.5 item 35) rounds to n + 0.01 and half-even would not
        BigDecimal n = BigDecimal.valueOf(random.nextInt(1_000_000));
        switch (basis) {
          case ACT_360 -> {
            repayment = drawdown.plusDays(36);
            principal = n.multiply(new BigDecimal("500")).add(new BigDecimal("2.50"));
          }
          case ACT_365F -> {
            repayment = drawdown.plusDays(73);
            principal = n.multiply(new BigDecimal("250")).add(new BigDecimal("1.25"));
          }
          default -> {
            repayment = drawdown.plusMonths(3);
            principal = n.multiply(new BigDecimal("200")).add(new BigDecimal("1.00"));
          }
        }
        maturity = drawdown.plusYears(1);
      }
      if (capMode && i == count - 1) {
        // the last loan brings the total to the cap, or a fen either side: its period is a whole share of a year
        // under the basis (180 / 360, 73 / 365, 3 months / 12), so that principal × 2% × share is exact
        FirstLoanOracle.Basis b = basis;
        BigDecimal others = FirstLoanOracle.decided(firm, loans, b).uncapped();
        BigDecimal left = FirstLoanOracle.CAP.subtract(others)
            .add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
        if (left.signum() > 0) {
          switch (b) {
            case ACT_360 -> {
              repayment = drawdown.plusDays(180);
              principal = left.multiply(new BigDecimal("100"));
            }
            case ACT_365F -> {
              repayment = drawdown.plusDays(73);
              principal = left.multiply(new BigDecimal("250"));
            }
            default -> {
              repayment = drawdown.plusMonths(3);
              principal = left.multiply(new BigDecimal("200"));
            }
          }
          maturity = drawdown.plusYears(1);
        }
      }
      LoanFacts.Builder loan = LoanFacts.builder().loanId("L" + i).principal(Cny.of(principal))
          .drawdownDate(drawdown).maturityDate(maturity).annualInterestRate(Rate.ofFraction(rate));
      if (repayment != null) {
        loan.repaymentDate(repayment);
      }
      if (lender != null) {
        loan.lenderRegionCode(lender);
      }
      if (first != null) {
        loan.firstDrawdownOfFirstContract(first);
      }
      if (production != null) {
        loan.forProductionOrOperation(production);
      }
      if (elsewhere != null) {
        loan.subsidisedUnderAnotherMunicipalScheme(elsewhere);
      }
      facts.add(loan.build());
      loans.add(new FirstLoanOracle.Loan(principal, rate, drawdown, maturity, repayment,
          // a lender coded 440000 is a 广东省 branch, no Shenzhen bank (decisions register §4.6 item 64)
          lender == null ? null : lender.startsWith("4403"), first, production,
          elsewhere == null ? null : !elsewhere));
    }
    EnterpriseProfile built = profile.loans(facts).build();
    FirstLoanRequest.Builder request = FirstLoanRequest.builder().enterprise(built.enterpriseFacts()).loans(facts);
    if (dayCount != null) {
      request.options(FirstLoanOptions.builder().dayCount(dayCount).build());
    }
    return new Case(built, request.build(), firm, loans, basis, dayCount == null);
  }

  /** A yes/no fact: the usual value most of the time, the other or not given one time in twelve each. */
  private static Boolean fact(Random random, boolean usual) {
    int draw = random.nextInt(12);
    return draw == 0 ? null : draw == 1 ? !usual : usual;
  }

  private static <T> T pick(Random random, T[] values, int[] weights) {
    int total = 0;
    for (int weight : weights) {
      total += weight;
    }
    int draw = random.nextInt(total);
    for (int k = 0; k < values.length; k++) {
      draw -= weights[k];
      if (draw < 0) {
        return values[k];
      }
    }
    throw new AssertionError();
  }

  /** A whole number of fen from 0 to {@code max} fen, in yuan. */
  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }
}
