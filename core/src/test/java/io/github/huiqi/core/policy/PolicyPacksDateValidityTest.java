package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.employment.housingfund.HousingFundMeasure;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.financing.deferral.DeferralMeasure;
import io.github.huiqi.core.space.utility.UtilityMeasure;
import io.github.huiqi.core.time.DateRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tests that the pack reader refuses a date a parameter gives outside the parameter's own validity (a deadline, a
 * window's start or end), naming the pack, the JSON Pointer, the date and the validity, and accepts one on the
 * validity's first or last day; a window marked {@link ReachesBeforeValidity} may lie before its validity but not
 * after it (decisions register §4.6 item 141). The packs are small hand-made host packs, and the built-in texts edited.
 */
class PolicyPacksDateValidityTest {

  private static final ObjectMapper TREE = new ObjectMapper();
  private static final String HOST = "host-pack.json";
  private static final String CITED = "{\"provenance\": \"SOURCE_TEXT\", \"document\": \"深测〔2023〕1号\", \"article\":"
      + " \"第2条\"}";
  private static final String FIRST_HALF = "{\"start\": \"2023-01-01\", \"end\": \"2023-06-30\"}";

  //-------------------------------------------------------------------------
  @Test
  void test_deadlineOnTheValidityLastDay_accepted() {
    // a deadline on the validity's last day (至2023年6月30日, valid 2023-01-01..2023-06-30) is inside it
    PolicyPack pack = PolicyPacks.read(pack(housingFund("2023-06-30")), HOST);
    HousingFundMeasure measure = (HousingFundMeasure) pack.measures().get(0);
    assertThat(measure.applicationDeadline().value()).isEqualTo(LocalDate.of(2023, 6, 30));
    // and on its first day
    assertThat(PolicyPacks.read(pack(housingFund("2023-01-01")), HOST).measures()).hasSize(1);
  }

  @Test
  void test_deadlineADayAfterTheValidity_refused_namingThePointerTheDateAndTheValidity() {
    // 2023-07-01 is the day after the validity's end 2023-06-30
    assertRefused(pack(housingFund("2023-07-01")), "/measures/0/applicationDeadline/value", "2023-07-01",
        "must be within its validity 2023-01-01..2023-06-30");
  }

  @Test
  void test_deadlineADayBeforeTheValidity_refused() {
    // 2022-12-31 is the day before the validity's start 2023-01-01
    assertRefused(pack(housingFund("2022-12-31")), "/measures/0/applicationDeadline/value", "2022-12-31",
        "must be within its validity 2023-01-01..2023-06-30");
  }

  @ParameterizedTest(name = "{0}..{1}")
  @CsvSource({
      // a window's start the day before the validity's start: refused at the start
      "2022-12-31, 2023-03-31, /measures/0/period/value/start, 2022-12-31",
      // its end the day after the validity's end: refused at the end
      "2023-01-01, 2023-04-01, /measures/0/period/value/end, 2023-04-01",
      // a window wholly after the validity: refused at its start, the first date checked
      "2023-04-01, 2023-04-30, /measures/0/period/value/start, 2023-04-01"})
  void test_windowOutsideTheValidity_refused(String start, String end, String pointer, String date) {
    assertRefused(pack(utility(start, end)), pointer, date, "must be within its validity 2023-01-01..2023-03-31");
  }

  @Test
  void test_windowOnTheValidity_accepted() {
    // 2023年第一季度, valid for that quarter: both ends on the validity's own ends
    UtilityMeasure measure = (UtilityMeasure) PolicyPacks.read(pack(utility("2023-01-01", "2023-03-31")), HOST)
        .measures().get(0);
    assertThat(measure.period().value()).isEqualTo(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 3, 31)));
  }

  @Test
  void test_windowReachingBack_acceptedBeforeTheValidity_refusedAfterIt() {
    // 第7条's loans due in 2022-Q4, deferred under a measure valid 2023-01-01..2023-06-30: wholly before it, accepted
    DeferralMeasure measure = (DeferralMeasure) PolicyPacks.read(pack(deferral("2022-10-01", "2022-12-31")), HOST)
        .measures().get(0);
    assertThat(measure.dueWindow().value().start()).isEqualTo(LocalDate.of(2022, 10, 1));
    // ending on the validity's last day: accepted
    assertThat(PolicyPacks.read(pack(deferral("2022-10-01", "2023-06-30")), HOST).measures()).hasSize(1);
    // ending the day after it, 2023-07-01: refused, before-the-start allowed and after-the-end not
    assertRefused(pack(deferral("2022-10-01", "2023-07-01")), "/measures/0/dueWindow/value/end", "2023-07-01",
        "must not be after the end of its validity 2023-01-01..2023-06-30");
  }

  @Test
  void test_aFile_refused_theLeanReaderLeavingItToTheBuild(@TempDir Path dir) throws IOException {
    String json = pack(housingFund("2023-07-01"));
    // the lean reader of the library's own packs does not check (it would cost every cold start its reflection):
    // test_everyBuiltInPack_complies checks each built-in pack through the checking reader instead
    assertThat(PolicyPacks.readTrusted(json, "lean.json").measures()).hasSize(1);
    Path file = dir.resolve("host-pack-2023.json");
    Files.writeString(file, json, StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicyPacks.read(file))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo(file.toString());
          assertThat(ex.field()).isEqualTo("/measures/0/applicationDeadline/value");
          assertThat(ex.value()).isEqualTo("2023-07-01");
        });
  }

  @ParameterizedTest(name = "{0}#{1}")
  @CsvSource({
      // the four places ParameterMutationAllowlist excused before 2026-12-07 as past their validity a day later
      "sz-gxj-2023-26.json, /measures/12/applicationDeadline/value, 2023-06-30, 2023-07-01, 2023-01-01..2023-06-30",
      "sz-gxj-2021-reply-20210370.json, /measures/1/tiers/0/trigger/window/value/end, 2025-12-31, 2026-01-01,"
          + " 2021-01-01..2025-12-31",
      "sz-gxj-2021-reply-20210370.json, /measures/1/tiers/1/trigger/window/value/end, 2025-12-31, 2026-01-01,"
          + " 2021-01-01..2025-12-31",
      "sz-gxj-2021-reply-20210370.json, /measures/1/tiers/2/trigger/window/value/end, 2025-12-31, 2026-01-01,"
          + " 2022-04-08..2025-12-31"})
  void test_builtInText_aDateMovedPastItsValidity_refused(String resource, String pointer, String was, String moved,
      String validity) {
    ObjectNode root = builtIn(resource);
    ObjectNode holder = (ObjectNode) root.at(pointer.substring(0, pointer.lastIndexOf('/')));
    String member = pointer.substring(pointer.lastIndexOf('/') + 1);
    assertThat(holder.get(member).asText()).isEqualTo(was);
    holder.put(member, moved);
    assertThatThrownBy(() -> PolicyPacks.read(root.toString(), resource))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo(resource);
          assertThat(ex.field()).isEqualTo(pointer);
          assertThat(ex.value()).isEqualTo(moved);
          assertThat(ex.getMessage()).contains("must be within its validity " + validity);
        });
  }

  @Test
  void test_openWindowUnderAClosedValidity_accepted_itsStartStillChecked() {
    // the draft's 专精特新 recognition from 2023-01-01 with no end of its own: bounded by its validity, not refused
    String resource = "sz-gxj-zjtx-32-draft.json";
    ObjectNode root = builtIn(resource);
    ObjectNode window = (ObjectNode) root.at("/measures/4/trigger/window");
    assertThat(window.at("/value/end").isMissingNode()).isTrue();
    ((ObjectNode) window.get("validity")).put("end", "2025-12-31");
    assertThat(PolicyPacks.read(root.toString(), resource).measures()).isNotEmpty();
    // its start the day before the validity's start 2023-01-01: refused
    ((ObjectNode) window.get("value")).put("start", "2022-12-31");
    assertThatThrownBy(() -> PolicyPacks.read(root.toString(), resource))
        .isInstanceOfSatisfying(PolicyDataException.class,
            ex -> assertThat(ex.field()).isEqualTo("/measures/4/trigger/window/value/start"));
  }

  @Test
  void test_everyBuiltInPack_complies() {
    // the built-in packs give no date outside its validity (the two due windows reach back, as marked); the build's
    // check of them, which the lean reader leaves out at start-up
    for (String resource : PolicyPacks.BUILT_IN_RESOURCES) {
      assertThat(PolicyPacks.read(new String(bytes(resource), StandardCharsets.UTF_8), resource)).isNotNull();
      assertThat(PolicyPacks.readBuiltIn(resource)).isNotNull();
    }
  }

  //-------------------------------------------------------------------------
  private static void assertRefused(String json, String pointer, String date, String problem) {
    assertThatThrownBy(() -> PolicyPacks.read(json, HOST))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.code()).isEqualTo(PolicyDataException.CODE);
          assertThat(ex.resource()).isEqualTo(HOST);
          assertThat(ex.field()).isEqualTo(pointer);
          assertThat(ex.value()).isEqualTo(date);
          assertThat(ex.getMessage()).contains(HOST, pointer, date, problem);
          assertThat(ex.getCause()).isInstanceOfSatisfying(InvalidInputException.class,
              cause -> assertThat(cause.code()).isEqualTo(InvalidInputException.DATE_RANGE));
        });
  }

  private static String pack(String measure) {
    return "{\"schema\": \"huiqi-policy-pack/1\", \"document\": {\"id\": \"host-2023-1\", \"jurisdiction\":"
        + " {\"level\": \"CITY\", \"code\": \"440300\", \"name\": \"深圳市\"}, \"issuer\": \"测试局\","
        + " \"documentNumber\": \"深测〔2023〕1号\", \"title\": \"测试措施\", \"status\": \"IN_FORCE\"},"
        + " \"measures\": [" + measure + "], \"rateSeries\": []}";
  }

  private static String head(String type, String name) {
    return "{\"type\": \"" + type + "\", \"id\": \"host-2023-1." + name + "\", \"clause\": {\"document\":"
        + " \"host-2023-1\", \"article\": \"第2条\"}, \"documentStatus\": \"IN_FORCE\", \"title\": {\"zh\": \"测试\","
        + " \"en\": \"test\"}, ";
  }

  private static String parameter(String value, String validity) {
    return "{\"value\": " + value + ", \"citation\": " + CITED + ", \"validity\": " + validity + "}";
  }

  /** A housing-fund deferral whose application deadline is valid 2023-01-01..2023-06-30. */
  private static String housingFund(String deadline) {
    return head(HousingFundMeasure.TYPE, "housing-fund") + "\"applicationDeadline\": "
        + parameter("\"" + deadline + "\"", FIRST_HALF) + ", \"maximumMonths\": " + parameter("12", FIRST_HALF)
        + ", \"hardship\": " + CITED + ", \"endRule\": " + CITED + "}";
  }

  /** A utility-arrears relief whose period is valid 2023-01-01..2023-03-31. */
  private static String utility(String start, String end) {
    String quarter = "{\"start\": \"2023-01-01\", \"end\": \"2023-03-31\"}";
    return head(UtilityMeasure.TYPE, "utility") + "\"period\": "
        + parameter("{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}", quarter) + ", \"rounding\": "
        + parameter("{\"scale\": 2, \"mode\": \"HALF_UP\"}", quarter) + ", \"beneficiaries\": " + CITED
        + ", \"hardship\": " + CITED + ", \"dayCountRule\": " + CITED + "}";
  }

  /** A loan deferral whose due window and latest date (2023-12-31) are valid 2023-01-01..2023-06-30 and 2023. */
  private static String deferral(String start, String end) {
    return head(DeferralMeasure.TYPE, "deferral") + "\"dueWindow\": "
        + parameter("{\"start\": \"" + start + "\", \"end\": \"" + end + "\"}", FIRST_HALF)
        + ", \"latestDeferredDate\": " + parameter("\"2023-12-31\"", "{\"start\": \"2023-01-01\", \"end\":"
        + " \"2023-12-31\"}") + ", \"borrowerScope\": " + CITED + ", \"hardship\": " + CITED + "}";
  }

  private static ObjectNode builtIn(String resource) {
    try {
      JsonNode root = TREE.readTree(bytes(resource));
      return (ObjectNode) root;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static byte[] bytes(String resource) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return in.readAllBytes();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
