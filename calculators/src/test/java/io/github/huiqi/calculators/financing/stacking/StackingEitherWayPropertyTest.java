package io.github.huiqi.calculators.financing.stacking;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The joint limit the EITHER case of the firm's larger in all declares (decisions register §4.6 item 100) is exactly
 * the pair's range over the completions of the facts not given: over {@link StackingOraclePropertyTest}'s seeded
 * profiles with the tech-SME enrolment starting on a day of 2023 (so that the claim the stacking keeps may miss it),
 * under LARGER, each such limit is checked against the engine on every completion of the two outcomes' missing facts
 * (set in the profile, one yes/no fact at a time): every completion's pair, the two outcomes' least and most added,
 * lies within the limit (never too narrow), and the limit's ends are the least and the most of them when every
 * completion is at one figure (never too wide). The seed is printed in the failure's description.
 * <p>
 * The generator leaves the firm's first-time borrowing (深工信〔2023〕26号 第5条's condition) out of one firm in five:
 * the EITHER case cannot arise there (L1 stays open between the two subsidies), and each outcome's range and the
 * pair's limit are checked to hold every completion instead.
 */
class StackingEitherWayPropertyTest {

  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final int CASES = 400;
  private static final String EITHER_WAY = "each the way the firm then takes";

  @Test
  void test_eitherWayLimit_isThePairsRangeOverTheCompletions() throws IOException {
    int checked = 0;
    for (long seed = 90_001; seed < 90_001 + CASES; seed++) {
      String request = request(new Random(seed));
      JsonNode report = MAPPER.readTree(ENGINE.evaluateJson(request));
      for (JsonNode limit : report.at("/jointLimits")) {
        if (!limit.at("/reason/message/en").asText().contains(EITHER_WAY)) {
          continue;
        }
        String at = "seed " + seed + ", limit " + limit;
        LinkedHashSet<String> facts = new LinkedHashSet<>();
        EngineJson.outcome(report, FIRST_LOAN).at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
        EngineJson.outcome(report, TECH_SME).at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
        List<String> named = List.copyOf(facts);
        BigDecimal least = null;
        BigDecimal most = null;
        boolean allExact = true;
        for (int mask = 0; mask < 1 << named.size(); mask++) {
          ObjectNode completed = (ObjectNode) MAPPER.readTree(request);
          for (int f = 0; f < named.size(); f++) {
            set((ObjectNode) completed.get("profile"), named.get(f), (mask >> f & 1) == 1, at);
          }
          JsonNode done = MAPPER.readTree(ENGINE.evaluateJson(MAPPER.writeValueAsString(completed)));
          JsonNode first = EngineJson.outcome(done, FIRST_LOAN);
          JsonNode tech = EngineJson.outcome(done, TECH_SME);
          BigDecimal pairLeast = EngineJson.least(first).add(EngineJson.least(tech));
          BigDecimal pairMost = EngineJson.most(first).add(EngineJson.most(tech));
          allExact &= pairLeast.compareTo(pairMost) == 0;
          String what = at + ", completion " + mask + " of " + named + ": " + pairLeast + " – " + pairMost;
          assertThat(limit.at("/minimum/amount").decimalValue()).as(what).isLessThanOrEqualTo(pairLeast);
          assertThat(limit.at("/maximum/amount").decimalValue()).as(what).isGreaterThanOrEqualTo(pairMost);
          least = least == null ? pairLeast : least.min(pairLeast);
          most = most == null ? pairMost : most.max(pairMost);
        }
        if (allExact) {
          assertThat(limit.at("/minimum/amount").decimalValue()).as(at).isEqualByComparingTo(least);
          assertThat(limit.at("/maximum/amount").decimalValue()).as(at).isEqualByComparingTo(most);
        }
        // the total in reach counts the pair as the limit
        assertThat(report.at("/totals/inReach/minimum/amount").decimalValue()).as(at)
            .isEqualByComparingTo(limit.at("/minimum/amount").decimalValue());
        assertThat(report.at("/totals/inReach/maximum/amount").decimalValue()).as(at)
            .isEqualByComparingTo(limit.at("/maximum/amount").decimalValue());
        checked++;
      }
    }
    // the generator reaches firms whose larger in all waits on facts not given
    assertThat(checked).isGreaterThanOrEqualTo(CASES / 20);
  }

  @Test
  void test_firstTimeBorrowingOpen_eachOutcomeAndTheLimitHoldEveryCompletion() throws IOException {
    // the firms whose first-time borrowing is not given (the first-loan subsidy's condition, 深工信〔2023〕26号 第5条):
    // the first-loan subsidy then only may qualify on L1, so no loan is decided by the larger and the EITHER case
    // does not arise; the stacking leaves L1 open. Each outcome's range, and the pair's joint limit when declared,
    // must hold what every completion of the two outcomes' missing facts gives (never too narrow): a first-time
    // borrower taking the first-loan subsidy on L1 may leave the tech-SME claim outside the enrolment (item 100)
    int checked = 0;
    for (long seed = 90_001; seed < 90_001 + CASES; seed++) {
      String request = request(new Random(seed));
      if (MAPPER.readTree(request).at("/profile/firstTimeBorrower").isBoolean()) {
        continue;
      }
      JsonNode report = MAPPER.readTree(ENGINE.evaluateJson(request));
      JsonNode first = EngineJson.outcome(report, FIRST_LOAN);
      JsonNode tech = EngineJson.outcome(report, TECH_SME);
      LinkedHashSet<String> facts = new LinkedHashSet<>();
      first.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
      tech.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
      List<String> named = List.copyOf(facts);
      String at = "seed " + seed + ", " + named;
      for (int mask = 0; mask < 1 << named.size(); mask++) {
        ObjectNode completed = (ObjectNode) MAPPER.readTree(request);
        for (int f = 0; f < named.size(); f++) {
          set((ObjectNode) completed.get("profile"), named.get(f), (mask >> f & 1) == 1, at);
        }
        JsonNode done = MAPPER.readTree(ENGINE.evaluateJson(MAPPER.writeValueAsString(completed)));
        String what = at + ", completion " + mask;
        within(first, EngineJson.outcome(done, FIRST_LOAN), what + ", first-loan");
        within(tech, EngineJson.outcome(done, TECH_SME), what + ", tech-SME");
        BigDecimal pairLeast = EngineJson.least(EngineJson.outcome(done, FIRST_LOAN))
            .add(EngineJson.least(EngineJson.outcome(done, TECH_SME)));
        BigDecimal pairMost = EngineJson.most(EngineJson.outcome(done, FIRST_LOAN))
            .add(EngineJson.most(EngineJson.outcome(done, TECH_SME)));
        for (JsonNode limit : report.at("/jointLimits")) {
          assertThat(limit.at("/minimum/amount").decimalValue()).as(what + ", limit " + limit)
              .isLessThanOrEqualTo(pairLeast);
          assertThat(limit.at("/maximum/amount").decimalValue()).as(what + ", limit " + limit)
              .isGreaterThanOrEqualTo(pairMost);
        }
      }
      checked++;
    }
    // the generator leaves the first-time borrowing out of one firm in five
    assertThat(checked).isGreaterThanOrEqualTo(CASES / 10);
  }

  /** The outcome's range holds the completed one's: its least no higher, its most no lower. */
  private static void within(JsonNode open, JsonNode completed, String what) {
    assertThat(EngineJson.least(open)).as(what + ": least").isLessThanOrEqualTo(EngineJson.least(completed));
    assertThat(EngineJson.most(open)).as(what + ": most").isGreaterThanOrEqualTo(EngineJson.most(completed));
  }

  private static String cny(BigDecimal yuan) {
    return "{\"amount\": " + yuan.toPlainString() + ", \"currency\": \"CNY\"}";
  }

  /** A yes/no member, or nothing (not given) with the given odds in 100. */
  private static String flag(Random random, String name, int notGiven, int yes) {
    int roll = random.nextInt(100);
    return roll < notGiven ? "" : ", \"" + name + "\": " + (roll < notGiven + yes);
  }

  /**
   * A firm around sz6c: a 深圳 small maker enrolled from 2023-06-01, nothing received; L1 the first drawdown of its
   * first contract, drawn 2023-02-01, its interest of 2023-05-01 → 2023-08-01 (after the enrolment starts); one to
   * three other loans, not first drawdowns, whose interest is of 2023-01-03 → 2023-04-03 (before it); the first-time
   * borrowing and each loan's subsidisedUnderAnotherMunicipalScheme sometimes not given. Two measures, under LARGER.
   */
  private static String request(Random random) {
    StringBuilder loans = new StringBuilder();
    StringBuilder interest = new StringBuilder();
    int count = 2 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      String id = "L" + (i + 1);
      boolean first = i == 0;
      BigDecimal principal = BigDecimal.valueOf(50 + random.nextInt(250)).multiply(BigDecimal.valueOf(10_000));
      BigDecimal paid = BigDecimal.valueOf(first ? 5_000 + random.nextInt(25_000) : 1_000 + random.nextInt(14_000))
          .add(BigDecimal.valueOf(random.nextInt(100), 2));
      loans.append(i == 0 ? "" : ", ").append("{\"loanId\": \"").append(id).append("\", \"principal\": ")
          .append(cny(principal)).append(", \"drawdownDate\": \"").append(first ? "2023-02-01" : "2023-01-03")
          .append("\", \"maturityDate\": \"2024-02-01\", \"annualInterestRate\": \"4%\", ")
          .append("\"lenderRegionCode\": \"440300\", \"firstDrawdownOfFirstContract\": ").append(first)
          .append(", \"forProductionOrOperation\": true")
          .append(flag(random, "subsidisedUnderAnotherMunicipalScheme", first ? 20 : 50, 10)).append("}");
      interest.append(i == 0 ? "" : ", ").append("{\"paymentId\": \"I").append(i + 1)
          .append("\", \"loanId\": \"").append(id).append("\", \"accrualStart\": \"")
          .append(first ? "2023-05-01" : "2023-01-03").append("\", \"accrualEnd\": \"")
          .append(first ? "2023-08-01" : "2023-04-03").append("\", \"paymentDate\": \"")
          .append(first ? "2023-08-01" : "2023-04-05").append("\", \"interestPaid\": ").append(cny(paid))
          .append("}");
    }
    String borrower = flag(random, "firstTimeBorrower", 20, 75);
    return "{\"asOf\": \"2023-12-31\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME + "\"], "
        + "\"options\": {\"interestSubsidyPrecedence\": \"LARGER\"}, \"profile\": {"
        + "\"registrationRegionCode\": \"440305\", \"legalForm\": \"ENTERPRISE\", "
        + "\"independentLegalPerson\": true, \"industryCode\": \"C3484\", \"size\": \"SMALL\", "
        + "\"onSeriousDishonestyList\": false" + borrower + ", \"techSme\": {\"held\": true, \"since\": "
        + "\"2023-06-01\"}, \"techSmeSubsidyReceived\": " + cny(BigDecimal.ZERO) + ", \"loans\": [" + loans
        + "], \"interestPayments\": [" + interest + "], \"guaranteeFeePayments\": [], "
        + "\"insurancePremiumPayments\": [], \"renovationProjects\": [], \"hires\": [], \"grantEvents\": []}}";
  }

  /** Sets one yes/no fact of the profile: a top-level member, or a loan's flag. */
  private static void set(ObjectNode profile, String fact, boolean value, String at) {
    String[] parts = fact.split("/", -1);
    if (parts.length == 2) {
      assertThat(parts[1]).as("a yes/no fact, " + at).isIn("firstTimeBorrower", "independentLegalPerson",
          "onSeriousDishonestyList");
      profile.put(parts[1], value);
      return;
    }
    assertThat(parts.length == 4 && parts[1].equals("loans")).as(fact + ", " + at).isTrue();
    ((ObjectNode) profile.at("/loans/" + parts[2])).put(parts[3], value);
  }
}
