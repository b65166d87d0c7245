package io.github.huiqi.calculators.classification.techrating;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.internal.TracedCondition;
import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.classification.techrating.TechRatingBand;
import io.github.huiqi.core.classification.techrating.TechRatingCountBand;
import io.github.huiqi.core.classification.techrating.TechRatingStandard;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Evaluates a firm as a 科技型中小企业 (《科技型中小企业评价办法》, 国科发政〔2017〕115号).
 * <p>
 * Every condition must hold: at most 500 staff, sales and total assets each at most 200,000,000 (inclusive); the four
 * exclusions (a resident enterprise, permitted products, no major incident, not on the lists); and either a direct
 * route, or a total score of at least 60 with a 科技人员 score above zero. The scores: 科技人员 share of all staff
 * (≥30% 20, ≥25% 16, ≥20% 12, ≥15% 8, ≥10% 4, else 0); 研发投入, the higher of R&amp;D / sales (≥6% 50, ≥5% 40, ≥4% 30,
 * ≥3% 20, ≥2% 10) and R&amp;D / costs and expenses (≥30% 50, ≥25% 40, ≥20% 30, ≥15% 20, ≥10% 10); 科技成果, 30 for a
 * Ⅰ类 right, else by Ⅱ类 rights (4+ 24, 3 18, 2 12, 1 6). Ratios are compared exactly (no division: R&amp;D ≥ rate ×
 * base); a zero base scores nothing, and so does a zero part (no 科技人员, or no R&amp;D), whatever the base, so a firm
 * with no sales and no costs scores 0 on 研发投入 whatever its R&amp;D, given or not. An unknown fact that could change
 * the verdict is named (with the R&amp;D not given, so are the sales and the costs not given: either could change the
 * 研发投入 score as the R&amp;D can); the score test is decided from the best and worst totals the known facts allow,
 * the worst within the staff limit (the staff not given is at most 500 for a firm the score can matter to, and at
 * least the 科技人员), and a score's missing facts are named only when moving that score over its range could move
 * the total across the pass mark for some total of the other two (decisions register §4.6 item 66).
 * <pre>{@code
 * TechRatingStandard rules = TechRatingStandard.builtIn();
 * boolean qualifies = TechRatingCalculator.DEFAULT.qualifies(rules, request);
 * TechRatingResult explained = TechRatingCalculator.DEFAULT.explainRating(rules, request);   // scores and steps
 * }</pre>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class TechRatingCalculator {

  /** The calculator. */
  public static final TechRatingCalculator DEFAULT = new TechRatingCalculator();

  private static final int STAFF_MAX = 20;
  private static final int RD_MAX = 50;
  private static final int IP_MAX = 30;

  private TechRatingCalculator() {
  }

  /**
   * Evaluates a firm: the fast form.
   *
   * @param standard  the rules, such as {@link TechRatingStandard#builtIn()}
   * @param request  the firm's facts
   * @return true if the firm qualifies
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   * @throws MissingFactsException if the verdict depends on facts the request does not give
   */
  public boolean qualifies(TechRatingStandard standard, TechRatingRequest request) {
    Evaluation e = evaluate(standard, request, new StepTrace(false));
    if (e.decision().verdict() == Verdict.UNDETERMINED) {
      throw new MissingFactsException(e.decision().missingFacts());
    }
    return e.decision().verdict() == Verdict.ELIGIBLE;
  }

  /**
   * Evaluates a firm with its scores and explanation.
   *
   * @param standard  the rules
   * @param request  the firm's facts
   * @return the explained result
   * @throws io.github.huiqi.core.error.InvalidInputException if an argument is null
   */
  public TechRatingResult explainRating(TechRatingStandard standard, TechRatingRequest request) {
    StepTrace steps = new StepTrace(true);
    Evaluation e = evaluate(standard, request, steps);
    Optional<Integer> total = e.staff().value().isPresent() && e.rd().value().isPresent()
        && e.ip().value().isPresent() ? Optional.of(e.staff().value().get() + e.rd().value().get()
        + e.ip().value().get()) : Optional.empty();
    Eligibility eligibility = e.decision().eligibility();
    TechRatingResult result = new TechRatingResult(eligibility, e.staff().value(), e.rd().value(), e.ip().value(),
        total, e.direct(), new Explanation(steps.list()));
    return result.withReceipt(CalculatorReceipts.issue("classification.tech-rating.rating",
        MeasureIdentity.ofStandard("tech-rating-standard", TechRatingStandard.RESOURCE, standard), request, result));
  }

  /**
   * Evaluates a firm from a JSON request and returns the explained result as JSON.
   *
   * @param standard  the rules
   * @param requestJson  a {@link TechRatingRequest} as JSON
   * @return a {@link TechRatingResult} as JSON
   * @throws io.github.huiqi.core.error.InvalidInputException if the JSON is malformed or invalid, naming the JSON
   *     Pointer of the culprit (such as {@code /techStaff} for a negative count)
   */
  public String explainRatingJson(TechRatingStandard standard, String requestJson) {
    Args.notNull(standard, "standard");
    return HuiqiJson.write(explainRating(standard, HuiqiJson.read(requestJson, TechRatingRequest.class)));
  }

  //-------------------------------------------------------------------------
  Evaluation evaluate(TechRatingStandard s, TechRatingRequest r, StepTrace steps) {
    Args.notNull(s, "standard");
    Args.notNull(r, "request");
    List<TracedCondition> conditions = new ArrayList<>(10);
    int maxStaff = s.maximumStaff().value();
    Supplier<LocalizedText> staffText = () -> LocalizedText.of("职工总数不超过 " + maxStaff + " 人",
        "at most " + maxStaff + " staff");
    if (r.staff().isEmpty() && r.techStaff().filter(n -> n > maxStaff).isPresent()) {
      // 科技人员 are counted among 职工总数: more of them than the limit puts the staff over it, whatever its count
      conditions.add(TracedCondition.known(false, "staff-within-limit", staffText,
          () -> "techStaff = " + r.techStaff().get() + " > " + maxStaff + ", counted among the staff",
          s.maximumStaff().citation()));
    } else {
      conditions.add(TracedCondition.of(r.staff(), n -> n <= maxStaff, "/staff", "staff-within-limit", staffText,
          s.maximumStaff().citation()));
    }
    BigDecimal maxSales = Cny.yuan(s.maximumSales().value(), "maximumSales");
    conditions.add(TracedCondition.of(r.sales().map(a -> Cny.yuan(a, "sales")), v -> v.compareTo(maxSales) <= 0,
        "/sales", "sales-within-limit", () -> LocalizedText.of("年销售收入不超过 " + maxSales.toPlainString() + " 元",
            "sales at most CNY " + maxSales.toPlainString()), s.maximumSales().citation()));
    BigDecimal maxAssets = Cny.yuan(s.maximumAssets().value(), "maximumAssets");
    conditions.add(TracedCondition.of(r.totalAssets().map(a -> Cny.yuan(a, "totalAssets")),
        v -> v.compareTo(maxAssets) <= 0, "/totalAssets", "assets-within-limit",
        () -> LocalizedText.of("资产总额不超过 " + maxAssets.toPlainString() + " 元",
            "total assets at most CNY " + maxAssets.toPlainString()), s.maximumAssets().citation()));
    conditions.add(flag(r.residentEnterprise(), "/residentEnterprise", "resident-enterprise", "境内注册的居民企业",
        "a resident enterprise registered in mainland China", s.exclusions()));
    conditions.add(flag(r.permittedProducts(), "/permittedProducts", "permitted-products",
        "产品和服务不属于禁止、限制和淘汰类", "products and services not prohibited, restricted or obsolete", s.exclusions()));
    conditions.add(flag(r.noMajorIncidents(), "/noMajorIncidents", "no-major-incidents",
        "上一年及当年未发生重大安全、质量事故和严重环境违法、科研严重失信行为",
        "no major safety, quality, environmental or research-integrity incident", s.exclusions()));
    conditions.add(flag(r.notOnLists(), "/notOnLists", "not-on-lists", "未列入经营异常名录和严重违法失信企业名单",
        "not on the abnormal-operation or serious-dishonesty lists", s.exclusions()));

    Score staff = staffScore(s, r);
    Score rd = rdScore(s, r);
    Score ip = ipScore(s, r);
    steps.add(() -> new InputStep(LocalizedText.of("科技人员得分", "科技人员 score"), staff.text(STAFF_MAX)));
    steps.add(() -> new InputStep(LocalizedText.of("研发投入得分（两项比例取高）", "研发投入 score (the higher ratio)"),
        rd.text(RD_MAX)));
    steps.add(() -> new InputStep(LocalizedText.of("科技成果得分", "科技成果 score"), ip.text(IP_MAX)));
    int pass = s.passMark().value();
    int best = staff.best() + rd.best() + ip.best();
    // the least totals of a firm the score can matter to, within the staff limit (a firm above it fails on size)
    int staffWorst = staffWorstWithinLimit(s, r, staff, maxStaff);
    int worst = staffWorst + rd.worst() + ip.worst();
    ConditionOutcome scored = best < pass || staff.best() == 0 ? ConditionOutcome.NOT_MET
        : worst >= pass && staffWorst > 0 ? ConditionOutcome.MET : ConditionOutcome.UNKNOWN;
    Optional<Boolean> direct = r.directConfirmation();
    boolean directly = direct.orElse(false);
    Supplier<LocalizedText> scoreText = () -> LocalizedText.of("综合评价得分不低于 " + pass + " 分且科技人员得分不为0",
        "a total score of at least " + pass + " with a 科技人员 score above zero");
    if (directly) {
      conditions.add(TracedCondition.known(true, "direct-confirmation", () -> LocalizedText.of("符合直接确认条件",
          "a direct route applies"), () -> "directConfirmation = true", s.directRoutes()));
    } else if (scored == ConditionOutcome.MET) {
      conditions.add(TracedCondition.known(true, "score-passed", scoreText, () -> "total ≥ " + worst,
          s.passMark().citation()));
    } else if (scored == ConditionOutcome.NOT_MET && direct.isPresent()) {
      conditions.add(TracedCondition.known(false, "score-passed", scoreText, () -> "total ≤ " + best
          + (staff.best() == 0 ? ", 科技人员 score 0" : ""), s.passMark().citation()));
    } else {
      // undetermined: the scores' missing facts that could move the total across the pass mark, and the direct
      // route if it could still decide
      List<String> missing = new ArrayList<>(scored == ConditionOutcome.UNKNOWN ? staff.missing() : List.of());
      if (scored == ConditionOutcome.UNKNOWN) {
        decisive(rd.missing(), rd.worst(), rd.best(), staffWorst + ip.worst(), staff.best() + ip.best(), pass,
            missing);
        ipDecisive(s, r, ip, staffWorst + rd.worst(), staff.best() + rd.best(), pass, missing);
      }
      if (direct.isEmpty()) {
        missing.add("/directConfirmation");
      }
      for (String fact : missing) {
        conditions.add(TracedCondition.of(Optional.empty(), x -> true, fact, "score-passed", scoreText,
            s.passMark().citation()));
      }
    }
    return new Evaluation(TracedCondition.decide(conditions, steps), staff, rd, ip, directly);
  }

  private static TracedCondition flag(Optional<Boolean> value, String fact, String code, String zh, String en,
      Citation citation) {
    return TracedCondition.of(value, Boolean::booleanValue, fact, code, () -> LocalizedText.of(zh, en), citation);
  }

  /**
   * Adds a score's missing facts when one of them, moving the score within [low, high], can move the total across
   * the pass mark for some total of the other scores within [othersLow, othersHigh]: some such total is at least
   * pass − high and below pass − low. (Each fact is taken to move its score over the score's whole range, so a fact
   * may be named that could not decide alone; none that could is left out.)
   */
  private static void decisive(List<String> facts, int low, int high, int othersLow, int othersHigh, int pass,
      List<String> missing) {
    if (!facts.isEmpty() && othersLow <= pass - low - 1 && othersHigh >= pass - high) {
      missing.addAll(facts);
    }
  }

  /**
   * Adds the 科技成果 facts that can decide (register §4.6 item 66): the Ⅰ类 count moves the score between what the Ⅱ类
   * rights give and the Ⅰ类 score; the Ⅱ类 count decides only while no Ⅰ类 right is held, moving the score over its
   * bands. With no Ⅰ类 right and 20 + 10 from the other scores, the Ⅱ类 rights' 24 at most cannot reach 60: only the
   * Ⅰ类 count is named.
   */
  private static void ipDecisive(TechRatingStandard s, TechRatingRequest r, Score ip, int othersLow, int othersHigh,
      int pass, List<String> missing) {
    if (ip.value().isPresent()) {
      return;
    }
    int classOne = s.classOneIpScore().value();
    int twoLow = r.classTwoIp().map(n -> countScore(s.classTwoIpBands().value(), n)).orElse(0);
    int twoHigh = r.classTwoIp().map(n -> countScore(s.classTwoIpBands().value(), n))
        .orElse(countScore(s.classTwoIpBands().value(), Integer.MAX_VALUE));
    if (r.classOneIp().isEmpty()) {
      decisive(List.of("/classOneIp"), Math.min(twoLow, classOne), Math.max(twoHigh, classOne), othersLow,
          othersHigh, pass, missing);
    }
    if (r.classTwoIp().isEmpty()) {
      decisive(List.of("/classTwoIp"), twoLow, twoHigh, othersLow, othersHigh, pass, missing);
    }
  }

  /**
   * The least 科技人员 score of a firm the score test can matter to: with the staff not given but the 科技人员 known,
   * the staff is at least the 科技人员 (counted among them) and at most the staff limit (a firm above it fails on size
   * whatever its score), so the share is at least 科技人员 ÷ the limit (127 of at most 500: 25.4%, at least 16). The
   * score's own range, shown in the steps, still runs from what any staff would give.
   */
  private static int staffWorstWithinLimit(TechRatingStandard s, TechRatingRequest r, Score staff, int maxStaff) {
    if (staff.value().isPresent() || r.staff().isPresent()) {
      return staff.worst();
    }
    return r.techStaff().filter(n -> n <= maxStaff).map(n -> ratioScore(s.staffBands().value(),
        BigDecimal.valueOf(n), BigDecimal.valueOf(maxStaff))).orElse(staff.worst());
  }

  private static Score staffScore(TechRatingStandard s, TechRatingRequest r) {
    // no 科技人员, or no staff at all (科技人员 are among them): the share is 0 (or has no base) whatever the other
    // count, so the score is 0 and the other count cannot change it
    if (r.techStaff().filter(n -> n == 0).isPresent() || r.staff().filter(n -> n == 0).isPresent()) {
      return Score.of(0);
    }
    if (r.staff().isEmpty() || r.techStaff().isEmpty()) {
      List<String> missing = new ArrayList<>(2);
      r.staff().ifPresentOrElse(x -> { }, () -> missing.add("/staff"));
      r.techStaff().ifPresentOrElse(x -> { }, () -> missing.add("/techStaff"));
      return Score.unknown(0, STAFF_MAX, missing);
    }
    return Score.of(ratioScore(s.staffBands().value(), BigDecimal.valueOf(r.techStaff().get()),
        BigDecimal.valueOf(r.staff().get())));
  }

  private static Score rdScore(TechRatingStandard s, TechRatingRequest r) {
    boolean noSales = r.sales().filter(a -> Cny.yuan(a, "sales").signum() == 0).isPresent();
    boolean noCosts = r.costsAndExpenses().filter(a -> Cny.yuan(a, "costsAndExpenses").signum() == 0).isPresent();
    if (noSales && noCosts) {
      // no sales and no costs: neither ratio has a base, which scores nothing, so the score is 0 whatever the R&D
      return Score.of(0);
    }
    if (r.rdExpense().isEmpty()) {
      // a base not given could change the score as the R&D can (R&D of 1% of the sales scores 0 on them, and 50 on
      // costs of three times the R&D, 0 on costs of a hundred times it): each is named with it
      List<String> missing = new ArrayList<>(3);
      missing.add("/rdExpense");
      r.sales().ifPresentOrElse(x -> { }, () -> missing.add("/sales"));
      r.costsAndExpenses().ifPresentOrElse(x -> { }, () -> missing.add("/costsAndExpenses"));
      return Score.unknown(0, RD_MAX, missing);
    }
    BigDecimal rd = Cny.yuan(r.rdExpense().get(), "rdExpense");
    if (rd.signum() == 0) {
      // no R&D: 0 ≥ the lowest band's rate × a base only when the base is 0, which scores nothing; the score is 0
      // whatever the sales and the costs
      return Score.of(0);
    }
    Optional<Integer> bySales = r.sales().map(a -> ratioScore(s.rdToSalesBands().value(), rd, Cny.yuan(a, "sales")));
    Optional<Integer> byCost = r.costsAndExpenses().map(a -> ratioScore(s.rdToCostBands().value(), rd,
        Cny.yuan(a, "costsAndExpenses")));
    int known = Math.max(bySales.orElse(0), byCost.orElse(0));
    if ((bySales.isPresent() && byCost.isPresent()) || known == RD_MAX) {
      return Score.of(known);
    }
    List<String> missing = new ArrayList<>(2);
    bySales.ifPresentOrElse(x -> { }, () -> missing.add("/sales"));
    byCost.ifPresentOrElse(x -> { }, () -> missing.add("/costsAndExpenses"));
    return Score.unknown(known, RD_MAX, missing);
  }

  private static Score ipScore(TechRatingStandard s, TechRatingRequest r) {
    int classOne = s.classOneIpScore().value();
    if (r.classOneIp().isPresent() && r.classOneIp().get() > 0) {
      return Score.of(classOne);
    }
    Optional<Integer> byClassTwo = r.classTwoIp().map(n -> countScore(s.classTwoIpBands().value(), n));
    if (r.classOneIp().isPresent() && byClassTwo.isPresent()) {
      return Score.of(byClassTwo.get());
    }
    List<String> missing = new ArrayList<>(2);
    r.classOneIp().ifPresentOrElse(x -> { }, () -> missing.add("/classOneIp"));
    r.classTwoIp().ifPresentOrElse(x -> { }, () -> missing.add("/classTwoIp"));
    int best = r.classOneIp().isEmpty() ? Math.max(classOne, byClassTwo.orElse(0))
        : countScore(s.classTwoIpBands().value(), Integer.MAX_VALUE);
    return Score.unknown(byClassTwo.orElse(0), best, missing);
  }

  /** The band score of part / whole, compared exactly as part ≥ minimum × whole; a zero whole scores nothing. */
  private static int ratioScore(List<TechRatingBand> bands, BigDecimal part, BigDecimal whole) {
    if (whole.signum() == 0) {
      return 0;
    }
    for (TechRatingBand band : bands) {
      if (part.compareTo(band.minimum().applyTo(whole)) >= 0) {
        return band.score();
      }
    }
    return 0;
  }

  private static int countScore(List<TechRatingCountBand> bands, int count) {
    for (TechRatingCountBand band : bands) {
      if (count >= band.minimum()) {
        return band.score();
      }
    }
    return 0;
  }

  /** A score: its value when known, else the worst and best it can be and the facts that would fix it. */
  record Score(Optional<Integer> value, int worst, int best, List<String> missing) {
    static Score of(int value) {
      return new Score(Optional.of(value), value, value, List.of());
    }

    static Score unknown(int worst, int best, List<String> missing) {
      return new Score(Optional.empty(), worst, best, List.copyOf(missing));
    }

    String text(int max) {
      return value.map(v -> v + " / " + max).orElse(worst + "–" + best + " / " + max + ", missing " + missing);
    }
  }

  /** The decision, the three scores and whether a direct route decided. */
  record Evaluation(TracedCondition.Decision decision, Score staff, Score rd, Score ip, boolean direct) {
  }
}
