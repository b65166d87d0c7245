package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.financing.techsme.TechSmeAccrualBasis;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.time.DayCount;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Seeded property test of the 科技贴息贴保 against {@link TechSmeOracle}: accrual periods across 2023-01-01 and
 * 2024-01-01 and payments around the 办法's 2020-02-28, fees and premiums at their yearly caps' thresholds exactly and
 * one fen either side, what the programme already paid around 2,000,000 and 3,000,000, each yes/no fact (enrolled,
 * first-time borrower) true, false or not given; through the plain and explaining forms, a share through the JSON
 * entry point and through the engine.
 */
class TechSmeOraclePropertyTest {

  private static final long SEED = 2023_13_14L;
  private static final int CASES = 2_500;
  private static final LocalDate[] ANCHORS = {TechSmeOracle.YEAR_START, TechSmeOracle.YEAR_END_EXCLUSIVE,
      LocalDate.of(2023, 7, 1)};

  @Test
  void test_calculatorAgreesWithTheOracle() {
    Random random = new Random(SEED);
    for (int n = 0; n < CASES; n++) {
      check(random, n);
    }
  }

  private static void check(Random random, int n) {
    boolean early = random.nextInt(25) == 0;
    List<TechSmeOracle.Interest> interest = new ArrayList<>();
    List<TechSmeOracle.Fee> fees = new ArrayList<>();
    List<TechSmeOracle.Fee> premiums = new ArrayList<>();
    int kinds = 1 + random.nextInt(7);
    if ((kinds & 1) != 0) {
      for (int i = random.nextInt(3); i >= 0; i--) {
        LocalDate start = early ? LocalDate.of(2020, 2, 28).plusDays(random.nextInt(9) - 6)
            : near(random).plusDays(-random.nextInt(400));
        LocalDate end = start.plusDays(1 + (random.nextBoolean() ? random.nextInt(5) : random.nextInt(420)));
        LocalDate paidOn = random.nextBoolean() ? end : start.plusDays(random.nextInt(500));
        interest.add(new TechSmeOracle.Interest(money(random, TechSmeOracle.ANNUAL_CAP), start, end, paidOn));
      }
    }
    if ((kinds & 2) != 0) {
      fees.addAll(payments(random, early, TechSmeOracle.FEE_CAP));
    }
    if ((kinds & 4) != 0) {
      premiums.addAll(payments(random, early, TechSmeOracle.PREMIUM_CAP));
    }
    Optional<Boolean> enrolled = fact(random, 8);
    Optional<Boolean> firstTime = fact(random, 6);
    BigDecimal received = received(random);

    EnterpriseFacts.Builder firm = EnterpriseFacts.builder().registrationRegionCode("440305");
    enrolled.ifPresent(firm::enrolledTechSme);
    firstTime.ifPresent(firm::firstTimeBorrower);
    TechSmeRequest.Builder builder = TechSmeRequest.builder().enterprise(firm.build())
        .programmeTotalReceived(Cny.of(received));
    for (int i = 0; i < interest.size(); i++) {
      TechSmeOracle.Interest item = interest.get(i);
      builder.addInterest(TechSmeInterestItem.of("I" + i, "L" + i, item.start(), item.end(), item.paidOn(),
          Cny.of(item.paid())));
    }
    for (int i = 0; i < fees.size(); i++) {
      builder.addGuaranteeFees(TechSmeFeePayment.of("F" + i, fees.get(i).paidOn(), Cny.of(fees.get(i).paid())));
    }
    for (int i = 0; i < premiums.size(); i++) {
      builder.addInsurancePremiums(TechSmeFeePayment.of("P" + i, premiums.get(i).paidOn(),
          Cny.of(premiums.get(i).paid())));
    }
    TechSmeRequest request = builder.build();

    TechSmeOracle.Amounts best = TechSmeOracle.claim(interest, fees, premiums, firstTime.orElse(true), received);
    TechSmeOracle.Amounts worst = TechSmeOracle.claim(interest, fees, premiums, false, received);
    Verdict verdict;
    BigDecimal least;
    BigDecimal most;
    if (!best.anyInForce() || !enrolled.orElse(true)) {
      verdict = Verdict.INELIGIBLE;
      least = BigDecimal.ZERO;
      most = BigDecimal.ZERO;
    } else if (enrolled.isEmpty()) {
      verdict = Verdict.UNDETERMINED;
      least = BigDecimal.ZERO;
      most = best.total();
    } else {
      least = worst.total();
      most = best.total();
      verdict = firstTime.isEmpty() && least.compareTo(most) != 0 ? Verdict.UNDETERMINED : Verdict.ELIGIBLE;
      if (firstTime.isPresent()) {
        least = most;
      }
    }
    String what = "seed " + SEED + " case " + n + ": " + request;

    TechSmeResult result;
    try {
      result = TechSmeFixtures.CALCULATOR.explainSubsidy(TechSmeFixtures.MEASURE, request);
    } catch (RuntimeException ex) {
      throw new AssertionError(what, ex);
    }
    assertThat(result.eligibility().verdict()).as(what).isEqualTo(verdict);
    assertThat(Cny.yuan(result.amount().minimum(), "min")).as(what).isEqualByComparingTo(least);
    assertThat(Cny.yuan(result.amount().maximum(), "max")).as(what).isEqualByComparingTo(most);
    if (verdict == Verdict.ELIGIBLE) {
      assertThat(Cny.yuan(TechSmeFixtures.CALCULATOR.subsidy(TechSmeFixtures.MEASURE, request), "plain")).as(what)
          .isEqualByComparingTo(most);
    }
    if (verdict != Verdict.INELIGIBLE) {
      checkItems(result, interest, fees, premiums, firstTime.orElse(true), what);
      BigDecimal uncapped = best.interest().add(best.fees()).add(best.premiums());
      if (uncapped.compareTo(best.total()) == 0) {
        // no cap on all items binds: each kind's subtotal is the oracle's
        assertThat(Cny.yuan(result.interestSubsidy().maximum(), "i")).as(what).isEqualByComparingTo(best.interest());
        assertThat(Cny.yuan(result.guaranteeFeeSubsidy().maximum(), "f")).as(what).isEqualByComparingTo(best.fees());
        assertThat(Cny.yuan(result.insurancePremiumSubsidy().maximum(), "p")).as(what)
            .isEqualByComparingTo(best.premiums());
      }
    }
    if (n % 10 == 0) {
      TechSmeResult viaJson = HuiqiJson.read(TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE,
          HuiqiJson.write(request)), TechSmeResult.class);
      assertThat(viaJson.eligibility().verdict()).as(what).isEqualTo(verdict);
      assertThat(Cny.yuan(viaJson.amount().maximum(), "max")).as(what).isEqualByComparingTo(most);
      assertThat(Cny.yuan(viaJson.amount().minimum(), "min")).as(what).isEqualByComparingTo(least);
    }
    if (n % 40 == 0) {
      JsonNode outcome = EngineJson.firstOutcome(engineRequest(interest, fees, premiums, enrolled, firstTime,
          received));
      // the engine's verdict answers the conditions only: with the enrolment known, an open first-time-borrower
      // ratio leaves it eligible with a range (decisions register §4.6 item 42)
      Verdict engineVerdict = verdict == Verdict.UNDETERMINED && enrolled.isPresent() ? Verdict.ELIGIBLE : verdict;
      assertThat(outcome.at("/verdict").asText()).as(what + "\n" + outcome).isEqualTo(engineVerdict.name());
      assertThat(EngineJson.most(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(most);
      assertThat(EngineJson.least(outcome)).as(what + "\n" + outcome).isEqualByComparingTo(least);
    }
  }

  @Test
  void test_engine_enrolmentDates_agreeWithTheOracle() {
    Random random = new Random(SEED + 1);
    for (int n = 0; n < 150; n++) {
      List<TechSmeOracle.Interest> interest = new ArrayList<>();
      List<TechSmeOracle.Fee> fees = new ArrayList<>();
      for (int i = random.nextInt(2); i >= 0; i--) {
        LocalDate start = near(random);
        LocalDate end = start.plusDays(1 + random.nextInt(200));
        LocalDate paidOn = random.nextBoolean() ? end : start.plusDays(random.nextInt(300));
        interest.add(new TechSmeOracle.Interest(money(random, new BigDecimal("100000")), start, end, paidOn));
      }
      if (random.nextBoolean()) {
        fees.add(new TechSmeOracle.Fee(money(random, new BigDecimal("100000")), near(random)));
      }
      // the enrolment's dates at the claim's first and last days, a day either side, or not given
      List<LocalDate> dates = new ArrayList<>();
      interest.forEach(item -> dates.addAll(List.of(item.start(), item.end(), item.paidOn())));
      fees.forEach(item -> dates.add(item.paidOn()));
      LocalDate since = random.nextInt(3) == 0 ? null
          : dates.get(random.nextInt(dates.size())).plusDays(random.nextInt(3) - 1);
      LocalDate until = random.nextInt(3) == 0 ? null
          : dates.get(random.nextInt(dates.size())).plusDays(random.nextInt(3) - 1);
      if (since != null && until != null && until.isBefore(since)) {
        LocalDate swap = since;
        since = until;
        until = swap;
      }
      boolean firstTime = random.nextBoolean();
      boolean reaches = TechSmeOracle.enrolmentReaches(since, until, interest, fees);
      BigDecimal expected = reaches ? TechSmeOracle.claim(interest, fees, List.of(), firstTime, BigDecimal.ZERO)
          .total() : BigDecimal.ZERO;
      StringBuilder techSme = new StringBuilder("{\"held\": true");
      Optional.ofNullable(since).ifPresent(date -> techSme.append(", \"since\": \"").append(date).append('"'));
      Optional.ofNullable(until).ifPresent(date -> techSme.append(", \"until\": \"").append(date).append('"'));
      String request = engineRequest(interest, fees, List.of(), Optional.of(true), Optional.of(firstTime),
          BigDecimal.ZERO).replace("\"techSme\": {\"held\": true}",
          "\"techSme\": " + techSme.append('}'));
      JsonNode outcome = EngineJson.firstOutcome(request);
      String what = "seed " + (SEED + 1) + " enrolment case " + n + ": " + request + "\n" + outcome;
      assertThat(outcome.at("/verdict").asText()).as(what).isEqualTo(reaches ? "ELIGIBLE" : "INELIGIBLE");
      assertThat(EngineJson.most(outcome)).as(what).isEqualByComparingTo(expected);
      assertThat(EngineJson.least(outcome)).as(what).isEqualByComparingTo(expected);
    }
  }

  @Test
  void test_options_agreeWithTheOracle() {
    Random random = new Random(SEED + 2);
    DayCount[] counts = {DayCount.ACT_360, DayCount.ACT_365F, DayCount.WHOLE_MONTHS};
    for (int n = 0; n < 1_000; n++) {
      List<TechSmeOracle.Interest> interest = new ArrayList<>();
      for (int i = random.nextInt(3); i >= 0; i--) {
        LocalDate start = near(random).plusDays(-random.nextInt(400));
        LocalDate end = start.plusDays(1 + random.nextInt(random.nextBoolean() ? 40 : 500));
        LocalDate paidOn = random.nextBoolean() ? end : start.plusDays(random.nextInt(500));
        if (random.nextInt(4) == 0) {
          paidOn = (random.nextBoolean() ? TechSmeOracle.YEAR_START : TechSmeOracle.YEAR_END_EXCLUSIVE)
              .plusDays(random.nextInt(3) - 1);
          paidOn = paidOn.isBefore(start) ? start : paidOn;
        }
        interest.add(new TechSmeOracle.Interest(money(random, new BigDecimal("300000")), start, end, paidOn));
      }
      boolean firstTime = random.nextBoolean();
      Optional<TechSmeAccrualBasis> basis = random.nextInt(3) == 0 ? Optional.empty()
          : Optional.of(TechSmeAccrualBasis.values()[random.nextInt(2)]);
      Optional<DayCount> count = random.nextInt(3) == 0 ? Optional.empty() : Optional.of(counts[random.nextInt(3)]);
      TechSmeRequest.Builder builder = TechSmeRequest.builder().enterprise(TechSmeFixtures.firm()
          .firstTimeBorrower(firstTime).build()).programmeTotalReceived(Cny.ZERO);
      for (int i = 0; i < interest.size(); i++) {
        TechSmeOracle.Interest item = interest.get(i);
        builder.addInterest(TechSmeInterestItem.of("I" + i, "L" + i, item.start(), item.end(), item.paidOn(),
            Cny.of(item.paid())));
      }
      TechSmeOptions.Builder options = TechSmeOptions.builder();
      basis.ifPresent(options::accrualBasis);
      count.ifPresent(options::splitDayCount);
      TechSmeRequest request = builder.options(options.build()).build();
      boolean paidInWindow = basis.orElse(TechSmeAccrualBasis.ACCRUED_IN_WINDOW) == TechSmeAccrualBasis.PAID_IN_WINDOW;
      TechSmeOracle.Amounts expected = TechSmeOracle.claim(interest, List.of(), List.of(), firstTime, BigDecimal.ZERO,
          paidInWindow, count.orElse(DayCount.ACT_360) == DayCount.WHOLE_MONTHS);
      String what = "seed " + (SEED + 2) + " options case " + n + ": " + request;
      TechSmeResult result = TechSmeFixtures.CALCULATOR.explainSubsidy(TechSmeFixtures.MEASURE, request);
      assertThat(result.eligibility().verdict()).as(what)
          .isEqualTo(expected.anyInForce() ? Verdict.ELIGIBLE : Verdict.INELIGIBLE);
      assertThat(Cny.yuan(result.amount().maximum(), "max")).as(what).isEqualByComparingTo(expected.total());
      assertThat(Cny.yuan(result.amount().minimum(), "min")).as(what).isEqualByComparingTo(expected.total());
      if (n % 10 == 0) {
        TechSmeResult viaJson = HuiqiJson.read(TechSmeFixtures.CALCULATOR.explainSubsidyJson(TechSmeFixtures.MEASURE,
            HuiqiJson.write(request)), TechSmeResult.class);
        assertThat(Cny.yuan(viaJson.amount().maximum(), "max")).as(what).isEqualByComparingTo(expected.total());
      }
    }
  }

  private static void checkItems(TechSmeResult result, List<TechSmeOracle.Interest> interest,
      List<TechSmeOracle.Fee> fees, List<TechSmeOracle.Fee> premiums, boolean firstTime, String what) {
    List<BigDecimal> expected = new ArrayList<>();
    interest.forEach(item -> expected.add(TechSmeOracle.interest(item, firstTime)));
    fees.forEach(item -> expected.add(TechSmeOracle.fee(item, TechSmeOracle.FEE_RATIO)));
    premiums.forEach(item -> expected.add(TechSmeOracle.fee(item, TechSmeOracle.PREMIUM_RATIO)));
    assertThat(result.items()).as(what).hasSize(expected.size());
    for (int i = 0; i < expected.size(); i++) {
      assertThat(Cny.yuan(result.items().get(i).computed(), "computed")).as(what + " item " + i)
          .isEqualByComparingTo(expected.get(i));
    }
  }

  /** A date on or about an anchor: the anchor exactly, a day either side, or a few weeks off. */
  private static LocalDate near(Random random) {
    LocalDate anchor = ANCHORS[random.nextInt(ANCHORS.length)];
    return switch (random.nextInt(4)) {
      case 0 -> anchor;
      case 1 -> anchor.plusDays(random.nextInt(3) - 1);
      default -> anchor.plusDays(random.nextInt(120) - 60);
    };
  }

  /** One to three payments; with even odds their sum's half is the cap exactly or a fen either side. */
  private static List<TechSmeOracle.Fee> payments(Random random, boolean early, BigDecimal cap) {
    List<TechSmeOracle.Fee> list = new ArrayList<>();
    int count = 1 + random.nextInt(3);
    BigDecimal threshold = cap.add(cap).add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
    boolean atCap = random.nextBoolean();
    BigDecimal left = threshold;
    for (int i = 0; i < count; i++) {
      LocalDate paidOn = early ? LocalDate.of(2020, 2, 28).plusDays(random.nextInt(5) - 2) : near(random);
      BigDecimal amount = atCap ? (i == count - 1 ? left : fen(random, left.movePointRight(2).longValue() / 2))
          : money(random, cap);
      left = left.subtract(amount);
      list.add(new TechSmeOracle.Fee(amount, paidOn));
    }
    return list;
  }

  private static BigDecimal received(Random random) {
    return switch (random.nextInt(6)) {
      case 0, 1 -> BigDecimal.ZERO;
      case 2 -> new BigDecimal("2000000").add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
      case 3 -> new BigDecimal("3000000").add(BigDecimal.valueOf(random.nextInt(3) - 1).movePointLeft(2));
      case 4 -> new BigDecimal("2999999.99").subtract(BigDecimal.valueOf(random.nextInt(100_000)).movePointLeft(2));
      default -> fen(random, 400_000_000L);
    };
  }

  /** An amount up to about twice the scale, of a random magnitude, to the fen. */
  private static BigDecimal money(Random random, BigDecimal scale) {
    long max = scale.movePointRight(2).longValue() * 2;
    for (int shrink = random.nextInt(6); shrink > 0; shrink--) {
      max = Math.max(1, max / 10);
    }
    return fen(random, max);
  }

  private static BigDecimal fen(Random random, long max) {
    return BigDecimal.valueOf(Math.floorMod(random.nextLong(), max + 1)).movePointLeft(2);
  }

  /** True, false or (one time in {@code unknownOdds}) not given. */
  private static Optional<Boolean> fact(Random random, int unknownOdds) {
    return random.nextInt(unknownOdds) == 0 ? Optional.empty() : Optional.of(random.nextInt(5) != 0);
  }

  private static String engineRequest(List<TechSmeOracle.Interest> interest, List<TechSmeOracle.Fee> fees,
      List<TechSmeOracle.Fee> premiums, Optional<Boolean> enrolled, Optional<Boolean> firstTime,
      BigDecimal received) {
    StringBuilder json = new StringBuilder("{\"profile\": {\"registrationRegionCode\": \"440306\","
        + " \"size\": \"SMALL\"");
    enrolled.ifPresent(held -> json.append(", \"techSme\": {\"held\": ").append(held).append('}'));
    firstTime.ifPresent(first -> json.append(", \"firstTimeBorrower\": ").append(first));
    json.append(", \"techSmeSubsidyReceived\": ").append(money(received)).append(", \"interestPayments\": [");
    for (int i = 0; i < interest.size(); i++) {
      TechSmeOracle.Interest item = interest.get(i);
      json.append(i == 0 ? "" : ", ").append("{\"paymentId\": \"I").append(i).append("\", \"loanId\": \"L")
          .append(i).append("\", \"accrualStart\": \"").append(item.start()).append("\", \"accrualEnd\": \"")
          .append(item.end()).append("\", \"paymentDate\": \"").append(item.paidOn())
          .append("\", \"interestPaid\": ").append(money(item.paid())).append('}');
    }
    // each loan drawn in 2021, outside the first-loan window (第5条), so that no other subsidy may take its interest
    json.append("], \"loans\": [");
    for (int i = 0; i < interest.size(); i++) {
      json.append(i == 0 ? "" : ", ").append("{\"loanId\": \"L").append(i).append("\", \"principal\": ")
          .append(money(new BigDecimal("1000000"))).append(", \"drawdownDate\": \"2021-06-01\", \"maturityDate\":"
          + " \"2025-06-01\", \"annualInterestRate\": \"3.65%\", \"firstDrawdownOfFirstContract\": false,"
          + " \"subsidisedUnderAnotherMunicipalScheme\": false}");
    }
    json.append("], \"guaranteeFeePayments\": ").append(feesJson(fees, "F"))
        .append(", \"insurancePremiumPayments\": ").append(feesJson(premiums, "P"))
        .append("}, \"asOf\": \"2023-10-31\", \"measures\": [\"sz-gxj-2023-26.tech-sme-interest-subsidy\"]}");
    return json.toString();
  }

  private static String feesJson(List<TechSmeOracle.Fee> list, String prefix) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < list.size(); i++) {
      json.append(i == 0 ? "" : ", ").append("{\"paymentId\": \"").append(prefix).append(i)
          .append("\", \"paymentDate\": \"").append(list.get(i).paidOn()).append("\", \"amountPaid\": ")
          .append(money(list.get(i).paid())).append('}');
    }
    return json.append(']').toString();
  }

  private static String money(BigDecimal yuan) {
    return "{\"amount\": " + yuan.toPlainString() + ", \"currency\": \"CNY\"}";
  }
}
