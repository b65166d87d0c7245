package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.calculators.catalog.engine.EntitlementReport;
import io.github.huiqi.calculators.catalog.engine.EntitlementRequest;
import io.github.huiqi.calculators.catalog.engine.NextQuestion;
import io.github.huiqi.core.classification.size.SizeStandard;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.enterprise.EnterpriseProfileSchema;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.AmountKind;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.MonetaryAmount;

/**
 * What the audits of the grants, space and procurement measures share: one profile of the test resources run for
 * some measures on an evaluation date through the Java API ({@link EntitlementEngine#evaluate(EntitlementRequest)}),
 * the engine's JSON entry point ({@link EntitlementEngine#evaluateJson(String)}) and the command line ({@code --json},
 * and the text table in zh-CN and en), with what the paths must share checked on every run: the same outcomes, totals
 * and next questions; each row of the table with its outcome's verdict, amount and clause; the table's total and
 * first next question as the JSON's; every missing fact a pointer of the profile's schema; the verdict convention
 * (decisions register §4.6 items 42 and 45: an undetermined outcome names a fact and may be worth nothing; an
 * eligible one at one figure names none; an ineligible one names none); and, in {@code --explain} in both languages,
 * every reason, note and detail of the explained report printed in that language's own words.
 */
final class CliThreePaths {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** What one profile gave: the Java API's report and the command line's JSON (the same as the engine's JSON). */
  record Result(EntitlementReport report, JsonNode json) {

    /** The outcome of a measure. */
    MeasureOutcome outcome(String measure) {
      return report.outcomes().stream().filter(o -> o.measure().toString().equals(measure)).findFirst()
          .orElseThrow(() -> new AssertionError("no outcome of " + measure));
    }

    /** The first next question's fact. */
    String firstQuestion() {
      return report.nextQuestions().get(0).fact();
    }
  }

  private CliThreePaths() {
  }

  /**
   * Runs one profile of the resources on the three paths and checks what they share.
   *
   * @param dir  a temporary directory for the command line's file
   * @param folder  the resources' folder next to this class, such as {@code grantsaudit}
   * @param name  the profile's name, without {@code .json}
   * @param asOf  the evaluation date
   * @param measures  the measures to evaluate
   * @return the report and the JSON
   * @throws IOException if the profile cannot be read
   */
  static Result run(Path dir, String folder, String name, String asOf, String... measures) throws IOException {
    String text;
    try (InputStream in = CliThreePaths.class.getResourceAsStream(folder + "/" + name + ".json")) {
      assertThat(in).as(folder + "/" + name).isNotNull();
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    return runText(dir, name, text, asOf, measures);
  }

  /**
   * Runs one profile given as text on the three paths and checks what they share, as {@link #run} does.
   *
   * @param dir  a temporary directory for the command line's file
   * @param name  a name for the profile's file, without {@code .json}
   * @param text  the profile, as JSON
   * @param asOf  the evaluation date
   * @param measures  the measures to evaluate
   * @return the report and the JSON
   * @throws IOException if the file cannot be written
   */
  static Result runText(Path dir, String name, String text, String asOf, String... measures) throws IOException {
    List<MeasureId> ids = new ArrayList<>();
    for (String measure : measures) {
      ids.add(MeasureId.of(measure));
    }
    // (1) the Java API
    EnterpriseProfile profile = HuiqiJson.read(text, EnterpriseProfile.class);
    EntitlementReport report = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile,
        LocalDate.parse(asOf)).withMeasures(ids));
    JsonNode fromApi = MAPPER.readTree(HuiqiJson.write(report));
    // (2) the engine's JSON entry point
    ObjectNode request = MAPPER.createObjectNode();
    request.set("profile", MAPPER.readTree(text));
    request.put("asOf", asOf);
    ArrayNode only = request.putArray("measures");
    for (String measure : measures) {
      only.add(measure);
    }
    JsonNode fromJson = MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.toString()));
    // (3) the command line, --json
    Path file = dir.resolve(name + ".json");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    JsonNode fromCli = CliAuditFiles.jsonReport(file, asOf, measures);
    for (String member : List.of("/outcomes", "/totals", "/jointLimits", "/nextQuestions", "/complete")) {
      assertThat(fromJson.at(member)).as(name + member).isEqualTo(fromApi.at(member));
      assertThat(fromCli.at(member)).as(name + member).isEqualTo(fromApi.at(member));
    }
    assertThat(report.outcomes()).as(name).hasSize(measures.length);
    checkTable(file, report, asOf, measures, Locale.SIMPLIFIED_CHINESE, "zh");
    checkTable(file, report, asOf, measures, Locale.ENGLISH, "en");
    checkExplained(file, profile, asOf, ids, measures);
    for (MeasureOutcome outcome : report.outcomes()) {
      checkOutcome(outcome);
    }
    return new Result(report, fromCli);
  }

  /**
   * Runs the command line on one profile of the resources and returns its table in one language.
   *
   * @param dir  a temporary directory for the command line's file
   * @param folder  the resources' folder next to this class, such as {@code feecapaudit}
   * @param name  the profile's name, without {@code .json}
   * @param asOf  the evaluation date
   * @param lang  the table's language, {@code zh} or {@code en}
   * @param measures  the measures to evaluate, each given with {@code --measure}
   * @return what the command printed, after checking that it exited 0
   * @throws IOException if the profile cannot be read or written
   */
  static String table(Path dir, String folder, String name, String asOf, String lang, String... measures)
      throws IOException {
    Path file = dir.resolve(name + "-" + lang + ".json");
    try (InputStream in = CliThreePaths.class.getResourceAsStream(folder + "/" + name + ".json")) {
      assertThat(in).as(folder + "/" + name).isNotNull();
      Files.write(file, in.readAllBytes());
    }
    List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", asOf, "--lang", lang));
    for (String measure : measures) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run text = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(text.status()).as(text.err()).isZero();
    return text.out();
  }

  /** The table says what the JSON says: each row's verdict, amount and clause, the total and the first question. */
  static void checkTable(Path file, EntitlementReport report, String asOf, String[] measures, Locale locale,
      String lang) {
    List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", asOf, "--lang", lang));
    for (String measure : measures) {
      args.add("--measure");
      args.add(measure);
    }
    HuiqiCliTest.Run text = HuiqiCliTest.run(args.toArray(String[]::new));
    assertThat(text.status()).as(text.err()).isZero();
    Labels words = new Labels(locale);
    List<String> lines = text.out().lines().toList();
    // line 0 the heading, 1 blank, 2 the columns' names, then one row per outcome in the report's order
    for (int i = 0; i < report.outcomes().size(); i++) {
      MeasureOutcome outcome = report.outcomes().get(i);
      String row = lines.get(3 + i);
      assertThat(row).as(outcome.measure() + " in " + lang).startsWith(outcome.title().in(locale))
          .contains("  " + words.verdict(outcome.verdict()) + "  ")
          .contains("  " + words.amount(outcome.amount()) + (outcome.countedInTotal() ? "  " : " *"))
          .endsWith("  " + outcome.clauseLabel());
    }
    assertThat(text.out()).contains(words.pick("合计可享：", "Total in reach: ")
        + words.amount(report.totals().inReach()));
    // a pair counted once says why the total is below the rows' sum
    report.jointLimits().forEach(limit -> assertThat(text.out()).contains(limit.reason().message().in(locale)));
    if (!report.nextQuestions().isEmpty()) {
      NextQuestion first = report.nextQuestions().get(0);
      String heading = words.pick("待补充信息（按可确定金额排序）：", "Next questions (by the money each decides):");
      String after = text.out().substring(text.out().indexOf(heading) + heading.length()).strip();
      assertThat(after).as("first question in " + lang).startsWith("1.  " + first.fact() + "  ");
    } else {
      assertThat(text.out()).doesNotContain(words.pick("待补充信息", "Next questions"));
    }
  }

  /** The explained report in both languages: every reason and note has its own words, printed in the text. */
  private static void checkExplained(Path file, EnterpriseProfile profile, String asOf, List<MeasureId> ids,
      String[] measures) {
    EntitlementReport explained = EntitlementEngine.builtIn().evaluate(EntitlementRequest.of(profile,
        LocalDate.parse(asOf)).withMeasures(ids).withExplain(true));
    for (String lang : List.of("zh", "en")) {
      Locale locale = lang.equals("zh") ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
      List<String> args = new ArrayList<>(List.of(file.toString(), "--as-of", asOf, "--lang", lang, "--explain"));
      for (String measure : measures) {
        args.add("--measure");
        args.add(measure);
      }
      HuiqiCliTest.Run text = HuiqiCliTest.run(args.toArray(String[]::new));
      assertThat(text.status()).as(text.err()).isZero();
      for (MeasureOutcome outcome : explained.outcomes()) {
        List<Reason> said = new ArrayList<>(outcome.reasons());
        said.addAll(outcome.notes());
        for (Reason reason : said) {
          String words = reason.message().in(locale);
          assertThat(words).as(outcome.measure() + " " + reason.code()).isNotBlank().isNotEqualTo(reason.code());
          assertThat(text.out()).as(outcome.measure() + " " + reason.code() + " in " + lang).contains(words);
        }
        outcome.detail().ifPresent(detail -> assertThat(text.out()).as(outcome.measure() + " detail in " + lang)
            .contains(detail.in(locale)));
      }
    }
  }

  /** The verdict convention (decisions register §4.6 items 42 and 45) and the pointers' schema. */
  private static void checkOutcome(MeasureOutcome outcome) {
    OutcomeAmount amount = outcome.amount();
    String measure = outcome.measure().toString();
    if (outcome.verdict() == Verdict.UNDETERMINED) {
      assertThat(outcome.missingFacts()).as(measure).isNotEmpty();
      assertThat(amount.minimum().isZero()).as(measure + " from zero").isTrue();
    }
    // the size class is the one non-monetary outcome that is eligible (an SME) while still naming the facts that
    // decide which SME class (item 42, "small or micro … class open"): its missing facts decide the class, not money
    boolean sizeClass = outcome.amountKind() == AmountKind.NON_MONETARY
        && outcome.measure().equals(SizeStandard.MIIT_2011.id());
    if (outcome.verdict() == Verdict.ELIGIBLE && amount.isExact() && !sizeClass) {
      assertThat(outcome.missingFacts()).as(measure + " eligible at one figure").isEmpty();
    }
    if (outcome.verdict() == Verdict.INELIGIBLE) {
      assertThat(outcome.missingFacts()).as(measure).isEmpty();
      assertThat(amount).as(measure).isEqualTo(OutcomeAmount.ZERO);
    }
    for (String pointer : outcome.missingFacts()) {
      assertThat(EnterpriseProfileSchema.resolves(pointer)).as(measure + " names " + pointer).isTrue();
    }
  }

  /** An amount in yuan. */
  static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValueExact(BigDecimal.class);
  }

  /** Asserts an outcome's verdict and its range, its most {@code null} for no upper end. */
  static void assertOutcome(MeasureOutcome outcome, Verdict verdict, String least, String most) {
    String measure = outcome.measure().toString();
    assertThat(outcome.verdict()).as(measure).isEqualTo(verdict);
    assertThat(yuan(outcome.amount().minimum())).as(measure + " least").isEqualByComparingTo(least);
    if (most == null) {
      assertThat(outcome.amount().maximum()).as(measure + " most").isEmpty();
    } else {
      assertThat(yuan(outcome.amount().maximum().orElseThrow())).as(measure + " most").isEqualByComparingTo(most);
    }
  }
}
