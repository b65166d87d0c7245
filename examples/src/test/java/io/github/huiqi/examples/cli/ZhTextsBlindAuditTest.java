package io.github.huiqi.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.catalog.engine.EntitlementEngine;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.json.HuiqiJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A blind audit of the Chinese texts a platform shows a firm: every {@code zh} half of the engine's explained JSON
 * (each outcome's title, detail, reasons, notes, binding limit, explanation steps and responsible departments, and the
 * joint limits' reasons), and each typed error's {@code problemZh}, gathered over every profile of the examples' and
 * the calculators' test resources (the audit fixtures) at four dates, and over 300 seeded firms of
 * {@link ScreeningPopulation}. A zh text must hold no English prose (two or more English words in a row, once the
 * identifiers a firm is shown as such are set aside: JSON Pointers, measure and event ids, option and enum names,
 * field names, loan ids, form line codes) and must use Chinese punctuation in Chinese prose: no ASCII comma or
 * semicolon next to a Chinese character or between the pointers of a Chinese list (the library joins those with 、),
 * and no ASCII parenthesis against a Chinese character, but for the source documents' own titles and words, quoted as
 * the seeds print them ({@link #VERBATIM}). Then the defects this audit found, checked by hand against the clause
 * beside each assertion, and the zh table's columns aligned with Chinese characters counted as two columns.
 */
class ZhTextsBlindAuditTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> DATES = List.of("2022-06-30", "2023-06-30", "2023-12-31", "2024-06-30");
  private static final String CLI = "io/github/huiqi/examples/cli/";

  /** A Chinese character or a full-width mark of Chinese prose. */
  private static final String CJK = "[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]";

  /**
   * What a firm is shown as written, set aside before looking for English: JSON Pointers ({@code /loans/0/principal}),
   * anything holding a dot, a hyphen, an underscore or a digit (measure and event ids such as
   * {@code sz-gxj-2023-26.rd-super-deduction}, option names such as {@code FIRST_CLAIMED}, loan ids such as {@code L1}
   * or {@code SZ-2023-000123}, the form's line {@code A107012}), a name in camel case (a profile field such as
   * {@code subsidisedUnderAnotherMunicipalScheme}), a word in capitals (an enum name, {@code CNY}), and anything in
   * backquotes.
   */
  private static final Pattern IDENTIFIER = Pattern.compile("`[^`]*`|(?<![A-Za-z])/[A-Za-z0-9_/*.\\-]+"
      + "|\\b[A-Za-z0-9]*[._\\-0-9][A-Za-z0-9._\\-]*\\b|\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[A-Z]{2,}\\b");

  /** English prose: two or more English words in a row. */
  private static final Pattern ENGLISH_PROSE = Pattern.compile("\\b[A-Za-z]{2,}\\b(?:[ ,']+\\b[A-Za-z]{2,}\\b)+");

  /**
   * Allowed English in zh texts, set aside before looking: document names that are English or carry Latin letters
   * (the national standard's {@code GB/T}), and the formulas of the firm-year view's steps ({@code std}, {@code min},
   * {@code max} of the figures, as the en half writes them).
   */
  private static final List<String> ALLOWED = List.of("GB/T", "std(", "min(", "min（", "max(");

  /** An ASCII comma or semicolon in Chinese prose: next to a Chinese character, or joining pointers of a list. */
  private static final Pattern ASCII_SEPARATOR = Pattern.compile(CJK + " ?[,;]|[,;] ?(?:" + CJK + "|/)");

  /** An ASCII parenthesis against a Chinese character. */
  private static final Pattern ASCII_PARENTHESIS = Pattern.compile(CJK + " ?\\(|\\) ?" + CJK + "|\\(" + CJK
      + "|" + CJK + "\\)");

  /**
   * Source words quoted as the seeds print them, ASCII parentheses included: the titles of the Shenzhen small-to-scale
   * plan and of the 专精特新 draft, and the plan's responsible departments (PackCitationsAuditTest checks those
   * against the quote of the seed).
   */
  private static final List<String> VERBATIM = List.of("深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年)",
      "深圳市关于促进专精特新企业高质量发展的若干措施(征求意见稿)", "各区(新区、深汕特别合作区)");

  /** What the sweep found: each zh text once, with where it was first seen. */
  private static final class Sweep {
    final Map<String, String> texts = new TreeMap<>();
    final List<String> failures = new ArrayList<>();
    int runs;
    int errors;

    void collect(JsonNode node, String where) {
      if (node.isObject()) {
        if (node.path("zh").isTextual() && node.path("en").isTextual()) {
          texts.putIfAbsent(node.get("zh").asText(), where);
        }
        node.fields().forEachRemaining(e -> collect(e.getValue(), where));
      } else if (node.isArray()) {
        node.forEach(e -> collect(e, where));
      }
    }

    void evaluate(EntitlementEngine engine, JsonNode profile, String asOf, String where) {
      ObjectNode request = MAPPER.createObjectNode();
      request.set("profile", profile);
      request.put("asOf", asOf);
      request.put("explain", true);
      try {
        collect(MAPPER.readTree(engine.evaluateJson(request.toString())), where + " @ " + asOf);
        runs++;
      } catch (InvalidInputException ex) {
        // a bad-input fixture: its typed error's Chinese problem text is a zh text too
        texts.putIfAbsent(ex.problemZh(), where + " @ " + asOf + " (problemZh)");
        errors++;
      } catch (IOException ex) {
        failures.add(where + ": " + ex);
      }
    }
  }

  /** Every JSON file under a test-resources folder that is an object: a profile, or a request holding one. */
  private static List<Path> profiles(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
  }

  /** The project's root: the examples module's parent (Surefire runs in the module's folder). */
  private static Path projectRoot() {
    Path here = Path.of("").toAbsolutePath();
    return Files.isDirectory(here.resolve("calculators")) ? here : here.getParent();
  }

  /** What a zh text breaks, if anything. */
  static List<String> defects(String zh) {
    List<String> found = new ArrayList<>();
    String verbatimOut = zh;
    for (String words : VERBATIM) {
      verbatimOut = verbatimOut.replace(words, "文件");
    }
    String prose = verbatimOut;
    for (String allowed : ALLOWED) {
      prose = prose.replace(allowed, " ");
    }
    prose = IDENTIFIER.matcher(prose).replaceAll(" ");
    Matcher english = ENGLISH_PROSE.matcher(prose);
    if (english.find()) {
      found.add("English prose \"" + english.group() + "\"");
    }
    Matcher separator = ASCII_SEPARATOR.matcher(verbatimOut);
    if (separator.find()) {
      found.add("ASCII separator \"" + separator.group() + "\"");
    }
    Matcher parenthesis = ASCII_PARENTHESIS.matcher(verbatimOut);
    if (parenthesis.find()) {
      found.add("ASCII parenthesis \"" + parenthesis.group() + "\"");
    }
    return found;
  }

  //-------------------------------------------------------------------------

  @Test
  void test_sweep_everyZhTextOfTheExplainedJson_noEnglishProseAndChinesePunctuation() throws IOException {
    EntitlementEngine engine = EntitlementEngine.builtIn();
    Sweep sweep = new Sweep();
    Path root = projectRoot();
    int files = 0;
    for (String folder : List.of("examples/src/test/resources", "calculators/src/test/resources")) {
      for (Path file : profiles(root.resolve(folder))) {
        JsonNode json;
        try {
          json = MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException ex) {
          continue;   // a malformed-input fixture: no profile to evaluate
        }
        if (json == null || !json.isObject()) {
          continue;
        }
        files++;
        JsonNode profile = json.has("profile") ? json.get("profile") : json;
        for (String asOf : DATES) {
          sweep.evaluate(engine, profile, asOf, root.relativize(file).toString());
        }
      }
    }
    ScreeningPopulation firms = ScreeningPopulation.of(20261206L, 300, 150);
    for (int i = 0; firms.hasNext(); i++) {
      JsonNode profile = MAPPER.readTree(HuiqiJson.write(firms.next()));
      for (String asOf : DATES) {
        sweep.evaluate(engine, profile, asOf, "ScreeningPopulation seed 20261206 firm " + i);
      }
    }
    // the sweep saw what it should: the fixtures (over 150 profiles) and the firms, at each date
    assertThat(files).isGreaterThan(150);
    assertThat(sweep.runs).isGreaterThan(4 * 300 + 4 * 100);
    assertThat(sweep.texts).hasSizeGreaterThan(1000);
    assertThat(sweep.failures).isEmpty();
    List<String> broken = new ArrayList<>();
    sweep.texts.forEach((zh, where) -> defects(zh).forEach(d -> broken.add(d + " in \"" + zh + "\" (" + where + ")")));
    assertThat(broken).isEmpty();
  }

  @Test
  void test_theRules_catchWhatTheyShouldAndPassIdentifiers() {
    // the defects this audit found, as they were
    assertThat(defects("文件状态（规则取自 深圳市小型微型企业银行贷款担保费资助 申请指南 (2017, for 2016 loans) 申请条件）"))
        .anyMatch(d -> d.startsWith("English prose \"for"));
    assertThat(defects("纳税年度的数据未知：/smallScaleTaxpayer, /years")).anyMatch(d -> d.startsWith("ASCII separator"));
    assertThat(defects("中型企业下限：从业人员(X) ≥ 100人")).anyMatch(d -> d.startsWith("ASCII parenthesis"));
    assertThat(defects("金额见：技术改造贷款贴息 (sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy)"))
        .anyMatch(d -> d.startsWith("ASCII parenthesis"));
    assertThat(defects("参与企业人次 × min(上限, 人均费用)")).anyMatch(d -> d.startsWith("ASCII separator"));
    // English prose of any kind, and an ASCII comma between Chinese items
    assertThat(defects("适用顺序 the larger one：首贷")).anyMatch(d -> d.startsWith("English prose"));
    assertThat(defects("首贷贴息, 科技型中小企业贴息")).anyMatch(d -> d.startsWith("ASCII separator"));
    // identifiers a firm is shown as such pass: option names, pointers, ids, field names, form lines, formulas
    assertThat(defects("同一笔贷款只能享受一次市级贴息（适用顺序 FIRST_CLAIMED）：未提供贷款 SZ-2023-000123 是否已享受其他市级"
        + "财政贴息（subsidisedUnderAnotherMunicipalScheme）")).isEmpty();
    assertThat(defects("在 2023-01-01.. 期间发生事件 maker-china-shenzhen-award")).isEmpty();
    assertThat(defects("加计扣除总额（调减应纳税所得额，A107012 第51行）")).isEmpty();
    assertThat(defects("加计扣除少缴的所得税：std(TIb) − std(max(TIb − E, 0))")).isEmpty();
    assertThat(defects("未提供担保信息且未说明无担保（guaranteed: false）的贷款")).isEmpty();
    assertThat(defects("行业（GB/T 4754-2017 C2929）：工业")).isEmpty();
    // the sources' own titles, as the seeds print them
    assertThat(defects("深圳市关于推动小型微型工业企业上规模发展三年行动方案(2022-2024年) 第四条")).isEmpty();
  }

  //-------------------------------------------------------------------------
  // the defects found, each checked by hand

  private static JsonNode explained(String resource, String asOf) throws IOException {
    ObjectNode request = MAPPER.createObjectNode();
    try (var in = ZhTextsBlindAuditTest.class.getClassLoader().getResourceAsStream(CLI + resource)) {
      assertThat(in).as(resource).isNotNull();
      request.set("profile", MAPPER.readTree(in));
    }
    request.put("asOf", asOf);
    request.put("explain", true);
    return MAPPER.readTree(EntitlementEngine.builtIn().evaluateJson(request.toString()));
  }

  private static JsonNode outcome(JsonNode report, String measure) {
    for (JsonNode outcome : report.get("outcomes")) {
      if (outcome.path("measure").asText().equals(measure)) {
        return outcome;
      }
    }
    throw new AssertionError("no outcome of " + measure);
  }

  /** The text of a reason or note of an outcome with the code, whose zh half starts as given. */
  private static JsonNode message(JsonNode outcome, String member, String code, String zhStart) {
    for (JsonNode reason : outcome.path(member)) {
      JsonNode text = reason.path("message");
      if (reason.path("code").asText().equals(code) && text.path("zh").asText().startsWith(zhStart)) {
        return text;
      }
    }
    throw new AssertionError("no " + member + " " + code + " starting " + zhStart + " in " + outcome);
  }

  /** Every zh text of an outcome's explanation steps. */
  private static List<String> stepTexts(JsonNode outcome) {
    List<String> texts = new ArrayList<>();
    Sweep sweep = new Sweep();
    sweep.collect(outcome.path("explanation"), "");
    texts.addAll(sweep.texts.keySet());
    return texts;
  }

  @Test
  void test_rdRate_unknownKind_namedInChinese() throws IOException {
    // 深工信〔2023〕26号 第1条 restates 公告2022年第16号: from 2022-01-01 a 科技型中小企业 deducts 100% more; in 2022 an
    // enterprise neither that nor a manufacturer deducts 75% (财税〔2018〕99号), so whether a Nanshan platform firm whose
    // enrolment is not given is a 科技型中小企业 decides its 2022 rate. The zh named the enum (企业是否属于 TECH_SME)
    JsonNode rd = outcome(explained("szaudit/sz-g-nanshan-platform.json", "2022-06-30"),
        "sz-gxj-2023-26.rd-super-deduction");
    assertThat(rd.path("missingFacts").toString()).contains("\"/techSme\"");
    JsonNode text = message(rd, "notes", "rate-applies", "企业是否属于");
    assertThat(text.path("zh").asText()).isEqualTo("企业是否属于科技型中小企业决定加计扣除比例");
    assertThat(text.path("en").asText()).isEqualTo("whether the enterprise is TECH_SME decides the rate");
    // 公告2023年第44号 第一条: 集成电路企业 and 工业母机企业 deduct 120% from 2023-01-01, the others 100% (公告2023年第7号):
    // a Shanghai firm not saying whether it is one has its 2023 rate decided by it
    JsonNode sh = outcome(explained("roundingaudit/rd-2-shanghai-half-fen.json", "2023-06-30"),
        "sh-qfb-2023-1.rd-super-deduction");
    assertThat(sh.path("missingFacts").toString()).contains("\"/icOrMachineTool\"");
    assertThat(message(sh, "notes", "rate-applies", "企业是否属于").path("zh").asText())
        .isEqualTo("企业是否属于集成电路或工业母机企业决定加计扣除比例");
  }

  @Test
  void test_guaranteeFeeGuide_citedInChinese() throws IOException {
    // the 2021 reply letter's fee subsidy takes its rules from the 2017 guide, written for the loans of 2016 (decisions
    // register §2.4): the citation named it "申请指南 (2017, for 2016 loans)", English in every zh text and clause
    // label; now 申请指南（2017年，适用于2016年贷款）, the same two years
    String measure = "sz-gxj-2021-reply-20210370.small-micro-guarantee-fee-subsidy";
    JsonNode fee = outcome(explained("techsmeranges/tr-2-first-loan-only.json", "2022-06-30"), measure);
    assertThat(stepTexts(fee)).contains("文件状态（规则取自 深圳市小型微型企业银行贷款担保费资助 申请指南（2017年，适用于2016年贷款） "
        + "申请条件）");
    assertThat(fee.toString()).doesNotContain("for 2016 loans");
  }

  @Test
  void test_sizeStandard_indicatorsWithFullWidthParentheses() throws IOException {
    // 300号 （十二）软件和信息技术服务业: 从业人员100人及以上，且营业收入1000万元及以上的为中型企业, so the medium bound of
    // employees is 100 persons; the zh wrote 从业人员(X) with ASCII parentheses
    JsonNode size = outcome(explained("roundingaudit/rd-2-shanghai-half-fen.json", "2024-06-30"),
        "miit-2011-300.enterprise-size");
    assertThat(stepTexts(size)).contains("中型企业下限：从业人员（X） ≥ 100人");
    assertThat(size.toString()).doesNotContain("从业人员(X)").doesNotContain("营业收入(Y)").doesNotContain("资产总额(Z)");
  }

  @Test
  void test_referralAndPointerLists_chinesePunctuation() throws IOException {
    // a measure that gives no figure of its own names the measures whose figures it takes: in Chinese joined by 、, and
    // each title's id in full-width parentheses (the en keeps the comma and its parentheses)
    JsonNode report = explained("calendaraudit/cal-8c-unlisted-loan-no-first-time-borrower.json", "2022-06-30");
    JsonNode referral = null;
    for (JsonNode outcome : report.get("outcomes")) {
      if (outcome.path("detail").path("zh").asText().contains("technical-renovation-interest-subsidy、")) {
        referral = outcome;
      }
    }
    assertThat(referral).as("the referral naming two measures").isNotNull();
    assertThat(referral.path("detail").path("zh").asText()).isEqualTo("来源未规定金额；金额按以下措施测算："
        + "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy、sz-gxj-2023-26.tech-sme-interest-subsidy");
    assertThat(referral.path("detail").path("en").asText()).endsWith(
        "sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy, sz-gxj-2023-26.tech-sme-interest-subsidy");
    assertThat(message(referral, "notes", "refers-to", "金额见：技术改造").path("zh").asText())
        .isEqualTo("金额见：技术改造贷款贴息（sz-gxj-2022-small-to-scale.technical-renovation-interest-subsidy）");
    // the VAT relief of a firm that says neither whether it is a small-scale taxpayer nor its years: both pointers,
    // joined by 、 as the size standard's list (划型所需的数据未知：/industryCode、/years)
    JsonNode vat = outcome(explained("techsmeranges/tr-1-fees-premiums-absent.json", "2022-06-30"),
        "sz-gxj-2023-26.small-scale-vat");
    assertThat(message(vat, "reasons", "tax-year-figures", "纳税年度").path("zh").asText())
        .isEqualTo("纳税年度的数据未知：/smallScaleTaxpayer、/years");
    // one municipal subsidy per loan (第5条 and 第13条): loan L1 waits on whether another municipal subsidy already
    // pays it and on the firm's 科技型中小企业 enrolment
    JsonNode firstLoan = outcome(explained("questionsaudit/q3-sz-loan-open.json", "2023-06-30"),
        "sz-gxj-2023-26.first-loan-interest-subsidy");
    assertThat(message(firstLoan, "notes", "one-interest-subsidy-per-loan", "同一笔贷款").path("zh").asText())
        .endsWith("贷款 L1 待补充事实后确定：/loans/0/subsidisedUnderAnotherMunicipalScheme、/techSme");
  }

  @Test
  void test_zhTable_columnsAligned_wideCharactersCountedTwice() throws IOException {
    // the table's second column (结论) starts at the same display column on every row, each Chinese character and
    // full-width mark two columns wide, whatever the titles (“小升规”, （2023年提高30个百分点）, 20元/m²)
    for (String name : List.of("questionsaudit/q3-sz-loan-open.json", "techsmeranges/tr-2-first-loan-only.json")) {
      Path file = Files.createTempFile("zh-table", ".json");
      try (var in = ZhTextsBlindAuditTest.class.getClassLoader().getResourceAsStream(CLI + name)) {
        Files.write(file, in.readAllBytes());
      }
      HuiqiCliTest.Run run = HuiqiCliTest.run(file.toString(), "--as-of", "2023-06-30", "--lang", "zh");
      Files.delete(file);
      assertThat(run.status()).as(run.err()).isZero();
      List<String> lines = run.out().lines().toList();
      String header = lines.get(2);
      int verdictColumn = TextColumns.width(header.substring(0, header.indexOf("结论")));
      int rows = 0;
      for (String row : lines.subList(3, lines.size())) {
        if (row.isBlank() || row.startsWith("* ")) {
          break;   // the rows end at the footnote or a blank line
        }
        int end = row.indexOf("  ");
        int start = end;
        while (row.charAt(start) == ' ') {
          start++;
        }
        assertThat(TextColumns.width(row.substring(0, start))).as(row).isEqualTo(verdictColumn);
        rows++;
      }
      assertThat(rows).as(name).isGreaterThan(20);
    }
  }
}
