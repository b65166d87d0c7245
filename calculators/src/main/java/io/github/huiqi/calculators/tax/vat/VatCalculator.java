package io.github.huiqi.calculators.tax.vat;

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
import io.github.huiqi.core.policy.Parameter;
import io.github.huiqi.core.rates.Rate;
import io.github.huiqi.core.result.AmountRange;
import io.github.huiqi.core.result.CalculationStep;
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
import io.github.huiqi.core.tax.vat.VatFilingPeriod;
import io.github.huiqi.core.tax.vat.VatLevy;
import io.github.huiqi.core.tax.vat.VatMeasure;
import io.github.huiqi.core.tax.vat.VatRegime;
import io.github.huiqi.core.tax.vat.VatRegionalLevy;
import io.github.huiqi.core.tax.vat.VatSalesBasis;
import io.github.huiqi.core.time.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;

/**
 * Calculates a small-scale VAT taxpayer's VAT for one filing period under the small-scale relief, such as
 * 深工信〔2023〕26号 第1条 and the national instruments behind it, and the amount the relief saves.
 * <p>
 * The period (a calendar month for a monthly filer, a quarter for a quarterly filer) selects the row of the measure's
 * dated table that governs it: the exemption threshold (100,000 a month / 300,000 a quarter, or 150,000 / 450,000 in
 * 2021-04..2022-12) and the levy on 3%-rate sales (3%; 1% in 2020-03..2022-03 outside Hubei and in 2023–2027; exempt
 * in 2022-04..2022-12; Hubei exempt in 2020-03..2021-03 and 1% in 2021-04..2022-03). Then:
 * <pre>
 *   sales         = given, or gross ÷ (1 + levy rate) rounded half-up to the fen when VAT-inclusive
 *   tested        = sales + special-invoice sales (by default) + immovable-property sales
 *   if tested ≤ threshold:                               everything but special-invoice sales exempt
 *   else if tested − immovable-property sales ≤ threshold: sales exempt, property VAT due
 *   else:                                                 sales × levy rate (0 if the levy exempts), property VAT due
 *   VAT due       = that + special-invoice sales × invoice rate, rounded half-up to the fen once
 *   standard VAT  = (sales converted at 3% + special-invoice sales) × 3% + property VAT, rounded once
 *   amount saved  = standard VAT − VAT due
 * </pre>
 * Above the threshold the whole period's sales are taxed, not the excess. The immovable-property rule follows
 * 国家税务总局公告2023年第1号 第一条: a period whose total is within the threshold is
 * exempt as a whole; one that exceeds it only because of property sales keeps the rest exempt. Special-invoice sales
 * are never exempt (decisions register §4.5 item 32).
 * <p>
 * A period must lie within the table, which the built-in data fills for 2019-01..2027-12; a period outside it is
 * rejected as bad input naming {@code period}. A period normally lies within one row. The one quarter whose levy
 * changes within it, 2020-Q1 (3% in January and February; from March 1% outside Hubei and exempt in Hubei, 财政部
 * 税务总局公告2020年第13号), is worked out under each row's rules in turn as if the whole quarter fell under it: both rows
 * exempt a quarter whose sales are within the quarter's threshold (300,000, 国家税务总局公告2019年第4号 in both), so
 * when every row exempts the sales and gives the same VAT due, that is the quarter's VAT, however its sales fall across
 * the months (decisions register §4.6 item 84). Above the threshold the levy on each month's sales differs and the
 * request does not split them by month, so such a quarter (and one whose special-invoice sales are taxed at the
 * month's levy, no {@code specialInvoiceRate} given) is still rejected naming {@code period}.
 * <p>
 * The plain forms {@link #vatDue} and {@link #amountSaved} return one amount; the explaining form
 * {@link #explainVatDue} returns the verdict, both amounts, the levy and threshold applied and the cited steps. All
 * take the measure as an argument, so a host can pass its own table.
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * PolicyData data = PolicyData.builtIn();
 * VatMeasure measure = data.getMeasure(VatMeasure.SHENZHEN_2023);
 * // the request: read from JSON here, or built in Java
 * VatRequest request = HuiqiJson.read(requestJson, VatRequest.class);
 * MonetaryAmount due = VatCalculator.DEFAULT.vatDue(measure, request);
 * VatResult explained = VatCalculator.DEFAULT.explainVatDue(measure, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = VatCalculator.DEFAULT.explainVatDueJson(measure, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class VatCalculator {

  /** The calculator. */
  public static final VatCalculator DEFAULT = new VatCalculator();

  private static final String REGION_FACT = "/taxpayerRegionCode";
  private static final int TRACE_SCALE = 8;

  private VatCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the VAT due for a filing period.
   *
   * @param measure  the measure, such as the built-in {@link VatMeasure#SHENZHEN_2023}
   * @param request  the period and its sales
   * @return the VAT due in CNY, rounded half-up to the fen; zero when exempt
   * @throws InvalidInputException if an argument is null, the measure has no rules for the whole period (field
   *     {@code period}), or the special-invoice rate exceeds the standard rate (field {@code specialInvoiceRate})
   * @throws MissingFactsException if the amount depends on the taxpayer's region and it was not given
   */
  public MonetaryAmount vatDue(VatMeasure measure, VatRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    return exact(evaluation.vatDue, evaluation);
  }

  /**
   * Calculates the VAT the relief saves for a filing period against the standard 3% levy rate with no exemption.
   *
   * @param measure  the measure
   * @param request  the period and its sales
   * @return the amount saved in CNY, to the fen, never negative
   * @throws InvalidInputException as for {@link #vatDue}
   * @throws MissingFactsException if the amount depends on the taxpayer's region and it was not given
   */
  public MonetaryAmount amountSaved(VatMeasure measure, VatRequest request) {
    Evaluation evaluation = evaluate(measure, request, false);
    return exact(evaluation.amountSaved, evaluation);
  }

  /**
   * Calculates the VAT due for a filing period with the amount saved, the verdict and the explanation.
   * <p>
   * A missing region, where it matters, gives an undetermined verdict naming {@code /taxpayerRegionCode} and ranges,
   * never an exception.
   *
   * @param measure  the measure
   * @param request  the period and its sales
   * @return the explained result
   * @throws InvalidInputException as for {@link #vatDue}
   */
  public VatResult explainVatDue(VatMeasure measure, VatRequest request) {
    return explainVatDue(measure, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the VAT due for a filing period with the amount saved, the verdict and the explanation.
   * <p>
   * A missing region, where it matters, gives an undetermined verdict naming {@code /taxpayerRegionCode} and ranges,
   * never an exception.
   *
   * @param measure  the measure
   * @param request  the period and its sales
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     records its own input, such as a book run
   * @return the explained result
   * @throws InvalidInputException as for {@link #vatDue}
   */
  public VatResult explainVatDue(VatMeasure measure, VatRequest request, ReceiptChoice receipt) {
    Args.notNull(receipt, "receipt");
    Evaluation e = evaluate(measure, request, true);
    Optional<Assessment> only = e.assessments.size() == 1 ? Optional.of(e.assessments.get(0)) : Optional.empty();
    VatResult result = new VatResult(measure.id(), measure.documentStatus(), request.period(), e.eligibility,
        e.periods, e.threshold,
        only.map(a -> a.levy),
        only.map(a -> Cny.of(a.sales)),
        only.map(a -> Cny.of(a.tested)),
        only.map(a -> a.within),
        e.vatDue, Cny.of(e.standardVat), e.amountSaved, new Explanation(e.steps.list()));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("tax.vat.vat-due", List.of(measure), request, Optional.empty(), result));
  }

  /**
   * Calculates the VAT due from a JSON request and returns the explained result as JSON.
   *
   * @param measure  the measure
   * @param requestJson  a {@link VatRequest} as JSON
   * @return a {@link VatResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, or the period has no rules, naming the JSON
   *     Pointer of the culprit (such as {@code /period/quarter} or {@code /period})
   */
  public String explainVatDueJson(VatMeasure measure, String requestJson) {
    Args.notNull(measure, "measure");
    VatRequest request = HuiqiJson.read(requestJson, VatRequest.class);
    VatResult result;
    try {
      result = explainVatDue(measure, request);
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
    return HuiqiJson.write(result);
  }

  //-------------------------------------------------------------------------
  private static MonetaryAmount exact(AmountRange range, Evaluation evaluation) {
    if (!range.isExact()) {
      throw new MissingFactsException(evaluation.eligibility.missingFacts());
    }
    return range.maximum();
  }

  /**
   * Evaluates a period: the one path of the plain forms (no explanation steps) and the explaining form. The
   * evaluator of an enterprise profile calls it too.
   */
  Evaluation evaluate(VatMeasure measure, VatRequest request, boolean explain) {
    Args.notNull(measure, "measure");
    Args.notNull(request, "request");
    StepTrace steps = new StepTrace(explain);
    Optional<VatRegime> governing = measure.findRegime(request.period());
    if (governing.isPresent()) {
      return evaluateIn(measure, governing.get(), request, steps);
    }
    return acrossRows(measure, request, steps);
  }

  /**
   * Evaluates a period of a quarterly filer whose rules change within it (2020-Q1) under each row's rules in turn,
   * as if the whole period fell under it: its VAT when every row exempts the sales and gives the same VAT due, which
   * then does not depend on how the sales fall across the months (decisions register §4.6 item 84); otherwise bad
   * input naming {@code period}.
   */
  private static Evaluation acrossRows(VatMeasure measure, VatRequest request, StepTrace steps) {
    VatFilingPeriod period = request.period();
    List<VatRegime> rows = measure.regimes().stream().filter(regime -> regime.overlaps(period)).toList();
    if (!covered(rows, period)) {
      throw noRules(measure, period);
    }
    BigDecimal threshold = Cny.yuan(rows.get(0).exemptionThreshold(period.frequency()).value(), "exemptionThreshold");
    for (VatRegime row : rows) {
      if (Cny.yuan(row.exemptionThreshold(period.frequency()).value(), "exemptionThreshold")
          .compareTo(threshold) != 0) {
        throw acrossRowsRefused(period, rows, "the rows' exemption thresholds differ");
      }
    }
    String spans = rows.stream().map(row -> row.periods().toString()).toList().toString();
    Citation acrossCite = Citation.libraryDefault("decisions register §4.6 item 84",
        "a quarter across a change of rules: each row's rules applied to the whole quarter");
    steps.add(() -> new ConditionStep(LocalizedText.of("申报期跨越政策表的多行，按各行规则分别计算整个申报期",
        "filing period across rows of the table, the whole period worked out under each row's rules"),
        ConditionOutcome.MET, period + " (" + period.dates() + ") across " + spans, acrossCite));
    List<Evaluation> each = new ArrayList<>(rows.size());
    for (VatRegime row : rows) {
      steps.add(() -> new InputStep(LocalizedText.of("—— 按 " + row.periods() + " 的规则", "—— under the rules of "
          + row.periods()), period.toString()));
      each.add(evaluateIn(measure, row, request, steps));
    }
    List<Assessment> assessments = new ArrayList<>();
    each.forEach(evaluation -> assessments.addAll(evaluation.assessments));
    BigDecimal due = assessments.get(0).due;
    for (Assessment assessment : assessments) {
      if (!assessment.salesExempt) {
        throw acrossRowsRefused(period, rows, "the sales are above the threshold " + threshold.toPlainString()
            + " under the rules of a row, so their VAT depends on the levy of each month they fall in");
      }
      if (assessment.due.compareTo(due) != 0) {
        throw acrossRowsRefused(period, rows, "the VAT due differs between the rows (special-invoice sales taxed "
            + "at the levy rate of the month: give specialInvoiceRate)");
      }
    }
    // the same receipts with no relief: the standard rate is the measure's, so every row gives the same figure
    BigDecimal standardVat = each.get(0).standardVat;
    BigDecimal saved = standardVat.subtract(due).max(BigDecimal.ZERO.setScale(due.scale()));
    Evaluation regional = each.stream().filter(evaluation -> evaluation.assessments.size() > 1).findFirst()
        .orElse(null);
    Eligibility eligibility = regional != null ? regional.eligibility
        : new Eligibility(Verdict.ELIGIBLE, reasons(assessments), List.of());
    steps.add(() -> new CalculationStep(LocalizedText.of("各行规则下应纳增值税相同：本申报期应纳增值税",
        "the same VAT due under every row's rules: the period's VAT due"), due.toPlainString(), due, acrossCite));
    DateRange span = DateRange.of(rows.get(0).periods().start(), rows.get(rows.size() - 1).periods().end().get());
    return new Evaluation(span, rows.get(0).exemptionThreshold(period.frequency()).value(), eligibility,
        assessments, AmountRange.exactly(Cny.of(due)), standardVat, AmountRange.exactly(Cny.of(saved)), steps);
  }

  /** Whether consecutive rows, each overlapping the period, hold every day of it. */
  private static boolean covered(List<VatRegime> rows, VatFilingPeriod period) {
    if (rows.isEmpty() || rows.get(0).periods().start().isAfter(period.dates().start())) {
      return false;
    }
    for (int i = 1; i < rows.size(); i++) {
      Optional<LocalDate> end = rows.get(i - 1).periods().end();
      if (end.isEmpty() || !end.get().plusDays(1).equals(rows.get(i).periods().start())) {
        return false;
      }
    }
    Optional<LocalDate> last = rows.get(rows.size() - 1).periods().end();
    return last.isEmpty() || !last.get().isBefore(period.dates().end().get());
  }

  /** The reasons of the assessments, each code once, the first row's first. */
  private static List<Reason> reasons(List<Assessment> assessments) {
    Map<String, Reason> reasons = new LinkedHashMap<>();
    for (Assessment assessment : assessments) {
      assessment.eligibility.reasons().forEach(reason -> reasons.putIfAbsent(reason.code(), reason));
    }
    return List.copyOf(reasons.values());
  }

  private static InvalidInputException acrossRowsRefused(VatFilingPeriod period, List<VatRegime> rows,
      String why) {
    return new InvalidInputException("period", period, "lies across rows of the measure's table "
        + rows.stream().map(row -> row.periods().toString()).toList() + " whose rules change within it, and " + why
        + "; a quarterly filer's quarter across a change of rules is not modelled above its threshold (its threshold "
        + "is the quarter's, so its months are not to be evaluated apart, and the request does not split its sales "
        + "by month)");
  }

  /** Evaluates a period under the rules of one row of the table, adding its steps. */
  private static Evaluation evaluateIn(VatMeasure measure, VatRegime regime, VatRequest request, StepTrace steps) {
    VatFilingPeriod period = request.period();
    Rate standard = measure.standardLevyRate().value();
    request.specialInvoiceRate().ifPresent(rate -> {
      if (rate.isGreaterThan(standard)) {
        throw new InvalidInputException("specialInvoiceRate", rate,
            "must not exceed the standard levy rate " + standard + " on 3%-rate sales");
      }
    });
    Optional<MoneyRounding> roundingOption = request.effectiveOptions().rounding();
    MoneyRounding rounding = roundingOption.orElse(measure.rounding().value());
    Optional<Boolean> countOption = request.effectiveOptions().specialInvoiceSalesInThresholdTest();
    boolean countSpecial = countOption.orElse(measure.specialInvoiceSalesInThresholdTest().value());
    Parameter<MonetaryAmount> threshold = regime.exemptionThreshold(period.frequency());
    Facts facts = new Facts(request, rounding, countSpecial, Cny.yuan(threshold.value(), "exemptionThreshold"));

    recordInputs(request, facts, steps);
    if (regime.governs(period)) {
      steps.add(() -> new ConditionStep(LocalizedText.of("申报期在政策表的一行内", "filing period within a row of "
          + "the table"), ConditionOutcome.MET, period + " (" + period.dates() + ") ⊂ " + regime.periods(),
          regime.levy().citation()));
    }
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("开具专用发票的销售额计入免税标准",
        "special-invoice sales count toward the threshold"), String.valueOf(countSpecial), countOption.isPresent(),
        measure.specialInvoiceSalesInThresholdTest().citation()));
    steps.add(() -> new DefaultUsedStep(LocalizedText.of("换算销售额与应纳税额的舍入",
        "rounding of converted sales and of the VAT due"), rounding.toString(), roundingOption.isPresent(),
        measure.rounding().citation()));

    List<Candidate> candidates = candidates(regime, request, steps);
    List<Assessment> assessments = new ArrayList<>();
    for (Candidate candidate : candidates) {
      assessments.add(assess(measure, candidate, threshold, facts, candidates.size() > 1, steps));
    }
    BigDecimal standardVat = standardVat(measure, facts, steps);

    BigDecimal dueMin = assessments.stream().map(Assessment::due).min(BigDecimal::compareTo).orElseThrow();
    BigDecimal dueMax = assessments.stream().map(Assessment::due).max(BigDecimal::compareTo).orElseThrow();
    // Each candidate's VAT is at most the standard VAT (its rates are at most the standard rate); the floor at zero
    // only guards a host table whose rates could make a sub-fen difference go the other way.
    BigDecimal savedMin = standardVat.subtract(dueMax).max(BigDecimal.ZERO.setScale(rounding.scale()));
    BigDecimal savedMax = standardVat.subtract(dueMin).max(BigDecimal.ZERO.setScale(rounding.scale()));
    BigDecimal savedTrace = savedMax;
    steps.add(() -> new CalculationStep(LocalizedText.of("较按3%征收率少缴的增值税", "VAT saved against the standard "
        + standard + " levy rate"), standardVat.toPlainString() + " − " + rangeText(dueMin, dueMax),
        savedTrace, measure.standardLevyRate().citation()));

    Eligibility eligibility = assessments.size() == 1 ? assessments.get(0).eligibility
        : new Eligibility(Verdict.UNDETERMINED, List.of(new Reason("taxpayer-region",
            LocalizedText.of("纳税人所在地区决定征收率", "the taxpayer's region decides the levy"),
            regime.regionalLevies().get(0).levy().citation())), List.of(REGION_FACT));
    return new Evaluation(regime.periods(), threshold.value(), eligibility, assessments,
        new AmountRange(Cny.of(dueMin), Cny.of(dueMax)), standardVat,
        new AmountRange(Cny.of(savedMin), Cny.of(savedMax)), steps);
  }

  private static String rangeText(BigDecimal min, BigDecimal max) {
    return min.compareTo(max) == 0 ? min.toPlainString() : "[" + min.toPlainString() + ", " + max.toPlainString()
        + "]";
  }

  private static InvalidInputException noRules(VatMeasure measure, VatFilingPeriod period) {
    List<VatRegime> regimes = measure.regimes();
    return new InvalidInputException("period", period, "must be a period the measure has rules for: "
        + regimes.get(0).periods().start() + ".." + regimes.get(regimes.size() - 1).periods().end().get()
        + " in rows " + regimes.stream().map(r -> r.periods().toString()).toList());
  }

  private static void recordInputs(VatRequest request, Facts facts, StepTrace steps) {
    steps.add(() -> new InputStep(LocalizedText.of("申报期", "filing period"), request.period() + " ("
        + request.period().frequency() + ")"));
    steps.add(() -> new InputStep(LocalizedText.of("销售额（" + (facts.inclusive ? "含税" : "不含税") + "）",
        "sales (" + (facts.inclusive ? "VAT-inclusive" : "excluding VAT") + ")"), facts.gross.toPlainString()));
    if (facts.special.signum() > 0) {
      steps.add(() -> new InputStep(LocalizedText.of("开具增值税专用发票的销售额（不含税）",
          "special-invoice sales (excluding VAT)"), facts.special.toPlainString()
          + request.specialInvoiceRate().map(rate -> " at " + rate).orElse("")));
    }
    if (facts.propertySales.signum() > 0) {
      steps.add(() -> new InputStep(LocalizedText.of("销售不动产的销售额（不含税）及其增值税",
          "immovable-property sales (excluding VAT) and their VAT"), facts.propertySales.toPlainString() + "; VAT "
          + facts.propertyVat.toPlainString()));
    }
  }

  /** The levies that may apply: the one for the taxpayer's region, or all when the region matters and is unknown. */
  private static List<Candidate> candidates(VatRegime regime, VatRequest request, StepTrace steps) {
    Candidate general = new Candidate(regime.levy(), Optional.empty());
    if (regime.regionalLevies().isEmpty()) {
      return List.of(general);
    }
    Optional<String> code = request.taxpayerRegionCode();
    List<Candidate> candidates = new ArrayList<>();
    candidates.add(general);
    for (VatRegionalLevy regional : regime.regionalLevies()) {
      LocalizedText text = LocalizedText.of("纳税人位于" + regional.region().name(), "taxpayer in "
          + regional.region().name() + " (" + regional.region().code() + ")");
      Citation citation = regional.levy().citation();
      if (code.isEmpty()) {
        steps.add(() -> new ConditionStep(text, ConditionOutcome.UNKNOWN, "taxpayerRegionCode not given", citation));
        candidates.add(new Candidate(regional.levy(), Optional.of(regional.region().name())));
      } else {
        boolean inside = regional.region().contains(code.get());
        steps.add(() -> new ConditionStep(text, inside ? ConditionOutcome.MET : ConditionOutcome.NOT_MET,
            "taxpayerRegionCode = " + code.get(), citation));
      }
    }
    if (code.isPresent()) {
      return List.of(regime.findRegionalLevy(code.get())
          .map(regional -> new Candidate(regional.levy(), Optional.of(regional.region().name())))
          .orElse(general));
    }
    return candidates;
  }

  private static Assessment assess(VatMeasure measure, Candidate candidate,
      Parameter<MonetaryAmount> thresholdParameter, Facts facts, boolean labelled, StepTrace steps) {
    VatLevy levy = candidate.levy.value();
    Citation levyCite = candidate.levy.citation();
    Citation thresholdCite = thresholdParameter.citation();
    Citation specialCite = measure.specialInvoiceSalesInThresholdTest().citation();
    String label = labelled ? "[" + candidate.region.orElse("其他地区 / elsewhere") + "] " : "";
    MoneyRounding rounding = facts.rounding;
    Rate rate = levy.rate();

    steps.add(() -> new InputStep(LocalizedText.of(label + "适用3%征收率的销售额的征收方式",
        label + "levy on 3%-rate sales"), levy.toString()));
    BigDecimal sales = facts.inclusive ? convert(facts.gross, rate, rounding, measure, label, steps) : facts.gross;
    BigDecimal counted = facts.countSpecial ? facts.special : BigDecimal.ZERO;
    BigDecimal tested = sales.add(counted).add(facts.propertySales);
    BigDecimal threshold = facts.threshold;
    steps.add(() -> new CalculationStep(LocalizedText.of(label + "计入免税标准的销售额", label + "sales tested against "
        + "the threshold"), sales.toPlainString() + " + " + counted.toPlainString() + " (special invoices) + "
        + facts.propertySales.toPlainString() + " (immovable property)", tested, thresholdCite));
    boolean whole = tested.compareTo(threshold) <= 0;
    BigDecimal withoutProperty = tested.subtract(facts.propertySales);
    boolean rest = withoutProperty.compareTo(threshold) <= 0;
    steps.add(() -> new ConditionStep(LocalizedText.of(label + "销售额不超过免税标准 " + threshold.toPlainString()
        + "（含本数）", label + "sales at most the threshold " + threshold.toPlainString() + " (inclusive)"),
        whole ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, compare(tested, threshold), thresholdCite));
    if (!whole && facts.propertySales.signum() > 0) {
      steps.add(() -> new ConditionStep(LocalizedText.of(label + "扣除销售不动产的销售额后不超过免税标准",
          label + "within the threshold once immovable-property sales are deducted"),
          rest ? ConditionOutcome.MET : ConditionOutcome.NOT_MET, compare(withoutProperty, threshold),
          thresholdCite));
    }

    BigDecimal salesVat = rest || levy.exempt() ? BigDecimal.ZERO : rate.applyTo(sales);
    String salesFormula = rest ? "exempt: within the threshold" : levy.exempt() ? "exempt: 3%-rate sales exempt"
        : sales.toPlainString() + " × " + rate;
    steps.add(() -> new CalculationStep(LocalizedText.of(label + "销售额应纳增值税（舍入前）", label + "VAT on the "
        + "sales before rounding"), salesFormula, salesVat, rest ? thresholdCite : levyCite));
    Rate invoiceRate = facts.invoiceRate.orElse(rate);
    BigDecimal specialVat = invoiceRate.applyTo(facts.special);
    if (facts.special.signum() > 0) {
      steps.add(() -> new DefaultUsedStep(LocalizedText.of(label + "专用发票征收率", label + "special-invoice rate"),
          invoiceRate.toString(), facts.invoiceRate.isPresent(), specialCite));
      steps.add(() -> new CalculationStep(LocalizedText.of(label + "专用发票销售额应纳增值税（不得免税）",
          label + "VAT on special-invoice sales (never exempt)"), facts.special.toPlainString() + " × " + invoiceRate,
          specialVat, specialCite));
    }
    BigDecimal propertyVat = whole ? BigDecimal.ZERO : facts.propertyVat;
    if (facts.propertySales.signum() > 0) {
      steps.add(() -> new CalculationStep(LocalizedText.of(label + "销售不动产应纳增值税", label + "VAT on "
          + "immovable-property sales"), whole ? "exempt: the whole period within the threshold" : "as given",
          propertyVat, thresholdCite));
    }
    BigDecimal exact = salesVat.add(specialVat).add(propertyVat);
    BigDecimal due = rounding.round(exact);
    steps.add(() -> new RoundingStep(exact, due, rounding, measure.rounding().citation()));

    boolean reduced = levy.exempt() || rate.isLessThan(measure.standardLevyRate().value());
    Reason thresholdReason = new Reason(whole ? "within-exemption-threshold" : "not-within-exemption-threshold",
        LocalizedText.of("销售额不超过免税标准（含本数）", "sales within the exemption threshold (inclusive)"),
        thresholdCite);
    Reason levyReason = new Reason(reduced ? "reduced-levy" : "not-reduced-levy",
        LocalizedText.of("适用3%征收率的销售收入免征或减按低征收率征收", "3%-rate sales exempt or taxed at a reduced rate"),
        levyCite);
    Eligibility eligibility;
    if (whole || reduced) {
      List<Reason> met = new ArrayList<>();
      if (whole) {
        met.add(thresholdReason);
      }
      if (reduced) {
        met.add(levyReason);
      }
      eligibility = new Eligibility(Verdict.ELIGIBLE, met, List.of());
    } else {
      eligibility = new Eligibility(Verdict.INELIGIBLE, List.of(thresholdReason, levyReason), List.of());
    }
    return new Assessment(levy, sales, tested, whole, rest, due, eligibility);
  }

  private static String compare(BigDecimal amount, BigDecimal threshold) {
    return amount.toPlainString() + (amount.compareTo(threshold) <= 0 ? " ≤ " : " > ") + threshold.toPlainString();
  }

  private static BigDecimal convert(BigDecimal gross, Rate rate, MoneyRounding rounding, VatMeasure measure,
      String label, StepTrace steps) {
    BigDecimal divisor = BigDecimal.ONE.add(rate.fraction());
    BigDecimal converted = gross.divide(divisor, rounding.scale(), rounding.mode());
    steps.add(() -> new CalculationStep(LocalizedText.of(label + "不含税销售额", label + "sales excluding VAT"),
        gross.toPlainString() + " ÷ (1 + " + rate + ")", gross.divide(divisor, TRACE_SCALE, RoundingMode.HALF_UP),
        measure.rounding().citation()));
    steps.add(() -> new RoundingStep(gross.divide(divisor, TRACE_SCALE, RoundingMode.HALF_UP), converted, rounding,
        measure.rounding().citation()));
    return converted;
  }

  private static BigDecimal standardVat(VatMeasure measure, Facts facts, StepTrace steps) {
    Rate standard = measure.standardLevyRate().value();
    BigDecimal sales = facts.inclusive
        ? facts.gross.divide(BigDecimal.ONE.add(standard.fraction()), facts.rounding.scale(), facts.rounding.mode())
        : facts.gross;
    BigDecimal exact = standard.applyTo(sales.add(facts.special)).add(facts.propertyVat);
    BigDecimal rounded = facts.rounding.round(exact);
    steps.add(() -> new CalculationStep(LocalizedText.of("按3%征收率、不免税计算的增值税", "VAT at the standard "
        + standard + " levy rate with no relief"), "(" + sales.toPlainString() + " + " + facts.special.toPlainString()
        + ") × " + standard + " + " + facts.propertyVat.toPlainString() + ", rounded " + facts.rounding, rounded,
        measure.standardLevyRate().citation()));
    return rounded;
  }

  //-------------------------------------------------------------------------
  /** The request's amounts in yuan, with the choices that apply to every candidate levy. */
  private static final class Facts {
    private final BigDecimal gross;
    private final boolean inclusive;
    private final BigDecimal special;
    private final Optional<Rate> invoiceRate;
    private final BigDecimal propertySales;
    private final BigDecimal propertyVat;
    private final MoneyRounding rounding;
    private final boolean countSpecial;
    private final BigDecimal threshold;

    Facts(VatRequest request, MoneyRounding rounding, boolean countSpecial, BigDecimal threshold) {
      this.gross = Cny.notNegativeYuan(request.sales(), "sales");
      this.inclusive = request.salesBasis() == VatSalesBasis.INCLUDING_VAT;
      this.special = yuanOrZero(request.specialInvoiceSales(), "specialInvoiceSales");
      this.invoiceRate = request.specialInvoiceRate();
      this.propertySales = yuanOrZero(request.immovablePropertySales(), "immovablePropertySales");
      this.propertyVat = yuanOrZero(request.immovablePropertyVat(), "immovablePropertyVat");
      this.rounding = rounding;
      this.countSpecial = countSpecial;
      this.threshold = threshold;
    }

    private static BigDecimal yuanOrZero(Optional<MonetaryAmount> amount, String field) {
      return amount.map(value -> Cny.notNegativeYuan(value, field)).orElse(BigDecimal.ZERO);
    }
  }

  /** A levy that may apply, with the region it belongs to (empty for the general levy). */
  private record Candidate(Parameter<VatLevy> levy, Optional<String> region) {
  }

  /**
   * The outcome under one levy: whether the whole period is within the threshold, and whether the sales are exempt
   * (the whole period within it, or within it once immovable-property sales are deducted).
   */
  private record Assessment(VatLevy levy, BigDecimal sales, BigDecimal tested, boolean within, boolean salesExempt,
      BigDecimal due, Eligibility eligibility) {
  }


  /**
   * A period's row dates (from the first row's start to the last's end for a quarter across rows), exemption
   * threshold, verdict, assessment under each candidate levy (of each row), VAT due, standard VAT, saving and steps.
   */
  record Evaluation(DateRange periods, MonetaryAmount threshold, Eligibility eligibility, List<Assessment> assessments,
      AmountRange vatDue, BigDecimal standardVat, AmountRange amountSaved, StepTrace steps) {

    /**
     * Whether a relief applies under every levy that may apply: the region, when not known, then decides the amount
     * only, not whether the relief applies.
     */
    boolean eligibleUnderEveryLevy() {
      return assessments.stream().allMatch(a -> a.eligibility().verdict() == Verdict.ELIGIBLE);
    }
  }
}
