package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Seeded property test of the joint least and most of the first-loan (深工信〔2023〕26号 第5条) and tech-SME (第13条)
 * subsidies on a loan whose choice is open (one municipal interest subsidy per loan, decisions register §4.1 item 10,
 * §4.6 items 49 and 50): every completion of the facts a profile leaves open gives the pair a total within the open
 * profile's joint [least, most], and within its total in reach, and each outcome's amount within the open profile's
 * outcome range (where a cap can bind, an open loan's choice moves a decided loan, §4.6 item 52); never narrower
 * than the truth.
 * <p>
 * The profiles: a 宝安区 small manufacturer, one or two loans drawn from 2022-12 to 2023-03 (the first-loan window is
 * 2023-01 to 2023-03; a loan drawn in 2022-12 is no first loan, and its interest straddles 2022 and 2023, whose ratios
 * differ for a first-time borrower), principals up to 20,000,000 (so the first-loan cap of 200,000 may bind), each of
 * these facts known one way, the other, or not given: whether a first-time borrower, the 科技型中小企业 enrolment,
 * whether the first loan is subsidised under another municipal scheme, the guarantee-fee list, and what the programme
 * already paid (nothing, or 5,000,000: its 3,000,000 cap spent).
 */
class StackingJointLeastPropertyTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";

  /** Each open fact's two known forms, as JSON members ending ","; not given is the empty string. */
  private static final String[][] FACTS = {
      {"\"firstTimeBorrower\": true,", "\"firstTimeBorrower\": false,"},
      {"\"techSme\": {\"held\": true, \"since\": \"2022-05-10\"},", "\"techSme\": {\"held\": false},"},
      {"\"subsidisedUnderAnotherMunicipalScheme\": false,", "\"subsidisedUnderAnotherMunicipalScheme\": true,"},
      {"\"guaranteeFeePayments\": [],", "\"guaranteeFeePayments\": [{\"paymentId\": \"G-1\", \"paymentDate\":"
          + " \"2023-04-01\", \"amountPaid\": {\"amount\": 20000, \"currency\": \"CNY\"}}],"},
      {"\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},",
          "\"techSmeSubsidyReceived\": {\"amount\": 5000000, \"currency\": \"CNY\"},"}};

  /** One profile's loans and interest, fixed across its completions. */
  private record Book(String loans, String interest) {
  }

  private static String loan(String id, long principal, String rate, String drawdown, String flag) {
    return "{\"loanId\": \"" + id + "\", \"principal\": {\"amount\": " + principal + ", \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"" + drawdown + "\", \"maturityDate\": \""
        + (Integer.parseInt(drawdown.substring(0, 4)) + 1) + drawdown.substring(4) + "\", \"annualInterestRate\": \""
        + rate + "\", \"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": true,"
        + " \"forProductionOrOperation\": true, " + flag + " \"vehicleOrRealEstatePurchase\": false,"
        + " \"guaranteed\": true, \"guarantee\": {\"feePaid\": {\"amount\": 20000, \"currency\": \"CNY\"}}}";
  }

  private static String interest(String id, String loanId, String start, String amount) {
    return "{\"paymentId\": \"" + id + "\", \"loanId\": \"" + loanId + "\", \"accrualStart\": \"" + start + "\","
        + " \"accrualEnd\": \"2023-05-10\", \"paymentDate\": \"2023-05-10\", \"interestPaid\": {\"amount\": "
        + amount + ", \"currency\": \"CNY\"}}";
  }

  /**
   * A random book: L1 in the first-loan window, and two times in three L2, drawn in it (two times in three) or in
   * 2022-12.
   */
  private static Book book(Random random, String flag) {
    long principal = 100_000L * (1 + random.nextInt(200));
    String rate = (3 + random.nextInt(3)) + "." + String.format("%02d", 5 * random.nextInt(20)) + "%";
    String drawdown = "2023-0" + (1 + random.nextInt(3)) + "-" + String.format("%02d", 1 + random.nextInt(28));
    String loans = loan("L1", principal, rate, drawdown, flag);
    String payments = interest("I-1", "L1", drawdown, (1_000 + random.nextInt(80_000)) + ".00");
    if (random.nextInt(3) != 0) {
      String drawn = random.nextInt(3) == 0 ? "2022-12-" + String.format("%02d", 1 + random.nextInt(28))
          : "2023-03-" + String.format("%02d", 1 + random.nextInt(28));
      loans += ", " + loan("L2", 100_000L * (1 + random.nextInt(60)), "4%", drawn,
          "\"subsidisedUnderAnotherMunicipalScheme\": false,");
      payments += ", " + interest("I-2", "L2", drawn, (500 + random.nextInt(30_000)) + ".00");
    }
    return new Book(loans, payments);
  }

  /** The request for the two measures, each fact in the form chosen (0, 1, or 2 for not given). */
  private static String request(Book book, int[] forms) {
    StringBuilder facts = new StringBuilder();
    for (int f = 0; f < FACTS.length; f++) {
      if (f != 2 && forms[f] < 2) {
        facts.append(FACTS[f][forms[f]]).append(' ');
      }
    }
    String flag = forms[2] < 2 ? FACTS[2][forms[2]] : "";
    return "{\"asOf\": \"2023-10-31\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"],"
        + " \"profile\": {\"registrationRegionCode\": \"440306\", \"legalForm\": \"ENTERPRISE\","
        + " \"independentLegalPerson\": true, \"registrationDate\": \"2018-03-15\", \"industryCode\": \"C3484\","
        + " \"restrictedOrProhibitedIndustry\": false, \"size\": \"SMALL\", \"onSeriousDishonestyList\": false, "
        + facts + "\"insurancePremiumPayments\": [], \"loans\": [" + book.loans().replace("%FLAG%", flag) + "],"
        + " \"interestPayments\": [" + book.interest() + "]}}";
  }

  private static EntitlementReport report(String request) {
    return HuiqiJson.read(ENGINE.evaluateJson(request), EntitlementReport.class);
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount");
  }

  /** Each outcome's amount on the completion lies within the open profile's outcome range. */
  private static void assertEachOutcomeCovers(EntitlementReport openReport, EntitlementReport completed, String label) {
    for (String measure : List.of(FIRST_LOAN, TECH_SME)) {
      OutcomeAmount range = openReport.outcome(new MeasureId(measure)).orElseThrow().amount();
      OutcomeAmount truth = completed.outcome(new MeasureId(measure)).orElseThrow().amount();
      assertThat(yuan(truth.minimum())).as(label + ": " + measure + " least")
          .isGreaterThanOrEqualTo(yuan(range.minimum()));
      assertThat(yuan(truth.maximum().orElseThrow())).as(label + ": " + measure + " most")
          .isLessThanOrEqualTo(yuan(range.maximum().orElseThrow()));
    }
  }

  /**
   * A book where the first-loan cap of 200,000 (第5条 "单户企业贴息金额最高20万元") couples the loans: L1 of 15,000,000 to
   * 20,000,000 drawn in 2023-01 with little interest (500 to 5,000), L2 of 2,000,000 to 6,000,000 drawn in 2023-03 with
   * much (15,000 to 40,000), so that L1 taking the first-loan subsidy may leave too little of the cap for L2, which
   * then goes to the tech-SME subsidy (the case of register §4.6 item 52).
   */
  private static Book coupledBook(Random random) {
    String drawdown = "2023-01-" + String.format("%02d", 1 + random.nextInt(28));
    String drawn = "2023-03-" + String.format("%02d", 1 + random.nextInt(28));
    String loans = loan("L1", 100_000L * (150 + random.nextInt(51)), "4%", drawdown, "%FLAG%") + ", "
        + loan("L2", 100_000L * (20 + random.nextInt(41)), "4%", drawn,
            "\"subsidisedUnderAnotherMunicipalScheme\": false,");
    String payments = interest("I-1", "L1", drawdown, (500 + random.nextInt(4_500)) + ".00") + ", "
        + interest("I-2", "L2", drawn, (15_000 + random.nextInt(25_000)) + ".00");
    return new Book(loans, payments);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261205L, 52L})
  void test_aCapCouplesTheLoans_eachOutcomeCoversEveryCompletion(long seed) {
    Random random = new Random(seed);
    int widened = 0;
    for (int n = 0; n < 40; n++) {
      Book book = coupledBook(random);
      // L1's subsidised flag never given; whether a first-time borrower given (true) or not, half the time each;
      // the enrolment held, no fees, nothing received
      int[] forms = {random.nextBoolean() ? 0 : 2, 0, 2, 0, 0};
      List<Integer> open = forms[0] == 2 ? List.of(0, 2) : List.of(2);
      EntitlementReport openReport = report(request(book, forms));
      BigDecimal least = yuan(openReport.totals().inReach().minimum());
      BigDecimal most = yuan(openReport.totals().inReach().maximum().orElseThrow());
      BigDecimal techMost = BigDecimal.ZERO;
      for (int mask = 0; mask < 1 << open.size(); mask++) {
        int[] known = forms.clone();
        for (int i = 0; i < open.size(); i++) {
          known[open.get(i)] = mask >> i & 1;
        }
        EntitlementReport completed = report(request(book, known));
        String label = "seed " + seed + " profile " + n + " completion " + mask + " of the facts " + open;
        assertEachOutcomeCovers(openReport, completed, label);
        OutcomeAmount pair = completed.totals().inReach();
        assertThat(yuan(pair.minimum())).as(label + ": least").isGreaterThanOrEqualTo(least);
        assertThat(yuan(pair.maximum().orElseThrow())).as(label + ": most").isLessThanOrEqualTo(most);
        techMost = techMost.max(yuan(completed.outcome(new MeasureId(TECH_SME)).orElseThrow().amount().maximum()
            .orElseThrow()));
      }
      // a completion sent L2 to the tech-SME subsidy: more than L1's interest × 80% (第13条), at most 5,000 × 80%
      widened += techMost.compareTo(new BigDecimal("4000.00")) > 0 ? 1 : 0;
    }
    assertThat(widened).as("seed %d: profiles where L2 moves to the tech-SME subsidy", seed).isGreaterThan(5);
  }

  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {20261205L, 50L, 7L})
  void test_everyCompletion_liesWithinTheJointLeastAndMost_andTheTotal(long seed) {
    Random random = new Random(seed);
    int groups = 0;
    int raised = 0;
    int several = 0;
    int completions = 0;
    int coupledProfiles = 0;
    int outcomesChecked = 0;
    int flagOpenWithoutStacking = 0;
    for (int n = 0; n < 120; n++) {
      Book book = book(random, "%FLAG%");
      int[] forms = new int[FACTS.length];
      List<Integer> open = new ArrayList<>();
      for (int f = 0; f < FACTS.length; f++) {
        // at most three facts not given: the first-time borrower two times in three (it opens the choice), the others
        // one time in four
        // the subsidised-elsewhere flag of a firm known not to be a first-time borrower always (within three): no
        // stacking runs then, and the tech-SME outcome's least leaves the loan's interest out (decisions register §4.1
        // item 10; before, it counted it, and this case was left out of the test)
        boolean barred = f == 2 && forms[0] == 1;
        boolean notGiven = open.size() < 3
            && (f == 0 ? random.nextInt(3) != 0 : barred || random.nextInt(4) == 0);
        flagOpenWithoutStacking += barred && notGiven ? 1 : 0;
        // a given fact takes its first form (the one under which both subsidies may pay) three times in four
        forms[f] = notGiven ? 2 : random.nextInt(4) == 0 ? 1 : 0;
        if (notGiven) {
          open.add(f);
        }
      }
      EntitlementReport openReport = report(request(book, forms));
      OutcomeAmount total = openReport.totals().inReach();
      BigDecimal least = yuan(total.minimum());
      BigDecimal most = yuan(total.maximum().orElseThrow());
      List<JointLimit> limits = openReport.jointLimits();
      // a cap can bind and a loan is open: the stacking was run on the completions (register §4.6 item 52)
      boolean coupled = openReport.outcomes().stream().flatMap(outcome -> outcome.notes().stream())
          .anyMatch(note -> note.message().en().contains("completions of the facts not given"));
      coupledProfiles += coupled ? 1 : 0;
      for (JointLimit limit : limits) {
        groups++;
        BigDecimal minima = BigDecimal.ZERO;
        for (MeasureId member : limit.measures()) {
          minima = minima.add(yuan(openReport.outcome(member).orElseThrow().amount().minimum()));
        }
        assertThat(yuan(limit.minimum())).as("seed %d profile %d: the least at least the minima", seed, n)
            .isGreaterThanOrEqualTo(minima);
        raised += yuan(limit.minimum()).compareTo(minima) > 0 ? 1 : 0;
        several += limit.loanIds().size() > 1 ? 1 : 0;
      }
      // every completion of the facts not given (2 ^ open of them)
      for (int mask = 0; mask < 1 << open.size(); mask++) {
        int[] known = forms.clone();
        for (int i = 0; i < open.size(); i++) {
          known[open.get(i)] = mask >> i & 1;
        }
        EntitlementReport completed = report(request(book, known));
        OutcomeAmount pair = completed.totals().inReach();
        completions++;
        String label = "seed " + seed + " profile " + n + " completion " + mask + " of the facts " + open
            + (System.getProperty("debugJoint") != null ? " OPEN " + openReport.outcomes().stream().map(o -> o.measure()
            + " " + o.amount()).toList() + " " + total + " " + limits + " REQ " + request(book, forms) : "");
        assertThat(yuan(pair.minimum())).as(label + ": least").isGreaterThanOrEqualTo(least);
        assertThat(yuan(pair.maximum().orElseThrow())).as(label + ": most").isLessThanOrEqualTo(most);
        // each outcome's own range, not only the pair's, covers the completion's amount: where a cap can bind, an open
        // loan's choice moves a decided loan to the other subsidy (register §4.6 item 52)
        assertEachOutcomeCovers(openReport, completed, label);
        outcomesChecked += coupled ? 2 : 0;
        for (JointLimit limit : limits) {
          // the request asks for the pair only: the completion's total is the pair's
          assertThat(yuan(pair.minimum())).as(label + ": joint least").isGreaterThanOrEqualTo(yuan(limit.minimum()));
          assertThat(yuan(pair.maximum().orElseThrow())).as(label + ": joint most")
              .isLessThanOrEqualTo(yuan(limit.maximum()));
        }
      }
    }
    assertThat(groups).as("seed %d: groups declared", seed).isGreaterThan(10);
    assertThat(raised).as("seed %d: joint least above the minima", seed).isGreaterThan(3);
    assertThat(completions).as("seed %d: completions", seed).isGreaterThan(200);
    assertThat(coupledProfiles).as("seed %d: profiles whose cap couples an open loan", seed).isGreaterThan(3);
    assertThat(outcomesChecked).as("seed %d: their outcomes checked on completions", seed).isGreaterThan(10);
    assertThat(several).as("seed %d: groups of several open loans (%d raised of %d)", seed, raised, groups)
        .isGreaterThan(3);
    assertThat(flagOpenWithoutStacking).as("seed %d: no first-time borrower, the flag open", seed).isGreaterThan(4);
  }
}
