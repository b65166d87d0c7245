package io.github.huiqi.calculators.grants.share;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.share.ShareMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the share grants of 沪企服办〔2023〕1号 on the typed calculator, fast and explaining, and its JSON
 * form: the 四上 高新技术企业 reward (第二条 "上一年度研发投入5%、最高50万元的一次性奖励"), the 高新技术成果转化 uplift
 * (第三条 "加计30%"), technical renovation (第五条 "门槛…1000万元以上，支持金额不超过核定总投资的10%", for 中小企业) and
 * digital-service contracts (第八条 "不超过合同金额30%", for 中小企业). Each figure was worked by hand from the clause,
 * each share rounded once, half-up to the fen (register §4.5 item 35), before the cap. Each request is the JSON of a
 * {@link ShareRequest}: the facts not given are not known, and must be named, never guessed.
 */
class ShareBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();
  private static final String FOUR_ABOVE = "sh-qfb-2023-1.four-above-high-tech-reward";
  private static final String UPLIFT = "sh-qfb-2023-1.achievement-transfer-uplift";
  private static final String RENOVATION = "sh-qfb-2023-1.technical-renovation-support";
  private static final String DIGITAL = "sh-qfb-2023-1.digital-service-contract-support";

  private static String event(String id, String code, String date, String amount) {
    return "{'eventId': '" + id + "', 'code': '" + code + "', 'date': '" + date + "'"
        + (amount.isEmpty() ? "" : ", 'amount': {'amount': " + amount + ", 'currency': 'CNY'}") + "}";
  }

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /** Runs the request on the three forms and checks they agree with the hand figures. */
  private static void check(String measureId, String requestJson, Verdict verdict, String least, String most,
      boolean capBinds, String missing) {
    ShareMeasure measure = DATA.getMeasure(MeasureId.of(measureId), ShareMeasure.class);
    String json = requestJson.replace('\'', '"');
    ShareRequest request = HuiqiJson.read(json, ShareRequest.class);
    ShareResult typed = ShareCalculator.DEFAULT.explainShare(measure, request);
    ShareResult fromJson = HuiqiJson.read(ShareCalculator.DEFAULT.explainShareJson(measure, json), ShareResult.class);
    List<String> facts = missing.isEmpty() ? List.of() : List.of(missing.split(","));
    for (ShareResult result : List.of(typed, fromJson)) {
      assertThat(result.eligibility().verdict()).as(measureId).isEqualTo(verdict);
      assertThat(number(result.amount().minimum())).as("least").isEqualByComparingTo(least);
      assertThat(number(result.amount().maximum().orElseThrow())).as("most").isEqualByComparingTo(most);
      assertThat(result.bindingLimit().isPresent()).as("cap binds").isEqualTo(capBinds);
      assertThat(result.missingFacts()).containsExactlyInAnyOrderElementsOf(facts);
      assertThat(result.eligibility().missingFacts()).isSubsetOf(facts);
    }
    if (verdict == Verdict.UNDETERMINED) {
      // the fast form refuses to guess, naming the same facts
      assertThatThrownBy(() -> ShareCalculator.DEFAULT.share(measure, request))
          .isInstanceOfSatisfying(MissingFactsException.class,
              ex -> assertThat(ex.missingFacts()).containsExactlyInAnyOrderElementsOf(facts));
    } else {
      OutcomeAmount fast = ShareCalculator.DEFAULT.share(measure, request);
      assertThat(fast).isEqualTo(typed.amount());
    }
  }

  @ParameterizedTest(name = "第二条 {0} on {1}, certificate {2}..{3}: {4} {5}–{6}")
  @CsvSource({
      // (a fen under, at and over the cap, and 0.10 → 0.01, are ShareShanghaiAuditTest's and ShareCalculatorTest's)
      // 10,000,000.00 × 5% = 500,000.00, the cap reached, not binding; 10,000,000.40 × 5% = 500,000.02: it binds
      "10000000.00, 2023-05-10, 2021-01-01, 2024-12-31, ELIGIBLE, 500000.00, 500000.00, false",
      "10000000.40, 2023-05-10, 2021-01-01, 2024-12-31, ELIGIBLE, 500000.00, 500000.00, true",
      // 0.09 × 5% = 0.0045 → 0.00 (half-up, under half a fen): eligible at nothing
      "0.09, 2023-05-10, 2021-01-01, 2024-12-31, ELIGIBLE, 0.00, 0.00, false",
      // "有效期内高新技术企业": the certificate's first day and last day count, the day before and after do not
      "2000000.00, 2023-03-01, 2023-03-01, 2026-02-28, ELIGIBLE, 100000.00, 100000.00, false",
      "2000000.00, 2023-02-28, 2023-03-01, 2026-02-28, INELIGIBLE, 0, 0, false",
      "2000000.00, 2023-09-30, 2020-10-01, 2023-09-30, ELIGIBLE, 100000.00, 100000.00, false",
      "2000000.00, 2023-10-01, 2020-10-01, 2023-09-30, INELIGIBLE, 0, 0, false",
      // the window is 2023 (first entry in the year the measures run to): 2022-12-31 and 2024-01-01 are outside
      "2000000.00, 2022-12-31, 2020-10-01, 2025-09-30, INELIGIBLE, 0, 0, false",
      "2000000.00, 2024-01-01, 2020-10-01, 2025-09-30, INELIGIBLE, 0, 0, false",
      "2000000.00, 2023-12-31, 2020-10-01, 2025-09-30, ELIGIBLE, 100000.00, 100000.00, false"})
  void test_fourAbove_capAndCertificateAndWindowEdges(String base, String date, String since, String until,
      Verdict verdict, String least, String most, boolean capBinds) {
    String request = "{'highTech': {'held': true, 'since': '" + since + "', 'until': '" + until + "'}, 'grantEvents': ["
        + event("F", "first-four-above", date, base) + "]}";
    check(FOUR_ABOVE, request, verdict, least, most, capBinds, "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 一次性: of two first entries both within the certificate, the earlier alone: 2023-04-01's 4,000,000.30 × 5% =
      // 200,000.015 → 200,000.02, not the later 500,000.00 nor the sum
      "one-off, the earliest|{'highTech': {'held': true, 'since': '2021-01-01', 'until': '2024-12-31'},"
          + " 'grantEvents': ["
          + "{'eventId': 'B', 'code': 'first-four-above', 'date': '2023-08-01', 'amount': {'amount': 20000000,"
          + " 'currency': 'CNY'}}, {'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01', 'amount':"
          + " {'amount': 4000000.30, 'currency': 'CNY'}}]}|ELIGIBLE|200000.02|200000.02|",
      // the certificate not given: 0 or 3,000,000 × 5% = 150,000.00, naming it
      "certificate not given|{'grantEvents': [{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01',"
          + " 'amount': {'amount': 3000000, 'currency': 'CNY'}}]}|UNDETERMINED|0|150000.00|/highTech",
      // the R&D input not given: from 0 to the cap, the cap the upper end
      "base not given|{'highTech': {'held': true, 'since': '2021-01-01', 'until': '2024-12-31'}, 'grantEvents': ["
          + "{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01'}]}|ELIGIBLE|0|500000.00"
          + "|/grantEvents/0/amount",
      // the events not given: whether the firm entered 四上 is not known
      "events not given|{'highTech': {'held': true, 'since': '2021-01-01'}}|UNDETERMINED|0|500000.00|/grantEvents",
      // the events known to be none
      "no events|{'highTech': {'held': true, 'since': '2021-01-01'}, 'grantEvents': []}|INELIGIBLE|0|0|"})
  void test_fourAbove_oneOffAndUnknowns(String name, String request, Verdict verdict, String least, String most,
      String missing) {
    boolean capBinds = name.equals("base not given") || name.equals("events not given");
    check(FOUR_ABOVE, request, verdict, least, most, capBinds, missing == null ? "" : missing);
  }

  @ParameterizedTest(name = "第五条 {0} size {1}: {2} up to {3}")
  @CsvSource({
      // "1000万元以上" includes 10,000,000.00: up to 10% = 1,000,000.00; a fen under earns nothing
      "10000000.00, MICRO, ELIGIBLE, 1000000.00, ''",
      "9999999.99, MICRO, INELIGIBLE, 0, ''",
      // no cap: 99,999,999.95 × 10% = 9,999,999.995 → up to 10,000,000.00
      "99999999.95, MEDIUM, ELIGIBLE, 10000000.00, ''",
      // "加大对中小企业技术改造支持": a large firm is not an SME
      "50000000.00, LARGE, INELIGIBLE, 0, ''",
      // the size not given: up to 5,000,000.00 if an SME, naming /size
      "50000000.00, , UNDETERMINED, 5000000.00, /size",
      // the size does not matter below the threshold: nothing whatever the class, so nothing to ask
      "9999999.99, , INELIGIBLE, 0, ''"})
  void test_renovation_thresholdAndSize(String base, String size, Verdict verdict, String most, String missing) {
    String request = "{" + (size == null ? "" : "'size': '" + size + "', ") + "'grantEvents': ["
        + event("R", "sh-technical-renovation-project", "2023-06-01", base) + "]}";
    check(RENOVATION, request, verdict, "0", most, false, missing);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 第八条 per contract, each rounded once: 1.05 × 30% = 0.315 → 0.32; two of 0.05 → 0.02 + 0.02 = 0.04 (not
      // round(0.10 × 30%) = 0.03)
      "one contract|{'size': 'SMALL', 'grantEvents': [{'eventId': 'D', 'code': 'sh-digital-service-contract',"
          + " 'date': '2023-02-01', 'amount': {'amount': 1.05, 'currency': 'CNY'}}]}|ELIGIBLE|0|0.32|",
      "two contracts|{'size': 'SMALL', 'grantEvents': [{'eventId': 'D1', 'code': 'sh-digital-service-contract',"
          + " 'date': '2023-02-01', 'amount': {'amount': 0.05, 'currency': 'CNY'}}, {'eventId': 'D2', 'code':"
          + " 'sh-digital-service-contract', 'date': '2023-02-01', 'amount': {'amount': 0.05, 'currency': 'CNY'}}]}"
          + "|ELIGIBLE|0|0.04|",
      // 第三条: the enrolment ends 2023-06-30; a support granted that day counts (0.01 × 30% = 0.003 → 0.00), the next
      // day's does not
      "uplift, the enrolment's last day|{'techSme': {'held': true, 'since': '2022-07-01', 'until': '2023-06-30'},"
          + " 'grantEvents': [{'eventId': 'U1', 'code': 'sh-achievement-transfer-support', 'date': '2023-06-30',"
          + " 'amount': {'amount': 0.01, 'currency': 'CNY'}}, {'eventId': 'U2', 'code':"
          + " 'sh-achievement-transfer-support', 'date': '2023-07-01', 'amount': {'amount': 1000000, 'currency':"
          + " 'CNY'}}]}|ELIGIBLE|0.00|0.00|"})
  void test_contractsAndUplift_perEventRounding(String name, String request, Verdict verdict, String least,
      String most, String missing) {
    String measure = name.startsWith("uplift") ? UPLIFT : DIGITAL;
    check(measure, request, verdict, least, most, false, missing == null ? "" : missing);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // a negative base, a base in part of a fen, another currency, a size that is no class, a date that is no date
      "{'grantEvents': [{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01', 'amount': {'amount': -1,"
          + " 'currency': 'CNY'}}]}|/grantEvents/0/amount",
      "{'grantEvents': [{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01', 'amount': {'amount':"
          + " 1.005, 'currency': 'CNY'}}]}|/grantEvents/0/amount",
      "{'grantEvents': [{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-04-01', 'amount': {'amount': 1,"
          + " 'currency': 'USD'}}]}|/grantEvents/0/amount/currency",
      "{'size': 'HUGE', 'grantEvents': []}|/size",
      "{'grantEvents': [{'eventId': 'A', 'code': 'first-four-above', 'date': '2023-02-30'}]}|/grantEvents/0/date"})
  void test_badJson_typedErrorNamingTheField(String request, String field) {
    ShareMeasure measure = DATA.getMeasure(MeasureId.of(FOUR_ABOVE), ShareMeasure.class);
    assertField(() -> ShareCalculator.DEFAULT.explainShareJson(measure, request.replace('\'', '"')), field);
  }
}
