package io.github.huiqi.calculators.tax.rd;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.internal.StepTrace;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.money.MoneyRounding;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
import io.github.huiqi.core.result.CapStep;
import io.github.huiqi.core.result.ConditionOutcome;
import io.github.huiqi.core.result.ConditionStep;
import io.github.huiqi.core.result.DefaultUsedStep;
import io.github.huiqi.core.result.Eligibility;
import io.github.huiqi.core.result.Explanation;
import io.github.huiqi.core.result.ExplanationStep;
import io.github.huiqi.core.result.InputStep;
import io.github.huiqi.core.result.Reason;
import io.github.huiqi.core.result.RoundingStep;
import io.github.huiqi.core.result.Verdict;
import io.github.huiqi.core.tax.rd.RdDeductionRate;
import io.github.huiqi.core.tax.rd.RdEnterpriseKind;
import io.github.huiqi.core.tax.rd.RdExcludedIndustry;
import io.github.huiqi.core.tax.rd.RdExpensedCosts;
import io.github.huiqi.core.tax.rd.RdIntangibleAsset;
import io.github.huiqi.core.tax.rd.RdMeasure;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntFunction;
import javax.money.MonetaryAmount;

/**
 * Calculates an enterprise's R&amp;D super deduction (研发费用税前加计扣除) for a tax year: the extra deduction that lowers
 * its taxable income, under a measure such as 深工信〔2023〕26号 第1条 and the national instruments behind it.
 * <p>
 * The tax year and the enterprise's kinds (科技型中小企业, manufacturer, IC / 工业母机) select the most favourable row
 * of the measure's table (see {@link RdMeasure}); an industry on the negative list gets none. The base is gathered
 * as the form A107012 gathers it (see {@code RdBase}), then:
 * <pre>
 *   five                  = personnel + direct inputs + depreciation + intangible amortisation + new-product design,
 *                           of each project (the request's expensedCosts one of them), net of grant-funded costs
 *   other-costs cap       = five × 10% ÷ (1 − 10%), one division rounded half-up to the fen: per project for
 *                           2016–2020 (国家税务总局公告2015年第97号), over all projects from 2021 (2021年第28号)
 *   allowed other         = min(other related costs, cap)                                       (line 34)
 *   own R&amp;D               = five + allowed other                                                  (line 2)
 *   entrusted             = 80% × domestic price + min(80% × overseas-entity price,
 *                           2/3 × (own R&amp;D + 80% × domestic price)) from 2018 (财税〔2018〕64号); overseas
 *                           individuals count nothing                                            (lines 36–39)
 *   eligible base         = own R&amp;D + entrusted − capitalised projects' own R&amp;D                  (line 41)
 *   expensed extra        = extra rate × eligible base, rounded once
 *   per intangible:  base = cost × (100% + extra rate), rounded once; the request's intangibles, and each capitalised
 *                    project's formed in the year (cost = earlier capitalised cost + its own R&amp;D of the year,
 *                    amortised from the month its amortisation starts)
 *                    year amortisation       = cost × (100% + extra) × months in year ÷ period months, rounded once
 *                    year extra amortisation = cost × extra × months in year ÷ period months, rounded once
 *   parts                 = expensed extra + Σ year extra amortisation
 *   total extra deduction = parts, when nothing is taken out; otherwise zero when special income and sold-product
 *                           materials absorb the base (lines 46–49), else max(parts − extra rate × (46 + 48 + 49), 0)
 * </pre>
 * The cap is a single division so that the repeating decimal of {@code x × 10% ÷ 90%} is rounded once, at the fen.
 * Every output is rounded once from exact figures, and the total is the sum of the rounded parts (less what is taken
 * out), so the parts add up to it as on a return. What is taken out is reduced at the tax year's rate (line 50), also
 * when the option below amortises an intangible at another year's. By default the intangibles' rate is the one of
 * the tax year they are amortised in, whenever they were formed (2021年第13号: "自2021年1月1日起，按照无形资产成本的200%在
 * 税前摊销"; decisions register §4.5 item 34); the option {@link RdIntangibleRateYear#YEAR_FORMED} keeps the rate of
 * the year each was formed in instead.
 * <p>
 * The plain form {@link #extraDeduction} returns the total; the explaining form {@link #explainExtraDeduction}
 * returns the verdict, every figure and the cited steps; {@link #explainExtraDeductionJson} is the JSON form.
 * A firm-year view calls {@link #extraDeduction} (or {@code explainExtraDeduction(…).totalExtraDeduction()}) and
 * subtracts it from taxable income before the 小型微利企业 test.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * RdMeasure measure = data.getMeasure(RdMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * RdRequest request = HuiqiJson.read(requestJson, RdRequest.class);
 * MonetaryAmount extra = RdCalculator.DEFAULT.extraDeduction(measure, request);
 * RdResult explained = RdCalculator.DEFAULT.explainExtraDeduction(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = RdCalculator.DEFAULT.explainExtraDeductionJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class RdCalculator {

  /** The calculator. */
  public static final RdCalculator DEFAULT = new RdCalculator();

  private static final String INDUSTRY_FACT = "/industryCode";
  private static final int MONTHS_PER_YEAR = 12;
  private static final Citation RATE_YEAR_DEFAULT = Citation.libraryDefault("decisions register §4.5 item 34",
      "intangibles are amortised at the rate of the tax year the amortisation is deducted in, whenever formed: the "
      + "instruments word the rule from their start date (2021年第13号: 自2021年1月1日起…按照无形资产成本的200%在税前摊销)");
  /**
   * The text of the rate's reason in the plain form, which reads only the verdict and the missing facts: the
   * explaining form builds it with the rate and the kind.
   */
  private static final LocalizedText PLAIN_FORM_TEXT = LocalizedText.of("（条件的文字见说明形式）",
      "(the condition's text is in the explaining form)");

  private RdCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the extra deduction that lowers the enterprise's taxable income for the tax year.
   *
   * @param measure  the measure, such as the built-in {@link RdMeasure#SHENZHEN_2023}
   * @param request  the tax year, the enterprise's facts and its R&amp;D costs
   * @return the total extra deduction in CNY, a whole number of fen, never negative; zero when ineligible
   * @throws InvalidInputException if an argument is null, the measure has no rules for the year (field
   *     {@code taxYear}), or an intangible's months in the year exceed its period (field
   *     {@code intangibles/<i>/monthsInYear})
   * @throws MissingFactsException if the amount depends on an unknown industry or kind, naming the facts
   */
  public MonetaryAmount extraDeduction(RdMeasure measure, RdRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    if (!evaluation.total.isExact()) {
      throw new MissingFactsException(evaluation.eligibility.missingFacts());
    }
    return evaluation.total.maximum();
  }

  /**
   * Calculates the super deduction with the verdict, every figure and the explanation.
   * <p>
   * An unknown industry or kind, where it matters, gives an undetermined verdict naming the facts and a range, never
   * an exception.
   *
   * @param measure  the measure
   * @param request  the tax year, the enterprise's facts and its R&amp;D costs
   * @return the explained result
   * @throws InvalidInputException as for {@link #extraDeduction}
   */
  public RdResult explainExtraDeduction(RdMeasure measure,
      RdRequest request) {
    return explainExtraDeduction(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the super deduction with the verdict, every figure and the explanation.
   * <p>
   * An unknown industry or kind, where it matters, gives an undetermined verdict naming the facts and a range, never
   * an exception.
   *
   * @param measure  the measure
   * @param request  the tax year, the enterprise's facts and its R&amp;D costs
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws InvalidInputException as for {@link #extraDeduction}
   */
  public RdResult explainExtraDeduction(RdMeasure measure,
      RdRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    Optional<Figures> figures = Optional.ofNullable(e.determined);
    MoneyRounding rounding = request.effectiveOptions().rounding().orElse(measure.rounding().value());
    List<RdFormLine> lines = new ArrayList<>(e.base.lines);
    figures.ifPresent(f -> lines.add(new RdFormLine(51, LocalizedText.of("九、本年研发费用加计扣除总额",
        "the year's R&D extra deduction"), Cny.of(f.total), f.rateCitation)));
    lines.sort(Comparator.comparingInt(RdFormLine::line));
    RdResult result = new RdResult(measure.id(), measure.documentStatus(), request.taxYear(), e.eligibility,
        Cny.of(e.base.otherCostsCap), Cny.of(rounding.round(e.base.allowedOther)),
        Cny.of(rounding.round(e.base.expensedExact)), e.appliedKind, figures.map(f -> f.extraRate),
        figures.map(f -> Cny.of(f.expensedExtra)), figures.map(f -> f.intangibles).orElse(List.of()), e.total,
        e.base.projects, lines, new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("tax.rd.extra-deduction", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the super deduction from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link RdRequest} as JSON
   * @return a {@link RdResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, or the year has no rules, naming the JSON
   *     Pointer of the culprit (such as {@code /expensedCosts/personnel} or {@code /taxYear})
   */
  public String explainExtraDeductionJson(RdMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    RdRequest request = HuiqiJson.read(requestJson, RdRequest.class);
    RdResult result;
    try {
      result = explainExtraDeduction(measure, request);
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
    return HuiqiJson.write(result);
  }

  //-------------------------------------------------------------------------
  /**
   * Evaluates the deduction: the one path of the plain form (no explanation steps) and the explaining form. The
   * evaluator of an enterprise profile calls it too.
   */
  Evaluation evaluate(RdMeasure measure, RdRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    int year = request.taxYear();
    if (!measure.hasRulesFor(year)) {
      throw new InvalidInputException("taxYear", year, "must be a tax year the measure has rules for: rows "
          + measure.rates().stream().map(r -> r.taxYears().toString()).toList());
    }
    Optional<MoneyRounding> roundingOption = request.effectiveOptions().rounding();
    MoneyRounding rounding = roundingOption.orElse(measure.rounding().value());
    Optional<RdIntangibleRateYear> rateYearOption = request.effectiveOptions().intangibleRateYear();
    RdIntangibleRateYear rateYear = rateYearOption.orElse(RdIntangibleRateYear.TAX_YEAR);

    recordInputs(request, steps);
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("其他相关费用限额与各项金额的舍入",
        "rounding of the other-costs cap and of each amount"), rounding.toString(), roundingOption.isPresent(),
        measure.rounding().citation()));
    RdBase base = RdBase.gather(measure, request, rounding, steps);
    List<Integer> rateYears = rateYears(measure, request, base.amortised, rateYear);
    if (!base.amortised.isEmpty()) {
      steps.add(() -> new DefaultUsedStep(LocalizedText.of("研发无形资产适用哪一年度的摊销比例",
          "which year's rate R&D intangibles are amortised at"), rateYear.toString(), rateYearOption.isPresent(),
          RATE_YEAR_DEFAULT));
    }

    Eligibility.Collector verdict = new Eligibility.Collector();
    Industry industry = industry(measure, request, verdict, steps);
    Set<RdEnterpriseKind> known = EnumSet.noneOf(RdEnterpriseKind.class);
    Set<RdEnterpriseKind> unknown = EnumSet.noneOf(RdEnterpriseKind.class);
    sortKind(request.techSme(), RdEnterpriseKind.TECH_SME, known, unknown);
    sortKind(request.manufacturing(), RdEnterpriseKind.MANUFACTURING, known, unknown);
    sortKind(request.icOrMachineTool(), RdEnterpriseKind.IC_OR_MACHINE_TOOL, known, unknown);
    recordRows(measure, year, known, unknown, steps);
    Optional<RdDeductionRate> low = measure.bestRate(year, known);
    Set<RdEnterpriseKind> all = EnumSet.copyOf(known);
    all.addAll(unknown);
    Optional<RdDeductionRate> high = measure.bestRate(year, all);
    judgeKinds(measure, year, known, unknown, low, high, verdict, explain);
    judgeIntangibleYears(measure, year, rateYears, known, unknown, verdict);
    Eligibility eligibility = verdict.verdict();

    IntFunction<Rate> lowRates = y -> industry == Industry.CLEAR
        ? measure.bestRate(y, known).map(RdCalculator::extra).orElse(Rate.ZERO) : Rate.ZERO;
    IntFunction<Rate> highRates = y -> industry == Industry.EXCLUDED ? Rate.ZERO
        : measure.bestRate(y, all).map(RdCalculator::extra).orElse(Rate.ZERO);
    Rate lowRate = lowRates.apply(year);
    Rate highRate = highRates.apply(year);
    Optional<RdEnterpriseKind> appliedKind = eligibility.verdict() == Verdict.ELIGIBLE
        ? low.map(RdDeductionRate::kind) : Optional.empty();
    Citation rateCitation = low.or(() -> high).map(r -> r.expensedExtraRate().citation())
        .orElse(measure.otherCostsCapShare().citation());
    if (eligibility.verdict() != Verdict.UNDETERMINED) {
      Figures figures = figures(measure, request, base, rateYears, lowRates, rateCitation, rounding, steps);
      AmountRange total = new AmountRange(Cny.of(figures.total), Cny.of(figures.total));
      return new Evaluation(eligibility, base, appliedKind, figures, total, steps);
    }
    StepTrace none = new StepTrace(false);
    BigDecimal min = figures(measure, request, base, rateYears, lowRates, rateCitation, rounding, none).total;
    BigDecimal max = figures(measure, request, base, rateYears, highRates, rateCitation, rounding, none).total;
    steps.add(() -> new CalculationStep(LocalizedText.of("加计扣除总额（视未知事实而定）",
        "total extra deduction (depending on the unknown facts)"), "extra rate " + lowRate + " .. " + highRate
        + " in " + year + ": total " + min.toPlainString() + " .. " + max.toPlainString(), max, rateCitation));
    return new Evaluation(eligibility, base, Optional.empty(), null,
        new AmountRange(Cny.of(min), Cny.of(max)), steps);
  }

  private static Rate extra(RdDeductionRate row) {
    return row.expensedExtraRate().value();
  }

  /** The tax year whose rate each intangible is amortised at, checked. */
  private static List<Integer> rateYears(RdMeasure measure, RdRequest request, List<RdBase.Amortised> amortised,
      RdIntangibleRateYear rateYear) {
    List<Integer> years = new ArrayList<>();
    for (RdBase.Amortised a : amortised) {
      if (rateYear == RdIntangibleRateYear.TAX_YEAR) {
        years.add(request.taxYear());
        continue;
      }
      String field = a.field() + "/yearFormed";
      Optional<Integer> formed = a.asset().yearFormed();
      if (formed.isEmpty()) {
        throw new InvalidInputException(field, null, "must be given with the option intangibleRateYear "
            + "YEAR_FORMED");
      }
      if (formed.get() > request.taxYear()) {
        throw new InvalidInputException(field, formed.get(), "must not be after the tax year " + request.taxYear());
      }
      if (!measure.hasRulesFor(formed.get())) {
        throw new InvalidInputException(field, formed.get(), "must be a tax year the measure has rules for");
      }
      years.add(formed.get());
    }
    return years;
  }

  private static void sortKind(Optional<Boolean> flag, RdEnterpriseKind kind, Set<RdEnterpriseKind> known,
      Set<RdEnterpriseKind> unknown) {
    if (flag.isEmpty()) {
      unknown.add(kind);
    } else if (flag.get()) {
      known.add(kind);
    }
  }

  private static String fact(RdEnterpriseKind kind) {
    return switch (kind) {
      case TECH_SME -> "/techSme";
      case MANUFACTURING -> "/manufacturing";
      case IC_OR_MACHINE_TOOL -> "/icOrMachineTool";
      case ALL_ELIGIBLE -> throw new IllegalStateException("every enterprise is of kind ALL_ELIGIBLE");
    };
  }

  private static void recordInputs(RdRequest request, StepTrace steps) {
    steps.add(() -> new InputStep(LocalizedText.of("纳税年度", "tax year"), String.valueOf(request.taxYear())));
    steps.add(() -> new InputStep(LocalizedText.of("行业代码（GB/T 4754-2017）", "industry code (GB/T 4754-2017)"),
        request.industryCode().orElse("unknown")));
    steps.add(() -> new InputStep(LocalizedText.of("企业类型：科技型中小企业 / 制造业企业 / 集成电路或工业母机企业",
        "enterprise kinds: tech SME / manufacturer / IC or machine tool"), flag(request.techSme()) + " / "
        + flag(request.manufacturing()) + " / " + flag(request.icOrMachineTool())));
    RdExpensedCosts c = request.expensedCosts();
    steps.add(() -> new InputStep(LocalizedText.of("费用化研发费用：人员人工 / 直接投入 / 折旧 / 无形资产摊销 / 新产品设计等 / "
        + "其他相关费用", "expensed R&D: personnel / direct inputs / depreciation / intangible amortisation / "
        + "new-product design etc. / other related"), String.join(" / ", plain(c.personnel()),
        plain(c.directInputs()), plain(c.depreciation()), plain(c.intangibleAmortisation()),
        plain(c.newProductDesign()), plain(c.otherRelated()))));
    for (int i = 0; i < request.intangibles().size(); i++) {
      RdIntangibleAsset asset = request.intangibles().get(i);
      int index = i;
      steps.add(() -> new InputStep(LocalizedText.of("研发形成的无形资产 #" + index, "R&D intangible #" + index),
          "cost " + plain(asset.cost()) + ", period " + asset.amortisationMonths().map(m -> m + " months")
          .orElse("default") + ", " + asset.monthsInYear() + " months in the year"));
    }
  }

  private static String flag(Optional<Boolean> value) {
    return value.map(String::valueOf).orElse("unknown");
  }

  private static String plain(MonetaryAmount amount) {
    return Cny.yuan(amount, "amount").toPlainString();
  }

  private static Industry industry(RdMeasure measure, RdRequest request,
      Eligibility.Collector verdict, StepTrace steps) {
    Citation listCitation = measure.excludedIndustries().isEmpty() ? measure.otherCostsCapShare().citation()
        : measure.excludedIndustries().get(0).citation();
    LocalizedText condition = LocalizedText.of("行业不属于不适用加计扣除的行业（负面清单）",
        "industry not on the negative list");
    Optional<String> code = request.industryCode();
    if (code.isEmpty()) {
      steps.add(() -> new ConditionStep(condition, ConditionOutcome.UNKNOWN, "industryCode not given",
          listCitation));
      verdict.unknown(INDUSTRY_FACT, new Reason("industry-not-excluded", condition, listCitation));
      return Industry.UNKNOWN;
    }
    Optional<RdExcludedIndustry> excluded = measure.findExclusion(code.get());
    if (excluded.isPresent()) {
      RdExcludedIndustry entry = excluded.get();
      steps.add(() -> new ConditionStep(condition, ConditionOutcome.NOT_MET, code.get() + " ∈ " + entry.code()
          + " " + entry.name().zh(), entry.citation()));
      verdict.failed(new Reason("negative-list-industry", LocalizedText.of("行业属于负面清单：" + entry.name().zh(),
          "industry on the negative list: " + entry.name().en()), entry.citation()));
      return Industry.EXCLUDED;
    }
    Optional<RdExcludedIndustry> possible = measure.findPossibleExclusion(code.get());
    if (possible.isPresent()) {
      RdExcludedIndustry entry = possible.get();
      steps.add(() -> new ConditionStep(condition, ConditionOutcome.UNKNOWN, code.get() + " may or may not be in "
          + entry.code() + " " + entry.name().zh() + ": give a division code", entry.citation()));
      verdict.unknown(INDUSTRY_FACT, new Reason("industry-not-excluded", condition, entry.citation()));
      return Industry.UNKNOWN;
    }
    steps.add(() -> new ConditionStep(condition, ConditionOutcome.MET, code.get() + " ∉ "
        + measure.excludedIndustries().stream().map(RdExcludedIndustry::code).toList(), listCitation));
    verdict.met(new Reason("industry-not-excluded", condition, listCitation));
    return Industry.CLEAR;
  }

  private static void recordRows(RdMeasure measure, int year, Set<RdEnterpriseKind> known,
      Set<RdEnterpriseKind> unknown, StepTrace steps) {
    for (RdDeductionRate row : measure.rates()) {
      if (!row.governs(year)) {
        continue;
      }
      RdEnterpriseKind kind = row.kind();
      ConditionOutcome outcome = kind == RdEnterpriseKind.ALL_ELIGIBLE || known.contains(kind)
          ? ConditionOutcome.MET : unknown.contains(kind) ? ConditionOutcome.UNKNOWN : ConditionOutcome.NOT_MET;
      steps.add(() -> new ConditionStep(LocalizedText.of("适用" + kindZh(kind) + "的加计扣除比例 "
          + row.expensedExtraRate().value() + " / 摊销 " + row.intangibleBaseRate().value(), "row for " + kind
          + ": extra " + row.expensedExtraRate().value() + ", amortisation base " + row.intangibleBaseRate().value()),
          outcome, "tax year " + year + " within " + row.taxYears() + "; the most favourable applicable row applies",
          row.expensedExtraRate().citation()));
    }
  }

  /** A kind of enterprise as a Chinese reader names it (the English text keeps the kind's code). */
  private static String kindZh(RdEnterpriseKind kind) {
    switch (kind) {
      case TECH_SME:
        return "科技型中小企业";
      case MANUFACTURING:
        return "制造业企业";
      case IC_OR_MACHINE_TOOL:
        return "集成电路或工业母机企业";
      default:
        return "一般企业";
    }
  }

  private static void judgeKinds(RdMeasure measure, int year, Set<RdEnterpriseKind> known,
      Set<RdEnterpriseKind> unknown, Optional<RdDeductionRate> low, Optional<RdDeductionRate> high,
      Eligibility.Collector verdict, boolean explain) {
    if (high.isEmpty()) {
      RdDeductionRate any = measure.rates().stream().filter(r -> r.governs(year)).findFirst().orElseThrow();
      verdict.failed(new Reason("no-rate-for-enterprise-kind", LocalizedText.of(year + "年无适用于该类企业的加计扣除比例",
          "no super-deduction rate for this kind of enterprise in " + year), any.expensedExtraRate().citation()));
      return;
    }
    Rate lowRate = low.map(RdCalculator::extra).orElse(Rate.ZERO);
    if (extra(high.get()).compareTo(lowRate) == 0) {
      RdDeductionRate row = low.orElseThrow();
      verdict.met(new Reason("rate-applies", explain ? LocalizedText.of("适用加计扣除比例 " + extra(row) + "（"
          + kindZh(row.kind()) + "）", "extra-deduction rate " + extra(row) + " applies (" + row.kind() + ")")
          : PLAIN_FORM_TEXT, row.expensedExtraRate().citation()));
      return;
    }
    for (RdEnterpriseKind kind : unknown) {
      Set<RdEnterpriseKind> with = EnumSet.copyOf(known);
      with.add(kind);
      Rate rate = measure.bestRate(year, with).map(RdCalculator::extra).orElse(Rate.ZERO);
      if (rate.compareTo(lowRate) != 0) {
        Citation citation = measure.bestRate(year, with).orElseThrow().expensedExtraRate().citation();
        verdict.unknown(fact(kind), new Reason("rate-applies", LocalizedText.of("企业是否属于" + kindZh(kind)
            + "决定加计扣除比例", "whether the enterprise is " + kind + " decides the rate"), citation));
      }
    }
  }

  /** Names the unknown kinds that change the rate of an intangible's year other than the tax year. */
  private static void judgeIntangibleYears(RdMeasure measure, int taxYear, List<Integer> rateYears,
      Set<RdEnterpriseKind> known, Set<RdEnterpriseKind> unknown, Eligibility.Collector verdict) {
    if (unknown.isEmpty() || rateYears.isEmpty()) {
      return;   // no kind to name, or no intangible
    }
    Set<RdEnterpriseKind> named = EnumSet.noneOf(RdEnterpriseKind.class);
    Set<RdEnterpriseKind> all = EnumSet.copyOf(known);
    all.addAll(unknown);
    named.addAll(kindsThatMatter(measure, taxYear, known, unknown));
    for (int i = 0; i < rateYears.size(); i++) {
      int year = rateYears.get(i);
      if (rateYears.indexOf(year) < i) {
        continue;   // each year once
      }
      for (RdEnterpriseKind kind : kindsThatMatter(measure, year, known, unknown)) {
        if (named.add(kind)) {
          Citation citation = measure.bestRate(year, all).orElseThrow().expensedExtraRate().citation();
          verdict.unknown(fact(kind), new Reason("rate-applies", LocalizedText.of("企业是否属于" + kindZh(kind)
              + "决定" + year + "年形成的无形资产的摊销比例", "whether the enterprise is " + kind
              + " decides the amortisation rate of an intangible formed in " + year), citation));
        }
      }
    }
  }

  private static List<RdEnterpriseKind> kindsThatMatter(RdMeasure measure, int year,
      Set<RdEnterpriseKind> known, Set<RdEnterpriseKind> unknown) {
    Rate base = measure.bestRate(year, known).map(RdCalculator::extra).orElse(Rate.ZERO);
    List<RdEnterpriseKind> matter = new ArrayList<>();
    for (RdEnterpriseKind kind : unknown) {
      Set<RdEnterpriseKind> with = EnumSet.copyOf(known);
      with.add(kind);
      if (measure.bestRate(year, with).map(RdCalculator::extra).orElse(Rate.ZERO)
          .compareTo(base) != 0) {
        matter.add(kind);
      }
    }
    return matter;
  }

  private static Figures figures(RdMeasure measure, RdRequest request, RdBase base, List<Integer> rateYears,
      IntFunction<Rate> rates, Citation rateCitation, MoneyRounding rounding, StepTrace steps) {
    Rate extraRate = rates.apply(request.taxYear());
    BigDecimal exactExtra = extraRate.applyTo(base.expensedExact);
    BigDecimal expensedExtra = rounding.round(exactExtra);
    steps.add(() -> new CalculationStep(LocalizedText.of("费用化研发费用加计扣除额", "extra deduction on expensed R&D"),
        rounding.round(base.expensedExact).toPlainString() + " × " + extraRate, exactExtra, rateCitation));
    steps.add(() -> new RoundingStep(exactExtra, expensedExtra, rounding, measure.rounding().citation()));
    List<RdIntangibleDeduction> intangibles = new ArrayList<>();
    BigDecimal total = expensedExtra;
    for (int i = 0; i < base.amortised.size(); i++) {
      RdBase.Amortised amortised = base.amortised.get(i);
      RdIntangibleAsset asset = amortised.asset();
      int period = amortised.period();
      int index = i;
      Rate assetExtra = rates.apply(rateYears.get(i));
      int rateYear = rateYears.get(i);
      Rate baseRate = Rate.ONE_HUNDRED_PERCENT.plus(assetExtra);
      if (asset.amortisationMonths().isEmpty()) {
        steps.add(() -> new CalculationStep(LocalizedText.of("无形资产 #" + index + " 摊销期（月，未给出，取默认年限）",
            "intangible #" + index + ": amortisation period in months (none given: the default years)"),
            measure.defaultAmortisationYears().value() + " × " + MONTHS_PER_YEAR, BigDecimal.valueOf(period),
            measure.defaultAmortisationYears().citation()));
      }
      BigDecimal cost = Cny.yuan(asset.cost(), "cost");
      BigDecimal months = BigDecimal.valueOf(asset.monthsInYear());
      BigDecimal divisor = BigDecimal.valueOf(period);
      BigDecimal amortisationBase = rounding.round(baseRate.applyTo(cost));
      BigDecimal year = baseRate.applyTo(cost).multiply(months).divide(divisor, rounding.scale(), rounding.mode());
      BigDecimal yearExtra = assetExtra.applyTo(cost).multiply(months)
          .divide(divisor, rounding.scale(), rounding.mode());
      steps.add(() -> new CalculationStep(LocalizedText.of("无形资产 #" + index + " 本年摊销额（其中加计部分 "
          + yearExtra.toPlainString() + "）", "intangible #" + index + ": the year's amortisation (extra part "
          + yearExtra.toPlainString() + ")"), cost.toPlainString() + " × " + baseRate + " × " + months + " ÷ "
          + period + ", rounded " + rounding, year, rateYear == request.taxYear() ? rateCitation
          : citationOf(measure, rateYear, assetExtra, rateCitation)));
      intangibles.add(new RdIntangibleDeduction(asset.cost(), baseRate, period, asset.monthsInYear(),
          Cny.of(amortisationBase), Cny.of(year), Cny.of(yearExtra)));
      total = total.add(yearExtra);
    }
    BigDecimal parts = total;
    steps.add(() -> new CalculationStep(LocalizedText.of("加计扣除额（抵减前）", "extra deduction before what is taken "
        + "out"), "expensed extra + Σ intangibles' extra amortisation", parts, rateCitation));
    total = offset(measure, base, parts, extraRate, rounding, steps);
    BigDecimal sum = total;
    steps.add(() -> new CalculationStep(LocalizedText.of("加计扣除总额（调减应纳税所得额，A107012 第51行）",
        "total extra deduction (lowers taxable income; A107012 line 51)"), base.offsets.signum() == 0
        ? "expensed extra + Σ intangibles' extra amortisation" : "as above, less the rate on what is taken out",
        sum, rateCitation));
    return new Figures(extraRate, expensedExtra, List.copyOf(intangibles), sum, rateCitation);
  }

  /**
   * Takes special income and sold-product materials out of the deduction (A107012 lines 46 to 51): nothing when the
   * base absorbs none of them, otherwise the parts less the rate on what is taken out, never below zero.
   */
  private static BigDecimal offset(RdMeasure measure, RdBase base, BigDecimal parts, Rate extraRate,
      MoneyRounding rounding, StepTrace steps) {
    if (base.offsets.signum() == 0) {
      return parts;
    }
    if (base.net.signum() <= 0) {
      steps.add(() -> new CalculationStep(LocalizedText.of("抵减后无可加计扣除的研发费用", "nothing left to deduct "
          + "after what is taken out"), "line 47 − line 48 − line 49 = " + base.net.toPlainString() + " ≤ 0", 
          BigDecimal.ZERO, measure.base().soldProductMaterials()));
      return BigDecimal.ZERO;
    }
    BigDecimal reduction = rounding.round(extraRate.applyTo(base.offsets));
    BigDecimal after = parts.subtract(reduction).max(BigDecimal.ZERO);
    steps.add(() -> new CalculationStep(LocalizedText.of("扣减特殊收入与销售研发产品材料费用对应的加计扣除额",
        "less the rate on special income and sold-product materials"), parts.toPlainString() + " − "
        + base.offsets.toPlainString() + " × " + extraRate + " (rounded " + reduction.toPlainString() + ")", after,
        measure.base().specialIncome()));
    return after;
  }

  /** The citation of the row of another year with the rate applied, for the explanation. */
  private static Citation citationOf(RdMeasure measure, int year, Rate extraRate, Citation fallback) {
    return measure.rates().stream()
        .filter(r -> r.governs(year) && r.expensedExtraRate().value().compareTo(extraRate) == 0)
        .findFirst().map(r -> r.intangibleBaseRate().citation()).orElse(fallback);
  }

  //-------------------------------------------------------------------------
  /** Whether the industry is on the negative list. */
  private enum Industry {
    CLEAR, EXCLUDED, UNKNOWN
  }

  /** The amounts under one extra rate. */
  private record Figures(Rate extraRate, BigDecimal expensedExtra, List<RdIntangibleDeduction> intangibles,
      BigDecimal total, Citation rateCitation) {
  }


  /**
   * The verdict, the base, the kind applied, the figures when determined, the total and the steps. In the plain form
   * the reason of the rate that applies carries its code and citation, and its text only in the explaining form.
   */
  record Evaluation(Eligibility eligibility, RdBase base, Optional<RdEnterpriseKind> appliedKind,
      Figures determined, AmountRange total, StepTrace steps) {
  }
}
