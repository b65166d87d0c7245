package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A QA audit of the claim recorded on a loan ({@code interestSubsidyClaimedFirst}, decisions register §4.6 item 72)
 * through the engine's {@code evaluateJson}, on cases the feature's own tests leave out: several loans with and
 * without claims, claims on loans where the claimed subsidy does not qualify, caps that bind, a claimed loan whose
 * facts are missing, the renovation interest subsidy, and the explanation's words.
 * <p>
 * The sources: 深工信〔2023〕26号 第5条 (first-loan subsidy: 2023年1-3月 first loans, 年化2%, at most 6 months,
 * "单户企业贴息金额最高20万元"); 第13条 (tech-SME: 2023 interest at 50% + 30 points, "最高可按照实际支付利息的80%";
 * the 2020 办法 第十四条's caps 1,000,000 per firm per year and 3,000,000 over the programme, domain notes §2.3);
 * 小升规方案 第十条 (renovation: 50% of the interest paid, at most 5,000,000 a project); one municipal interest
 * subsidy per loan ("同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息", 2022 深圳 首贷 rules, register §1.7,
 * §4.1 item 10). First-loan days are counted 算头不算尾 on ACT/360, rounded half-up to the fen (§4.5 item 35).
 * <p>
 * The firm is {@link RenovationStackingFirm}'s (enrolled from 2022-01-01 to 2025-12-31, nothing received from the
 * programme); evaluated on 2023-09-30.
 */
class StackingClaimAuditTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);
  /**
   * The firm of {@link RenovationStackingFirm} with 3,000,000 already received from the tech-SME programme, its cap
   * over the 办法's validity (domain §2.3): 第13条 has nothing left to pay.
   */
  private static final String CAP_SPENT_FACTS = capSpent();

  /** A loan at 4% from a Shenzhen bank, for production, not subsidised elsewhere, not guaranteed, one year. */
  private static String loan(String id, long principal, String drawdown, String maturity, boolean firstDrawdown,
      String claim) {
    return """
        {"loanId": "%s", "principal": {"amount": %d, "currency": "CNY"}, "drawdownDate": "%s",
         "maturityDate": "%s", "annualInterestRate": "4%%", "lenderRegionCode": "440300",
         "firstDrawdownOfFirstContract": %s, "forProductionOrOperation": true,
         "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false,
         "guaranteed": false%s}""".formatted(id, principal, drawdown, maturity, firstDrawdown,
        claim == null ? "" : ", \"interestSubsidyClaimedFirst\": \"" + claim + "\"");
  }

  /** An interest payment on a loan, paid on its accrual end. */
  private static String interest(String id, String loanId, String from, String until, long paid) {
    return """
        {"paymentId": "%s", "loanId": "%s", "accrualStart": "%s", "accrualEnd": "%s", "paymentDate": "%s",
         "interestPaid": {"amount": %d, "currency": "CNY"}}""".formatted(id, loanId, from, until, until, paid);
  }

  /** A profile: the firm's facts, the first-time borrowing member (or empty), the loans, payments and projects. */
  private static String profile(String facts, String borrower, List<String> loans, List<String> interest,
      String projects) {
    return "{" + facts + borrower + "\"loans\": [" + String.join(", ", loans) + "], \"interestPayments\": ["
        + String.join(", ", interest) + "], \"guaranteeFeePayments\": [], \"insurancePremiumPayments\": [], "
        + "\"renovationProjects\": [" + projects + "]}";
  }

  private static String firstTime(List<String> loans, List<String> interest) {
    return profile(RenovationStackingFirm.FACTS, "\"firstTimeBorrower\": true, ", loans, interest, "");
  }

  private static JsonNode report(String profile, String precedence) {
    return report(profile, precedence, false);
  }

  private static JsonNode report(String profile, String precedence, boolean explain) {
    return EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"measures\": [\"" + FIRST_LOAN + "\", \"" + TECH_SME
        + "\", \"" + RENOVATION + "\"], \"explain\": " + explain + ", \"options\": {\"interestSubsidyPrecedence\": \""
        + precedence + "\"}, \"profile\": " + profile + "}");
  }

  private static void assertExactly(JsonNode outcome, String yuan) {
    assertThat(least(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(yuan);
    assertThat(most(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(yuan);
  }

  private static void assertBetween(JsonNode outcome, String low, String high) {
    assertThat(least(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(low);
    assertThat(most(outcome)).as(outcome.at("/measure").asText()).isEqualByComparingTo(high);
  }

  private static List<String> missing(JsonNode outcome) {
    List<String> facts = new ArrayList<>();
    outcome.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
    return facts;
  }

  // L1: 1,000,000 drawn 2023-02-01, the first drawdown of the first contract. 第5条: 2023-02-01 → 2023-08-01 = 181
  // days, 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56. 第13条: 80% × 10,000 (I1) = 8,000.00.
  private static String l1(String claim) {
    return loan("L1", 1_000_000, "2023-02-01", "2024-02-01", true, claim);
  }

  private static final String I1 = interest("I1", "L1", "2023-02-01", "2023-08-01", 10_000);

  // L2: 500,000 drawn 2023-03-01, a second contract's drawdown (not the first drawdown of the first contract, so no
  // 首贷 under 第5条: its amount is nothing). 第13条: 80% × 6,000 (I2) = 4,800.00.
  private static String l2(String claim) {
    return loan("L2", 500_000, "2023-03-01", "2024-03-01", false, claim);
  }

  private static final String I2 = interest("I2", "L2", "2023-03-01", "2023-09-01", 6_000);

  //-------------------------------------------------------------------------
  private static String capSpent() {
    String facts = RenovationStackingFirm.FACTS.replace("\"techSmeSubsidyReceived\": {\"amount\": 0,",
        "\"techSmeSubsidyReceived\": {\"amount\": 3000000,");
    if (facts.equals(RenovationStackingFirm.FACTS)) {
      throw new IllegalStateException("RenovationStackingFirm.FACTS no longer gives techSmeSubsidyReceived 0");
    }
    return facts;
  }

  @Test
  void test_severalLoans_claimOnALoanTheClaimedSubsidyCannotPay_theClaimFalls() {
    // L1 claims 第13条 (it qualifies: 8,000.00), L2 claims 第5条, which cannot pay on L2 (not a first drawdown of the
    // first contract): the claim falls (item 72) and 第13条, the only candidate, takes L2 (4,800.00).
    // FIRST_CLAIMED: 第13条 8,000.00 + 4,800.00 = 12,800.00; 第5条 0.00 (item 10's loser, still eligible).
    String profile = firstTime(List.of(l1("TECH_SME"), l2("FIRST_LOAN")), List.of(I1, I2));
    JsonNode claimed = report(profile, "FIRST_CLAIMED");
    assertExactly(outcome(claimed, TECH_SME), "12800.00");
    assertExactly(outcome(claimed, FIRST_LOAN), "0.00");
    assertThat(missing(outcome(claimed, TECH_SME))).isEmpty();
    // LARGER reads no claim: L1 to 第5条 (10,055.56 > 8,000.00), L2 to 第13条 (its only candidate): 10,055.56; 4,800.00
    JsonNode larger = report(profile, "LARGER");
    assertExactly(outcome(larger, FIRST_LOAN), "10055.56");
    assertExactly(outcome(larger, TECH_SME), "4800.00");
    // the first-loan subsidy's claim on L1 with no claim on L2: the same as LARGER, since 第5条 is the larger on L1
    JsonNode both = report(firstTime(List.of(l1("FIRST_LOAN"), l2(null)), List.of(I1, I2)), "FIRST_CLAIMED");
    assertExactly(outcome(both, FIRST_LOAN), "10055.56");
    assertExactly(outcome(both, TECH_SME), "4800.00");
  }

  @Test
  void test_claimOnALoanDrawnOutsideTheWindow_theClaimFalls() {
    // L1 drawn 2022-12-15, before 第5条's "2023年1-3月": no first-loan subsidy on it, so its 第5条 claim falls and
    // 第13条 takes it: the 2023 interest 2023-01-01 → 2023-07-01, 9,000 × 80% = 7,200.00, under either precedence
    String loan = loan("L1", 1_000_000, "2022-12-15", "2023-12-15", true, "FIRST_LOAN");
    String paid = interest("I1", "L1", "2023-01-01", "2023-07-01", 9_000);
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(firstTime(List.of(loan), List.of(paid)), precedence);
      assertExactly(outcome(report, TECH_SME), "7200.00");
      assertExactly(outcome(report, FIRST_LOAN), "0.00");
    }
  }

  @Test
  void test_techSmeClaim_enrolmentLapsedBeforeThePayment_theClaimFalls() {
    // the enrolment ran to 2023-01-31, before I1's accrual starts (2023-02-01): known not held for the claim
    // (register §1.2 card 000-13: an enrolment reaches a claim when valid on or after its first day, 2023-02-01), so
    // 第13条 cannot pay on L1, the claim of 第13条 falls and 第5条 takes L1: 10,055.56 (181 days, as above), under
    // either precedence. (An enrolment to 2023-06-30 still reaches the claim running from 2023-02-01: no lapse.)
    String facts = RenovationStackingFirm.FACTS.replace("\"until\": \"2025-12-31\"", "\"until\": \"2023-01-31\"");
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(profile(facts, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")), List.of(I1),
          ""), precedence);
      assertExactly(outcome(report, FIRST_LOAN), "10055.56");
      assertThat(least(outcome(report, TECH_SME))).isEqualByComparingTo("0.00");
    }
  }

  @Test
  void test_firstLoanCapBinds_theClaimedLoanTakesTheRoomAndSendsTheNextToTheTechSmeSubsidy() {
    // L1: 19,100,000 drawn 2023-02-01 (first drawdown), 第5条 19,100,000 × 2% × 181 / 360 = 192,061.111… → 192,061.11;
    // 300,000 of interest: 第13条 80% = 240,000.00. L2: 3,800,000 drawn 2023-03-01 (first drawdown of its contract),
    // 2023-03-01 → 2023-09-01 = 31+30+31+30+31+31 = 184 days, 3,800,000 × 2% × 184 / 360 = 38,844.444… → 38,844.44;
    // 30,164 of interest: 80% = 24,131.20. The caps: 第5条 200,000 per enterprise, allocated in drawdown order; 第13条
    // 1,000,000 a year (domain §2.3).
    String big = loan("L1", 19_100_000, "2023-02-01", "2024-02-01", true, "FIRST_LOAN");
    String next = loan("L2", 3_800_000, "2023-03-01", "2024-03-01", true, null);
    List<String> paid = List.of(interest("I1", "L1", "2023-02-01", "2023-08-01", 300_000),
        interest("I2", "L2", "2023-03-01", "2023-09-01", 30_164));
    // FIRST_CLAIMED: L1 stays with 第5条 (claimed), 192,061.11 of the 200,000; L2 then gets at most
    // 200,000 − 192,061.11 = 7,938.89 from 第5条 against 24,131.20 from 第13条: L2 to 第13条.
    // 第5条 192,061.11; 第13条 24,131.20; in reach 216,192.31
    JsonNode claimed = report(firstTime(List.of(big, next), paid), "FIRST_CLAIMED");
    assertExactly(outcome(claimed, FIRST_LOAN), "192061.11");
    assertExactly(outcome(claimed, TECH_SME), "24131.20");
    assertThat(claimed.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("216192.31");
    // LARGER: L1 to 第13条 (240,000.00 > 192,061.11), leaving 第5条's whole cap: L2 to 第5条 (38,844.44 > 24,131.20).
    // 第5条 38,844.44; 第13条 240,000.00; in reach 278,844.44
    JsonNode larger = report(firstTime(List.of(big, next), paid), "LARGER");
    assertExactly(outcome(larger, FIRST_LOAN), "38844.44");
    assertExactly(outcome(larger, TECH_SME), "240000.00");
    assertThat(larger.at("/totals/inReach/minimum/amount").decimalValue()).isEqualByComparingTo("278844.44");
  }

  @Test
  void test_firstLoanCapSpentByAnEarlierLoan_aClaimPayingNothing_falls() {
    // L1: 27,100,000 drawn 2023-02-01 claims 第5条: 27,100,000 × 2% × 181 / 360 = 272,505.555… → 272,505.56, within
    // the cap 200,000.00 (its 300,000 of interest would give 第13条 240,000.00, but the claim stands). L2 (as above,
    // 38,844.44 or 24,131.20) claims 第5条 as well, but 第5条 has nothing left (200,000 − 200,000 = 0): the claimed
    // subsidy pays nothing on L2, so the claim falls (item 72: "its amount nothing"; item 10: "a subsidy whose cap is
    // spent pays nothing") and 第13条 takes L2: 第5条 200,000.00; 第13条 24,131.20.
    String big = loan("L1", 27_100_000, "2023-02-01", "2024-02-01", true, "FIRST_LOAN");
    String next = loan("L2", 3_800_000, "2023-03-01", "2024-03-01", true, "FIRST_LOAN");
    List<String> paid = List.of(interest("I1", "L1", "2023-02-01", "2023-08-01", 300_000),
        interest("I2", "L2", "2023-03-01", "2023-09-01", 30_164));
    JsonNode claimed = report(firstTime(List.of(big, next), paid), "FIRST_CLAIMED");
    assertExactly(outcome(claimed, FIRST_LOAN), "200000.00");
    assertExactly(outcome(claimed, TECH_SME), "24131.20");
  }

  @Test
  void test_techSmeProgrammeCapSpent_itsClaimPayingNothing_falls() {
    // 3,000,000 already received from the programme (its cap over the 办法's validity, domain §2.3): 第13条 pays
    // 0.00 on L1 (eligible at 0.00, register §4.6 item 53). Its claim on L1 falls (item 72: "its amount nothing"),
    // so 第5条 takes L1: 10,055.56, as under LARGER (10,055.56 > 0.00)
    String profile = profile(CAP_SPENT_FACTS, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")),
        List.of(I1), "");
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(profile, precedence);
      assertExactly(outcome(report, FIRST_LOAN), "10055.56");
      assertExactly(outcome(report, TECH_SME), "0.00");
    }
  }

  @Test
  void test_techSmeClaim_programmeReceivedNotGiven_theFirstLoanSubsidyMayYetTakeTheLoan() {
    // what the programme already paid not given: its 3,000,000 may be spent (register §4.1 item 8), and 第13条 then
    // pays nothing on L1, so its claim falls and 第5条 takes L1 (10,055.56); not spent, the claim stands (8,000.00).
    // So 第5条 0.00 – 10,055.56 naming /techSmeSubsidyReceived; 第13条 0.00 – 8,000.00 (item 8: from zero)
    String facts = RenovationStackingFirm.FACTS.replace(
        "\"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},", "");
    JsonNode report = report(profile(facts, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")), List.of(I1), ""),
        "FIRST_CLAIMED");
    JsonNode first = outcome(report, FIRST_LOAN);
    assertBetween(first, "0.00", "10055.56");
    assertThat(missing(first)).contains("/techSmeSubsidyReceived");
    assertBetween(outcome(report, TECH_SME), "0.00", "8000.00");
  }

  @Test
  void test_claimedLoanOpen_besideADecidedLoan_rangesJointLimitAndQuestion() {
    // first-time borrowing not given. L1 claims 第5条, which then only may qualify (10,055.56 if a first-time
    // borrower); 第13条 is sure of 8,000.00 on L1 (80% either way: 50% + 30 points, 70% + 30 points capped at 80%).
    // L2 (not a first loan) goes to 第13条: 4,800.00. The completions (no cap can bind: 10,055.56 ≤ 200,000;
    // 12,800.00 ≤ 1,000,000):
    //   first-time borrower: L1 to 第5条 (claimed): 第5条 10,055.56, 第13条 4,800.00, together 14,855.56
    //   not: 第5条 ineligible, the claim falls: 第13条 8,000.00 + 4,800.00 = 12,800.00, together 12,800.00
    // So 第5条 0.00 – 10,055.56 (undetermined, naming /firstTimeBorrower), 第13条 4,800.00 – 12,800.00; the pair's
    // joint limit at most 14,855.56 and at least no more than 12,800.00 (item 72: the sum of the minima, 4,800.00)
    String profile = profile(RenovationStackingFirm.FACTS, "", List.of(l1("FIRST_LOAN"), l2(null)), List.of(I1, I2),
        "");
    JsonNode report = report(profile, "FIRST_CLAIMED");
    JsonNode first = outcome(report, FIRST_LOAN);
    JsonNode tech = outcome(report, TECH_SME);
    assertBetween(first, "0.00", "10055.56");
    assertThat(first.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(missing(first)).contains("/firstTimeBorrower");
    assertThat(least(tech)).isLessThanOrEqualTo(new java.math.BigDecimal("4800.00"));
    assertThat(most(tech)).isGreaterThanOrEqualTo(new java.math.BigDecimal("12800.00"));
    assertThat(report.at("/jointLimits")).hasSize(1);
    JsonNode joint = report.at("/jointLimits/0");
    assertThat(joint.at("/maximum/amount").decimalValue()).isGreaterThanOrEqualTo(new java.math.BigDecimal("14855.56"));
    assertThat(joint.at("/minimum/amount").decimalValue()).isLessThanOrEqualTo(new java.math.BigDecimal("12800.00"));
    // the totals in reach never narrower than each completion: 12,800.00 and 14,855.56
    EngineJson.CountedSum sum = EngineJson.countedSum(report);
    assertThat(sum.least()).isLessThanOrEqualTo(new java.math.BigDecimal("12800.00"));
    assertThat(sum.most()).isGreaterThanOrEqualTo(new java.math.BigDecimal("14855.56"));
    // the next question that decides money: the first-time borrowing
    assertThat(report.at("/nextQuestions").toString()).contains("/firstTimeBorrower");
  }

  @Test
  void test_renovationBetweenTheTwo_theClaimDecidesUnderFirstClaimed() {
    // a renovation payment of 18,000 on L1: 第十条 50% × 18,000 = 9,000.00, between 第13条's 8,000.00 and 第5条's
    // 10,055.56. 第13条 claimed on L1.
    // FIRST_CLAIMED: the pair gives L1 to 第13条 (claimed); against the renovation subsidy the claim stands (item 72):
    //   第13条 8,000.00, 第5条 0.00, the renovation subsidy without L1's payment: nothing, 0.00.
    // LARGER: the pair gives L1 to 第5条 (10,055.56), which keeps it against 9,000.00 (item 43, the larger):
    //   第5条 10,055.56, 第13条 0.00, renovation 0.00.
    String project = """
        {"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, "eligibleProject": true,
          "subsidyStart": "2023-01-01", "interestPayments": [{"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN",
          "interestFrom": "2023-02-01", "interestUntil": "2024-02-01",
          "interestPaid": {"amount": 18000, "currency": "CNY"}, "loanId": "L1"}]}""";
    String profile = profile(RenovationStackingFirm.FACTS, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")),
        List.of(I1), project);
    JsonNode claimed = report(profile, "FIRST_CLAIMED");
    assertExactly(outcome(claimed, TECH_SME), "8000.00");
    assertExactly(outcome(claimed, FIRST_LOAN), "0.00");
    assertExactly(outcome(claimed, RENOVATION), "0.00");
    JsonNode larger = report(profile, "LARGER");
    assertExactly(outcome(larger, FIRST_LOAN), "10055.56");
    assertExactly(outcome(larger, TECH_SME), "0.00");
    assertExactly(outcome(larger, RENOVATION), "0.00");
  }

  @Test
  void test_renovationOnAClaimedLoanWhoseClaimedSubsidyPaysNothing_theLargerKeepsIt() {
    // the programme's 3,000,000 spent: 第13条 pays nothing on L1, its claim falls (item 72). A renovation payment of
    // 40,000 on L1: 50% = 20,000.00 > 第5条's 10,055.56: the renovation subsidy keeps L1 (item 43), the first-loan
    // and tech-SME subsidies 0.00, under either precedence
    String project = """
        {"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
          "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, "eligibleProject": true,
          "subsidyStart": "2023-01-01", "interestPayments": [{"paymentId": "P1", "kind": "BANK_FIXED_ASSET_LOAN",
          "interestFrom": "2023-02-01", "interestUntil": "2024-02-01",
          "interestPaid": {"amount": 40000, "currency": "CNY"}, "loanId": "L1"}]}""";
    String profile = profile(CAP_SPENT_FACTS, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")),
        List.of(I1), project);
    for (String precedence : List.of("FIRST_CLAIMED", "LARGER")) {
      JsonNode report = report(profile, precedence);
      assertExactly(outcome(report, RENOVATION), "20000.00");
      assertExactly(outcome(report, FIRST_LOAN), "0.00");
      assertExactly(outcome(report, TECH_SME), "0.00");
    }
  }

  @Test
  void test_explain_saysTheLoanWentToTheClaimedSubsidy_zhAndEn() {
    // L1 with 第13条 claimed: the explained report says, in both languages, that the loan went to the tech-SME
    // subsidy because it was claimed first, and that the other may not be paid on it (one subsidy per loan)
    JsonNode report = report(firstTime(List.of(l1("TECH_SME")), List.of(I1)), "FIRST_CLAIMED", true);
    JsonNode tech = outcome(report, TECH_SME);
    assertThat(tech.at("/notes").toString())
        .contains("贷款 L1 适用科技型中小企业贴息（已先申请，另一项不得重复享受）")
        .contains("loan L1: the tech-SME subsidy applies (claimed first; the other may not be paid on the same loan)");
    assertThat(tech.at("/explanation/steps").toString()).contains("已先申请").contains("claimed first");
    // the claim fallen for a spent programme cap: the words show the larger and the claimed subsidy's 0.00 in its
    // cap, and say that the claim, paying nothing there, did not decide the loan (register §4.6 item 73)
    JsonNode spent = report(profile(CAP_SPENT_FACTS, "\"firstTimeBorrower\": true, ", List.of(l1("TECH_SME")),
        List.of(I1), ""), "FIRST_CLAIMED", true);
    assertThat(outcome(spent, FIRST_LOAN).at("/notes").toString())
        .contains("loan L1: the first-loan subsidy applies (both qualify: the larger (first-loan 10055.56 / tech-SME "
            + "8000.00, within its cap 0.00))")
        .contains("贷款 L1 适用首贷贴息（两项均符合，取金额较大者（首贷 10055.56 / 科技 8000.00，封顶后可付 0.00））")
        .contains("the tech-SME subsidy claimed first pays nothing on it (it does not qualify there, or its caps are "
            + "spent), so the claim does not decide the loan")
        .contains("已先申请的科技型中小企业贴息对该贷款可付为 0（不符合条件或额度已用尽），先申请不决定该贷款");
  }
}
