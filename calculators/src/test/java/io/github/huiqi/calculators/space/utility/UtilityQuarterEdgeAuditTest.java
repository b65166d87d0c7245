package io.github.huiqi.calculators.space.utility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.huiqi.calculators.catalog.EngineJson;
import org.junit.jupiter.api.Test;

/**
 * QA audit of the 2023-Q1 utility relief (深工信〔2023〕26号 第2条 "在2023年第一季度实行水、电、气“欠费不停供”，免收在此期间
 * 产生的欠费滞纳金") at the quarter's edges, through the engine's JSON: a late fee arises each day a bill is overdue,
 * from its first overdue day through the day before payment, and only the days within 2023-01-01..2023-03-31 are
 * waived (decisions register §1.2 card 000-2d), each bill's fee rounded half-up to the fen once (§4.5 item 35).
 */
class UtilityQuarterEdgeAuditTest {

  private static String bill(String id, String arrears, String overdueFrom, String paid) {
    return "{'billId': '" + id + "', 'utility': 'ELECTRICITY', 'arrears': {'amount': " + arrears + ", 'currency': "
        + "'CNY'}, 'overdueFrom': '" + overdueFrom + "', " + (paid == null ? "" : "'paidDate': '" + paid + "', ")
        + "'dailyLateFeeRate': '0.1%'}";
  }

  @Test
  void test_billsAcrossTheQuarterEdges() {
    // A: overdue since 2022-12-01, paid 2023-01-31: the Q1 days 2023-01-01..01-30 = 30; 10,000 × 0.1% × 30 = 300.00
    // B: overdue from 2023-03-31, unpaid: one Q1 day; 10,000 × 0.1% × 1 = 10.00
    // C: overdue from 2023-04-01: no day in Q1 → 0
    // D: 5.00 overdue from 2023-03-31, unpaid: 5.00 × 0.1% × 1 = 0.005 → 0.01 (half-up)
    // waived in all: 300.00 + 10.00 + 0 + 0.01 = 310.01 at most; B's and D's paid dates are not given ("absent while
    // unpaid or not known"): paid on 2023-03-31, the day their fee began, they add nothing, so at least 300.00
    // (UtilityRangeAuditTest)
    String request = ("{'profile': {'registrationRegionCode': '440306', 'size': 'SMALL', 'affectedByEpidemic': true, "
        + "'utilityBills': [" + bill("A", "10000", "2022-12-01", "2023-01-31") + ", "
        + bill("B", "10000", "2023-03-31", null) + ", " + bill("C", "10000", "2023-04-01", "2023-04-20") + ", "
        + bill("D", "5.00", "2023-03-31", null) + "]}, 'asOf': '2023-03-31', "
        + "'measures': ['sz-gxj-2023-26.utility-arrears-relief']}").replace('\'', '"');
    JsonNode outcome = EngineJson.firstOutcome(request);
    assertThat(outcome.at("/verdict").asText()).isEqualTo("ELIGIBLE");
    assertThat(outcome.at("/amount/minimum/amount").decimalValue()).isEqualByComparingTo("300.00");
    assertThat(outcome.at("/amount/maximum/amount").decimalValue()).isEqualByComparingTo("310.01");
    assertThat(outcome.at("/countedInTotal").asBoolean()).isTrue();
  }
}
