package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.testkit.ConformancePack;
import io.github.huiqi.calculators.testkit.ConformanceVector;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A sweep of the command line's Chinese table with {@code --explain --lang zh}: every line it prints, outside the
 * bracketed citations ({@code [...]}) but with the citation of an option ({@code 选项：…（库默认值，无来源规定）[label：
 * note]}, whose note core's {@code DefaultUsedStep} reads in Chinese), for the built-in sample, every profile of the
 * examples' CLI audit fixtures, every conformance vector's profile (as {@code QaProfiles.of} gives it) and 300 seeded
 * firms of {@link ScreeningPopulation}, each at several dates, must hold no English prose: no two Latin
 * words of two letters or more in a row, once the identifiers and codes a firm is shown as such are set aside (JSON
 * Pointers, ids, field names in camel case, constants and codes in capitals such as {@code ACT/360},
 * {@code HALF_UP}, {@code CNY}, {@code LPR}, {@code GB/T}). {@link ZhTextsBlindAuditTest} sweeps the zh halves of
 * the JSON; this sweeps what the steps' Chinese {@code render} makes of the English texts the calculators write (a
 * condition's detail, an input's value, a formula, an option's value), which the JSON keeps in English. Each form it
 * found is read in Chinese by core's {@code StepTextZh}, checked form by form in core's {@code StepTextZhTest}.
 */
class HuiqiCliZhProseSweepTest {

  private static final List<String> DATES = List.of("2022-06-30", "2023-06-30", "2023-12-31", "2024-06-30");

  /** A citation: the clause label and any register note, in square brackets, innermost first. */
  private static final Pattern CITATION = Pattern.compile("\\[[^\\[\\]]*\\]");

  /** An option's line and its citation, the label and the note (which may hold brackets of its own), to the end. */
  private static final Pattern OPTION = Pattern.compile("选项：.*?（(?:库默认值，无来源规定|调用方选择)）\\[(.*)\\]$");

  /**
   * What a firm is shown as written, set aside before looking for English: JSON Pointers ({@code /loans/0/principal}),
   * anything holding a dot, a hyphen, an underscore, a slash or a digit (measure ids, loan ids, {@code ACT/360},
   * {@code HALF_UP}, document numbers), a name in camel case (a profile field), and a word in capitals (an enum
   * constant, {@code CNY}, {@code LPR}, {@code GB/T}).
   */
  private static final Pattern IDENTIFIER = Pattern.compile("`[^`]*`|(?<![A-Za-z])/[A-Za-z0-9_/*.\\-]+"
      + "|\\b[A-Za-z0-9]*[._\\-/0-9][A-Za-z0-9._\\-/]*\\b|\\b[a-z]+[A-Z][A-Za-z0-9]*\\b|\\b[A-Z][A-Z0-9]+\\b");

  /** English prose: two or more Latin words of two letters or more in a row. */
  private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z]{2,}\\b(?:[ ,'’]+\\b[A-Za-z]{2,}\\b)+");

  @TempDir
  Path dir;

  /**
   * The English prose of a zh line, if any: the first run of two or more words outside the citations, or else in an
   * option's citation.
   */
  static String prose(String line) {
    String outside = proseOutsideCitations(line);
    if (!outside.isEmpty()) {
      return outside;
    }
    Matcher option = OPTION.matcher(line);
    return option.find() ? proseOutsideCitations(option.group(1)) : "";
  }

  private static String proseOutsideCitations(String line) {
    String text = line;
    for (String previous = null; !text.equals(previous); ) {
      previous = text;
      text = CITATION.matcher(text).replaceAll(" ");
    }
    text = IDENTIFIER.matcher(text).replaceAll(" ");
    Matcher english = ENGLISH_PROSE.matcher(text);
    return english.find() ? english.group() : "";
  }

  @Test
  void test_theRule_catchesTheFormsFoundAndPassesIdentifiersAndCitations() {
    // the forms the sweep found, as they were printed
    assertThat(prose("21. 计算：节省的担保费 = standard fee 60000.00 − reduced fee 30000.00 = 30000.00 "
        + "[huiqi decisions register §2.8]")).isEqualTo("standard fee");
    assertThat(prose("4. 选项：“最高减免40%”与“不高于1%”的关系 = decisions register §4.3 item 18: min(standard × (1 − r), "
        + "ceiling)（库默认值，无来源规定）[huiqi decisions register §4.3 item 18]")).isEqualTo("decisions register");
    assertThat(prose("条件：首次纳入规模以上工业企业库 — 满足（entered 2022, not in the database in 2021）[深圳市…方案 第四条]"))
        .startsWith("entered").endsWith("not in the database in");
    // identifiers and codes pass: fact names, pointers, enum constants, day counts, roundings, ids, GB/T
    assertThat(prose("条件：个体工商户或中小微企业 — 不满足（size = LARGE）[深工信〔2023〕26号 第2条]")).isEmpty();
    assertThat(prose("选项：计息天数 = ACT/360, HALF_UP（库默认值，无来源规定）[惠企取舍登记 §4.1 第9项]")).isEmpty();
    assertThat(prose("条件：未提供 /loans/0/principal、/techSme；WHOLE-MONTHS 与 ACT/365F；贷款 SZ-2023-000123 "
        + "CNY LPR GB/T 4754-2017 sz-gxj-2023-26.first-loan-interest-subsidy")).isEmpty();
    assertThat(prose("条件：科技型企业 — 满足（techSme = true, highTech = false）[…]")).isEmpty();
    // other steps' citations are out of the sweep, an option's is in it, the brackets inside its note set aside
    assertThat(prose("计算：担保费 = 1000.00 [huiqi decisions register §4.3 21: the fee period basis is contractual]"))
        .isEmpty();
    assertThat(prose("选项：划分 = (a)（库默认值，无来源规定）[huiqi decisions register §1.7: no source splits the saving]"))
        .isEqualTo("huiqi decisions register");
    assertThat(prose("选项：划分 = (a)（调用方选择）[惠企取舍登记 §1.7：没有来源规定如何划分少缴的税额]")).isEmpty();
    assertThat(prose("选项：贴息年限 = 3（调用方选择）[《操作规程》 技术改造贷款贴息：至多3年（[EXT-V] https://m.auto-fm.com/jishugaizao/9292.html）]"))
        .isEmpty();
  }

  /** What the sweep saw: the lines with English prose, each once, with the run that printed it first. */
  private static final class Sweep {
    final Map<String, String> prose = new TreeMap<>();
    final Set<String> optionCitations = new HashSet<>();
    int runs;
    int lines;

    void run(String where, String... args) {
      List<String> all = new ArrayList<>(List.of(args));
      all.addAll(List.of("--explain", "--lang", "zh"));
      HuiqiCliTest.Run run = HuiqiCliTest.run(all.toArray(String[]::new));
      if (run.status() != 0 && run.status() != HuiqiCli.INCOMPLETE) {
        return;   // a bad-input fixture: its one error line is HuiqiCliZhErrorsTest's
      }
      runs++;
      for (String line : (run.out() + run.err()).split("\n")) {
        lines++;
        Matcher option = OPTION.matcher(line);
        if (option.find()) {
          optionCitations.add(option.group(1));
        }
        if (!prose(line).isEmpty()) {
          // a step's number set aside: the same line of another outcome is the same form
          prose.putIfAbsent(line.replaceFirst("^ *\\d+\\. ", ""), where);
        }
      }
    }
  }

  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("calculators")) ? here : here.getParent();
  }

  @Test
  void test_sweep_explainInChinese_noEnglishProseOutsideTheCitationsNorInAnOptionsNote() throws IOException {
    Sweep sweep = new Sweep();
    for (String asOf : DATES) {
      sweep.run("the built-in sample @ " + asOf, "--as-of", asOf);
    }
    Path fixtures = projectRoot().resolve("examples/src/test/resources/io/github/huiqi/examples/cli");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(fixtures)) {
      files = walk.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    for (Path file : files) {
      for (String asOf : DATES) {
        sweep.run(fixtures.relativize(file) + " @ " + asOf, file.toString(), "--as-of", asOf);
      }
    }
    int v = 0;
    for (ConformanceVector vector : ConformancePack.builtIn().vectors()) {
      Path file = dir.resolve("vector-" + v++ + ".json");
      Files.writeString(file, HuiqiJson.write(vector.profile()), StandardCharsets.UTF_8);
      for (String asOf : List.of(vector.asOf().toString(), "2023-12-31")) {
        sweep.run("vector " + vector.id() + " @ " + asOf, file.toString(), "--as-of", asOf);
      }
    }
    ScreeningPopulation firms = ScreeningPopulation.of(20261206L, 300, 150);
    for (int i = 0; firms.hasNext(); i++) {
      Path file = dir.resolve("firm-" + i + ".json");
      Files.writeString(file, HuiqiJson.write(firms.next()), StandardCharsets.UTF_8);
      for (String asOf : DATES) {
        sweep.run("ScreeningPopulation seed 20261206 firm " + i + " @ " + asOf, file.toString(), "--as-of", asOf);
      }
    }
    // the sweep saw what it should: the sample, the fixtures (over 100 files, a few of them bad input), the vectors
    // and the 300 firms at their dates (4 × 300 runs), each explained line by line
    assertThat(files).hasSizeGreaterThan(100);
    assertThat(sweep.runs).isGreaterThan(1500);
    assertThat(sweep.lines).isGreaterThan(500_000);
    // and the options' citations: 24 of the 30 notes core's table reads in Chinese (on 2026-12-06; the six others,
    // RdCalculator's year of the intangibles' rate, the Shanghai average fee's weighting and day count, a negative
    // prepayment, the renovation interest's years chosen by the caller and the re-guarantee reduction, are not met)
    assertThat(sweep.optionCitations).hasSizeGreaterThanOrEqualTo(24);
    List<String> found = new ArrayList<>();
    sweep.prose.forEach((line, where) -> found.add("\"" + prose(line) + "\" in " + line + " (" + where + ")"));
    assertThat(found).isEmpty();
  }
}
