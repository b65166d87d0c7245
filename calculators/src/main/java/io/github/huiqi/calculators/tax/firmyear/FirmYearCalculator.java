package io.github.huiqi.calculators.tax.firmyear;

import io.github.huiqi.calculators.internal.CalculatorReceipts;
import io.github.huiqi.calculators.tax.rd.RdCalculator;
import io.github.huiqi.calculators.tax.rd.RdResult;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitCalculator;
import io.github.huiqi.calculators.tax.smalllowprofit.SmallLowProfitResult;
import io.github.huiqi.calculators.tax.vat.VatCalculator;
import io.github.huiqi.calculators.tax.vat.VatRequest;
import io.github.huiqi.calculators.tax.vat.VatResult;
import io.github.huiqi.core.audit.ReceiptChoice;
import io.github.huiqi.core.error.InvalidInputException;
import io.github.huiqi.core.error.MissingFactsException;
import io.github.huiqi.core.internal.Args;
import io.github.huiqi.core.json.HuiqiJson;
import io.github.huiqi.core.money.Cny;
import io.github.huiqi.core.policy.Citation;
import io.github.huiqi.core.policy.LocalizedText;
import io.github.huiqi.core.policy.Provenance;
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
import io.github.huiqi.core.result.Verdict;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.money.MonetaryAmount;

/**
 * Calculates one enterprise's three tax reliefs for a tax year together, in the order the law applies them, with
 * what each saves and the total: the small-scale VAT relief, the R&amp;D super deduction and the 小型微利企业
 * income-tax relief (深工信〔2023〕26号 第1条 and the national instruments behind it).
 * <p>
 * The order: the R&amp;D extra deduction is a step in computing taxable income (企业所得税法 第三十条), and the
 * 小型微利企业 test is on the year's taxable income (财政部 税务总局公告2022年第13号 第二条), so the deduction comes
 * first and can bring an enterprise from above 3,000,000 to within it (decisions register §1.7). VAT is a separate tax,
 * independent of both. The arithmetic is the three calculators':
 * <ol>
 *   <li>{@link VatCalculator} on each VAT filing period; the savings against the standard 3% are summed;</li>
 *   <li>{@link RdCalculator} gives the extra deduction E; taxable income after it is
 *     TI<sub>a</sub> = max(TI<sub>b</sub> − E, 0) (a loss is not carried here);</li>
 *   <li>{@link SmallLowProfitCalculator} tests and taxes TI<sub>a</sub>, and gives the standard-rate tax
 *     on TI<sub>b</sub> the saving is measured against.</li>
 * </ol>
 * The income tax saved is std(TI<sub>b</sub>) − due(TI<sub>a</sub>), split into the R&amp;D deduction's effect
 * std(TI<sub>b</sub>) − std(TI<sub>a</sub>) and the 小型微利企业 relief std(TI<sub>a</sub>) − due(TI<sub>a</sub>);
 * see {@link FirmYearResult} for the definitions.
 * <p>
 * A missing fact in one part makes that part undetermined, naming the fact by its JSON Pointer into the request (such
 * as {@code /rd/industryCode} or {@code /incomeTax/quarters}); the other parts still compute and the totals become
 * ranges. The plain form {@link #totalSaved} then throws {@link MissingFactsException} if the total depends on the
 * missing facts. When E is a range whose ends leave TI<sub>a</sub> on either side of the taxable-income limit, the
 * 小型微利企业 relief's most is taken over the completions of the R&amp;D kind facts, not at the two ends alone
 * ({@link FirmYearReliefBetweenEnds}, decisions register §4.6 item 123).
 * <p>
 * Usage, on the built-in policy data (a host may load its own packs with {@code PolicyPacks}):
 * <pre>{@code
 * FirmYearMeasures measures = FirmYearMeasures.builtIn();
 * // the request: read from JSON here, or built in Java
 * FirmYearRequest request = HuiqiJson.read(requestJson, FirmYearRequest.class);
 * MonetaryAmount saved = FirmYearCalculator.DEFAULT.totalSaved(measures, request);
 * FirmYearResult explained = FirmYearCalculator.DEFAULT.explainTotalSaved(measures, request);
 * String steps = explained.explanation().render(Locale.SIMPLIFIED_CHINESE);   // cited, zh-CN or en
 * String resultJson = FirmYearCalculator.DEFAULT.explainTotalSavedJson(measures, requestJson);
 * }</pre>
 * <p>
 * This class is immutable and thread-safe: it reads no clock, does no I/O and keeps no state.
 */
public final class FirmYearCalculator {

  /** The calculator. */
  public static final FirmYearCalculator DEFAULT = new FirmYearCalculator();

  /** The order of application: the R&amp;D extra deduction before the 小型微利企业 test. */
  static final Citation ORDER = new Citation(Provenance.EXTERNAL_INSTRUMENT, "《中华人民共和国企业所得税法》", "第三十条",
      Optional.empty(), Optional.of("企业的下列支出，可以在计算应纳税所得额时加计扣除：（一）开发新技术、新产品、新工艺发生的研究开发费用"),
      Optional.of("the extra deduction is a step in computing 应纳税所得额, and the 小型微利企业 test (财政部 税务总局公告2022年"
          + "第13号 第三条) is on the 年度应纳税所得额, so the deduction comes first and may bring the income within "
          + "3,000,000; VAT is a separate tax; decisions register §1.7 [EXT-K; the order DERIVED]"));
  /** How the income tax saved is split between the R&amp;D deduction and the 小型微利企业 relief. */
  static final Citation BREAKDOWN = Citation.libraryDefault("decisions register §1.7", "no source splits the saving; "
      + "the income tax saved std(TIb) − due(TIa) is split as (a) std(TIb) − std(TIa), the extra deduction valued at "
      + "the standard 25%, and (b) std(TIa) − due(TIa), the 小型微利企业 relief on the income after the deduction; "
      + "where the deduction brings the income within 3,000,000, the relief it unlocks is counted in (b)");
  /** Taxable income after the extra deduction floors at zero; the rest is not carried. */
  static final Citation LOSS_NOT_CARRIED = Citation.libraryDefault("decisions register §1.7", "taxable income after "
      + "the R&D extra deduction floors at zero; the part of the deduction beyond the income would be a loss carried "
      + "forward (企业所得税法 第十八条), which this firm-year view neither carries nor values");

  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);
  private static final String VAT = "vatPeriods";
  private static final String RD = "rd";
  private static final String INCOME_TAX = "/incomeTax";

  private FirmYearCalculator() {
  }

  //-------------------------------------------------------------------------
  /**
   * Calculates the total tax the three reliefs save in the year: VAT saved over the periods plus income tax saved.
   * <p>
   * Builds no explanation text unless a part's amount depends on a missing fact, when it works out whether the total
   * still does.
   *
   * @param measures  the three measures, such as {@link FirmYearMeasures#builtIn()}
   * @param request  the enterprise's figures for the year
   * @return the total saved in CNY, whole fen, never negative
   * @throws InvalidInputException if an argument is null or a part has no rules for its period or year, naming the
   *     field ({@code taxYear}, {@code vatPeriods/<i>/period}, {@code rd/taxYear}, ...)
   * @throws MissingFactsException if the total depends on facts the request does not give, naming them as JSON
   *     Pointers into the request
   */
  public MonetaryAmount totalSaved(FirmYearMeasures measures, FirmYearRequest request) {
    Args.notNull(measures, "measures");
    Args.notNull(request, "request");
    try {
      BigDecimal vat = BigDecimal.ZERO.setScale(2);
      for (int i = 0; i < request.vatPeriods().size(); i++) {
        VatRequest period = request.vatPeriods().get(i);
        vat = vat.add(yuan(in(VAT + "/" + i, () -> VatCalculator.DEFAULT.amountSaved(measures.vat(),
            period))));
      }
      BigDecimal extra = request.rd().isEmpty() ? BigDecimal.ZERO : yuan(in(RD,
          () -> RdCalculator.DEFAULT.extraDeduction(measures.rd(), request.rd().get())));
      FirmYearIncomeTax part = request.incomeTax();
      BigDecimal before = yuan(part.taxableIncomeBeforeRd());
      BigDecimal after = before.subtract(extra).max(ZERO);
      BigDecimal due = yuan(SmallLowProfitCalculator.DEFAULT.taxDue(measures.incomeTax(),
          part.on(request.taxYear(), Cny.of(after))));
      BigDecimal standard = yuan(SmallLowProfitCalculator.DEFAULT.standardTax(measures.incomeTax(),
          part.on(request.taxYear(), part.taxableIncomeBeforeRd())));
      return Cny.of(vat.add(standard).subtract(due));
    } catch (MissingFactsException ex) {
      // a part's amount is a range; the total may still be exact (such as any extra deduction on a zero income)
      FirmYearResult result = explainTotalSaved(measures, request, ReceiptChoice.OMIT);
      if (result.totalSaved().isExact()) {
        return result.totalSaved().minimum();
      }
      throw new MissingFactsException(result.missingFacts());
    }
  }

  /**
   * Calculates the three reliefs with each one's verdict and saving, the figures between them, the totals and the
   * explanation citing each instrument in order.
   *
   * @param measures  the three measures
   * @param request  the enterprise's figures for the year
   * @return the explained result; a part with a missing fact is undetermined and its amounts ranges
   * @throws InvalidInputException as for {@link #totalSaved}
   */
  public FirmYearResult explainTotalSaved(FirmYearMeasures measures, FirmYearRequest request) {
    return explainTotalSaved(measures, request, ReceiptChoice.ISSUE);
  }

  /**
   * Calculates the three reliefs as {@link #explainTotalSaved(FirmYearMeasures, FirmYearRequest)} does, with or
   * without the audit receipt (its request and result written as JSON and hashed: the larger part of the call's
   * cost on a small request).
   *
   * @param measures  the three measures
   * @param request  the enterprise's figures for the year
   * @param receipt  {@link ReceiptChoice#ISSUE} for the audit receipt, {@link ReceiptChoice#OMIT} for a caller that
   *     keeps only some of the result, such as the entitlement engine's 小型微利企业 evaluator
   * @return the explained result
   * @throws InvalidInputException as for {@link #totalSaved}, or if the receipt choice is null
   */
  public FirmYearResult explainTotalSaved(FirmYearMeasures measures, FirmYearRequest request,
      ReceiptChoice receipt) {
    Args.notNull(measures, "measures");
    Args.notNull(request, "request");
    Args.notNull(receipt, "receipt");
    List<ExplanationStep> steps = new ArrayList<>();
    int year = request.taxYear();
    steps.add(new InputStep(LocalizedText.of("纳税年度", "tax year"), String.valueOf(year)));
    steps.add(new ConditionStep(LocalizedText.of("适用顺序：增值税独立计算；研发费用加计扣除先减少应纳税所得额，再判定小型微利企业",
        "order: VAT on its own; the R&D extra deduction lowers taxable income before the 小型微利企业 test"),
        ConditionOutcome.MET, "VAT | R&D → taxable income → 小型微利企业", ORDER));

    VatPart vat = vat(measures, request, steps);
    RdPart rd = rd(measures, request, steps);
    IncomeTaxPart tax = incomeTax(measures, request, rd, steps);

    BigDecimal totalMin = vat.savedMin.add(tax.savedMin);
    BigDecimal totalMax = vat.savedMax.add(tax.savedMax);
    // the R&D effect and the relief are at their most at opposite ends of the deduction (the effect at the largest,
    // the relief at the smallest), so while either is open their ends do not add: the total adds the income tax saved,
    // whose ends are reached, and its most is the total's
    boolean splitExact = tax.rdEffectMin.compareTo(tax.rdEffectMax) == 0 && tax.reliefMin.compareTo(tax.reliefMax) == 0;
    steps.add(new CalculationStep(LocalizedText.of("三项优惠合计少缴税额", "total saved by the three reliefs"),
        range(vat.savedMin, vat.savedMax) + " (VAT) + " + (splitExact ? range(tax.rdEffectMin, tax.rdEffectMax)
            + " (R&D) + " + range(tax.reliefMin, tax.reliefMax) + " (小型微利企业)"
            : range(tax.savedMin, tax.savedMax) + " (income tax saved: R&D and 小型微利企业 together)"), totalMax,
        ORDER));

    LinkedHashSet<String> missing = new LinkedHashSet<>();
    missing.addAll(vat.eligibility.missingFacts());
    missing.addAll(rd.eligibility.missingFacts());
    missing.addAll(tax.eligibility.missingFacts());
    List<FirmYearReliefOutcome> reliefs = List.of(
        new FirmYearReliefOutcome(FirmYearRelief.SMALL_SCALE_VAT, measures.vat().id(), vat.eligibility,
            amounts(vat.savedMin, vat.savedMax)),
        new FirmYearReliefOutcome(FirmYearRelief.RD_SUPER_DEDUCTION, measures.rd().id(), rd.eligibility,
            amounts(tax.rdEffectMin, tax.rdEffectMax)),
        new FirmYearReliefOutcome(FirmYearRelief.SMALL_LOW_PROFIT_ENTERPRISE, measures.incomeTax().id(),
            tax.eligibility, amounts(tax.reliefMin, tax.reliefMax)));
    FirmYearResult result = new FirmYearResult(year, reliefs, vat.results, amounts(vat.dueMin, vat.dueMax),
        Cny.of(vat.standard), amounts(vat.savedMin, vat.savedMax), rd.result, amounts(rd.extraMin, rd.extraMax),
        request.incomeTax().taxableIncomeBeforeRd(), amounts(rd.afterMin, rd.afterMax),
        amounts(rd.beyondMin, rd.beyondMax), tax.results, Cny.of(tax.standard), amounts(tax.dueMin, tax.dueMax),
        amounts(tax.savedMin, tax.savedMax), amounts(totalMin, totalMax), List.copyOf(missing),
        new Explanation(steps));
    return receipt == ReceiptChoice.OMIT ? result : result.withReceipt(
        CalculatorReceipts.issue("tax.firm-year.total-saved", List.of(measures.vat(), measures.rd(),
        measures.incomeTax()), request, Optional.empty(), result));
  }

  /**
   * Calculates the three reliefs from a JSON request and returns the explained result as JSON.
   *
   * @param measures  the three measures
   * @param requestJson  a {@link FirmYearRequest} as JSON
   * @return a {@link FirmYearResult} as JSON
   * @throws InvalidInputException if the JSON is malformed or invalid, or a part has no rules, naming the JSON
   *     Pointer of the culprit (such as {@code /vatPeriods/1/period/year} or {@code /rd/taxYear})
   */
  public String explainTotalSavedJson(FirmYearMeasures measures, String requestJson) {
    Args.notNull(measures, "measures");
    FirmYearRequest request = HuiqiJson.read(requestJson, FirmYearRequest.class);
    FirmYearResult result;
    try {
      result = explainTotalSaved(measures, request);
    } catch (InvalidInputException ex) {
      throw ex.at("");
    }
    return HuiqiJson.write(result);
  }

  //-------------------------------------------------------------------------
  private static VatPart vat(FirmYearMeasures measures, FirmYearRequest request, List<ExplanationStep> steps) {
    List<VatRequest> periods = request.vatPeriods();
    // each part's heading says what its value counts in the reader's language; the value is the figure
    steps.add(new InputStep(LocalizedText.of("—— 一、增值税小规模纳税人减免（" + measures.vat().id() + "）：申报期数",
        "—— 1. small-scale VAT relief (" + measures.vat().id() + "): filing periods"), String.valueOf(periods.size())));
    VatPart part = new VatPart();
    List<Eligibility> verdicts = new ArrayList<>();
    List<String> pointers = new ArrayList<>();
    StringBuilder formula = new StringBuilder();
    for (int i = 0; i < periods.size(); i++) {
      VatRequest period = periods.get(i);
      VatResult result = in(VAT + "/" + i,
          () -> VatCalculator.DEFAULT.explainVatDue(measures.vat(), period, ReceiptChoice.OMIT));
      part.results.add(result);
      steps.addAll(result.explanation().steps());
      part.dueMin = part.dueMin.add(yuan(result.vatDue().minimum()));
      part.dueMax = part.dueMax.add(yuan(result.vatDue().maximum()));
      part.standard = part.standard.add(yuan(result.standardVat()));
      part.savedMin = part.savedMin.add(yuan(result.amountSaved().minimum()));
      part.savedMax = part.savedMax.add(yuan(result.amountSaved().maximum()));
      verdicts.add(result.eligibility());
      pointers.add("/" + VAT + "/" + i);
      formula.append(i == 0 ? "" : " + ").append(period.period()).append(": ")
          .append(range(yuan(result.amountSaved().minimum()), yuan(result.amountSaved().maximum())));
    }
    Citation standardCite = measures.vat().standardLevyRate().citation();
    steps.add(new CalculationStep(LocalizedText.of("各申报期较按3%征收率少缴的增值税合计", "VAT saved over the periods "
        + "against the standard 3%"), periods.isEmpty() ? "no periods" : formula.toString(), part.savedMax,
        standardCite));
    part.eligibility = verdicts.isEmpty()
        ? new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-vat-periods", LocalizedText.of(
            "未提供小规模纳税人增值税申报期", "no small-scale VAT filing periods given"), standardCite)), List.of())
        : combine(verdicts, pointers);
    return part;
  }

  private static RdPart rd(FirmYearMeasures measures, FirmYearRequest request, List<ExplanationStep> steps) {
    steps.add(new InputStep(LocalizedText.of("—— 二、研发费用加计扣除（" + measures.rd().id() + "）：提供了研发费用",
        "—— 2. R&D super deduction (" + measures.rd().id() + "): R&D given"),
        String.valueOf(request.rd().isPresent())));
    RdPart part = new RdPart();
    if (request.rd().isPresent()) {
      RdResult result = in(RD,
          () -> RdCalculator.DEFAULT.explainExtraDeduction(measures.rd(), request.rd().get(),
              ReceiptChoice.OMIT));
      steps.addAll(result.explanation().steps());
      part.result = Optional.of(result);
      part.extraMin = yuan(result.totalExtraDeduction().minimum());
      part.extraMax = yuan(result.totalExtraDeduction().maximum());
      part.eligibility = relocate(result.eligibility(), "/" + RD);
    } else {
      part.eligibility = new Eligibility(Verdict.INELIGIBLE, List.of(new Reason("no-rd-given", LocalizedText.of(
          "未提供研发费用", "no R&D given"), ORDER)), List.of());
    }
    BigDecimal before = yuan(request.incomeTax().taxableIncomeBeforeRd());
    part.afterMin = before.subtract(part.extraMax).max(ZERO);
    part.afterMax = before.subtract(part.extraMin).max(ZERO);
    part.beyondMin = part.extraMin.subtract(before).max(ZERO);
    part.beyondMax = part.extraMax.subtract(before).max(ZERO);
    steps.add(new CalculationStep(LocalizedText.of("扣除研发费用加计扣除额后的应纳税所得额",
        "taxable income after the R&D extra deduction"), "max(" + before.toPlainString() + " − "
        + range(part.extraMin, part.extraMax) + ", 0)" + (part.afterMin.compareTo(part.afterMax) == 0 ? ""
        : " = " + range(part.afterMin, part.afterMax)), part.afterMax,
        ORDER));
    if (part.beyondMax.signum() > 0) {
      steps.add(new DefaultUsedStep(LocalizedText.of("加计扣除额超过应纳税所得额的部分（亏损）不在本年度结转",
          "the part of the deduction beyond the income (a loss) is not carried here"),
          range(part.beyondMin, part.beyondMax), false, LOSS_NOT_CARRIED));
    }
    return part;
  }

  private static IncomeTaxPart incomeTax(FirmYearMeasures measures, FirmYearRequest request, RdPart rd,
      List<ExplanationStep> steps) {
    FirmYearIncomeTax input = request.incomeTax();
    SmallLowProfitCalculator calculator = SmallLowProfitCalculator.DEFAULT;
    steps.add(new InputStep(LocalizedText.of("—— 三、小型微利企业所得税减免（" + measures.incomeTax().id()
        + "）：扣除研发费用加计扣除后的应纳税所得额", "—— 3. 小型微利企业 income-tax relief (" + measures.incomeTax().id()
        + "): taxable income after R&D"), range(rd.afterMin, rd.afterMax)));
    IncomeTaxPart part = new IncomeTaxPart();
    SmallLowProfitResult low = calculator.explainTaxDue(measures.incomeTax(),
        input.on(request.taxYear(), Cny.of(rd.afterMin)), ReceiptChoice.OMIT);
    part.results.add(low);
    steps.addAll(low.explanation().steps());
    SmallLowProfitResult high = low;
    if (rd.afterMax.compareTo(rd.afterMin) != 0) {
      high = calculator.explainTaxDue(measures.incomeTax(), input.on(request.taxYear(), Cny.of(rd.afterMax)),
          ReceiptChoice.OMIT);
      part.results.add(high);
      steps.add(new InputStep(LocalizedText.of("研发费用加计扣除额未定：按最高应纳税所得额再计算一次",
          "the extra deduction is undetermined: again at the greatest taxable income"),
          rd.afterMax.toPlainString()));
      steps.addAll(high.explanation().steps());
    }
    part.standard = yuan(calculator.standardTax(measures.incomeTax(),
        input.on(request.taxYear(), input.taxableIncomeBeforeRd())));
    part.dueMin = yuan(low.taxDue().minimum()).min(yuan(high.taxDue().minimum()));
    part.dueMax = yuan(low.taxDue().maximum()).max(yuan(high.taxDue().maximum()));
    part.savedMin = part.standard.subtract(part.dueMax);
    part.savedMax = part.standard.subtract(part.dueMin);
    BigDecimal standardLow = yuan(low.standardTax()).min(yuan(high.standardTax()));
    BigDecimal standardHigh = yuan(low.standardTax()).max(yuan(high.standardTax()));
    part.rdEffectMin = part.standard.subtract(standardHigh);
    part.rdEffectMax = part.standard.subtract(standardLow);
    part.reliefMin = yuan(low.relief().minimum()).min(yuan(high.relief().minimum()));
    part.reliefMax = yuan(low.relief().maximum()).max(yuan(high.relief().maximum()));
    BigDecimal limit = yuan(measures.incomeTax().taxableIncomeLimit().value());
    if (rd.afterMin.compareTo(limit) <= 0 && rd.afterMax.compareTo(limit) > 0 && request.rd().isPresent()) {
      // the relief grows with the income up to the limit and is nothing above it: a deduction between the least and
      // the greatest may give more than either end (decisions register §4.6 item 123)
      BigDecimal between = FirmYearReliefBetweenEnds.most(measures, request, limit);
      if (between.compareTo(part.reliefMax) > 0) {
        steps.add(new InputStep(LocalizedText.of("加计扣除额介于最低与最高之间时的最高减免（逐一补全研发企业类型）",
            "the most relief at a deduction between the least and the greatest (each R&D kind completed)"),
            between.toPlainString()));
        part.reliefMax = between;
      }
    }
    part.eligibility = incomeTaxVerdict(measures, request, rd, low, high);

    Citation standardCite = measures.incomeTax().standardRate().citation();
    Citation definition = measures.incomeTax().findRates(request.taxYear()).map(measures.incomeTax()::definitionFor)
        .orElse(measures.incomeTax().definition());
    steps.add(new CalculationStep(LocalizedText.of("扣除研发费用加计扣除额前的应纳税所得额按25%计算的所得税",
        "tax at the standard rate on the taxable income before the R&D extra deduction"),
        yuan(input.taxableIncomeBeforeRd()).toPlainString() + " × " + measures.incomeTax().standardRate().value(),
        part.standard, standardCite));
    steps.add(new CalculationStep(LocalizedText.of("少缴的企业所得税", "income tax saved"),
        part.standard.toPlainString() + " − " + range(part.dueMin, part.dueMax), part.savedMax, ORDER));
    steps.add(new DefaultUsedStep(LocalizedText.of("少缴所得税在研发费用加计扣除与小型微利企业减免之间的划分",
        "split of the income tax saved between the R&D deduction and the 小型微利企业 relief"),
        "(a) std(TIb) − std(TIa); (b) std(TIa) − due(TIa)", false, BREAKDOWN));
    steps.add(new CalculationStep(LocalizedText.of("其中：研发费用加计扣除的作用（按25%计）",
        "of which the R&D extra deduction (at the standard rate)"), part.standard.toPlainString() + " − "
        + range(standardLow, standardHigh), part.rdEffectMax, BREAKDOWN));
    steps.add(new CalculationStep(LocalizedText.of("其中：小型微利企业减免所得税额",
        "of which the 小型微利企业 relief"), range(standardLow, standardHigh) + " − " + range(part.dueMin,
        part.dueMax), part.reliefMax, definition));
    return part;
  }

  private static Eligibility incomeTaxVerdict(FirmYearMeasures measures, FirmYearRequest request, RdPart rd,
      SmallLowProfitResult low, SmallLowProfitResult high) {
    Eligibility lowVerdict = relocate(low.eligibility(), INCOME_TAX);
    Eligibility highVerdict = relocate(high.eligibility(), INCOME_TAX);
    Verdict verdict = lowVerdict.verdict();
    if (verdict == highVerdict.verdict() && verdict != Verdict.UNDETERMINED) {
      BigDecimal limit = yuan(measures.incomeTax().taxableIncomeLimit().value());
      BigDecimal before = yuan(request.incomeTax().taxableIncomeBeforeRd());
      if (verdict == Verdict.ELIGIBLE && before.compareTo(limit) > 0) {
        List<Reason> reasons = new ArrayList<>(lowVerdict.reasons());
        reasons.add(new Reason("rd-deduction-brings-taxable-income-within-limit", LocalizedText.of(
            "研发费用加计扣除使应纳税所得额由超过" + limit.toPlainString() + "元降至不超过" + limit.toPlainString() + "元",
            "the R&D extra deduction brings taxable income from above " + limit.toPlainString() + " to within it"),
            ORDER));
        return new Eligibility(verdict, reasons, List.of());
      }
      return lowVerdict;
    }
    Map<String, Reason> reasons = new LinkedHashMap<>();
    LinkedHashSet<String> missing = new LinkedHashSet<>();
    for (Eligibility e : List.of(lowVerdict, highVerdict)) {
      e.reasons().forEach(r -> reasons.putIfAbsent(r.code(), r));
      missing.addAll(e.missingFacts());
    }
    if (lowVerdict.verdict() != highVerdict.verdict()) {
      // the verdict turns on the extra deduction, so on the R&D part's missing facts
      missing.addAll(rd.eligibility.missingFacts());
    }
    return new Eligibility(Verdict.UNDETERMINED, List.copyOf(reasons.values()), List.copyOf(missing));
  }

  /** The VAT periods' verdicts as one: undetermined if any is, else eligible if any is, else ineligible. */
  private static Eligibility combine(List<Eligibility> verdicts, List<String> pointers) {
    for (Verdict wanted : List.of(Verdict.UNDETERMINED, Verdict.ELIGIBLE, Verdict.INELIGIBLE)) {
      Map<String, Reason> reasons = new LinkedHashMap<>();
      LinkedHashSet<String> missing = new LinkedHashSet<>();
      for (int i = 0; i < verdicts.size(); i++) {
        Eligibility e = verdicts.get(i);
        if (e.verdict() == wanted) {
          e.reasons().forEach(r -> reasons.putIfAbsent(r.code(), r));
          missing.addAll(relocate(e, pointers.get(i)).missingFacts());
        }
      }
      if (!reasons.isEmpty() || !missing.isEmpty()) {
        return new Eligibility(wanted, List.copyOf(reasons.values()), List.copyOf(missing));
      }
    }
    throw new IllegalStateException("a verdict with neither reasons nor missing facts");
  }

  private static Eligibility relocate(Eligibility eligibility, String pointer) {
    if (eligibility.missingFacts().isEmpty()) {
      return eligibility;
    }
    return new Eligibility(eligibility.verdict(), eligibility.reasons(),
        eligibility.missingFacts().stream().map(fact -> pointer + fact).toList());
  }

  /** Runs a part's calculator, naming a bad field relative to the part's place in the request. */
  private static <T> T in(String pointer, Supplier<T> call) {
    try {
      return call.get();
    } catch (InvalidInputException ex) {
      throw ex.at(pointer);
    }
  }

  /** The amount in yuan at scale 2 or more, so that equal amounts read the same however they were given. */
  private static BigDecimal yuan(MonetaryAmount amount) {
    BigDecimal yuan = Cny.yuan(amount, "amount").stripTrailingZeros();
    return yuan.scale() < 2 ? yuan.setScale(2) : yuan;
  }

  private static AmountRange amounts(BigDecimal min, BigDecimal max) {
    return new AmountRange(Cny.of(min), Cny.of(max));
  }

  private static String range(BigDecimal min, BigDecimal max) {
    return min.compareTo(max) == 0 ? min.toPlainString() : "[" + min.toPlainString() + ", " + max.toPlainString()
        + "]";
  }

  //-------------------------------------------------------------------------
  /** The VAT part's figures, summed over the periods. */
  private static final class VatPart {
    private final List<VatResult> results = new ArrayList<>();
    private BigDecimal dueMin = ZERO;
    private BigDecimal dueMax = ZERO;
    private BigDecimal standard = ZERO;
    private BigDecimal savedMin = ZERO;
    private BigDecimal savedMax = ZERO;
    private Eligibility eligibility;
  }

  /** The R&amp;D part's figures and the taxable income after it. */
  private static final class RdPart {
    private Optional<RdResult> result = Optional.empty();
    private BigDecimal extraMin = ZERO;
    private BigDecimal extraMax = ZERO;
    private BigDecimal afterMin;
    private BigDecimal afterMax;
    private BigDecimal beyondMin;
    private BigDecimal beyondMax;
    private Eligibility eligibility;
  }

  /** The income-tax part's figures. */
  private static final class IncomeTaxPart {
    private final List<SmallLowProfitResult> results = new ArrayList<>();
    private BigDecimal standard;
    private BigDecimal dueMin;
    private BigDecimal dueMax;
    private BigDecimal savedMin;
    private BigDecimal savedMax;
    private BigDecimal rdEffectMin;
    private BigDecimal rdEffectMax;
    private BigDecimal reliefMin;
    private BigDecimal reliefMax;
    private Eligibility eligibility;
  }
}
