package io.github.huiqi.calculators.catalog.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.huiqi.calculators.HuntSeeds;
import io.github.huiqi.calculators.batch.screening.ScreeningPopulation;
import io.github.huiqi.calculators.catalog.JointLimit;
import io.github.huiqi.core.enterprise.EnterpriseProfile;
import io.github.huiqi.core.error.HuiqiException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.outcome.MeasureOutcome;
import io.github.huiqi.core.outcome.OutcomeAmount;
import io.github.huiqi.core.policy.MeasureId;
import io.github.huiqi.core.result.Verdict;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.LongStream;
import javax.money.MonetaryAmount;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The engine names every fact that decides an outcome, and the facts it names can decide it: an audit of each
 * measure's {@code missingFacts} (and so of the report's next questions) by dropping facts and by completing them.
 * <p>
 * <b>Omissions.</b> Over seeded synthetic firms whose facts are all given ({@link ScreeningPopulation}, and the rich
 * population of {@link EntitlementFactPairDropPropertyTest}, which gives what the tax, employment, space and grant
 * measures read), each fact of the profile's JSON is dropped in turn; for every measure whose outcome then differs from
 * the complete profile's (its verdict, its least or its most), the outcome without the fact must name it: its pointer,
 * or a pointer that holds it ({@code /loans} holds {@code /loans/0/principal}), or one of the other members of a joint
 * limit it belongs to must (the group's facts are the union of its members', decisions register §4.6 item 49). A
 * platform that asks only the facts the engine names relies on this: a fact it never asks cannot move an answer.
 * <p>
 * The facts read by a documented default, not as unknown, are left out as the fact-drop tests leave them out
 * ({@link FactDrops#readByDefault}, {@link FactDrops#qualificationDate}, {@link FactDrops#taxDefault}): dropping one
 * moves an answer without opening it, and nothing is then missing to name. A VAT period's immovable-property tax
 * given without its sales is refused by the relief (read as none, §4.6 item 57), and that measure's evaluation
 * failure is skipped with it.
 * <p>
 * <b>Next questions.</b> On reports with facts left open (a population with a quarter of its facts unknown, and
 * complete firms with one to three facts dropped), every fact an outcome names is asked among the next questions,
 * with exactly the measures naming it; an outcome open by no fact named is one whose range the authority fixes within
 * a ceiling ({@code widthFixedByAuthority}, decisions register §4.4 item 29); and, when the total in reach is
 * bounded, the amounts decided add up to its width less those ranges (each fact's amount rounded once, so within
 * half a fen a question).
 * <p>
 * <b>Over-naming, by completion.</b> From a complete firm one to three leaf facts of finite domain are dropped
 * (booleans, the schema's enum values, region and industry codes, a date on either side of the measure's window edges
 * and the evaluation date, a hire's contract end also on either side of the hire's anniversary's eve, the "1年及以上" term,
 * found missing on a hunt's seed 120; a year around the measures' cohorts, a figure or count on either side of the
 * thresholds the measures read); for each outcome that then names only dropped facts, every named fact is completed
 * every way, with the other named facts at each of their values (up to 24 ways): a named fact none of whose values
 * changes the outcome (verdict, least, most) is over-named. The counts by measure and fact are printed; the ones the
 * library's documented readings allow are listed in {@link #overNamedByReading} with their reason, and any other fails
 * the test. The domains are finite samples of a date's or a figure's range, so a fact found decisive is decisive, and
 * one found over-named is over-named within the values tried (a fact with fewer than two values the profile accepts is
 * not counted).
 * <p>
 * A hunt widens a run without changing the committed one (CI sets none): {@code huiqi.engineNaming.seeds}, a
 * comma-separated list of seeds each of the three properties runs on in place of its committed ones. After {@code mvn
 * -B -ntp -q -o install -DskipTests}: {@code mvn -B -ntp -q -o surefire:test -pl calculators
 * -Dtest=EntitlementFactNamingPropertyTest -Dhuiqi.engineNaming.seeds=301,302,303}.
 * <p>
 * Every failure message starts with the seed.
 */
class EntitlementFactNamingPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final EntitlementEngine ENGINE = EntitlementEngine.builtIn();
  private static final List<LocalDate> DATES = List.of(LocalDate.of(2023, 6, 30), LocalDate.of(2024, 3, 15));
  private static final BigDecimal HALF_FEN = new BigDecimal("0.005");
  /**
   * The figures the measures' thresholds sit at, in yuan: the small-scale VAT exemption's 100,000 a month and
   * 300,000 a quarter, the 小型微利企业's 3,000,000 of taxable income and 50,000,000 of assets, the size standard's
   * 3,000,000 / 20,000,000 / 200,000,000 of revenue, the first loan's and the awards' round sums.
   */
  private static final List<Long> MONEY_EDGES = List.of(100_000L, 300_000L, 1_000_000L, 3_000_000L, 5_000_000L,
      20_000_000L, 50_000_000L, 200_000_000L);
  /** The counts the measures' thresholds sit at: months of unemployment, headcounts of the size standards. */
  private static final List<Integer> COUNT_EDGES = List.of(3, 6, 10, 20, 100, 300, 500, 1000);
  private static final List<String> REGIONS = List.of("440305", "440306", "440307", "440311", "440300", "440000",
      "310115", "310000", "110101");
  private static final List<String> INDUSTRIES = List.of("C3484", "C3976", "I6513", "F5191", "M7320", "E4710");
  private static final Map<String, List<String>> ENUMS = enums();

  /** The omission audit's seeds: {@code huiqi.engineNaming.seeds} when set (comma-separated), else the committed. */
  static LongStream omissionSeeds() {
    return HuntSeeds.of("huiqi.engineNaming.seeds", 20261205L, 8L, 3L);
  }

  /** The next questions' seeds: {@code huiqi.engineNaming.seeds} when set, else the committed two. */
  static LongStream questionSeeds() {
    return HuntSeeds.of("huiqi.engineNaming.seeds", 20261205L, 8L);
  }

  /** The completion audit's seeds: {@code huiqi.engineNaming.seeds} when set, else the committed six. */
  static LongStream completionSeeds() {
    return HuntSeeds.of("huiqi.engineNaming.seeds", 20261205L, 8L, 2L, 3L, 4L, 6L);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("omissionSeeds")
  void test_aFactThatMovesAnOutcome_isNamedByIt(long seed) throws Exception {
    List<JsonNode> firms = firms(seed, 22, 14);
    int moved = 0;
    List<String> omissions = new ArrayList<>();
    for (int index = 0; index < firms.size(); index++) {
      JsonNode tree = firms.get(index);
      EnterpriseProfile full = read(tree).orElseThrow();
      List<String> paths = new ArrayList<>();
      FactDrops.members(tree, "", paths);
      for (LocalDate asOf : DATES) {
        EntitlementReport complete = ENGINE.evaluate(full, asOf);
        assertThat(complete.failures()).as("seed %d, firm %d on %s", seed, index, asOf).isEmpty();
        for (String path : paths) {
          Optional<EnterpriseProfile> dropped = FactDrops.without(tree, List.of(path));
          if (dropped.isEmpty()) {
            continue;
          }
          EntitlementReport partial = ENGINE.evaluate(dropped.get(), asOf);
          String where = "seed " + seed + ", firm " + index + ", " + asOf + ", drop " + path + ", ";
          for (MeasureOutcome known : complete.outcomes()) {
            Optional<MeasureOutcome> evaluated = partial.outcome(known.measure());
            if (evaluated.isEmpty()) {
              if (!FactDrops.taxDefault(path)) {
                omissions.add(where + known.measure() + ": not evaluated");
              }
              continue;
            }
            MeasureOutcome open = evaluated.get();
            if (same(open, known) || documentedDefault(path, known, full)) {
              continue;
            }
            moved++;
            if (!named(partial, open, path)) {
              omissions.add(where + known.measure() + ": with it " + known.verdict() + " " + known.amount()
                  + ", without it " + open.verdict() + " " + open.amount() + " naming " + open.missingFacts());
            }
          }
        }
      }
    }
    assertThat(moved).as("seed %d: outcomes moved by a drop", seed).isGreaterThan(1000);
    assertThat(omissions).as("seed %d: facts that moved an outcome not named by it", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("questionSeeds")
  void test_nextQuestions_askEveryNamedFact_andShareTheTotalsWidth(long seed) throws Exception {
    List<EnterpriseProfile> profiles = new ArrayList<>();
    ScreeningPopulation unknowns = ScreeningPopulation.of(seed, 200, 250);
    while (unknowns.hasNext()) {
      profiles.add(unknowns.next());
    }
    Random random = new Random(seed);
    for (JsonNode tree : firms(seed + 1, 20, 30)) {
      List<String> paths = new ArrayList<>();
      FactDrops.members(tree, "", paths);
      for (int drop = 0; drop < 4; drop++) {
        List<String> chosen = disjoint(random, paths, 1 + random.nextInt(3));
        FactDrops.without(tree, chosen).ifPresent(profiles::add);
      }
    }
    int bounded = 0;
    List<String> wrong = new ArrayList<>();
    for (int index = 0; index < profiles.size(); index++) {
      for (LocalDate asOf : DATES) {
        EntitlementReport report = ENGINE.evaluate(profiles.get(index), asOf);
        String where = "seed " + seed + ", profile " + index + ", " + asOf + ": ";
        Map<String, List<MeasureId>> named = new HashMap<>();
        for (MeasureOutcome outcome : report.outcomes()) {
          for (String fact : outcome.missingFacts()) {
            named.computeIfAbsent(fact, f -> new ArrayList<>()).add(outcome.measure());
          }
        }
        Map<String, List<MeasureId>> asked = new HashMap<>();
        BigDecimal decided = BigDecimal.ZERO;
        for (NextQuestion question : report.nextQuestions()) {
          asked.put(question.fact(), question.measures());
          decided = decided.add(yuan(question.amountDecided()));
        }
        if (!asked.equals(named)) {
          wrong.add(where + "named " + named + ", asked " + asked);
        }
        // a range the authority fixes within a ceiling, every condition met, is open by no fact (decisions register
        // §4.4 item 29): its width is in the total's and no question's
        BigDecimal fixedByAuthority = BigDecimal.ZERO;
        for (MeasureOutcome outcome : report.outcomes()) {
          BigDecimal open = outcome.amount().maximum().map(most -> yuan(most).subtract(yuan(outcome.amount()
              .minimum()))).orElse(BigDecimal.ZERO);
          if (outcome.missingFacts().isEmpty() && open.signum() > 0) {
            if (outcome.widthFixedByAuthority().map(EntitlementFactNamingPropertyTest::yuan)
                .filter(fixed -> fixed.compareTo(open) == 0).isEmpty()) {
              wrong.add(where + outcome.measure() + " is open " + outcome.amount() + " by no fact named");
            } else if (outcome.countedInTotal()) {
              fixedByAuthority = fixedByAuthority.add(open);
            }
          }
        }
        OutcomeAmount total = report.totals().inReach();
        if (total.maximum().isPresent()) {
          bounded++;
          BigDecimal width = yuan(total.maximum().get()).subtract(yuan(total.minimum())).subtract(fixedByAuthority);
          BigDecimal slack = HALF_FEN.multiply(BigDecimal.valueOf(report.nextQuestions().size()));
          if (decided.subtract(width).abs().compareTo(slack) > 0) {
            wrong.add(where + "amounts decided add up to " + decided + ", the total in reach " + total
                + " less " + fixedByAuthority + " fixed by the authority is " + width + " wide");
          }
        }
      }
    }
    assertThat(bounded).as("seed %d: reports with a bounded total", seed).isGreaterThan(60);
    assertThat(wrong).as("seed %d", seed).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("completionSeeds")
  void test_aNamedFact_canChangeTheOutcome_byCompletion(long seed) throws Exception {
    Random random = new Random(seed * 17 + 3);
    Map<String, Integer> checked = new TreeMap<>();
    Map<String, Integer> overNamed = new TreeMap<>();
    List<String> unexplained = new ArrayList<>();
    Map<String, Optional<EntitlementReport>> cache = new HashMap<>();
    for (JsonNode tree : firms(seed + 2, 30, 30)) {
      List<String> leaves = new ArrayList<>();
      FactDrops.members(tree, "", leaves);
      leaves.removeIf(path -> !finite(tree.at(path), path) || FactDrops.qualificationDate(path)
          || FactDrops.taxDefault(path) || path.equals("/legalForm") || path.equals("/size")
          || path.endsWith("/nonPerforming"));
      if (leaves.isEmpty()) {
        continue;
      }
      for (int attempt = 0; attempt < 30; attempt++) {
        List<String> drop = disjoint(random, leaves, 1 + random.nextInt(3));
        Optional<EnterpriseProfile> partial = FactDrops.without(tree, drop);
        if (partial.isEmpty()) {
          continue;
        }
        LocalDate asOf = DATES.get(random.nextInt(DATES.size()));
        EntitlementReport report = ENGINE.evaluate(partial.get(), asOf);
        for (MeasureOutcome outcome : report.outcomes()) {
          List<String> facts = outcome.missingFacts();
          if (facts.isEmpty() || facts.size() > 3 || !drop.containsAll(facts)) {
            continue;
          }
          ObjectNode open = (ObjectNode) tree.deepCopy();
          for (String path : drop) {
            int cut = path.lastIndexOf('/');
            ((ObjectNode) open.at(path.substring(0, cut))).remove(path.substring(cut + 1));
          }
          List<List<JsonNode>> domains = new ArrayList<>();
          for (String fact : facts) {
            domains.add(domain(fact, tree, outcome, asOf));
          }
          for (int f = 0; f < facts.size(); f++) {
            String key = outcome.measure().value() + " " + facts.get(f).replaceAll("/\\d+", "/i");
            Optional<Boolean> decides = decides(open, facts, domains, f, outcome.measure(), asOf, random, cache);
            if (decides.isEmpty()) {
              continue;
            }
            checked.merge(key, 1, Integer::sum);
            if (!decides.get()) {
              overNamed.merge(key, 1, Integer::sum);
              if (overNamedByReading(outcome, facts.get(f)).isEmpty()) {
                unexplained.add("seed " + seed + ", " + asOf + ", " + outcome.measure() + " names " + facts
                    + " (" + outcome.verdict() + " " + outcome.amount() + "): " + facts.get(f)
                    + " changes nothing over " + domains.get(f) + " in " + MAPPER.writeValueAsString(open));
              }
            }
          }
        }
      }
    }
    // the counts by measure and fact go into the failure messages rather than the build's output
    assertThat(checked.values().stream().mapToInt(Integer::intValue).sum())
        .as("seed %d: named facts checked, by measure and fact: %s", seed, checked).isGreaterThan(100);
    assertThat(unexplained).as("seed %d: named facts that decide nothing (over-named by a documented reading: %s)",
        seed, overNamed).isEmpty();
  }

  //-------------------------------------------------------------------------
  // omissions

  /** Whether two outcomes agree in verdict, least and most. */
  private static boolean same(MeasureOutcome a, MeasureOutcome b) {
    return a.verdict() == b.verdict() && FactDrops.contains(a.amount(), b.amount())
        && FactDrops.contains(b.amount(), a.amount());
  }

  private static boolean documentedDefault(String path, MeasureOutcome known, EnterpriseProfile full) {
    return FactDrops.readByDefault(path, known, full) || FactDrops.qualificationDate(path)
        || FactDrops.taxDefault(path) && FactDrops.restatedRelief(known.measure());
  }

  /** Whether the outcome, or a member of a joint limit it belongs to, names the fact or a pointer holding it. */
  private static boolean named(EntitlementReport report, MeasureOutcome open, String path) {
    if (names(open, path)) {
      return true;
    }
    for (JointLimit limit : report.jointLimits()) {
      if (limit.measures().contains(open.measure())) {
        for (MeasureId member : limit.measures()) {
          if (names(report.outcome(member).orElseThrow(), path)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean names(MeasureOutcome outcome, String path) {
    return outcome.missingFacts().stream().anyMatch(fact -> path.equals(fact) || path.startsWith(fact + "/"));
  }

  //-------------------------------------------------------------------------
  // over-naming

  /**
   * Whether the fact's values change the outcome for some values of the other named facts: each assignment of the
   * others (all of them while there are at most 24, else 24 drawn), the fact over its domain.
   */
  private static Optional<Boolean> decides(ObjectNode open, List<String> facts, List<List<JsonNode>> domains, int f,
      MeasureId measure, LocalDate asOf, Random random, Map<String, Optional<EntitlementReport>> cache)
      throws Exception {
    boolean compared = false;
    List<List<JsonNode>> others = new ArrayList<>();
    long product = 1;
    for (int g = 0; g < facts.size(); g++) {
      if (g != f) {
        others.add(domains.get(g));
        product *= domains.get(g).size();
      }
    }
    int rounds = (int) Math.min(product, 24);
    for (int round = 0; round < rounds; round++) {
      ObjectNode base = open.deepCopy();
      long code = product <= 24 ? round : random.nextLong() & Long.MAX_VALUE;
      int o = 0;
      for (int g = 0; g < facts.size(); g++) {
        if (g != f) {
          List<JsonNode> values = others.get(o++);
          set(base, facts.get(g), values.get((int) (code % values.size())));
          code /= values.size();
        }
      }
      MeasureOutcome first = null;
      for (JsonNode value : domains.get(f)) {
        ObjectNode completed = base.deepCopy();
        set(completed, facts.get(f), value);
        Optional<MeasureOutcome> outcome = evaluate(completed, asOf, cache).flatMap(r -> r.outcome(measure));
        if (outcome.isEmpty()) {
          continue;
        }
        if (first == null) {
          first = outcome.get();
        } else if (!same(first, outcome.get())) {
          return Optional.of(true);
        } else {
          compared = true;
        }
      }
    }
    // no two values of the fact the profile accepts beside the others: nothing to tell
    return compared ? Optional.of(false) : Optional.empty();
  }

  /**
   * Why a named fact may decide nothing under the library's documented readings, if it may: the housing-fund and
   * loan deferrals name an undetermined application's facts also while another application makes the firm eligible
   * (their outcome is a date, and its detail says which applications may defer "if the missing facts are
   * favourable": HousingFundEvaluator, decisions register §4.6 item 71); the R&amp;D deduction and the 小型微利企业
   * relief name the enterprise kind that opens the deduction's rate whenever another fact (the industry) leaves the
   * outcome open too, the rule that drops it (an eligible outcome at one figure names no fact, decisions register §4.6
   * item 45) reading only the outcome at one figure.
   */
  private static Optional<String> overNamedByReading(MeasureOutcome outcome, String fact) {
    String measure = outcome.measure().value();
    if ((measure.endsWith(".housing-fund-deferral") || measure.endsWith(".loan-deferral"))
        && outcome.verdict() == Verdict.ELIGIBLE) {
      return Optional.of("a deferral names another application's facts while one is eligible");
    }
    if ((measure.endsWith(".rd-super-deduction") || measure.endsWith(".small-low-profit-enterprise"))
        && (fact.equals("/icOrMachineTool") || fact.equals("/techSme")) && outcome.missingFacts().size() > 1) {
      return Optional.of("the kind is named beside another open fact (§4.6 item 45 reads one figure only)");
    }
    return Optional.empty();
  }

  private static Optional<EntitlementReport> evaluate(ObjectNode tree, LocalDate asOf,
      Map<String, Optional<EntitlementReport>> cache) throws Exception {
    String key = asOf + MAPPER.writeValueAsString(tree);
    Optional<EntitlementReport> cached = cache.get(key);
    if (cached == null) {
      cached = read(tree).map(profile -> ENGINE.evaluate(profile, asOf));
      cache.put(key, cached);
    }
    return cached;
  }

  private static void set(ObjectNode tree, String path, JsonNode value) {
    int cut = path.lastIndexOf('/');
    ((ObjectNode) tree.at(path.substring(0, cut))).set(path.substring(cut + 1), value);
  }

  /** Whether a fact's value has a finite domain this test completes: a boolean, an enum, a date, a figure, a count. */
  private static boolean finite(JsonNode value, String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    return value.isBoolean() || value.isInt() && !name.equals("year") && !name.equals("quarter")
        && !name.equals("month") || value.isObject() && value.has("currency")
        || value.isTextual() && (ENUMS.containsKey(name) || date(value.asText()) || name.endsWith("RegionCode")
        || name.equals("industryCode"));
  }

  /** The values a named fact of the complete firm is completed with, its own value first. */
  private static List<JsonNode> domain(String path, JsonNode tree, MeasureOutcome outcome, LocalDate asOf) {
    JsonNode given = tree.at(path);
    String name = path.substring(path.lastIndexOf('/') + 1);
    Set<JsonNode> values = new LinkedHashSet<>();
    values.add(given);
    if (given.isBoolean()) {
      values.add(BooleanNode.TRUE);
      values.add(BooleanNode.FALSE);
    } else if (given.isInt() && name.toLowerCase(Locale.ROOT).contains("year")) {
      int own = given.asInt();
      for (int year = 2020; year <= 2025; year++) {
        values.add(IntNode.valueOf(year));
      }
      values.add(IntNode.valueOf(own - 1));
      values.add(IntNode.valueOf(own + 1));
    } else if (given.isInt()) {
      int own = given.asInt();
      for (int edge : COUNT_EDGES) {
        values.add(IntNode.valueOf(edge - 1));
        values.add(IntNode.valueOf(edge));
      }
      values.add(IntNode.valueOf(0));
      values.add(IntNode.valueOf(own * 2));
    } else if (given.isObject()) {
      BigDecimal own = given.get("amount").decimalValue();
      values.add(money(BigDecimal.ZERO));
      values.add(money(own.multiply(BigDecimal.TEN)));
      for (long edge : MONEY_EDGES) {
        values.add(money(BigDecimal.valueOf(edge).subtract(new BigDecimal("0.01"))));
        values.add(money(BigDecimal.valueOf(edge)));
      }
    } else if (ENUMS.containsKey(name)) {
      ENUMS.get(name).forEach(value -> values.add(TextNode.valueOf(value)));
    } else if (name.endsWith("RegionCode")) {
      REGIONS.forEach(code -> values.add(TextNode.valueOf(code)));
    } else if (name.equals("industryCode")) {
      INDUSTRIES.forEach(code -> values.add(TextNode.valueOf(code)));
    } else {
      List<LocalDate> edges = new ArrayList<>(List.of(asOf, LocalDate.of(2023, 1, 1)));
      edges.add(outcome.window().start());
      outcome.window().end().ifPresent(end -> edges.add(end.plusDays(1)));
      JsonNode hired = tree.at(path.substring(0, path.lastIndexOf('/'))).path("hireDate");
      if (name.equals("contractEnd") && hired.isTextual()) {
        // 沪企服办〔2023〕1号 第十九条 "签订1年及以上劳动合同": a year from the hire runs to the anniversary's eve
        edges.add(LocalDate.parse(hired.asText()).plusYears(1).minusDays(1));
      }
      for (LocalDate edge : edges) {
        values.add(TextNode.valueOf(edge.minusDays(1).toString()));
        values.add(TextNode.valueOf(edge.toString()));
      }
      values.add(TextNode.valueOf(LocalDate.parse(given.asText()).minusYears(1).toString()));
    }
    return List.copyOf(values);
  }

  //-------------------------------------------------------------------------
  // shared

  /** The screening population's firms with every fact given, then the rich population's. */
  private static List<JsonNode> firms(long seed, int screening, int rich) throws Exception {
    List<JsonNode> firms = new ArrayList<>();
    Iterator<EnterpriseProfile> population = ScreeningPopulation.of(seed, screening, 0);
    while (population.hasNext()) {
      firms.add(MAPPER.readTree(HuiqiJson.write(population.next())));
    }
    Random random = new Random(seed);
    for (int index = 0; index < rich; index++) {
      firms.add(EntitlementFactPairDropPropertyTest.rich(random, index));
    }
    return firms;
  }

  /** Up to n paths drawn at random, none holding another. */
  private static List<String> disjoint(Random random, List<String> paths, int n) {
    List<String> chosen = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String path = paths.get(random.nextInt(paths.size()));
      if (chosen.stream().noneMatch(other -> (path + "/").startsWith(other + "/")
          || (other + "/").startsWith(path + "/"))) {
        chosen.add(path);
      }
    }
    return chosen;
  }

  private static Optional<EnterpriseProfile> read(JsonNode tree) throws Exception {
    try {
      return Optional.of(HuiqiJson.read(MAPPER.writeValueAsString(tree), EnterpriseProfile.class));
    } catch (HuiqiException refused) {
      return Optional.empty();
    }
  }

  private static boolean date(String text) {
    return text.matches("\\d{4}-\\d{2}-\\d{2}");
  }

  private static ObjectNode money(BigDecimal yuan) {
    ObjectNode money = MAPPER.createObjectNode();
    money.put("amount", yuan);
    money.put("currency", "CNY");
    return money;
  }

  private static BigDecimal yuan(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /** Each enum property of the profile's schema by its name: {@code legalForm}, {@code entrustee}, {@code kind}… */
  private static Map<String, List<String>> enums() {
    try (InputStream in = EntitlementFactNamingPropertyTest.class
        .getResourceAsStream("/io/github/huiqi/core/enterprise/enterprise-profile.schema.json")) {
      Map<String, List<String>> found = new HashMap<>();
      collect(MAPPER.readTree(in), found);
      return Map.copyOf(found);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void collect(JsonNode node, Map<String, List<String>> found) {
    if (node.isObject() && node.has("properties")) {
      node.get("properties").fields().forEachRemaining(entry -> {
        if (entry.getValue().has("enum")) {
          List<String> values = new ArrayList<>();
          ((ArrayNode) entry.getValue().get("enum")).forEach(value -> values.add(value.asText()));
          found.putIfAbsent(entry.getKey(), List.copyOf(values));
        }
      });
    }
    node.forEach(child -> collect(child, found));
  }
}
