package io.github.huiqi.calculators.classification.techrating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.result.InputStep;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The 科技型中小企业 evaluation (《科技型中小企业评价办法》 国科发政〔2017〕115号, 2022年修订, 第六条 and 附件 评价指标)
 * against {@link TechRatingOracle} on seeded random firms, through the plain form ({@code qualifies}), the explaining
 * form ({@code explainRating}) and, for every fifth case, the JSON form ({@code explainRatingJson}).
 * <p>
 * The facts are drawn on and around every threshold: the staff at 500 and 501, sales and assets at 200,000,000.00 and
 * a fen either side; 科技人员 at each band's least count of a staff that is a multiple of 20 (so the band edge is an
 * exact count) and one either side, or of any staff; R&amp;D at each band's least amount on the sales or on the costs
 * (an exact fen when the base is a multiple of 100, rounded up to the fen otherwise) and a fen either side; 0 and 1 to
 * 6 Ⅱ类 rights, 0 to 2 Ⅰ类; zero staff, sales, costs and R&amp;D; the exclusions and the direct route met, not met or
 * not known; and every fact sometimes not known. Each score's total lands on both sides of the pass mark (58 and 60:
 * every indicator's points are even, so no firm scores 59).
 * <p>
 * Each case checks the verdict (eligible or ineligible only when every completion of the unknown facts agrees), each
 * score (given when every completion gives one figure; otherwise the explanation's range is the least and most of the
 * completions, and it names every fact that could change it), the total, whether a direct route confirmed the firm,
 * and the missing facts: empty unless undetermined, facts not given, and every fact that could change the verdict
 * among them (the calculator's contract: "An unknown fact that could change the verdict is named"). The calculator
 * also names the score test's facts whenever the best and worst totals the known facts allow straddle the pass mark,
 * even where the size limits or another score leave such a fact unable to change the verdict; that is its documented
 * reading ("the score test is decided from the best and worst totals the known facts allow"), so such a fact is
 * counted ("named beyond the decisive"), not failed.
 */
class TechRatingOraclePropertyTest {

  private static final long SEED = 0x7EC4_2A71L;
  private static final TechRatingStandard RULES = TechRatingStandard.builtIn();
  private static final TechRatingCalculator CALCULATOR = TechRatingCalculator.DEFAULT;
  private static final BigDecimal FEN = new BigDecimal("0.01");
  private static final BigDecimal LIMIT = TechRatingOracle.MAX_SALES;

  /**
   * How a branch draws its firms: each fact not known one time in {@code unknownOneIn}; the size figures at their
   * limits' edges one time in {@code limitEdgeOneIn}; an exclusion not met one time in {@code exclusionFailsOneIn};
   * the direct route given as true one time in {@code directOneIn}; the three indicators' bands chosen to add up
   * to 56..62 one time in {@code nearPassOneIn}.
   */
  private record Mix(int unknownOneIn, int limitEdgeOneIn, int exclusionFailsOneIn, int directOneIn,
      int nearPassOneIn) {
  }

  @Test
  void test_scoredFirms_agreeWithTheOracle() {
    // the scores: size within the limits but now and then at them, the exclusions met, rarely a direct route
    run("scores", SEED, 4000, new Mix(20, 6, 40, 25, 2));
  }

  @Test
  void test_sizeLimitsExclusionsAndDirectRoutes_agreeWithTheOracle() {
    run("conditions", SEED + 1, 3000, new Mix(7, 2, 5, 3, 3));
  }

  @Test
  void test_manyFactsUnknown_agreeWithTheOracle() {
    run("unknown facts", SEED + 2, 3000, new Mix(3, 4, 12, 6, 4));
  }

  private static void run(String branch, long seed, int cases, Mix mix) {
    Random random = new Random(seed);
    Map<String, Integer> seen = new TreeMap<>();
    for (int n = 0; n < cases; n++) {
      Set<String> tags = new TreeSet<>();
      TechRatingOracle.Facts facts = draw(random, mix, tags);
      String label = "seed " + seed + " (" + branch + ") case " + n + ": " + facts;
      TechRatingOracle.Expected expected = TechRatingOracle.expected(facts);
      label += "\n  oracle " + expected;
      TechRatingRequest request = request(facts);

      TechRatingResult result = CALCULATOR.explainRating(RULES, request);
      check(label, facts, expected, result, seen);
      // the plain form: the verdict, or the missing facts the explaining form names
      if (expected.verdict().equals("UNDETERMINED")) {
        assertThatThrownBy(() -> CALCULATOR.qualifies(RULES, request)).as(label + " (plain)")
            .isInstanceOfSatisfying(MissingFactsException.class, ex -> assertThat(ex.missingFacts())
                .containsExactlyElementsOf(result.eligibility().missingFacts()));
      } else {
        assertThat(CALCULATOR.qualifies(RULES, request)).as(label + " (plain)")
            .isEqualTo(expected.verdict().equals("ELIGIBLE"));
      }
      if (n % 5 == 0) {
        TechRatingResult viaJson = HuiqiJson.read(CALCULATOR.explainRatingJson(RULES, HuiqiJson.write(request)),
            TechRatingResult.class);
        check(label + " (JSON)", facts, expected, viaJson, new TreeMap<>());
      }
      // an edge counts when the figure drawn on it is given
      tags.removeIf(t -> t.startsWith("staff limit") && facts.staff() == null
          || t.startsWith("科技人员") && (facts.techStaff() == null || facts.staff() == null)
          || t.startsWith("sales") && facts.sales() == null || t.startsWith("assets") && facts.assets() == null
          || t.startsWith("R&D") && facts.rd() == null);
      tags.forEach(t -> seen.merge(t, 1, Integer::sum));
      count(seen, facts, expected);
    }
    System.out.println("TechRatingOraclePropertyTest " + branch + ": " + cases + " cases (seed " + seed + "), "
        + seen);
    // coverage: each verdict, each indicator's every band as a decided score, totals either side of the pass mark,
    // the 科技人员 score 0 failing a total of 60 or more, a direct route, and the limits' edges
    assertThat(seen).as("coverage of " + branch).containsKeys("verdict ELIGIBLE", "verdict INELIGIBLE",
        "verdict UNDETERMINED", "staff 0", "staff 4", "staff 8", "staff 12", "staff 16", "staff 20", "rd 0", "rd 10",
        "rd 20", "rd 30", "rd 40", "rd 50", "ip 0", "ip 6", "ip 12", "ip 18", "ip 24", "ip 30",
        "staff limit 500", "staff limit 501", "sales at the limit", "sales a fen over", "assets at the limit",
        "assets a fen over", "科技人员 at an exact band edge", "R&D at an exact sales band edge",
        "R&D at an exact costs band edge", "R&D a fen under a band edge");
    if (branch.equals("scores")) {
      // the pass mark: 60 met, 58 not (no firm scores 59)
      assertThat(seen).as("coverage of " + branch).containsKeys("total 58 ineligible", "total 60 eligible");
    }
    if (!branch.equals("unknown facts")) {
      assertThat(seen).as("coverage of " + branch).containsKeys("科技人员 0 with 60 or more",
          "direct route with a failing score");
    }
    if (!branch.equals("scores")) {
      assertThat(seen).as("coverage of " + branch).containsKeys("decisive " + TechRatingOracle.STAFF,
          "decisive " + TechRatingOracle.TECH_STAFF, "decisive " + TechRatingOracle.SALES,
          "decisive " + TechRatingOracle.ASSETS, "decisive " + TechRatingOracle.RD,
          "decisive " + TechRatingOracle.COSTS, "decisive " + TechRatingOracle.CLASS_ONE,
          "decisive " + TechRatingOracle.CLASS_TWO, "decisive " + TechRatingOracle.DIRECT,
          "decisive " + TechRatingOracle.NOT_LISTED, "unknown but not decisive");
    }
  }

  private static void check(String label, TechRatingOracle.Facts facts, TechRatingOracle.Expected expected,
      TechRatingResult result, Map<String, Integer> seen) {
    String what = label + "\n  library " + result.eligibility() + " scores " + result.staffScore() + " "
        + result.rdScore() + " " + result.ipScore() + " steps " + scoreSteps(result);
    assertThat(result.eligibility().verdict().name()).as(what).isEqualTo(expected.verdict());
    checkScore(what + " (科技人员)", result.staffScore(), expected.staff());
    checkScore(what + " (研发投入)", result.rdScore(), expected.rd());
    checkScore(what + " (科技成果)", result.ipScore(), expected.ip());
    boolean allKnown = expected.staff().known() && expected.rd().known() && expected.ip().known();
    assertThat(result.totalScore()).as(what + " (total)").isEqualTo(allKnown ? Optional.of(expected.staff().least()
        + expected.rd().least() + expected.ip().least()) : Optional.empty());
    assertThat(result.directlyConfirmed()).as(what + " (direct)").isEqualTo(expected.direct());

    List<String> named = result.eligibility().missingFacts();
    if (!expected.verdict().equals("UNDETERMINED")) {
      assertThat(named).as(what + " (nothing missing)").isEmpty();
    } else {
      assertThat(named).as(what + " (facts not given)").isSubsetOf(facts.unknown());
      assertThat(named).as(what + " (every fact that could change the verdict)")
          .containsAll(expected.decisive());
      for (String fact : named) {
        if (!expected.decisive().contains(fact)) {
          seen.merge("named beyond the decisive " + fact, 1, Integer::sum);
        }
      }
    }
    // each score's step: its figure, or its range over the completions and the facts that could change it
    Map<String, String> steps = scoreSteps(result);
    checkStep(what, steps.get("科技人员 score"), expected.staff(), 20, expected.scoreFacts().get("staff"),
        Set.of(TechRatingOracle.STAFF, TechRatingOracle.TECH_STAFF), facts.unknown());
    checkStep(what, steps.get("研发投入 score (the higher ratio)"), expected.rd(), 50,
        expected.scoreFacts().get("rd"), Set.of(TechRatingOracle.RD, TechRatingOracle.SALES,
            TechRatingOracle.COSTS), facts.unknown());
    checkStep(what, steps.get("科技成果 score"), expected.ip(), 30, expected.scoreFacts().get("ip"),
        Set.of(TechRatingOracle.CLASS_ONE, TechRatingOracle.CLASS_TWO), facts.unknown());
  }

  private static void checkScore(String what, Optional<Integer> actual, TechRatingOracle.Range expected) {
    assertThat(actual).as(what).isEqualTo(expected.known() ? Optional.of(expected.least()) : Optional.empty());
  }

  private static Map<String, String> scoreSteps(TechRatingResult result) {
    Map<String, String> out = new TreeMap<>();
    for (InputStep step : result.explanation().stepsOf(InputStep.class)) {
      out.put(step.name().in(Locale.ENGLISH), step.value());
    }
    return out;
  }

  /** "20 / 20" for a known score; "0–20 / 20, missing [/staff, /techStaff]" for an open one. */
  private static void checkStep(String what, String step, TechRatingOracle.Range range, int max,
      Set<String> couldChange, Set<String> groupFacts, Set<String> unknown) {
    assertThat(step).as(what + " (a score step)").isNotNull();
    if (range.known()) {
      assertThat(step).as(what).isEqualTo(range.least() + " / " + max);
      return;
    }
    String prefix = range.least() + "–" + range.most() + " / " + max + ", missing [";
    assertThat(step).as(what + " (the score's range)").startsWith(prefix).endsWith("]");
    String list = step.substring(prefix.length(), step.length() - 1);
    Set<String> listed = new LinkedHashSet<>(List.of(list.split(", ")));
    assertThat(listed).as(what + " (a score's facts: those that could change it, " + couldChange + ")")
        .containsAll(couldChange);
    Set<String> open = new TreeSet<>(groupFacts);
    open.retainAll(unknown);
    assertThat(listed).as(what + " (a score's facts: not given, of its indicator)").isSubsetOf(open);
  }

  private static void count(Map<String, Integer> seen, TechRatingOracle.Facts facts,
      TechRatingOracle.Expected expected) {
    seen.merge("verdict " + expected.verdict(), 1, Integer::sum);
    if (expected.staff().known()) {
      seen.merge("staff " + expected.staff().least(), 1, Integer::sum);
    }
    if (expected.rd().known()) {
      seen.merge("rd " + expected.rd().least(), 1, Integer::sum);
    }
    if (expected.ip().known()) {
      seen.merge("ip " + expected.ip().least(), 1, Integer::sum);
    }
    boolean others = Boolean.TRUE.equals(facts.resident()) && Boolean.TRUE.equals(facts.permitted())
        && Boolean.TRUE.equals(facts.noIncidents()) && Boolean.TRUE.equals(facts.notListed())
        && facts.staff() != null && facts.staff() <= 500 && facts.sales() != null
        && facts.sales().compareTo(LIMIT) <= 0 && facts.assets() != null
        && facts.assets().compareTo(TechRatingOracle.MAX_ASSETS) <= 0;
    if (others && expected.staff().known() && expected.rd().known() && expected.ip().known()) {
      int total = expected.staff().least() + expected.rd().least() + expected.ip().least();
      if (Boolean.FALSE.equals(facts.direct()) && expected.staff().least() > 0) {
        if (total == 58) {
          seen.merge("total 58 " + expected.verdict().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
        if (total == 60) {
          seen.merge("total 60 " + expected.verdict().toLowerCase(Locale.ROOT), 1, Integer::sum);
        }
      }
      if (Boolean.FALSE.equals(facts.direct()) && expected.staff().least() == 0 && total >= 60
          && expected.verdict().equals("INELIGIBLE")) {
        seen.merge("科技人员 0 with 60 or more", 1, Integer::sum);
      }
      if (Boolean.TRUE.equals(facts.direct()) && (total < 60 || expected.staff().least() == 0)
          && expected.verdict().equals("ELIGIBLE")) {
        seen.merge("direct route with a failing score", 1, Integer::sum);
      }
    }
    for (String fact : expected.decisive()) {
      seen.merge("decisive " + fact, 1, Integer::sum);
    }
    if (expected.verdict().equals("UNDETERMINED") && !expected.decisive().containsAll(facts.unknown())) {
      seen.merge("unknown but not decisive", 1, Integer::sum);
    }
  }

  //-------------------------------------------------------------------------
  // drawing firms

  private static TechRatingOracle.Facts draw(Random random, Mix mix, Set<String> tags) {
    int staff = staff(random, mix, tags);
    int tech = tech(random, staff, tags);
    BigDecimal sales = limitFigure(random, mix, tags, "sales");
    BigDecimal costs = costs(random);
    BigDecimal rd = rd(random, sales, costs, tags);
    BigDecimal assets = limitFigure(random, mix, tags, "assets");
    int classOne = random.nextInt(10) < 7 ? 0 : 1 + random.nextInt(2);
    int classTwo = random.nextInt(7);
    if (random.nextInt(mix.nearPassOneIn()) == 0) {
      // near the pass mark: bands whose points add up to 56..62, each at its least figure, now and then one unit
      // (a person, a fen) under it
      int[] points = NEAR_PASS.get(random.nextInt(NEAR_PASS.size()));
      staff = 20 * (1 + random.nextInt(25));
      tech = leastFor(TechRatingOracle.STAFF_BANDS, points[0]) < 0 ? 0
          : (leastFor(TechRatingOracle.STAFF_BANDS, points[0]) * staff + 99) / 100;
      if (tech > 0 && random.nextInt(6) == 0) {
        tech--;
      }
      tags.add("科技人员 at an exact band edge");
      sales = BigDecimal.valueOf(100L * (1 + random.nextInt(2_000_000))).setScale(2);
      int percent = leastFor(TechRatingOracle.SALES_BANDS, points[1]);
      rd = percent < 0 ? BigDecimal.ZERO.setScale(2) : sales.multiply(BigDecimal.valueOf(percent))
          .divide(BigDecimal.valueOf(100)).setScale(2, RoundingMode.UNNECESSARY);
      if (rd.signum() > 0 && random.nextInt(6) == 0) {
        rd = rd.subtract(FEN);
        tags.add("R&D a fen under a band edge");
      } else if (rd.signum() > 0) {
        tags.add("R&D at an exact sales band edge");
      }
      // costs scoring no more than the sales: none, or a hundred times the R&D (1%)
      costs = random.nextBoolean() ? BigDecimal.ZERO.setScale(2) : rd.multiply(BigDecimal.valueOf(100));
      classOne = points[2] == TechRatingOracle.CLASS_ONE_POINTS ? 1 : 0;
      classTwo = points[2] == TechRatingOracle.CLASS_ONE_POINTS ? random.nextInt(7)
          : Math.max(0, leastFor(TechRatingOracle.CLASS_TWO_BANDS, points[2])) + (points[2] == 24
              ? random.nextInt(3) : 0);
    }
    Boolean direct = random.nextInt(mix.directOneIn()) == 0;
    return new TechRatingOracle.Facts(
        unknown(random, mix, staff), unknown(random, mix, tech), unknown(random, mix, sales),
        unknown(random, mix, assets), unknown(random, mix, rd), unknown(random, mix, costs),
        unknown(random, mix, classOne), unknown(random, mix, classTwo),
        unknown(random, mix, exclusion(random, mix)), unknown(random, mix, exclusion(random, mix)),
        unknown(random, mix, exclusion(random, mix)), unknown(random, mix, exclusion(random, mix)),
        unknown(random, mix, direct));
  }

  /** Every choice of a band of each indicator whose points add up to 56, 58, 60 or 62. */
  private static final List<int[]> NEAR_PASS = nearPass();

  private static List<int[]> nearPass() {
    List<int[]> out = new ArrayList<>();
    for (int staff : new int[] {0, 4, 8, 12, 16, 20}) {
      for (int rd : new int[] {0, 10, 20, 30, 40, 50}) {
        for (int ip : new int[] {0, 6, 12, 18, 24, 30}) {
          int total = staff + rd + ip;
          if (total >= 56 && total <= 62) {
            out.add(new int[] {staff, rd, ip});
          }
        }
      }
    }
    return out;
  }

  /** The least figure (percent or count) of the band scoring points, or -1 for 0 points. */
  private static int leastFor(int[][] bands, int points) {
    for (int[] band : bands) {
      if (band[1] == points) {
        return band[0];
      }
    }
    return -1;
  }

  private static <T> T unknown(Random random, Mix mix, T value) {
    return random.nextInt(mix.unknownOneIn()) == 0 ? null : value;
  }

  private static boolean exclusion(Random random, Mix mix) {
    return random.nextInt(mix.exclusionFailsOneIn()) != 0;
  }

  /** 职工总数: 500 or 501, or a multiple of 20 (every band edge an exact count), or any count, now and then 0. */
  private static int staff(Random random, Mix mix, Set<String> tags) {
    if (random.nextInt(mix.limitEdgeOneIn()) == 0) {
      int edge = random.nextBoolean() ? 500 : 501;
      tags.add("staff limit " + edge);
      return edge;
    }
    int kind = random.nextInt(10);
    return kind == 0 ? 0 : kind < 6 ? 20 * (1 + random.nextInt(25)) : 1 + random.nextInt(kind == 9 ? 1200 : 500);
  }

  /** 科技人员: a band's least count (⌈percent × staff⌉) and one either side, none, all, or any, at most the staff. */
  private static int tech(Random random, int staff, Set<String> tags) {
    int kind = random.nextInt(10);
    if (kind < 6) {
      int percent = TechRatingOracle.STAFF_BANDS[random.nextInt(5)][0];
      int least = (percent * staff + 99) / 100;
      if (percent * staff % 100 == 0 && staff > 0) {
        tags.add("科技人员 at an exact band edge");
      }
      return Math.max(0, Math.min(staff, least + random.nextInt(3) - 1));
    }
    return kind == 6 ? 0 : kind == 7 ? staff : random.nextInt(staff + 1);
  }

  /** Sales or assets: 200,000,000.00 and a fen either side, 0, a multiple of 100 or any fen. */
  private static BigDecimal limitFigure(Random random, Mix mix, Set<String> tags, String name) {
    if (random.nextInt(mix.limitEdgeOneIn()) == 0) {
      int side = random.nextInt(3) - 1;
      if (side == 0) {
        tags.add(name + " at the limit");
      } else if (side > 0) {
        tags.add(name + " a fen over");
      }
      return LIMIT.add(FEN.multiply(BigDecimal.valueOf(side)));
    }
    int kind = random.nextInt(12);
    if (kind == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    long yuan = 100 + (long) random.nextInt(kind < 4 ? 100_000 : kind < 8 ? 20_000_000 : 199_999_900);
    return kind % 2 == 0 ? BigDecimal.valueOf(yuan / 100 * 100).setScale(2)
        : BigDecimal.valueOf(yuan * 100 + random.nextInt(100), 2);
  }

  private static BigDecimal costs(Random random) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    long yuan = 100 + (long) random.nextInt(kind < 5 ? 5_000_000 : 150_000_000);
    return kind % 2 == 0 ? BigDecimal.valueOf(yuan / 100 * 100).setScale(2)
        : BigDecimal.valueOf(yuan * 100 + random.nextInt(100), 2);
  }

  /** R&amp;D: a band's least amount on the sales or the costs (⌈percent × base⌉ to the fen) and a fen either side. */
  private static BigDecimal rd(Random random, BigDecimal sales, BigDecimal costs, Set<String> tags) {
    int kind = random.nextInt(10);
    if (kind == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    boolean onSales = kind < 5;
    BigDecimal base = onSales ? sales : costs;
    if (kind < 9 && base.signum() > 0) {
      int[][] bands = onSales ? TechRatingOracle.SALES_BANDS : TechRatingOracle.COST_BANDS;
      BigDecimal exact = base.multiply(BigDecimal.valueOf(bands[random.nextInt(5)][0]))
          .divide(BigDecimal.valueOf(100));
      BigDecimal least = exact.setScale(2, RoundingMode.CEILING);
      int side = random.nextInt(3) - 1;
      if (side == 0 && exact.compareTo(least) == 0) {
        tags.add(onSales ? "R&D at an exact sales band edge" : "R&D at an exact costs band edge");
      }
      if (side < 0) {
        tags.add("R&D a fen under a band edge");
      }
      return least.add(FEN.multiply(BigDecimal.valueOf(side))).max(BigDecimal.ZERO.setScale(2));
    }
    return BigDecimal.valueOf(100 + random.nextInt(20_000_000 * 10) / 10 * 10L, 2);
  }

  private static TechRatingRequest request(TechRatingOracle.Facts f) {
    return TechRatingRequest.builder()
        .staff(Optional.ofNullable(f.staff()))
        .techStaff(Optional.ofNullable(f.techStaff()))
        .sales(Optional.ofNullable(f.sales()).map(Cny::of))
        .totalAssets(Optional.ofNullable(f.assets()).map(Cny::of))
        .rdExpense(Optional.ofNullable(f.rd()).map(Cny::of))
        .costsAndExpenses(Optional.ofNullable(f.costs()).map(Cny::of))
        .classOneIp(Optional.ofNullable(f.classOne()))
        .classTwoIp(Optional.ofNullable(f.classTwo()))
        .residentEnterprise(Optional.ofNullable(f.resident()))
        .permittedProducts(Optional.ofNullable(f.permitted()))
        .noMajorIncidents(Optional.ofNullable(f.noIncidents()))
        .notOnLists(Optional.ofNullable(f.notListed()))
        .directConfirmation(Optional.ofNullable(f.direct()))
        .build();
  }
}
