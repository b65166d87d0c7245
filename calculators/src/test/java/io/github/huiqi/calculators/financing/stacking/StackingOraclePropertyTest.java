package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Fee;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Firm;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Guarantee;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Hull;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Interest;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Loan;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Outcome;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Profile;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Project;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.RenovationPayment;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Scheme;
import io.github.huiqi.calculators.financing.stacking.StackingOracle.Stacked;
import io.github.huiqi.calculators.financing.techsme.TechSmeFeePayment;
import io.github.huiqi.calculators.financing.techsme.TechSmeInterestItem;
import io.github.huiqi.core.enterprise.EnterpriseFacts;
import io.github.huiqi.core.enterprise.EnterpriseSize;
import io.github.huiqi.core.enterprise.LoanFacts;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.financing.stacking.StackingScheme;
import io.github.huiqi.core.financing.techsme.TechSmeMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.PolicyData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link StackingOracle} against the library: seeded random Shenzhen (and some Shanghai) firms with one to four loans
 * (first loans of 2023-Q1, later 2023 loans, 2022 loans, some guaranteed), 科技贴息 interest, 贴保 fees and renovation
 * projects whose payments name the loans (or none), through {@code EntitlementEngine.builtIn()} (typed, by profile and
 * date, and JSON; both {@code interestSubsidyPrecedence} and both {@code unsettledStacking} options; on 2023-12-31
 * and, one in five, on 2024-06-30 after the first-loan window) and through {@link StackingCalculator} (plain,
 * explaining and JSON forms, with recorded first claims under both precedences). About one loan in four records the
 * subsidy already claimed on it ({@code interestSubsidyClaimedFirst}, register §4.6 item 72), which the oracle reads
 * under FIRST_CLAIMED as the clause's one subsidy per loan, the claim made standing.
 * <p>
 * With every fact known, each stacked outcome's verdict and amount, its {@code countedInTotal}, the absence of joint
 * limits and the total in reach must equal the oracle's to the fen. With the first-time borrower, the 科技型中小企业
 * enrolment, a loan's first drawdown or other municipal subsidy, or what the programme already paid not given, each
 * completion of those facts is decided by the oracle, and each outcome's range, a declared joint limit and the
 * total's part for the three interest subsidies (those the report counts: a tech-SME outcome set aside under
 * COUNT_HIGHER, register §4.6 item 80, is in neither side) must hold every completion's figure; no joint limit may be
 * declared where the register says none is (items 50, 54, 68), and a fact a limit says decides nothing must leave the
 * pair's figure the same on every two completions that differ in it alone (item 85). The restated tax reliefs
 * (深工信〔2023〕26号 第1条, 沪企服办〔2023〕1号 第二十二条) are counted once under the firm's region. A failure names its
 * seed. About 35 seconds.
 */
class StackingOraclePropertyTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final LocalDate AS_OF = LocalDate.of(2023, 12, 31);
  private static final LocalDate LATER = LocalDate.of(2024, 6, 30);

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String FEE_SUBSIDY = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
  private static final String GRANT = "sz-gxj-2022-small-to-scale.technical-renovation-grant";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";

  private static final int KNOWN_CASES = 700;
  private static final FirstLoanMeasure FIRST_MEASURE = PolicyData.builtIn().getMeasure(FirstLoanMeasure.SHENZHEN_2023);
  private static final TechSmeMeasure TECH_MEASURE = PolicyData.builtIn().getMeasure(TechSmeMeasure.SHENZHEN_2023);
  private static final int OPEN_CASES = 2_000;

  //-------------------------------------------------------------------------
  @Test
  void test_everyFactKnown_engineMatchesTheOracle() {
    int capBinds = 0;
    int techOverFirst = 0;
    int renovationKeeps = 0;
    for (long seed = 1; seed <= KNOWN_CASES; seed++) {
      Profile profile = generate(new Random(seed), false);
      boolean larger = seed % 2 == 0;
      boolean higher = seed % 3 == 0;
      // one in five after the first-loan subsidy's window (2023-12-31): it is out of the total and takes no loan
      checkKnown(seed, profile, larger, higher, seed % 5 == 0 ? LATER : AS_OF);
      capBinds += StackingOracle.capCanBind(profile) ? 1 : 0;
      Map<String, Scheme> alone = StackingOracle.interestStacking(profile, larger, Map.of());
      techOverFirst += profile.loans().stream().anyMatch(loan -> alone.get(loan.id()) == Scheme.TECH_SME
          && StackingOracle.firstLoanQualifies(profile.firm(), profile.shanghai(), loan)) ? 1 : 0;
      renovationKeeps += !StackingOracle.stacked(profile, larger, AS_OF).applies().equals(alone) ? 1 : 0;
    }
    // the generator reaches the caps, loans the tech-SME subsidy takes from the first-loan one, and loans the
    // renovation subsidy keeps
    assertThat(List.of(capBinds, techOverFirst, renovationKeeps)).allMatch(count -> count >= 20);
  }

  @Test
  void test_factsOpen_everyCompletionWithinTheRanges() {
    int declared = 0;
    int decidingNothing = 0;
    for (long seed = 10_001; seed < 10_001 + OPEN_CASES; seed++) {
      Profile profile = generate(new Random(seed), true);
      boolean larger = seed % 2 == 0;
      JsonNode joints = checkOpen(seed, profile, larger, seed % 3 == 0);
      declared += joints.isEmpty() ? 0 : 1;
      decidingNothing += joints.findValues("factsDecidingNothing").isEmpty() ? 0 : 1;
    }
    // the generator reaches the joint limits of register §4.6 items 49 and 50 (36 of the first 500 profiles), and
    // limits with a fact deciding nothing (item 85: 4 of them)
    assertThat(declared).isGreaterThanOrEqualTo(10);
    assertThat(decidingNothing).isGreaterThanOrEqualTo(2);
  }

  /**
   * {@link StackingCalculator} with facts open, where no cap can bind: a loan it decides goes the same way in every
   * completion, and its totals (what is decided) are at most each completion's.
   */
  @Test
  void test_calculator_factsOpen_decidedAsEveryCompletion() {
    for (long seed = 40_001; seed <= 40_400; seed++) {
      Random random = new Random(seed);
      Profile profile = generate(random, true);
      if (profile.shanghai() || profile.firm().received() == null || StackingOracle.capCanBind(profile)) {
        continue;
      }
      boolean larger = random.nextBoolean();
      StackingRequest request = calculatorRequest(profile, List.of(), larger);
      String at = "seed " + seed + ", " + (larger ? "LARGER" : "FIRST_CLAIMED") + ": " + HuiqiJson.write(request);
      StackingResult result = StackingCalculator.DEFAULT.explainTotalSubsidy(FIRST_MEASURE, TECH_MEASURE, request);
      List<Profile> completions = StackingOracle.completions(profile);
      boolean open = false;
      for (StackingLoanDecision decision : result.loans()) {
        if (decision.ground() == StackingGround.UNDETERMINED) {
          open = true;
          assertThat(decision.missingFacts()).as(decision.loanId() + ", " + at).isNotEmpty();
          continue;
        }
        for (Profile completion : completions) {
          Map<String, Scheme> applies = StackingOracle.interestStacking(completion, larger, Map.of());
          assertThat(decision.applies().map(Enum::name)).as(decision.loanId() + " in " + completion + ", " + at)
              .isEqualTo(Optional.ofNullable(applies.get(decision.loanId())).map(Enum::name));
        }
      }
      // an open loan names its facts (the result may name others too: the fees' enrolment, say)
      assertThat(!open || !result.missingFacts().isEmpty()).as(at).isTrue();
      for (Profile completion : completions) {
        Map<String, Scheme> applies = StackingOracle.interestStacking(completion, larger, Map.of());
        assertThat(Cny.yuan(result.firstLoanTotal(), "first")).as("first-loan, " + at)
            .isLessThanOrEqualTo(StackingOracle.firstLoanTotal(completion, applies));
        assertThat(Cny.yuan(result.techSmeTotal(), "tech")).as("tech-SME, " + at)
            .isLessThanOrEqualTo(StackingOracle.techSmeTotal(completion, applies));
      }
    }
  }

  @Test
  void test_calculator_everyFactKnown_matchesTheOracle() {
    for (long seed = 20_001; seed <= 20_000 + KNOWN_CASES; seed++) {
      Random random = new Random(seed);
      Profile profile = generate(random, false);
      if (profile.shanghai() || profile.loans().isEmpty()) {
        continue;
      }
      checkCalculator(seed, random, profile);
    }
  }

  /**
   * A national tax relief restated by 深工信〔2023〕26号 第1条 and 沪企服办〔2023〕1号 第二十二条 is counted once, under the
   * restatement listed for the firm's registration region (register §1.7): the other is ineligible at 0.00 and out of
   * the total; with the region not given, the Shanghai restatement is set aside and the Shenzhen one (listed for any
   * region) counted. The kept outcome's amount is the oracle's, 2023: the R&amp;D saving 25% × min(TIb, R&amp;D) and
   * the 小型微利企业 relief 20% × TIa on TIa = max(TIb − R&amp;D, 0) ≤ 3,000,000.
   */
  @Test
  void test_restatedTaxReliefs_countedOnce() {
    for (long seed = 30_001; seed <= 30_150; seed++) {
      Random random = new Random(seed);
      int region = random.nextInt(3);
      BigDecimal before = BigDecimal.valueOf(100_000L + random.nextInt(39_000) * 100L);
      BigDecimal rd = BigDecimal.valueOf(10_000L + random.nextInt(9_900) * 100L);
      String json = ShanghaiTaxFirmText.request(region == 0 ? "440306" : region == 1 ? "310115" : null, before, rd);
      String at = "seed " + seed + ": " + json;
      JsonNode report = report(json, at);
      String kept = region == 1 ? "sh-qfb-2023-1." : "sz-gxj-2023-26.";
      String other = region == 1 ? "sz-gxj-2023-26." : "sh-qfb-2023-1.";
      BigDecimal relief = StackingOracle.smallLowProfitRelief(before, rd);
      BigDecimal saving = StackingOracle.rdSaving(before, rd);
      for (String measure : List.of("small-low-profit-enterprise", "rd-super-deduction")) {
        BigDecimal expected = measure.startsWith("small") ? relief : saving;
        JsonNode counted = outcome(report, kept + measure);
        JsonNode aside = outcome(report, other + measure);
        // a 小型微利企业 with nothing left to tax (TIa = 0) still qualifies, at 0.00; the R&D saving is positive here
        boolean eligible = measure.startsWith("small")
            ? StackingOracle.incomeAfterRd(before, rd).compareTo(StackingOracle.SMALL_LOW_PROFIT_LIMIT) <= 0
            : expected.signum() > 0;
        assertThat(counted.at("/verdict").asText()).as(kept + measure + ", " + at)
            .isEqualTo(eligible ? "ELIGIBLE" : "INELIGIBLE");
        assertThat(least(counted)).as(kept + measure + ", " + at).isEqualByComparingTo(expected);
        assertThat(most(counted)).as(kept + measure + ", " + at).isEqualByComparingTo(expected);
        assertThat(counted.at("/countedInTotal").asBoolean()).as(kept + measure + ", " + at).isEqualTo(eligible);
        assertThat(aside.at("/countedInTotal").asBoolean()).as(other + measure + ", " + at).isFalse();
        if (region != 2) {
          assertThat(aside.at("/verdict").asText()).as(other + measure + ", " + at).isEqualTo("INELIGIBLE");
          assertThat(most(aside)).as(other + measure + ", " + at).isEqualByComparingTo("0");
        }
      }
      assertTotals(report, at);
    }
  }

  //-------------------------------------------------------------------------
  private static void checkKnown(long seed, Profile profile, boolean larger, boolean higher, LocalDate asOf) {
    String json = request(profile, larger, higher, asOf);
    String at = "seed " + seed + ", " + (larger ? "LARGER" : "FIRST_CLAIMED") + ", "
        + (higher ? "COUNT_HIGHER" : "COUNT_BOTH") + ": " + json;
    JsonNode report = report(json, at);
    Stacked expected = StackingOracle.stacked(profile, larger, asOf);
    Map<String, Outcome> outcomes = new LinkedHashMap<>();
    outcomes.put(FIRST_LOAN, expected.firstLoan());
    outcomes.put(TECH_SME, expected.techSme());
    outcomes.put(RENOVATION, expected.renovationInterest());
    outcomes.put(GRANT, expected.grant());
    outcomes.put(FEE_SUBSIDY, expected.feeSubsidy());
    for (Map.Entry<String, Outcome> entry : outcomes.entrySet()) {
      JsonNode outcome = outcome(report, entry.getKey());
      assertThat(outcome.at("/verdict").asText()).as(entry.getKey() + " verdict " + outcome.at("/amount") + ", "
          + at)
          .isEqualTo(entry.getValue().verdict());
      assertThat(least(outcome)).as(entry.getKey() + " least, " + at)
          .isEqualByComparingTo(entry.getValue().least());
      assertThat(most(outcome)).as(entry.getKey() + " most, " + at).isEqualByComparingTo(entry.getValue().most());
    }
    // countedInTotal: not ineligible (windows open on 2023-12-31, no draft), and under COUNT_HIGHER the lower of the
    // two guarantee-fee subsidies set aside when the 贴保 has a fee and both may pay (register §4.4 item 25)
    boolean techCounted = !expected.techSme().ineligible();
    boolean feeCounted = !expected.feeSubsidy().ineligible();
    if (higher && techCounted && feeCounted && !profile.fees().isEmpty()
        && expected.techSme().most().signum() > 0 && expected.feeSubsidy().most().signum() > 0) {
      boolean feeHigher = expected.feeSubsidy().most().compareTo(expected.techSme().most()) > 0;
      techCounted = feeHigher ? false : techCounted;
      feeCounted = feeHigher;
    }
    boolean firstOpen = !asOf.isAfter(StackingOracle.FIRST_LOAN_WINDOW_END);
    Map<String, Boolean> counted = Map.of(FIRST_LOAN, firstOpen && !expected.firstLoan().ineligible(),
        TECH_SME, techCounted,
        RENOVATION, !expected.renovationInterest().ineligible(), GRANT, !expected.grant().ineligible(),
        FEE_SUBSIDY, feeCounted);
    for (Map.Entry<String, Boolean> entry : counted.entrySet()) {
      assertThat(outcome(report, entry.getKey()).at("/countedInTotal").asBoolean())
          .as(entry.getKey() + " countedInTotal, " + at).isEqualTo(entry.getValue());
    }
    assertThat(report.at("/jointLimits").size()).as("jointLimits, " + at).isZero();
    assertTotals(report, at);
    for (String id : outcomes.keySet()) {
      assertVerdictConvention(outcome(report, id), id + ", " + at);
    }
  }

  /** Checks one profile with facts open; returns the joint limits the report declared. */
  private static JsonNode checkOpen(long seed, Profile profile, boolean larger, boolean higher) {
    String json = request(profile, larger, higher, AS_OF);
    String at = "seed " + seed + ", " + (larger ? "LARGER" : "FIRST_CLAIMED") + ", "
        + (higher ? "COUNT_HIGHER" : "COUNT_BOTH") + ": " + json;
    JsonNode report = report(json, at);
    // the guarantee-fee subsidies (register §4.4 item 25): under COUNT_HIGHER, when both may pay and the 贴保 has a
    // fee, the one with the lower most is set aside (the small/micro one on a tie); otherwise each is counted unless
    // ineligible
    JsonNode tech = outcome(report, TECH_SME);
    JsonNode fee = outcome(report, FEE_SUBSIDY);
    boolean techCounted = !tech.at("/verdict").asText().equals("INELIGIBLE");
    boolean feeCounted = !fee.at("/verdict").asText().equals("INELIGIBLE");
    if (higher && techCounted && feeCounted && !profile.fees().isEmpty() && most(tech).signum() > 0
        && most(fee).signum() > 0) {
      feeCounted = most(fee).compareTo(most(tech)) > 0;
      techCounted = !feeCounted;
    }
    assertThat(tech.at("/countedInTotal").asBoolean()).as("tech-SME counted, " + at).isEqualTo(techCounted);
    assertThat(fee.at("/countedInTotal").asBoolean()).as("fee subsidy counted, " + at).isEqualTo(feeCounted);
    List<Stacked> completions = new ArrayList<>();
    for (Profile completion : StackingOracle.completions(profile)) {
      completions.add(StackingOracle.stacked(completion, larger, AS_OF));
    }
    Map<String, List<BigDecimal>> figures = new LinkedHashMap<>();
    figures.put(FIRST_LOAN, completions.stream().map(s -> s.firstLoan().least()).toList());
    figures.put(TECH_SME, completions.stream().map(s -> s.techSme().least()).toList());
    figures.put(RENOVATION, completions.stream().map(s -> s.renovationInterest().least()).toList());
    for (Map.Entry<String, List<BigDecimal>> entry : figures.entrySet()) {
      JsonNode outcome = outcome(report, entry.getKey());
      Hull hull = Hull.of(entry.getValue());
      String what = entry.getKey() + " " + least(outcome) + " – " + most(outcome) + " against the completions "
          + StackingOracle.show(entry.getValue()) + ", " + at;
      assertThat(least(outcome)).as(what).isLessThanOrEqualTo(hull.least());
      assertThat(most(outcome)).as(what).isGreaterThanOrEqualTo(hull.most());
      if (outcome.at("/verdict").asText().equals("INELIGIBLE")) {
        assertThat(hull.most().signum()).as("ineligible yet a completion pays: " + what).isZero();
      }
    }
    List<BigDecimal> pairs = completions.stream().map(s -> s.firstLoan().least().add(s.techSme().least())).toList();
    Hull pairHull = Hull.of(pairs);
    JsonNode joints = report.at("/jointLimits");
    for (JsonNode joint : joints) {
      String what = "joint " + joint + " against the completions " + StackingOracle.show(pairs) + ", " + at;
      assertThat(joint.at("/minimum/amount").decimalValue()).as(what).isLessThanOrEqualTo(pairHull.least());
      assertThat(joint.at("/maximum/amount").decimalValue()).as(what).isGreaterThanOrEqualTo(pairHull.most());
    }
    assertDecidingNothing(joints, profile, StackingOracle.completions(profile), pairs, at);
    // no joint limit where a cap can bind (register §4.6 item 50) or a renovation payment names no loan, a loan both
    // subsidies may pay on (item 54), or a loan decided for either (item 68): a loan one subsidy only may take counts
    // in the pair's most alone, which the renovation subsidy's taking it only leaves too wide
    List<Profile> filled = StackingOracle.completions(profile);
    Set<String> open = StackingOracle.pairMayTake(profile, filled, larger);
    boolean renovationOnOpen = profile.projects().stream().flatMap(p -> p.payments().stream())
        .anyMatch(payment -> payment.loanId() == null || open.contains(payment.loanId()));
    if (StackingOracle.capCanBind(profile) || renovationOnOpen) {
      assertThat(joints.size()).as("no joint limit: cap " + StackingOracle.capCanBind(profile) + ", open loans "
          + open + ", " + at).isZero();
    }
    // the three interest subsidies of each completion within the total's part for them, the same measures on both
    // sides: those the report counts in its total (under COUNT_HIGHER a tech-SME outcome set aside whole for a higher
    // small/micro fee subsidy, register §4.6 item 80, is in neither; StackingOracleSeedsTest)
    BigDecimal least = BigDecimal.ZERO;
    BigDecimal most = BigDecimal.ZERO;
    Set<String> countedInterest = new HashSet<>();
    for (String id : List.of(FIRST_LOAN, TECH_SME, RENOVATION)) {
      JsonNode outcome = outcome(report, id);
      if (outcome.at("/countedInTotal").asBoolean()) {
        countedInterest.add(id);
        least = least.add(least(outcome));
        most = most.add(most(outcome));
      }
    }
    for (JsonNode joint : joints) {
      for (JsonNode member : joint.at("/measures")) {
        least = least.subtract(least(outcome(report, member.asText())));
        most = most.subtract(most(outcome(report, member.asText())));
      }
      least = least.add(joint.at("/minimum/amount").decimalValue());
      most = most.add(joint.at("/maximum/amount").decimalValue());
    }
    for (Stacked completion : completions) {
      BigDecimal sum = (countedInterest.contains(FIRST_LOAN) ? completion.firstLoan().least() : BigDecimal.ZERO)
          .add(countedInterest.contains(TECH_SME) ? completion.techSme().least() : BigDecimal.ZERO)
          .add(countedInterest.contains(RENOVATION) ? completion.renovationInterest().least() : BigDecimal.ZERO);
      assertThat(sum).as("a completion's interest subsidies " + sum + " within " + least + " – " + most + ", " + at)
          .isBetween(least, most);
    }
    assertTotals(report, at);
    for (String id : List.of(FIRST_LOAN, TECH_SME, RENOVATION, GRANT, FEE_SUBSIDY)) {
      assertVerdictConvention(outcome(report, id), id + ", " + at);
    }
    // the five measures asked alone: each outcome as in the whole run, the joint limits kept, and a bounded total
    // whose open width the next questions share
    String alone = "{\"measures\": [\"" + String.join("\", \"", FIRST_LOAN, TECH_SME, RENOVATION, GRANT, FEE_SUBSIDY)
        + "\"], " + json.substring(1);
    JsonNode asked = report(alone, at);
    for (String id : List.of(FIRST_LOAN, TECH_SME, RENOVATION, GRANT, FEE_SUBSIDY)) {
      assertThat(outcome(asked, id)).as(id + " asked alone, " + at).isEqualTo(outcome(report, id));
    }
    assertThat(asked.at("/jointLimits")).as("joint limits asked alone, " + at).isEqualTo(joints);
    assertThat(asked.at("/totals/inReach/maximum/amount").isMissingNode()).as(at).isFalse();
    assertTotals(asked, at);
    return joints;
  }

  /**
   * A fact a joint limit says decides nothing (register §4.6 item 85) is open in the profile, and the oracle's pair
   * amount (the two subsidies' figures added) is the same on any two completions that differ in it alone.
   */
  private static void assertDecidingNothing(JsonNode joints, Profile profile, List<Profile> filled,
      List<BigDecimal> pairs, String at) {
    for (JsonNode joint : joints) {
      for (JsonNode named : joint.at("/factsDecidingNothing")) {
        String fact = named.asText();
        assertThat(oracleFacts(profile, "")).as(fact + " open, " + at).containsEntry(fact, "null");
        Map<Map<String, String>, BigDecimal> byOthers = new HashMap<>();
        for (int c = 0; c < filled.size(); c++) {
          Map<String, String> others = oracleFacts(filled.get(c), fact);
          BigDecimal seen = byOthers.putIfAbsent(others, pairs.get(c));
          assertThat(seen == null || seen.compareTo(pairs.get(c)) == 0).as(fact + " decides nothing, yet "
              + seen + " against " + pairs.get(c) + " with " + others + ", " + at).isTrue();
        }
      }
    }
  }

  /** A profile's open yes/no facts and what was received, by profile pointer, but one ("null": not given). */
  private static Map<String, String> oracleFacts(Profile profile, String but) {
    Map<String, String> facts = new LinkedHashMap<>();
    facts.put("/firstTimeBorrower", String.valueOf(profile.firm().firstTimeBorrower()));
    facts.put("/techSme", String.valueOf(profile.firm().enrolled()));
    facts.put("/techSmeSubsidyReceived", String.valueOf(profile.firm().received()));
    for (int i = 0; i < profile.loans().size(); i++) {
      Loan loan = profile.loans().get(i);
      facts.put("/loans/" + i + "/subsidisedUnderAnotherMunicipalScheme", String.valueOf(loan.elsewhere()));
      facts.put("/loans/" + i + "/firstDrawdownOfFirstContract", String.valueOf(loan.firstDrawdown()));
    }
    facts.remove(but);
    return facts;
  }

  /**
   * The verdict convention (register §4.6 items 42 and 45): an undetermined outcome names a fact and may be worth
   * nothing; an eligible one at one figure names none; an ineligible one is 0.00 and names none.
   */
  private static void assertVerdictConvention(JsonNode outcome, String at) {
    String verdict = outcome.at("/verdict").asText();
    int facts = outcome.at("/missingFacts").size();
    if (verdict.equals("UNDETERMINED")) {
      assertThat(facts).as("undetermined names a fact, " + at).isPositive();
      assertThat(least(outcome)).as("undetermined from zero, " + at).isZero();
    } else if (verdict.equals("INELIGIBLE")) {
      assertThat(facts).as("ineligible names none, " + at).isZero();
      assertThat(most(outcome)).as("ineligible at 0.00, " + at).isZero();
    } else if (least(outcome).compareTo(most(outcome)) == 0) {
      assertThat(facts).as("eligible at one figure names none, " + at).isZero();
    }
  }

  /**
   * The total in reach: each counted outcome's least and most added, a declared joint limit's members counted as one
   * amount from its minimum to its maximum (register §4.6 items 49 and 50).
   */
  private static void assertTotals(JsonNode report, String at) {
    EngineJson.CountedSum sum = EngineJson.countedSum(report);
    assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).as("total least, " + at)
        .isEqualByComparingTo(sum.least());
    JsonNode max = report.at("/totals/inReach/maximum");
    if (sum.bounded()) {
      assertThat(max.at("/amount").decimalValue()).as("total most, " + at).isEqualByComparingTo(sum.most());
      // the next questions share each counted outcome's open width among the facts it names (a group's width among
      // its members' facts; a width no fact decides, such as a grant the authority fixes, is asked of nobody): the
      // amounts decided add up to it, to within a fen a question
      BigDecimal decided = BigDecimal.ZERO;
      for (JsonNode question : report.at("/nextQuestions")) {
        decided = decided.add(question.at("/amountDecided/amount").decimalValue());
      }
      BigDecimal width = BigDecimal.ZERO;
      List<String> grouped = new ArrayList<>();
      for (JsonNode joint : report.at("/jointLimits")) {
        boolean asked = false;
        for (JsonNode member : joint.at("/measures")) {
          grouped.add(member.asText());
          asked |= outcome(report, member.asText()).at("/missingFacts").size() > 0;
        }
        width = width.add(asked ? joint.at("/maximum/amount").decimalValue()
            .subtract(joint.at("/minimum/amount").decimalValue()) : BigDecimal.ZERO);
      }
      for (JsonNode outcome : report.at("/outcomes")) {
        if (outcome.at("/countedInTotal").asBoolean() && !grouped.contains(outcome.at("/measure").asText())
            && outcome.at("/missingFacts").size() > 0) {
          width = width.add(most(outcome).subtract(least(outcome)));
        }
      }
      assertThat(decided.subtract(width).abs()).as("next questions " + decided + " against the width " + width
          + ", " + at).isLessThanOrEqualTo(new BigDecimal("0.01").multiply(
              BigDecimal.valueOf(report.at("/nextQuestions").size())));
    } else {
      assertThat(max.isMissingNode() || max.isNull()).as("total unbounded, " + at).isTrue();
    }
  }

  //-------------------------------------------------------------------------
  private static void checkCalculator(long seed, Random random, Profile profile) {
    boolean larger = random.nextBoolean();
    Map<String, Scheme> claims = new HashMap<>();
    List<StackingClaim> recorded = new ArrayList<>();
    for (Loan loan : profile.loans()) {
      if (random.nextInt(3) == 0) {
        // a request's claim on a loan that records one must be that one (else refused); the oracle reads the two
        Scheme scheme = random.nextBoolean() ? Scheme.FIRST_LOAN : Scheme.TECH_SME;
        scheme = loan.claimed() != null ? loan.claimed() : scheme;
        claims.put(loan.id(), scheme);
        recorded.add(StackingClaim.of(loan.id(), StackingScheme.valueOf(scheme.name())));
      }
    }
    StackingRequest request = calculatorRequest(profile, recorded, larger);
    String at = "seed " + seed + ", " + (larger ? "LARGER" : "FIRST_CLAIMED") + ": " + HuiqiJson.write(request);
    StackingResult explained = StackingCalculator.DEFAULT.explainTotalSubsidy(FIRST_MEASURE, TECH_MEASURE, request);

    Map<String, Scheme> applies = StackingOracle.interestStacking(profile, larger, claims);
    BigDecimal first = StackingOracle.firstLoanTotal(profile, applies);
    BigDecimal tech = StackingOracle.techSmeTotal(profile, applies);
    assertThat(explained.missingFacts()).as(at).isEmpty();
    for (StackingLoanDecision decision : explained.loans()) {
      assertThat(decision.applies().map(Enum::name)).as(decision.loanId() + " applies, " + at)
          .isEqualTo(Optional.ofNullable(applies.get(decision.loanId())).map(Enum::name));
    }
    assertThat(Cny.yuan(explained.firstLoanTotal(), "first")).as("first-loan total, " + at)
        .isEqualByComparingTo(first);
    assertThat(Cny.yuan(explained.techSmeTotal(), "tech")).as("tech-SME total, " + at).isEqualByComparingTo(tech);
    assertThat(Cny.yuan(explained.total(), "total")).as("total, " + at).isEqualByComparingTo(first.add(tech));
    assertThat(Cny.yuan(StackingCalculator.DEFAULT.totalSubsidy(FIRST_MEASURE, TECH_MEASURE, request), "plain"))
        .as("plain form, " + at).isEqualByComparingTo(first.add(tech));
    StackingResult fromJson = HuiqiJson.read(StackingCalculator.DEFAULT.explainTotalSubsidyJson(FIRST_MEASURE,
        TECH_MEASURE, HuiqiJson.write(request)), StackingResult.class);
    assertThat(Cny.yuan(fromJson.total(), "json")).as("JSON form, " + at).isEqualByComparingTo(first.add(tech));
    assertThat(Cny.yuan(fromJson.firstLoanTotal(), "json")).as("JSON form, " + at).isEqualByComparingTo(first);
  }

  /** The calculator's request for a Shenzhen profile: its enterprise facts, loans, interest and fees. */
  private static StackingRequest calculatorRequest(Profile profile, List<StackingClaim> recorded, boolean larger) {
    Firm firm = profile.firm();
    EnterpriseFacts.Builder facts = EnterpriseFacts.builder().registrationRegionCode("440306")
        .independentLegalPerson(true).size(EnterpriseSize.SMALL).onSeriousDishonestyList(false);
    if (firm.firstTimeBorrower() != null) {
      facts.firstTimeBorrower(firm.firstTimeBorrower());
    }
    if (firm.enrolled() != null) {
      facts.enrolledTechSme(firm.enrolled());
    }
    EnterpriseFacts enterprise = facts.build();
    List<LoanFacts> loans = new ArrayList<>();
    List<TechSmeInterestItem> interest = new ArrayList<>();
    for (Loan loan : profile.loans()) {
      loans.add(HuiqiJson.read(loanJson(loan), LoanFacts.class));
      if (loan.interest() != null) {
        interest.add(TechSmeInterestItem.of("I-" + loan.id(), loan.id(), loan.interest().start(),
            loan.interest().end(), loan.interest().end(), Cny.of(loan.interest().paid())));
      }
    }
    List<TechSmeFeePayment> fees = new ArrayList<>();
    for (Fee fee : profile.fees()) {
      fees.add(TechSmeFeePayment.of(fee.id(), fee.paidOn(), Cny.of(fee.paid())));
    }
    return StackingRequest.builder().enterprise(enterprise).loans(loans).interest(interest)
        .guaranteeFees(fees).programmeTotalReceived(Cny.of(firm.received())).firstClaims(recorded)
        .options(StackingOptions.DEFAULTS.withPrecedence(larger ? StackingPrecedence.LARGER
            : StackingPrecedence.FIRST_CLAIMED)).build();
  }

  //-------------------------------------------------------------------------
  /** Evaluates through {@code evaluateJson}, and checks the typed entry points give the same report. */
  private static JsonNode report(String json, String at) {
    String answer = ENGINE.evaluateJson(json);
    EntitlementRequest request = HuiqiJson.read(json, EntitlementRequest.class);
    EntitlementReport typed = ENGINE.evaluate(request);
    assertThat(HuiqiJson.read(answer, EntitlementReport.class)).as("typed = JSON, " + at).isEqualTo(typed);
    if (json.contains("\"FIRST_CLAIMED\", \"unsettledStacking\": \"COUNT_BOTH\"") && request.measures().isEmpty()) {
      assertThat(ENGINE.evaluate(request.profile(), request.asOf()).outcomes()).as("profile and date, " + at)
          .isEqualTo(typed.outcomes());
    }
    try {
      return MAPPER.readTree(answer);
    } catch (java.io.IOException e) {
      throw new AssertionError(at, e);
    }
  }

  private static JsonNode outcome(JsonNode report, String id) {
    for (JsonNode outcome : report.at("/outcomes")) {
      if (outcome.at("/measure").asText().equals(id)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome " + id);
  }

  private static BigDecimal least(JsonNode outcome) {
    return outcome.at("/amount/minimum/amount").decimalValue();
  }

  private static BigDecimal most(JsonNode outcome) {
    JsonNode max = outcome.at("/amount/maximum/amount");
    return max.isMissingNode() || max.isNull() ? new BigDecimal("1e30") : max.decimalValue();
  }

  //-------------------------------------------------------------------------
  /** A random profile; with {@code open}, the first-time borrower and some loans' other subsidy may be unknown. */
  static Profile generate(Random random, boolean open) {
    boolean shanghai = random.nextInt(12) == 0;
    int pick = random.nextInt(20);
    Boolean firstTime = open && pick < 6 ? null : pick < 16;
    BigDecimal received = random.nextInt(8) == 0 ? new BigDecimal(random.nextBoolean() ? "2990000" : "3000000")
        : open && random.nextInt(6) == 0 ? null : BigDecimal.ZERO;
    boolean highReceived = received == null || received.signum() > 0;
    Boolean enrolled = open && random.nextInt(10) == 0 ? null : random.nextInt(6) != 0;
    Firm firm = new Firm(firstTime, enrolled, received);
    int count = 1 + random.nextInt(4);
    List<Loan> loans = new ArrayList<>();
    List<LocalDate> used = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      int kind = random.nextInt(20);
      LocalDate drawdown;
      boolean firstDrawdown;
      do {
        if (kind < 10) {
          drawdown = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(90));
          firstDrawdown = random.nextInt(8) != 0;
        } else if (kind < 17) {
          drawdown = LocalDate.of(2022, 1, 1).plusDays(random.nextInt(365));
          firstDrawdown = false;
        } else {
          drawdown = LocalDate.of(2023, 4, 1).plusDays(random.nextInt(120));
          firstDrawdown = true;
        }
      } while (used.contains(drawdown));
      used.add(drawdown);
      BigDecimal principal = random.nextInt(7) == 0
          ? BigDecimal.valueOf(10_000_000L + random.nextInt(10_001) * 1_000L)
          : BigDecimal.valueOf(100_000L + random.nextInt(2_901) * 1_000L);
      BigDecimal rate = BigDecimal.valueOf(150 + random.nextInt(351), 4);
      int months = random.nextInt(19);
      LocalDate maturity = months == 0 ? drawdown.plusDays(20 + random.nextInt(10)) : drawdown.plusMonths(months);
      int flag = random.nextInt(20);
      Boolean elsewhere = open && flag < 4 ? null : flag == 19;
      Interest interest = null;
      LocalDate start = drawdown.isBefore(LocalDate.of(2023, 1, 1)) ? LocalDate.of(2023, 1, 1) : drawdown;
      LocalDate end = start.plusDays(30 + random.nextInt(200));
      end = end.isAfter(maturity) ? maturity : end;
      end = end.isAfter(LocalDate.of(2024, 1, 1)) ? LocalDate.of(2024, 1, 1) : end;
      if (random.nextInt(10) < 7 && start.isBefore(end)) {
        BigDecimal paid = random.nextInt(10) == 0 && !highReceived
            ? BigDecimal.valueOf(200_000_00L + random.nextInt(40_000_000), 2)
            : BigDecimal.valueOf(100_00L + random.nextInt(6_000_000), 2);
        interest = new Interest(paid, start, end);
      }
      Guarantee guarantee = null;
      if (random.nextInt(drawdown.getYear() == 2022 ? 2 : 4) == 0) {
        guarantee = new Guarantee(BigDecimal.valueOf(50 + random.nextInt(200), 4),
            BigDecimal.valueOf(1_000_00L + random.nextInt(8_000_000), 2));
      }
      Boolean first = open && random.nextInt(12) == 0 ? null : firstDrawdown;
      loans.add(new Loan("L" + i, principal, rate, drawdown, maturity, first, elsewhere, interest,
          guarantee, null));
    }
    // about one loan in four records the subsidy already claimed on it (register §4.6 item 72), drawn from a
    // generator of its own so that the rest of the profile is what the seed gave before claims were generated
    Random claims = new Random(loans.toString().hashCode());
    for (int i = 0; i < loans.size(); i++) {
      int claim = claims.nextInt(8);
      if (claim < 2) {
        loans.set(i, loans.get(i).withClaimed(claim == 0 ? Scheme.FIRST_LOAN : Scheme.TECH_SME));
      }
    }
    List<Fee> fees = new ArrayList<>();
    boolean bigInterest = loans.stream().anyMatch(l -> l.interest() != null
        && l.interest().paid().compareTo(new BigDecimal("200000")) >= 0);
    if (!highReceived && !bigInterest) {
      int feeCount = random.nextInt(3);
      for (int f = 1; f <= feeCount; f++) {
        fees.add(new Fee("G" + f, BigDecimal.valueOf(1_000_00L + random.nextInt(9_900_000), 2),
            LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300))));
      }
    }
    List<Project> projects = new ArrayList<>();
    if (random.nextInt(5) < 2) {
      int projectCount = 1 + random.nextInt(2);
      for (int p = 1; p <= projectCount; p++) {
        List<RenovationPayment> payments = new ArrayList<>();
        int paymentCount = 1 + random.nextInt(3);
        for (int k = 1; k <= paymentCount; k++) {
          String loanId = random.nextInt(5) == 0 ? null : loans.get(random.nextInt(loans.size())).id();
          LocalDate from = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(300));
          LocalDate until = from.plusDays(30 + random.nextInt(300));
          // now and then interest enough for the per-project cap of 5,000,000 (第十条 "最高500万元") to bind
          BigDecimal interest = random.nextInt(15) == 0
              ? BigDecimal.valueOf(6_000_000_00L + random.nextInt(600_000_000), 2)
              : BigDecimal.valueOf(1_000_00L + random.nextInt(8_000_000), 2);
          payments.add(new RenovationPayment("R" + p + "P" + k, loanId, interest, from, until));
        }
        projects.add(new Project("R" + p, BigDecimal.valueOf(1_000_000L + random.nextInt(100_000) * 1_000L),
            payments));
      }
    }
    return new Profile(shanghai, firm, loans, fees, projects);
  }

  //-------------------------------------------------------------------------
  /** The engine request for a profile on a date with the options. */
  static String request(Profile profile, boolean larger, boolean higher, LocalDate asOf) {
    return "{\"asOf\": \"" + asOf + "\", \"options\": {\"interestSubsidyPrecedence\": \""
        + (larger ? "LARGER" : "FIRST_CLAIMED") + "\", \"unsettledStacking\": \""
        + (higher ? "COUNT_HIGHER" : "COUNT_BOTH") + "\"}, \"profile\": " + profileJson(profile) + "}";
  }

  private static String money(BigDecimal amount) {
    return "{\"amount\": " + amount.toPlainString() + ", \"currency\": \"CNY\"}";
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }

  static String loanJson(Loan loan) {
    StringBuilder json = new StringBuilder("{\"loanId\": \"" + loan.id() + "\", \"principal\": "
        + money(loan.principal()) + ", \"drawdownDate\": \"" + loan.drawdown() + "\", \"maturityDate\": \""
        + loan.maturity() + "\", \"annualInterestRate\": \"" + percent(loan.rate())
        + "\", \"lenderRegionCode\": \"440300\""
        + (loan.firstDrawdown() == null ? "" : ", \"firstDrawdownOfFirstContract\": " + loan.firstDrawdown())
        + ", \"forProductionOrOperation\": true, \"vehicleOrRealEstatePurchase\": false");
    if (loan.elsewhere() != null) {
      json.append(", \"subsidisedUnderAnotherMunicipalScheme\": ").append(loan.elsewhere());
    }
    if (loan.claimed() != null) {
      json.append(", \"interestSubsidyClaimedFirst\": \"").append(loan.claimed().name()).append('"');
    }
    if (loan.guarantee() == null) {
      json.append(", \"guaranteed\": false}");
    } else {
      json.append(", \"guaranteed\": true, \"guarantee\": {\"governmentGuarantor\": true, \"guarantorInRegion\": true,"
          + " \"reGuaranteed\": false, \"standardFeeRate\": \"3%\", \"feeRate\": \""
          + percent(loan.guarantee().feeRate()) + "\", \"feePaid\": " + money(loan.guarantee().feePaid()) + "}}");
    }
    return json.toString();
  }

  static String profileJson(Profile profile) {
    Firm firm = profile.firm();
    List<String> loans = new ArrayList<>();
    List<String> interest = new ArrayList<>();
    for (Loan loan : profile.loans()) {
      loans.add(loanJson(loan));
      if (loan.interest() != null) {
        interest.add("{\"paymentId\": \"I-" + loan.id() + "\", \"loanId\": \"" + loan.id() + "\", \"accrualStart\": \""
            + loan.interest().start() + "\", \"accrualEnd\": \"" + loan.interest().end() + "\", \"paymentDate\": \""
            + loan.interest().end() + "\", \"interestPaid\": " + money(loan.interest().paid()) + "}");
      }
    }
    List<String> fees = new ArrayList<>();
    for (Fee fee : profile.fees()) {
      fees.add("{\"paymentId\": \"" + fee.id() + "\", \"paymentDate\": \"" + fee.paidOn() + "\", \"amountPaid\": "
          + money(fee.paid()) + "}");
    }
    List<String> projects = new ArrayList<>();
    for (Project project : profile.projects()) {
      List<String> payments = new ArrayList<>();
      for (RenovationPayment payment : project.payments()) {
        payments.add("{\"paymentId\": \"" + payment.id() + "\", \"kind\": \"BANK_FIXED_ASSET_LOAN\", "
            + "\"interestFrom\": \"" + payment.from() + "\", \"interestUntil\": \"" + payment.until()
            + "\", \"interestPaid\": " + money(payment.interest())
            + (payment.loanId() == null ? "" : ", \"loanId\": \"" + payment.loanId() + "\"") + "}");
      }
      BigDecimal investment = project.investment();
      projects.add("{\"projectId\": \"" + project.id() + "\", \"category\": \"EQUIPMENT_UPGRADE\", "
          + "\"eligibleInvestment\": " + money(investment) + ", \"totalInvestment\": " + money(investment)
          + ", \"fixedAssetInvestment\": " + money(investment.multiply(new BigDecimal("0.9")))
          + ", \"equipmentInvestment\": " + money(investment.multiply(new BigDecimal("0.8")))
          + ", \"eligibleProject\": true, \"subsidyStart\": \"2023-01-01\", \"interestPayments\": ["
          + String.join(", ", payments) + "]}");
    }
    return "{\"registrationRegionCode\": \"" + (profile.shanghai() ? "310115" : "440306") + "\", "
        + (firm.received() == null ? "" : "\"techSmeSubsidyReceived\": " + money(firm.received()) + ", ")
        + "\"legalForm\": \"ENTERPRISE\", \"independentLegalPerson\": true, \"registrationDate\": \"2016-05-01\", "
        + "\"industryCode\": \"C3484\", \"restrictedOrProhibitedIndustry\": false, "
        + (firm.enrolled() == null ? "" : "\"techSme\": {\"held\": " + firm.enrolled()
            + ", \"since\": \"2022-01-01\", \"until\": \"2025-12-31\"}, ")
        + (firm.firstTimeBorrower() == null ? "" : "\"firstTimeBorrower\": " + firm.firstTimeBorrower() + ", ")
        + "\"onSeriousDishonestyList\": false, "
        + "\"years\": [{\"year\": 2022, \"revenue\": " + money(new BigDecimal("15000000")) + ", \"employees\": 80, "
        + "\"totalAssets\": " + money(new BigDecimal("20000000")) + ", \"aboveScale\": false}, "
        + "{\"year\": 2023, \"revenue\": " + money(new BigDecimal("15000000")) + ", \"employees\": 80, "
        + "\"totalAssets\": " + money(new BigDecimal("20000000")) + ", \"aboveScale\": false}], "
        + "\"loans\": [" + String.join(", ", loans) + "], \"interestPayments\": [" + String.join(", ", interest)
        + "], \"guaranteeFeePayments\": [" + String.join(", ", fees) + "], \"insurancePremiumPayments\": [], "
        + "\"renovationProjects\": [" + String.join(", ", projects) + "]}";
  }

  /** A 浦东-style software firm's 2023 tax year (ShanghaiTaxFirm's shape) in a region, with TIb and R&amp;D given. */
  private static final class ShanghaiTaxFirmText {

    static String request(String region, BigDecimal beforeRd, BigDecimal rd) {
      String quarter = "{\"quarter\": %d, \"employeesAtStart\": 60, \"employeesAtEnd\": 60, \"totalAssetsAtStart\": "
          + "{\"amount\": 10000000, \"currency\": \"CNY\"}, \"totalAssetsAtEnd\": {\"amount\": 10000000, "
          + "\"currency\": \"CNY\"}}";
      List<String> quarters = new ArrayList<>();
      for (int q = 1; q <= 4; q++) {
        quarters.add(quarter.formatted(q));
      }
      String zero = money(BigDecimal.ZERO);
      return "{\"asOf\": \"2023-12-31\", \"profile\": {"
          + (region == null ? "" : "\"registrationRegionCode\": \"" + region + "\", ")
          + "\"industryCode\": \"I6510\", \"smallScaleTaxpayer\": false, \"legalForm\": \"ENTERPRISE\", "
          + "\"independentLegalPerson\": true, \"restrictedOrProhibitedIndustry\": false, \"icOrMachineTool\": false, "
          + "\"techSme\": {\"held\": true, \"since\": \"2022-06-01\", \"until\": \"2025-05-31\"}, \"years\": ["
          + "{\"year\": 2022, \"revenue\": " + money(new BigDecimal("8000000")) + ", \"employees\": 60, "
          + "\"totalAssets\": " + money(new BigDecimal("10000000")) + "}, "
          + "{\"year\": 2023, \"taxableIncomeBeforeRd\": " + money(beforeRd) + ", \"quarters\": ["
          + String.join(", ", quarters) + "], \"rdExpensedCosts\": {\"personnel\": " + money(rd)
          + ", \"directInputs\": " + zero + ", \"depreciation\": " + zero + ", \"intangibleAmortisation\": "
          + zero + ", \"newProductDesign\": " + zero + ", \"otherRelated\": " + zero + "}, "
          + "\"rdIntangibles\": [], \"vatPeriods\": []}]}}";
    }
  }
}
