package io.github.huiqi.calculators.classification.scale;

import static io.github.huiqi.core.testing.InputAssertions.assertField;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.classification.scale.ScaleUpPoolMeasure;
import io.github.huiqi.core.classification.scale.ScaleUpRewardMeasure;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.PolicyData;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A blind audit of the "四上" test and the 小升规 measures on the typed classifiers and calculators, fast and explaining,
 * and their JSON forms. The 四上 thresholds are the national statistics bureau's (domain reference §2.16: 规上工业
 * 主营业务收入 ≥ 20,000,000 since 2011; 限上 wholesale ≥ 20,000,000, retail ≥ 5,000,000, accommodation and catering
 * ≥ 2,000,000; 规上服务业 by sector; construction and real-estate development by qualification); the pool is 小升规方案
 * 第四条 "以全市上一年度营业收入1000至2000万元的小微工业企业为对象" (card 001-4a, 10,000,000 ≤ Y < 20,000,000) and the
 * reward "对首次纳入规模以上工业企业库并于入库次年实现产值(营业收入)正增长的工业企业…最高20万元" (card 001-4b, register §4.4
 * item 29). Each case was worked by hand before the library was run; the cases the existing tests hold are left out.
 */
class ScaleBlindAuditTest {

  private static final ScaleStandard STANDARD = ScaleStandard.builtIn();
  private static final PolicyData DATA = PolicyData.builtIn();
  private static final ScaleUpPoolMeasure POOL = DATA.getMeasure(ScaleUpPoolMeasure.SHENZHEN_2022);
  private static final ScaleUpRewardMeasure REWARD = DATA.getMeasure(ScaleUpRewardMeasure.SHENZHEN_2022);

  @ParameterizedTest(name = "{0} in {1}, revenue {2}, qualification {3}, state-owned {4}: {5}")
  @CsvSource({
      // 规上服务业 ≥ 5,000,000: 居民服务 O, 文化体育娱乐 R, 社会工作 Q85, met exactly and a fen short
      "O8010, 2023, 4999999.99, , , false",
      "R8710, 2023, 5000000.00, , , true",
      "Q8521, 2023, 4999999.99, , , false",
      // ≥ 20,000,000 for G, I, N: 邮政 G60 and 水利 N76 too
      "G6010, 2023, 19999999.99, , , false",
      "N7610, 2023, 20000000.00, , , true",
      // ≥ 10,000,000: 房地产中介 K703 and 自有房地产经营 K704 (in the service tier though outside 300号)
      "K7030, 2023, 10000000.00, , , true",
      "K7040, 2023, 9999999.99, , , false",
      // 餐饮 met exactly
      "H6210, 2023, 2000000.00, , , true",
      // construction and real-estate development by qualification alone, whatever the revenue
      "E4710, 2023, 999999999.99, false, , false",
      "E4710, 2023, 0.00, true, , true",
      "K7010, 2023, 0.00, true, , true",
      // 规上工业 in 2011, its first year at 20,000,000
      "C3484, 2011, 19999999.99, , , false",
      // 1998-2006: every state-owned firm, the others from 5,000,000
      "C3484, 2006, 0.01, , true, true",
      "C3484, 2006, 4999999.99, , false, false",
      "C3484, 1998, 5000000.00, , false, true"})
  void test_fourAbove_thresholds(String code, int year, String revenue, Boolean qualification, Boolean stateOwned,
      boolean above) {
    StringBuilder json = new StringBuilder("{\"industryCode\": \"" + code + "\", \"year\": " + year
        + ", \"revenue\": {\"amount\": " + revenue + ", \"currency\": \"CNY\"}");
    if (qualification != null) {
      json.append(", \"qualificationHeld\": ").append(qualification);
    }
    if (stateOwned != null) {
      json.append(", \"stateOwned\": ").append(stateOwned);
    }
    json.append('}');
    ScaleRequest request = HuiqiJson.read(json.toString(), ScaleRequest.class);
    assertThat(ScaleClassifier.DEFAULT.isAboveScale(STANDARD, request)).isEqualTo(above);
    ScaleResult typed = ScaleClassifier.DEFAULT.explainAboveScale(STANDARD, request);
    ScaleResult fromJson = HuiqiJson.read(ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, json.toString()),
        ScaleResult.class);
    for (ScaleResult result : List.of(typed, fromJson)) {
      assertThat(result.aboveScale()).isEqualTo(Optional.of(above));
      assertThat(result.missingFacts()).isEmpty();
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // the fact that decides, not given: named
      "{'industryCode': 'E4810', 'year': 2023, 'revenue': {'amount': 900000000, 'currency': 'CNY'}}"
          + "|/qualificationHeld",
      "{'industryCode': 'B0610', 'year': 1998, 'revenue': {'amount': 4999999.99, 'currency': 'CNY'}}|/stateOwned",
      "{'industryCode': 'F5211', 'year': 2023}|/revenue"})
  void test_fourAbove_decidingFactNotGiven_named(String request, String missing) {
    String json = request.replace('\'', '"');
    ScaleResult result = HuiqiJson.read(ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, json),
        ScaleResult.class);
    assertThat(result.aboveScale()).isEmpty();
    assertThat(result.missingFacts()).containsExactly(missing);
    assertThatThrownBy(() -> ScaleClassifier.DEFAULT.isAboveScale(STANDARD, HuiqiJson.read(json, ScaleRequest.class)))
        .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
            .containsExactly(missing));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // 1998-2006 with a revenue of 5,000,000 or more: above whether state-owned or not, nothing to ask
      "{'industryCode': 'C3484', 'year': 2003, 'revenue': {'amount': 5000000, 'currency': 'CNY'}}|true",
      // construction without its qualification: not above whatever the revenue
      "{'industryCode': 'E4710', 'year': 2023, 'qualificationHeld': false}|false"})
  void test_fourAbove_factNotGivenThatDecidesNothing_notAsked(String request, boolean above) {
    String json = request.replace('\'', '"');
    ScaleResult result = HuiqiJson.read(ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, json),
        ScaleResult.class);
    assertThat(result.aboveScale()).contains(above);
    assertThat(result.missingFacts()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // outside the databases: agriculture A, finance J, public administration S
      "{'industryCode': 'A0111', 'year': 2023, 'revenue': {'amount': 1, 'currency': 'CNY'}}|/industryCode",
      "{'industryCode': 'J6620', 'year': 2023, 'revenue': {'amount': 1, 'currency': 'CNY'}}|/industryCode",
      "{'industryCode': 'S9221', 'year': 2023, 'revenue': {'amount': 1, 'currency': 'CNY'}}|/industryCode",
      // division 72 (商务服务业) is in section L, division 65 (软件和信息技术服务业) in I, and C has no division 99: read
      // by the letter alone, C7211 was 工业 at 20,000,000 where L72's threshold is 10,000,000, and L65 the 10,000,000
      // tier where I65's is 20,000,000 (15,000,000 answered "not above" and "above"); refused where the code is read
      // (helper BC's dd0f4d33)
      "{'industryCode': 'C99', 'year': 2023, 'revenue': {'amount': 1, 'currency': 'CNY'}}|/industryCode",
      "{'industryCode': 'C7211', 'year': 2023, 'revenue': {'amount': 15000000, 'currency': 'CNY'}}|/industryCode",
      "{'industryCode': 'L65', 'year': 2023, 'revenue': {'amount': 15000000, 'currency': 'CNY'}}|/industryCode",
      "{'industryCode': 'C3484', 'year': 2023, 'revenue': {'amount': -0.01, 'currency': 'CNY'}}|/revenue"})
  void test_fourAbove_outsideOrBad_typedError(String request, String field) {
    assertField(() -> ScaleClassifier.DEFAULT.explainAboveScaleJson(STANDARD, request.replace('\'', '"')), field);
  }

  /** Runs the pool on its three forms. */
  private static void pool(String json, Verdict verdict, String missing) {
    ScaleUpPoolRequest request = HuiqiJson.read(json, ScaleUpPoolRequest.class);
    ScaleUpPoolResult typed = ScaleUpPoolCalculator.DEFAULT.explainMembership(POOL, request);
    ScaleUpPoolResult fromJson = HuiqiJson.read(ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(POOL, json),
        ScaleUpPoolResult.class);
    List<String> facts = missing.isEmpty() ? List.of() : List.of(missing.split(","));
    for (ScaleUpPoolResult result : List.of(typed, fromJson)) {
      assertThat(result.eligibility().verdict()).as(json).isEqualTo(verdict);
      assertThat(result.eligibility().missingFacts()).as(json).containsExactlyInAnyOrderElementsOf(facts);
    }
    if (verdict != Verdict.UNDETERMINED) {
      assertThat(ScaleUpPoolCalculator.DEFAULT.isMember(POOL, request)).isEqualTo(verdict == Verdict.ELIGIBLE);
    }
  }

  @ParameterizedTest(name = "{0} {1} {2}: {3}")
  @CsvSource({
      // (a small firm on the band's edges is ScaleUpPoolCalculatorTest's) a micro firm a fen under 2000万元; a
      // medium firm is not 小微
      "C3484, MICRO, 19999999.99, ELIGIBLE, ''",
      "C3484, MEDIUM, 15000000.00, INELIGIBLE, ''",
      // mining B and power D are 工业 too; wholesale is not
      "B0610, MICRO, 12000000.00, ELIGIBLE, ''",
      "D4411, SMALL, 12000000.00, ELIGIBLE, ''",
      "F5112, SMALL, 12000000.00, INELIGIBLE, ''",
      // out of the band: neither the size nor the industry can bring it in, nothing to ask
      "C3484, , 9999999.99, INELIGIBLE, ''",
      // the revenue not given: named
      "C3484, SMALL, , UNDETERMINED, /priorYearRevenue"})
  void test_pool_bandSizeAndIndustry(String code, String size, String revenue, Verdict verdict, String missing) {
    StringBuilder json = new StringBuilder("{\"industryCode\": \"" + code + "\"");
    if (size != null) {
      json.append(", \"size\": \"").append(size).append('"');
    }
    if (revenue != null) {
      json.append(", \"priorYearRevenue\": {\"amount\": ").append(revenue).append(", \"currency\": \"CNY\"}");
    }
    pool(json.append('}').toString(), verdict, missing);
  }

  /** Runs the reward on its three forms. */
  private static ScaleUpRewardResult reward(String request, Verdict verdict, String most, String missing) {
    String json = request.replace('\'', '"');
    ScaleUpRewardRequest typedRequest = HuiqiJson.read(json, ScaleUpRewardRequest.class);
    ScaleUpRewardResult typed = ScaleUpRewardCalculator.DEFAULT.explainReward(REWARD, typedRequest);
    ScaleUpRewardResult fromJson = HuiqiJson.read(ScaleUpRewardCalculator.DEFAULT.explainRewardJson(REWARD, json),
        ScaleUpRewardResult.class);
    List<String> facts = missing.isEmpty() ? List.of() : List.of(missing.split(","));
    for (ScaleUpRewardResult result : List.of(typed, fromJson)) {
      assertThat(result.eligibility().verdict()).as(json).isEqualTo(verdict);
      assertThat(result.amount().minimum().isZero()).isTrue();
      assertThat(result.amount().maximum().getNumber().numberValueExact(BigDecimal.class))
          .isEqualByComparingTo(most);
      assertThat(result.eligibility().missingFacts()).containsExactlyInAnyOrderElementsOf(facts);
    }
    if (verdict != Verdict.UNDETERMINED) {
      assertThat(ScaleUpRewardCalculator.DEFAULT.maximumReward(REWARD, typedRequest).getNumber()
          .numberValueExact(BigDecimal.class)).isEqualByComparingTo(most);
    }
    return typed;
  }

  private static String year(int year, String above, String revenue) {
    return "{'year': " + year + (above.isEmpty() ? "" : ", 'aboveScale': " + above)
        + (revenue.isEmpty() ? "" : ", 'revenue': {'amount': " + revenue + ", 'currency': 'CNY'}") + "}";
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // entry 2023 (2022 out), 2024 still in and up by a fen: the ceiling, "最高20万元"
      "2023 entry, up a fen|2022,false,15000000;2023,true,21000000.00;2024,true,21000000.01|ELIGIBLE|200000.00|"
          + "|2023",
      // flat: 正增长 is strict
      "2023 entry, flat|2022,false,15000000;2023,true,21000000.00;2024,true,21000000.00|INELIGIBLE|0||2023",
      // grew but left the database in the year after entry (the municipal guide's 仍在库)
      "2023 entry, left|2022,false,15000000;2023,true,21000000.00;2024,false,25000000.00|INELIGIBLE|0||2023",
      // the entry year's growth year not yet given: open to the ceiling, naming the history
      "2024 entry, 2025 not given|2023,false,15000000;2024,true,21000000.00|UNDETERMINED|200000.00|/history|2024",
      // the growth year's revenue not given
      "2022 entry, 2023 revenue not given|2021,false,15000000;2022,true,21000000.00;2023,true,"
          + "|UNDETERMINED|200000.00|/history/2/revenue|2022",
      // an entry in 2025, after the plan's 2022-2024 (register §4.4 item 29)
      "2025 entry|2024,false,15000000;2025,true,21000000.00;2026,true,22000000.00|INELIGIBLE|0||2025",
      // in the database every year given, the year before the first not given: the entry may be 2021 (rewarded by
      // 2022's growth) or earlier, so open (the pack's firstEntry: the year before the entry must be known)
      "always in|2021,true,21000000;2022,true,22000000;2023,true,23000000|UNDETERMINED|200000.00|/history|"})
  void test_reward_entryGrowthAndStillIn(String name, String history, Verdict verdict, String most, String missing,
      String entry) {
    StringBuilder json = new StringBuilder("{'industryCode': 'C3484', 'history': [");
    String[] years = history.split(";");
    for (int i = 0; i < years.length; i++) {
      String[] parts = years[i].split(",", -1);
      json.append(i == 0 ? "" : ", ").append(year(Integer.parseInt(parts[0]), parts[1], parts[2]));
    }
    ScaleUpRewardResult result = reward(json.append("]}").toString(), verdict, most,
        missing == null ? "" : missing);
    assertThat(result.entryYear()).isEqualTo(entry == null ? Optional.empty() : Optional.of(Integer.parseInt(entry)));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      // a code naming no division of its section: the pool and the reward read the industry by its letter, so C72
      // (商务服务业 is L72) was 工业, in the pool with 12,000,000 and rewarded up to 200,000; B05 (农林牧渔专业及辅助性活动
      // is A05), D65 and D99 alike. Refused where the code is read (helper BC's dd0f4d33)
      "C72", "C7211", "D65", "B05", "D99"})
  void test_poolAndReward_codeOutsideItsSection_typedError(String code) {
    assertField(() -> ScaleUpPoolCalculator.DEFAULT.explainMembershipJson(POOL, "{\"industryCode\": \"" + code
        + "\", \"size\": \"SMALL\", \"priorYearRevenue\": {\"amount\": 12000000, \"currency\": \"CNY\"}}"),
        "/industryCode");
    assertField(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(REWARD, ("{'industryCode': '" + code
        + "', 'history': [" + year(2022, "false", "15000000") + ", " + year(2023, "true", "21000000") + ", "
        + year(2024, "true", "22000000") + "]}").replace('\'', '"')), "/industryCode");
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(delimiter = '|', value = {
      // a year given twice, a negative revenue, a history missing
      "{'industryCode': 'C3484', 'history': [{'year': 2022, 'aboveScale': true}, {'year': 2022, 'aboveScale': false}]}"
          + "|/history/1/year",
      "{'industryCode': 'C3484', 'history': [{'year': 2022, 'aboveScale': true, 'revenue': {'amount': -1,"
          + " 'currency': 'CNY'}}]}|/history/0/revenue",
      "{'industryCode': 'C3484'}|/history"})
  void test_reward_badJson_typedError(String request, String field) {
    assertField(() -> ScaleUpRewardCalculator.DEFAULT.explainRewardJson(REWARD, request.replace('\'', '"')), field);
  }
}
