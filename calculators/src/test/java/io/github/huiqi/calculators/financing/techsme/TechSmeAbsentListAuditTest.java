package io.github.huiqi.calculators.financing.techsme;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 科技贴息贴保 (深工信〔2023〕26号 第13条 with the 2020 办法 第十四条) when every known payment fails on its
 * own dates while a payment list is absent: "unknown is not false" (decisions register §0.3), so the absent list may
 * hold a payment that qualifies and the outcome is undetermined from zero, naming the list (§4.6 item 42), not
 * ineligible. Through the engine, in the plain and the explaining forms, which must agree.
 */
class TechSmeAbsentListAuditTest {

  private static final String MEASURE = "sz-gxj-2023-26.tech-sme-interest-subsidy";
  /** 10,000 of interest accrued 2023-03-01 → 2023-06-01, paid 2023-06-01: all of it in 2023. */
  private static final String INTEREST_2023 = "[{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\":"
      + " \"2023-03-01\", \"accrualEnd\": \"2023-06-01\", \"paymentDate\": \"2023-06-01\", \"interestPaid\":"
      + " {\"amount\": 10000, \"currency\": \"CNY\"}}]";
  /** 10,000 of interest paid 2019-12-31, before the 2020 办法's ratios (valid from 2020-02-28). */
  private static final String INTEREST_2019 = "[{\"paymentId\": \"I1\", \"loanId\": \"L1\", \"accrualStart\":"
      + " \"2019-10-01\", \"accrualEnd\": \"2019-12-31\", \"paymentDate\": \"2019-12-31\", \"interestPaid\":"
      + " {\"amount\": 10000, \"currency\": \"CNY\"}}]";
  /** An enrolment granted only after that 2023 interest: 2023-07-01 → 2025-06-30. */
  private static final String ENROLLED_AFTER = "{\"held\": true, \"since\": \"2023-07-01\", \"until\": \"2025-06-30\"}";

  /** A profile's fields past the region: the given ones, the fee list absent unless given. */
  private static JsonNode[] outcomes(String fields) {
    JsonNode[] both = new JsonNode[2];
    for (int i = 0; i < 2; i++) {
      both[i] = EngineJson.firstOutcome("{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
          + " \"firstTimeBorrower\": false, \"techSmeSubsidyReceived\": {\"amount\": 0, \"currency\": \"CNY\"},"
          + " \"insurancePremiumPayments\": [], " + fields + "}, \"asOf\": \"2023-10-31\", \"measures\": [\""
          + MEASURE + "\"], \"explain\": " + (i == 1) + "}");
    }
    // the plain and the explaining forms agree on the verdict, the amount and the missing facts
    for (String field : List.of("/verdict", "/amount", "/missingFacts")) {
      assertThat(both[1].at(field)).as(field).isEqualTo(both[0].at(field));
    }
    return both;
  }

  private static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(node -> out.add(node.at(field).asText()));
    return out;
  }

  private static void assertRange(JsonNode outcome, String verdict, String min, String max) {
    assertThat(outcome.at("/verdict").asText()).isEqualTo(verdict);
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo(min);
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo(max);
  }

  @Test
  void test_interestBeforeTheEnrolment_feesAbsent_undeterminedFromZero() {
    // the 2023 interest arose before the enrolment (2023-07-01): as it stands, nothing (§1.2 card 000-13). But the fee
    // list is not given: a fee paid within the enrolment brings the claim within it (an enrolment overlapping the
    // claim in part counts), so the favourable case pays the interest at min(50% + 30 points, 80%) = 80% (第13条):
    // 10,000 × 80% = 8,000.00, plus fees up to their cap of 300,000 a year (2020 办法 第十四条（三）): 308,000.00,
    // within 1,000,000 a year (第十四条（四）). Before the fix: INELIGIBLE, 0.
    JsonNode[] both = outcomes("\"techSme\": " + ENROLLED_AFTER + ", \"interestPayments\": " + INTEREST_2023);
    assertRange(both[0], "UNDETERMINED", "0", "308000.00");
    assertThat(texts(both[0].at("/missingFacts"), "")).containsExactly("/guaranteeFeePayments");
    // the absent list decides: its reason is the verdict's; why the known interest gives nothing is a note
    assertThat(texts(both[1].at("/reasons"), "/code")).containsExactly("guarantee-fees-not-known");
    assertThat(texts(both[1].at("/notes"), "/code")).contains("not-enrolled-tech-sme");
  }

  @Test
  void test_interestBeforeTheEnrolment_feesBoundedByTheLoans() {
    // the one loan is guaranteed with 20,000 of fees paid: the fee list holds at most 20,000, worth 50% × 20,000 =
    // 10,000.00 (第十四条（三）; decisions register §4.1 item 8b), and a fen for each instalment the fee can be paid in
    // (register §4.6 item 121: one a calendar month of the term, March 2023 to March 2024, 13, and one when the
    // guarantee is given): 10,000.00 + 14 × 0.01 = 10,000.14; with the interest's 8,000.00: 0 – 18,000.14. The
    // loan's subsidisedUnderAnotherMunicipalScheme is not given: subsidised elsewhere, it would take no tech-SME
    // subsidy (§4.1 item 10), so the flag is named too (it decides the interest's 8,000.00 of the most)
    String loan = "\"loans\": [{\"loanId\": \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"},"
        + " \"drawdownDate\": \"2023-03-01\", \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%%\","
        + " \"guaranteed\": %s}], ";
    JsonNode[] bounded = outcomes(String.format(loan, "true, \"guarantee\": {\"feePaid\": {\"amount\": 20000,"
        + " \"currency\": \"CNY\"}}") + "\"techSme\": " + ENROLLED_AFTER + ", \"interestPayments\": "
        + INTEREST_2023);
    assertRange(bounded[0], "UNDETERMINED", "0", "18000.14");
    assertThat(texts(bounded[0].at("/missingFacts"), "")).containsExactly("/guaranteeFeePayments",
        "/loans/0/subsidisedUnderAnotherMunicipalScheme");
    // the loan known not guaranteed: the fee list can hold nothing, so no fee can bring the claim within the
    // enrolment and the interest before it is all there is: ineligible as before
    JsonNode[] none = outcomes(String.format(loan, "false") + "\"techSme\": " + ENROLLED_AFTER
        + ", \"interestPayments\": " + INTEREST_2023);
    EngineJson.assertIneligible(none[0]);
  }

  @Test
  void test_interestPaidBeforeTheProgramme_feesAbsent_undeterminedFromZero() {
    // interest paid 2019-12-31, before the 2020 办法's ratios (from 2020-02-28): it earns nothing in any case. A fee
    // of the absent list may qualify: 0 – 300,000.00 (the fee cap a year, 第十四条（三）). Before the fix: INELIGIBLE.
    JsonNode[] both = outcomes("\"techSme\": {\"held\": true}, \"interestPayments\": " + INTEREST_2019);
    assertRange(both[0], "UNDETERMINED", "0", "300000.00");
    assertThat(texts(both[0].at("/missingFacts"), "")).containsExactly("/guaranteeFeePayments");
    assertThat(texts(both[1].at("/notes"), "/code")).contains("event-outside-validity");
    // the enrolment not known either: both facts named, still 0 – 300,000.00
    JsonNode[] unknown = outcomes("\"interestPayments\": " + INTEREST_2019);
    assertRange(unknown[0], "UNDETERMINED", "0", "300000.00");
    assertThat(texts(unknown[0].at("/missingFacts"), "")).containsExactlyInAnyOrder("/techSme",
        "/guaranteeFeePayments");
  }

  @Test
  void test_firmWideFailureOrEveryListKnown_ineligible() {
    // the enrolment known not held fails the firm whatever the fees: ineligible, 0 (第13条 入库科技型中小企业)
    EngineJson.assertIneligible(outcomes("\"techSme\": {\"held\": false}, \"interestPayments\": " + INTEREST_2023)[0]);
    // every list known (the fees known to be none): the interest before the enrolment is all there is: ineligible
    EngineJson.assertIneligible(outcomes("\"techSme\": " + ENROLLED_AFTER + ", \"guaranteeFeePayments\": [],"
        + " \"interestPayments\": " + INTEREST_2023)[0]);
    EngineJson.assertIneligible(outcomes("\"techSme\": {\"held\": true}, \"guaranteeFeePayments\": [],"
        + " \"interestPayments\": " + INTEREST_2019)[0]);
  }

  @Test
  void test_noPaymentKnown_absentListsCanHoldNothing_ineligible() {
    // no loan (the list known empty) and no premium (known empty): the interest and fee lists, not given, can hold
    // only what the known loans bear, nothing (decisions register §4.1 item 8b), so no claim can be made. Before:
    // undetermined, exactly 0.00, naming both lists; after: ineligible, 0.00
    JsonNode[] both = outcomes("\"techSme\": {\"held\": true}, \"loans\": []");
    assertRange(both[0], "INELIGIBLE", "0", "0");
    assertThat(both[0].at("/missingFacts").size()).isZero();
    assertThat(texts(both[1].at("/reasons"), "/code")).containsExactly("absent-lists-hold-nothing");
    // one loan, not known to be unguaranteed: its interest could be in the absent list, so still undetermined
    // (1,000,000 × 4% over 2023-03-01 → 2024-03-01, 366 days: at most 40,666.666… of interest under ACT/360, the
    // larger convention; the 306 days of 2023 (10 whole months count 300), 34,000.00, at 第13条's 80% = 27,200.00,
    // the 60 days of 2024, 6,666.666…, at 第十四条（一）'s 50% = 3,333.333…: 30,533.333…, rounded up as a bound:
    // 30,533.34; before register §4.6 item 97, 80% of all: 32,533.34), and a fen for each payment L1 can hold
    // (register §4.6 item 120: one a calendar month, March 2023 to March 2024, 13, and a final one): 30,533.34 +
    // 14 × 0.01 = 30,533.48
    JsonNode[] open = outcomes("\"techSme\": {\"held\": true}, \"loans\": [{\"loanId\": \"L1\", \"principal\":"
        + " {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-03-01\", \"maturityDate\":"
        + " \"2024-03-01\", \"annualInterestRate\": \"4%\", \"guaranteed\": false}]");
    assertThat(open[0].at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(open[0].at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("30533.48");
  }

  /** A firm whose programme cap is spent: 3,000,000 already received (2020 办法 第十四条（四）), premiums none. */
  private static JsonNode spent(String fields) {
    return EngineJson.firstOutcome("{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\": \"SMALL\","
        + " \"firstTimeBorrower\": false, \"techSme\": {\"held\": true}, \"techSmeSubsidyReceived\": {\"amount\":"
        + " 3000000, \"currency\": \"CNY\"}, \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\": \"L1\","
        + " \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-03-01\","
        + " \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\", \"guaranteed\": false,"
        + " \"subsidisedUnderAnotherMunicipalScheme\": false}], " + fields + "}, \"asOf\": \"2023-10-31\","
        + " \"measures\": [\"" + MEASURE + "\"]}");
  }

  @Test
  void test_capsSpent_anAbsentListThatMayHoldAPayment_undeterminedAtZero() {
    // the programme cap of 3,000,000 is spent. With L1's 10,000 of 2023 interest given, the claim is made and pays
    // 80% × 10,000 = 8,000.00 within what the cap leaves, 3,000,000 − 3,000,000 = 0: eligible, 0.00
    JsonNode known = spent("\"guaranteeFeePayments\": [], \"interestPayments\": " + INTEREST_2023);
    assertRange(known, "ELIGIBLE", "0", "0");
    // the interest list not given: it may hold L1's interest (a claim, eligible at 0.00) or nothing (no claim,
    // ineligible), so undetermined at 0.00, naming it (register §4.6 item 53). Before: ineligible, which the interest
    // overturned
    JsonNode open = spent("\"guaranteeFeePayments\": []");
    assertRange(open, "UNDETERMINED", "0", "0");
    assertThat(texts(open.at("/missingFacts"), "")).containsExactly("/interestPayments");
    // the interest known to be before the enrolment (2023-07-01) and the fee list not given, L1 guaranteed: a fee of
    // that list within the enrolment makes a claim, eligible at 0.00 with the cap spent; before: ineligible
    JsonNode before = EngineJson.firstOutcome("{\"profile\": {\"registrationRegionCode\": \"440306\", \"size\":"
        + " \"SMALL\", \"firstTimeBorrower\": false, \"techSme\": " + ENROLLED_AFTER + ", \"techSmeSubsidyReceived\":"
        + " {\"amount\": 3000000, \"currency\": \"CNY\"}, \"insurancePremiumPayments\": [], \"loans\": [{\"loanId\":"
        + " \"L1\", \"principal\": {\"amount\": 1000000, \"currency\": \"CNY\"}, \"drawdownDate\": \"2023-03-01\","
        + " \"maturityDate\": \"2024-03-01\", \"annualInterestRate\": \"4%\","
        + " \"subsidisedUnderAnotherMunicipalScheme\": false, \"guarantee\": {\"feePaid\": {\"amount\": 20000,"
        + " \"currency\": \"CNY\"}}}], \"interestPayments\": "
        + INTEREST_2023 + "}, \"asOf\": \"2023-10-31\", \"measures\": [\"" + MEASURE + "\"]}");
    assertRange(before, "UNDETERMINED", "0", "0");
    assertThat(texts(before.at("/missingFacts"), "")).containsExactly("/guaranteeFeePayments");
  }
}
