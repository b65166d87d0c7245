package io.github.huiqi.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.core.error.PolicyDataException;
import io.github.huiqi.core.financing.firstloan.FirstLoanMeasure;
import io.github.huiqi.core.rates.RatePoint;
import io.github.huiqi.core.rates.RateSeries;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * Tests {@link PolicyPacks}: every built-in pack loads with the documents of the seeds, every parameter is cited, and
 * a malformed pack fails with a {@link PolicyDataException} naming the pack and the field.
 */
class PolicyPacksTest {

  static final List<String> BUILT_IN = PolicyPacks.BUILT_IN_RESOURCES;

  private static final ObjectMapper TREE = new ObjectMapper();

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @FieldSource("BUILT_IN")
  void test_builtIn_loads(String resource) {
    PolicyPack pack = PolicyPacks.readBuiltIn(resource);
    assertThat(pack.schema()).isEqualTo(PolicyPack.SCHEMA);
    // one pack per document, named after it
    assertThat(resource).isEqualTo(pack.document().id().value() + ".json");
  }

  @Test
  void test_builtIn_list() {
    assertThat(BUILT_IN).containsExactly(
        "cn-reference-rates.json",
        "sz-gxj-2023-26.json",
        "sz-gxj-2022-small-to-scale.json",
        "sz-gxj-2021-reply-20210370.json",
        "sh-qfb-2023-1.json",
        "sz-gxj-zjtx-32-draft.json",
        "miit-2011-300.json");
    assertThatThrownBy(() -> PolicyPacks.readBuiltIn("no-such-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo("no-such-pack.json");
          assertThat(ex.field()).isEmpty();
        });
  }

  @Test
  void test_builtIn_documents_asInTheSeeds() {
    // /work/shared/README.md, the seeds table, and the seed texts' own headings
    // seed 000: 深工信〔2023〕26号, in force
    assertDocument("sz-gxj-2023-26.json", Optional.of("深工信〔2023〕26号"), DocumentStatus.IN_FORCE,
        Jurisdiction.SHENZHEN, "关于进一步支持中小微企业纾困及高质量发展的若干措施");
    // seed 001: the three-year plan (2022-08-03) has no 文号 of its own
    assertDocument("sz-gxj-2022-small-to-scale.json", Optional.empty(), DocumentStatus.IN_FORCE,
        Jurisdiction.SHENZHEN, "深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)");
    // seed 002: the reply letter (2021-10-20), informational only
    assertDocument("sz-gxj-2021-reply-20210370.json", Optional.empty(), DocumentStatus.INFORMATIONAL,
        Jurisdiction.SHENZHEN, "市工业和信息化局关于对市政协七届一次会议第20210370号提案答复意见的函");
    // seed 003: 沪企服办〔2023〕1号 (Shanghai, 2023-05-17)
    assertDocument("sh-qfb-2023-1.json", Optional.of("沪企服办〔2023〕1号"), DocumentStatus.IN_FORCE,
        Jurisdiction.SHANGHAI, "上海市助力中小微企业稳增长调结构强能力若干措施");
    // seed 004: 征求意见稿, a draft
    assertDocument("sz-gxj-zjtx-32-draft.json", Optional.empty(), DocumentStatus.DRAFT,
        Jurisdiction.SHENZHEN, "深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿)");
    // the reference rates: PBoC Announcement [2019] No.15 (domain.md §2.9)
    assertDocument("cn-reference-rates.json", Optional.of("中国人民银行公告〔2019〕第15号"), DocumentStatus.IN_FORCE,
        Jurisdiction.CHINA, "贷款市场报价利率(LPR)形成机制改革及金融机构人民币贷款基准利率");
  }

  private static void assertDocument(String resource, Optional<String> number, DocumentStatus status,
      Jurisdiction jurisdiction, String title) {
    PolicyDocument document = PolicyPacks.readBuiltIn(resource).document();
    assertThat(document.documentNumber()).as(resource).isEqualTo(number);
    assertThat(document.status()).as(resource).isEqualTo(status);
    assertThat(document.jurisdiction()).as(resource).isEqualTo(jurisdiction);
    assertThat(document.title()).as(resource).isEqualTo(title);
    assertThat(document.citationLabel()).isEqualTo(number.orElse("《" + title + "》"));
  }

  @Test
  void test_builtIn_sourceTextCitations_nameTheirDocumentOneWay() throws IOException {
    // QA audit: the draft's source-text citations named it two ways, "《深圳市关于促进专精特新企业高质量发展的若干措施》
    // (征求意见稿)" and, as its title and clause label, "深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿)". A
    // source-text citation names one of the built-in documents by its number (深工信〔2023〕26号) or, lacking one, by
    // its title, as the clause label does
    Set<String> names = new HashSet<>();
    Set<String> cited = new TreeSet<>();
    for (String resource : BUILT_IN) {
      JsonNode pack = TREE.readTree(builtInText(resource));
      JsonNode document = pack.get("document");
      names.add(document.has("documentNumber") ? document.get("documentNumber").asText()
          : document.get("title").asText());
      pack.findParents("provenance").stream()
          .filter(node -> node.get("provenance").asText().equals("SOURCE_TEXT"))
          .forEach(node -> cited.add(node.get("document").asText()));
    }
    assertThat(cited).isNotEmpty().allSatisfy(document -> assertThat(names).contains(document));
  }

  @Test
  void test_builtIn_issueDates() {
    // seed 001 信息提供日期 2022-08-05, dated 2022-08-03 by README; seed 002 2021-10-20; seed 003 2023-05-17
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2022-small-to-scale.json").document().issued())
        .contains(java.time.LocalDate.of(2022, 8, 3));
    assertThat(PolicyPacks.readBuiltIn("sz-gxj-2021-reply-20210370.json").document().issued())
        .contains(java.time.LocalDate.of(2021, 10, 20));
    assertThat(PolicyPacks.readBuiltIn("sh-qfb-2023-1.json").document().issued())
        .contains(java.time.LocalDate.of(2023, 5, 17));
  }

  //-------------------------------------------------------------------------
  @ParameterizedTest(name = "{0}")
  @FieldSource("BUILT_IN")
  void test_builtIn_everyParameterIsCited(String resource) {
    PolicyPack pack = PolicyPacks.readBuiltIn(resource);
    for (Measure measure : pack.measures()) {
      assertThat(measure.documentStatus()).isEqualTo(pack.document().status());
      assertThat(measure.clause().document()).isEqualTo(pack.document().id());
      Map<String, Citation> citations = citationsOf(measure);
      assertThat(citations).as(measure.id() + " has cited parameters").isNotEmpty();
      citations.forEach((name, citation) -> assertCited(measure.id() + "/" + name, citation));
    }
    for (RateSeries series : pack.rateSeries()) {
      for (RatePoint point : series.points()) {
        assertCited(series.id() + "/" + point.validFrom(), point.citation());
      }
    }
  }

  @Test
  void test_builtIn_firstLoanMeasure_citations() {
    FirstLoanMeasure measure = (FirstLoanMeasure) PolicyPacks
        .readBuiltIn("sz-gxj-2023-26.json").measures().get(0);
    // the reflective walk finds all 9 parameters and the implementing rules
    assertThat(citationsOf(measure)).containsOnlyKeys("firstLoanWindow", "region", "annualSubsidyRate",
        "maximumSubsidyMonths", "minimumUseMonths", "minimumLoanRate", "capPerEnterprise", "dayCount", "rounding",
        "implementingRules");
    // 第5条 "给予2%的贴息补助", "单户企业贴息金额最高20万元", "贴息期限不超过6个月" are source text
    assertThat(measure.annualSubsidyRate().citation().provenance()).isEqualTo(Provenance.SOURCE_TEXT);
    assertThat(measure.annualSubsidyRate().citation().label()).isEqualTo("深工信〔2023〕26号 第5条");
    assertThat(measure.capPerEnterprise().citation().quote()).contains("单户企业贴息金额最高20万元");
    // the day count and rounding are library defaults (domain.md §4)
    assertThat(measure.dayCount().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
    assertThat(measure.rounding().citation().provenance()).isEqualTo(Provenance.LIBRARY_DEFAULT);
  }

  private static void assertCited(String what, Citation citation) {
    assertThat(citation).as(what).isNotNull();
    assertThat(citation.document()).as(what + " document").isNotBlank();
    assertThat(citation.article()).as(what + " article").isNotBlank();
    if (citation.provenance() == Provenance.LIBRARY_DEFAULT) {
      assertThat(citation.note()).as(what + " LIBRARY_DEFAULT note").isPresent();
      assertThat(citation.note().get()).as(what + " LIBRARY_DEFAULT note").isNotBlank();
    }
  }

  /** Every Parameter and Citation component of a record measure, by component name. */
  static Map<String, Citation> citationsOf(Measure measure) {
    assertThat(measure.getClass().isRecord()).as(measure.getClass() + " is a record").isTrue();
    Map<String, Citation> citations = new LinkedHashMap<>();
    for (RecordComponent component : measure.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(measure);
      } catch (ReflectiveOperationException ex) {
        throw new AssertionError(ex);
      }
      if (value instanceof Parameter<?> parameter) {
        citations.put(component.getName(), parameter.citation());
      } else if (value instanceof Citation citation) {
        citations.put(component.getName(), citation);
      } else if (value instanceof List<?> list) {
        for (int i = 0; i < list.size(); i++) {
          if (list.get(i) instanceof Parameter<?> parameter) {
            citations.put(component.getName() + "/" + i, parameter.citation());
          }
        }
      }
    }
    return citations;
  }

  //-------------------------------------------------------------------------
  private static String builtInText(String resource) {
    try (InputStream in = PolicyPacks.class.getResourceAsStream(PolicyPacks.RESOURCE_DIRECTORY + resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  /** The first-loan pack with an edit applied to its JSON tree. */
  private static String edited(Consumer<ObjectNode> edit) {
    try {
      ObjectNode root = (ObjectNode) TREE.readTree(builtInText("sz-gxj-2023-26.json"));
      edit.accept(root);
      return TREE.writeValueAsString(root);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static ObjectNode measure0(ObjectNode root) {
    return (ObjectNode) root.get("measures").get(0);
  }

  private static void assertFails(String json, String field) {
    assertThatThrownBy(() -> PolicyPacks.read(json, "host-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo("host-pack.json");
          assertThat(ex.field()).isEqualTo(field);
          assertThat(ex.getMessage()).contains("host-pack.json").contains(field);
        });
  }

  @Test
  void test_read_builtInTextAsHostPack() {
    PolicyPack pack = PolicyPacks.read(builtInText("sz-gxj-2023-26.json"), "host-pack.json");
    assertThat(pack).isEqualTo(PolicyPacks.readBuiltIn("sz-gxj-2023-26.json"));
    assertThat(PolicyPacks.read(edited(root -> { }), "host-pack.json")).isEqualTo(pack);
  }

  @Test
  void test_read_badSyntax() {
    // a missing comma between two members of the document object
    String json = builtInText("sz-gxj-2023-26.json").replaceFirst("\"issuer\"", "\"x\": 1 \"issuer\"");
    assertFails(json, "/document/x");
  }

  @Test
  void test_read_truncated() {
    String text = builtInText("sz-gxj-2023-26.json");
    assertThatThrownBy(() -> PolicyPacks.read(text.substring(0, text.length() / 2), "host-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo("host-pack.json");
          assertThat(ex.field()).startsWith("/measures/");
        });
  }

  @Test
  void test_read_missingDocument() {
    assertFails(edited(root -> root.remove("document")), "/document");
  }

  @Test
  void test_read_wrongSchema() {
    assertFails(edited(root -> root.put("schema", "huiqi-policy-pack/2")), "/schema");
  }

  @Test
  void test_read_unknownMeasureType() {
    assertFails(edited(root -> measure0(root).put("type", "financing.no-such-measure")), "/measures/0/type");
  }

  @Test
  void test_read_negativeCap() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("capPerEnterprise").get("value"))
        .put("amount", -1)), "/measures/0/capPerEnterprise/value");
  }

  @Test
  void test_read_capInAnotherCurrency() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("capPerEnterprise").get("value"))
        .put("currency", "USD")), "/measures/0/capPerEnterprise/value/currency");
  }

  @Test
  void test_read_rateAsANumber() {
    // "2%" written as the number 2 (or 0.02): ambiguous, so rejected
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("annualSubsidyRate")).put("value", 2)),
        "/measures/0/annualSubsidyRate/value");
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("annualSubsidyRate")).put("value", "2")),
        "/measures/0/annualSubsidyRate/value");
  }

  @Test
  void test_read_rateAbove100Percent() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("annualSubsidyRate")).put("value", "120%")),
        "/measures/0/annualSubsidyRate/value");
  }

  @Test
  void test_read_missingCitation() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("annualSubsidyRate")).remove("citation")),
        "/measures/0/annualSubsidyRate/citation");
  }

  @Test
  void test_read_blankCitationArticle() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("annualSubsidyRate").get("citation"))
        .put("article", " ")), "/measures/0/annualSubsidyRate/citation/article");
  }

  @Test
  void test_read_clauseOfAnotherDocument() {
    assertFails(edited(root -> ((ObjectNode) measure0(root).get("clause")).put("document", "sh-qfb-2023-1")),
        "/measures/0/clause/document");
  }

  @Test
  void test_read_statusDiffersFromDocument() {
    assertFails(edited(root -> measure0(root).put("documentStatus", "DRAFT")), "/measures/0/documentStatus");
  }

  @Test
  void test_read_duplicateMeasureId() {
    // the copy is appended after the pack's own measures, so it is the one reported
    int copyIndex = PolicyPacks.readBuiltIn("sz-gxj-2023-26.json").measures().size();
    assertFails(edited(root -> ((ArrayNode) root.get("measures")).add(measure0(root).deepCopy())),
        "/measures/" + copyIndex + "/id");
  }

  @Test
  void test_read_duplicateRateSeriesId() {
    String json = edited(root -> {
      ArrayNode series = (ArrayNode) root.get("rateSeries");
      try {
        JsonNode lpr = TREE.readTree(builtInText("cn-reference-rates.json")).get("rateSeries").get(0);
        series.add(lpr);
        series.add(lpr.deepCopy());
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    });
    assertFails(json, "/rateSeries/1/id");
  }

  @Test
  void test_read_duplicateJsonKey() {
    String json = builtInText("sz-gxj-2023-26.json")
        .replaceFirst("\"issuer\": \"深圳市工业和信息化局\",",
            "\"issuer\": \"深圳市工业和信息化局\", \"issuer\": \"深圳市中小企业服务局\",");
    assertFails(json, "/document/issuer");
  }

  @Test
  void test_read_unknownProperty() {
    assertFails(edited(root -> measure0(root).put("subsidyRate", "2%")), "/measures/0/subsidyRate");
  }

  @Test
  void test_read_seriesOutOfOrder() {
    String json = builtInText("cn-reference-rates.json")
        .replaceFirst("\"validFrom\": \"2019-09-20\"", "\"validFrom\": \"2019-08-01\"");
    assertFails(json, "/rateSeries/0/points/1/validFrom");
  }

  @Test
  void test_read_nullAndEmpty() {
    assertThatThrownBy(() -> PolicyPacks.read("null", "host-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> assertThat(ex.resource()).isEqualTo("host-pack.json"));
    assertThatThrownBy(() -> PolicyPacks.read("", "host-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> assertThat(ex.resource()).isEqualTo("host-pack.json"));
    assertThatThrownBy(() -> PolicyPacks.read("[]", "host-pack.json"))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> assertThat(ex.resource()).isEqualTo("host-pack.json"));
  }

  @Test
  void test_read_file(@TempDir Path dir) throws IOException {
    Path good = dir.resolve("good.json");
    Files.writeString(good, builtInText("sh-qfb-2023-1.json"), StandardCharsets.UTF_8);
    assertThat(PolicyPacks.read(good).document().documentNumber()).contains("沪企服办〔2023〕1号");
    Path bad = dir.resolve("bad.json");
    Files.writeString(bad, edited(root -> root.remove("document")), StandardCharsets.UTF_8);
    assertThatThrownBy(() -> PolicyPacks.read(bad))
        .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
          assertThat(ex.resource()).isEqualTo(bad.toString());
          assertThat(ex.field()).isEqualTo("/document");
        });
    assertThatThrownBy(() -> PolicyPacks.read(dir.resolve("missing.json"))).isInstanceOf(UncheckedIOException.class);
  }

  @Test
  void test_everyMalformedCase_isAPolicyDataException_neverAnotherType() {
    List<String> cases = new ArrayList<>();
    cases.add("{");
    cases.add("{\"schema\": 1}");
    cases.add("{\"schema\": \"huiqi-policy-pack/1\", \"document\": null, \"measures\": [], \"rateSeries\": []}");
    cases.add(edited(root -> root.putNull("measures")));
    cases.add(edited(root -> ((ArrayNode) root.get("measures")).addNull()));
    cases.add(edited(root -> measure0(root).remove("type")));
    cases.add(edited(root -> measure0(root).putNull("firstLoanWindow")));
    cases.add(edited(root -> ((ObjectNode) measure0(root).get("maximumSubsidyMonths")).put("value", 6.5)));
    cases.add(edited(root -> ((ObjectNode) measure0(root).get("maximumSubsidyMonths")).put("value", "6")));
    cases.add(edited(root -> ((ObjectNode) measure0(root).get("dayCount")).put("value", "30/360")));
    cases.add(edited(root -> ((ObjectNode) measure0(root).get("firstLoanWindow").get("value"))
        .put("end", "2022-12-31")));
    cases.add(edited(root -> ((ObjectNode) measure0(root).get("firstLoanWindow").get("value")).remove("end")));
    for (String json : cases) {
      assertThatThrownBy(() -> PolicyPacks.read(json, "host-pack.json"))
          .as(json.length() > 200 ? json.substring(0, 200) : json)
          .isInstanceOfSatisfying(PolicyDataException.class, ex -> {
            assertThat(ex.resource()).isEqualTo("host-pack.json");
            assertThat(ex.field()).isNotNull();
          });
    }
  }
}
