package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.CatalogProfiles;
import io.github.huiqi.calculators.catalog.EngineJson;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A blind QA audit of the 2023-Q1 utility relief (深工信〔2023〕26号 第2条: "对经营困难的个体工商户和中小微企业，在2023年第一
 * 季度实行水、电、气“欠费不停供”，免收在此期间产生的欠费滞纳金") on what its outcome says and on absurd bills, through the
 * engine (typed, explained) and {@code evaluateJson}. The figures at the quarter's edges are
 * HuiqiCliSpaceBlindAuditTest's.
 * <p>
 * The audit found that an outcome left undetermined only by a paid date not given (the bill may have been paid the
 * day its late fee began, with no day overdue in the quarter) gave as its reasons every condition, met ones included:
 * the command line printed "undetermined, conditions not yet known: an individual business or an SME; in difficulty;
 * utility arrears within 2023-01-01..2023-03-31" for a small firm said to be in difficulty, where
 * {@link MeasureOutcome#reasons()} gives an undetermined outcome the conditions that could not be decided.
 */
class UtilityBlindAuditTest {

  private static final MeasureId UTILITY = MeasureId.of("sz-gxj-2023-26.utility-arrears-relief");
  private static final LocalDate AS_OF = LocalDate.of(2023, 3, 31);

  private static String profile(String size, String bill) {
    return "{'registrationRegionCode': '440306', 'size': '" + size + "', 'affectedByEpidemic': true, "
        + "'utilityBills': [" + bill + "]}";
  }

  private static String bill(String overdueFrom, String paid, String rate) {
    return "{'billId': 'E', 'utility': 'ELECTRICITY', 'arrears': {'amount': 1000, 'currency': 'CNY'}, "
        + "'overdueFrom': '" + overdueFrom + "', " + (paid == null ? "" : "'paidDate': '" + paid + "', ")
        + "'dailyLateFeeRate': '" + rate + "'}";
  }

  private static String request(String profile) {
    return ("{'profile': " + profile + ", 'asOf': '2023-03-31', 'measures': ['" + UTILITY + "'], 'explain': true}")
        .replace('\'', '"');
  }

  @Test
  void test_undeterminedByThePaidDateAlone_theReasonIsTheArrearsConditionOnly() {
    // a small firm in difficulty (both met), its bill overdue from 2022-12-31 with no paid date: unpaid, the whole
    // quarter 1,000 × 0.2% × 90 days (01-01..03-31) = 180.00; paid 2022-12-31, the day its fee began, no day
    // overdue in the quarter and so no "欠费" in it: undetermined 0 – 180.00. What is not decided is the arrears in
    // the quarter, and that alone is the reason; the firm's size and difficulty are met, not "not yet known"
    String firm = profile("SMALL", bill("2022-12-31", null, "0.2%"));
    MeasureOutcome open = CatalogProfiles.outcome(CatalogProfiles.quoted(firm), AS_OF, UTILITY, true);
    assertThat(open.verdict()).isEqualTo(Verdict.UNDETERMINED);
    assertThat(open.missingFacts()).containsExactly("/utilityBills/0/paidDate");
    assertThat(open.reasons()).extracting(Reason::code).containsExactly("arrears-in-period");
    JsonNode json = EngineJson.firstOutcome(request(firm));
    assertThat(json.at("/verdict").asText()).isEqualTo("UNDETERMINED");
    assertThat(json.at("/reasons")).hasSize(1);
    assertThat(json.at("/reasons/0/code").asText()).isEqualTo("arrears-in-period");
    assertThat(json.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("180.00");
  }

  @Test
  void test_eligibleOnceThePaidDateIsGiven_everyConditionMetAsItsReasons() {
    // paid 2023-04-01: 90 days in the quarter, 180.00; the three conditions met are the reasons
    MeasureOutcome paid = CatalogProfiles.outcome(CatalogProfiles.quoted(profile("SMALL",
        bill("2022-12-31", "2023-04-01", "0.2%"))), AS_OF, UTILITY, true);
    assertThat(paid.verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(paid.reasons()).extracting(Reason::code).containsExactlyInAnyOrder("individual-business-or-sme",
        "in-difficulty", "arrears-in-period");
  }

  @Test
  void test_aLargeFirmWithAnOpenPaidDate_ineligible_itsSizeTheReason() {
    // "中小微企业": a large firm is out whatever its bill's paid date, and names no fact
    MeasureOutcome large = CatalogProfiles.outcome(CatalogProfiles.quoted(profile("LARGE",
        bill("2022-12-31", null, "0.2%"))), AS_OF, UTILITY, true);
    assertThat(large.verdict()).isEqualTo(Verdict.INELIGIBLE);
    assertThat(large.missingFacts()).isEmpty();
    assertThat(large.reasons()).extracting(Reason::code).containsExactly("not-individual-business-or-sme");
  }

  @Test
  void test_absurdBills_typedErrorsNamingTheField() {
    // paid before it fell overdue
    assertThatThrownBy(() -> EngineJson.firstOutcome(request(profile("SMALL",
        bill("2023-02-10", "2023-02-01", "0.2%"))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/utilityBills/0/paidDate").hasMessageContaining("2023-02-01");
    // a negative daily rate, and one above 100% a day
    assertThatThrownBy(() -> EngineJson.firstOutcome(request(profile("SMALL",
        bill("2023-02-10", "2023-03-01", "-0.2%"))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/utilityBills/0/dailyLateFeeRate").hasMessageContaining("-0.2%");
    assertThatThrownBy(() -> EngineJson.firstOutcome(request(profile("SMALL",
        bill("2023-02-10", "2023-03-01", "150%"))))).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("/utilityBills/0/dailyLateFeeRate").hasMessageContaining("150%");
  }
}
