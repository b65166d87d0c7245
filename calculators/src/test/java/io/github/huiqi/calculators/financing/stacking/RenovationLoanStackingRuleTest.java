package io.github.huiqi.calculators.financing.stacking;

import static io.github.huiqi.calculators.catalog.EngineJson.least;
import static io.github.huiqi.calculators.catalog.EngineJson.most;
import static io.github.huiqi.calculators.catalog.EngineJson.noted;
import static io.github.huiqi.calculators.catalog.EngineJson.outcome;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.calculators.catalog.MeasureRegistry;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.financing.renovation.RenovationFinancingKind;
import io.github.huiqi.core.financing.renovation.RenovationInterestPayment;
import io.github.huiqi.core.financing.renovation.RenovationProject;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One municipal interest subsidy per loan between the renovation interest subsidy (小升规方案 第十条 "按实际支付利息的
 * 50%，给予最高500万元的贴息资助") and the first-loan subsidy (深工信〔2023〕26号 第5条 "给予2%的贴息补助…贴息期限不超过
 * 6个月"), 2022 深圳 首贷 rules "同一笔贷款只能享受一次贴息政策，不重复享受市直其他部门财政贴息" (domain.md §1.7):
 * {@link RenovationLoanStackingRule}, the larger keeping the loan (decisions register §4.6 item 43), through
 * {@code EntitlementEngine.evaluateJson} and the Java API.
 * <p>
 * The first loan L1 throughout: 1,000,000 drawn 2023-02-01 (in 第5条's "2023年1-3月") from a Shenzhen bank at 4%, the
 * first drawdown of the firm's first contract, maturing 2024-02-01 (so used for the whole 6 months). Its first-loan
 * subsidy: 2023-02-01 → 2023-08-01 = 28 + 31 + 30 + 31 + 30 + 31 = 181 days (算头不算尾), ACT/360 (register §4.1
 * item 1): 1,000,000 × 2% × 181 / 360 = 10,055.555… → 10,055.56 (half-up to the fen, register §4.5 item 35). The firm
 * paid no tech-SME interest (its interest list is empty), so the tech-SME subsidy pays nothing and takes no part.
 * The renovation project R1 (eligible, subsidy start 2023-01-01, so its subsidised years are 2023-01-01 to
 * 2025-12-31, register §4.1 item 9) paid interest for 2023-02-01 → 2024-02-01, inside those years.
 */
class RenovationLoanStackingRuleTest {

  private static final String FIRST_LOAN = "sz-gxj-2023-26.first-loan-interest-subsidy";
  private static final String TECH_SME = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  private static final String RENOVATION = "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy";
  private static final LocalDate AS_OF = LocalDate.of(2023, 9, 30);

  private static final String L1 = """
      {"loanId": "L1", "principal": {"amount": 1000000, "currency": "CNY"}, "drawdownDate": "2023-02-01",
       "maturityDate": "2024-02-01", "annualInterestRate": "4%", "lenderRegionCode": "440300",
       "firstDrawdownOfFirstContract": true, "forProductionOrOperation": true,
       "subsidisedUnderAnotherMunicipalScheme": false, "vehicleOrRealEstatePurchase": false, "guaranteed": false}""";

  /** The profile with L1 and the renovation project R1, its eligibility and payments as given. */
  private static String profile(String eligible, String payments) {
    return profile(L1, "", eligible, payments);
  }

  /** The profile with the loan, tech-SME interest, and R1's eligibility and payments as given. */
  private static String profile(String loan, String techInterest, String eligible, String payments) {
    return "{" + RenovationStackingFirm.FACTS + """
          "firstTimeBorrower": true, "loans": [%s], "interestPayments": [%s], "guaranteeFeePayments": [],
          "insurancePremiumPayments": [],
          "renovationProjects": [{"projectId": "R1", "category": "EQUIPMENT_UPGRADE",
            "eligibleInvestment": {"amount": 10000000, "currency": "CNY"}, %s"subsidyStart": "2023-01-01",
            "interestPayments": [%s]}]}""".formatted(loan, techInterest, eligible, payments);
  }

  /** A renovation payment for 2023-02-01 → 2024-02-01, of the interest given, with the loan id if not null. */
  private static String payment(String id, String paid, String loanId) {
    return """
        {"paymentId": "%s", "kind": "BANK_FIXED_ASSET_LOAN", "interestFrom": "2023-02-01",
         "interestUntil": "2024-02-01", "interestPaid": {"amount": %s, "currency": "CNY"}%s}""".formatted(id, paid,
        loanId == null ? "" : ", \"loanId\": \"" + loanId + "\"");
  }

  private static JsonNode report(String profile) {
    return EngineJson.report("{\"asOf\": \"" + AS_OF + "\", \"profile\": " + profile + "}");
  }

  private static List<String> missing(JsonNode outcome) {
    List<String> facts = new ArrayList<>();
    outcome.at("/missingFacts").forEach(fact -> facts.add(fact.asText()));
    return facts;
  }

  //-------------------------------------------------------------------------
  @Test
  void test_renovationLarger_keepsTheLoan_firstLoanNothingOnIt() {
    // renovation on L1: 50% × 40,000 = 20,000.00 (第十条), more than the first-loan 10,055.56 (第5条): the renovation
    // subsidy keeps L1 (register §4.6 item 43); the first-loan subsidy, with L1 subsidised under another municipal
    // scheme, pays 0.00 on it and the firm has no other loan
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "40000", "L1")));
    JsonNode renovation = outcome(report, RENOVATION);
    JsonNode first = outcome(report, FIRST_LOAN);
    assertThat(least(renovation)).isEqualByComparingTo("20000.00");
    assertThat(most(renovation)).isEqualByComparingTo("20000.00");
    assertThat(renovation.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(least(first)).isEqualByComparingTo("0.00");
    assertThat(most(first)).isEqualByComparingTo("0.00");
    assertThat(first.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(first, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(renovation, RenovationLoanStackingRule.NOT_CHECKED)).isFalse();
  }

  @Test
  void test_firstLoanLarger_keepsTheLoan_renovationWithoutItsInterest() {
    // renovation on L1: 50% × 10,000 = 5,000.00 (第十条), less than the first-loan 10,055.56 (第5条): the first-loan
    // subsidy keeps L1; the renovation project without L1's payment has no interest paid: ineligible, 0.00
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "10000", "L1")));
    JsonNode renovation = outcome(report, RENOVATION);
    JsonNode first = outcome(report, FIRST_LOAN);
    assertThat(least(first)).isEqualByComparingTo("10055.56");
    assertThat(most(first)).isEqualByComparingTo("10055.56");
    assertThat(first.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(least(renovation)).isEqualByComparingTo("0.00");
    assertThat(most(renovation)).isEqualByComparingTo("0.00");
    assertThat(renovation.at("/verdict").asText()).isEqualTo("INELIGIBLE");
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
    // the first-loan outcome is its own: the rule changed nothing there
    assertThat(noted(first, RenovationLoanStackingRule.CODE)).isFalse();
  }

  @Test
  void test_firstLoanLarger_otherPaymentOnAnotherLoanStays() {
    // P1 on L1: 50% × 10,000 = 5,000.00 < 10,055.56, so L1 stays the first-loan subsidy's; P2 on a lease naming no
    // loan: 50% × 6,000 = 3,000.00 stays the renovation subsidy's (第十条), with the note that P2 could not be checked
    String payments = payment("P1", "10000", "L1") + ", " + payment("P2", "6000", null)
        .replace("BANK_FIXED_ASSET_LOAN", "EQUIPMENT_FINANCE_LEASE");
    JsonNode report = report(profile("\"eligibleProject\": true, ", payments));
    JsonNode renovation = outcome(report, RENOVATION);
    assertThat(least(renovation)).isEqualByComparingTo("3000.00");
    assertThat(most(renovation)).isEqualByComparingTo("3000.00");
    assertThat(least(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(renovation, RenovationLoanStackingRule.NOT_CHECKED)).isTrue();
  }

  @Test
  void test_tie_firstLoanKeepsTheLoan() {
    // 50% × 20,111.12 = 10,055.56 (第十条), equal to the first-loan 10,055.56: on a tie the first-loan subsidy keeps
    // L1 (register §4.6 item 43), the renovation project gets 0.00
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "20111.12", "L1")));
    assertThat(least(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(most(outcome(report, RENOVATION))).isEqualByComparingTo("0.00");
  }

  @Test
  void test_oneFenAboveTheTie_renovationKeepsTheLoan() {
    // 50% × 20,111.14 = 10,055.57 (第十条) > 10,055.56: the renovation subsidy keeps L1, the first-loan gets 0.00
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "20111.14", "L1")));
    assertThat(least(outcome(report, RENOVATION))).isEqualByComparingTo("10055.57");
    assertThat(most(outcome(report, FIRST_LOAN))).isEqualByComparingTo("0.00");
  }

  @Test
  void test_paymentNamingNoLoan_unchangedWithNote() {
    // no loan id: both count as before, renovation 50% × 40,000 = 20,000.00 and first-loan 10,055.56; the renovation
    // outcome notes that one subsidy per loan could not be checked
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "40000", null)));
    JsonNode renovation = outcome(report, RENOVATION);
    JsonNode first = outcome(report, FIRST_LOAN);
    assertThat(least(renovation)).isEqualByComparingTo("20000.00");
    assertThat(most(renovation)).isEqualByComparingTo("20000.00");
    assertThat(least(first)).isEqualByComparingTo("10055.56");
    assertThat(most(first)).isEqualByComparingTo("10055.56");
    assertThat(noted(renovation, RenovationLoanStackingRule.NOT_CHECKED)).isTrue();
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isFalse();
    assertThat(noted(first, RenovationLoanStackingRule.NOT_CHECKED)).isFalse();
  }

  @Test
  void test_loanIdNotHeld_unchangedWithNote() {
    // "L9" is no loan of the profile: the library cannot tell what the first-loan subsidy pays on it, so both count
    // as before (20,000.00 and 10,055.56) and the renovation outcome's note names the payment and its loan
    JsonNode report = report(profile("\"eligibleProject\": true, ", payment("P1", "40000", "L9")));
    JsonNode renovation = outcome(report, RENOVATION);
    assertThat(least(renovation)).isEqualByComparingTo("20000.00");
    assertThat(least(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    assertThat(most(outcome(report, FIRST_LOAN))).isEqualByComparingTo("10055.56");
    JsonNode note = null;
    for (JsonNode each : renovation.at("/notes")) {
      if (each.at("/code").asText().equals(RenovationLoanStackingRule.NOT_CHECKED)) {
        note = each;
      }
    }
    assertThat(note).isNotNull();
    assertThat(note.toString()).contains("R1/P1 (L9)");
  }

  @Test
  void test_renovationOpen_bothKeepTheLoan_leastsLowered() {
    // the authority's acceptance of R1 is not known: renovation 0.00 … 20,000.00 (第十条, register §4.1 item 9), open
    // on L1, so both keep L1 with their ranges (register §4.6 item 43): the first-loan's least falls to its least
    // without L1, 0.00, its most stays 10,055.56; eligible with a least of zero, it is undetermined, naming the
    // renovation's missing fact
    JsonNode report = report(profile("", payment("P1", "40000", "L1")));
    JsonNode renovation = outcome(report, RENOVATION);
    JsonNode first = outcome(report, FIRST_LOAN);
    assertThat(least(renovation)).isEqualByComparingTo("0.00");
    assertThat(most(renovation)).isEqualByComparingTo("20000.00");
    assertThat(least(first)).isEqualByComparingTo("0.00");
    assertThat(most(first)).isEqualByComparingTo("10055.56");
    assertThat(first.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(missing(first)).contains("/renovationProjects/0/eligibleProject");
    assertThat(noted(first, RenovationLoanStackingRule.CODE)).isTrue();
    assertThat(noted(renovation, RenovationLoanStackingRule.CODE)).isTrue();
  }

  /** L1 known not to be the first drawdown of the firm's first contract: never the first-loan subsidy's (第5条). */
  private static final String L1_NOT_FIRST = L1.replace("\"firstDrawdownOfFirstContract\": true",
      "\"firstDrawdownOfFirstContract\": false");

  /** Tech-SME interest on L1 accrued 2023-02-01 → 2023-05-01, all in 2023, 10,000 paid: 第13条 80% → 8,000.00. */
  private static final String TECH_ON_L1 = """
      {"paymentId": "T1", "loanId": "L1", "accrualStart": "2023-02-01", "accrualEnd": "2023-05-01",
       "paymentDate": "2023-05-01", "interestPaid": {"amount": 10000, "currency": "CNY"}}""";

  @Test
  void test_techSme_renovationLarger_keepsTheLoan() {
    // tech-SME on L1: 第13条 "最高可按照实际支付利息的80%" (first-time borrower 70% + 30 pp, at most 80%):
    // 80% × 10,000 = 8,000.00; renovation 50% × 40,000 = 20,000.00 (第十条) is larger: renovation keeps L1, the
    // tech-SME subsidy, with L1 read as subsidised under another municipal scheme, pays 0.00
    JsonNode report = report(profile(L1_NOT_FIRST, TECH_ON_L1, "\"eligibleProject\": true, ",
        payment("P1", "40000", "L1")));
    JsonNode tech = outcome(report, TECH_SME);
    assertThat(least(outcome(report, RENOVATION))).isEqualByComparingTo("20000.00");
    assertThat(least(tech)).isEqualByComparingTo("0.00");
    assertThat(most(tech)).isEqualByComparingTo("0.00");
    assertThat(noted(tech, RenovationLoanStackingRule.CODE)).isTrue();
  }

  @Test
  void test_techSme_techLarger_keepsTheLoan() {
    // renovation 50% × 10,000 = 5,000.00 (第十条) < tech-SME 80% × 10,000 = 8,000.00 (第13条): the tech-SME subsidy
    // keeps L1 at 8,000.00, the renovation project without L1's payment gets nothing
    JsonNode report = report(profile(L1_NOT_FIRST, TECH_ON_L1, "\"eligibleProject\": true, ",
        payment("P1", "10000", "L1")));
    JsonNode tech = outcome(report, TECH_SME);
    assertThat(least(tech)).isEqualByComparingTo("8000.00");
    assertThat(most(tech)).isEqualByComparingTo("8000.00");
    assertThat(most(outcome(report, RENOVATION))).isEqualByComparingTo("0.00");
    assertThat(most(outcome(report, FIRST_LOAN))).isEqualByComparingTo("0.00");
  }

  //-------------------------------------------------------------------------
  @Test
  void test_javaApi_renovationLarger_sameAsJson() {
    // the first case through the Java API: RenovationInterestPayment.onLoan("L1"), 50% × 40,000 = 20,000.00 (第十条)
    // against the first-loan 10,055.56 (第5条): renovation 20,000.00, first-loan 0.00
    EnterpriseProfile base = HuiqiJson.read(profile("\"eligibleProject\": true, ", ""), EnterpriseProfile.class);
    RenovationProject project = RenovationProject.builder().from(base.renovationProjects().get().get(0))
        .interestPayments(List.of(RenovationInterestPayment.of("P1", RenovationFinancingKind.BANK_FIXED_ASSET_LOAN,
            LocalDate.of(2023, 2, 1), LocalDate.of(2024, 2, 1), Cny.of(new BigDecimal("40000"))).onLoan("L1")))
        .build();
    EnterpriseProfile profile = EnterpriseProfile.builder().from(base).renovationProjects(List.of(project)).build();
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(profile, AS_OF);
    MeasureOutcome renovation = report.outcome(MeasureId.of(RENOVATION)).orElseThrow();
    MeasureOutcome first = report.outcome(MeasureId.of(FIRST_LOAN)).orElseThrow();
    assertThat(renovation.amount().minimum().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("20000.00");
    assertThat(first.amount().maximum().orElseThrow().getNumber().numberValue(BigDecimal.class))
        .isEqualByComparingTo("0.00");
    assertThat(renovation.notes()).extracting(Reason::code).contains(RenovationLoanStackingRule.CODE);
    assertThat(first.verdict()).isEqualTo(Verdict.INELIGIBLE);
  }

  @Test
  void test_registry_ruleRunsAfterFirstLoanTechSmeStacking() {
    // the rule reads the outcomes the first-loan/tech-SME stacking left (register §4.1 item 10 first)
    assertThat(MeasureRegistry.BUILT_IN.stackingRules()).containsSubsequence(StackingInterestSubsidyRule.DEFAULT,
        RenovationLoanStackingRule.DEFAULT);
  }

  @Test
  void test_blankLoanId_refusedNamingTheField() {
    // a blank loan id is refused with the typed error naming the field, as the tech-SME InterestPayment.loanId
    assertThatThrownBy(() -> RenovationInterestPayment.builder().paymentId("P1")
        .kind(RenovationFinancingKind.BANK_FIXED_ASSET_LOAN).interestFrom(LocalDate.of(2023, 2, 1))
        .interestUntil(LocalDate.of(2024, 2, 1)).interestPaid(Cny.of(BigDecimal.ONE)).loanId(" ").build())
        .isInstanceOf(InvalidInputException.class).extracting("field").isEqualTo("loanId");
    assertThatThrownBy(() -> HuiqiJson.read(profile("", payment("P1", "1", "")), EnterpriseProfile.class))
        .isInstanceOf(InvalidInputException.class)
        .satisfies(ex -> assertThat(((InvalidInputException) ex).field()).endsWith("loanId"));
  }

  @Test
  void test_loanId_readsAndWritesBack() {
    EnterpriseProfile read = HuiqiJson.read(profile("", payment("P1", "1", "L1")), EnterpriseProfile.class);
    RenovationInterestPayment payment = read.renovationProjects().get().get(0).interestPayments().get(0);
    assertThat(payment.loanId()).contains("L1");
    EnterpriseProfile again = HuiqiJson.read(HuiqiJson.write(read), EnterpriseProfile.class);
    assertThat(again).isEqualTo(read);
    EnterpriseProfile none = HuiqiJson.read(profile("", payment("P1", "1", null)), EnterpriseProfile.class);
    assertThat(none.renovationProjects().get().get(0).interestPayments().get(0).loanId()).isEmpty();
  }
}
