package io.github.huiqi.calculators.classification.techrating;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * An independent oracle for the 科技型中小企业 evaluation, written from 《科技型中小企业评价办法》 (国科发政〔2017〕115号,
 * 2022年修订) as the domain reference §2.15 and the data file's citations give it, not from
 * {@link TechRatingCalculator}:
 * <ul>
 * <li>第六条（一）–（四）: a resident enterprise registered in mainland China; "职工总数不超过500人、年销售收入不超过2亿元、
 * 资产总额不超过2亿元" (each inclusive); products and services not prohibited, restricted or obsolete; no major safety,
 * quality, environmental or research-integrity incident, and not on the abnormal-operation or serious-dishonesty
 * lists. Every one must hold.</li>
 * <li>第六条（五）: "综合评价所得分值不低于60分，且科技人员指标得分不得为0分".</li>
 * <li>第六条（六）: a firm meeting （一）–（四） with a direct route (有效期内高新技术企业资格证书, a national award, a
 * provincial R&amp;D institution, a standard led) is confirmed without the scores; the request gives one yes/no for
 * the routes.</li>
 * <li>附件 评价指标 一 科技人员 (20): 科技人员数占职工总数 30%(含)以上 20, 25%(含)–30% 16, 20%(含)–25% 12,
 * 15%(含)–20% 8, 10%(含)–15% 4, 10%以下 0.</li>
 * <li>附件 二 研发投入 (50), "从(1)、(2)两项指标中选择一个指标进行评分" (the firm takes the better): (1) 研发费用总额占销售
 * 收入总额 6%(含)以上 50, 5% 40, 4% 30, 3% 20, 2% 10, 2%以下 0; (2) 研发费用总额占成本费用支出总额 30%(含)以上 50, 25% 40,
 * 20% 30, 15% 20, 10% 10, 10%以下 0.</li>
 * <li>附件 三 科技成果 (30): 1项及以上Ⅰ类知识产权 30; 4项及以上Ⅱ类 24, 3项 18, 2项 12, 1项 6; none 0.</li>
 * </ul>
 * Ratios are compared exactly in {@link BigDecimal} (part × 100 ≥ percent × whole). Two readings the sources leave
 * open follow the calculator's documented contract (the register has no item on them): 科技人员 are counted among
 * the 职工总数 (the request refuses more of them), and a ratio whose base is zero (no staff, no sales, no costs) has no
 * band and scores nothing, as a zero part does.
 * <p>
 * Unknown facts (null) are completed every way they could fall: counts over all whole numbers (科技人员 at most the
 * staff), amounts over all fen, yes/no both ways. The facts fall into independent groups (the staff counts; R&amp;D,
 * sales and costs; the two IP counts; the assets; each yes/no), and each group's outcome (its limit met or not, its
 * score) is piecewise constant in each fact, changing only where a band edge or a limit is crossed, so the
 * completions tried are the edges themselves, the fen or person either side, zero and a value past every edge. The
 * verdict is ELIGIBLE or INELIGIBLE when every completion agrees, UNDETERMINED otherwise; a fact could change the
 * verdict when two completions differing in it alone have different verdicts; a fact could change a score likewise.
 */
final class TechRatingOracle {

  /** 第六条（二）: 职工总数不超过500人. */
  static final int MAX_STAFF = 500;
  /** 第六条（二）: 年销售收入不超过2亿元. */
  static final BigDecimal MAX_SALES = new BigDecimal("200000000.00");
  /** 第六条（二）: 资产总额不超过2亿元. */
  static final BigDecimal MAX_ASSETS = new BigDecimal("200000000.00");
  /** 第六条（五）: 不低于60分. */
  static final int PASS = 60;
  /** 附件 一: {percent, points}, highest first. */
  static final int[][] STAFF_BANDS = {{30, 20}, {25, 16}, {20, 12}, {15, 8}, {10, 4}};
  /** 附件 二 (1). */
  static final int[][] SALES_BANDS = {{6, 50}, {5, 40}, {4, 30}, {3, 20}, {2, 10}};
  /** 附件 二 (2). */
  static final int[][] COST_BANDS = {{30, 50}, {25, 40}, {20, 30}, {15, 20}, {10, 10}};
  /** 附件 三: one Ⅰ类 right or more. */
  static final int CLASS_ONE_POINTS = 30;
  /** 附件 三: {Ⅱ类 count, points}, highest first. */
  static final int[][] CLASS_TWO_BANDS = {{4, 24}, {3, 18}, {2, 12}, {1, 6}};

  static final String STAFF = "/staff";
  static final String TECH_STAFF = "/techStaff";
  static final String SALES = "/sales";
  static final String ASSETS = "/totalAssets";
  static final String RD = "/rdExpense";
  static final String COSTS = "/costsAndExpenses";
  static final String CLASS_ONE = "/classOneIp";
  static final String CLASS_TWO = "/classTwoIp";
  static final String RESIDENT = "/residentEnterprise";
  static final String PERMITTED = "/permittedProducts";
  static final String NO_INCIDENTS = "/noMajorIncidents";
  static final String NOT_LISTED = "/notOnLists";
  static final String DIRECT = "/directConfirmation";

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal FEN = new BigDecimal("0.01");

  private TechRatingOracle() {
  }

  /** A firm's facts, each null when not known; amounts in yuan with at most two decimals. */
  record Facts(Integer staff, Integer techStaff, BigDecimal sales, BigDecimal assets, BigDecimal rd, BigDecimal costs,
      Integer classOne, Integer classTwo, Boolean resident, Boolean permitted, Boolean noIncidents, Boolean notListed,
      Boolean direct) {

    /** The facts not known, as the request's pointers. */
    Set<String> unknown() {
      Set<String> out = new LinkedHashSet<>();
      Object[] values = {staff, techStaff, sales, assets, rd, costs, classOne, classTwo, resident, permitted,
          noIncidents, notListed, direct};
      String[] names = {STAFF, TECH_STAFF, SALES, ASSETS, RD, COSTS, CLASS_ONE, CLASS_TWO, RESIDENT, PERMITTED,
          NO_INCIDENTS, NOT_LISTED, DIRECT};
      for (int i = 0; i < values.length; i++) {
        if (values[i] == null) {
          out.add(names[i]);
        }
      }
      return out;
    }
  }

  /** A score's least and most over the completions. */
  record Range(int least, int most) {
    boolean known() {
      return least == most;
    }
  }

  /**
   * What the rule gives: the verdict, each score's range, the facts that could change the verdict, the facts that
   * could change each score, and whether a direct route is known to apply.
   */
  record Expected(String verdict, Range staff, Range rd, Range ip, Set<String> decisive,
      Map<String, Set<String>> scoreFacts, boolean direct) {
  }

  //-------------------------------------------------------------------------
  // the rule on known facts

  /** 附件 一: the 科技人员 points of tech of staff; no staff or no 科技人员 scores 0. */
  static int staffScore(int staff, int tech) {
    if (staff == 0 || tech == 0) {
      return 0;
    }
    for (int[] band : STAFF_BANDS) {
      if ((long) tech * 100 >= (long) band[0] * staff) {
        return band[1];
      }
    }
    return 0;
  }

  /** The points of part / whole in the bands: part × 100 ≥ percent × whole; a zero part or whole scores 0. */
  static int ratioScore(int[][] bands, BigDecimal part, BigDecimal whole) {
    if (part.signum() == 0 || whole.signum() == 0) {
      return 0;
    }
    for (int[] band : bands) {
      if (part.multiply(HUNDRED).compareTo(whole.multiply(BigDecimal.valueOf(band[0]))) >= 0) {
        return band[1];
      }
    }
    return 0;
  }

  /** 附件 二: the better of the two ratios. */
  static int rdScore(BigDecimal rd, BigDecimal sales, BigDecimal costs) {
    return Math.max(ratioScore(SALES_BANDS, rd, sales), ratioScore(COST_BANDS, rd, costs));
  }

  /** 附件 三: 30 for a Ⅰ类 right, else by the Ⅱ类 count. */
  static int ipScore(int classOne, int classTwo) {
    if (classOne > 0) {
      return CLASS_ONE_POINTS;
    }
    for (int[] band : CLASS_TWO_BANDS) {
      if (classTwo >= band[0]) {
        return band[1];
      }
    }
    return 0;
  }

  /**
   * 第六条: the verdict of one completion, from each group's outcome: the staff group (limit met, 科技人员 points;
   * FAIL as -1), the R&amp;D group (sales limit met, 研发投入 points; FAIL as -1), the IP points, the other conditions
   * (assets and the four exclusions) all met, and the direct route.
   */
  static boolean qualifies(int staff, int money, int ip, boolean othersMet, boolean direct) {
    if (staff < 0 || money < 0 || !othersMet) {
      return false;
    }
    return direct || staff > 0 && staff + money + ip >= PASS;
  }

  //-------------------------------------------------------------------------
  // completing the unknown facts

  /** A group's outcome on one completion: its limit met or not, and its points. */
  record Out(boolean met, int points) {
    int forVerdict() {
      return met ? points : -1;
    }
  }

  /**
   * A group: every outcome a completion can give, and for each unknown fact the outcomes along each line (that fact
   * varied over its edges, the group's other facts held at one value).
   */
  static final class Group {
    final Set<Out> all = new LinkedHashSet<>();
    final Map<String, Set<Set<Out>>> lines = new LinkedHashMap<>();

    void line(String fact, Set<Out> line) {
      lines.computeIfAbsent(fact, k -> new LinkedHashSet<>()).add(line);
      all.addAll(line);
    }

    Range range() {
      int least = Integer.MAX_VALUE;
      int most = Integer.MIN_VALUE;
      for (Out o : all) {
        least = Math.min(least, o.points());
        most = Math.max(most, o.points());
      }
      return new Range(least, most);
    }

    /** The outcomes for the verdict (a group whose limit fails is one outcome, FAIL). */
    Set<Integer> verdictOutcomes() {
      Set<Integer> out = new TreeSet<>();
      all.forEach(o -> out.add(o.forVerdict()));
      return out;
    }

    /** The facts along some line of which the points change. */
    Set<String> scoreFacts() {
      Set<String> out = new TreeSet<>();
      lines.forEach((fact, ls) -> {
        for (Set<Out> line : ls) {
          if (line.stream().map(Out::points).distinct().count() > 1) {
            out.add(fact);
            return;
          }
        }
      });
      return out;
    }
  }

  private static Group staffGroup(Integer staff, Integer tech) {
    if (staff == null && tech == null) {
      return BothStaffUnknown.GROUP;
    }
    Group g = new Group();
    if (staff != null && tech != null) {
      g.all.add(staffOut(staff, tech));
    } else if (tech == null) {
      g.line(TECH_STAFF, techLine(staff));
    } else {
      g.line(STAFF, staffLine(tech));
    }
    return g;
  }

  /** Both staff counts unknown: every staff count up to one past the limit (beyond it every count fails alike). */
  private static final class BothStaffUnknown {
    static final Group GROUP = build();

    private static Group build() {
      Group g = new Group();
      for (int n = 0; n <= MAX_STAFF + 1; n++) {
        g.line(TECH_STAFF, techLine(n));
        g.line(STAFF, staffLine(n));
      }
      return g;
    }
  }

  private static Out staffOut(int staff, int tech) {
    return new Out(staff <= MAX_STAFF, staffScore(staff, tech));
  }

  /** The staff known: 科技人员 at 0, at the staff, and at each band's least count (⌈percent × staff⌉). */
  private static Set<Out> techLine(int staff) {
    Set<Integer> counts = new TreeSet<>(List.of(0, staff));
    for (int[] band : STAFF_BANDS) {
      counts.add((int) (((long) band[0] * staff + 99) / 100));
    }
    Set<Out> line = new LinkedHashSet<>();
    counts.stream().filter(t -> t <= staff).forEach(t -> line.add(staffOut(staff, t)));
    return line;
  }

  /**
   * The 科技人员 known: the staff at the 科技人员 count, at each band's most staff (⌊tech × 100 / percent⌋) and one
   * more, at the limit and one past it.
   */
  private static Set<Out> staffLine(int tech) {
    Set<Integer> counts = new TreeSet<>(List.of(tech, MAX_STAFF, MAX_STAFF + 1, Math.max(tech, MAX_STAFF + 1)));
    for (int[] band : STAFF_BANDS) {
      int most = (int) ((long) tech * 100 / band[0]);
      counts.add(most);
      counts.add(most + 1);
    }
    Set<Out> line = new LinkedHashSet<>();
    counts.stream().filter(s -> s >= tech).forEach(s -> line.add(staffOut(s, tech)));
    return line;
  }

  private static Out moneyOut(BigDecimal rd, BigDecimal sales, BigDecimal costs) {
    return new Out(sales.compareTo(MAX_SALES) <= 0, rdScore(rd, sales, costs));
  }

  private static Group moneyGroup(BigDecimal rd, BigDecimal sales, BigDecimal costs) {
    Group g = new Group();
    if (rd != null && sales != null && costs != null) {
      g.all.add(moneyOut(rd, sales, costs));
      return g;
    }
    List<BigDecimal> rds = rd != null ? List.of(rd) : rdHeld(sales, costs);
    List<BigDecimal> saleses = sales != null ? List.of(sales) : salesHeld(rd);
    List<BigDecimal> costses = costs != null ? List.of(costs) : costsHeld(rd);
    if (rd == null) {
      for (BigDecimal s : saleses) {
        for (BigDecimal c : costses) {
          Set<Out> line = new LinkedHashSet<>();
          rdEdges(s, c).forEach(r -> line.add(moneyOut(r, s, c)));
          g.line(RD, line);
        }
      }
    }
    if (sales == null) {
      for (BigDecimal r : rds) {
        for (BigDecimal c : costs != null ? List.of(costs) : union(costses, costsEdges(r))) {
          Set<Out> line = new LinkedHashSet<>();
          salesEdges(r).forEach(s -> line.add(moneyOut(r, s, c)));
          g.line(SALES, line);
        }
      }
    }
    if (costs == null) {
      for (BigDecimal r : rds) {
        for (BigDecimal s : sales != null ? List.of(sales) : union(saleses, salesEdges(r))) {
          Set<Out> line = new LinkedHashSet<>();
          costsEdges(r).forEach(c -> line.add(moneyOut(r, s, c)));
          g.line(COSTS, line);
        }
      }
    }
    return g;
  }

  /**
   * R&amp;D varied: 0, a fen, and each band's least R&amp;D on each known base (⌈percent × base⌉ to the fen), less a
   * fen.
   */
  private static List<BigDecimal> rdEdges(BigDecimal sales, BigDecimal costs) {
    Set<BigDecimal> out = new TreeSet<>(List.of(BigDecimal.ZERO.setScale(2), FEN));
    for (int[] band : SALES_BANDS) {
      BigDecimal least = percentOf(band[0], sales).setScale(2, RoundingMode.CEILING);
      out.add(least);
      out.add(least.subtract(FEN));
    }
    for (int[] band : COST_BANDS) {
      BigDecimal least = percentOf(band[0], costs).setScale(2, RoundingMode.CEILING);
      out.add(least);
      out.add(least.subtract(FEN));
    }
    return out.stream().filter(v -> v.signum() >= 0).toList();
  }

  /**
   * Sales varied: 0, a fen, each band's most sales (⌊R&amp;D × 100 / percent⌋ to the fen) and a fen more, the limit
   * and a fen past it.
   */
  private static List<BigDecimal> salesEdges(BigDecimal rd) {
    Set<BigDecimal> out = new TreeSet<>(List.of(BigDecimal.ZERO.setScale(2), FEN, MAX_SALES, MAX_SALES.add(FEN)));
    for (int[] band : SALES_BANDS) {
      BigDecimal most = rd.multiply(HUNDRED).divide(BigDecimal.valueOf(band[0]), 2, RoundingMode.FLOOR);
      out.add(most);
      out.add(most.add(FEN));
    }
    return new ArrayList<>(out);
  }

  /** Costs varied: 0, a fen, each band's most costs and a fen more. */
  private static List<BigDecimal> costsEdges(BigDecimal rd) {
    Set<BigDecimal> out = new TreeSet<>(List.of(BigDecimal.ZERO.setScale(2), FEN));
    for (int[] band : COST_BANDS) {
      BigDecimal most = rd.multiply(HUNDRED).divide(BigDecimal.valueOf(band[0]), 2, RoundingMode.FLOOR);
      out.add(most);
      out.add(most.add(FEN));
    }
    return new ArrayList<>(out);
  }

  /**
   * The values an unknown R&amp;D is held at while another fact varies: small and large, and the known bases' edges.
   */
  private static List<BigDecimal> rdHeld(BigDecimal sales, BigDecimal costs) {
    Set<BigDecimal> out = new TreeSet<>();
    for (String v : new String[] {"0", "0.01", "2.00", "100.00", "1000000.00"}) {
      out.add(new BigDecimal(v).setScale(2));
    }
    out.addAll(rdEdges(sales == null ? BigDecimal.ZERO : sales, costs == null ? BigDecimal.ZERO : costs));
    return new ArrayList<>(out);
  }

  private static List<BigDecimal> salesHeld(BigDecimal rd) {
    Set<BigDecimal> out = new TreeSet<>();
    for (String v : new String[] {"0", "0.01", "100.00", "10000000.00"}) {
      out.add(new BigDecimal(v).setScale(2));
    }
    out.add(MAX_SALES);
    out.add(MAX_SALES.add(FEN));
    if (rd != null) {
      out.addAll(salesEdges(rd));
    }
    return new ArrayList<>(out);
  }

  private static List<BigDecimal> costsHeld(BigDecimal rd) {
    Set<BigDecimal> out = new TreeSet<>();
    for (String v : new String[] {"0", "0.01", "100.00", "10000000.00"}) {
      out.add(new BigDecimal(v).setScale(2));
    }
    if (rd != null) {
      out.addAll(costsEdges(rd));
    }
    return new ArrayList<>(out);
  }

  private static BigDecimal percentOf(int percent, BigDecimal base) {
    return base.multiply(BigDecimal.valueOf(percent)).divide(HUNDRED);
  }

  private static List<BigDecimal> union(List<BigDecimal> a, List<BigDecimal> b) {
    Set<BigDecimal> out = new TreeSet<>(a);
    out.addAll(b);
    return new ArrayList<>(out);
  }

  private static Group ipGroup(Integer classOne, Integer classTwo) {
    Group g = new Group();
    if (classOne != null && classTwo != null) {
      g.all.add(new Out(true, ipScore(classOne, classTwo)));
      return g;
    }
    // one Ⅰ类 right or none; Ⅱ类 rights 0 to 4 (4 and more score alike)
    List<Integer> ones = classOne != null ? List.of(classOne) : List.of(0, 1);
    List<Integer> twos = classTwo != null ? List.of(classTwo) : List.of(0, 1, 2, 3, 4);
    if (classOne == null) {
      for (int two : twos) {
        Set<Out> line = new LinkedHashSet<>();
        ones.forEach(one -> line.add(new Out(true, ipScore(one, two))));
        g.line(CLASS_ONE, line);
      }
    }
    if (classTwo == null) {
      for (int one : ones) {
        Set<Out> line = new LinkedHashSet<>();
        twos.forEach(two -> line.add(new Out(true, ipScore(one, two))));
        g.line(CLASS_TWO, line);
      }
    }
    return g;
  }

  /** A yes/no condition (the assets within the limit, or an exclusion): its values. */
  private static Set<Boolean> values(Boolean known) {
    return known == null ? Set.of(true, false) : Set.of(known);
  }

  //-------------------------------------------------------------------------

  /** The rule's result on facts some of which are not known. */
  static Expected expected(Facts f) {
    Group staff = staffGroup(f.staff(), f.techStaff());
    Group money = moneyGroup(f.rd(), f.sales(), f.costs());
    Group ip = ipGroup(f.classOne(), f.classTwo());
    Boolean assetsMet = f.assets() == null ? null : f.assets().compareTo(MAX_ASSETS) <= 0;
    Map<String, Boolean> others = new LinkedHashMap<>();
    others.put(ASSETS, assetsMet);
    others.put(RESIDENT, f.resident());
    others.put(PERMITTED, f.permitted());
    others.put(NO_INCIDENTS, f.noIncidents());
    others.put(NOT_LISTED, f.notListed());
    Set<Integer> staffOutcomes = staff.verdictOutcomes();
    Set<Integer> moneyOutcomes = money.verdictOutcomes();
    Set<Integer> ipOutcomes = ip.verdictOutcomes();
    Set<Boolean> directs = values(f.direct());

    boolean anyYes = false;
    boolean anyNo = false;
    for (int s : staffOutcomes) {
      for (int m : moneyOutcomes) {
        for (int i : ipOutcomes) {
          for (boolean o : allMet(others, null)) {
            for (boolean d : directs) {
              if (qualifies(s, m, i, o, d)) {
                anyYes = true;
              } else {
                anyNo = true;
              }
            }
          }
        }
      }
    }
    String verdict = anyYes && anyNo ? "UNDETERMINED" : anyYes ? "ELIGIBLE" : "INELIGIBLE";

    Set<String> decisive = new TreeSet<>();
    if (verdict.equals("UNDETERMINED")) {
      for (String fact : f.unknown()) {
        if (decides(fact, staff, money, ip, others, directs, staffOutcomes, moneyOutcomes, ipOutcomes)) {
          decisive.add(fact);
        }
      }
    }
    Map<String, Set<String>> scoreFacts = new LinkedHashMap<>();
    scoreFacts.put("staff", staff.scoreFacts());
    scoreFacts.put("rd", money.scoreFacts());
    scoreFacts.put("ip", ip.scoreFacts());
    return new Expected(verdict, staff.range(), money.range(), ip.range(), decisive, scoreFacts,
        Boolean.TRUE.equals(f.direct()));
  }

  /** Whether all the other conditions can be met and/or not, one of them (skip) left out. */
  private static Set<Boolean> allMet(Map<String, Boolean> others, String skip) {
    boolean canFail = false;
    boolean canMeet = true;
    for (Map.Entry<String, Boolean> e : others.entrySet()) {
      if (e.getKey().equals(skip)) {
        continue;
      }
      if (e.getValue() == null) {
        canFail = true;
      } else if (!e.getValue()) {
        canFail = true;
        canMeet = false;
      }
    }
    Set<Boolean> out = new LinkedHashSet<>();
    if (canMeet) {
      out.add(true);
    }
    if (canFail) {
      out.add(false);
    }
    return out;
  }

  /** Whether two completions differing in fact alone give different verdicts. */
  private static boolean decides(String fact, Group staff, Group money, Group ip, Map<String, Boolean> others,
      Set<Boolean> directs, Set<Integer> staffOutcomes, Set<Integer> moneyOutcomes, Set<Integer> ipOutcomes) {
    if (others.containsKey(fact) || fact.equals(DIRECT)) {
      // a yes/no condition: both ways, everything else held at any completion
      Set<Boolean> rest = allMet(others, fact);
      for (int s : staffOutcomes) {
        for (int m : moneyOutcomes) {
          for (int i : ipOutcomes) {
            for (boolean o : rest) {
              if (fact.equals(DIRECT)) {
                if (qualifies(s, m, i, o, true) != qualifies(s, m, i, o, false)) {
                  return true;
                }
              } else {
                // the fact met (the others as o) against the fact not met
                for (boolean d : directs) {
                  if (qualifies(s, m, i, o, d) != qualifies(s, m, i, false, d)) {
                    return true;
                  }
                }
              }
            }
          }
        }
      }
      return false;
    }
    Group own = staff.lines.containsKey(fact) ? staff : money.lines.containsKey(fact) ? money : ip;
    Set<List<Integer>> pairs = new LinkedHashSet<>();
    for (Set<Out> line : own.lines.getOrDefault(fact, Set.of())) {
      Set<Integer> outcomes = new TreeSet<>();
      line.forEach(o -> outcomes.add(o.forVerdict()));
      for (int a : outcomes) {
        for (int b : outcomes) {
          if (a < b) {
            pairs.add(List.of(a, b));
          }
        }
      }
    }
    Set<Boolean> rest = allMet(others, null);
    for (List<Integer> pair : pairs) {
      for (int s : own == staff ? Set.of(0) : staffOutcomes) {
        for (int m : own == money ? Set.of(0) : moneyOutcomes) {
          for (int i : own == ip ? Set.of(0) : ipOutcomes) {
            for (boolean o : rest) {
              for (boolean d : directs) {
                if (verdictWith(own == staff, own == money, pair.get(0), s, m, i, o, d)
                    != verdictWith(own == staff, own == money, pair.get(1), s, m, i, o, d)) {
                  return true;
                }
              }
            }
          }
        }
      }
    }
    return false;
  }

  private static boolean verdictWith(boolean isStaff, boolean isMoney, int outcome, int s, int m, int i, boolean o,
      boolean d) {
    return isStaff ? qualifies(outcome, m, i, o, d) : isMoney ? qualifies(s, outcome, i, o, d)
        : qualifies(s, m, outcome, o, d);
  }
}
