package io.github.huiqi.calculators.financing.riskpool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.calculators.internal.CatalogRuns;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.enterprise.LoanGuarantee;
import io.github.huiqi.core.enterprise.NonPerformance;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.financing.riskpool.RiskPoolLoanCategory;
import io.github.huiqi.core.financing.riskpool.RiskPoolLossBasis;
import io.github.huiqi.core.financing.riskpool.RiskPoolMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of the risk-compensation pool (深工信〔2023〕26号 第5条, with the 2022 window, the 2019 细则's
 * 30% base and the decisions register's readings) against {@link RiskPoolOracle}: effective grant dates at each
 * uplift window's first and last day and a day either side (and, for extended loans, the extension date deciding),
 * agreed base ratios at 0%, 50% and 80% and a hundredth of a point either side (above 80% refused), losses from one
 * fen (where the 80% amount ceiling rounds down) to millions, classification at the 30% row's 2019-01-01 and the day
 * before, each exclusion fact true, false or not given, recoveries none, small, and above the loss, under both loss
 * bases and both recovery options; through the plain form, the explaining form (verdict, effective date, window,
 * base, ratio, loss, compensation, return, net and the ceiling), the JSON batch entry point for a share of cases, and
 * the engine (CatalogRuns) on profiles of one to four loans.
 */
class RiskPoolOraclePropertyTest {

  private static final long SEED = 2023_05_80L;
  private static final int CASES = 4_000;
  private static final RiskPoolMeasure POOL = RiskPoolFixtures.POOL;
  private static final RiskPoolCalculator CALCULATOR = RiskPoolFixtures.CALCULATOR;
  private static final LocalDate[] EDGES = {LocalDate.of(2022, 3, 1), LocalDate.of(2022, 6, 30),
      LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)};
  /** Evaluation dates: before, within and after the loans' dates (a fact dated later counts as given, §0.5). */
  private static final LocalDate[] AS_OF = {LocalDate.of(2021, 6, 30), LocalDate.of(2023, 2, 15),
      LocalDate.of(2024, 12, 31), LocalDate.of(2026, 1, 1)};

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < CASES; n++) {
      List<RiskPoolOracle.Loan> loans = new ArrayList<>();
      List<RiskPoolClaim> claims = new ArrayList<>();
      int count = n % 5 == 0 ? 1 + random.nextInt(4) : 1;
      for (int i = 0; i < count; i++) {
        RiskPoolOracle.Loan loan = loan(random, true);
        loans.add(loan);
        claims.add(claim("L" + n + "-" + i, random, loan));
      }
      boolean withInterest = random.nextInt(3) == 0;
      boolean returnRecoveries = random.nextInt(4) != 0;
      Optional<RiskPoolOptions> options = Optional.empty();
      if (withInterest || !returnRecoveries || random.nextBoolean()) {
        RiskPoolOptions.Builder chosen = RiskPoolOptions.builder();
        if (withInterest || random.nextBoolean()) {
          chosen.lossBasis(withInterest ? RiskPoolLossBasis.PRINCIPAL_AND_INTEREST : RiskPoolLossBasis.PRINCIPAL);
        }
        if (!returnRecoveries || random.nextBoolean()) {
          chosen.returnRecoveries(returnRecoveries);
        }
        options = Optional.of(chosen.build());
      }
      String what = "seed " + SEED + " case " + n + ": " + claims + " " + options;
      for (int i = 0; i < count; i++) {
        checkClaim(what + " claim " + i, loans.get(i), claims.get(i), options, withInterest, returnRecoveries);
      }
      if (n % 8 == 0) {
        // a repeated loan id fails the later claim, now and then
        boolean repeat = count > 1 && random.nextInt(3) == 0;
        if (repeat) {
          claims.set(count - 1, RiskPoolClaim.builder().from(claims.get(count - 1)).loanId(claims.get(0).loanId())
              .build());
        }
        RiskPoolRequest.Builder request = RiskPoolRequest.builder().claims(claims);
        options.ifPresent(request::options);
        checkBatch(what, request.build(), loans, withInterest, returnRecoveries, repeat, n % 16 == 0);
      }
    }
  }

  /** One claim through the plain and explaining forms against the oracle. */
  private static void checkClaim(String what, RiskPoolOracle.Loan loan, RiskPoolClaim claim,
      Optional<RiskPoolOptions> options, boolean withInterest, boolean returnRecoveries) {
    RiskPoolOptions effective = options.orElse(RiskPoolOptions.DEFAULTS);
    if (rejected(loan, withInterest) != null) {
      String field = rejected(loan, withInterest);
      assertThatThrownBy(() -> CALCULATOR.explainCompensation(POOL, claim, effective)).as(what)
          .isInstanceOfSatisfying(InvalidInputException.class,
              ex -> assertThat("/" + ex.field()).isIn(fields("", field)));
      return;
    }
    RiskPoolOracle.Pricing expected = RiskPoolOracle.price(loan, withInterest, returnRecoveries);
    RiskPoolLoanCompensation result;
    try {
      result = CALCULATOR.explainCompensation(POOL, claim, effective);
    } catch (RuntimeException ex) {
      throw new AssertionError(what, ex);
    }
    assertExplained(what, result, expected, withInterest);
    if (!withInterest) {
      // the plain form reads the default options: its amount, before returns; an open one only when it is zero
      if (expected.verdict().equals("UNDETERMINED") && expected.compensation().signum() != 0) {
        assertThatThrownBy(() -> CALCULATOR.compensation(POOL, claim)).as(what)
            .isInstanceOf(MissingFactsException.class);
      } else {
        BigDecimal plain = expected.verdict().equals("INELIGIBLE") ? BigDecimal.ZERO : expected.compensation();
        assertThat(Cny.yuan(CALCULATOR.compensation(POOL, claim), "plain")).as(what).isEqualByComparingTo(plain);
      }
    }
  }

  private static void assertExplained(String what, RiskPoolLoanCompensation result, RiskPoolOracle.Pricing expected,
      boolean withInterest) {
    String label = what + "\n  oracle " + expected + "\n  library " + result.eligibility() + " ratio "
        + result.ratio() + " comp " + result.compensation() + " ret " + result.recoveryReturn();
    assertThat(result.eligibility().verdict().name()).as(label).isEqualTo(expected.verdict());
    assertThat(result.effectiveGrantDate()).as(label).isEqualTo(expected.effectiveGrant());
    assertThat(result.upliftWindow()).as(label).isEqualTo(expected.window() == null ? Optional.empty()
        : Optional.of(DateRange.of(expected.window().get(0), expected.window().get(1))));
    assertThat(result.baseRatio().fraction()).as(label).isEqualByComparingTo(expected.base());
    assertThat(result.ratio().fraction()).as(label).isEqualByComparingTo(expected.ratio());
    assertThat(result.lossBasis()).as(label).isEqualTo(withInterest ? RiskPoolLossBasis.PRINCIPAL_AND_INTEREST
        : RiskPoolLossBasis.PRINCIPAL);
    assertThat(Cny.yuan(result.compensableLoss(), "loss")).as(label).isEqualByComparingTo(expected.loss());
    BigDecimal zero = BigDecimal.ZERO;
    switch (expected.verdict()) {
      case "ELIGIBLE" -> {
        assertRange(label + " compensation", result.compensation(), expected.compensation(), expected.compensation());
        assertRange(label + " return", result.recoveryReturn(), expected.recoveryReturn(), expected.recoveryReturn());
        assertRange(label + " net", result.netCompensation(), expected.net(), expected.net());
        assertThat(result.bindingLimit().isPresent()).as(label + " binding limit").isEqualTo(expected.ceilingBinds());
      }
      case "UNDETERMINED" -> {
        assertRange(label + " compensation", result.compensation(), zero, expected.compensation());
        assertRange(label + " return", result.recoveryReturn(), zero, expected.recoveryReturn());
        assertRange(label + " net", result.netCompensation(), zero, expected.net());
        // the calculator names the ceiling as the binding limit of a decided loan only (its upper end here may be
        // cut by it, but whether the loan is paid at all is open): not checked
      }
      default -> {
        assertRange(label + " compensation", result.compensation(), zero, zero);
        assertRange(label + " return", result.recoveryReturn(), zero, zero);
        assertRange(label + " net", result.netCompensation(), zero, zero);
      }
    }
  }

  /** The batch through {@code explainClaims} and, when asked, through the JSON entry point. */
  private static void checkBatch(String what, RiskPoolRequest request, List<RiskPoolOracle.Loan> loans,
      boolean withInterest, boolean returnRecoveries, boolean repeat, boolean viaJson) {
    List<RiskPoolResult> results = new ArrayList<>();
    results.add(CALCULATOR.explainClaims(POOL, request));
    if (viaJson) {
      results.add(HuiqiJson.read(CALCULATOR.explainClaimsJson(POOL, HuiqiJson.write(request)),
          RiskPoolResult.class));
    }
    for (RiskPoolResult result : results) {
      String label = what + " batch" + (result == results.get(0) ? "" : " via JSON");
      assertThat(result.claims()).as(label).hasSize(loans.size());
      BigDecimal[] comp = {BigDecimal.ZERO, BigDecimal.ZERO};
      BigDecimal[] back = {BigDecimal.ZERO, BigDecimal.ZERO};
      BigDecimal[] net = {BigDecimal.ZERO, BigDecimal.ZERO};
      int failed = 0;
      for (int i = 0; i < loans.size(); i++) {
        RiskPoolClaimOutcome outcome = result.claims().get(i);
        assertThat(outcome.index()).as(label).isEqualTo(i);
        String bad = rejected(loans.get(i), withInterest);
        if (repeat && i == loans.size() - 1) {
          bad = "/loanId";
        }
        if (bad != null) {
          failed++;
          assertThat(outcome.failure()).as(label + " claim " + i).isPresent();
          assertThat(outcome.failure().get().field()).as(label + " claim " + i)
              .isIn(fields("/claims/" + i, bad));
          continue;
        }
        assertThat(outcome.compensation()).as(label + " claim " + i + " " + outcome.failure()).isPresent();
        RiskPoolOracle.Pricing expected = RiskPoolOracle.price(loans.get(i), withInterest, returnRecoveries);
        assertExplained(label + " claim " + i, outcome.compensation().get(), expected, withInterest);
        boolean eligible = expected.verdict().equals("ELIGIBLE");
        boolean open = expected.verdict().equals("UNDETERMINED");
        if (eligible || open) {
          comp[1] = comp[1].add(expected.compensation());
          back[1] = back[1].add(expected.recoveryReturn());
          net[1] = net[1].add(expected.net());
        }
        if (eligible) {
          comp[0] = comp[0].add(expected.compensation());
          back[0] = back[0].add(expected.recoveryReturn());
          net[0] = net[0].add(expected.net());
        }
      }
      assertThat(result.failedClaims()).as(label).isEqualTo(failed);
      assertRange(label + " total", result.totalCompensation(), comp[0], comp[1]);
      assertRange(label + " total return", result.totalRecoveryReturn(), back[0], back[1]);
      assertRange(label + " total net", result.totalNetCompensation(), net[0], net[1]);
    }
  }

  /** The field a claim is refused on, or null: an agreed base above the 80% ceiling; no interest under its basis. */
  private static String rejected(RiskPoolOracle.Loan loan, boolean withInterest) {
    boolean above = loan.agreedBase() != null && loan.agreedBase().compareTo(RiskPoolOracle.CEILING) > 0;
    boolean noInterest = withInterest && loan.interest() == null;
    // with both wrong, either may be named: "|" separates the candidates
    return above && noInterest ? "/baseRatio|/accruedInterest" : above ? "/baseRatio"
        : noInterest ? "/accruedInterest" : null;
  }

  private static List<String> fields(String prefix, String rejected) {
    List<String> list = new ArrayList<>();
    for (String field : rejected.split("\\|")) {
      list.add(prefix + field);
    }
    return list;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_engine_agreesWithTheOracle() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 600; n++) {
      Optional<EnterpriseSize> size = random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(EnterpriseSize.values()[random.nextInt(EnterpriseSize.values().length)]);
      boolean loansGiven = random.nextInt(15) != 0;
      List<LoanFacts> facts = new ArrayList<>();
      List<RiskPoolOracle.Pricing> priced = new ArrayList<>();
      int count = loansGiven ? random.nextInt(5) : 0;
      for (int i = 0; i < count; i++) {
        RiskPoolOracle.Loan loan = loan(random, false);
        boolean performing = random.nextInt(6) == 0;
        // the profile states the financing guarantee (a guarantee object, guaranteed true/false, or neither);
        // re-guarantee lives on a guarantee, so a loan known not guaranteed is not re-guaranteed either
        int guarantee = random.nextInt(6);
        Boolean guaranteed = switch (guarantee) {
          case 0 -> null;
          case 1, 2 -> true;
          default -> false;
        };
        RiskPoolOracle.Loan asClaimed = new RiskPoolOracle.Loan(null, loan.grant(), loan.extension(),
            loan.classified(), loan.outstanding(), loan.interest(), loan.recoveries(), guaranteed,
            guaranteed == null ? null : guaranteed ? Boolean.valueOf(random.nextBoolean()) : Boolean.FALSE,
            loan.otherScheme());
        BigDecimal principal = asClaimed.outstanding().add(BigDecimal.valueOf(random.nextInt(3) * 50_000L));
        LoanFacts.Builder builder = LoanFacts.builder().loanId("L" + i)
            .principal(Cny.of(principal.signum() == 0 ? new BigDecimal("0.01") : principal))
            .drawdownDate(asClaimed.grant()).maturityDate(asClaimed.classified().plusYears(1))
            .annualInterestRate(Rate.parse("4.35%"));
        if (random.nextInt(4) != 0) {
          builder.riskPoolCategory(RiskPoolLoanCategory.values()[random.nextInt(RiskPoolLoanCategory.values()
              .length)]);
        }
        Optional.ofNullable(asClaimed.extension()).ifPresent(builder::extensionDate);
        Optional.ofNullable(asClaimed.otherScheme()).ifPresent(builder::underOtherRiskCompensation);
        if (guarantee == 1) {
          builder.guarantee(LoanGuarantee.builder().reGuaranteed(asClaimed.reGuaranteed()).build());
        } else if (guaranteed != null) {
          builder.guaranteed(guaranteed);
        }
        if (!performing) {
          NonPerformance.Builder bad = NonPerformance.builder().since(asClaimed.classified())
              .principalOutstanding(Cny.of(asClaimed.outstanding()));
          Optional.ofNullable(asClaimed.interest()).ifPresent(a -> bad.accruedInterest(Cny.of(a)));
          Optional.ofNullable(asClaimed.recoveries()).ifPresent(a -> bad.recoveries(Cny.of(a)));
          builder.nonPerforming(bad.build());
          priced.add(RiskPoolOracle.price(asClaimed, false, true));
        }
        facts.add(builder.build());
      }
      EnterpriseProfile.Builder profile = EnterpriseProfile.builder().registrationRegionCode("440305");
      size.ifPresent(profile::size);
      if (loansGiven) {
        profile.loans(facts);
      }
      RiskPoolOracle.Firm expected = RiskPoolOracle.firm(size.equals(Optional.of(EnterpriseSize.LARGE)),
          loansGiven ? priced : null);
      LocalDate asOf = AS_OF[random.nextInt(AS_OF.length)];
      String what = "seed " + (SEED + 1) + " engine case " + n + " as of " + asOf + ": " + size + " "
          + (loansGiven ? facts : "no loans")
          + "\n  oracle " + expected + " " + priced;
      MeasureOutcome outcome;
      try {
        outcome = CatalogRuns.both(RiskPoolMeasure.SHENZHEN_2023.id(), profile.build(), asOf);
      } catch (RuntimeException ex) {
        throw new AssertionError(what, ex);
      }
      what += "\n  library " + outcome.verdict() + " " + outcome.amount() + " " + outcome.missingFacts();
      if (expected.most() == null) {
        assertThat(outcome.verdict().name()).as(what).isEqualTo(expected.verdict());
        assertThat(Cny.yuan(outcome.amount().minimum(), "minimum")).as(what).isEqualByComparingTo(BigDecimal.ZERO);
        assertThat(outcome.amount().maximum()).as(what).isEmpty();
      } else {
        CatalogRuns.assertRange(what, outcome, expected.verdict(), expected.least(), expected.most());
      }
    }
  }

  //-------------------------------------------------------------------------
  /**
   * A random claim's facts: dates at the windows' and the 30% row's edges, bases at their edges, losses from a fen.
   *
   * @param agreed  whether an agreed base ratio may be drawn (the engine's profile has none)
   */
  private static RiskPoolOracle.Loan loan(Random random, boolean agreed) {
    LocalDate effective = switch (random.nextInt(6)) {
      case 0, 1, 2 -> EDGES[random.nextInt(EDGES.length)].plusDays(random.nextInt(3) - 1);
      case 3 -> EDGES[random.nextInt(EDGES.length)].plusDays(random.nextInt(200) - 100);
      case 4 -> LocalDate.of(2018, 6, 1).plusDays(random.nextInt(365 * 8));
      default -> LocalDate.of(2018, 12, 31).plusDays(-random.nextInt(400));
    };
    LocalDate grant = effective;
    LocalDate extension = null;
    if (random.nextInt(4) == 0) {
      // extended: the extension date decides, the grant date a while before (perhaps inside a window)
      extension = effective;
      grant = random.nextBoolean() ? effective.minusDays(random.nextInt(400))
          : EDGES[random.nextInt(EDGES.length)].plusDays(random.nextInt(3) - 1);
      if (grant.isAfter(extension)) {
        grant = extension;
      }
    }
    LocalDate classified = switch (random.nextInt(5)) {
      case 0 -> effective;
      case 1 -> LocalDate.of(2019, 1, 1).plusDays(random.nextInt(2) - 1);
      default -> effective.plusDays(random.nextInt(900));
    };
    if (classified.isBefore(effective)) {
      classified = effective;
    }
    BigDecimal outstanding = switch (random.nextInt(8)) {
      case 0 -> fen(random, 100);
      case 1 -> BigDecimal.ZERO;
      case 2 -> fen(random, 10_000);
      default -> fen(random, 3_000_000_00L);
    };
    BigDecimal interest = random.nextInt(5) == 0 ? null : fen(random, random.nextBoolean() ? 100 : 20_000_00L);
    BigDecimal recoveries = switch (random.nextInt(5)) {
      case 0, 1 -> null;
      case 2 -> fen(random, 1000);
      case 3 -> outstanding.add(fen(random, 100_000_00L));
      default -> fen(random, outstanding.movePointRight(2).longValue() + 1);
    };
    BigDecimal base = null;
    if (agreed && random.nextInt(3) == 0) {
      base = switch (random.nextInt(5)) {
        case 0 -> new BigDecimal(new String[] {"0", "0.5", "0.8"}[random.nextInt(3)]);
        case 1 -> new BigDecimal(new String[] {"0.4999", "0.5001", "0.7999", "0.8001", "0.0001"}[random.nextInt(5)]);
        case 2 -> new BigDecimal(random.nextInt(8001)).movePointLeft(4);
        case 3 -> random.nextBoolean() ? new BigDecimal(8001 + random.nextInt(2000)).movePointLeft(4)
            : new BigDecimal(random.nextInt(80_000_001)).movePointLeft(8);
        default -> new BigDecimal(random.nextInt(81)).movePointLeft(2);
      };
    }
    return new RiskPoolOracle.Loan(base, grant, extension, classified, outstanding, interest, recoveries,
        fact(random), fact(random), fact(random));
  }

  private static RiskPoolClaim claim(String id, Random random, RiskPoolOracle.Loan loan) {
    BigDecimal principal = loan.outstanding().add(random.nextBoolean() ? BigDecimal.ZERO : fen(random, 1_000_000_00L));
    RiskPoolClaim.Builder builder = RiskPoolClaim.builder().loanId(id)
        .category(RiskPoolLoanCategory.values()[random.nextInt(RiskPoolLoanCategory.values().length)])
        .principal(Cny.of(principal.signum() == 0 ? new BigDecimal("0.01") : principal))
        .grantDate(loan.grant()).firstNonPerformingDate(loan.classified())
        .principalOutstanding(Cny.of(loan.outstanding()));
    Optional.ofNullable(loan.extension()).ifPresent(builder::extensionDate);
    Optional.ofNullable(loan.interest()).ifPresent(a -> builder.accruedInterest(Cny.of(a)));
    Optional.ofNullable(loan.recoveries()).ifPresent(a -> builder.recoveries(Cny.of(a)));
    Optional.ofNullable(loan.agreedBase()).ifPresent(b -> builder.baseRatio(Rate.ofFraction(b)));
    Optional.ofNullable(loan.guaranteed()).ifPresent(builder::guaranteedByFinancingGuarantor);
    Optional.ofNullable(loan.reGuaranteed()).ifPresent(builder::reGuaranteed);
    Optional.ofNullable(loan.otherScheme()).ifPresent(builder::underOtherRiskCompensation);
    return builder.build();
  }

  /** False mostly, else true or not given. */
  private static Boolean fact(Random random) {
    return switch (random.nextInt(10)) {
      case 0 -> null;
      case 1 -> Boolean.TRUE;
      default -> Boolean.FALSE;
    };
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  private static void assertRange(String label, AmountRange range, BigDecimal least, BigDecimal most) {
    assertThat(Cny.yuan(range.minimum(), "minimum")).as(label + " least").isEqualByComparingTo(least);
    assertThat(Cny.yuan(range.maximum(), "maximum")).as(label + " most").isEqualByComparingTo(most);
  }
}
