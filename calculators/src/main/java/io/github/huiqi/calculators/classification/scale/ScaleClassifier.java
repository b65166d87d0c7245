package io.github.huiqi.calculators.classification.scale;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.audit.MeasureIdentity;
import io.github.huiqi.core.classification.scale.ScaleCategory;
import io.github.huiqi.core.classification.scale.ScaleIndustryRule;
import io.github.huiqi.core.classification.scale.ScaleServiceTier;
import io.github.huiqi.core.classification.scale.ScaleStandard;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.InputStep;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Tests whether a unit is above designated size ("四上") in a year, by the national statistics bureau's entry rules
 * ({@link ScaleStandard}): 规模以上工业 from 主营业务收入 ≥ 20,000,000 since 2011 (≥ 5,000,000 in 2007-2010; in
 * 1998-2006 every state-owned firm and the others from 5,000,000); 限额以上 wholesale ≥ 20,000,000, retail
 * ≥ 5,000,000, accommodation and catering ≥ 2,000,000; 规模以上服务业 by sector, ≥ 20,000,000 (G, I, N, Q84),
 * ≥ 10,000,000 (L, M, P, K702, K703, K704, K709) or ≥ 5,000,000 (O, R, Q85); construction (E) and real-estate
 * development (K701) when the unit holds its qualification. Every threshold is inclusive.
 * <p>
 * A code too coarse to name one category is tested under every category or tier it may fall in (decisions register
 * §4.6 item 140): {@code F} as 批发业 F51 and 零售业 F52, {@code H} as 住宿业 H61 and 餐饮业 H62, {@code K} and
 * {@code K70} as 房地产开发经营 K701 and the 10,000,000 tier (K702-K709), {@code Q} as 卫生 Q84 and 社会工作 Q85. When
 * all give the same answer it is the answer ({@code F} with 25,000,000 is 限额以上 either way); otherwise the result is
 * undetermined, naming {@code /industryCode} beside any fact open under a category ({@link ScaleResult#alternatives}
 * lists each). Every GB/T 4754-2017 code under these is inside the databases; agriculture A, finance J, public
 * administration S and international organisations T are not, and stay an error. A host's standard that gives a
 * longer prefix inside a tier's a tier of its own (G60 inside G) has the shorter code tried under both.
 * <p>
 * The plain form {@link #isAboveScale} answers; the explaining form {@link #explainAboveScale} gives the category,
 * threshold and steps:
 * <pre>{@code
 * ScaleStandard standard = ScaleStandard.builtIn();
 * boolean above = ScaleClassifier.DEFAULT.isAboveScale(standard, ScaleRequest.of("C3484", 2023, Cny.of("20000000")));
 * }</pre>
 * "First entry" into a database is decided from a history of these yearly statuses: see
 * {@link ScaleUpRewardCalculator}. This class is immutable and thread-safe: no clock, no I/O, no state.
 */
public final class ScaleClassifier {

  /** The classifier. */
  public static final ScaleClassifier DEFAULT = new ScaleClassifier();

  private ScaleClassifier() {
  }

  /**
   * Tests a unit: the fast form.
   *
   * @param standard  the rules, such as {@link ScaleStandard#builtIn()}
   * @param request  the unit's industry, year and facts
   * @return true if above designated size
   * @throws InvalidInputException if an argument is null, the industry is outside the bureau's databases (such as
   *     agriculture A or finance J), naming {@code industryCode}, or no rule covers the year (for a coarse code, the
   *     rule of any category it may fall in), naming {@code year}
   * @throws MissingFactsException naming {@code /revenue}, {@code /qualificationHeld} or {@code /stateOwned} when the
   *     answer depends on it, and {@code /industryCode} when a code too coarse to name one category (such as
   *     {@code F}) leaves the answer open between the categories it may fall in
   */
  public boolean isAboveScale(ScaleStandard standard, ScaleRequest request) {
    ScaleResult result = evaluate(standard, request, false);
    if (result.aboveScale().isEmpty()) {
      throw new MissingFactsException(result.missingFacts());
    }
    return result.aboveScale().get();
  }

  /**
   * Tests a unit with the category, threshold and explanation.
   *
   * @param standard  the rules
   * @param request  the unit's industry, year and facts
   * @return the explained result, undetermined (with the facts missing) where the plain form throws
   *     {@link MissingFactsException}
   * @throws InvalidInputException as {@link #isAboveScale}
   */
  public ScaleResult explainAboveScale(ScaleStandard standard, ScaleRequest request) {
    ScaleResult result = evaluate(standard, request, true);
    return result.withReceipt(CalculatorReceipts.issue("classification.scale.above-scale",
        MeasureIdentity.ofStandard("above-scale-standard", ScaleStandard.RESOURCE, standard), request, result));
  }

  /**
   * Tests a unit from a JSON request and returns the explained result as JSON.
   *
   * @param standard  the rules
   * @param requestJson  a {@link ScaleRequest} as JSON
   * @return a {@link ScaleResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, naming the JSON Pointer of the culprit
   */
  public String explainAboveScaleJson(ScaleStandard standard, String requestJson) {
    Args.notNull(standard, "standard");
    ScaleRequest request = HuiqiJson.read(requestJson, ScaleRequest.class);
    try {
      return HuiqiJson.write(explainAboveScale(standard, request));
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
  }

  /**
   * Returns the category of a GB/T 4754-2017 code.
   *
   * @param standard  the rules (for the service tiers)
   * @param code  the code
   * @return the category
   * @throws InvalidInputException naming {@code industryCode} if the code is outside the databases or too coarse to
   *     name one category (such as {@code F}: the tests of {@link #isAboveScale} try each category it may fall in)
   */
  public static ScaleCategory categoryOf(ScaleStandard standard, String code) {
    Args.notNull(standard, "standard");
    Args.notNull(code, "industryCode");
    Optional<ScaleCategory> category = categoryIfNamed(standard, code);
    if (category.isPresent()) {
      return category.get();
    }
    if (!ScaleCoarseCodes.finerCodes(code).isEmpty()) {
      throw new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "industryCode", code,
          "is too coarse to name one category of the 四上 databases (F, H, K, K70 and Q each span several: the "
              + "test of a unit tries each category the code may fall in)",
          "代码过粗，可能属于“四上”统计的多个类别", null);
    }
    throw outside(code);
  }

  /** The category a code names, empty when it names none (outside the databases, or too coarse). */
  static Optional<ScaleCategory> categoryIfNamed(ScaleStandard standard, String code) {
    char section = code.charAt(0);
    if (section == 'B' || section == 'C' || section == 'D') {
      return Optional.of(ScaleCategory.INDUSTRY);
    }
    if (section == 'E') {
      return Optional.of(ScaleCategory.CONSTRUCTION);
    }
    if (code.startsWith("F51")) {
      return Optional.of(ScaleCategory.WHOLESALE);
    }
    if (code.startsWith("F52")) {
      return Optional.of(ScaleCategory.RETAIL);
    }
    if (code.startsWith("H61")) {
      return Optional.of(ScaleCategory.ACCOMMODATION);
    }
    if (code.startsWith("H62")) {
      return Optional.of(ScaleCategory.CATERING);
    }
    if (code.startsWith("K701")) {
      return Optional.of(ScaleCategory.REAL_ESTATE_DEVELOPMENT);
    }
    if (standard.serviceTierOf(code).isPresent()) {
      return Optional.of(ScaleCategory.SERVICES);
    }
    return Optional.empty();
  }

  static InvalidInputException outside(String code) {
    return new InvalidInputException(InvalidInputException.UNKNOWN_VALUE, "industryCode", code,
        "names no category of the 四上 databases (agriculture A, finance J, public administration S, international "
            + "organisations T, or a code no rule lists)",
        "不对应“四上”统计的行业", null);
  }

  //-------------------------------------------------------------------------
  ScaleResult evaluate(ScaleStandard standard, ScaleRequest request, boolean explain) {
    Args.notNull(standard, "standard");
    Args.notNull(request, "request");
    String code = request.industryCode();
    StepTrace steps = new StepTrace(explain);
    List<String> under = ScaleCoarseCodes.codesUnder(standard, code);
    if (under.isEmpty()) {
      throw outside(code);
    }
    if (under.size() == 1 && under.get(0).equals(code)) {
      return evaluate(standard, categoryIfNamed(standard, code).orElseThrow(), code, under, request, steps);
    }
    // a coarse code: each category it may fall in (decisions register §4.6 item 140)
    return ScaleCoarseCodes.evaluateAcross(standard, request, under, steps);
  }

  /**
   * Tests a unit under one category: {@code given} is the request's code, {@code codes} the codes under it that fall
   * in the category (the code itself when it names one), the first read for the service tier.
   */
  static ScaleResult evaluate(ScaleStandard standard, ScaleCategory category, String given, List<String> codes,
      ScaleRequest request, StepTrace steps) {
    boolean fine = codes.size() == 1 && codes.get(0).equals(given);
    String zh = fine ? given : given + " → " + String.join("、", codes);
    String en = fine ? given : given + " → " + String.join(", ", codes);
    steps.add(() -> new InputStep(LocalizedText.of("统计类别（" + zh + "）：" + category.label().zh(),
        "category (" + en + "): " + category.label().en()), category.name()));
    Optional<BigDecimal> revenue = request.revenue().map(a -> Cny.yuan(a, "revenue"));
    switch (category) {
      case CONSTRUCTION:
        return qualification(category, request, standard.construction(), steps);
      case REAL_ESTATE_DEVELOPMENT:
        return qualification(category, request, standard.realEstateDevelopment(), steps);
      case INDUSTRY:
        return industry(standard, request, revenue, steps);
      default:
        Parameter<MonetaryAmount> threshold = threshold(standard, category, codes.get(0));
        valid(threshold, request.year());
        return revenueTest(category, request.year(), revenue, threshold.value(), threshold.citation(), steps);
    }
  }

  private static Parameter<MonetaryAmount> threshold(ScaleStandard standard, ScaleCategory category, String code) {
    switch (category) {
      case WHOLESALE:
        return standard.wholesale();
      case RETAIL:
        return standard.retail();
      case ACCOMMODATION:
        return standard.accommodation();
      case CATERING:
        return standard.catering();
      default:
        Parameter<ScaleServiceTier> tier = standard.serviceTierOf(code).orElseThrow();
        return Parameter.of(tier.value().minimumRevenue(), tier.citation(), tier.validity());
    }
  }

  private static void valid(Parameter<?> parameter, int year) {
    if (!parameter.isValidOn(LocalDate.of(year, 12, 31))) {
      throw new InvalidInputException("year", year, "is not covered by the rule " + parameter.citation().label()
          + " (valid " + parameter.validity() + ")");
    }
  }

  private static ScaleResult industry(ScaleStandard standard, ScaleRequest request, Optional<BigDecimal> revenue,
      StepTrace steps) {
    Parameter<ScaleIndustryRule> rule = standard.industryRule(request.year()).orElseThrow(() ->
        new InvalidInputException("year", request.year(), "is before the earliest 规模以上工业 rule"));
    ScaleResult byRevenue = revenueTest(ScaleCategory.INDUSTRY, request.year(), revenue,
        rule.value().minimumRevenue(), rule.citation(), steps);
    if (!rule.value().allStateOwned() || byRevenue.aboveScale().orElse(false)) {
      return byRevenue;
    }
    // 1998-2006: every state-owned industrial enterprise, whatever its revenue
    Optional<Boolean> stateOwned = request.stateOwned();
    steps.add(() -> new ConditionStep(LocalizedText.of("国有工业企业（全部纳入）", "a state-owned industrial enterprise "
        + "(all included)"), outcome(stateOwned), "stateOwned" + stateOwned.map(v -> " = " + v).orElse(" not given"),
        rule.citation()));
    if (stateOwned.isPresent() && stateOwned.get()) {
      return result(ScaleCategory.INDUSTRY, request.year(), Optional.of(true), rule.value().minimumRevenue(),
          List.of(), steps);
    }
    if (stateOwned.isEmpty()) {
      List<String> missing = byRevenue.aboveScale().isEmpty() ? List.of("/revenue", "/stateOwned")
          : List.of("/stateOwned");
      return result(ScaleCategory.INDUSTRY, request.year(), Optional.empty(), rule.value().minimumRevenue(), missing,
          steps);
    }
    // not state-owned: the revenue test decides, and the explanation keeps the state-owned condition it failed
    return result(ScaleCategory.INDUSTRY, request.year(), byRevenue.aboveScale(), rule.value().minimumRevenue(),
        byRevenue.missingFacts(), steps);
  }

  private static ScaleResult revenueTest(ScaleCategory category, int year, Optional<BigDecimal> revenue,
      MonetaryAmount threshold, Citation citation, StepTrace steps) {
    BigDecimal minimum = Cny.yuan(threshold, "threshold");
    Optional<Boolean> above = revenue.map(r -> r.compareTo(minimum) >= 0);
    steps.add(() -> new ConditionStep(LocalizedText.of(year + "年收入不低于 " + minimum.toPlainString() + " 元",
        year + " revenue at least CNY " + minimum.toPlainString()), outcome(above),
        "revenue" + revenue.map(r -> " = " + r.toPlainString()).orElse(" not given"), citation));
    return result(category, year, above, threshold, above.isEmpty() ? List.of("/revenue") : List.of(), steps);
  }

  private static ScaleResult qualification(ScaleCategory category, ScaleRequest request, Citation citation,
      StepTrace steps) {
    Optional<Boolean> held = request.qualificationHeld();
    steps.add(() -> new ConditionStep(LocalizedText.of("持有资质", "qualification held"), outcome(held),
        "qualificationHeld" + held.map(v -> " = " + v).orElse(" not given"), citation));
    return new ScaleResult(category, request.year(), held, Optional.empty(),
        held.isEmpty() ? List.of("/qualificationHeld") : List.of(), new Explanation(steps.list()));
  }

  private static ScaleResult result(ScaleCategory category, int year, Optional<Boolean> above,
      MonetaryAmount threshold, List<String> missing, StepTrace steps) {
    return new ScaleResult(category, year, above, Optional.of(threshold), missing, new Explanation(steps.list()));
  }

  private static ConditionOutcome outcome(Optional<Boolean> value) {
    return value.isEmpty() ? ConditionOutcome.UNKNOWN : value.get() ? ConditionOutcome.MET : ConditionOutcome.NOT_MET;
  }
}
