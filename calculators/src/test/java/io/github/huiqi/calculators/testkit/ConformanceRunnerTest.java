package io.github.huiqi.calculators.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.catalog.Catalog;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.policy.DocumentStatus;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The conformance pack and its runner: huiqi passes every vector; an implementation that is wrong by one fen, by a
 * verdict or by a clause fails exactly the vectors it gets wrong, each named with the difference; and every vector
 * traces to the library test it was copied from.
 */
class ConformanceRunnerTest {

  private static final ConformancePack PACK = ConformancePack.builtIn();

  @Test
  void test_huiqiItself_passesEveryVector() {
    ConformanceReport report = ConformanceRunner.run(ConformanceRunner.huiqi());
    assertThat(report.failed()).as(report.summary()).isEmpty();
    assertThat(report.allPassed()).isTrue();
    assertThat(report.results()).hasSize(PACK.vectors().size());
    assertThat(report.summary()).startsWith(PACK.vectors().size() + " vectors: " + PACK.vectors().size()
        + " passed, 0 failed");
  }

  @Test
  void test_aJsonSpeakingSystem_requestJsonIn_reportJsonOut_passesEveryVector() {
    // a system that takes the vector's input as an EntitlementRequest in JSON and answers a report in JSON
    EntitlementEngine engine = EntitlementEngine.builtIn();
    ConformanceReport report = ConformanceRunner.run(vector -> {
      String answer = engine.evaluateJson(HuiqiJson.write(vector.request()));
      EntitlementReport read = HuiqiJson.read(answer, EntitlementReport.class);
      return ConformanceAnswer.of(read.outcome(vector.measure()).orElseThrow());
    });
    assertThat(report.failed()).as(report.summary()).isEmpty();
  }

  @Test
  void test_packCoversEveryOriginalFamily_atLeastTwiceEach() {
    Map<String, Long> perFamily = PACK.vectors().stream()
        .collect(Collectors.groupingBy(ConformanceVector::family, Collectors.counting()));
    List<String> original = List.of("first-loan", "tech-sme", "risk-pool", "guarantee-fee-reduction",
        "guarantee-fee-average", "guarantee-fee-cap", "guarantee-fee-subsidy", "renovation-grant",
        "renovation-interest", "deferral", "vat", "small-low-profit", "rd", "award", "scale-pool", "high-rise");
    assertThat(perFamily).containsKeys(original.toArray(String[]::new));
    assertThat(perFamily.values()).allSatisfy(count -> assertThat(count).isGreaterThanOrEqualTo(2));
    // the boundaries, not only the happy path: cases that are not eligible, and a floor ("不低于30万元")
    assertThat(PACK.vectors().stream().filter(v -> v.expected().verdict() != Verdict.ELIGIBLE).count())
        .isGreaterThanOrEqualTo(45);
    assertThat(PACK.vectors()).anyMatch(v -> v.expected().maximum().isEmpty());
  }

  @Test
  void test_everyCatalogueMeasure_hasTwoVectorsAtLeast_oneOfThemEligible() {
    // a new measure of the built-in catalogue must bring its vectors: at least one where it pays (or, non-monetary,
    // is eligible) and one more, a boundary or a case that is not eligible
    Catalog catalog = Catalog.builtIn();
    List<String> uncovered = catalog.entries().stream().map(entry -> entry.measure().id())
        .filter(id -> PACK.vectors(id).isEmpty()).map(MeasureId::value).toList();
    assertThat(uncovered).as("catalogue measures with no conformance vector").isEmpty();
    for (Catalog.Entry entry : catalog.entries()) {
      List<ConformanceVector> vectors = PACK.vectors(entry.measure().id());
      assertThat(vectors).as(entry.measure().id().value()).hasSizeGreaterThanOrEqualTo(2)
          .anyMatch(v -> v.expected().verdict() == Verdict.ELIGIBLE);
      // every vector cites the measure's own clause, as huiqi labels it
      assertThat(vectors).as(entry.measure().id().value())
          .allSatisfy(v -> assertThat(v.clause()).isEqualTo(entry.clauseLabel()));
    }
    // and no vector names a measure the catalogue does not hold
    assertThat(PACK.vectors()).allSatisfy(v -> assertThat(catalog.find(v.measure())).as(v.id()).isPresent());
  }

  @Test
  void test_aDraftMeasuresVectors_sayDraft() {
    // a draft's figure is indicative and never counted: each of its vectors says so in its working
    Catalog catalog = Catalog.builtIn();
    List<ConformanceVector> drafts = PACK.vectors().stream().filter(v -> catalog.data()
        .documentOf(catalog.get(v.measure()).measure()).status() == DocumentStatus.DRAFT).toList();
    assertThat(drafts).hasSizeGreaterThanOrEqualTo(14);
    assertThat(drafts).allSatisfy(v -> assertThat(v.working()).as(v.id()).startsWith("DRAFT (征求意见稿)"));
    assertThat(PACK.vectors()).filteredOn(v -> v.working().contains("DRAFT")).hasSameSizeAs(drafts);
  }

  @Test
  void test_oneFenOff_failsThatVectorOnly_namingItAndTheFen() {
    // 1,000,000 × 2% × 90/360 = 5,000.00 (深工信〔2023〕26号 第5条); the wrong system answers 5,000.01
    Function<ConformanceVector, ConformanceAnswer> huiqi = ConformanceRunner.huiqi();
    ConformanceReport report = ConformanceRunner.run(vector -> vector.id().equals("first-loan/ninety-days")
        ? ConformanceAnswer.exactly(Verdict.ELIGIBLE, "5000.01") : huiqi.apply(vector));
    assertThat(report.allPassed()).isFalse();
    assertThat(report.failed()).singleElement().satisfies(result -> {
      assertThat(result.vectorId()).isEqualTo("first-loan/ninety-days");
      assertThat(result.clause()).isEqualTo("深工信〔2023〕26号 第5条");
      assertThat(result.differences())
          .containsExactly("amount: expected exactly 5000.00 but was exactly 5000.01");
    });
    assertThat(report.summary()).contains("1 failed").contains("FAIL first-loan/ninety-days (深工信〔2023〕26号 第5条)");
  }

  @Test
  void test_wrongVerdictRangeAndClause_eachReported() {
    ConformanceVector ceiling = vector("first-loan/loans-not-known");
    // expected UNDETERMINED from 0 to 200,000.00 ("单户企业贴息金额最高20万元"); a system that presents the ceiling as
    // the amount, calls it eligible and cites the wrong article fails on all three
    ConformanceAnswer wrong = ConformanceAnswer.exactly(Verdict.ELIGIBLE, "200000").withClause("深工信〔2023〕26号 第6条");
    ConformanceReport report = ConformanceRunner.run(new ConformancePack(List.of(ceiling)), v -> wrong);
    assertThat(report.failed()).singleElement().satisfies(result -> assertThat(result.differences()).containsExactly(
        "verdict: expected UNDETERMINED but was ELIGIBLE",
        "amount: expected from 0.00 to 200000.00 but was exactly 200000.00",
        "clause: expected 深工信〔2023〕26号 第5条 but was 深工信〔2023〕26号 第6条"));
    // a range given as such, with no clause named, passes: the clause is checked only when the answer names one
    assertThat(ConformanceRunner.run(new ConformancePack(List.of(ceiling)),
        v -> ConformanceAnswer.between(Verdict.UNDETERMINED, "0.00", "200000")).allPassed()).isTrue();
  }

  @Test
  void test_throwingOrNullImplementation_failsEveryVectorAndTheRunGoesOn() {
    ConformanceReport threw = ConformanceRunner.run(v -> {
      throw new IllegalStateException("bank system down");
    });
    assertThat(threw.failed()).hasSize(PACK.vectors().size());
    assertThat(threw.failed().get(0).differences()).singleElement().asString().contains("bank system down");
    assertThat(ConformanceRunner.run(v -> null).failed().get(0).differences())
        .containsExactly("the implementation answered null");
  }

  @Test
  void test_floorAnswer_comparedAsAFloor() {
    ConformanceVector exact = vector("vat/quarters-of-2023");
    ConformanceAnswer floor = new ConformanceAnswer(Verdict.ELIGIBLE, new BigDecimal("35000"), Optional.empty(),
        Optional.empty());
    assertThat(ConformanceRunner.run(new ConformancePack(List.of(exact)), v -> floor).failed().get(0).differences())
        .containsExactly("amount: expected exactly 35000.00 but was at least 35000.00");
  }

  @Test
  void test_everyVector_tracesToTheHandWorkedTestItWasCopiedFrom() throws IOException {
    // "source" names the test class and method; the test's file holds the method and the expected amounts as written
    for (ConformanceVector vector : PACK.vectors()) {
      String source = vector.source().substring(vector.source().lastIndexOf('/') + 1);
      String className = source.substring(0, source.indexOf('.'));
      String method = source.substring(source.indexOf('.') + 1);
      // a library test of this module, or one of the command line's audits in the examples module
      Path root = vector.source().startsWith("examples/") ? Path.of("../examples/src/test/java")
          : Path.of("src/test/java");
      Path file;
      try (Stream<Path> files = Files.walk(root)) {
        file = files.filter(f -> f.getFileName().toString().equals(className + ".java")).findFirst().orElseThrow();
      }
      String text = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(text).as(vector.id()).contains("void " + method + "(");
      for (BigDecimal amount : amounts(vector.expected())) {
        if (amount.signum() != 0) {
          assertThat(text).as(vector.id()).containsAnyOf(amount.setScale(2).toPlainString(),
              amount.stripTrailingZeros().toPlainString());
        }
      }
      assertThat(vector.clause()).isNotBlank();
    }
  }

  @Test
  void test_readingAPack_badVectorNamedByPointer() {
    String json = "{\"vectors\": [{\"id\": \"x/1\", \"measure\": \"m.n\", \"asOf\": \"2023-13-01\", \"profile\": {},"
        + " \"expected\": {\"verdict\": \"ELIGIBLE\", \"minimum\": 1}, \"clause\": \"c\", \"working\": \"w\","
        + " \"source\": \"s\"}]}";
    Assertions.assertThatThrownBy(() -> ConformancePack.read(
            new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/vectors/0/asOf"));
    String badAmount = json.replace("2023-13-01", "2023-06-30").replace("\"minimum\": 1", "\"minimum\": \"1\"");
    Assertions.assertThatThrownBy(() -> ConformancePack.read(
            new ByteArrayInputStream(badAmount.getBytes(StandardCharsets.UTF_8))))
        .isInstanceOfSatisfying(InvalidInputException.class,
            ex -> assertThat(ex.field()).isEqualTo("/vectors/0/expected/minimum"));
  }

  private static ConformancePack pack(String json) {
    return ConformancePack.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  private static String vectorJson(String id, String measure, String expected) {
    return "{\"id\": \"" + id + "\", \"measure\": \"" + measure + "\", \"asOf\": \"2023-06-30\", "
        + "\"profile\": {\"registrationRegionCode\": \"440305\"}, \"expected\": " + expected + ", "
        + "\"clause\": \"第5条\", \"working\": \"w\", \"source\": \"s\"}";
  }

  @Test
  void test_readingAPack_everyFieldOfEveryVector_andEachBadPartNamed() {
    ConformancePack read = pack("{\"vectors\": [" + vectorJson("a/1", "m.one",
        "{\"verdict\": \"ELIGIBLE\", \"minimum\": 5000.00, \"maximum\": 5000.00}") + ", "
        + vectorJson("b/1", "m.two", "{\"verdict\": \"UNDETERMINED\", \"minimum\": 0}") + "]}");
    assertThat(read.vectors()).hasSize(2);
    ConformanceVector first = read.vectors().get(0);
    assertThat(first.id()).isEqualTo("a/1");
    assertThat(first.measure()).isEqualTo(MeasureId.of("m.one"));
    assertThat(first.asOf()).isEqualTo(LocalDate.of(2023, 6, 30));
    assertThat(first.profile().registrationRegionCode()).hasValue("440305");
    assertThat(first.expected().verdict()).isEqualTo(Verdict.ELIGIBLE);
    assertThat(first.expected().minimum()).isEqualByComparingTo("5000");
    assertThat(first.expected().maximum()).hasValueSatisfying(v -> assertThat(v).isEqualByComparingTo("5000"));
    assertThat(first.clause()).isEqualTo("第5条");
    assertThat(read.vectors().get(1).expected().maximum()).isEmpty();
    assertThat(read.vectors().get(1).expected().verdict()).isEqualTo(Verdict.UNDETERMINED);
    // exact when the maximum is the minimum; a floor or a range is not, and each says which
    assertThat(first.expected().isExact()).isTrue();
    assertThat(first.expected()).hasToString("ELIGIBLE exactly 5000.00");
    assertThat(read.vectors().get(1).expected().isExact()).isFalse();
    assertThat(read.vectors().get(1).expected()).hasToString("UNDETERMINED at least 0.00");
    ConformanceExpectation range = new ConformanceExpectation(Verdict.UNDETERMINED, new BigDecimal("0"),
        Optional.of(new BigDecimal("3000.00")));
    assertThat(range.isExact()).isFalse();
    assertThat(range).hasToString("UNDETERMINED from 0.00 to 3000.00");
    // the vectors of one measure
    assertThat(read.vectors(MeasureId.of("m.two"))).extracting(ConformanceVector::id).containsExactly("b/1");
    assertThat(read.vectors(MeasureId.of("m.three"))).isEmpty();

    String eligible = "{\"verdict\": \"ELIGIBLE\", \"minimum\": 1}";
    Map<String, String> bad = Map.of(
        "{\"vectors\": {}}", "/vectors",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", eligible) + ", " + vectorJson("a/1", "m.two", eligible)
            + "]}", "/vectors/1/id",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", "{\"verdict\": \"YES\", \"minimum\": 1}") + "]}",
            "/vectors/0/expected/verdict",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", "{\"verdict\": \"ELIGIBLE\"}") + "]}",
            "/vectors/0/expected/minimum",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", eligible).replace("\"a/1\"", "7") + "]}",
            "/vectors/0/id",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", eligible).replace("{\"registrationRegionCode\": "
            + "\"440305\"}", "null") + "]}", "/vectors/0/profile",
        "{\"vectors\": [" + vectorJson("a/1", "m.one", eligible).replace("\"440305\"", "440305") + "]}",
            "/vectors/0/profile/registrationRegionCode");
    bad.forEach((json, field) -> Assertions.assertThatThrownBy(() -> pack(json)).as(field)
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo(field)));
  }

  @Test
  void test_fixtures_areTheVectorsProfiles_asBuilders() {
    assertThat(QaProfiles.families()).hasSize(31).startsWith("first-loan", "tech-sme");
    assertThat(QaProfiles.cases("risk-pool")).containsExactly("risk-pool/in-the-window-and-the-day-before",
        "risk-pool/extension-counts-as-new");
    assertThat(QaProfiles.of("first-loan/ninety-days").build()).isEqualTo(vector("first-loan/ninety-days").profile());
    // a builder: a test changes one fact, here makes the first-time-borrower fact unknown
    assertThat(QaProfiles.of("first-loan/ninety-days").firstTimeBorrower(Optional.empty()).build()
        .firstTimeBorrower()).isEmpty();
    assertThat(QaProfiles.bare().build().registrationRegionCode()).hasValue("440306");
    assertThat(QaProfiles.shenzhenSample().build().loans()).isPresent();
    Assertions.assertThatThrownBy(() -> QaProfiles.of("first-loan/none"))
        .isInstanceOfSatisfying(InvalidInputException.class, ex -> assertThat(ex.field()).isEqualTo("vectorId"));
  }

  private static List<BigDecimal> amounts(ConformanceExpectation expected) {
    return Stream.concat(Stream.of(expected.minimum()), expected.maximum().stream()).collect(Collectors.toList());
  }

  private static ConformanceVector vector(String id) {
    return PACK.vectors().stream().filter(v -> v.id().equals(id)).findFirst().orElseThrow();
  }
}
