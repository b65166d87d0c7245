package io.github.huiqi.calculators.grants.award;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.grants.award.AwardMeasure;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the award grants on the typed calculator, fast and explaining, and its JSON form, each figure worked
 * by hand from the clause: Shanghai's district awards for new recognitions (沪企服办〔2023〕1号 第一条, floors "不低于10万元"
 * and "不低于30万元", the higher alone by register §4.4 item 25) and its green-upgrading support (第六条 "最高支持1000万元",
 * for 中小企业); Shenzhen's 专精特新 awards (the 2021 reply letter 一: 小巨人 "最高50万元", provincial "最高20万元", and
 * 深府〔2022〕31号's municipal "最高10万元" from 2022-04-08, to 2025-12-31), its demonstration-platform award (三,
 * "一次性奖励…最高50万元", from the letter of 2021-10-20), the 创客中国 award (深工信〔2023〕26号 第16条 "最高给予30万元",
 * the 2023 contest; the draft's 第九条 from 2023 with no end) and the digital-platform subsidy (第17条 "每年…不超过1000万元").
 * Every window is tried on its first and last day and a day outside; every fact left out must be named.
 */
class AwardBlindAuditTest {

  private static final PolicyData DATA = PolicyData.builtIn();

  private static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /** Runs the request on the three forms; {@code most} empty for no upper end. */
  private static AwardResult check(String measureId, String requestJson, Verdict verdict, String least, String most,
      String missing) {
    AwardMeasure measure = DATA.getMeasure(MeasureId.of(measureId), AwardMeasure.class);
    String json = requestJson.replace('\'', '"');
    AwardRequest request = HuiqiJson.read(json, AwardRequest.class);
    AwardResult typed = AwardCalculator.DEFAULT.explainAward(measure, request);
    AwardResult fromJson = HuiqiJson.read(AwardCalculator.DEFAULT.explainAwardJson(measure, json), AwardResult.class);
    List<String> facts = missing == null || missing.isEmpty() ? List.of() : List.of(missing.split(","));
    for (AwardResult result : List.of(typed, fromJson)) {
      assertThat(result.eligibility().verdict()).as(measureId).isEqualTo(verdict);
      assertThat(number(result.amount().minimum())).as("least").isEqualByComparingTo(least);
      if (most == null || most.isEmpty()) {
        assertThat(result.amount().maximum()).as("no upper end").isEmpty();
      } else {
        assertThat(number(result.amount().maximum().orElseThrow())).as("most").isEqualByComparingTo(most);
      }
      assertThat(result.missingFacts()).containsExactlyInAnyOrderElementsOf(facts);
    }
    if (verdict == Verdict.UNDETERMINED) {
      // the fast form refuses to guess, naming the same facts
      assertThatThrownBy(() -> AwardCalculator.DEFAULT.award(measure, request))
          .isInstanceOfSatisfying(MissingFactsException.class,
              ex -> assertThat(ex.missingFacts()).containsExactlyInAnyOrderElementsOf(facts));
    } else {
      assertThat(AwardCalculator.DEFAULT.award(measure, request)).isEqualTo(typed.amount());
    }
    return typed;
  }

  private static String recognised(String name, String since) {
    return "'" + name + "': {'held': true, 'since': '" + since + "'}";
  }

  @ParameterizedTest(name = "第一条 专精特新 {0}, 小巨人 {1}: {2} from {3}")
  @CsvSource({
      // (each recognition alone on the window's edges, both in 2023, and a 2023 小巨人 on an older 专精特新 are
      // AwardFloorAuditTest's)
      // 小巨人 a day outside either end: the 专精特新 floor alone
      "2023-03-01, 2024-01-01, ELIGIBLE, 100000.00, specialised",
      "2023-12-31, 2022-12-31, ELIGIBLE, 100000.00, specialised"})
  void test_shanghai_floorsOnTheWindowsEdges(String specialised, String littleGiant, Verdict verdict, String least,
      String tiers) {
    String request = "{" + recognised("specialisedAndInnovative", specialised) + ", "
        + (littleGiant == null ? "'littleGiant': {'held': false}" : recognised("littleGiant", littleGiant)) + "}";
    AwardResult result = check("sh-qfb-2023-1.specialised-recognition-award", request, verdict, least,
        verdict == Verdict.INELIGIBLE ? "0" : "", "");
    assertThat(result.tiersEarned()).containsExactlyInAnyOrderElementsOf(
        tiers.isEmpty() ? List.of() : List.of(tiers.split(",")));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // (专精特新 new in 2023 with the 小巨人 not given is AwardFloorAuditTest's)
      // neither recognition dated: open from 0, no upper end, each start named
      "no dates|{'specialisedAndInnovative': {'held': true}, 'littleGiant': {'held': true}}|UNDETERMINED|0||"
          + "/specialisedAndInnovative/since,/littleGiant/since",
      // both known not held: nothing
      "neither held|{'specialisedAndInnovative': {'held': false}, 'littleGiant': {'held': false}}|INELIGIBLE|0|0|"})
  void test_shanghai_unknownRecognitions(String name, String request, Verdict verdict, String least, String most,
      String missing) {
    check("sh-qfb-2023-1.specialised-recognition-award", request, verdict, least, most, missing);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // (each window's first and last day and the day outside are AwardCeilingAuditTest's)
      // provincial (2024-02-01) and municipal (2024-02-01) the same year: the higher ceiling alone, 200,000
      "provincial and municipal|{'littleGiant': {'held': false}, 'specialisedAndInnovative': {'held': true, 'since':"
          + " '2024-02-01'}, 'grantEvents': [{'eventId': 'M', 'code': 'sz-municipal-specialised-recognition', 'date':"
          + " '2024-02-01'}]}|ELIGIBLE|200000.00"})
  void test_shenzhenSpecialised_sameYearLevels_theHigherCeiling(String name, String request, Verdict verdict, String most) {
    check("sz-gxj-2021-reply-20210370.specialised-award", request, verdict, "0", most, "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // (the letter's date, the day before and a second recognition are AwardCeilingAuditTest's)
      // the events not given: open, naming them
      "not given|{}|UNDETERMINED|500000.00"})
  void test_demonstrationPlatform_eventsNotGiven(String name, String request, Verdict verdict, String most) {
    check("sz-gxj-2021-reply-20210370.demonstration-platform-award", request, verdict, "0", most,
        verdict == Verdict.UNDETERMINED ? "/grantEvents" : "");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 第16条, the 2023 contest: two prizes of 2023, each up to 300,000
      "26号 two prizes|sz-gxj-2023-26.maker-china-award|{'grantEvents': [{'eventId': 'K1', 'code':"
          + " 'maker-china-shenzhen-award', 'date': '2023-01-01'}, {'eventId': 'K2', 'code':"
          + " 'maker-china-shenzhen-award', 'date': '2023-12-31'}]}|ELIGIBLE|600000.00|IN_FORCE",
      "26号 2024|sz-gxj-2023-26.maker-china-award|{'grantEvents': [{'eventId': 'K', 'code':"
          + " 'maker-china-shenzhen-award', 'date': '2024-01-01'}]}|INELIGIBLE|0|IN_FORCE",
      // the draft's 第九条 has no end: a 2030 prize, indicative only
      "draft 2030|sz-gxj-zjtx-32-draft.maker-china-award|{'grantEvents': [{'eventId': 'K', 'code':"
          + " 'maker-china-shenzhen-award', 'date': '2030-06-30'}]}|ELIGIBLE|300000.00|DRAFT",
      "draft 2022|sz-gxj-zjtx-32-draft.maker-china-award|{'grantEvents': [{'eventId': 'K', 'code':"
          + " 'maker-china-shenzhen-award', 'date': '2022-12-31'}]}|INELIGIBLE|0|DRAFT",
      // 第17条 "每年": two selections in 2023 are one year's, up to 10,000,000 once
      "platform twice in 2023|sz-gxj-2023-26.digital-platform-subsidy|{'grantEvents': [{'eventId': 'S1', 'code':"
          + " 'sz-digital-platform-selected', 'date': '2023-01-01'}, {'eventId': 'S2', 'code':"
          + " 'sz-digital-platform-selected', 'date': '2023-12-31'}]}|ELIGIBLE|10000000.00|IN_FORCE"})
  void test_shenzhenPrizesAndPlatforms(String name, String measureId, String request, Verdict verdict, String most,
      DocumentStatus status) {
    AwardResult result = check(measureId, request, verdict, "0", most, "");
    assertThat(result.documentStatus()).isEqualTo(status);
  }

  @ParameterizedTest(name = "national placing, rank {0}")
  @CsvSource({
      // 第16条 "荣获全国500强…可直接认定为专精特新中小企业", "全国50强…给予'创新能力'指标直通资格": the prize (0 – 300,000) is
      // the award's; the fast tracks are its consequences. Rank 50: both; 500: the first; 501: neither. Rank not given:
      // either may apply, which the explaining form says, naming the rank (register §4.6 item 166); before, the
      // consequences were left out as if not met. The rank decides no money: never a missing fact of the award
      "50, 'maker-china-top-500-specialised,maker-china-top-50-little-giant'",
      "500, maker-china-top-500-specialised",
      "501, ''",
      ", 'maker-china-top-500-specialised-open,maker-china-top-50-little-giant-open'"})
  void test_makerChina_fastTracks_rankKnownOrNot(Integer rank, String notes) {
    String request = "{'grantEvents': [{'eventId': 'K', 'code': 'maker-china-shenzhen-award', 'date': '2023-05-01'},"
        + " {'eventId': 'N', 'code': 'maker-china-national-placing', 'date': '2023-11-01'"
        + (rank == null ? "" : ", 'rank': " + rank) + "}]}";
    AwardResult result = check("sz-gxj-2023-26.maker-china-award", request, Verdict.ELIGIBLE, "0", "300000.00", "");
    List<String> expected = notes.isEmpty() ? List.of() : List.of(notes.split(","));
    assertThat(result.notes()).extracting(Reason::code).filteredOn(code -> code.startsWith("maker-china-top"))
        .containsExactlyInAnyOrderElementsOf(expected);
    if (rank == null) {
      assertThat(result.notes()).filteredOn(note -> note.code().endsWith("-open"))
          .allSatisfy(note -> assertThat(note.message().en()).contains("/grantEvents/1/rank"));
    }
  }

  @ParameterizedTest(name = "第六条 size {0}: {1} up to {2}")
  @CsvSource({
      // "支持中小企业绿色化升级，最高支持1000万元": an SME's project up to 10,000,000; a large firm nothing; the size not
      // given named
      "MICRO, ELIGIBLE, 10000000.00, ''",
      "MEDIUM, ELIGIBLE, 10000000.00, ''",
      "LARGE, INELIGIBLE, 0, ''",
      ", UNDETERMINED, 10000000.00, /size"})
  void test_green_forSmesOnly(String size, Verdict verdict, String most, String missing) {
    String request = "{" + (size == null ? "" : "'size': '" + size + "', ") + "'grantEvents': [{'eventId': 'G',"
        + " 'code': 'sh-green-upgrade-project', 'date': '2023-09-09'}]}";
    check("sh-qfb-2023-1.green-upgrade-support", request, verdict, "0", most, missing);
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      "{'grantEvents': [{'eventId': 'N', 'code': 'maker-china-national-placing', 'date': '2023-05-01', 'rank': -1}]}"
          + "|/grantEvents/0/rank",
      "{'grantEvents': [{'eventId': 'K', 'code': 'maker-china-shenzhen-award'}]}|/grantEvents/0/date",
      "{'grantEvents': [{'eventId': 'K', 'code': 'Maker China', 'date': '2023-05-01'}]}|/grantEvents/0/code",
      "{'littleGiant': {}}|/littleGiant/held"})
  void test_badJson_typedErrorNamingTheField(String request, String field) {
    AwardMeasure measure = DATA.getMeasure(AwardMeasure.SHENZHEN_MAKER_CHINA_2023);
    assertField(() -> AwardCalculator.DEFAULT.explainAwardJson(measure, request.replace('\'', '"')), field);
  }
}
